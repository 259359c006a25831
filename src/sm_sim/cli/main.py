"""``sm-sim``: one entry point. No arguments opens the app; verbs work headless.

Exit codes: 0 success, 1 a check failed (e.g. verify), 2 bad input (a scenario with
errors, a bad --choose script, a missing file), 3 an internal error (logged to the
user log folder). No traceback reaches a user.

The command line speaks English or Welsh: ``sm-sim --language cy VERB …``, else the language
the environment asks for as gettext reads it (sm_sim/i18n.py). It is chosen before the parser
is built, so that the help is in it too.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import NoReturn

from .. import __version__
from ..crashlog import write_crash
from ..i18n import LANGUAGES, chosen, from_environment, tr, use
from ..records.paths import DataFolderError
from .common import BAD_INPUT, INTERNAL, INTERRUPTED, OK, Parser, core
from .lms import add_lms_parsers
from .records import add_parsers
from .review import add_review_parsers
from .scenario import add_scenario_parsers
from .session import add_session_parsers
from .translate import add_translate_parsers


class _Unheard(Exception):
    pass


class _Glance(argparse.ArgumentParser):
    """The pre-pass: reads ``--language`` before the verb, and says nothing of what is wrong
    (the full parser does, in the language chosen)."""

    def error(self, message: str) -> NoReturn:
        raise _Unheard(message)


def choose_language(argv: Sequence[str]) -> str:
    """The language ``--language`` before the verb asks for, else the environment's; used
    from now on."""
    glance = _Glance(add_help=False)
    glance.add_argument("--language", dest="ui_language", default=None)
    glance.add_argument("rest", nargs=argparse.REMAINDER)  # the verb and its own options
    try:
        asked = glance.parse_known_args(list(argv))[0].ui_language
    except _Unheard:
        asked = None
    return use(asked if asked in LANGUAGES else from_environment())


def _parser() -> argparse.ArgumentParser:
    parser = Parser(
        prog="sm-sim", description=tr("Social media training simulator for police officers and staff. "
                                      "Run without arguments to open the app."))
    parser.add_argument("--version", action="version", version=f"sm-sim {__version__}",
                        help=tr("show program's version number and exit"))
    parser.add_argument("--language", dest="ui_language", choices=LANGUAGES, default=chosen(),
                        help=tr("the language the command line speaks: en (English) or cy (Welsh); "
                                "default: the environment's (LANGUAGE, LC_ALL, LC_MESSAGES or LANG)"))
    verbs = parser.add_subparsers(dest="verb", metavar="VERB")
    app = verbs.add_parser("app", help=tr("open the app (the default)"))
    app.add_argument("scenarios", nargs="*", type=Path, help=tr("extra scenario files or folders"))
    edit = verbs.add_parser("edit", help=tr("open a scenario file in the trainer's workbench"))
    edit.add_argument("scenario", type=Path)
    console = verbs.add_parser("console", help=tr("watch a classroom session: the trainer's console"))
    console.add_argument("code", help=tr("the session's join code, e.g. K7M2QX"))
    # the records verbs bring the LRS verbs
    for add in (add_scenario_parsers, add_parsers, add_review_parsers, add_lms_parsers,
                add_session_parsers, add_translate_parsers):
        _VERBS.update(add(verbs))
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    choose_language(argv)
    args = _parser().parse_args(argv)
    verb = args.verb or "app"
    try:
        return int(_VERBS[verb](args))
    except KeyboardInterrupt:
        return INTERRUPTED
    except BrokenPipeError:
        return OK
    except DataFolderError as error:  # where records go is unusable: say where, not a crash
        print(f"sm-sim {verb}: {core(str(error))}", file=sys.stderr)
        return BAD_INPUT
    except Exception as error:  # the last resort: a calm line, the details in a log file
        where = write_crash(error)
        if where:
            line = tr("sm-sim: an unexpected error stopped '{verb}': {error}. Details were saved "
                      "to {where}.").format(verb=verb, error=core(str(error)), where=where)
        else:
            line = tr("sm-sim: an unexpected error stopped '{verb}': {error}.").format(
                verb=verb, error=core(str(error)))
        print(line, file=sys.stderr)
        return INTERNAL


def cmd_edit(args: argparse.Namespace) -> int:
    if not args.scenario.is_file():
        print("sm-sim edit: " + tr("{path}: no such file — create one with 'sm-sim new NAME'")
              .format(path=args.scenario), file=sys.stderr)
        return BAD_INPUT
    from ..ui.system_check import advice, missing_packages, wants_xcb
    missing = missing_packages() if wants_xcb() else []
    if missing:
        print(advice(missing), file=sys.stderr)
        return BAD_INPUT
    from ..ui.app import run_workbench
    return run_workbench(args.scenario)


def cmd_console(args: argparse.Namespace) -> int:
    from ..records.classroom import SessionError, normal_code

    def refuse(problem: str) -> int:
        print(f"sm-sim console: {problem}", file=sys.stderr)
        return BAD_INPUT

    try:
        code = normal_code(args.code)
    except SessionError as err:
        return refuse(core(str(err)))
    from ..ui.system_check import advice, missing_packages, wants_xcb
    missing = missing_packages() if wants_xcb() else []
    if missing:
        return refuse(advice(missing))
    from ..ui.app import run_console
    return run_console(code, refuse)


def cmd_app(args: argparse.Namespace) -> int:
    from ..ui.system_check import advice, missing_packages, wants_xcb
    missing = missing_packages() if wants_xcb() else []
    if missing:  # before Qt starts: it would abort with a misleading hint
        print(advice(missing), file=sys.stderr)
        return BAD_INPUT
    from ..ui.app import run_app
    return run_app(list(getattr(args, "scenarios", []) or []))


_VERBS: dict[str, Callable[[argparse.Namespace], int]] = {"app": cmd_app, "edit": cmd_edit,
                                                          "console": cmd_console}
