"""A finished (or unfinished) run as the result object the CLI, the app and the records share."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from ..i18n import N_
from ..scenario.guidance import GuidanceLibrary
from ..scenario.model import FLAGS, ROLE_WORDS, Scenario
from ..scoring.debrief import Debrief, Reacted, Review, Taken, build_debrief
from ..scoring.language import judged as is_judged
from . import events as ev
from .events import clock_text
from .run import ScenarioRun
from .state import RunState

Caused = dict[int, tuple[str, ...]]  # what followed each decision and reaction: ``consequences``


def taken(state: RunState, caused: Caused | None = None) -> list[Taken]:
    """The closed decisions of a run, as scoring reads them, each with what it caused."""
    caused = caused or {}
    found = []
    for record in state.decisions:
        if record.closed is None or record.action is None:
            continue
        judged = record.judged
        found.append(Taken(
            decision=record.closed.decision, option=record.closed.option,
            points=dict(record.closed.points), branch=record.closed.branch,
            text=record.action.text, confidence=record.action.confidence,
            timed_out=record.action.timed_out, at=record.action.t,
            flags=judged.flags if judged else (), tone=judged.tone if judged else None,
            rubric_score=judged.rubric_score if judged else None,
            matched=judged.matched if judged else (), missed=judged.missed if judged else (),
            findings=judged.findings if judged else (),
            consequences=caused.get(id(record.closed), ()),
            language=judged.language if judged else "en",
            awaiting_review=bool(judged and not is_judged(judged.language)),
        ))
    return found


def reviewed(taken: list[Taken], events: list[ev.Event], scenario: Scenario,
             reviews: tuple[Review, ...]) -> list[Taken]:
    """The decisions as a trainer's reviews judge them: a reviewed answer's flags as ruled,
    and its points those of the branch the ruled flags choose, with the variables and the
    rubric as they were at the time. The story as played stays as it was (its branch, its
    consequences): the review changes the score, not what happened."""
    rulings = [f for r in reviews for f in r.rulings]
    if not rulings:
        return taken  # a reply awaiting review keeps waiting: its points are held at none
    context = _judged_context(events, scenario)
    found = []
    for t in taken:
        mine = [f for f in rulings if f.decision == t.decision]
        decision = scenario.states[t.decision].decision
        if not mine or t.decision not in context or decision is None:
            found.append(t)
            continue
        variables, judged = context[t.decision]
        flags = set(t.flags)
        for ruling in mine:
            if ruling.ruling == "overturned":
                flags.discard(ruling.flag)
            elif ruling.ruling == "added":
                flags.add(ruling.flag)
        _, outcome = decision.option(t.option).branch_for(variables, flags, judged.rubric_passed)
        points = dict(outcome.points)
        for name, value in judged.points.items():  # the rubric's own points stand
            points[name] = points.get(name, 0) + value
        found.append(replace(t, flags=tuple(f for f in FLAGS if f in flags), points=points,
                             awaiting_review=False))
    return found


def _judged_context(events: list[ev.Event],
                    scenario: Scenario) -> dict[str, tuple[dict[str, float], ev.ReplyJudged]]:
    """For each judged answer: the variables when its outcome was chosen, and its judgement."""
    state = RunState(variables=dict(scenario.variables))
    judged: dict[str, ev.ReplyJudged] = {}
    found = {}
    for event in events:
        if isinstance(event, ev.ReplyJudged):
            judged[event.decision] = event
        elif isinstance(event, ev.DecisionClosed) and event.decision in judged:
            found[event.decision] = (dict(state.variables), judged.pop(event.decision))
        state.apply(event)
    return found


def reacted(state: RunState, scenario: Scenario, caused: Caused | None = None) -> list[Reacted]:
    """The reactions the trainee's own actions set off, with what they did and what followed
    (for one that moved the story), as scoring reads them."""
    caused = caused or {}
    acts: dict[tuple[float, str, str | None], ev.FreeAction] = {
        (a.t, a.action, a.post_id): a for a in state.free_actions}
    found = []
    for fired in state.reactions:
        act = acts.get((fired.acted_at, fired.action, fired.post_id))
        found.append(Reacted(
            reaction=fired.reaction, action=fired.action, at=fired.acted_at, fired_at=fired.t,
            points=dict(fired.points), guidance=fired.guidance, feedback=fired.feedback,
            target=_target(state, scenario, act), text=act.text if act else None,
            findings=act.findings if act else (), consequences=caused.get(id(fired), ())))
    return found


def _target(state: RunState, scenario: Scenario, act: ev.FreeAction | None) -> str:
    if act is None:
        return ""
    if act.to_id in scenario.personas:
        return scenario.personas[act.to_id].handle
    post = state.posts.get(act.post_id or "")
    if post is not None:
        text = post.published.text
        excerpt = f"{text[:60]}{'…' if len(text) > 60 else ''}"
        if post.by_trainee:
            return N_("your own post “{excerpt}”").format(excerpt=excerpt)
        return N_("{handle}'s post “{excerpt}”").format(handle=post.published.handle, excerpt=excerpt)
    return act.to_id or ""


def consequences(events: list[ev.Event], scenario: Scenario | None = None) -> Caused:
    """For each closed decision (keyed by the id of its ``DecisionClosed``), what followed
    until the next decision opened, with its time: pile-ons, press, followers, messages.
    A reaction that moved the story on (a goto, or posts of its own) takes over from there
    (keyed by the id of its ``ReactionFired``): what followed is its doing, not the decision's."""
    moving = {r.id for r in scenario.reactions if r.outcome.goto or r.injects} if scenario else set()
    found: Caused = {}
    current: ev.DecisionClosed | ev.ReactionFired | None = None
    lines: list[tuple[float, str]] = []
    crowd: dict[str, list[float]] = {}
    followers = 0

    def close() -> None:
        if current is not None:
            timed = lines + [(times[0], _CROWD_WORDS[kind].format(count=len(times)))
                             for kind, times in crowd.items()]
            said = [N_("{time} · {event}").format(time=clock_text(t), event=text)
                    for t, text in sorted(timed, key=lambda p: p[0])]
            gained = [N_("{change} followers").format(change=f"{followers:+,}")] if followers else []
            found[id(current)] = (*said, *gained)

    for event in events:
        if isinstance(event, ev.DecisionOpened | ev.RunEnded):
            close()
            current, lines, crowd, followers = None, [], {}, 0
        elif isinstance(event, ev.DecisionClosed) or (
                isinstance(event, ev.ReactionFired) and event.reaction in moving):
            close()
            current, lines, crowd, followers = event, [], {}, 0
        elif current is None:
            continue
        elif isinstance(event, ev.PostPublished) and event.author_id == "crowd":
            crowd.setdefault(event.kind, []).append(event.t)
        elif isinstance(event, ev.NewsPublished):
            lines.append((event.t, f"{event.outlet}: {event.headline}"))
        elif isinstance(event, ev.InternalMessageReceived):
            role = ROLE_WORDS.get(event.role, event.role.replace("_", " "))
            lines.append((event.t, N_("{name} ({role}): {subject}").format(
                name=event.name, role=role, subject=event.subject)))
        elif isinstance(event, ev.FollowersChanged):
            followers += event.change
    close()
    return found


_CROWD_WORDS = {"reply": N_("{count} replies from the public"), "quote": N_("{count} quote-posts"),
                "post": N_("{count} posts")}


def debrief(run: ScenarioRun, library: GuidanceLibrary,
            reviews: tuple[Review, ...] = ()) -> Debrief | None:
    """The debrief of a finished run; with a trainer's ``reviews``, scored as they rule."""
    if run.state.ended is None:
        return None
    caused = consequences(run.events, run.scenario)
    decisions = reviewed(taken(run.state, caused), run.events, run.scenario, reviews)
    return build_debrief(run.scenario, library, decisions, run.state.ended.ending,
                         reacted(run.state, run.scenario, caused), reviews)


def result(run: ScenarioRun, library: GuidanceLibrary) -> dict[str, Any]:
    report = debrief(run, library)
    return {
        "scenario": run.scenario.id,
        "version": run.scenario.version,
        "content_hash": run.scenario.content_hash,
        "seed": run.seed,
        "ending": run.state.ended.ending if run.state.ended else None,
        "score": report.score if report else None,
        "competencies": report.competencies if report else {},
        "passed": report.passed if report else False,
        "debrief": report.to_dict() if report else None,
        "events": [e.to_dict() for e in run.events],
        # adjusted time limits ("off", "2"); as written, the key is left out, as it always was
        **({"time_limits": run.time_limits.recorded()} if run.time_limits.adjusted else {}),
    }
