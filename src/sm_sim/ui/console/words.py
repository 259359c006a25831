"""What the console says about a room, in words (never colour alone): each status with its
icon, the count line, the time left, the flags raised, the result, the session's state."""

from __future__ import annotations

from collections import Counter

from ...records.classroom import SessionDoc, place
from ...records.room import IDLE, STUCK, Seat
from ...scenario.model import Scenario
from ..kit.flags import flag_title
from ..kit.language import QT_TRANSLATE_NOOP, translate

# The console's words are catalogued under one context, "Console" (its dialogs, the class
# debrief, the launcher and the watch have one each): translate("Console", ...) with the
# context written out (lupdate reads only a literal), never a self.tr, which PySide looks up
# by the runtime class's name. CONTEXT is for the texts marked with QT_TRANSLATE_NOOP.
CONTEXT = "Console"
Scenarios = dict[str, Scenario]  # the session's scenarios the console has, by id
ORDER = ("waiting", "playing", "paused", "idle", "stuck", "between", "finished")
STATUS = {  # status: (what the table says, its icon, the theme colour it is drawn in)
    "waiting": (QT_TRANSLATE_NOOP("Console", "Waiting"), "clock", "muted"),
    "playing": (QT_TRANSLATE_NOOP("Console", "Playing"), "play", "accent"),
    "paused": (QT_TRANSLATE_NOOP("Console", "Paused"), "pause", "muted"),
    "idle": (QT_TRANSLATE_NOOP("Console", "Gone quiet"), "mute", "warn"),
    "stuck": (QT_TRANSLATE_NOOP("Console", "Stuck"), "bell", "bad"),
    "between": (QT_TRANSLATE_NOOP("Console", "Between scenarios"), "verified", "muted"),
    "finished": (QT_TRANSLATE_NOOP("Console", "Finished"), "verified", "good"),
}
EXPLAIN = {  # with {minutes} and {seconds} filled in by ``explain``
    "waiting": QT_TRANSLATE_NOOP("Console", "Joined; the scenario has not started on this laptop yet."),
    "playing": QT_TRANSLATE_NOOP("Console", "Playing the scenario."),
    "paused": QT_TRANSLATE_NOOP("Console", "Stopped because you paused everyone; goes on when you resume."),
    "idle": QT_TRANSLATE_NOOP("Console", "Nothing heard from this laptop for {minutes} minutes: its "
                                         "network may be down (what it does is kept and arrives "
                                         "when it is back) or it may be closed."),
    "stuck": QT_TRANSLATE_NOOP("Console", "More than {seconds} seconds past the open decision's time "
                                          "limit, or 3 minutes on one without a limit: they may "
                                          "need a hand."),
    "between": QT_TRANSLATE_NOOP("Console", "Finished a scenario of the day and reading its debrief; "
                                            "the next one starts when they press Next."),
    "finished": QT_TRANSLATE_NOOP("Console", "Finished the session's scenarios."),
}
COUNTED = {  # the count line's words, each after its number
    "waiting": QT_TRANSLATE_NOOP("Console", "{count} waiting"),
    "playing": QT_TRANSLATE_NOOP("Console", "{count} playing"),
    "paused": QT_TRANSLATE_NOOP("Console", "{count} paused"),
    "idle": QT_TRANSLATE_NOOP("Console", "{count} gone quiet"),
    "stuck": QT_TRANSLATE_NOOP("Console", "{count} stuck"),
    "between": QT_TRANSLATE_NOOP("Console", "{count} between scenarios"),
    "finished": QT_TRANSLATE_NOOP("Console", "{count} finished"),
}
MODES = {"practice": QT_TRANSLATE_NOOP("Console", "Practice"),
         "assessment": QT_TRANSLATE_NOOP("Console", "Assessment")}


def status_word(status: str) -> str:
    """What the table says for ``status`` ("Playing")."""
    return translate(CONTEXT, STATUS[status][0])


def explain(status: str) -> str:
    """What ``status`` means, for its cell's tooltip."""
    return translate(CONTEXT, EXPLAIN[status]).format(minutes=f"{IDLE / 60:.0f}",
                                                      seconds=f"{STUCK:.0f}")


def count_line(statuses: list[str]) -> str:
    """``18 joined · 12 playing · 2 stuck · 4 finished`` (only the statuses someone is in)."""
    if not statuses:
        return translate("Console", "Nobody has joined yet")
    counts = Counter(statuses)
    return " · ".join([translate("Console", "{count} joined").format(count=len(statuses)),
                       *(translate(CONTEXT, COUNTED[s]).format(count=counts[s])
                         for s in ORDER if counts[s])])


def time_left(seconds: float | None) -> str:
    if seconds is None:
        return ""
    if seconds <= 0:
        return translate("Console", "Time up")
    whole = int(seconds + 0.5)
    return f"{whole // 60}:{whole % 60:02d}"


def flags_text(flags: Counter[str]) -> str:
    """``3: Personal data ×2, Swearing`` ("" when none were raised)."""
    if not flags:
        return ""
    kinds = ", ".join(flag_title(f) + (f" ×{n}" if n > 1 else "")
                      for f, n in flags.most_common())
    return f"{sum(flags.values())}: {kinds}"


def result_text(seat: Seat) -> str:
    if not seat.finished:
        return ""
    verdict = translate("Console", "Passed") if seat.passed else translate("Console", "Not passed")
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
        where = (translate("Console", "Ending: {title}").format(title=title) if title
                 else translate("Console", "Ended"))
    else:
        where = seat.state_title or seat.state
        if seat.decision and seat.prompt:
            where = f"{where} — {seat.prompt}"
    if (at := place(seat.order, seat.scenario)) is not None:
        name = scenario.title if scenario else seat.scenario
        where = f"{at[0]}/{at[1]} {name}: {where}"
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
        return translate("Console", "Reading the session from the LRS…")
    if doc.hold and not doc.released:
        return translate("Console", "Start held: nobody begins until you press Start now.")
    if doc.paused:
        return translate("Console", "Paused: every laptop waits until you press Resume.")
    if doc.start_at and not doc.released:
        return translate("Console", "Starts at {time} (UTC).").format(time=doc.start_at[11:16])
    return translate("Console", "Running: recruits who join begin at once.")


def mode_text(mode: str) -> str:
    return translate(CONTEXT, MODES[mode]) if mode in MODES else mode.title()
