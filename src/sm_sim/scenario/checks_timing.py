"""Timings against the scenario's ``minutes``: each one on its own (an inject, burst, decision
or time limit due after the scenario has run out), and the longest way through, state after
state, with every decision's time limit used in full.

The engine times a state's injects, crowds, decision and ``next`` from when the state is
entered, and a decision closes ``time_limit`` seconds after it opens, so a state lasts until
its decision closes (or is answered, when it has no limit) or its ``next`` moves on. The
longest way through is found in one pass over the states (a walk that does not go round a
loop twice), so the check stays linear in states and edges.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ..i18n import N_
from .checker import Checker, gotos
from .schema import SCENARIO_SCHEMA
from .shape import dotted
from .yamlsrc import Path_

MAX_MINUTES: int = SCENARIO_SCHEMA["properties"]["minutes"]["maximum"]
_FIX = {
    "at": N_("make it earlier, or raise minutes"),
    "over": N_("make the burst shorter (over:) or start it earlier, or raise minutes"),
    "after": N_("make it shorter, or raise minutes"),
    "time_limit": N_("a time limit is the pressure of one decision, usually 30 to 120 seconds: "
                     "write one such as 90, or raise minutes if the scenario really runs longer"),
}


def clock(seconds: float) -> str:
    """``700`` → ``11:40``."""
    whole = round(seconds)
    return f"{whole // 60}:{whole % 60:02d}"


Timed = tuple[Path_, float, float, str]


def _timed(c: Checker) -> list[Timed]:
    """Every timing that must fit in the scenario: (where, its value, when it ends counted from
    the state's start, what it is)."""
    timed: list[Timed] = [(("reactions", i, "after"), float(r["after"]), float(r["after"]), "after")
             for i, r in c.reactions() if "after" in r]
    for key, state in c.states():
        at: Path_ = ("states", key)
        timed += [((*at, "injects", i, "at"), inj["at"], inj["at"], "at")
                  for i, inj in enumerate(state.get("injects", []))]
        timed += [((*at, "crowds", i, "over"), cr["over"], cr["at"] + cr["over"], "over")
                  for i, cr in enumerate(state.get("crowds", []))]
        decision = state.get("decision", {})
        if "at" in decision:
            timed.append(((*at, "decision", "at"), decision["at"], decision["at"], "at"))
        if "time_limit" in decision:
            limit = decision["time_limit"]
            timed.append(((*at, "decision", "time_limit"), limit, limit, "time_limit"))
        if "next" in state:
            after = state["next"]["after"]
            timed.append(((*at, "next", "after"), after, after, "after"))
    return timed


def _check_each(c: Checker) -> None:
    minutes = c.data["minutes"]
    limit = minutes * 60
    for at, value, ends, kind in _timed(c):
        if ends > limit:
            said = (N_("{where} is {seconds}s (it ends at {time}), beyond the whole scenario: "
                       "minutes: {minutes} ({count}s)") if kind == "over" else
                    N_("{where} is {seconds}s ({time}), beyond the whole scenario: minutes: {minutes} "
                       "({count}s)"))
            c.report(at, "SC050", said.format(where=dotted(at), seconds=f"{value:g}", time=clock(ends),
                                              minutes=minutes, count=f"{limit:,}"),
                     N_("{fix}; at most {count}s").format(fix=_FIX[kind], count=f"{limit:,}"))


def state_length(state: dict[str, Any]) -> float:
    """The longest a state can last before the story moves on (a decision without a time limit
    counted as answered the moment it opens)."""
    if "next" in state:
        return float(state["next"]["after"])
    decision = state.get("decision", {})
    opens = decision.get("at", max((i["at"] for i in state.get("injects", [])), default=0))
    return float(opens + decision.get("time_limit", 0))


def longest_way(c: Checker) -> tuple[float, list[str]]:
    """The longest time from the start to an ending, and the states on that way."""
    states = dict(c.states())
    endings = c.parts.names["endings"]
    best: dict[str, tuple[float, str | None]] = {}  # state -> (longest to an ending, next state)
    on_way: set[str] = set()
    todo: list[tuple[str, bool]] = [(c.data["start"], False)]
    while todo:
        key, done = todo.pop()
        if done:
            on_way.discard(key)
            ahead = [(best[t][0], t) for t in gotos(states[key]) if t in best]
            ahead += [(0.0, t) for t in gotos(states[key]) if t in endings]
            longest, then = max(ahead, default=(0.0, None))
            best[key] = (state_length(states[key]) + longest, then)
        elif key in states and key not in best and key not in on_way:
            on_way.add(key)  # a goto back to a state on the way is a loop: not walked again
            todo.append((key, True))
            todo += [(t, False) for t in gotos(states[key])]
    way: list[str] = []
    walked: set[str] = set()  # (a set: the way can be as long as the scenario)
    here = c.data["start"]
    while here is not None and here not in walked:
        way.append(here)
        walked.add(here)
        here = best[here][1] if here in best else None
    return best.get(c.data["start"], (0.0, None))[0], way


def _check_way(c: Checker) -> None:
    if any(at[0] == "states" for at in c.parts.loose) or c.data["start"] not in c.data["states"]:
        return  # a malformed state's length is not known
    seconds, way = longest_way(c)
    limit = c.data["minutes"] * 60
    if seconds > limit:
        shown = " → ".join(way[:6])
        if len(way) > 6:
            shown = N_("{way} → … ({count} more)").format(way=shown, count=len(way) - 6)
        c.report(("minutes",), "SC058",
                 N_("the longest way through ({way}) takes up to {time} with every decision's time "
                    "limit used in full, longer than minutes: {minutes} ({length})").format(
                     way=shown, time=clock(seconds), minutes=c.data["minutes"], length=clock(limit)),
                 _shorten(seconds))


def _shorten(seconds: float) -> str:
    needed = int(-(-seconds // 60))
    if needed <= MAX_MINUTES:
        return N_("raise minutes to {minutes}, or shorten the time limits, decision 'at's and next "
                  "'after's on that way").format(minutes=needed)
    return N_("shorten the time limits, decision 'at's and next 'after's on that way")


def _check_timings(c: Checker) -> None:
    if not c.needs("minutes"):
        return
    before = len(c.found)
    _check_each(c)
    if len(c.found) == before and c.needs("states", "endings", "start"):
        _check_way(c)  # (a timing beyond the end already makes the way too long: said once)


TIMING_CHECKS: list[Callable[[Checker], None]] = [_check_timings]
