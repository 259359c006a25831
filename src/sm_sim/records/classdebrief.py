"""The classroom debrief: how a class answered, folded from the room the console watches.

One frozen dataclass (``ClassDebrief``) that the projector window reads (and a printout could),
for one scenario of the session (a course's day has a debrief per scenario): per decision, how
many chose each option, the flags the detectors raised on what was written there and the
replies written; the endings the class reached. Titles come from the scenario
when the console has it, else the ids stand in. Recruits are named by ``stand_ins`` unless the
trainer asks for names: "Recruit A", "Recruit B" … in the order the console first saw them,
so a recruit keeps their letter however many join after them.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from string import ascii_uppercase

from ..scenario.model import FLAG_TITLES, Scenario
from .room import Reply, Room


@dataclass(frozen=True)
class Bar:
    key: str  # an option's, a flag's or an ending's id
    label: str
    count: int


@dataclass(frozen=True)
class DecisionTally:
    decision: str
    prompt: str
    answered: int
    options: tuple[Bar, ...]  # empty for replies written on the feed, with no decision asking
    flags: tuple[Bar, ...]
    replies: tuple[Reply, ...]


@dataclass(frozen=True)
class ClassDebrief:
    code: str
    title: str
    joined: int
    finished: int
    passed: int
    decisions: tuple[DecisionTally, ...]
    endings: tuple[Bar, ...]


def letters(number: int) -> str:
    """The ``number``th recruit's (from 0) letters: A … Z, then AA, AB …"""
    found = ""
    number += 1
    while number:
        number, rest = divmod(number - 1, 26)
        found = ascii_uppercase[rest] + found
    return found


def alias(number: int) -> str:
    """The ``number``th recruit (from 0) without their name, in English: Recruit A …"""
    return f"Recruit {letters(number)}"


def stand_ins(room: Room) -> dict[str, str]:
    """Each seat's letters, by account, stable as more recruits join (a screen says them
    in its own words: "Recruit A")."""
    return {account: letters(n) for n, account in enumerate(room.seats)}



def reply_key(reply: Reply) -> tuple[str, str, str, str]:
    """What tells one reply from another (the trainer ticks replies to show by it)."""
    return reply.account, reply.decision, reply.when, reply.text


def _bars(counts: Counter[str], labels: dict[str, str], order: list[str]) -> tuple[Bar, ...]:
    """Every key of ``order`` (zeros too), then the others by count."""
    rest = sorted((k for k in counts if k not in order), key=lambda k: (-counts[k], k))
    return tuple(Bar(k, labels.get(k, k), counts[k]) for k in [*order, *rest])


def _tally(room: Room, decision: str, scenario: Scenario | None, only: str | None) -> DecisionTally:
    state = scenario.states.get(decision) if scenario else None
    asked = state.decision if state else None
    labels = {o.id: o.label for o in asked.options} if asked else {}
    replies = room.replies(decision, only)
    flags = Counter(f for r in replies for f in r.flags)
    answers = room.answers(decision, only)
    options = _bars(answers, labels, list(labels)) if answers or asked else ()
    prompt = asked.prompt if asked else heading_for(decision)
    return DecisionTally(decision, prompt, sum(answers.values()), options,
                         _bars(flags, FLAG_TITLES, []), tuple(replies))


def heading_for(decision: str) -> str:
    """A heading for replies written on the feed (``feed:reply``), or for an unknown id."""
    if decision.startswith("feed:"):
        return f"Written on the feed, unasked ({decision.removeprefix('feed:')})"
    return decision


def class_debrief(room: Room, scenario: Scenario | None = None, title: str = "",
                  only: str | None = None) -> ClassDebrief:
    """The class's answers to ``scenario`` (or, when the console does not have it, to the
    scenario with the id ``only``; with neither, to everything the room played)."""
    only = scenario.id if scenario is not None else only
    answered = room.decisions(only)
    written = [r.decision for r in room.replies(scenario=only) if r.decision not in answered]
    order = list(dict.fromkeys([*answered, *written]))
    if scenario is not None:  # in the scenario's order, which is the order they are met
        known = [d.id for d in scenario.decisions() if d.id in order]
        order = [*known, *(d for d in order if d not in known)]
    attempts = room.attempts(only)
    ending_titles = {e.id: e.title for e in scenario.endings.values()} if scenario else {}
    return ClassDebrief(
        room.code, title or (scenario.title if scenario else only or ""), len(room.seats),
        sum(p.finished for p in attempts), sum(bool(p.finished and p.passed) for p in attempts),
        tuple(_tally(room, d, scenario, only) for d in order),
        _bars(room.endings(only), ending_titles, []))
