"""The LMS verbs of ``sm-sim``: package (a cmi5 course package of scenarios) and launch (play
one AU as an LMS launched it: the app, or headless with --choose or --auto)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..i18n import tr
from ..records.names import LAUNCH_MODES
from .common import (
    BAD_INPUT,
    FAILED,
    OK,
    core,
    diagnostic_line,
    say,
    settings,
    time_limits,
    time_limits_option,
    xapi_options,
)

if TYPE_CHECKING:
    from ..records.cmi5 import CoursePackage
    from ..records.cmi5_session import LaunchedAttempt
    from ..scenario import Diagnostic, Scenario


def add_lms_parsers(verbs: Any) -> dict[str, Any]:
    package = verbs.add_parser(
        "package", help=tr("write a cmi5 course package (cmi5.xml in a zip) for an LMS"))
    package.add_argument("scenarios", nargs="*", type=Path,
                         help=tr("scenario files or folders (instead of --course)"))
    package.add_argument("--course", type=Path, default=None, metavar="FILE",
                         help=tr("a course.yaml: its title, summary and blocks, in order"))
    package.add_argument("-o", "--output", type=Path, required=True, metavar="ZIP")
    package.add_argument("--title", default="", help=tr("the course title (default: from the course)"))
    package.add_argument("--description", default="", help=tr("the course description"))
    package.add_argument("--course-id", default="", metavar="IRI",
                         help=tr("the course's IRI (default: made from the title under --xapi-base)"))
    package.add_argument("--mode", choices=LAUNCH_MODES, default="practice",
                         help=tr("how a launched scenario is played"))
    xapi_options(package)
    launch = verbs.add_parser(
        "launch", help=tr("play a scenario an LMS launched (its cmi5 launch URL); the app, or "
                          "headless with --choose or --auto"))
    launch.add_argument("url", help=tr("the launch URL: sm-sim://launch/SCENARIO?endpoint=…"))
    launch.add_argument("--scenarios", nargs="*", type=Path, default=[], metavar="PATH",
                        help=tr("scenario files or folders to look in besides the built-in ones"))
    launch.add_argument("--choose", default=None, help=tr("headless: answers, as for play"))
    launch.add_argument("--auto", choices=["best", "worst", "random"], default=None,
                        help=tr("headless: the automatic player"))
    launch.add_argument("--seed", type=int, default=None)
    launch.add_argument("--attempt", type=Path, default=None, metavar="PATH",
                        help=tr("write the attempt journal here (default: the user data folder)"))
    launch.add_argument("--timeout", type=float, default=15.0, help=tr("seconds to wait for the LMS"))
    time_limits_option(launch, tr("in the app, those last started with there; headless, as the "
                                  "scenario writes them"))
    xapi_options(launch)
    return {"package": cmd_package, "launch": cmd_launch}


def cmd_launch(args: argparse.Namespace) -> int:
    if args.choose is None and args.auto is None:
        return _app_launch(args)
    from ..engine import ActionError, ScenarioRun, play
    from ..engine.play import ScriptError, chooser_for
    from ..records.cmi5_launch import LaunchError, parse_launch
    from ..records.cmi5_session import Cmi5Session, LaunchedAttempt, trainee_of
    from ..records.journal import AttemptJournal, JournalError
    from ..scenario.library import entry_for, load_library
    try:
        request = parse_launch(args.url)
        entry = entry_for(load_library(args.scenarios), request.scenario_id)
        if entry is None or entry.loaded.scenario is None or entry.loaded.guidance is None:
            raise LaunchError(tr("no playable scenario '{scenario}' is installed here "
                                 "(give its folder with --scenarios)").format(scenario=request.scenario_id))
        scenario = entry.loaded.scenario
        seed = scenario.seed if args.seed is None else args.seed
        chooser, free = chooser_for(args.choose, args.auto, seed)
    except (LaunchError, ScriptError) as err:
        say("launch", core(str(err)))
        return BAD_INPUT
    run = ScenarioRun(scenario, seed, time_limits(args))
    try:
        journal = AttemptJournal.begin(run, entry.loaded.guidance, trainee_of(request),
                                       mode=request.mode, path=args.attempt)
    except JournalError as err:
        say("launch", core(str(err)))
        return BAD_INPUT
    try:
        session = Cmi5Session.open(request, settings(args), timeout=args.timeout)
    except LaunchError as err:
        journal.abandon(f"the LMS's launch could not be followed: {err}")  # the record: English
        say("launch", core(str(err)))
        return FAILED
    launched = LaunchedAttempt(session, journal)
    launched.start()
    try:
        play(scenario, chooser, seed, run=run, free=free)
    except (ScriptError, ActionError) as err:
        launched.journal.abandon(str(err))
        launched.end()
        say("launch", core(str(err)))
        return BAD_INPUT
    launched.journal.close()
    launched.finish()
    launched.end()
    return _told(launched)


def _app_launch(args: argparse.Namespace) -> int:
    """The app, on the scenario the LMS launched (a problem is shown in a dialog: a browser
    starts the app with no terminal to print to)."""
    from ..ui.system_check import advice, missing_packages, wants_xcb
    missing = missing_packages() if wants_xcb() else []
    if missing:
        print(advice(missing), file=sys.stderr)
        return BAD_INPUT
    from ..ui.launch import run_launch
    return run_launch(args.url, list(args.scenarios), settings(args), args.timeout,
                      args.time_limits)


def _told(launched: LaunchedAttempt) -> int:
    """Say what reached the LMS; exit 1 if anything is left waiting or was refused."""
    sent = sum(r.sent for r in launched.reports)
    folder = launched.session.outbox.folder
    problems = [r for r in launched.reports if r.error is not None or r.rejected]
    for report in launched.reports:
        for note in report.notes:
            say("launch", core(note))
    if launched.journal.error is not None:
        say("launch", tr("the attempt could not be saved to {path} ({reason})").format(
            path=launched.journal.path, reason=core(str(launched.journal.error))))
    else:
        print(tr("attempt saved: {path}").format(path=launched.journal.path), file=sys.stderr)
    if problems:
        say("launch", tr("sent {count} statements to the LMS; {report}").format(
            count=sent, report=core(problems[-1].describe(folder))))
        return FAILED
    print(tr("sent {count} statements to the LMS").format(count=sent))
    return OK if launched.journal.error is None else FAILED


def cmd_package(args: argparse.Namespace) -> int:
    if (args.course is None) == (not args.scenarios):
        say("package", tr("give either --course FILE or scenario files, not both or neither"))
        return BAD_INPUT
    from ..records.cmi5 import PackageError, write_package
    package = _from_course(args) if args.course is not None else _from_files(args)
    if package is None:
        return BAD_INPUT
    try:
        written = write_package(package, args.output, settings(args))
    except PackageError as err:
        say("package", core(str(err)))
        return BAD_INPUT
    except OSError as err:
        say("package", tr("cannot write {path} ({reason})").format(path=args.output,
                                                                   reason=err.strerror or err))
        return BAD_INPUT
    count = len(package.scenarios())
    made = (tr("{path}: a cmi5 course package, {count} AU") if count == 1
            else tr("{path}: a cmi5 course package, {count} AUs"))
    print(made.format(path=written, count=count))
    return OK


def _from_course(args: argparse.Namespace) -> CoursePackage | None:
    from ..records.cmi5 import from_course
    from ..scenario import scenario_files
    from ..scenario.course import load_course, scenario_ids
    path: Path = args.course
    if not path.is_file():
        say("package", tr("{path}: no such file").format(path=path))
        return None
    known = scenario_ids(scenario_files([path.parent]))
    loaded = load_course(path, known)
    if not loaded.ok or loaded.course is None:
        _report(loaded.diagnostics)
        return None
    scenarios = _load([known[sid] for sid in loaded.course.scenario_ids()])
    if scenarios is None:
        return None
    course = loaded.course
    if args.title or args.description:
        course = type(course)(args.title or course.title, args.description or course.summary,
                              course.blocks, course.path)
    return from_course(course, {s.id: s for s in scenarios}, args.course_id, args.mode)


def _from_files(args: argparse.Namespace) -> CoursePackage | None:
    from ..records.cmi5 import PackageError, from_scenarios
    from ..scenario import scenario_files
    files = scenario_files(args.scenarios)
    if not files:
        say("package", tr("no scenario files found"))
        return None
    scenarios = _load(files)
    if scenarios is None:
        return None
    try:
        return from_scenarios(scenarios, args.title, args.description, args.course_id, args.mode)
    except PackageError as err:
        say("package", core(str(err)))
        return None


def _load(files: list[Path]) -> list[Scenario] | None:
    """Every scenario, or None after printing the problems: a package of a scenario with errors
    would be imported by an LMS and then fail when a trainee launches it."""
    from ..scenario import load_scenario
    found: list[Scenario] = []
    failed = False
    for path in files:
        loaded = load_scenario(path)
        if not loaded.ok or loaded.scenario is None:
            _report(loaded.diagnostics)
            failed = True
        else:
            found.append(loaded.scenario)
    return None if failed else found


def _report(diagnostics: list[Diagnostic]) -> None:
    from ..scenario import has_errors
    for diagnostic in diagnostics:
        print(diagnostic_line(diagnostic), file=sys.stderr)
    if not has_errors(diagnostics):
        print("sm-sim package: " + tr("the course cannot be read"), file=sys.stderr)
