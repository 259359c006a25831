"""The LMS verbs of ``sm-sim``: package (a cmi5 course package of scenarios)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from ..records.cmi5 import (
    LAUNCH_MODES,
    CoursePackage,
    PackageError,
    from_course,
    from_scenarios,
    write_package,
)
from ..scenario import Diagnostic, Scenario, has_errors, load_scenario, scenario_files
from ..scenario.course import load_course, scenario_ids
from .common import BAD_INPUT, OK, say, settings, xapi_options


def add_lms_parsers(verbs: Any) -> dict[str, Any]:
    package = verbs.add_parser(
        "package", help="write a cmi5 course package (cmi5.xml in a zip) for an LMS")
    package.add_argument("scenarios", nargs="*", type=Path,
                         help="scenario files or folders (instead of --course)")
    package.add_argument("--course", type=Path, default=None, metavar="FILE",
                         help="a course.yaml: its title, summary and blocks, in order")
    package.add_argument("-o", "--output", type=Path, required=True, metavar="ZIP")
    package.add_argument("--title", default="", help="the course title (default: from the course)")
    package.add_argument("--description", default="", help="the course description")
    package.add_argument("--course-id", default="", metavar="IRI",
                         help="the course's IRI (default: made from the title under --xapi-base)")
    package.add_argument("--mode", choices=LAUNCH_MODES, default="practice",
                         help="how a launched scenario is played")
    xapi_options(package)
    return {"package": cmd_package}


def cmd_package(args: argparse.Namespace) -> int:
    if (args.course is None) == (not args.scenarios):
        say("package", "give either --course FILE or scenario files, not both or neither")
        return BAD_INPUT
    package = _from_course(args) if args.course is not None else _from_files(args)
    if package is None:
        return BAD_INPUT
    try:
        written = write_package(package, args.output, settings(args))
    except PackageError as err:
        say("package", str(err))
        return BAD_INPUT
    except OSError as err:
        say("package", f"cannot write {args.output} ({err.strerror or err})")
        return BAD_INPUT
    count = len(package.scenarios())
    print(f"{written}: a cmi5 course package, {count} AU{'s' * (count != 1)}")
    return OK


def _from_course(args: argparse.Namespace) -> CoursePackage | None:
    path: Path = args.course
    if not path.is_file():
        say("package", f"{path}: no such file")
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
    files = scenario_files(args.scenarios)
    if not files:
        say("package", "no scenario files found")
        return None
    scenarios = _load(files)
    if scenarios is None:
        return None
    try:
        return from_scenarios(scenarios, args.title, args.description, args.course_id, args.mode)
    except PackageError as err:
        say("package", str(err))
        return None


def _load(files: list[Path]) -> list[Scenario] | None:
    """Every scenario, or None after printing the problems: a package of a scenario with errors
    would be imported by an LMS and then fail when a trainee launches it."""
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
    for diagnostic in diagnostics:
        print(diagnostic.format(), file=sys.stderr)
    if not has_errors(diagnostics):
        print("sm-sim package: the course cannot be read", file=sys.stderr)
