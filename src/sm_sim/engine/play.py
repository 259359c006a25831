"""Headless playthroughs: scripted choices or an automatic player (best, worst, random)."""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass

from ..scenario.model import Decision, Scenario
from .run import ActionError, ScenarioRun


@dataclass(frozen=True)
class Choice:
    option: str | None  # None: let the time limit run out
    text: str | None = None
    confidence: str | None = None


Chooser = Callable[[ScenarioRun, Decision], Choice]


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
        raise ScriptError("a quote in --choose is not closed")
    if current.strip():
        tokens.append(current.strip())
    return tokens


def scripted(tokens: list[str], then: Chooser | None = None) -> Chooser:
    """Each token answers one decision: an option number (1-based) or id, ``free:"text"``
    (the decision's free-text option), or ``wait`` (let the time limit run out).
    A token may end with ``@low``/``@medium``/``@high`` for confidence."""
    queue = list(tokens)

    def choose(run: ScenarioRun, decision: Decision) -> Choice:
        if not queue:
            if then is None:
                raise ScriptError(f"--choose ran out of choices at decision '{decision.id}'")
            return then(run, decision)
        return _token(queue.pop(0), decision)
    return choose


def _token(token: str, decision: Decision) -> Choice:
    confidence = None
    for level in ("low", "medium", "high"):
        if token.endswith(f"@{level}"):
            token, confidence = token[: -len(level) - 1], level
    if token == "wait":
        if decision.time_limit is None:
            raise ScriptError(f"decision '{decision.id}' has no time limit to wait out")
        return Choice(None)
    if token.startswith("free:"):
        text = token[5:].strip().strip('"')
        free = [o for o in decision.options if o.free_text]
        if not free:
            raise ScriptError(f"decision '{decision.id}' has no free-text option")
        return Choice(free[0].id, text, confidence)
    if token.isdigit() and 1 <= int(token) <= len(decision.options):
        option = decision.options[int(token) - 1]
    elif any(o.id == token for o in decision.options):
        option = decision.option(token)
    else:
        raise ScriptError(f"'{token}' is not an option of decision '{decision.id}' "
                          f"(1-{len(decision.options)} or {', '.join(o.id for o in decision.options)})")
    if option.free_text:
        text = option.exemplar or (option.samples[0] if option.samples else "")
        return Choice(option.id, text, confidence)
    return Choice(option.id, None, confidence)


def automatic(mode: str, seed: int) -> Chooser:
    """``best``/``worst`` take the option worth most/least points now; ``random`` any option."""
    rng = random.Random(f"{seed}:player")

    def choose(run: ScenarioRun, decision: Decision) -> Choice:
        candidates = _candidates(decision)
        if mode == "random":
            option, text = rng.choice(candidates)
            return Choice(option, text, rng.choice(("low", "medium", "high")))
        values = [sum(run.preview(o, t).points.values()) for o, t in candidates]
        pick = values.index(max(values) if mode == "best" else min(values))
        option, text = candidates[pick]
        return Choice(option, text, "high" if mode == "best" else "medium")
    return choose


def _candidates(decision: Decision) -> list[tuple[str, str | None]]:
    found: list[tuple[str, str | None]] = []
    for option in decision.options:
        if option.free_text:
            texts = [t for t in (option.exemplar, *option.samples) if t]
            found += [(option.id, t) for t in texts]
        else:
            found.append((option.id, None))
    return found


def play(scenario: Scenario, chooser: Chooser, seed: int | None = None,
         run: ScenarioRun | None = None) -> ScenarioRun:
    """Play to an ending, jumping simulated time from one due event to the next."""
    run = run or ScenarioRun(scenario, seed)
    if not run.events:
        run.start()
    while not run.ended:
        decision = run.open_decision
        if decision is not None:
            choice = chooser(run, decision)
            if choice.option is not None:
                run.act(choice.option, choice.text, choice.confidence)
                continue
            opened = run.state.open_decision
            if opened is not None and opened.deadline is not None:
                run.advance(opened.deadline)  # let the time limit run out
                continue
        due = run.next_due()
        if due is None:
            raise ActionError(f"the run is stuck in state '{run.current}' with nothing scheduled")
        run.advance(due)
    return run
