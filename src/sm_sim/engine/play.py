"""Headless playthroughs: scripted choices or an automatic player (best, worst, random)."""

from __future__ import annotations

import math
import random
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from ..i18n import N_
from ..scenario.model import FREE_VERBS, PERSON_VERBS, Decision, Scenario
from . import events as ev
from .run import ActionError, ScenarioRun
from .timing import AS_WRITTEN, TimeLimits


@dataclass(frozen=True)
class Choice:
    option: str | None  # None: let the time limit run out
    text: str | None = None
    confidence: str | None = None


Chooser = Callable[[ScenarioRun, Decision], Choice]
LAST = math.inf  # a player who answers each decision at the last moment of its time limit


@dataclass(frozen=True)
class FreeStep:
    """A free action at a simulated time: ``@01:30 like:p_joke`` in a --choose script."""

    at: float
    verb: str
    target: str | None = None  # a post id, or a persona id for dm and follow
    text: str | None = None


class ScriptError(ValueError):
    """A --choose script does not fit the scenario."""


def parse_script(text: str) -> list[str]:
    """Split ``2,1,free:"a, b",wait`` on commas outside quotes."""
    tokens, current, quoted = [], "", False
    for char in text:
        if char == '"':
            quoted = not quoted
        elif char == "," and not quoted:
            tokens.append(current.strip())
            current = ""
            continue
        current += char
    if quoted:
        raise ScriptError(N_("a quote in --choose is not closed"))
    if current.strip():
        tokens.append(current.strip())
    return tokens


_FREE = re.compile(r'^@(\d+):(\d{2})\s+([a-z]+)(?::([a-z0-9_]+))?(?::"(.*)")?$', re.DOTALL)


def free_step(token: str) -> FreeStep:
    """``@MM:SS verb[:target][:"text"]``: ``@01:30 like:p_joke``, ``@02:00 reply:p_troll:"…"``,
    ``@03:10 dm:amira:"…"``, ``@00:40 post:"…"`` (a post has no target)."""
    match = _FREE.match(token.strip())
    if match is None:
        raise ScriptError(N_("'{token}' is not a free action: write @MM:SS verb:target or "
                             '@MM:SS verb:target:"text" (for example @01:30 like:p_joke)').format(
                                 token=token))
    minutes, seconds, verb, target, text = match.groups()
    if verb not in FREE_VERBS:
        raise ScriptError(N_("'{verb}' is not a free action ({verbs})").format(
            verb=verb, verbs=", ".join(FREE_VERBS)))
    return FreeStep(int(minutes) * 60 + int(seconds), verb, target, text)


def read_script(text: str) -> tuple[list[str], list[FreeStep]]:
    """A --choose script: answers to the decisions in order, and free actions at their times."""
    tokens = parse_script(text)
    steps = [free_step(t) for t in tokens if t.startswith("@")]
    return [t for t in tokens if not t.startswith("@")], sorted(steps, key=lambda s: s.at)


def chooser_for(choose: str | None, auto: str | None, seed: int) -> tuple[Chooser, list[FreeStep]]:
    """What the CLI's --choose and --auto ask for: scripted answers (then the automatic
    player, if asked), and the script's free actions."""
    fallback = automatic(auto, seed) if auto else None
    if choose is None:
        return fallback or automatic("best", seed), []
    answers, steps = read_script(choose)
    return scripted(answers, fallback), steps


def scripted(tokens: list[str], then: Chooser | None = None) -> Chooser:
    """Each token answers one decision: an option number (1-based) or id, ``free:"text"``
    (the decision's free-text option), or ``wait`` (let the time limit run out).
    A token may end with ``@low``/``@medium``/``@high`` for confidence."""
    queue = list(tokens)

    def choose(run: ScenarioRun, decision: Decision) -> Choice:
        if not queue:
            if then is None:
                raise ScriptError(N_("--choose ran out of choices at decision '{decision}'").format(
                    decision=decision.id))
            return then(run, decision)
        return _token(queue.pop(0), decision, run.time_limits.limit(decision.time_limit) is not None)
    return choose


def _token(token: str, decision: Decision, timed: bool = True) -> Choice:
    confidence = None
    for level in ("low", "medium", "high"):
        if token.endswith(f"@{level}"):
            token, confidence = token[: -len(level) - 1], level
    if token == "wait":
        if decision.time_limit is None:
            raise ScriptError(N_("decision '{decision}' has no time limit to wait out").format(
                decision=decision.id))
        if not timed:
            raise ScriptError(N_("decision '{decision}' cannot time out: time limits are off").format(
                decision=decision.id))
        return Choice(None)
    if token.startswith("free:"):
        text = token[5:].strip().strip('"')
        free = [o for o in decision.options if o.free_text]
        if not free:
            raise ScriptError(N_("decision '{decision}' has no free-text option").format(
                decision=decision.id))
        return Choice(free[0].id, text, confidence)
    if token.isdigit() and 1 <= int(token) <= len(decision.options):
        option = decision.options[int(token) - 1]
    elif any(o.id == token for o in decision.options):
        option = decision.option(token)
    else:
        raise ScriptError(N_("'{token}' is not an option of decision '{decision}' "
                             "(1-{count} or {ids})").format(
            token=token, decision=decision.id, count=len(decision.options),
            ids=", ".join(o.id for o in decision.options)))
    if option.free_text:
        text = option.exemplar or (option.samples[0] if option.samples else "")
        return Choice(option.id, text, confidence)
    return Choice(option.id, None, confidence)


def automatic(mode: str, seed: int) -> Chooser:
    """``best``/``worst`` take the option worth most/least points now; ``random`` any option."""
    rng = random.Random(f"{seed}:player")

    def choose(run: ScenarioRun, decision: Decision) -> Choice:
        found = candidates(decision)
        if mode == "random":
            option, text = rng.choice(found)
            return Choice(option, text, rng.choice(("low", "medium", "high")))
        values = [sum(run.preview(o, t).points.values()) for o, t in found]
        pick = values.index(max(values) if mode == "best" else min(values))
        option, text = found[pick]
        return Choice(option, text, "high" if mode == "best" else "medium")
    return choose


def candidates(decision: Decision) -> list[tuple[str, str | None]]:
    """Every answer an automatic player may give: each option, a free-text one with each of
    its written texts (its exemplar and samples)."""
    found: list[tuple[str, str | None]] = []
    for option in decision.options:
        if option.free_text:
            texts = [t for t in (option.exemplar, *option.samples) if t]
            found += [(option.id, t) for t in texts]
        else:
            found.append((option.id, None))
    return found


def play(scenario: Scenario, chooser: Chooser, seed: int | None = None,
         run: ScenarioRun | None = None, free: list[FreeStep] | None = None,
         time_limits: TimeLimits = AS_WRITTEN, think: float = 0.0,
         between: Callable[[ScenarioRun], None] | None = None) -> ScenarioRun:
    """Play to an ending, jumping simulated time from one due event to the next; each free
    action is done at its time (or at once, if the run is already past it). ``time_limits``
    is for a new run (``run`` brings its own). ``think``: seconds the player takes over each
    decision before answering (``LAST``: until a second before its time limit runs out).
    ``between`` is called before each step (a classroom laptop follows its trainer there)."""
    run = run or ScenarioRun(scenario, seed, time_limits)
    steps = sorted(free or [], key=lambda s: s.at)
    if not run.events:
        run.start()
    while not run.ended:
        if between is not None:
            between(run)
            if run.ended:
                break
        if steps and steps[0].at <= run.now:
            _do(run, steps.pop(0))
            continue
        waiting = None
        decision, opened = run.open_decision, run.state.open_decision
        if decision is not None and opened is not None:
            ready = _answer_time(opened, think)
            if run.now >= ready:
                choice = chooser(run, decision)
                if choice.option is not None:
                    run.act(choice.option, choice.text, choice.confidence)
                    continue
            waiting = opened.deadline if run.now >= ready else ready  # None: let it run out
        due = waiting if waiting is not None else run.next_due()
        if steps and (due is None or steps[0].at < due):
            run.advance(steps[0].at)
            continue
        if due is None:
            raise ActionError(N_("the run is stuck in state '{state}' with nothing scheduled").format(
                state=run.current))
        run.advance(due)
    return run


def _answer_time(opened: ev.DecisionOpened, think: float) -> float:
    """When to answer: ``think`` seconds in, or a second before the time limit runs out (a
    decision with none waits ``think`` seconds too, unless that is for ever: then none)."""
    if opened.deadline is None:
        return opened.t + (think if math.isfinite(think) else 0.0)
    return max(opened.t, min(opened.t + think, opened.deadline - 1.0))


def _do(run: ScenarioRun, step: FreeStep) -> None:
    person = step.verb in PERSON_VERBS
    post = None if person else run.resolve_post(step.target)
    try:
        run.do(step.verb, post, step.text, step.target if person else None)
    except ActionError as err:
        raise ScriptError(f"@{step.at // 60:02.0f}:{step.at % 60:02.0f} {step.verb}: {err}") from None




def retake(run: ScenarioRun, actions: Iterable[ev.Input]) -> None:
    """Do a started run's recorded actions again, each at its time, and deliver the trainer's
    messages again (``ev.from_trainer``). The engine is deterministic, so the same scenario,
    seed and inputs give the same events; an action that no longer fits raises ``ActionError``."""
    for action in actions:
        if isinstance(action, ev.InternalMessageReceived):
            if action.t > run.now:  # at the same moment: before what is due then, as it was
                run.advance(action.t)
            run.deliver(action.message_id.removeprefix(f"{ev.TRAINER_CHANNEL}-"), action.name,
                        action.subject, action.text)
            continue
        run.advance(action.t)
        if isinstance(action, ev.FreeAction):
            if run.do(action.action, action.post_id, action.text, action.to_id):
                raise ActionError(N_("at {seconds}s the recorded {action} answers a decision now, "
                                     "not the feed").format(seconds=f"{action.t:g}", action=action.action))
            continue
        if action.timed_out:
            continue  # advancing to the deadline re-created it
        if run.open_decision is None or run.open_decision.id != action.decision:
            raise ActionError(N_("at {seconds}s the recorded action on '{decision}' has no open "
                                 "decision to answer").format(seconds=f"{action.t:g}",
                                                              decision=action.decision))
        run.act(action.option, action.text, action.confidence)
