"""The records verbs of ``sm-sim``: export, send, cohort, verify, resume, and the recording
options of ``play``. Errors are one line for a person: exit 2 for bad input, 1 when a check
fails or statements are left waiting."""

from __future__ import annotations

import argparse
import getpass
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..i18n import tr
from ..records.names import FORMATS, MODES
from .common import (
    BAD_INPUT,
    FAILED,
    INTERRUPTED,
    OK,
    core,
    progress_bar,
    read_all,
    say,
    settings,
    xapi_options,
)
from .lrs import add_lrs_parsers

if TYPE_CHECKING:
    from ..engine.run import ScenarioRun
    from ..records.journal import AttemptJournal
    from ..scenario.guidance import GuidanceLibrary


# -- play ---------------------------------------------------------------------------------------
def add_play_options(play: argparse.ArgumentParser) -> None:
    group = play.add_argument_group(tr("recording (a headless play keeps nothing unless asked)"))
    group.add_argument("--record", action="store_true",
                       help=tr("keep an attempt journal in the user data folder, as the app does"))
    group.add_argument("--attempt", type=Path, default=None, metavar="PATH",
                       help=tr("keep the attempt journal here (implies --record)"))
    group.add_argument("--trainee", default=None, help=tr("trainee name (default: your login name)"))
    group.add_argument("--trainee-id", default=None, help=tr("the school's id for the trainee"))
    group.add_argument("--session", default=None, help=tr("classroom session id"))
    group.add_argument("--mode", choices=MODES, default="headless")
    group.add_argument("--no-record", action="store_true",
                       help=tr("keep nothing (the default; kept for scripts that say so)"))


def begin_journal(args: argparse.Namespace, run: ScenarioRun,
                  library: GuidanceLibrary) -> AttemptJournal | None:
    """Start recording ``run`` if the options ask (``--record`` or ``--attempt``); raises
    ``JournalError`` for a person. A trainer's trial plays leave no attempts behind."""
    from ..records.journal import AttemptJournal
    from ..records.trainees import trainee_for
    wanted = getattr(args, "record", False) or getattr(args, "attempt", None) is not None
    if getattr(args, "no_record", False) or not wanted:
        return None
    name = args.trainee or _login_name()
    if args.mode == "assessment":
        _refuse_second_assessment(name, run.scenario.id)
    return AttemptJournal.begin(run, library, trainee_for(name, args.trainee_id), mode=args.mode,
                                session=args.session, path=args.attempt)


def _refuse_second_assessment(trainee: str, scenario_id: str) -> None:
    """An assessment is taken once, here as in the app (the attempts in the data folder)."""
    from ..records.cohort import Record, assessed, read_folder
    from ..records.journal import JournalError
    from ..records.paths import attempts_dir
    folder = attempts_dir()
    attempts, _unreadable = read_folder([folder]) if folder.is_dir() else ([], [])
    taken = assessed([Record.of(a) for a in attempts], trainee, scenario_id)
    if taken is not None:
        if taken.finished:
            refusal = tr("{trainee} has already taken the assessment of {scenario} (attempt "
                         "{attempt}, finished); an assessment is taken once — use --mode practice "
                         "to play it again")
        else:
            refusal = tr("{trainee} has already taken the assessment of {scenario} (attempt "
                         "{attempt}, not finished); an assessment is taken once — use --mode "
                         "practice to play it again")
        raise JournalError(refusal.format(trainee=trainee, scenario=scenario_id,
                                          attempt=taken.attempt_id[:8]))


def end_journal(journal: AttemptJournal | None, verb: str = "play") -> int:
    if journal is None:
        return OK
    journal.close()
    if journal.error is not None:
        say(verb, tr("the attempt could not be saved to {path} ({reason})").format(
            path=journal.path, reason=core(str(journal.error))))
        return FAILED
    print(tr("attempt saved: {path}").format(path=journal.path), file=sys.stderr)
    return OK


def _login_name() -> str:
    try:
        return getpass.getuser()
    except (OSError, KeyError):
        return "Trainee"


# -- parsers ------------------------------------------------------------------------------------
def add_parsers(verbs: Any) -> dict[str, Any]:
    export = verbs.add_parser("export", help=tr("export attempts as csv, json, pdf or xapi"))
    export.add_argument("attempts", nargs="+", type=Path, help=tr("attempt files or folders"))
    export.add_argument("--format", choices=FORMATS, required=True)
    export.add_argument("-o", "--output", type=Path, required=True, metavar="PATH")
    export.add_argument("--pseudonymise", action="store_true",
                        help=tr("csv: a pseudonym in place of each trainee's name and id, the same "
                                "in every export from this computer (for sharing without names)"))
    xapi_options(export)
    handlers = add_lrs_parsers(verbs)
    verify = verbs.add_parser("verify", help=tr("check an attempt's score by replaying it"))
    verify.add_argument("attempt", type=Path)
    verify.add_argument("--scenario", type=Path, default=None, help=tr("the scenario file"))
    resume = verbs.add_parser("resume", help=tr("list unfinished attempts, or finish one headless"))
    resume.add_argument("attempt", nargs="?", type=Path, default=None)
    resume.add_argument("--scenario", type=Path, default=None, help=tr("the scenario file"))
    resume.add_argument("--choose", default=None, help=tr("answers for the decisions left"))
    resume.add_argument("--auto", choices=["best", "worst", "random"], default=None)
    return {"export": cmd_export, "verify": cmd_verify, "resume": cmd_resume, **handlers}


# -- verbs --------------------------------------------------------------------------------------
def cmd_export(args: argparse.Namespace) -> int:
    from ..records.exports import ExportError, export_attempts
    attempts = read_all("export", args.attempts)
    if attempts is None:
        return BAD_INPUT
    try:
        with progress_bar(tr("exporting {format}").format(format=args.format), tr("attempts"),
                          len(attempts)) as bar:
            written = export_attempts(attempts, args.format, args.output, settings(args),
                                      args.pseudonymise, bar)
    except KeyboardInterrupt:  # each file is written whole or not at all
        files = args.format in ("pdf", "json") and len(attempts) > 1
        if files and bar.done:
            stopped = tr("stopped after {done} of {count} attempts; their files are in {path}")
        else:
            stopped = tr("stopped after {done} of {count} attempts; nothing was written")
        say("export", stopped.format(done=bar.done, count=len(attempts), path=args.output))
        return INTERRUPTED
    except ExportError as err:
        say("export", core(str(err)))
        return BAD_INPUT
    except OSError as err:
        say("export", tr("cannot write {path} ({reason})").format(path=args.output,
                                                                  reason=err.strerror or err))
        return BAD_INPUT
    for path in written:
        print(path)
    return OK


def cmd_verify(args: argparse.Namespace) -> int:
    from ..records.attempt import AttemptError, read_attempt
    from ..records.verify import CannotVerify, verify_attempt
    try:
        attempt = read_attempt(args.attempt)
        verdict = verify_attempt(attempt, args.scenario)
    except (AttemptError, CannotVerify) as err:
        say("verify", core(str(err)))
        return BAD_INPUT
    for problem in verdict.problems:
        print(f"{args.attempt}: {core(problem)}")
    for note in verdict.notes:
        print(tr("{path}: ok — {note}").format(path=args.attempt, note=core(note)))
    if not verdict.ok:
        print(tr("{path}: NOT VERIFIED").format(path=args.attempt))
    return OK if verdict.ok else FAILED


def cmd_resume(args: argparse.Namespace) -> int:
    from ..engine import ActionError, play
    from ..engine.play import ScriptError, chooser_for
    from ..records.attempt import read_attempt
    from ..records.journal import JournalError
    from ..records.paths import attempts_dir
    from ..records.resume import find_unfinished, resume_attempt
    if args.attempt is None:
        found = find_unfinished()
        for item in found:
            # tab-separated for scripts: in English whatever the language
            limits = f", time limits {item.limits.words}" if item.limits.adjusted else ""
            print(f"{item.path}\t{item.trainee}\t{item.title or item.scenario}\t{item.started}\t"
                  f"{item.decisions_taken} decisions taken{limits}")
        if not found:
            print(tr("no unfinished attempts in {folder}").format(folder=attempts_dir()))
        return OK
    try:
        run, journal = resume_attempt(args.attempt, args.scenario)
    except JournalError as err:
        say("resume", core(str(err)))
        return BAD_INPUT
    try:
        chooser, free = chooser_for(args.choose, args.auto, run.seed)
        play(run.scenario, chooser, run=run, free=[s for s in free if s.at >= run.now])
    except (ScriptError, ActionError) as err:
        journal.close()  # still unfinished: it can be resumed again
        say("resume", core(str(err)))
        return BAD_INPUT
    code = end_journal(journal, "resume")
    attempt = read_attempt(journal.path)
    adjusted = attempt.header.limits
    if adjusted.adjusted:
        ended = (tr("{path}: {status}, score {score}/100, passed, time limits {words}")
                 if attempt.passed else
                 tr("{path}: {status}, score {score}/100, not passed, time limits {words}"))
    else:
        ended = (tr("{path}: {status}, score {score}/100, passed") if attempt.passed else
                 tr("{path}: {status}, score {score}/100, not passed"))
    print(ended.format(path=journal.path, status=core(attempt.status), score=attempt.score,
                       words=core(adjusted.words)))
    return code
