"""A loaded scenario as frozen dataclasses: what the engine, scoring and the app read."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any, Literal, get_args

from ..i18n import N_

Points = dict[str, int]
Effects = dict[str, float]
BUILTIN_VARIABLES: dict[str, float] = {"public_trust": 50.0, "internal_risk": 0.0}
TRAINEE = "trainee"
LAST_POST = "last_post"  # a reserved post id: the trainee's most recent post
ACTED_ON = "acted_on"  # in a reaction's injects: the post the trainee acted on
SLOT = re.compile(r"\{([a-z][a-z0-9_]*)\}")  # a {slot} in a crowd's template
BUILTIN_SLOTS = {"target_handle", "trainee_handle", "trainee_name"}
# What the built-in detectors can flag in a free-text reply (scenarios branch on these).
FLAGS: tuple[str, ...] = ("personal_data", "operational_detail", "political", "abusive",
                          "profanity", "signposting")
GOOD_FLAGS: tuple[str, ...] = ("signposting",)  # flags that show good practice
FLAG_TITLES: dict[str, str] = {  # each flag as a trainer reads it
    "personal_data": N_("Personal data"), "operational_detail": N_("Operational detail"),
    "political": N_("Political opinion"), "abusive": N_("Abusive or belittling"),
    "profanity": N_("Swearing"), "signposting": N_("Signposting to help")}
# Who a persona or a message's sender is (the format's roles), in words
ROLE_WORDS: dict[str, str] = {
    "public": N_("public"), "press": N_("press"), "colleague": N_("colleague"),
    "supervisor": N_("supervisor"), "professional_standards": N_("professional standards"),
    "anonymous_police": N_("anonymous police"), "troll": N_("troll"),
    "corporate_comms": N_("corporate comms"), "official": N_("official"),
    "community": N_("community"), "politician": N_("politician")}
# What an option does (the schema's enum is made from this), and what a trainee does to a post.
Action = Literal["reply", "quote", "post", "like", "repost", "delete", "ignore", "report",
                 "escalate", "dm"]
ACTIONS: tuple[Action, ...] = get_args(Action)
PostAction = Literal["like", "repost", "delete", "report", "bookmark", "mute", "block"]
POST_ACTIONS: tuple[PostAction, ...] = get_args(PostAction)
# What a trainee may do on the feed at any time, with no decision asking (reactions listen
# for these): act on a post, write, or follow or message someone from their profile.
FreeVerb = Literal["reply", "quote", "post", "like", "repost", "delete", "report", "bookmark",
                   "mute", "block", "dm", "follow"]
FREE_VERBS: tuple[FreeVerb, ...] = get_args(FreeVerb)
WRITING_VERBS: tuple[FreeVerb, ...] = ("reply", "quote", "post", "dm")  # these carry text
PERSON_VERBS: tuple[FreeVerb, ...] = ("dm", "follow")  # these name a persona, not a post
# The kinds of backlash an ending brings; an ending with none is a good one.
Backlash = Literal["public", "internal"]
BACKLASH: tuple[Backlash, ...] = get_args(Backlash)

_OPS = {
    "<": lambda a, b: a < b, "<=": lambda a, b: a <= b, ">": lambda a, b: a > b,
    ">=": lambda a, b: a >= b, "==": lambda a, b: a == b, "!=": lambda a, b: a != b,
}
_CONDITION = re.compile(r"^\s*(<=|>=|==|!=|<|>)\s*(-?[0-9]+(?:\.[0-9]+)?)\s*$")


@dataclass(frozen=True)
class Person:
    id: str
    handle: str
    name: str
    role: str
    verified: bool = False
    followers: int = 0
    avatar: str | None = None
    bio: str = ""


@dataclass(frozen=True)
class Account:
    kind: str  # personal | official
    handle: str
    name: str
    followers: int
    avatar: str | None = None
    bio: str = ""


@dataclass(frozen=True)
class Inject:
    at: float
    type: str
    data: dict[str, Any]

    def get(self, key: str, default: Any = None) -> Any:
        return self.data.get(key, default)


@dataclass(frozen=True)
class Growth:
    over: float
    likes: int = 0
    reposts: int = 0
    replies: int = 0
    views: int = 0


@dataclass(frozen=True)
class Crowd:
    at: float
    kind: str  # reply | quote
    target: str
    count: int
    over: float
    tones: dict[str, float]
    templates: dict[str, tuple[str, ...]]
    slots: dict[str, tuple[str, ...]]


@dataclass(frozen=True)
class Condition:
    flagged: tuple[str, ...] = ()
    not_flagged: tuple[str, ...] = ()
    rubric: str | None = None  # pass | fail
    vars: tuple[tuple[str, str, float], ...] = ()  # (name, op, value)

    def holds(self, variables: dict[str, float], flags: set[str], rubric_passed: bool | None) -> bool:
        if self.flagged and not flags.intersection(self.flagged):
            return False
        if flags.intersection(self.not_flagged):
            return False
        if self.rubric is not None and rubric_passed is not (self.rubric == "pass"):
            return False
        return all(_OPS[op](variables.get(name, 0.0), value) for name, op, value in self.vars)

    @staticmethod
    def parse_var(text: str) -> tuple[str, float] | None:
        match = _CONDITION.match(text)
        return (match.group(1), float(match.group(2))) if match else None


@dataclass(frozen=True)
class Outcome:
    goto: str
    effects: Effects = field(default_factory=dict)
    points: Points = field(default_factory=dict)
    guidance: tuple[str, ...] = ()
    feedback: str = ""
    when: Condition | None = None


@dataclass(frozen=True)
class RubricItem:
    id: str
    label: str
    patterns: tuple[str, ...]
    points: Points = field(default_factory=dict)


@dataclass(frozen=True)
class Rubric:
    include: tuple[RubricItem, ...] = ()
    avoid: tuple[RubricItem, ...] = ()
    tone_min: float | None = None
    tone_max: float | None = None
    tone_points: Points = field(default_factory=dict)
    length_min: int | None = None
    length_max: int | None = None
    length_points: Points = field(default_factory=dict)
    pass_mark: float = 0.6


@dataclass(frozen=True)
class Option:
    id: str
    label: str
    action: Action
    outcome: Outcome  # the default, unconditional outcome
    branches: tuple[Outcome, ...] = ()  # tried in order before the default
    text: str | None = None
    free_text: bool = False
    placeholder: str = ""
    rubric: Rubric | None = None
    samples: tuple[str, ...] = ()
    target: str | None = None
    to: str | None = None
    exemplar: str = ""

    @property
    def outcomes(self) -> tuple[Outcome, ...]:
        return (*self.branches, self.outcome)

    def branch_for(self, variables: dict[str, float], flags: set[str],
                   rubric_passed: bool | None) -> tuple[int, Outcome]:
        """The first branch whose ``when`` holds (its index), else the default (-1)."""
        return next(((i, b) for i, b in enumerate(self.branches)
                     if b.when and b.when.holds(variables, flags, rubric_passed)), (-1, self.outcome))


@dataclass(frozen=True)
class Decision:
    id: str  # the state's id: one decision per state
    at: float
    prompt: str
    options: tuple[Option, ...]
    hint: str = ""
    time_limit: float | None = None
    on_timeout: str | None = None

    def option(self, option_id: str) -> Option:
        for option in self.options:
            if option.id == option_id:
                return option
        raise KeyError(option_id)


@dataclass(frozen=True)
class Next:
    after: float
    outcome: Outcome
    branches: tuple[Outcome, ...] = ()

    @property
    def outcomes(self) -> tuple[Outcome, ...]:
        return (*self.branches, self.outcome)


@dataclass(frozen=True)
class State:
    id: str
    title: str
    injects: tuple[Inject, ...] = ()
    crowds: tuple[Crowd, ...] = ()
    decision: Decision | None = None
    next: Next | None = None

    def targets(self) -> list[str]:
        outcomes: list[Outcome] = []
        if self.decision:
            for option in self.decision.options:
                outcomes.extend(option.outcomes)
        if self.next:
            outcomes.extend(self.next.outcomes)
        return list(dict.fromkeys(o.goto for o in outcomes))


@dataclass(frozen=True)
class Ending:
    id: str
    title: str
    summary: str
    backlash: tuple[Backlash, ...] = ()
    can_pass: bool = True  # False: a run ending here fails whatever its score

    @property
    def good(self) -> bool:
        return not self.backlash


@dataclass(frozen=True)
class Reaction:
    """What the world does when the trainee acts, at any moment of the run: on one of ``on``
    (to ``post``, or to a post carrying ``tagged``; for text, ``when`` may ask for detector
    flags; ``when`` may also test variables), in any state or only ``during`` some. It
    fires once unless ``repeat``, ``after`` seconds later."""

    id: str
    on: tuple[FreeVerb, ...]
    outcome: Outcome  # goto "" stays in the state the run is in
    post: str | None = None
    tagged: str | None = None
    to: str | None = None
    during: tuple[str, ...] = ()
    repeat: bool = False
    after: float = 0.0
    injects: tuple[Inject, ...] = ()

    def listens(self, verb: str, state: str, post: set[str], tags: tuple[str, ...],
                to: str | None) -> bool:
        """Whether this reaction hears ``verb`` done to a post known by the names ``post``
        (before its ``when``, which needs the run)."""
        return (verb in self.on and (not self.during or state in self.during)
                and (self.post is None or self.post in post)
                and (self.tagged is None or self.tagged in tags)
                and (self.to is None or self.to == to))


@dataclass(frozen=True)
class TrainerSheet:
    """What the trainer reads before running the scenario with a group."""

    learning_outcomes: tuple[str, ...]
    watch_for: tuple[str, ...]
    debrief_questions: tuple[str, ...]


@dataclass(frozen=True)
class Scenario:
    id: str
    title: str
    summary: str
    version: str
    author: str
    minutes: int
    difficulty: str
    themes: tuple[str, ...]
    pass_mark: int
    seed: int
    variables: dict[str, float]
    account: Account
    personas: dict[str, Person]
    start: str
    states: dict[str, State]
    endings: dict[str, Ending]
    trainer_sheet: TrainerSheet | None = None
    reactions: tuple[Reaction, ...] = ()
    confidence_marking: bool = False  # certainty-based marking counts in the score
    path: str = ""
    content_hash: str = ""
    language: str = "en"  # of its texts: English, or a translation's (scenario/translation.py)

    def decisions(self) -> list[Decision]:
        return [s.decision for s in self.states.values() if s.decision]

    def cited_guidance(self) -> tuple[str, ...]:
        """Every guidance id the scenario's choices cite, in the order first cited."""
        outcomes = [o for d in self.decisions() for option in d.options for o in option.outcomes]
        outcomes += [r.outcome for r in self.reactions]
        return tuple(dict.fromkeys(g for o in outcomes for g in o.guidance))
