"""The world around the trainee: turns a scenario's injects, crowds and effects into events.

``ScenarioRun`` decides *when* (the state machine and the scheduler); ``World`` knows
*what*: who posts, with which id, how counters grow, what a crowd says, and how
variables and followers move.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import replace
from functools import partial
from typing import Any

from ..scenario.build import growth as read_growth
from ..scenario.model import BUILTIN_VARIABLES, LAST_POST, TRAINEE, Crowd, Growth, Inject, Scenario
from . import events as ev
from .clock import Scheduler
from .crowd import generate, stream
from .fill import fill
from .state import RunState

Emit = Callable[[ev.Event], None]
CROWD_BUMPS = (0, 1, 1, 2, 2, 3)  # how many times a crowd post's counters move


class World:
    def __init__(self, scenario: Scenario, seed: int, clock: Scheduler, state: RunState,
                 emit: Emit) -> None:
        self.scenario = scenario
        self.seed = seed
        self.clock = clock
        self.state = state
        self.emit = emit
        self._posts: dict[str, str] = {}  # scenario post id -> id in this run
        self._counter = 0

    @property
    def now(self) -> float:
        return self.clock.now

    def next_id(self, prefix: str) -> str:
        self._counter += 1
        return f"{prefix}{self._counter}"

    def resolve_post(self, key: str | None) -> str | None:
        """The id in this run of a post the scenario names (its id, a revisit, or last_post)."""
        return None if key is None else self._posts.get(key, key)

    def names_of(self, post_id: str) -> set[str]:
        """Every name the scenario may use for this post now (its id, the key it revisits,
        last_post)."""
        return {post_id, *(key for key, found in self._posts.items() if found == post_id)}

    # -- injects ------------------------------------------------------------------------------
    def inject(self, inject: Inject, visit: int) -> None:
        kind = inject.type
        if kind in ("post", "reply", "quote"):
            self._publish(inject, visit)
        elif kind in ("dm", "internal"):
            self._message(inject)
        elif kind == "notification":
            self.emit(ev.NotificationShown(self.now, self.text(inject, "text")))
        elif kind == "news":
            self.emit(ev.NewsPublished(self.now, self.next_id("n"), inject.get("outlet"),
                                       self.text(inject, "headline"), self.text(inject, "text"),
                                       inject.get("image")))
        elif kind == "followers":
            self.change_followers(int(inject.get("change")))
        elif kind == "metric":
            self.change_variable(inject.get("var"), float(inject.get("change")))

    def text(self, inject: Inject, key: str) -> Any:
        """An inject's text with its names in braces filled in as they are now."""
        return fill(inject.get(key), self.scenario, self.state)

    def _message(self, inject: Inject) -> None:
        person = self.scenario.personas[inject.get("from")]
        if inject.type == "dm":
            self.emit(ev.MessageReceived(self.now, self.next_id("m"), person.id, person.handle,
                                         person.name, self.text(inject, "text")))
            return
        self.emit(ev.InternalMessageReceived(
            self.now, self.next_id("w"), person.id, person.name, person.role,
            self.text(inject, "subject"), self.text(inject, "text"), inject.get("urgency", "normal"),
            inject.get("channel", "email")))

    def author(self, who: str) -> dict[str, Any]:
        if who == TRAINEE:
            a = self.scenario.account
            return {"author_id": TRAINEE, "handle": a.handle, "name": a.name, "role": a.kind,
                    "verified": a.kind == "official", "followers": self.state.followers,
                    "avatar": a.avatar}
        p = self.scenario.personas[who]
        return {"author_id": p.id, "handle": p.handle, "name": p.name, "role": p.role,
                "verified": p.verified, "followers": p.followers, "avatar": p.avatar}

    def _publish(self, inject: Inject, visit: int) -> None:
        key = inject.get("id")
        post_id = self.next_id("p") if key is None else (key if visit == 1 else f"{key}_{visit}")
        if key is not None:
            self._posts[key] = post_id
        metrics = inject.get("metrics", {})
        self.emit(ev.PostPublished(
            self.now, post_id, inject.type, text=self.text(inject, "text"),
            **self.author(inject.get("from")),
            reply_to=self.resolve_post(inject.get("reply_to")),
            quote_of=self.resolve_post(inject.get("quote_of")),
            image=inject.get("image"), tags=tuple(inject.get("tags", ())),
            likes=int(metrics.get("likes", 0)),
            reposts=int(metrics.get("reposts", 0)), replies=int(metrics.get("replies", 0)),
            views=int(metrics.get("views", 0))))
        if inject.get("from") == TRAINEE:
            self._posts[LAST_POST] = post_id
        grows = read_growth(inject.get("growth"))
        if grows is not None:
            self._schedule_growth(post_id, grows)

    def publish_trainee_post(self, kind: str, text: str, parent: str | None) -> None:
        """The trainee's own post, reply to or quote of ``parent`` (an id in this run)."""
        post_id = self.next_id("t")
        self.emit(ev.PostPublished(
            self.now, post_id, kind, text=text, **self.author(TRAINEE),
            reply_to=parent if kind == "reply" else None,
            quote_of=parent if kind == "quote" else None))
        self._posts[LAST_POST] = post_id

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
                          partial(self.emit, ev.MetricsChanged(0.0, post_id, **step)))

    # -- crowds -------------------------------------------------------------------------------
    def crowd(self, state: str, index: int, crowd: Crowd, visit: int) -> None:
        """Schedule a crowd's posts, drawn from its own seeded stream."""
        rng = stream(self.seed, state, index, visit)
        target = self.resolve_post(crowd.target) or crowd.target
        parent = self.state.posts.get(target)
        context = {"target_handle": parent.published.handle if parent else "",
                   "trainee_handle": self.scenario.account.handle,
                   "trainee_name": self.scenario.account.name}
        start = self.now
        for post in generate(crowd, rng, context):
            event = ev.PostPublished(
                0.0, "", crowd.kind, "crowd", post.handle, post.name, "public", post.text,
                verified=post.verified, followers=post.followers, likes=post.likes,
                reply_to=target if crowd.kind == "reply" else None,
                quote_of=target if crowd.kind == "quote" else None, tone=post.tone)
            self.clock.at(start + post.offset, partial(self._crowd_post, event))

    def _crowd_post(self, template: ev.PostPublished) -> None:
        post = replace(template, post_id=self.next_id("c"))
        self.emit(post)
        # A crowd post lives on: a few likes and views over the next minute or two, from a
        # stream of its own (so the pile-on's lines are drawn as before).
        rng = random.Random(f"{self.seed}:{post.post_id}:counters")
        for _ in range(rng.choice(CROWD_BUMPS)):
            bump = ev.MetricsChanged(0.0, post.post_id, likes=rng.randint(1, 6),
                                     views=rng.randint(20, 400))
            self.clock.at(self.now + rng.uniform(6.0, 120.0), partial(self.emit, bump))

    # -- variables ------------------------------------------------------------------------------
    def apply_effects(self, effects: dict[str, float]) -> None:
        for name, change in effects.items():
            if name == "followers":
                self.change_followers(int(change))
            else:
                self.change_variable(name, change)

    def change_variable(self, name: str, change: float) -> None:
        old = self.state.variables.get(name, 0.0)
        new = old + change
        if name in BUILTIN_VARIABLES:  # the gauges read 0 to 100
            new = min(100.0, max(0.0, new))
        self.emit(ev.VariableChanged(self.now, name, old, new))

    def change_followers(self, change: int) -> None:
        self.emit(ev.FollowersChanged(self.now, change, max(0, self.state.followers + change)))
