"""ScenarioRun: a façade over a ``transitions`` state machine, a scheduler and the event log.

The machine only holds the current state and the allowed moves (no auto
transitions, queued, never ``set_state``); its ``on_enter`` callbacks schedule the
state's injects. Everything that happens is emitted as an event, folded into
``RunState`` and handed to subscribers — the app's bridge, the journal, tests.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import partial
from typing import Any

from transitions import Machine

from ..scenario.checks import LAST_POST
from ..scenario.model import (
    BUILTIN_VARIABLES,
    TRAINEE,
    Decision,
    Growth,
    Inject,
    Option,
    Outcome,
    Scenario,
)
from ..scoring.judge import Judgement, judge
from . import events as ev
from .clock import Scheduler
from .crowd import generate
from .state import RunState

Listener = Callable[[ev.Event], None]
CONFIDENCE = ("low", "medium", "high")


class ActionError(ValueError):
    """The caller asked for something the run cannot do now (a programming or input error)."""


@dataclass(frozen=True)
class Preview:
    outcome: Outcome
    branch: int
    points: dict[str, int]
    judgement: Judgement | None


class ScenarioRun:
    def __init__(self, scenario: Scenario, seed: int | None = None) -> None:
        self.scenario = scenario
        self.seed = scenario.seed if seed is None else seed
        self.clock = Scheduler()
        self.events: list[ev.Event] = []
        self.state = RunState(variables=dict(scenario.variables), followers=scenario.account.followers)
        self._listeners: list[Listener] = []
        self._visits: dict[str, int] = {}
        self._posts: dict[str, str] = {}  # scenario post id -> id in this run
        self._counter = 0
        self._timeout_group = ""
        self._model = _Model()
        self._machine = self._build_machine()

    # -- public API -------------------------------------------------------------------------
    def subscribe(self, listener: Listener) -> None:
        self._listeners.append(listener)

    @property
    def now(self) -> float:
        return self.clock.now

    @property
    def ended(self) -> bool:
        return self.state.ended is not None

    @property
    def current(self) -> str:
        return str(self._model.state)

    @property
    def open_decision(self) -> Decision | None:
        opened = self.state.open_decision
        return self.scenario.states[opened.decision].decision if opened else None

    def start(self) -> None:
        if self.events:
            raise ActionError("the run has already started")
        self._emit(ev.RunStarted(0.0, self.scenario.id, self.scenario.version, self.seed,
                                 self.scenario.title))
        self._machine.dispatch("begin")

    def advance(self, to: float) -> None:
        """Let simulated time run to ``to``: injects arrive, time limits expire."""
        if not self.ended:
            self.clock.advance(to)

    def next_due(self) -> float | None:
        return None if self.ended else self.clock.next_due()

    def act(self, option_id: str, text: str | None = None, confidence: str | None = None) -> None:
        """The trainee takes an option of the open decision (with free text when it asks for it)."""
        decision = self.open_decision
        if decision is None:
            raise ActionError("no decision is open")
        option = self._option(decision, option_id)
        if option.free_text and not (text and text.strip()):
            raise ActionError(f"option '{option_id}' needs a written reply")
        if confidence is not None and confidence not in CONFIDENCE:
            raise ActionError(f"confidence must be one of {', '.join(CONFIDENCE)}")
        self._take(decision, option, text if option.free_text else option.text, confidence, False)

    def resolve_post(self, key: str | None) -> str | None:
        """The id in this run of a post the scenario names (its id, a revisit, or last_post)."""
        return None if key is None else self._posts.get(key, key)

    def preview(self, option_id: str, text: str | None = None) -> Preview:
        """What an option would lead to now, without taking it (for the auto player and hints)."""
        decision = self.open_decision
        if decision is None:
            raise ActionError("no decision is open")
        option = self._option(decision, option_id)
        judgement = judge(text or "", option.rubric) if option.free_text else None
        return self._resolve(option, judgement)

    # -- machine ----------------------------------------------------------------------------
    def _build_machine(self) -> Machine:
        names = [*self.scenario.states, *self.scenario.endings]
        states = [{"name": n, "on_enter": [partial(self._entered, n)]} for n in names]
        edges = [{"trigger": "begin", "source": "_lobby", "dest": self.scenario.start}]
        for state in self.scenario.states.values():
            edges += [{"trigger": f"go_{dest}", "source": state.id, "dest": dest}
                      for dest in state.targets()]
        return Machine(model=self._model, states=[{"name": "_lobby"}, *states], transitions=edges,
                       initial="_lobby", auto_transitions=False, queued=True)

    def _go(self, dest: str) -> None:
        self._machine.dispatch(f"go_{dest}")

    def _entered(self, name: str) -> None:
        if name in self.scenario.endings:
            ending = self.scenario.endings[name]
            self.clock.clear()
            self._emit(ev.RunEnded(self.now, ending.id, ending.title, ending.backlash))
            return
        state = self.scenario.states[name]
        visit = self._visits[name] = self._visits.get(name, 0) + 1
        self._emit(ev.StateEntered(self.now, name, state.title))
        start = self.now
        for inject in state.injects:
            self.clock.at(start + inject.at, partial(self._inject, inject, visit))
        for index, crowd in enumerate(state.crowds):
            self.clock.at(start + crowd.at, partial(self._crowd, name, index, visit))
        if state.decision:
            self.clock.at(start + state.decision.at, partial(self._open, state.decision))
        elif state.next:
            self.clock.at(start + state.next.after, partial(self._auto, name))

    # -- injects ----------------------------------------------------------------------------
    def _next_id(self, prefix: str) -> str:
        self._counter += 1
        return f"{prefix}{self._counter}"

    def _inject(self, inject: Inject, visit: int) -> None:
        kind = inject.type
        if kind in ("post", "reply", "quote"):
            self._publish_inject(inject, visit)
        elif kind == "dm":
            person = self.scenario.personas[inject.get("from")]
            self._emit(ev.MessageReceived(self.now, self._next_id("m"), person.id, person.handle,
                                          person.name, inject.get("text")))
        elif kind == "internal":
            person = self.scenario.personas[inject.get("from")]
            self._emit(ev.InternalMessageReceived(
                self.now, self._next_id("w"), person.id, person.name, person.role,
                inject.get("subject"), inject.get("text"), inject.get("urgency", "normal"),
                inject.get("channel", "email")))
        elif kind == "notification":
            self._emit(ev.NotificationShown(self.now, inject.get("text")))
        elif kind == "news":
            self._emit(ev.NewsPublished(self.now, self._next_id("n"), inject.get("outlet"),
                                        inject.get("headline"), inject.get("text"), inject.get("image")))
        elif kind == "followers":
            self._change_followers(int(inject.get("change")))
        elif kind == "metric":
            self._change_variable(inject.get("var"), float(inject.get("change")))

    def _author(self, who: str) -> dict[str, Any]:
        if who == TRAINEE:
            a = self.scenario.account
            return {"author_id": TRAINEE, "handle": a.handle, "name": a.name, "role": a.kind,
                    "verified": a.kind == "official", "followers": self.state.followers,
                    "avatar": a.avatar}
        p = self.scenario.personas[who]
        return {"author_id": p.id, "handle": p.handle, "name": p.name, "role": p.role,
                "verified": p.verified, "followers": p.followers, "avatar": p.avatar}

    def _publish_inject(self, inject: Inject, visit: int) -> None:
        key = inject.get("id")
        post_id = self._next_id("p") if key is None else (key if visit == 1 else f"{key}_{visit}")
        if key is not None:
            self._posts[key] = post_id
        metrics = inject.get("metrics", {})
        self._emit(ev.PostPublished(
            self.now, post_id, inject.type, text=inject.get("text"), **self._author(inject.get("from")),
            reply_to=self.resolve_post(inject.get("reply_to")),
            quote_of=self.resolve_post(inject.get("quote_of")),
            image=inject.get("image"), likes=int(metrics.get("likes", 0)),
            reposts=int(metrics.get("reposts", 0)), replies=int(metrics.get("replies", 0)),
            views=int(metrics.get("views", 0))))
        if inject.get("from") == TRAINEE:
            self._posts[LAST_POST] = post_id
        growth = inject.get("growth")
        if growth:
            self._schedule_growth(post_id, Growth(float(growth["over"]), growth.get("likes", 0),
                                                  growth.get("reposts", 0), growth.get("replies", 0),
                                                  growth.get("views", 0)))

    def _schedule_growth(self, post_id: str, growth: Growth) -> None:
        """Counters rise fast then level off, in ticks of a few simulated seconds."""
        ticks = max(1, min(40, int(growth.over // 5)))
        done = {"likes": 0, "reposts": 0, "replies": 0, "views": 0}
        for k in range(1, ticks + 1):
            share = 1 - (1 - k / ticks) ** 2
            step = {}
            for name in done:
                target = round(getattr(growth, name) * share)
                step[name], done[name] = target - done[name], target
            self.clock.at(self.now + growth.over * k / ticks,
                          partial(self._emit, ev.MetricsChanged(0.0, post_id, **step)))

    def _crowd(self, state: str, index: int, visit: int) -> None:
        crowd = self.scenario.states[state].crowds[index]
        rng = random.Random(f"{self.seed}:{state}:{index}:{visit}")
        target = self.resolve_post(crowd.target) or crowd.target
        parent = self.state.posts.get(target)
        context = {"target_handle": parent.handle if parent else "",
                   "trainee_handle": self.scenario.account.handle,
                   "trainee_name": self.scenario.account.name}
        start = self.now
        for post in generate(crowd, rng, context):
            event = ev.PostPublished(
                0.0, "", crowd.kind, "crowd", post.handle, post.name, "public", post.text,
                verified=post.verified, followers=post.followers, likes=post.likes,
                reply_to=target if crowd.kind == "reply" else None,
                quote_of=target if crowd.kind == "quote" else None, tone=post.tone)
            self.clock.at(start + post.offset, partial(self._emit_crowd_post, event))

    def _emit_crowd_post(self, template: ev.PostPublished) -> None:
        self._emit(replace(template, post_id=self._next_id("c")))

    # -- decisions ----------------------------------------------------------------------------
    def _open(self, decision: Decision) -> None:
        deadline = self.now + decision.time_limit if decision.time_limit else None
        self._emit(ev.DecisionOpened(self.now, decision.id, decision.prompt,
                                     tuple(o.id for o in decision.options), deadline))
        if deadline is not None and decision.on_timeout:
            self._timeout_group = self._next_id("timeout")
            timeout = self._option(decision, decision.on_timeout)
            self.clock.at(deadline, partial(self._take, decision, timeout, timeout.text, None, True),
                          self._timeout_group)

    def _option(self, decision: Decision, option_id: str) -> Option:
        try:
            return decision.option(option_id)
        except KeyError:
            known = ", ".join(o.id for o in decision.options)
            raise ActionError(f"'{option_id}' is not an option here (options: {known})") from None

    def _take(self, decision: Decision, option: Option, text: str | None, confidence: str | None,
              timed_out: bool) -> None:
        if self._timeout_group:
            self.clock.cancel(self._timeout_group)
            self._timeout_group = ""
        self._emit(ev.ActionTaken(self.now, decision.id, option.id, option.action, text, confidence,
                                  timed_out))
        judgement = judge(text or "", option.rubric) if option.free_text else None
        if judgement is not None:
            self._emit(ev.ReplyJudged(self.now, decision.id, option.id, judgement.flags,
                                      round(judgement.tone, 4), judgement.rubric_score,
                                      judgement.rubric_passed, judgement.matched, judgement.missed,
                                      dict(judgement.points), judgement.explained(text or "")))
        if not timed_out:
            self._perform(decision, option, text)
        preview = self._resolve(option, judgement)
        outcome = preview.outcome
        self._emit(ev.DecisionClosed(self.now, decision.id, option.id, outcome.goto, preview.points,
                                     outcome.guidance, outcome.feedback, preview.branch, timed_out))
        self._apply_effects(outcome.effects)
        self._go(outcome.goto)

    def _resolve(self, option: Option, judgement: Judgement | None) -> Preview:
        flags = set(judgement.flags) if judgement else set()
        passed = judgement.rubric_passed if judgement else None
        index, outcome = next(((i, b) for i, b in enumerate(option.branches)
                               if b.when and b.when.holds(self.state.variables, flags, passed)),
                              (-1, option.outcome))
        points = dict(outcome.points)
        for name, value in (judgement.points if judgement else {}).items():
            points[name] = points.get(name, 0) + value
        return Preview(outcome, index, points, judgement)

    def _perform(self, decision: Decision, option: Option, text: str | None) -> None:
        action = option.action
        if action in ("reply", "quote", "post") and text:
            post_id = self._next_id("t")
            target = self.resolve_post(option.target)
            self._emit(ev.PostPublished(
                self.now, post_id, action, text=text, **self._author(TRAINEE),
                reply_to=target if action == "reply" else None,
                quote_of=target if action == "quote" else None))
            self._posts[LAST_POST] = post_id
        elif action == "dm" and text and option.to:
            person = self.scenario.personas[option.to]
            self._emit(ev.MessageSent(self.now, self._next_id("m"), person.id, person.handle,
                                      person.name, text))
        elif action in ("like", "repost", "delete", "report"):
            self._emit(ev.PostActedOn(self.now, self.resolve_post(option.target) or "", action))
        elif action == "escalate":
            chosen = self.scenario.personas.get(option.to or "")
            self._emit(ev.Escalated(self.now, decision.id, chosen.id if chosen else "supervisor",
                                    chosen.name if chosen else "your supervisor"))

    def _auto(self, name: str) -> None:
        step = self.scenario.states[name].next
        if step is None:
            return
        outcome = next((b for b in step.branches
                        if b.when and b.when.holds(self.state.variables, set(), None)), step.outcome)
        self._apply_effects(outcome.effects)
        self._go(outcome.goto)

    # -- variables --------------------------------------------------------------------------
    def _apply_effects(self, effects: dict[str, float]) -> None:
        for name, change in effects.items():
            if name == "followers":
                self._change_followers(int(change))
            else:
                self._change_variable(name, change)

    def _change_variable(self, name: str, change: float) -> None:
        old = self.state.variables.get(name, 0.0)
        new = old + change
        if name in BUILTIN_VARIABLES:  # the gauges read 0 to 100
            new = min(100.0, max(0.0, new))
        self._emit(ev.VariableChanged(self.now, name, old, new))

    def _change_followers(self, change: int) -> None:
        self._emit(ev.FollowersChanged(self.now, change, max(0, self.state.followers + change)))

    def _emit(self, event: ev.Event) -> None:
        if event.t != self.now:
            event = replace(event, t=self.now)
        self.events.append(event)
        self.state.apply(event)
        for listener in self._listeners:
            listener(event)


class _Model:
    """The object ``transitions`` drives; the machine gives it ``state`` and its triggers."""

    state: str
