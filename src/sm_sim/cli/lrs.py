"""The LRS and cohort verbs of ``sm-sim``: send (through the outbox) and cohort."""

from __future__ import annotations

import argparse
import os
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..i18n import tr
from ..records.names import MODES
from .common import BAD_INPUT, FAILED, OK, core, read_all, say, settings, xapi_options

if TYPE_CHECKING:
    from ..records.lrs import LrsClient

PASSWORD_ENV = "SM_SIM_LRS_PASSWORD"


def add_lrs_parsers(verbs: Any) -> dict[str, Any]:
    send = verbs.add_parser("send", help=tr("send attempts' xAPI statements to an LRS via the outbox"))
    send.add_argument("attempts", nargs="*", type=Path, help=tr("finished attempts to queue first"))
    lrs_options(send, required=True)
    send.add_argument("--outbox", type=Path, default=None, help=tr("outbox folder"))
    send.add_argument("--batch", type=int, default=50, help=tr("statements per request"))
    send.add_argument("--again", action="store_true", help=tr("queue statements sent before, too"))
    xapi_options(send)
    cohort = verbs.add_parser("cohort", help=tr("pass rate and competency averages for a cohort"))
    cohort.add_argument("paths", nargs="*", type=Path, help=tr("attempt files or folders"))
    cohort.add_argument("-o", "--output", type=Path, default=None, metavar="CSV")
    cohort.add_argument("--scenario", default=None)
    cohort.add_argument("--trainee", default=None)
    cohort.add_argument("--mode", choices=MODES, default=None)
    cohort.add_argument("--session", default=None, help=tr("with --lrs: the classroom session"))
    lrs_options(cohort, required=False)
    xapi_options(cohort)
    return {"send": cmd_send, "cohort": cmd_cohort}


def lrs_options(parser: argparse.ArgumentParser, required: bool) -> None:
    parser.add_argument("--lrs", required=required, metavar="URL", help=tr("the LRS's xAPI endpoint"))
    parser.add_argument("--user", default="", help=tr("LRS key / user name"))
    parser.add_argument("--password", default=None,
                        help=tr("LRS secret (or set {variable})").format(variable=PASSWORD_ENV))
    parser.add_argument("--timeout", type=float, default=15.0, help=tr("seconds to wait for the LRS"))


def lrs_client(args: argparse.Namespace) -> LrsClient:
    from ..records.lrs import LrsClient
    password = args.password if args.password is not None else os.environ.get(PASSWORD_ENV)
    if password is None:
        raise ValueError(tr("give the LRS secret with --password or {variable}").format(
            variable=PASSWORD_ENV))
    return LrsClient(args.lrs, args.user, password, args.timeout)


def cmd_send(args: argparse.Namespace) -> int:
    from ..records.outbox import Outbox
    from ..records.xapi import statements
    try:
        client = lrs_client(args)
    except ValueError as err:
        say("send", core(str(err)))
        return BAD_INPUT
    outbox = Outbox(args.outbox)
    if args.attempts:
        attempts = read_all("send", args.attempts)
        if attempts is None:
            return BAD_INPUT
        for attempt in attempts:
            if attempt.status != "finished":
                say("send", tr("{attempt}: {status}, not sent").format(attempt=attempt.label,
                                                                        status=core(attempt.status)))
                continue
            outbox.add(statements(attempt, settings(args)), again=args.again)
    if not outbox.pending():
        print(tr("nothing waiting in the outbox {folder}").format(folder=outbox.folder))
        return OK
    report = outbox.send(client, max(1, args.batch))
    for note in report.notes:
        say("send", core(note))
    message = core(report.describe(outbox.folder))
    if report.error is not None or report.rejected:
        say("send", message)
        return FAILED
    print(message)
    return OK


def cmd_cohort(args: argparse.Namespace) -> int:
    from ..records import cohort
    from ..records.lrs import LrsError
    from ..records.paths import attempts_dir
    records: list[cohort.Record]
    if args.lrs:
        if not args.session:
            say("cohort", tr("--lrs needs --session: the classroom session to fetch"))
            return BAD_INPUT
        try:
            records = cohort.fetch_session(lrs_client(args), args.session, settings(args))
        except (ValueError, LrsError) as err:
            say("cohort", core(str(err)))
            return BAD_INPUT if isinstance(err, ValueError) else FAILED
    else:
        attempts, problems = cohort.read_folder(args.paths or [attempts_dir()])
        for problem in problems:
            say("cohort", tr("skipped {problem}").format(problem=core(problem)))
        records = [cohort.Record.of(a) for a in attempts]
    groups = cohort.group(cohort.select(cohort.unique(records), args.scenario, args.trainee, args.mode))
    if not groups:
        print(tr("no attempts match"))
        return OK
    print("\n".join(core(line) for line in cohort.describe(groups)))
    if args.output:
        try:
            print(tr("summary written: {path}").format(path=cohort.write_summary(groups, args.output)))
        except OSError as err:
            say("cohort", tr("cannot write {path} ({reason})").format(path=args.output,
                                                                      reason=err.strerror or err))
            return BAD_INPUT
    return OK


