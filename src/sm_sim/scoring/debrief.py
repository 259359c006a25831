"""The debrief: score, competencies, and for every decision what happened and why, with the
guidance it rests on and a better response. Pure data; same inputs, same debrief."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ..scenario.guidance import GuidanceLibrary
from ..scenario.model import GOOD_FLAGS, Decision, Option, Points, Scenario
from .score import decision_bounds, score

CONFIDENT_WRONG = "confident_wrong"
CALIBRATION_NOTES = {
    CONFIDENT_WRONG: "You were sure of this one, and it was one of the weaker choices. In the job, "
                     "a confident wrong call is the dangerous one: slow down when you feel certain.",
    "underconfident": "You doubted this choice, but it was a strong one. Trust the reasoning "
                      "that got you there.",
    "calibrated": "Your confidence matched how good the choice was.",
    "not_rated": "",
}


@dataclass(frozen=True)
class Taken:
    """What the trainee did at one decision, as the engine recorded it."""

    decision: str
    option: str
    points: Points
    branch: int = -1
    text: str | None = None
    confidence: str | None = None
    timed_out: bool = False
    flags: tuple[str, ...] = ()
    tone: float | None = None
    rubric_score: float | None = None
    matched: tuple[str, ...] = ()
    missed: tuple[str, ...] = ()
    findings: tuple[str, ...] = ()
    at: float = 0.0


@dataclass(frozen=True)
class Debrief:
    scenario: str
    title: str
    version: str
    ending: dict[str, Any]
    score: int
    passed: bool
    pass_mark: int
    competencies: dict[str, int]
    competency_titles: dict[str, str]
    decisions: list[dict[str, Any]] = field(default_factory=list)
    calibration: dict[str, int] = field(default_factory=dict)

    @property
    def verdict(self) -> str:
        """Pass or not, and why when the score alone does not say."""
        if self.passed:
            return "Passed"
        if self.score >= self.pass_mark and not self.ending.get("can_pass", True):
            return "Not passed: this outcome fails the attempt whatever the score"
        return "Not passed"

    def to_dict(self) -> dict[str, Any]:
        return {
            "scenario": self.scenario, "title": self.title, "version": self.version,
            "ending": self.ending, "score": self.score, "passed": self.passed,
            "verdict": self.verdict,
            "pass_mark": self.pass_mark, "competencies": self.competencies,
            "competency_titles": self.competency_titles, "decisions": self.decisions,
            "calibration": self.calibration,
        }


def quality(decision: Decision, points: Points) -> float:
    """Where the points earned sit between this decision's worst and best, 0..1."""
    bounds = decision_bounds(decision)
    worst = sum(w for w, _ in bounds.values())
    best = sum(b for _, b in bounds.values())
    earned = sum(points.get(name, 0) for name in bounds)
    return 1.0 if best == worst else max(0.0, min(1.0, (earned - worst) / (best - worst)))


def _best_option(decision: Decision) -> Option:
    return max(decision.options, key=lambda o: sum(o.outcome.points.values()))


def _exemplar(option: Option, decision: Decision) -> str:
    if option.exemplar:
        return option.exemplar
    best = _best_option(decision)
    if best.id == option.id:
        return ""
    return best.text or best.exemplar or best.label


def _calibration(confidence: str | None, q: float) -> str:
    if confidence is None:
        return "not_rated"
    if confidence == "high" and q < 0.5:
        return CONFIDENT_WRONG
    if confidence == "low" and q >= 0.75:
        return "underconfident"
    return "calibrated"


def _guidance(library: GuidanceLibrary, ids: tuple[str, ...]) -> list[dict[str, str]]:
    found = []
    for gid in ids:
        entry = library.entries.get(gid)
        if entry:
            found.append({"id": gid, "title": entry.title, "summary": entry.summary,
                          "citation": entry.citation, "principle": entry.principle_title,
                          "example": entry.example})
    return found


def _decision_entry(scenario: Scenario, library: GuidanceLibrary, taken: Taken) -> dict[str, Any]:
    decision = scenario.states[taken.decision].decision
    assert decision is not None
    option = decision.option(taken.option)
    outcome = option.outcomes[taken.branch] if taken.branch >= 0 else option.outcome
    q = quality(decision, taken.points)
    return {
        "decision": decision.id, "at": taken.at, "prompt": decision.prompt,
        "option": option.id, "label": option.label, "action": option.action,
        "text": taken.text, "confidence": taken.confidence, "timed_out": taken.timed_out,
        "flags": list(taken.flags), "tone": taken.tone,
        # What the detectors found: risks to learn from, and good practice to keep.
        "findings": [f for f in taken.findings if f.split(":")[0] not in GOOD_FLAGS],
        "strengths": [f for f in taken.findings if f.split(":")[0] in GOOD_FLAGS],
        "rubric_score": taken.rubric_score,
        "rubric": [_check(option, c, True) for c in taken.matched]
                  + [_check(option, c, False) for c in taken.missed],
        "points": taken.points, "quality": round(q, 3),
        "calibration": _calibration(taken.confidence, q),
        "calibration_note": CALIBRATION_NOTES[_calibration(taken.confidence, q)],
        "consequence": outcome.feedback, "goto": outcome.goto,
        "guidance": _guidance(library, outcome.guidance),
        "exemplar": _exemplar(option, decision) if q < 1.0 else "",
    }


def _check(option: Option, check_id: str, ok: bool) -> dict[str, Any]:
    """One rubric check; ``kind`` says how to read it: an ``avoid`` check that is not ok
    means the reply contained what it should not."""
    rubric = option.rubric
    kinds = {i.id: ("include", i.label) for i in rubric.include} if rubric else {}
    kinds.update({i.id: ("avoid", i.label) for i in rubric.avoid} if rubric else {})
    kinds.update({"tone": ("tone", "Tone"), "length": ("length", "Length")})
    kind, label = kinds.get(check_id, ("include", check_id))
    return {"id": check_id, "label": label, "kind": kind, "ok": ok}


def build_debrief(scenario: Scenario, library: GuidanceLibrary, taken: list[Taken],
                  ending_id: str) -> Debrief:
    result = score(scenario, [(t.decision, t.points) for t in taken], ending_id)
    ending = scenario.endings[ending_id]
    decisions = [_decision_entry(scenario, library, t) for t in taken]
    calibration: dict[str, int] = {}
    for entry in decisions:
        calibration[entry["calibration"]] = calibration.get(entry["calibration"], 0) + 1
    return Debrief(
        scenario=scenario.id, title=scenario.title, version=scenario.version,
        ending={"id": ending.id, "title": ending.title, "summary": ending.summary,
                "backlash": list(ending.backlash), "good": ending.good,
                "can_pass": ending.can_pass},
        score=result.total, passed=result.passed, pass_mark=scenario.pass_mark,
        competencies=result.competencies,
        competency_titles={c: library.competency_title(c) for c in result.competencies},
        decisions=decisions, calibration=calibration,
    )
