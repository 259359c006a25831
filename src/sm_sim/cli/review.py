"""The review verbs of ``sm-sim``: a trainer's rulings on the flags of written answers
(``review``), reviewed answers as labelled data (``replies export``), and how the detectors
do on any labelled file (``detect --evaluate``)."""

from __future__ import annotations

import argparse
import getpass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..i18n import tr
from .common import BAD_INPUT, OK, core, read_all, say

if TYPE_CHECKING:
    from ..scoring.debrief import FlagRuling, Ruling

RULING_OPTIONS: dict[str, Ruling] = {"confirm": "confirmed", "overturn": "overturned", "add": "added"}


def _ruling_help(option: str) -> str:
    """What ``--confirm``, ``--overturn`` and ``--add`` do, in the language chosen."""
    return {"confirm": tr("the flag is confirmed"), "overturn": tr("the flag is overturned"),
            "add": tr("the flag is added")}[option]


def add_review_parsers(verbs: Any) -> dict[str, Any]:
    review = verbs.add_parser(
        "review", help=tr("list an attempt's written answers and their flags, or rule on them"),
        description=tr("Without rulings, list the attempt's written answers with their flags. "
                       "Each ruling is DECISION:FLAG, and for overturn and add DECISION:FLAG:REASON."))
    review.add_argument("attempt", type=Path)
    review.add_argument("--reviewer", default=None, help=tr("who is reviewing (default: your login name)"))
    review.add_argument("--scenario", type=Path, default=None, help=tr("the scenario file"))
    for option in RULING_OPTIONS:
        review.add_argument(f"--{option}", action="append", default=[], metavar="DECISION:FLAG[:REASON]",
                            help=_ruling_help(option))
    replies = verbs.add_parser("replies", help=tr("written answers as labelled data"))
    what = replies.add_subparsers(dest="replies_verb", metavar="VERB", required=True)
    export = what.add_parser(
        "export", help=tr("reviewed answers as TSV: text, flags, attempt, decision, reviewer"))
    export.add_argument("attempts", nargs="+", type=Path, help=tr("attempt files or folders"))
    export.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.tsv")
    export.add_argument("--all", action="store_true", help=tr("unreviewed answers too, as detected"))
    return {"review": cmd_review, "replies": cmd_replies}


def cmd_review(args: argparse.Namespace) -> int:
    from ..records.attempt import AttemptError, read_attempt
    from ..records.review import ReviewError, review_attempt
    try:
        rulings = [_ruling(RULING_OPTIONS[option], text)
                   for option in RULING_OPTIONS for text in getattr(args, option)]
        if not rulings:
            _list(read_attempt(args.attempt))
            return OK
        reviewed = review_attempt(args.attempt, args.reviewer or getpass.getuser(), rulings, args.scenario)
    except (AttemptError, ReviewError) as err:
        say("review", core(str(err)))
        return BAD_INPUT
    report = reviewed.debrief
    if report is not None and reviewed.played is not None:
        done = (tr("reviewed: score {before} → {after} (passed)") if report.passed
                else tr("reviewed: score {before} → {after} (not passed)"))
        print(done.format(before=reviewed.played.score, after=report.score))
    return OK


def _ruling(ruling: Ruling, text: str) -> FlagRuling:
    from ..records.review import ReviewError
    from ..scoring.debrief import FlagRuling
    decision, _, rest = text.partition(":")
    flag, _, reason = rest.partition(":")
    if not decision or not flag:
        raise ReviewError(tr("'{text}': write DECISION:FLAG (and :REASON for overturn and add)")
                          .format(text=text))
    return FlagRuling(decision.strip(), flag.strip(), ruling, reason.strip())


def _list(attempt: Any) -> None:
    from ..records.review import answers
    found = answers(attempt)
    if not found:
        print(tr("no written answers to review"))
    for answer in found:
        print(f"{answer.decision}: “{answer.text}”")
        flags = ", ".join(answer.flags) or tr("none")
        if answer.flags != answer.detected:
            print("  " + tr("flags: {flags} (detected: {detected})").format(
                flags=flags, detected=", ".join(answer.detected) or tr("none")))
        else:
            print("  " + tr("flags: {flags}").format(flags=flags))
        for finding in answer.findings:
            print(f"  - {core(str(finding))}")


def cmd_replies(args: argparse.Namespace) -> int:
    from ..records.review import labelled_tsv
    attempts = read_all("replies export", args.attempts)
    if attempts is None:
        return BAD_INPUT
    text = labelled_tsv(attempts, reviewed_only=not args.all)
    try:
        args.output.write_text(text, encoding="utf-8")
    except OSError as err:
        say("replies export", tr("cannot write {path} ({reason})").format(
            path=args.output, reason=err.strerror or err))
        return BAD_INPUT
    print(tr("{count} answers written to {path}").format(count=text.count(chr(10)) - 1, path=args.output))
    return OK
