"""Built-in reply detectors: flag risky or good things in a trainee's free-text reply.

>>> detect("Please call 101 or report it online.")
['signposting']
>>> [(f.flag, f.reason) for f in find("Ring him on 07712 345678")]
[('personal_data', 'looks like a UK mobile number')]
"""

from __future__ import annotations

from ...scenario.model import FLAGS, GOOD_FLAGS
from . import abusive, operational, personal_data, political, profanity, signposting
from .base import Finding, merge
from .tone import tone

__all__ = ["FLAGS", "GOOD_FLAGS", "Finding", "detect", "find", "tone"]

_SCANNERS = (
    personal_data.scan,
    operational.scan,
    political.scan,
    abusive.scan,
    profanity.scan,
    signposting.scan,
)


def find(text: str) -> list[Finding]:
    """Every finding in ``text``, ordered by start (overlaps within one flag merged)."""
    if not isinstance(text, str) or not text:
        return []
    found: list[Finding] = []
    for scan in _SCANNERS:
        found.extend(scan(text))
    return merge(found)


def detect(text: str) -> list[str]:
    """The distinct flags found in ``text``, in ``FLAGS`` order."""
    present = {f.flag for f in find(text)}
    return [flag for flag in FLAGS if flag in present]
