"""``sm-sim``: one entry point. No arguments opens the app; verbs work headless.

Exit codes: 0 success, 1 a check failed (e.g. verify), 2 bad input (a scenario with
errors, a bad --choose script, a missing file), 3 an internal error (logged to the
user log folder). No traceback reaches a user.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TextIO

from .crashlog import write_crash
from .records.commands import add_parsers, add_play_options
from .records.paths import DataFolderError
from .scenario import Diagnostic, has_errors, load_scenario, scenario_files
from .scenario.diagnostics import catalogue_markdown

EXIT_OK, EXIT_FAILED, EXIT_BAD_INPUT, EXIT_INTERNAL = 0, 1, 2, 3


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="sm-sim", description="Social media training simulator for police officers and staff. "
        "Run without arguments to open the app.")
    verbs = parser.add_subparsers(dest="verb", metavar="VERB")
    app = verbs.add_parser("app", help="open the app (the default)")
    app.add_argument("scenarios", nargs="*", type=Path, help="extra scenario files or folders")
    validate = verbs.add_parser("validate", help="check scenario files; exit 2 if any has errors")
    validate.add_argument("paths", nargs="+", type=Path)
    play = verbs.add_parser("play", help="play a scenario headless and print the timeline")
    play.add_argument("scenario", type=Path)
    play.add_argument("--choose", default=None,
                      help='answers in order: option numbers or ids, free:"text", wait; '
                      'add @low, @medium or @high for the trainee\'s confidence')
    play.add_argument("--auto", choices=["best", "worst", "random"], default=None)
    play.add_argument("--seed", type=int, default=None)
    play.add_argument("--json", action="store_true", help="print the result object as JSON")
    add_play_options(play)
    graph = verbs.add_parser("graph", help="print the state graph as Graphviz DOT")
    graph.add_argument("scenario", type=Path)
    verbs.add_parser("detect", help="read replies (one per line) on stdin, print their flags")
    verbs.add_parser("schema", help="print the scenario JSON Schema")
    verbs.add_parser("diagnostics", help="print the table of diagnostic codes (Markdown)")
    _VERBS.update(add_parsers(verbs))
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    verb = args.verb or "app"
    try:
        return int(_VERBS[verb](args))
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return EXIT_OK
    except DataFolderError as error:  # where records go is unusable: say where, not a crash
        print(f"sm-sim {verb}: {error}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except Exception as error:  # the last resort: a calm line, the details in a log file
        where = write_crash(error)
        saved = f" Details were saved to {where}." if where else ""
        print(f"sm-sim: an unexpected error stopped '{verb}': {error}.{saved}", file=sys.stderr)
        return EXIT_INTERNAL


def _print_diagnostics(diagnostics: list[Diagnostic], out: TextIO) -> None:
    for diagnostic in diagnostics:
        print(diagnostic.format(), file=out)


def cmd_validate(args: argparse.Namespace) -> int:
    from .engine.lint import check_playable
    failed = False
    files = scenario_files(args.paths)
    if not files:
        print("sm-sim validate: no scenario files found", file=sys.stderr)
        return EXIT_BAD_INPUT
    for path in files:
        loaded = load_scenario(path)
        diagnostics = loaded.diagnostics
        if loaded.ok and loaded.scenario and loaded.source:
            diagnostics = diagnostics + check_playable(loaded.scenario, loaded.source)
        _print_diagnostics(diagnostics, sys.stderr)
        failed = failed or has_errors(diagnostics) or loaded.scenario is None
        if not has_errors(diagnostics):
            print(f"{path}: ok", file=sys.stdout)
    return EXIT_BAD_INPUT if failed else EXIT_OK


def cmd_play(args: argparse.Namespace) -> int:
    from .engine import ActionError, automatic, parse_script, play, scripted
    from .engine.events import MetricsChanged, describe
    from .engine.play import ScriptError
    from .engine.result import result
    loaded = load_scenario(args.scenario)
    if not loaded.ok or loaded.scenario is None or loaded.guidance is None:
        _print_diagnostics(loaded.diagnostics, sys.stderr)
        return EXIT_BAD_INPUT
    scenario = loaded.scenario
    seed = scenario.seed if args.seed is None else args.seed
    from .engine.run import ScenarioRun
    from .records.commands import begin_journal, end_journal
    from .records.journal import JournalError
    journal = None
    try:
        fallback = automatic(args.auto, seed) if args.auto else None
        chooser = scripted(parse_script(args.choose), fallback) if args.choose is not None \
            else (fallback or automatic("best", seed))
        run = ScenarioRun(scenario, seed)
        journal = begin_journal(args, run, loaded.guidance)  # records it as the app does
        run = play(scenario, chooser, seed, run=run)
    except (ScriptError, ActionError, JournalError) as err:
        if journal is not None:
            journal.abandon(str(err))
        print(f"sm-sim play: {err}", file=sys.stderr)
        return EXIT_BAD_INPUT
    outcome = result(run, loaded.guidance)
    if args.json:
        json.dump(outcome, sys.stdout, ensure_ascii=False, indent=2)
        print()
        return end_journal(journal)
    for event in run.events:
        if not isinstance(event, MetricsChanged):  # counters ticking: too many to list
            print(describe(event))
    print(f"\nEnding: {outcome['debrief']['ending']['title']}  score {outcome['score']}/100  "
          f"{outcome['debrief']['verdict']}")
    for name, value in outcome["competencies"].items():
        print(f"  {outcome['debrief']['competency_titles'][name]:<28} {value:>3}")
    return end_journal(journal)


def cmd_graph(args: argparse.Namespace) -> int:
    from .scenario.graph import to_dot
    loaded = load_scenario(args.scenario)
    if loaded.scenario is None:
        _print_diagnostics(loaded.diagnostics, sys.stderr)
        return EXIT_BAD_INPUT
    sys.stdout.write(to_dot(loaded.scenario))
    return EXIT_OK


def cmd_detect(args: argparse.Namespace) -> int:
    from .scoring.detectors import detect
    for line in sys.stdin:
        print(json.dumps(detect(line.rstrip("\n"))))
    return EXIT_OK


def cmd_schema(args: argparse.Namespace) -> int:
    from .scenario.schema import SCENARIO_SCHEMA
    print(json.dumps(SCENARIO_SCHEMA, indent=2, ensure_ascii=False))
    return EXIT_OK


def cmd_diagnostics(args: argparse.Namespace) -> int:
    sys.stdout.write(catalogue_markdown())
    return EXIT_OK


def cmd_app(args: argparse.Namespace) -> int:
    from .ui.app import run_app
    return run_app(list(getattr(args, "scenarios", []) or []))


_VERBS = {
    "app": cmd_app, "validate": cmd_validate, "play": cmd_play, "graph": cmd_graph,
    "detect": cmd_detect, "schema": cmd_schema, "diagnostics": cmd_diagnostics,
}


if __name__ == "__main__":
    raise SystemExit(main())
