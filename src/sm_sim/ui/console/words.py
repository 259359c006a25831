"""What the console says about a room, in words (never colour alone): each status with its
icon, the count line, the time left, the flags raised, the result, the session's state."""

from __future__ import annotations

from collections import Counter

from ...records.classroom import SessionDoc
from ...records.room import IDLE, STUCK, Seat
from ...scenario.model import FLAG_TITLES, Scenario

Scenarios = dict[str, Scenario]  # the session's scenarios the console has, by id
ORDER = ("waiting", "playing", "paused", "idle", "stuck", "between", "finished")
STATUS = {  # status: (what the table says, its icon, the theme colour it is drawn in)
    "waiting": ("Waiting", "clock", "muted"),
    "playing": ("Playing", "play", "accent"),
    "paused": ("Paused", "pause", "muted"),
    "idle": ("Gone quiet", "mute", "warn"),
    "stuck": ("Stuck", "bell", "bad"),
    "between": ("Between scenarios", "verified", "muted"),
    "finished": ("Finished", "verified", "good"),
}
EXPLAIN = {
    "waiting": "Joined; the scenario has not started on this laptop yet.",
    "playing": "Playing the scenario.",
    "paused": "Stopped because you paused everyone; goes on when you resume.",
    "idle": f"Nothing heard from this laptop for {IDLE / 60:.0f} minutes: its network may be "
            "down (what it does is kept and arrives when it is back) or it may be closed.",
    "stuck": f"More than {STUCK:.0f} seconds past the open decision's time limit, or 3 minutes "
             "on one without a limit: they may need a hand.",
    "between": "Finished a scenario of the day and reading its debrief; the next one starts "
               "when they press Next.",
    "finished": "Finished the session's scenarios.",
}
COUNTED = {"waiting": "waiting", "playing": "playing", "paused": "paused", "idle": "gone quiet",
           "stuck": "stuck", "between": "between scenarios", "finished": "finished"}


def count_line(statuses: list[str]) -> str:
    """``18 joined · 12 playing · 2 stuck · 4 finished`` (only the statuses someone is in)."""
    if not statuses:
        return "Nobody has joined yet"
    counts = Counter(statuses)
    return " · ".join([f"{len(statuses)} joined",
                       *(f"{counts[s]} {COUNTED[s]}" for s in ORDER if counts[s])])


def time_left(seconds: float | None) -> str:
    if seconds is None:
        return ""
    if seconds <= 0:
        return "Time up"
    whole = int(seconds + 0.5)
    return f"{whole // 60}:{whole % 60:02d}"


def flags_text(flags: Counter[str]) -> str:
    """``3: Personal data ×2, Swearing`` ("" when none were raised)."""
    if not flags:
        return ""
    kinds = ", ".join(FLAG_TITLES.get(f, f) + (f" ×{n}" if n > 1 else "")
                      for f, n in flags.most_common())
    return f"{sum(flags.values())}: {kinds}"


def result_text(seat: Seat) -> str:
    if not seat.finished:
        return ""
    verdict = "Passed" if seat.passed else "Not passed"
    return verdict if seat.score is None else f"{seat.score} · {verdict}"


def where_text(seat: Seat, scenarios: Scenarios | None = None) -> str:
    """The state they are in and the decision open there (``Mill Road cordon — Mary is
    frightened …``); for a finished attempt, the ending (its title if known). In a course's
    session, which scenario first (``2/3 Log off: …``)."""
    if not seat.attempt:
        return ""
    scenario = (scenarios or {}).get(seat.scenario)
    if seat.finished:
        ending = scenario.endings.get(seat.ending) if scenario else None
        title = ending.title if ending else seat.ending
        where = f"Ending: {title}" if title else "Ended"
    else:
        where = seat.state_title or seat.state
        if seat.decision and seat.prompt:
            where = f"{where} — {seat.prompt}"
    if len(seat.order) > 1 and seat.scenario in seat.order:
        name = scenario.title if scenario else seat.scenario
        where = f"{seat.order.index(seat.scenario) + 1}/{len(seat.order)} {name}: {where}"
    return where


def prompt_of(scenarios: Scenarios, scenario: str, decision: str) -> str:
    """A decision's prompt, if the console has its scenario ("" if not)."""
    known = scenarios.get(scenario)
    state = known.states.get(decision) if known else None
    return state.decision.prompt if state and state.decision else ""


def shown_code(code: str) -> str:
    """A join code as it is shown for a room to type: ``K7M 2QX``."""
    return f"{code[:3]} {code[3:]}" if len(code) == 6 else code


def session_state(doc: SessionDoc | None) -> str:
    if doc is None:
        return "Reading the session from the LRS…"
    if doc.hold and not doc.released:
        return "Start held: nobody begins until you press Start now."
    if doc.paused:
        return "Paused: every laptop waits until you press Resume."
    if doc.start_at and not doc.released:
        return f"Starts at {doc.start_at[11:16]} (UTC)."
    return "Running: recruits who join begin at once."


def mode_text(mode: str) -> str:
    return {"practice": "Practice", "assessment": "Assessment"}.get(mode, mode.title())
