"""The debrief: score, competencies, and for every decision what happened and why, with the
guidance it rests on and a better response. Pure data; same inputs, same debrief."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field, fields, is_dataclass
from typing import Any, Literal, TypeVar, get_args, get_origin, get_type_hints

from ..i18n import N_
from ..scenario.guidance import GuidanceLibrary
from ..scenario.model import FLAG_TITLES, GOOD_FLAGS, Action, Backlash, Decision, Option, Points, Scenario
from .score import CERTAINTY, certainty, decision_bounds, score

_T = TypeVar("_T")
RubricKind = Literal["include", "avoid", "tone", "length"]
# ``read``: a reply the detectors could not read (its language), read by the trainer, who
# adds any flag it deserves; its points count from then on
Ruling = Literal["confirmed", "overturned", "added", "read"]
RULINGS: tuple[Ruling, ...] = get_args(Ruling)
CERTAINTY_TITLE = N_("Certainty (how sure you were, when you were right)")

NOT_SCORED = N_("not scored in this run: no choice met could earn it (penalties are in the decisions)")
CONFIDENT_WRONG = "confident_wrong"
CALIBRATION_NOTES = {
    CONFIDENT_WRONG: N_("You were sure of this one, and it was one of the weaker choices. In the job, "
                        "a confident wrong call is the dangerous one: slow down when you feel certain."),
    "underconfident": N_("You doubted this choice, but it was a strong one. Trust the reasoning "
                         "that got you there."),
    "calibrated": N_("Your confidence matched how good the choice was."),
    "not_rated": "",
}
# An ending's kind in words, by the backlash it brings, in the order the scenario lists it
OUTCOMES = {(): N_("Good outcome"), ("public",): N_("Public backlash"),
            ("internal",): N_("Internal backlash"),
            ("public", "internal"): N_("Public and internal backlash"),
            ("internal", "public"): N_("Internal and public backlash")}


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
    consequences: tuple[str, ...] = ()  # what followed, each line with its time
    language: str = "en"  # of a written reply; one the detectors do not read waits for review
    awaiting_review: bool = False  # such a reply no trainer has read yet: its points wait


@dataclass(frozen=True)
class Reacted:
    """Something the trainee did unprompted that a reaction answered, as the engine recorded it."""

    reaction: str
    action: str
    at: float  # when they acted
    fired_at: float  # when the world answered
    points: Points = field(default_factory=dict)
    guidance: tuple[str, ...] = ()
    feedback: str = ""
    target: str = ""  # whose post or which person, in words
    text: str | None = None
    findings: tuple[str, ...] = ()
    consequences: tuple[str, ...] = ()  # what followed, each line with its time


@dataclass(frozen=True)
class EndingSummary:
    id: str
    title: str
    summary: str = ""
    backlash: tuple[Backlash, ...] = ()
    good: bool = False
    can_pass: bool = True

    @property
    def outcome(self) -> str:
        """The ending's kind in words: "Good outcome", or the backlash it brought."""
        return OUTCOMES[tuple(self.backlash)]


@dataclass(frozen=True)
class GuidanceRef:
    """A guidance entry as the debrief cites it."""

    id: str
    title: str
    summary: str = ""
    citation: str = ""
    principle: str = ""
    example: str = ""


@dataclass(frozen=True)
class RubricCheck:
    """One rubric check; ``kind`` says how to read it: an ``avoid`` check that is not ok
    means the reply contained what it should not."""

    id: str
    label: str
    kind: RubricKind
    ok: bool


@dataclass(frozen=True)
class DecisionReport:
    """One decision in the debrief: what was asked, what the trainee did, what it caused."""

    decision: str
    prompt: str
    option: str
    label: str
    action: Action
    points: Points
    at: float = 0.0
    text: str | None = None
    confidence: str | None = None
    timed_out: bool = False
    flags: tuple[str, ...] = ()
    tone: float | None = None
    findings: tuple[str, ...] = ()  # risks the detectors found, to learn from
    strengths: tuple[str, ...] = ()  # good practice the detectors found, to keep
    rubric_score: float | None = None
    rubric: tuple[RubricCheck, ...] = ()
    quality: float = 0.0
    calibration: str = "not_rated"
    calibration_note: str = ""
    consequence: str = ""
    consequences: tuple[str, ...] = ()  # what followed in the feed, press and inbox, timed
    goto: str = ""
    guidance: tuple[GuidanceRef, ...] = ()
    exemplar: str = ""
    language: str = "en"
    awaiting_review: bool = False  # written in a language the detectors do not read: no
    # trainer has read it yet, so it earns nothing until one does


@dataclass(frozen=True)
class ReactionReport:
    """One unprompted action in the debrief's timeline: what the trainee did, what followed,
    and the guidance it is judged by."""

    reaction: str
    action: str
    at: float
    fired_at: float
    points: Points = field(default_factory=dict)
    feedback: str = ""
    target: str = ""
    text: str | None = None
    findings: tuple[str, ...] = ()
    guidance: tuple[GuidanceRef, ...] = ()
    consequences: tuple[str, ...] = ()  # what followed in the feed, press and inbox, timed

    @property
    def did(self) -> str:
        """'you liked @NightShiftHumour's post', for the timeline."""
        if not self.target:
            return PAST_ALONE.get(self.action, self.action)
        return PAST.get(self.action, "{target}").format(target=self.target)


# What the trainee did, in the past, to ``target`` (a post or a person), or to nothing named
PAST = {"reply": N_("you replied to {target}"), "quote": N_("you quoted {target}"),
        "post": N_("you posted {target}"), "like": N_("you liked {target}"),
        "repost": N_("you reposted {target}"), "delete": N_("you deleted {target}"),
        "report": N_("you reported {target}"), "bookmark": N_("you bookmarked {target}"),
        "mute": N_("you muted {target}"), "block": N_("you blocked {target}"),
        "dm": N_("you messaged {target}"), "follow": N_("you followed {target}")}
PAST_ALONE = {"reply": N_("you replied"), "quote": N_("you quoted a post"), "post": N_("you posted"),
              "like": N_("you liked a post"), "repost": N_("you reposted a post"),
              "delete": N_("you deleted a post"), "report": N_("you reported a post"),
              "bookmark": N_("you bookmarked a post"), "mute": N_("you muted someone"),
              "block": N_("you blocked someone"), "dm": N_("you sent a message"),
              "follow": N_("you followed someone")}


# A trainer's ruling on a flag, in words, without and with the reason they gave
RULED = {"confirmed": N_("{reviewer} confirmed {flag}"), "overturned": N_("{reviewer} overturned {flag}"),
         "added": N_("{reviewer} added {flag}"), "read": N_("{reviewer} read the reply")}
RULED_WHY = {"confirmed": N_("{reviewer} confirmed {flag}: {reason}"),
             "overturned": N_("{reviewer} overturned {flag}: {reason}"),
             "added": N_("{reviewer} added {flag}: {reason}"),
             "read": N_("{reviewer} read the reply: {reason}")}


@dataclass(frozen=True)
class FlagRuling:
    """A trainer's word on one flag of one free-text answer: the detector was right
    (``confirmed``), wrong (``overturned``), or missed it (``added``)."""

    decision: str
    flag: str
    ruling: Ruling
    reason: str = ""


@dataclass(frozen=True)
class Review:
    """One sitting of a trainer reviewing an attempt's free-text answers."""

    reviewer: str
    wall: str  # when (UTC, ISO 8601)
    rulings: tuple[FlagRuling, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return dict(_plain(asdict(self)))

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Review:
        review = _build(cls, data)
        if not all(r.ruling in RULINGS for r in review.rulings):
            raise ValueError(f"a ruling is not one of {', '.join(RULINGS)}")
        return review


@dataclass(frozen=True)
class Debrief:
    """The debrief of one finished attempt: the one object the app's debrief, the PDF, the
    CSV, xAPI and ``verify`` read. ``to_dict`` is its form in an attempt file;
    ``from_dict`` reads that back."""

    scenario: str
    title: str
    version: str
    ending: EndingSummary
    score: int
    passed: bool
    pass_mark: int
    competencies: dict[str, int]
    competency_titles: dict[str, str]
    decisions: tuple[DecisionReport, ...] = ()
    calibration: dict[str, int] = field(default_factory=dict)
    reactions: tuple[ReactionReport, ...] = ()  # what the trainee did unprompted, answered
    reviews: tuple[Review, ...] = ()  # a trainer's rulings on flags; the score counts them
    # how well the trainee knew when they knew: the certainty-based mark of the answers they
    # rated, 0-100 (None if none was rated); a competency when the scenario counts it
    certainty: int | None = None
    confidence_marking: bool = False

    def rulings(self, decision: str) -> list[tuple[Review, FlagRuling]]:
        """Every ruling on ``decision``'s flags, oldest first, with the review it was part of."""
        return [(r, f) for r in self.reviews for f in r.rulings if f.decision == decision]

    def review_notes(self, decision: str) -> list[str]:
        """The rulings on ``decision``, in words: 'Sgt Bello overturned abusive: banter…'."""
        return [(RULED_WHY if f.reason else RULED)[f.ruling].format(
                    reviewer=r.reviewer, flag=FLAG_TITLES.get(f.flag, f.flag), reason=f.reason)
                for r, f in self.rulings(decision)]

    def competency_rows(self) -> list[tuple[str, int | None]]:
        """(title, score) for every competency the scenario scores, in the debrief's order;
        None for one this run gave no chance to earn (its penalties show in the decisions)."""
        return [(title, self.competencies.get(name)) for name, title in self.competency_titles.items()]

    def below_pass_mark(self) -> list[str]:
        """A sentence for each competency under the pass mark, naming the decisions that cost
        it points, so a red bar is never left unexplained (even in a passed attempt)."""
        said = []
        for name, value in self.competencies.items():
            if value >= self.pass_mark:
                continue
            lost = [str(n) for n, d in enumerate(self.decisions, 1) if d.points.get(name, 0) <= 0
                    and name in d.points]
            where = (f"decision{'s' if len(lost) > 1 else ''} {', '.join(lost)}" if lost
                     else "the decisions where it could have earned points")
            unprompted = [f"{_clock(r.at)} {r.did}" for r in self.reactions if r.points.get(name, 0) < 0]
            if unprompted:
                where += f", and what you did unprompted ({'; '.join(unprompted)})"
            said.append(f"{self.competency_titles.get(name, name)} is {value}, under the pass "
                        f"mark of {self.pass_mark}: look again at {where}.")
        return said

    @property
    def verdict(self) -> str:
        """Pass or not, and why when the score alone does not say."""
        if self.passed:
            return N_("Passed")
        if self.score >= self.pass_mark and not self.ending.can_pass:
            return N_("Not passed: this outcome fails the attempt whatever the score")
        return N_("Not passed")

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON data (lists, not tuples), the verdict included for a reader's sake."""
        return {**_plain(asdict(self)), "verdict": self.verdict}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Debrief:
        """The debrief as an attempt file holds it; ``ValueError`` if it is not one."""
        try:
            return _build(cls, data)
        except (TypeError, KeyError, AttributeError) as err:
            raise ValueError(f"not a debrief ({err})") from None


def _clock(seconds: float) -> str:
    return "{:02d}:{:02d}".format(*divmod(int(seconds), 60))


def _plain(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    return value


def _build(cls: type[_T], data: dict[str, Any]) -> _T:
    hints = get_type_hints(cls)
    known = {f.name for f in fields(cls)}  # type: ignore[arg-type]
    return cls(**{name: _convert(hints[name], value) for name, value in data.items() if name in known})


def _convert(hint: Any, value: Any) -> Any:
    if isinstance(hint, type) and is_dataclass(hint):
        return _build(hint, value)
    if get_origin(hint) is tuple:
        return tuple(_convert(get_args(hint)[0], item) for item in value)
    if get_origin(hint) is dict:
        return dict(value)
    return value


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


def _guidance(library: GuidanceLibrary, ids: tuple[str, ...]) -> tuple[GuidanceRef, ...]:
    return tuple(GuidanceRef(gid, entry.title, entry.summary, entry.citation,
                             entry.principle_title, entry.example)
                 for gid in ids if (entry := library.entries.get(gid)) is not None)


def _decision_entry(scenario: Scenario, library: GuidanceLibrary, taken: Taken) -> DecisionReport:
    decision = scenario.states[taken.decision].decision
    assert decision is not None
    option = decision.option(taken.option)
    outcome = option.outcomes[taken.branch] if taken.branch >= 0 else option.outcome
    q = quality(decision, taken.points)
    # a reply no trainer has read yet is neither right nor wrong: no confidence mark, no
    # better response shown
    calibration = "not_rated" if taken.awaiting_review else _calibration(taken.confidence, q)
    return DecisionReport(
        decision=decision.id, at=taken.at, prompt=decision.prompt,
        option=option.id, label=option.label, action=option.action,
        text=taken.text, confidence=taken.confidence, timed_out=taken.timed_out,
        flags=tuple(taken.flags), tone=taken.tone,
        findings=tuple(f for f in taken.findings if f.split(":")[0] not in GOOD_FLAGS),
        strengths=tuple(f for f in taken.findings if f.split(":")[0] in GOOD_FLAGS),
        rubric_score=taken.rubric_score,
        rubric=tuple([_check(option, c, True) for c in taken.matched]
                     + [_check(option, c, False) for c in taken.missed]),
        points=dict(taken.points), quality=round(q, 3),
        calibration=calibration, calibration_note=CALIBRATION_NOTES[calibration],
        consequence=outcome.feedback, consequences=taken.consequences, goto=outcome.goto,
        guidance=_guidance(library, outcome.guidance),
        exemplar=_exemplar(option, decision) if q < 1.0 and not taken.awaiting_review else "",
        language=taken.language, awaiting_review=taken.awaiting_review,
    )


def _check(option: Option, check_id: str, ok: bool) -> RubricCheck:
    rubric = option.rubric
    kinds: dict[str, tuple[RubricKind, str]] = {"tone": ("tone", "Tone"), "length": ("length", "Length")}
    if rubric:
        kinds.update({i.id: ("include", i.label) for i in rubric.include})
        kinds.update({i.id: ("avoid", i.label) for i in rubric.avoid})
    kind, label = kinds.get(check_id, ("include", check_id))
    return RubricCheck(check_id, label, kind, ok)


def _scored_by(scenario: Scenario) -> list[str]:
    names: dict[str, None] = {}
    for state in scenario.states.values():
        if state.decision is not None:
            names.update(dict.fromkeys(decision_bounds(state.decision)))
    names.update(dict.fromkeys(n for r in scenario.reactions for n in r.outcome.points))
    return list(names)


def _reaction_entry(library: GuidanceLibrary, r: Reacted) -> ReactionReport:
    return ReactionReport(r.reaction, r.action, r.at, r.fired_at, dict(r.points), r.feedback,
                          r.target, r.text, r.findings, _guidance(library, r.guidance),
                          r.consequences)


def build_debrief(scenario: Scenario, library: GuidanceLibrary, taken: list[Taken],
                  ending_id: str, reacted: list[Reacted] | None = None,
                  reviews: tuple[Review, ...] = ()) -> Debrief:
    reacted = reacted or []
    decisions = [_decision_entry(scenario, library, t) for t in taken]
    certain = certainty([(d.confidence, d.quality) for d in decisions
                         if d.confidence and not d.awaiting_review])
    result = score(scenario, [(t.decision, t.points) for t in taken], ending_id,
                   [r.points for r in reacted], certain)
    ending = scenario.endings[ending_id]
    titles = {c: CERTAINTY_TITLE if c == CERTAINTY else library.competency_title(c)
              for c in [*_scored_by(scenario), *result.competencies]}
    calibration: dict[str, int] = {}
    for entry in decisions:
        calibration[entry.calibration] = calibration.get(entry.calibration, 0) + 1
    return Debrief(
        scenario=scenario.id, title=scenario.title, version=scenario.version,
        ending=EndingSummary(ending.id, ending.title, ending.summary, tuple(ending.backlash),
                             ending.good, ending.can_pass),
        score=result.total, passed=result.passed, pass_mark=scenario.pass_mark,
        competencies=result.competencies,
        # Every competency the scenario scores, by name and in the scenario's order (so every
        # attempt at it lists them alike): also one this run only lost points in.
        competency_titles=titles,
        decisions=tuple(decisions), calibration=calibration,
        certainty=certain, confidence_marking=scenario.confidence_marking,
        reactions=tuple(_reaction_entry(library, r) for r in reacted), reviews=reviews,
    )
