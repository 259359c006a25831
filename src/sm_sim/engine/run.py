"""ScenarioRun: a façade over a ``transitions`` state machine, a scheduler and the event log.

The machine only holds the current state and the allowed moves (no auto
transitions, queued, never ``set_state``); its ``on_enter`` callbacks schedule the
state's injects. Everything that happens is emitted as an event, folded into
``RunState`` and handed to subscribers — the app's bridge, the journal, tests. What the
injects, crowds and effects produce is ``World``'s job (world.py).
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import partial

from transitions import Machine

from ..i18n import N_
from ..scenario.model import (
    ACTED_ON,
    FREE_VERBS,
    PERSON_VERBS,
    WRITING_VERBS,
    Decision,
    Option,
    Outcome,
    Reaction,
    Scenario,
)
from ..scoring.judge import Judgement, judge
from . import events as ev
from .clock import Scheduler
from .fill import fill
from .state import RunState
from .timing import AS_WRITTEN, TimeLimits
from .world import World

Listener = Callable[[ev.Event], None]
CONFIDENCE = ("low", "medium", "high")
MAX_POST = 280  # characters, as on the real network
MAX_MESSAGE = 2000
# Why a free action cannot be done, for the trainee (the app says these in its language)
OWN_POST = {"mute": N_("you cannot mute your own post"), "block": N_("you cannot block your own post"),
            "report": N_("you cannot report your own post")}
ALREADY = {"like": N_("you have already liked this post"),
           "repost": N_("you have already reposted this post"),
           "report": N_("you have already reported this post"),
           "bookmark": N_("you have already bookmarked this post"),
           "mute": N_("you have already muted this account"),
           "block": N_("you have already blocked this account")}


class ActionError(ValueError):
    """The caller asked for something the run cannot do now (a programming or input error)."""


@dataclass(frozen=True)
class Preview:
    outcome: Outcome
    branch: int
    points: dict[str, int]
    judgement: Judgement | None


class ScenarioRun:
    def __init__(self, scenario: Scenario, seed: int | None = None,
                 time_limits: TimeLimits = AS_WRITTEN) -> None:
        self.scenario = scenario
        self.seed = scenario.seed if seed is None else seed
        self.time_limits = time_limits  # every decision's time limit as the trainee needs it
        self.clock = Scheduler()
        self.events: list[ev.Event] = []
        self.state = RunState(variables=dict(scenario.variables), followers=scenario.account.followers)
        self._listeners: list[Listener] = []
        self._visits: dict[str, int] = {}
        self._timeout_group = ""
        self._state_group = ""  # the current state's pending decision or next step
        self._entries = 0
        self._fired: dict[str, int] = {}  # reaction id -> times it has been set off
        self.world = World(scenario, self.seed, self.clock, self.state, self._emit)
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
                                 self.scenario.title, self.time_limits.recorded()))
        self._machine.dispatch("begin")

    def advance(self, to: float) -> None:
        """Let simulated time run to ``to``: injects arrive, time limits expire."""
        if not math.isfinite(to):  # inf would stamp events with it; NaN would run everything
            raise ActionError(f"time must be a finite number of seconds, not {to}")
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
            number = decision.options.index(option) + 1  # as --choose numbers it
            raise ActionError(N_("option {number} ('{option}') of decision '{decision}' needs a "
                                 "written reply (with --choose: free:\"your words\")").format(
                number=number, option=option_id, decision=decision.id))
        if confidence is not None and confidence not in CONFIDENCE:
            raise ActionError(f"confidence must be one of {', '.join(CONFIDENCE)}")
        self._take(decision, option, text if option.free_text else option.text, confidence, False)

    def do(self, verb: str, post_id: str | None = None, text: str | None = None,
           to: str | None = None, confidence: str | None = None) -> bool:
        """The trainee acts on the feed: ``verb`` on ``post_id`` (a post's id in this run),
        or to the persona ``to`` (dm, follow), with ``text`` when it writes. If the open
        decision has an option doing just that, this answers it and returns True; otherwise
        it is a free action, which the scenario's reactions may answer, and returns False."""
        if self.ended:
            raise ActionError(N_("the run has ended"))
        self._check_free(verb, post_id, text, to)
        option = self.answering(verb, post_id, to)
        if option is not None:
            self.act(option.id, text, confidence)
            return True
        judgement = judge(text, None) if text else None
        self._emit(ev.FreeAction(self.now, verb, post_id, to, text,  # type: ignore[arg-type]
                                 judgement.flags if judgement else (),
                                 judgement.explained(text or "") if judgement else ()))
        self._perform_free(verb, post_id, text, to)
        self._hear(verb, post_id, to, set(judgement.flags) if judgement else set())
        return False

    def deliver(self, message_id: str, sender: str, subject: str, text: str) -> bool:
        """A message from the trainer running the room arrives in the work inbox now (a
        classroom inject). It is an input, like an action: a replay delivers it again at the
        same time. False if the run has ended or the message was delivered before."""
        if self.ended or any(isinstance(e, ev.InternalMessageReceived)
                             and e.message_id == f"{ev.TRAINER_CHANNEL}-{message_id}"
                             for e in self.state.inbox):
            return False
        self._emit(ev.InternalMessageReceived(
            self.now, f"{ev.TRAINER_CHANNEL}-{message_id}", ev.TRAINER_CHANNEL, sender, "Trainer",
            subject, text, "normal", ev.TRAINER_CHANNEL))
        return True

    def resolve_post(self, key: str | None) -> str | None:
        """The id in this run of a post the scenario names (its id, a revisit, or last_post)."""
        return self.world.resolve_post(key)

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
        edges: list[dict[str, str | list[str]]] = [
            {"trigger": "begin", "source": "_lobby", "dest": self.scenario.start}]
        for state in self.scenario.states.values():
            edges += [{"trigger": f"go_{dest}", "source": state.id, "dest": dest}
                      for dest in state.targets()]
        # A reaction may move the story on from wherever it is.
        edges += [{"trigger": f"react_{dest}", "source": list(self.scenario.states), "dest": dest}
                  for dest in dict.fromkeys(r.outcome.goto for r in self.scenario.reactions)
                  if dest]
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
        self._entries += 1
        self._state_group = f"state{self._entries}"
        self._emit(ev.StateEntered(self.now, name, state.title))
        start = self.now
        for inject in state.injects:
            self.clock.at(start + inject.at, partial(self.world.inject, inject, visit))
        for index, crowd in enumerate(state.crowds):
            self.clock.at(start + crowd.at, partial(self.world.crowd, name, index, crowd, visit))
        if state.decision:
            self.clock.at(start + state.decision.at, partial(self._open, state.decision),
                          self._state_group)
        elif state.next:
            self.clock.at(start + state.next.after, partial(self._auto, name), self._state_group)

    # -- decisions ----------------------------------------------------------------------------
    def _open(self, decision: Decision) -> None:
        limit = self.time_limits.limit(decision.time_limit)
        deadline = self.now + limit if limit else None
        self._emit(ev.DecisionOpened(self.now, decision.id,
                                     fill(decision.prompt, self.scenario, self.state) or "",
                                     tuple(o.id for o in decision.options), deadline))
        if decision.time_limit and decision.on_timeout:
            # The id is taken even when time limits are off, so the run's other ids (the
            # trainee's posts, messages) are those it has with the time limits as written.
            self._timeout_group = self.world.next_id("timeout")
            if deadline is not None:
                timeout = self._option(decision, decision.on_timeout)
                self.clock.at(deadline, partial(self._take, decision, timeout, timeout.text, None,
                                                True), self._timeout_group)

    def _option(self, decision: Decision, option_id: str) -> Option:
        try:
            return decision.option(option_id)
        except KeyError:
            known = ", ".join(o.id for o in decision.options)
            raise ActionError(N_("'{option}' is not an option here (options: {known})").format(
                option=option_id, known=known)) from None

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
                                      dict(judgement.points), judgement.explained(text or ""),
                                      judgement.language))
        if not timed_out:
            self._perform(decision, option, text)
        preview = self._resolve(option, judgement)
        outcome = preview.outcome
        self._emit(ev.DecisionClosed(self.now, decision.id, option.id, outcome.goto, preview.points,
                                     outcome.guidance, outcome.feedback, preview.branch, timed_out))
        self.world.apply_effects(outcome.effects)
        self._go(outcome.goto)

    def _resolve(self, option: Option, judgement: Judgement | None) -> Preview:
        flags = set(judgement.flags) if judgement else set()
        passed = judgement.rubric_passed if judgement else None
        index, outcome = option.branch_for(self.state.variables, flags, passed)
        if judgement is not None and not judgement.judged:  # the story goes on as written;
            return Preview(outcome, index, {}, judgement)  # the points wait for a trainer
        points = dict(outcome.points)
        for name, value in (judgement.points if judgement else {}).items():
            points[name] = points.get(name, 0) + value
        return Preview(outcome, index, points, judgement)

    def _perform(self, decision: Decision, option: Option, text: str | None) -> None:
        action = option.action
        if action in ("reply", "quote", "post") and text:
            self.world.publish_trainee_post(action, text, self.resolve_post(option.target))
        elif action == "dm" and text and option.to:
            person = self.scenario.personas[option.to]
            self._emit(ev.MessageSent(self.now, self.world.next_id("m"), person.id, person.handle,
                                      person.name, text))
        elif action in ("like", "repost", "delete", "report"):
            self._emit(ev.PostActedOn(self.now, self.resolve_post(option.target) or "", action))
        elif action == "escalate":
            chosen = self.scenario.personas.get(option.to or "")
            self._emit(ev.Escalated(self.now, decision.id, chosen.id if chosen else "supervisor",
                                    chosen.name if chosen else "your supervisor"))

    # -- free actions and reactions ------------------------------------------------------------
    def _check_free(self, verb: str, post_id: str | None, text: str | None, to: str | None) -> None:
        if verb not in FREE_VERBS:
            raise ActionError(N_("'{verb}' is not something a trainee can do ({verbs})").format(
                verb=verb, verbs=", ".join(FREE_VERBS)))
        writes = verb in WRITING_VERBS
        if writes and not (text and text.strip()):
            raise ActionError(N_("'{verb}' needs some text").format(verb=verb))
        if not writes and text:
            raise ActionError(N_("'{verb}' takes no text").format(verb=verb))
        if text and len(text) > (MAX_MESSAGE if verb == "dm" else MAX_POST):
            raise ActionError(N_("that is {count} characters: the limit is {limit}").format(
                count=len(text), limit=MAX_MESSAGE if verb == "dm" else MAX_POST))
        if verb in PERSON_VERBS:
            if to not in self.scenario.personas:
                raise ActionError(N_("'{verb}' needs someone in the scenario (not '{to}')").format(
                    verb=verb, to=to))
            if verb == "follow" and to in self.state.following:
                raise ActionError(N_("you already follow {handle}").format(
                    handle=self.scenario.personas[to].handle))
            return
        if verb == "post":
            return
        post = self.state.posts.get(post_id or "")
        if post is None:
            raise ActionError(N_("there is no post '{post}' to {verb}").format(post=post_id, verb=verb))
        if post.deleted:
            raise ActionError(N_("that post has been deleted"))
        if verb == "delete" and not post.by_trainee:
            raise ActionError(N_("you can delete only your own posts"))
        if verb in ("mute", "block", "report") and post.by_trainee:
            raise ActionError(OWN_POST[verb])
        done = {"like": post.liked, "repost": post.reposted, "report": post.reported,
                "bookmark": post.bookmarked, "mute": post.published.handle in self.state.muted,
                "block": post.published.handle in self.state.blocked}
        if done.get(verb):
            raise ActionError(ALREADY[verb])

    def answering(self, verb: str, post_id: str | None, to: str | None = None) -> Option | None:
        """The open decision's option that does just this, if there is one (a written reply
        answers only an option that asks for the trainee's own words)."""
        decision = self.open_decision
        for option in decision.options if decision else ():
            if option.action != verb or (verb in WRITING_VERBS and not option.free_text):
                continue
            if verb in PERSON_VERBS:
                if option.to == to:
                    return option
            elif verb == "post" or self.resolve_post(option.target) == post_id:
                return option
        return None

    def _perform_free(self, verb: str, post_id: str | None, text: str | None, to: str | None) -> None:
        if verb in ("reply", "quote", "post") and text:
            self.world.publish_trainee_post(verb, text, post_id)
        elif verb == "dm" and text and to:
            person = self.scenario.personas[to]
            self._emit(ev.MessageSent(self.now, self.world.next_id("m"), person.id, person.handle,
                                      person.name, text))
        elif verb != "follow" and post_id:
            self._emit(ev.PostActedOn(self.now, post_id, verb))  # type: ignore[arg-type]

    def _hear(self, verb: str, post_id: str | None, to: str | None, flags: set[str]) -> None:
        """Set off every reaction listening for what the trainee just did."""
        post = self.state.posts.get(post_id or "")
        names = self.world.names_of(post_id) if post_id else set()
        tags = post.published.tags if post else ()
        for reaction in self.scenario.reactions:
            if self._fired.get(reaction.id) and not reaction.repeat:
                continue
            if not reaction.listens(verb, self.current, names, tags, to):
                continue
            when = reaction.outcome.when
            if when is not None and not when.holds(self.state.variables, flags, None):
                continue
            nth = self._fired[reaction.id] = self._fired.get(reaction.id, 0) + 1
            fire = partial(self._fire, reaction, verb, post_id, self.now, nth)
            if reaction.after:
                self.clock.at(self.now + reaction.after, fire)
            else:
                fire()

    def _fire(self, reaction: Reaction, verb: str, post_id: str | None, acted_at: float,
              nth: int) -> None:
        if self.ended:
            return
        outcome = reaction.outcome
        self._emit(ev.ReactionFired(self.now, reaction.id, verb, post_id, acted_at,
                                    dict(outcome.points), outcome.guidance, outcome.feedback))
        self.world.apply_effects(outcome.effects)
        start = self.now
        for inject in reaction.injects:
            if post_id and ACTED_ON in (inject.get("reply_to"), inject.get("quote_of")):
                inject = replace(inject, data={k: post_id if v == ACTED_ON else v
                                               for k, v in inject.data.items()})
            self.clock.at(start + inject.at, partial(self.world.inject, inject, nth))
        if outcome.goto:
            self._move(outcome.goto)

    def _move(self, dest: str) -> None:
        """Leave the current state for ``dest`` at once: its decision, if open, goes unasked."""
        self.clock.cancel(self._state_group)
        opened = self.state.open_decision
        if opened is not None:
            if self._timeout_group:
                self.clock.cancel(self._timeout_group)
                self._timeout_group = ""
            self._emit(ev.DecisionSkipped(self.now, opened.decision))
        self._machine.dispatch(f"react_{dest}")

    def _auto(self, name: str) -> None:
        step = self.scenario.states[name].next
        if step is None:
            return
        outcome = next((b for b in step.branches
                        if b.when and b.when.holds(self.state.variables, set(), None)), step.outcome)
        self.world.apply_effects(outcome.effects)
        self._go(outcome.goto)

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
