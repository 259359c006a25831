"""The master timeline of one path through a scenario: every inject, crowd burst, decision
and reaction on one time axis, like a crisis exercise's events list, so a trainer sees when
things land and what overlaps.

The path is played by the engine itself (the best or worst automatic player, or the
shortest way to a chosen state), so the times are the run's own: when each state is entered,
when each decision opens and is answered. What each state then schedules is read from the
scenario, as ``ScenarioRun`` schedules it: a state's injects and crowds keep landing after
the story has moved on, and nothing lands once an ending is reached.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace

from ..i18n import N_
from ..scenario.model import LAST_POST, TRAINEE, Crowd, Decision, Inject, Reaction, Scenario
from ..scenario.reach import reaching
from . import events as ev
from .crowd import generate, stream
from .play import LAST, Choice, Chooser, automatic, candidates, play
from .run import ScenarioRun

# A row's kind, who and text are English, said in the reader's language by the screen that
# shows them (sm_sim/i18n.py): each is marked for the core's catalogue where it is written.
KINDS = {"post": N_("post"), "reply": N_("reply"), "quote": N_("quote"), "dm": N_("DM"),
         "internal": N_("internal message"), "news": N_("news"),
         "notification": N_("notification"), "followers": N_("followers"),
         "metric": N_("variable")}
YOURS = {"post": N_("your post"), "reply": N_("your reply"), "quote": N_("your quote"),
         "dm": N_("your DM"), "internal": N_("your internal message")}
BURSTS = {"reply": N_("{count} replies to {target} ({tones})"),
          "quote": N_("{count} quote-posts to {target} ({tones})")}
# the other kinds of row (a state's or an inject's are above)
ROW_KINDS = (N_("state"), N_("mention"), N_("crowd burst"), N_("decision"), N_("answer"),
             N_("timeout"), N_("ending"), N_("reaction"))
HEADINGS = (N_("time"), N_("state"), N_("kind"), N_("who"))


@dataclass(frozen=True)
class Row:
    at: float  # simulated seconds from the start
    state: str  # the state that scheduled it
    kind: str  # state, post, mention, DM, crowd burst, decision, answer, reaction, ending …
    who: str
    text: str
    until: float | None = None  # a span's end: a burst's last post, a decision's time limit
    lands: bool = True  # False: due after the run has ended, so it never arrives
    during: tuple[str, ...] = ()  # the spans running meanwhile, in words

    @property
    def span(self) -> bool:
        return self.until is not None


@dataclass(frozen=True)
class Timeline:
    path: str  # best, worst, or the state it was asked to reach
    rows: tuple[Row, ...]
    ending: str
    length: float  # when the ending was reached
    reached: bool = True  # the path went through the state asked for
    think: float = LAST


class PathError(ValueError):
    """The path asked for is not a state, or cannot be reached from the start."""


def clock(seconds: float) -> str:
    return ev.clock_text(seconds)


def timeline(scenario: Scenario, path: str = "best", think: float = LAST,
             seed: int | None = None) -> Timeline:
    """The events list of ``path``: ``best``, ``worst`` or a state's (or ending's) id; each
    decision answered ``think`` seconds after it opens, at most until a second before its
    time limit runs out (``LAST``, the default: then, or at once where it has no limit)."""
    seed = scenario.seed if seed is None else seed
    run = play(scenario, chooser(scenario, path, seed), seed, think=think)
    rows = sorted(_rows(scenario, run), key=lambda r: r.at)
    ended = run.state.ended
    reached = path in ("best", "worst") or any(
        isinstance(e, ev.StateEntered | ev.RunEnded) and path in (getattr(e, "state", ""),
                                                                  getattr(e, "ending", ""))
        for e in run.events)
    return Timeline(path, tuple(_with_overlaps(rows)), ended.ending if ended else "",
                    ended.t if ended else run.now, reached, think)


def chooser(scenario: Scenario, path: str, seed: int) -> Chooser:
    if path in ("best", "worst"):
        return automatic(path, seed)
    if path not in scenario.states and path not in scenario.endings:
        known = ", ".join([*scenario.states, *scenario.endings])
        raise PathError(N_("'{path}' is not a state or ending of this scenario (it has: "
                           "{known})").format(path=path, known=known))
    graph = {s.id: s.targets() for s in scenario.states.values()}
    if scenario.start not in reaching([path], graph):
        raise PathError(N_("'{path}' cannot be reached from the start, '{start}'").format(
            path=path, start=scenario.start))
    return towards(scenario, path, seed)


def towards(scenario: Scenario, target: str, seed: int) -> Chooser:
    """At each decision, the answer whose outcome now (its branches as the run stands) is
    fewest steps from ``target``; once there, the best player's."""
    distance = _distances(scenario, target)
    best = automatic("best", seed)

    def choose(run: ScenarioRun, decision: Decision) -> Choice:
        if any(isinstance(e, ev.StateEntered) and e.state == target for e in run.events):
            return best(run, decision)
        steps = [distance.get(run.preview(o, t).outcome.goto, len(distance) + 1)
                 for o, t in candidates(decision)]
        option, text = candidates(decision)[steps.index(min(steps))]
        return Choice(option, text)
    return choose


def _distances(scenario: Scenario, target: str) -> dict[str, int]:
    back: dict[str, list[str]] = {}
    for state in scenario.states.values():
        for dest in state.targets():
            back.setdefault(dest, []).append(state.id)
    distance, todo = {target: 0}, [target]
    while todo:
        here = todo.pop(0)
        for source in back.get(here, ()):
            if source not in distance:
                distance[source] = distance[here] + 1
                todo.append(source)
    return distance


# -- the rows -----------------------------------------------------------------------------------
def _rows(scenario: Scenario, run: ScenarioRun) -> Iterator[Row]:
    end = run.state.ended.t if run.state.ended else run.now
    visits: dict[str, int] = {}
    trainee_posts = {LAST_POST}
    opened: ev.DecisionOpened | None = None
    for event in run.events:
        if isinstance(event, ev.StateEntered):
            visit = visits[event.state] = visits.get(event.state, 0) + 1
            state = scenario.states[event.state]
            yield Row(event.t, state.id, "state", "",
                      N_("enters “{title}”").format(title=state.title or state.id))
            for inject in state.injects:
                if inject.get("from") == TRAINEE and inject.get("id"):
                    trainee_posts.add(inject.get("id"))
                yield _inject(scenario, state.id, inject, event.t + inject.at, end, trainee_posts)
            for index, crowd in enumerate(state.crowds):
                yield _crowd(scenario, run.seed, state.id, index, crowd, visit, event.t, end)
        elif isinstance(event, ev.DecisionOpened):
            opened = event
        elif isinstance(event, ev.DecisionClosed) and opened is not None:
            decision = scenario.states[event.decision].decision
            assert decision is not None  # it has just been answered
            yield _opened(decision, opened, event.t)
            kind = "timeout" if event.timed_out else "answer"
            yield Row(event.t, event.decision, kind, scenario.account.handle,
                      f"{decision.option(event.option).label} → {event.goto}")
        elif isinstance(event, ev.RunEnded):
            yield Row(event.t, event.ending, "ending", "", N_("ends: “{title}”").format(title=event.title))
    yield from _reactions(scenario, run)


def _inject(scenario: Scenario, state: str, inject: Inject, at: float, end: float,
            trainee_posts: set[str]) -> Row:
    data, who = inject.data, str(inject.get("from", ""))
    person = scenario.personas.get(who)
    handle = scenario.account.handle if who == TRAINEE else person.handle if person else who
    kind = KINDS.get(inject.type, inject.type)
    if who == TRAINEE:
        kind = YOURS.get(inject.type, f"your {kind}")
    elif inject.type in ("post", "reply", "quote") and (
            {data.get("reply_to"), data.get("quote_of")} & trainee_posts
            or scenario.account.handle.casefold() in str(data.get("text", "")).casefold()):
        kind = "mention"
    words = data.get("headline") or data.get("subject") or data.get("text") or _change(inject)
    # Due at the very moment the run ends, it still lands: a state's injects are scheduled
    # before whatever ends the run then (its decision, its next, a time-out, an answer).
    return Row(at, state, kind, handle, _short(str(words)), lands=at <= end)


def _change(inject: Inject) -> str:
    change = f"{float(inject.get('change', 0)):+g}"
    if inject.type == "followers":
        return N_("followers {change}").format(change=change)
    return f"{inject.get('var', '')} {change}"


def _crowd(scenario: Scenario, seed: int, state: str, index: int, crowd: Crowd, visit: int,
           entered: float, end: float) -> Row:
    start = entered + crowd.at
    context = {"trainee_handle": scenario.account.handle, "trainee_name": scenario.account.name}
    offsets = [p.offset for p in generate(crowd, stream(seed, state, index, visit), context)]
    landed = sum(start + o < end for o in offsets)
    tones = ", ".join(f"{t} {w:g}" for t, w in crowd.tones.items() if w > 0)
    said = BURSTS[crowd.kind].format(count=crowd.count, target=crowd.target, tones=tones) \
        if crowd.kind in BURSTS else f"{crowd.count} {crowd.kind} to {crowd.target} ({tones})"
    if landed < crowd.count:
        said = N_("{burst}; {count} land before the end").format(burst=said, count=landed)
    return Row(start, state, "crowd burst", N_("crowd"), said, start + max(offsets, default=0.0),
               lands=landed > 0)


def _opened(decision: Decision, event: ev.DecisionOpened, closed: float) -> Row:
    """A decision, open from when it opens until it is answered on this path."""
    if event.deadline is None:
        said = N_("opens (no time limit): {prompt}")
    elif decision.on_timeout:
        said = N_("opens (time limit {length}, times out at {time} → {goto}): {prompt}")
    else:
        said = N_("opens (time limit {length}, times out at {time}): {prompt}")
    length = clock(event.deadline - event.t) if event.deadline is not None else ""
    return Row(event.t, event.decision, "decision", "", said.format(
        length=length, time=clock(event.deadline or 0.0), goto=decision.on_timeout,
        prompt=_short(decision.prompt)), closed)


def _reactions(scenario: Scenario, run: ScenarioRun) -> Iterator[Row]:
    """Each reaction, where on this path it can first be set off: when the post it listens
    to lands, or when a state it listens during is entered (else from the start)."""
    for reaction in scenario.reactions:
        chance = _first_chance(reaction, run)
        if chance is None:
            continue
        said = reaction.outcome.feedback or next(
            (str(i.get("text")) for i in reaction.injects if i.get("text")), reaction.id)
        yield Row(*chance, "reaction", "", _short(_reaction(reaction).format(
            reaction=reaction.id, verb="/".join(reaction.on), tag=reaction.tagged,
            action=f"{'/'.join(reaction.on)} {reaction.post or ''}", seconds=f"{reaction.after:g}",
            said=said)))


def _reaction(reaction: Reaction) -> str:
    """What sets a reaction off, and what it does, as a template (of reaction, verb, tag,
    action, seconds and said): an action on a post is one value (``like p_joke``: the verb
    and the post, which nothing else parts), or on a post with a tag."""
    if reaction.tagged and not reaction.post:
        return N_("{reaction}: if you {verb} a post tagged {tag}, answered {seconds}s later: "
                  "{said}") if reaction.after else \
            N_("{reaction}: if you {verb} a post tagged {tag}: {said}")
    return N_("{reaction}: if you {action}, answered {seconds}s later: {said}") \
        if reaction.after else N_("{reaction}: if you {action}: {said}")


def _first_chance(reaction: Reaction, run: ScenarioRun) -> tuple[float, str] | None:
    """The first moment the trainee could set it off: its post is out (if it names one)
    and the story is in a state it listens during (if it names any)."""
    state, out = "", reaction.post is None and reaction.tagged is None
    for event in run.events:
        if isinstance(event, ev.StateEntered):
            state = event.state
        elif isinstance(event, ev.PostPublished):
            out = out or event.post_id == reaction.post or (reaction.tagged in event.tags) or (
                reaction.post == LAST_POST and event.by_trainee)
        elif isinstance(event, ev.RunEnded):
            return None
        if out and state and (not reaction.during or state in reaction.during):
            return event.t, state
    return None


def _with_overlaps(rows: list[Row]) -> Iterator[Row]:
    """Each row that lands, with the spans (bursts, decisions' time limits) running meanwhile."""
    spans = [r for r in rows if r.until is not None and r.until > r.at and r.lands]
    for row in rows:
        if not row.lands:
            yield row
            continue
        during = tuple(N_("{kind} of {state} {time}–{until}").format(
            kind=s.kind, state=s.state, time=clock(s.at), until=clock(s.until))
            for s in spans if s is not row and s.until is not None and _meet(row, s.at, s.until))
        yield replace(row, during=during)


def _meet(row: Row, start: float, stop: float) -> bool:
    if row.until is None:
        return start <= row.at < stop
    return start < row.until and row.at < stop


def _short(text: str, most: int = 140) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= most else flat[: most - 1].rstrip() + "…"


def as_table(found: Timeline, say: Callable[[str], str] = str) -> str:
    """The events list as plain text: one line a row, what runs meanwhile beneath it; each
    heading, kind, who and text said with ``say`` (``sm_sim.i18n.said`` in a language: the
    English as it is, by default)."""
    headings = [say(h) for h in HEADINGS]
    cells = [_cells(r, say) for r in found.rows]
    widths = [max([len(h), *(len(c) for c in column)]) for h, *column in zip(
        headings, *cells, strict=True)]
    lines = ["  ".join(h.ljust(w) for h, w in zip(headings, widths, strict=True)) + "  "
             + say(N_("what"))]
    never = say(N_("[never lands: the run has ended]")) + " "
    for row, row_cells in zip(found.rows, cells, strict=True):
        lines.append("  ".join(c.ljust(w) for c, w in zip(row_cells, widths, strict=True))
                     + "  " + ("" if row.lands else never) + say(row.text))
        lines += [" " * (widths[0] + 2) + say(N_("meanwhile: {span}").format(span=d))
                  for d in row.during]
    return "\n".join(lines)


def _cells(row: Row, say: Callable[[str], str] = str) -> tuple[str, str, str, str]:
    when = clock(row.at) + (f"–{clock(row.until)}" if row.until is not None else "")
    return when, row.state, say(row.kind), say(row.who)
