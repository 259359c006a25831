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

from ..i18n import tr
from ..records.names import LAUNCH_MODES
from .common import BAD_INPUT, FAILED, OK, core, say, settings, xapi_options
from .lrs import lrs_client, lrs_options

if TYPE_CHECKING:
    from ..records.classroom import SessionChannel, SessionDoc
    from ..scenario.guidance import GuidanceLibrary
    from ..scenario.model import Scenario


def add_session_parsers(verbs: Any) -> dict[str, Any]:
    session = verbs.add_parser("session", help=tr("run a classroom session through the LRS"))
    steps = session.add_subparsers(dest="step", metavar="STEP", required=True)
    create = steps.add_parser("create", help=tr("create a session and print its join code"))
    create.add_argument("scenarios", nargs="*", metavar="SCENARIO",
                        help=tr("the id of each scenario everyone plays, in order"))
    create.add_argument("--course", action="store_true",
                        help=tr("play the built-in course's whole day (morning, then afternoon)"))
    create.add_argument("--mode", choices=LAUNCH_MODES, default="practice")
    create.add_argument("--hold", action="store_true",
                        help=tr("nobody starts until 'sm-sim session start CODE'"))
    create.add_argument("--at", default=None, metavar="HH:MM",
                        help=tr("nobody starts before this time today (this computer's clock)"))
    create.add_argument("--trainer", default="", help=tr("your name, as recruits see it"))
    create.add_argument("--title", default="", help=tr("a name for the session"))
    for name, text in (("show", tr("who has joined, where each recruit is, and the scores")),
                       ("start", tr("let everyone start (a held session)")),
                       ("pause", tr("pause every laptop")), ("resume", tr("let every laptop go on"))):
        steps.add_parser(name, help=text).add_argument("code")
    inject = steps.add_parser("inject", help=tr("send a message to every recruit's work inbox"))
    inject.add_argument("code")
    inject.add_argument("--from", dest="sender", default="Trainer", help=tr("who it is from"))
    inject.add_argument("--subject", required=True)
    inject.add_argument("--text", required=True)
    join = steps.add_parser("join", help=tr("play the session on this computer, without a window"))
    join.add_argument("code")
    join.add_argument("--name", required=True, help=tr("the recruit's name"))
    join.add_argument("--auto", choices=("best", "worst", "random"), default="best",
                      help=tr("how the decisions are answered"))
    join.add_argument("--outbox", type=Path, default=None, help=tr("outbox folder"))
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
        say(f"session {args.step}", core(str(err)))
        return BAD_INPUT
    except LrsError as err:
        say(f"session {args.step}", core(str(err)))
        return FAILED


def _create(channel: SessionChannel, args: argparse.Namespace) -> int:
    from ..records.classroom import SessionDoc, new_code
    from ..scenario.library import course_of, entry_for, load_library
    entries = load_library()
    scenarios = list(args.scenarios)
    if args.course:
        course = course_of(entries)
        if course is None:
            raise ValueError(tr("no course is installed here ('sm-sim validate' says why)"))
        scenarios += course.scenario_ids()
    if not scenarios:
        raise ValueError(tr("name the scenarios the session plays, or --course for the whole day; "
                            "'sm-sim list' shows the ids"))
    missing = [sid for sid in scenarios if entry_for(entries, sid) is None]
    if missing:
        raise ValueError(tr("no playable scenario '{scenario}' is installed here; "
                            "'sm-sim list' shows the ids").format(scenario=missing[0]))
    made = channel.create(SessionDoc(new_code(), tuple(scenarios), args.mode, args.title,
                                     args.trainer, hold=args.hold, start_at=_today_at(args.at)))
    if made.hold:
        print(tr("session {code}: {scenarios}, {mode}, start held until you say").format(
            code=made.code, scenarios=", ".join(made.scenarios), mode=made.mode))
    else:
        print(tr("session {code}: {scenarios}, {mode}").format(
            code=made.code, scenarios=", ".join(made.scenarios), mode=made.mode))
    print(tr("recruits join with the code {code}").format(code=f"{made.code[:3]} {made.code[3:]}"))
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
        raise ValueError(tr("--at takes a time as HH:MM, such as 09:30, not '{text}'")
                         .format(text=text)) from None
    return iso(moment)


def _change(how: Callable[[SessionDoc], SessionDoc], said: Callable[[], str]) -> Callable[..., int]:
    def step(channel: SessionChannel, code: str, _args: argparse.Namespace) -> int:
        channel.change(code, how)
        print(f"session {code}: {said()}")
        return OK
    return step


def _inject(channel: SessionChannel, code: str, args: argparse.Namespace) -> int:
    from ..records.classroom import MAX_TEXT, Inject
    if len(args.text) > MAX_TEXT or not args.text.strip() or not args.subject.strip():
        raise ValueError(tr("an inject needs a subject and a message of at most {limit} "
                            "characters").format(limit=MAX_TEXT))
    made = Inject(uuid.uuid4().hex[:12], _now(), args.sender.strip() or "Trainer",
                  args.subject.strip(), args.text.strip())
    channel.change(code, lambda d: replace(d, injects=(*d.injects, made)))
    print(tr("session {code}: '{subject}' sent to every recruit's work inbox").format(
        code=code, subject=made.subject))
    return OK


def _show(channel: SessionChannel, code: str, args: argparse.Namespace) -> int:
    from ..records.room import Room, RoomFeed
    doc = channel.read(code)
    room = Room(code, channel.settings)
    room.add(RoomFeed(channel.client, code, channel.settings).poll())
    now = _now()
    waiting = doc.waiting(now)
    state = tr("paused") if doc.paused else (core(waiting) if waiting else tr("running"))
    print(tr("session {code}: {scenarios}, {mode} — {state}; {count} injects sent").format(
        code=code, scenarios=", ".join(doc.scenarios), mode=doc.mode, state=state,
        count=len(doc.injects)))
    room.follow(doc.scenarios)
    for seat in sorted(room.seats.values(), key=lambda s: s.name.casefold()):
        where = seat.prompt or seat.state_title or seat.state
        if (at := doc.place(seat.scenario)) is not None:
            where = tr("{scenario} ({number} of {count}) {where}").format(
                scenario=seat.scenario, number=at[0], count=at[1], where=where).strip()
        left = seat.left(now)
        flags = ", ".join(f"{k} ×{n}" for k, n in sorted(seat.flags.items()))
        score = "" if seat.score is None else (
            tr("{score} (pass)") if seat.passed else tr("{score} (fail)")).format(score=seat.score)
        cells = [seat.name or seat.account, core(seat.status(now)), where,
                 "" if left is None else tr("{seconds} s left").format(seconds=f"{left:.0f}"), flags, score]
        print("  " + " | ".join(c for c in cells if c))
    if not room.seats:
        print("  " + tr("nobody has joined yet"))
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
        print(tr("joined session {code} as {name}. {waiting}").format(code=code, name=args.name,
                                                                      waiting=core(waiting)))
    recruit.wait_for_start()
    for journal in recruit.play_all(find, lambda run: automatic(args.auto, run.seed)):
        ended = journal.run.state.ended
        title = ended.title if ended else tr("ended")
        if journal.debrief:
            print(tr("{name}: {scenario}: {ending}, score {score}").format(
                name=args.name, scenario=journal.run.scenario.id, ending=title,
                score=journal.debrief.score))
        else:
            print(f"{args.name}: {journal.run.scenario.id}: {title}")
    report = recruit.last_report
    if report.error is not None:
        print(tr("the LRS has not heard everything yet: {report}").format(
            report=core(report.describe(recruit.outbox.folder))))
    return OK


def _now() -> str:
    from ..records.times import iso, utc_now
    return iso(utc_now())


_STEPS: dict[str, Callable[..., int]] = {
    "show": _show, "inject": _inject, "join": _join,
    "start": _change(lambda d: replace(d, released=True), lambda: tr("everyone may start")),
    "pause": _change(lambda d: replace(d, paused=True), lambda: tr("every laptop is paused")),
    "resume": _change(lambda d: replace(d, paused=False), lambda: tr("every laptop goes on")),
}
