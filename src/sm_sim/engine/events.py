"""Engine events: past-tense, frozen, serialisable. The run's log is a list of these.

Everything the app shows and everything the records keep is derived from events,
so the whole state of a run can be rebuilt by folding its log (see ``state.py``).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any, ClassVar, TypeGuard

from ..scenario.model import Action, Backlash, FreeVerb, PostAction


@dataclass(frozen=True)
class Event:
    t: float
    registry: ClassVar[dict[str, type[Event]]] = {}

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        Event.registry[cls.__name__] = cls

    def to_dict(self) -> dict[str, Any]:
        return {"type": type(self).__name__, **dataclasses.asdict(self)}

    @staticmethod
    def from_dict(data: dict[str, Any]) -> Event:
        kind = Event.registry[data["type"]]
        values: dict[str, Any] = {}
        for f in dataclasses.fields(kind):
            if f.name in data:
                value = data[f.name]
                values[f.name] = tuple(value) if isinstance(value, list) else value
        return kind(**values)


@dataclass(frozen=True)
class RunStarted(Event):
    scenario: str
    version: str
    seed: int
    title: str
    # the run's time limits as ``TimeLimits.recorded`` writes them ("off", "2"); None: as
    # written, and then left out of the event's dict, so such a run's log is what it always was
    time_limits: str | None = None

    def to_dict(self) -> dict[str, Any]:
        data = super().to_dict()
        if self.time_limits is None:
            del data["time_limits"]
        return data


@dataclass(frozen=True)
class StateEntered(Event):
    state: str
    title: str


@dataclass(frozen=True)
class PostPublished(Event):
    post_id: str
    kind: str  # post | reply | quote
    author_id: str  # persona id, "trainee", or "crowd"
    handle: str
    name: str
    role: str
    text: str
    verified: bool = False
    followers: int = 0
    avatar: str | None = None
    reply_to: str | None = None
    quote_of: str | None = None
    image: str | None = None
    likes: int = 0
    reposts: int = 0
    replies: int = 0
    views: int = 0
    tone: str = ""
    tags: tuple[str, ...] = ()  # the scenario's words for the post, which reactions listen for

    @property
    def by_trainee(self) -> bool:
        return self.author_id == "trainee"


@dataclass(frozen=True)
class MetricsChanged(Event):
    """Counts added to a post (deltas), e.g. while it goes viral."""

    post_id: str
    likes: int = 0
    reposts: int = 0
    replies: int = 0
    views: int = 0


@dataclass(frozen=True)
class MessageReceived(Event):
    message_id: str
    sender_id: str
    handle: str
    name: str
    text: str


@dataclass(frozen=True)
class MessageSent(Event):
    message_id: str
    to_id: str
    handle: str
    name: str
    text: str


@dataclass(frozen=True)
class InternalMessageReceived(Event):
    message_id: str
    sender_id: str
    name: str
    role: str
    subject: str
    text: str
    urgency: str = "normal"
    channel: str = "email"


TRAINER_CHANNEL = "trainer"  # an InternalMessageReceived the trainer sent the room (an input)


def from_trainer(event: Event) -> TypeGuard[InternalMessageReceived]:
    """A classroom inject: not the scenario's doing, so a replay must deliver it again."""
    return isinstance(event, InternalMessageReceived) and event.channel == TRAINER_CHANNEL


@dataclass(frozen=True)
class NotificationShown(Event):
    text: str


@dataclass(frozen=True)
class NewsPublished(Event):
    news_id: str
    outlet: str
    headline: str
    text: str
    image: str | None = None


@dataclass(frozen=True)
class FollowersChanged(Event):
    change: int
    followers: int


@dataclass(frozen=True)
class VariableChanged(Event):
    name: str
    old: float
    new: float


@dataclass(frozen=True)
class DecisionOpened(Event):
    decision: str
    prompt: str
    options: tuple[str, ...]
    deadline: float | None = None


@dataclass(frozen=True)
class ActionTaken(Event):
    decision: str
    option: str
    action: Action
    text: str | None = None
    confidence: str | None = None  # low | medium | high
    timed_out: bool = False


@dataclass(frozen=True)
class ReplyJudged(Event):
    decision: str
    option: str
    flags: tuple[str, ...]
    tone: float
    rubric_score: float | None = None
    rubric_passed: bool | None = None
    matched: tuple[str, ...] = ()  # rubric items found (include) or hit (avoid)
    missed: tuple[str, ...] = ()
    points: dict[str, int] = field(default_factory=dict)
    findings: tuple[str, ...] = ()  # "flag: reason — “matched text”", for the debrief
    language: str = "en"  # one the detectors do not read: its points wait for a trainer


@dataclass(frozen=True)
class FreeAction(Event):
    """The trainee acted on the feed with no decision asking: liked a post, replied to it,
    blocked its author, messaged or followed someone. Text is judged as it is sent."""

    action: FreeVerb
    post_id: str | None = None
    to_id: str | None = None  # a persona, for dm and follow
    text: str | None = None
    flags: tuple[str, ...] = ()
    findings: tuple[str, ...] = ()


@dataclass(frozen=True)
class ReactionFired(Event):
    """The world answered something the trainee did (a scenario's reaction)."""

    reaction: str
    action: str  # what the trainee did
    post_id: str | None
    acted_at: float  # when they did it
    points: dict[str, int] = field(default_factory=dict)
    guidance: tuple[str, ...] = ()
    feedback: str = ""


@dataclass(frozen=True)
class DecisionSkipped(Event):
    """A reaction moved the story on while this decision was open: it is no longer asked."""

    decision: str


@dataclass(frozen=True)
class PostActedOn(Event):
    """The trainee liked, reposted, deleted, reported or bookmarked a post, or muted or
    blocked its author."""

    post_id: str
    action: PostAction


@dataclass(frozen=True)
class Escalated(Event):
    decision: str
    to_id: str
    name: str


@dataclass(frozen=True)
class DecisionClosed(Event):
    decision: str
    option: str
    goto: str
    points: dict[str, int]
    guidance: tuple[str, ...]
    feedback: str
    branch: int = -1  # index of the branch taken, -1 for the option's default
    timed_out: bool = False


@dataclass(frozen=True)
class RunEnded(Event):
    ending: str
    title: str
    backlash: tuple[Backlash, ...]


Input = ActionTaken | FreeAction | InternalMessageReceived


def inputs(events: Iterable[Event]) -> list[Input]:
    """What came from outside the scenario, in order: the trainee's actions and the messages
    a trainer sent the room (what a replay, ``engine.play.retake``, does again)."""
    return [e for e in events if isinstance(e, ActionTaken | FreeAction) or from_trainer(e)]


def clock_text(seconds: float) -> str:
    minutes, secs = divmod(int(seconds), 60)
    return f"{minutes:02d}:{secs:02d}"


UNITS = ((3600, "h", "hour"), (60, "m", "minute"), (1, "s", "second"))


def relative_time(seconds: float, spoken: bool = False) -> str:
    """How long ago, the way a feed shows it: "now", "12s", "4m", "2h"; or ``spoken``, as a
    screen reader should say it: "just now", "12 seconds ago", "4 minutes ago", "2 hours ago"."""
    seconds = max(0, int(seconds))
    if seconds < 5:
        return "just now" if spoken else "now"
    size, short, word = next(unit for unit in UNITS if seconds >= unit[0])
    count = seconds // size
    return f"{plural(count, word)} ago" if spoken else f"{count}{short}"


def spoken_duration(seconds: float) -> str:
    """A length of time in words: "1 minute 30 seconds", "2 minutes", "45 seconds"."""
    minutes, secs = divmod(max(0, int(seconds)), 60)
    words = [plural(minutes, "minute")] if minutes else []
    if secs or not minutes:
        words.append(plural(secs, "second"))
    return " ".join(words)


def plural(count: int, one: str, many: str = "") -> str:
    """"1 like", "21 likes"; "1 reply", "2 replies" (``many`` where an 's' will not do)."""
    return f"{count} {one if count == 1 else many or one + 's'}"


def describe(event: Event) -> str:
    """One line for the headless timeline."""
    head = f"[{clock_text(event.t)}]"
    match event:
        case PostPublished(kind=kind, handle=handle, text=text, reply_to=reply_to, quote_of=quote_of):
            where = f" ↩ {reply_to}" if reply_to else (f" ⟲ quoting {quote_of}" if quote_of else "")
            return f"{head} {kind.upper():5} {handle}{where}: {text}"
        case DecisionOpened(prompt=prompt, options=options):
            return f"{head} DECIDE {prompt} [{', '.join(options)}]"
        case ActionTaken(option=option, action=action, text=text, timed_out=timed_out):
            said = f": {text}" if text else ""
            return f"{head} YOU    {action} ({option}){' — time ran out' if timed_out else ''}{said}"
        case ReplyJudged(flags=flags, tone=tone, rubric_score=score):
            rubric = f", rubric {score:.0%}" if score is not None else ""
            return f"{head} JUDGED flags: {', '.join(flags) or 'none'}, tone {tone:+.2f}{rubric}"
        case DecisionClosed(points=points, goto=goto):
            shown = ", ".join(f"{k} {v:+d}" for k, v in points.items()) or "no points"
            return f"{head} RESULT {shown} → {goto}"
        case InternalMessageReceived(name=name, subject=subject, urgency=urgency):
            return f"{head} INBOX  [{urgency}] {name}: {subject}"
        case MessageReceived(handle=handle, text=text):
            return f"{head} DM     {handle}: {text}"
        case MessageSent(handle=handle, text=text):
            return f"{head} DM →   {handle}: {text}"
        case NewsPublished(outlet=outlet, headline=headline):
            return f"{head} NEWS   {outlet}: {headline}"
        case RunStarted(title=title, seed=seed, time_limits=limits):
            adjusted = f", time limits {'off' if limits == 'off' else f'×{limits}'}" if limits else ""
            return f"{head} START  {title} (seed {seed}{adjusted})"
        case StateEntered(title=title):
            return f"{head} ──     {title}"
        case NotificationShown(text=text):
            return f"{head} NOTE   {text}"
        case FollowersChanged(change=change, followers=followers):
            return f"{head} FOLLOW {change:+d} → {followers} followers"
        case VariableChanged(name=name, old=old, new=new):
            return f"{head} VAR    {name} {old:g} → {new:g}"
        case FreeAction(action=action, post_id=post_id, to_id=to_id, text=text):
            said = f": {text}" if text else ""
            return f"{head} FREE   {action} {post_id or to_id or ''}{said}".rstrip()
        case ReactionFired(reaction=reaction, points=points, feedback=feedback):
            shown = ", ".join(f"{k} {v:+d}" for k, v in points.items())
            said = f" — {feedback}" if feedback else ""
            return f"{head} REACT  {reaction}{f' ({shown})' if shown else ''}{said}"
        case DecisionSkipped(decision=decision):
            return f"{head} SKIP   {decision}: the story moved on"
        case PostActedOn(post_id=post_id, action=action):
            return f"{head} YOU    {action} {post_id}"
        case Escalated(name=name):
            return f"{head} YOU    escalated to {name}"
        case RunEnded(title=title, backlash=backlash):
            kind = ", ".join(backlash) + " backlash" if backlash else "good outcome"
            return f"{head} END    {title} ({kind})"
    fields = {k: v for k, v in dataclasses.asdict(event).items() if k != "t"}
    return f"{head} {type(event).__name__} {fields}"
