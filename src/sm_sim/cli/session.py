"""The classroom verbs of ``sm-sim session``, headless: a trainer creates a session and steers
it (start, pause, resume, inject), looks at the room, and a laptop without a window joins it.

Each talks to the school's LRS (``--lrs``, ``--user``, ``--password`` or
``SM_SIM_LRS_PASSWORD``); the console window is ``sm-sim console``.
"""

from __future__ import annotations

import argparse
import uuid
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..records.names import LAUNCH_MODES
from .common import BAD_INPUT, FAILED, OK, say, settings, xapi_options
from .lrs import lrs_client, lrs_options

if TYPE_CHECKING:
    from ..records.classroom import SessionChannel, SessionDoc
    from ..scenario.guidance import GuidanceLibrary
    from ..scenario.model import Scenario


def add_session_parsers(verbs: Any) -> dict[str, Any]:
    session = verbs.add_parser("session", help="run a classroom session through the LRS")
    steps = session.add_subparsers(dest="step", metavar="STEP", required=True)
    create = steps.add_parser("create", help="create a session and print its join code")
    create.add_argument("scenarios", nargs="*", metavar="SCENARIO",
                        help="the id of each scenario everyone plays, in order")
    create.add_argument("--course", action="store_true",
                        help="play the built-in course's whole day (morning, then afternoon)")
    create.add_argument("--mode", choices=LAUNCH_MODES, default="practice")
    create.add_argument("--hold", action="store_true",
                        help="nobody starts until 'sm-sim session start CODE'")
    create.add_argument("--at", default=None, metavar="HH:MM",
                        help="nobody starts before this time today (this computer's clock)")
    create.add_argument("--trainer", default="", help="your name, as recruits see it")
    create.add_argument("--title", default="", help="a name for the session")
    for name, text in (("show", "who has joined, where each recruit is, and the scores"),
                       ("start", "let everyone start (a held session)"),
                       ("pause", "pause every laptop"), ("resume", "let every laptop go on")):
        steps.add_parser(name, help=text).add_argument("code")
    inject = steps.add_parser("inject", help="send a message to every recruit's work inbox")
    inject.add_argument("code")
    inject.add_argument("--from", dest="sender", default="Trainer", help="who it is from")
    inject.add_argument("--subject", required=True)
    inject.add_argument("--text", required=True)
    join = steps.add_parser("join", help="play the session on this computer, without a window")
    join.add_argument("code")
    join.add_argument("--name", required=True, help="the recruit's name")
    join.add_argument("--auto", choices=("best", "worst", "random"), default="best",
                      help="how the decisions are answered")
    join.add_argument("--outbox", type=Path, default=None, help="outbox folder")
    for each in steps.choices.values():
        lrs_options(each, required=True)
        xapi_options(each)
    return {"session": cmd_session}


def cmd_session(args: argparse.Namespace) -> int:
    from ..records.classroom import SessionChannel, SessionError, normal_code
    from ..records.lrs import LrsError
    try:
        channel = SessionChannel(lrs_client(args), settings(args))
        if args.step == "create":
            return _create(channel, args)
        code = normal_code(args.code)
        return _STEPS[args.step](channel, code, args)
    except (ValueError, SessionError) as err:
        say(f"session {args.step}", str(err))
        return BAD_INPUT
    except LrsError as err:
        say(f"session {args.step}", str(err))
        return FAILED


def _create(channel: SessionChannel, args: argparse.Namespace) -> int:
    from ..records.classroom import SessionDoc, new_code
    from ..scenario.library import course_of, entry_for, load_library
    entries = load_library()
    scenarios = list(args.scenarios)
    if args.course:
        course = course_of(entries)
        if course is None:
            raise ValueError("no course is installed here ('sm-sim validate' says why)")
        scenarios += course.scenario_ids()
    if not scenarios:
        raise ValueError("name the scenarios the session plays, or --course for the whole day; "
                         "'sm-sim list' shows the ids")
    missing = [sid for sid in scenarios if entry_for(entries, sid) is None]
    if missing:
        raise ValueError(f"no playable scenario '{missing[0]}' is installed here; "
                         f"'sm-sim list' shows the ids")
    made = channel.create(SessionDoc(new_code(), tuple(scenarios), args.mode, args.title,
                                     args.trainer, hold=args.hold, start_at=_today_at(args.at)))
    print(f"session {made.code}: {', '.join(made.scenarios)}, {made.mode}"
          + (", start held until you say" if made.hold else ""))
    print(f"recruits join with the code {made.code[:3]} {made.code[3:]}")
    return OK


def _today_at(text: str | None) -> str | None:
    if text is None:
        return None
    from datetime import datetime

    from ..records.times import iso
    try:
        hours, minutes = (int(part) for part in text.split(":"))
        moment = datetime.now().astimezone().replace(hour=hours, minute=minutes, second=0,
                                                     microsecond=0)
    except ValueError:
        raise ValueError(f"--at takes a time as HH:MM, such as 09:30, not '{text}'") from None
    return iso(moment)


def _change(how: Callable[[SessionDoc], SessionDoc], said: str) -> Callable[..., int]:
    def step(channel: SessionChannel, code: str, _args: argparse.Namespace) -> int:
        channel.change(code, how)
        print(f"session {code}: {said}")
        return OK
    return step


def _inject(channel: SessionChannel, code: str, args: argparse.Namespace) -> int:
    from ..records.classroom import MAX_TEXT, Inject
    if len(args.text) > MAX_TEXT or not args.text.strip() or not args.subject.strip():
        raise ValueError(f"an inject needs a subject and a message of at most {MAX_TEXT} "
                         f"characters")
    made = Inject(uuid.uuid4().hex[:12], _now(), args.sender.strip() or "Trainer",
                  args.subject.strip(), args.text.strip())
    channel.change(code, lambda d: replace(d, injects=(*d.injects, made)))
    print(f"session {code}: '{made.subject}' sent to every recruit's work inbox")
    return OK


def _show(channel: SessionChannel, code: str, args: argparse.Namespace) -> int:
    from ..records.room import Room, RoomFeed
    doc = channel.read(code)
    room = Room(code, channel.settings)
    room.add(RoomFeed(channel.client, code, channel.settings).poll())
    now = _now()
    state = "paused" if doc.paused else (doc.waiting(now) or "running")
    print(f"session {code}: {', '.join(doc.scenarios)}, {doc.mode} — {state}; "
          f"{len(doc.injects)} injects sent")
    room.follow(doc.scenarios)
    for seat in sorted(room.seats.values(), key=lambda s: s.name.casefold()):
        where = seat.prompt or seat.state_title or seat.state
        if (at := doc.place(seat.scenario)) is not None:
            where = f"{seat.scenario} ({at[0]} of {at[1]}) {where}".strip()
        left = seat.left(now)
        flags = ", ".join(f"{k} ×{n}" for k, n in sorted(seat.flags.items()))
        score = "" if seat.score is None else f"{seat.score} ({'pass' if seat.passed else 'fail'})"
        cells = [seat.name or seat.account, seat.status(now), where,
                 "" if left is None else f"{left:.0f} s left", flags, score]
        print("  " + " | ".join(c for c in cells if c))
    if not room.seats:
        print("  nobody has joined yet")
    return OK


def _join(channel: SessionChannel, code: str, args: argparse.Namespace) -> int:
    from ..engine.play import automatic
    from ..records.outbox import Outbox
    from ..records.recruit import Recruit
    from ..records.trainees import trainee_for
    from ..scenario.library import entry_for, load_library
    recruit = Recruit(channel.client, code, trainee_for(args.name), Outbox(args.outbox),
                      channel.settings)
    doc = recruit.join()
    entries = load_library()

    def find(sid: str) -> tuple[Scenario, GuidanceLibrary] | None:
        entry = entry_for(entries, sid)
        loaded = entry.loaded if entry else None
        if loaded is None or loaded.scenario is None or loaded.guidance is None:
            return None
        return loaded.scenario, loaded.guidance

    waiting = doc.waiting(_now())
    if waiting:
        print(f"joined session {code} as {args.name}. {waiting}")
    recruit.wait_for_start()
    for journal in recruit.play_all(find, lambda run: automatic(args.auto, run.seed)):
        ended = journal.run.state.ended
        print(f"{args.name}: {journal.run.scenario.id}: {ended.title if ended else 'ended'}"
              + (f", score {journal.debrief.score}" if journal.debrief else ""))
    report = recruit.last_report
    if report.error is not None:
        print(f"the LRS has not heard everything yet: "
              f"{report.describe(recruit.outbox.folder)}")
    return OK


def _now() -> str:
    from ..records.times import iso, utc_now
    return iso(utc_now())


_STEPS: dict[str, Callable[..., int]] = {
    "show": _show, "inject": _inject, "join": _join,
    "start": _change(lambda d: replace(d, released=True), "everyone may start"),
    "pause": _change(lambda d: replace(d, paused=True), "every laptop is paused"),
    "resume": _change(lambda d: replace(d, paused=False), "every laptop goes on"),
}
