"""Built-in reply detectors: flag risky or good things in a trainee's free-text reply.

>>> detect("Please call 101 or report it online.")
['signposting']
>>> [(f.flag, f.reason) for f in find("Ring him on 07712 345678")]
[('personal_data', 'looks like a UK mobile number')]
"""

from __future__ import annotations

from ...scenario.model import FLAGS, GOOD_FLAGS
from . import abusive, learned, operational, personal_data, political, profanity, signposting
from .base import Finding, merge
from .tone import tone

__all__ = ["FLAGS", "GOOD_FLAGS", "Finding", "detect", "find", "rules_only", "tone", "warm_up"]

_SCANNERS = (
    personal_data.scan,
    operational.scan,
    political.scan,
    abusive.scan,
    profanity.scan,
    signposting.scan,
)


def _rule_findings(text: str) -> list[Finding]:
    found: list[Finding] = []
    for scan in _SCANNERS:
        found.extend(scan(text))
    return found


def find(text: str) -> list[Finding]:
    """Every finding in ``text``, ordered by start (overlaps within one flag merged): the
    pattern rules' first, then the learned model's for flags the rules did not raise."""
    if not isinstance(text, str) or not text:
        return []
    found = _rule_findings(text)
    raised = {f.flag for f in found}
    found.extend(f for f in learned.scan(text) if f.flag not in raised)
    return merge(found)


def _ordered(findings: list[Finding]) -> list[str]:
    present = {f.flag for f in findings}
    return [flag for flag in FLAGS if flag in present]


def detect(text: str) -> list[str]:
    """The distinct flags found in ``text``, in ``FLAGS`` order."""
    return _ordered(find(text))


def rules_only(text: str) -> list[str]:
    """The flags the pattern rules alone raise (to measure what the model adds)."""
    return _ordered(_rule_findings(text)) if isinstance(text, str) and text else []


def warm_up() -> None:
    """Compile the patterns and load the learned weights now (about 0.1 s), so the first
    reply a trainee sends is judged at once; the app calls it off the GUI thread."""
    find("Warming up: call 101.")
    tone("Warming up.")
