"""Judge a free-text reply: the built-in detectors plus the decision's own rubric."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING

from ..i18n import N_
from ..scenario.model import Points, Rubric
from .language import judged, language_of

if TYPE_CHECKING:
    from .detectors import Finding

# How a finding is kept in the record and shown: "abusive: insults someone — “idiots”"
_FINDING = re.compile(r"(?P<flag>\w+): (?P<reason>.+?) — “(?P<words>.*)”", re.DOTALL)


def finding_parts(line: str) -> tuple[str, str, str] | None:
    """(flag, reason, the words that raised it) of a finding as ``explained`` writes it."""
    match = _FINDING.fullmatch(line)
    return (match["flag"], match["reason"], match["words"]) if match else None


@dataclass(frozen=True)
class RubricCheck:
    id: str
    label: str
    ok: bool
    kind: str  # include | avoid | tone | length


@dataclass(frozen=True)
class Judgement:
    flags: tuple[str, ...]
    findings: tuple[Finding, ...]
    tone: float
    checks: tuple[RubricCheck, ...] = ()
    points: Points = field(default_factory=dict)
    pass_mark: float = 0.6
    language: str = "en"  # as recognised; one the detectors do not read is left to a trainer

    @property
    def judged(self) -> bool:
        """Whether the detectors read the reply (written in a language they judge)."""
        return judged(self.language)

    @property
    def rubric_score(self) -> float | None:
        if not self.checks:
            return None
        return sum(c.ok for c in self.checks) / len(self.checks)

    @property
    def rubric_passed(self) -> bool | None:
        score = self.rubric_score
        return None if score is None else score >= self.pass_mark

    def explained(self, text: str) -> tuple[str, ...]:
        """Each finding as a line a trainee can read: what was flagged and where."""
        return tuple(f"{f.flag}: {f.reason} — “{text[f.start:f.end]}”" for f in self.findings)

    @property
    def matched(self) -> tuple[str, ...]:
        return tuple(c.id for c in self.checks if c.ok)

    @property
    def missed(self) -> tuple[str, ...]:
        return tuple(c.id for c in self.checks if not c.ok)


@lru_cache(maxsize=1024)
def _phrase(pattern: str) -> re.Pattern[str]:
    """A rubric pattern is a phrase, matched case-insensitively on word boundaries; * is a wildcard."""
    body = r"\w*".join(re.escape(part) for part in pattern.strip().split("*"))
    return re.compile(rf"(?<!\w){body}(?!\w)", re.IGNORECASE)


def _mentions(text: str, patterns: tuple[str, ...]) -> bool:
    return any(_phrase(p).search(text) for p in patterns)


def _add(total: Points, points: Points) -> None:
    for name, value in points.items():
        total[name] = total.get(name, 0) + value


def judge(text: str, rubric: Rubric | None = None) -> Judgement:
    # Imported on first use: the detectors' patterns are costly to build, and the app
    # should not pay for them at start-up, before anyone has written a reply.
    from .detectors import FLAGS, find, tone

    language = language_of(text)
    if not judged(language):  # no flags, no rubric: not clean, but for a trainer to judge
        return Judgement((), (), 0.0, (), {}, rubric.pass_mark if rubric else 0.6, language)
    findings = find(text)
    found = {f.flag for f in findings}
    flags = tuple(f for f in FLAGS if f in found)
    mood = tone(text)
    if rubric is None:
        return Judgement(flags, tuple(findings), mood)
    checks: list[RubricCheck] = []
    points: Points = {}
    for item in rubric.include:
        ok = _mentions(text, item.patterns)
        checks.append(RubricCheck(item.id, item.label, ok, "include"))
        if ok:
            _add(points, item.points)
    for item in rubric.avoid:
        hit = _mentions(text, item.patterns)
        checks.append(RubricCheck(item.id, item.label, not hit, "avoid"))
        if hit:
            _add(points, item.points)
    if rubric.tone_min is not None or rubric.tone_max is not None:
        ok = (rubric.tone_min is None or mood >= rubric.tone_min) and \
             (rubric.tone_max is None or mood <= rubric.tone_max)
        checks.append(RubricCheck("tone", N_("Tone"), ok, "tone"))
        if ok:
            _add(points, rubric.tone_points)
    if rubric.length_min is not None or rubric.length_max is not None:
        size = len(text.strip())
        ok = (rubric.length_min is None or size >= rubric.length_min) and \
             (rubric.length_max is None or size <= rubric.length_max)
        checks.append(RubricCheck("length", N_("Length"), ok, "length"))
        if ok:
            _add(points, rubric.length_points)
    return Judgement(flags, tuple(findings), mood, tuple(checks), points, rubric.pass_mark)


def rubric_range(rubric: Rubric | None) -> tuple[Points, Points]:
    """(worst, best) points a rubric can add, per competency."""
    worst: Points = {}
    best: Points = {}
    if rubric is None:
        return worst, best
    parts = [*(i.points for i in rubric.include), *(i.points for i in rubric.avoid),
             rubric.tone_points, rubric.length_points]
    for points in parts:
        for name, value in points.items():
            target = best if value > 0 else worst
            target[name] = target.get(name, 0) + value
    return worst, best
