"""The scenario verbs of ``sm-sim``: validate, play, graph, detect, schema, diagnostics."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from ..i18n import chosen, tr
from .common import (
    BAD_INPUT,
    FAILED,
    OK,
    core,
    diagnostic_line,
    progress_bar,
    time_limits,
    time_limits_option,
)
from .records import add_play_options

if TYPE_CHECKING:
    from ..scenario import Diagnostic


def add_scenario_parsers(verbs: Any) -> dict[str, Any]:
    validate = verbs.add_parser("validate", help=tr("check scenario files; exit 2 if any has errors"))
    validate.add_argument("paths", nargs="+", type=Path)
    play = verbs.add_parser("play", help=tr("play a scenario headless and print the timeline"))
    play.add_argument("scenario", type=Path)
    play.add_argument("--choose", default=None,
                      help=tr('answers in order: option numbers or ids, free:"text", wait; '
                              'add @low, @medium or @high for the trainee\'s confidence; and free '
                              'actions at a time, e.g. "@01:30 like:p_joke" or \'@02:00 reply:p_troll:"…"\''))
    play.add_argument("--auto", choices=["best", "worst", "random"], default=None)
    play.add_argument("--seed", type=int, default=None)
    play.add_argument("--json", action="store_true", help=tr("print the result object as JSON"))
    # the scenario's language: the command line's unless asked (sm-sim --language is that)
    play.add_argument("--language", choices=["en", "cy"], default=chosen(),
                      help=tr("play it in the language of its translation (NAME.cy.yaml beside it; "
                              "default: the command line's language)"))
    time_limits_option(play)
    add_play_options(play)
    graph = verbs.add_parser("graph", help=tr("the scenario's map: Graphviz DOT, or SVG or PNG drawn "
                                              "without Graphviz (as the workbench lays it out)"))
    graph.add_argument("scenario", type=Path)
    graph.add_argument("--format", choices=["dot", "svg", "png"], default="dot")
    graph.add_argument("-o", "--output", type=Path, default=None, metavar="FILE",
                       help=tr("write it here (needed for png; dot and svg print otherwise)"))
    detect = verbs.add_parser("detect", help=tr("read replies (one per line) on stdin, print their flags "
                                                "(the detectors judge English: a reply in Welsh prints "
                                                "null, for a trainer to judge)"))
    detect.add_argument("--evaluate", type=Path, default=None, metavar="FILE",
                        help=tr("instead: precision and recall per flag on a labelled file "
                                "(.jsonl, or .tsv as 'sm-sim replies export' writes); exit 1 if any "
                                "is under 0.9"))
    schema = verbs.add_parser("schema", help=tr("print a JSON Schema: the scenario's "
                                                "(scenarios/schema.json), the course's or the "
                                                "guidance library's"))
    schema.add_argument("--for", dest="kind", choices=["scenario", "course", "guidance"],
                        default="scenario", help=tr("which file's schema (default: scenario)"))
    codes = verbs.add_parser("diagnostics", help=tr("print the table of diagnostic codes (Markdown)"))
    codes.add_argument("--examples", type=Path, default=None, metavar="FOLDER",
                       help=tr("and an example of each, from the failing example files in FOLDER "
                               "(tests/scenario/bad: docs/diagnostics.md)"))
    new = verbs.add_parser("new", help=tr("write a small, valid, commented scenario to start from"))
    new.add_argument("name", help=tr('what to call it, e.g. "Night shift question"'))
    new.add_argument("--folder", type=Path, default=Path("."), help=tr("where to write it"))
    line = verbs.add_parser("timeline", help=tr("a path's events list: every inject, crowd burst, "
                                                "decision and reaction on one time axis, and what "
                                                "overlaps"))
    line.add_argument("scenario", type=Path)
    line.add_argument("--path", default="best", metavar="best|worst|STATE_ID",
                      help=tr("the best or worst automatic play, or the shortest way to a state "
                              "(then the best play on from it); default best"))
    line.add_argument("--think", type=_think, default=None, metavar="SECONDS|last",
                      help=tr("how long the trainee takes over each decision; default last: a "
                              "second before its time limit runs out (at once where it has none)"))
    catalogue = verbs.add_parser("catalogue", help=tr("print the trainers' scenario catalogue (Markdown)"))
    catalogue.add_argument("folder", nargs="?", type=Path, default=None,
                           help=tr("a folder of scenarios (default: the built-in library)"))
    return {"validate": cmd_validate, "play": cmd_play, "graph": cmd_graph, "detect": cmd_detect,
            "schema": cmd_schema, "diagnostics": cmd_diagnostics, "catalogue": cmd_catalogue,
            "new": cmd_new, "timeline": cmd_timeline}


def _think(text: str) -> float:
    if text.strip().lower() == "last":
        return float("inf")
    try:
        seconds = float(text)
    except ValueError:
        seconds = -1.0
    if not 0 <= seconds < float("inf"):
        raise argparse.ArgumentTypeError(tr("'{text}' is not a number of seconds (or last)")
                                         .format(text=text))
    return seconds


def _print_diagnostics(diagnostics: list[Diagnostic], out: TextIO) -> None:
    for diagnostic in diagnostics:
        print(diagnostic_line(diagnostic), file=out)


def _targets(paths: list[Path]) -> list[Path]:
    """The files to check: each file given, and in each folder its scenarios and course."""
    from ..scenario import scenario_files
    from ..scenario.load import COURSE_FILE
    found: list[Path] = []
    for path in paths:
        found += scenario_files([path])
        if path.is_dir() and (path / COURSE_FILE).is_file():
            found.append(path / COURSE_FILE)
    return found


def cmd_validate(args: argparse.Namespace) -> int:
    from ..scenario import has_errors
    from .checking import check_file
    files = _targets(args.paths)
    if not files:
        print("sm-sim validate: " + tr("no scenario files found"), file=sys.stderr)
        return BAD_INPUT
    failed = False
    with progress_bar(tr("checking"), tr("files"), len(files)) as bar:
        for done, path in enumerate(files):
            bar(done, len(files))
            diagnostics = check_file(path)
            for diagnostic in diagnostics:
                bar.print(diagnostic_line(diagnostic))
            failed = failed or has_errors(diagnostics)
            if not has_errors(diagnostics):
                bar.print(tr("{path}: ok").format(path=path), sys.stdout)
        bar(len(files), len(files))
    return BAD_INPUT if failed else OK


def cmd_new(args: argparse.Namespace) -> int:
    from ..scenario.template import new_scenario
    try:
        path = new_scenario(args.name, args.folder)
    except FileExistsError as err:
        print("sm-sim new: " + tr("{path} already exists — choose another name, or open it "
                                  "with 'sm-sim edit {path}'").format(path=err.filename), file=sys.stderr)
        return BAD_INPUT
    except OSError as err:
        print("sm-sim new: " + tr("cannot write in {folder} ({reason})").format(
            folder=args.folder, reason=err.strerror or err), file=sys.stderr)
        return BAD_INPUT
    print(tr("{path}: written — check it with 'sm-sim validate {path}', or open it with "
             "'sm-sim edit {path}'").format(path=path))
    return OK


def cmd_catalogue(args: argparse.Namespace) -> int:
    from ..scenario import builtin_scenarios_dir
    from ..scenario.catalogue import LibraryError, library_markdown
    try:
        sys.stdout.write(library_markdown(args.folder or builtin_scenarios_dir()))
    except LibraryError as err:
        _print_diagnostics(err.diagnostics, sys.stderr)
        return BAD_INPUT
    return OK


def cmd_play(args: argparse.Namespace) -> int:
    from ..engine import ActionError, play
    from ..engine.events import MetricsChanged, describe
    from ..engine.play import ScriptError, chooser_for
    from ..engine.result import result
    from ..engine.run import ScenarioRun
    from ..records.journal import JournalError
    from ..scenario import load_scenario
    from .records import begin_journal, end_journal
    loaded = load_scenario(args.scenario, language=args.language)
    if not loaded.ok or loaded.scenario is None or loaded.guidance is None:
        _print_diagnostics(loaded.diagnostics, sys.stderr)
        return BAD_INPUT
    if loaded.scenario.language != args.language:  # no translation, or a wrong one: English
        _print_diagnostics(loaded.translation_problems, sys.stderr)
        print("sm-sim play: " + tr("{path} has no complete translation into {language}; "
                                   "playing it in English").format(path=args.scenario,
                                                                   language=args.language),
              file=sys.stderr)
    scenario = loaded.scenario
    seed = scenario.seed if args.seed is None else args.seed
    journal = None
    try:
        chooser, free = chooser_for(args.choose, args.auto, seed)
        run = ScenarioRun(scenario, seed, time_limits(args))
        journal = begin_journal(args, run, loaded.guidance)  # records it as the app does
        run = play(scenario, chooser, seed, run=run, free=free)
    except (ScriptError, ActionError, JournalError) as err:
        if journal is not None:
            journal.abandon(str(err))
        print(f"sm-sim play: {core(str(err))}", file=sys.stderr)
        return BAD_INPUT
    outcome = result(run, loaded.guidance)
    if args.json:
        json.dump(outcome, sys.stdout, ensure_ascii=False, indent=2)
        print()
        return end_journal(journal)
    for event in run.events:
        if not isinstance(event, MetricsChanged):  # counters ticking: too many to list
            print(core(describe(event)))
    print("\n" + tr("Ending: {title}  score {score}/100  {verdict}").format(
        title=outcome["debrief"]["ending"]["title"], score=outcome["score"],
        verdict=core(outcome["debrief"]["verdict"])))
    if run.time_limits.adjusted:
        print(tr("Time limits: {words} (the score is worked out as usual)").format(
            words=core(run.time_limits.words)))
    for name, value in outcome["competencies"].items():
        print(f"  {outcome['debrief']['competency_titles'][name]:<28} {value:>3}")
    return end_journal(journal)


def cmd_graph(args: argparse.Namespace) -> int:
    from ..scenario import load_scenario
    from ..scenario.graph import to_dot
    from ..scenario.storymap import story_map
    from ..scenario.svgmap import to_svg
    loaded = load_scenario(args.scenario)
    story = story_map(loaded.source) if loaded.source is not None else None
    if loaded.scenario is None or story is None:
        _print_diagnostics(loaded.diagnostics, sys.stderr)
        return BAD_INPUT
    if args.format == "png" and args.output is None:
        print("sm-sim graph: " + tr("a PNG needs a file: add -o map.png"), file=sys.stderr)
        return BAD_INPUT
    if args.format == "dot":
        drawn: str | bytes = to_dot(loaded.scenario)
    else:
        drawn = to_svg(story, loaded.scenario.title)
        if args.format == "png":
            try:
                from ..ui.kit.raster import svg_to_png
            except ImportError:
                print("sm-sim graph: " + tr("drawing a PNG needs Qt (PySide6), which this install "
                                            "lacks; use --format svg"), file=sys.stderr)
                return BAD_INPUT
            drawn = svg_to_png(drawn)
    if args.output is None:
        sys.stdout.write(str(drawn))
        return OK
    try:
        if isinstance(drawn, bytes):
            args.output.write_bytes(drawn)
        else:
            args.output.write_text(drawn, encoding="utf-8")
    except OSError as err:
        print("sm-sim graph: " + tr("cannot write {path} ({reason})").format(
            path=args.output, reason=err.strerror or err), file=sys.stderr)
        return BAD_INPUT
    print(args.output)
    return OK


def cmd_detect(args: argparse.Namespace) -> int:
    from ..scoring.detectors import detect
    if args.evaluate is not None:
        from ..scoring.detectors.evaluate import THRESHOLD, evaluate, failing, format_table, load_labelled
        try:
            examples = load_labelled(args.evaluate)
        except (OSError, ValueError) as err:
            print(f"sm-sim detect: {core(str(err))}", file=sys.stderr)
            return BAD_INPUT
        scores = evaluate(examples)
        print(tr("{count} labelled replies from {path}").format(count=len(examples), path=args.evaluate))
        print(format_table(scores))
        return FAILED if failing(scores, THRESHOLD) else OK
    from ..scoring.language import judged, language_of
    for line in sys.stdin:
        text = line.rstrip("\n")
        print(json.dumps(detect(text) if judged(language_of(text)) else None))
    return OK


def cmd_schema(args: argparse.Namespace) -> int:
    from ..scenario.schema import COURSE_SCHEMA, GUIDANCE_SCHEMA, SCENARIO_SCHEMA
    schema = {"scenario": SCENARIO_SCHEMA, "course": COURSE_SCHEMA, "guidance": GUIDANCE_SCHEMA}
    print(json.dumps(schema[args.kind], indent=2, ensure_ascii=False))
    return OK


def cmd_diagnostics(args: argparse.Namespace) -> int:
    from .diagnostics_doc import diagnostics_markdown
    sys.stdout.write(diagnostics_markdown(args.examples))
    return OK


def cmd_timeline(args: argparse.Namespace) -> int:
    from ..engine.events import clock_text
    from ..engine.play import LAST
    from ..engine.run import ActionError
    from ..engine.timeline import PathError, as_table, timeline
    from ..scenario import load_scenario
    loaded = load_scenario(args.scenario)
    if not loaded.ok or loaded.scenario is None:
        _print_diagnostics(loaded.diagnostics, sys.stderr)
        print("sm-sim timeline: " + tr("{path} has errors (above): fix them first").format(
            path=args.scenario), file=sys.stderr)
        return BAD_INPUT
    think = LAST if args.think is None else args.think
    try:
        found = timeline(loaded.scenario, args.path, think)
    except (PathError, ActionError) as err:
        print(f"sm-sim timeline: {core(str(err))}", file=sys.stderr)
        return BAD_INPUT
    if think == LAST:
        heading = tr("{title}: the {path} path, each decision answered at the last moment; "
                     "ends in {ending} at {clock}")
    else:
        heading = tr("{title}: the {path} path, each decision answered after {seconds}s; "
                     "ends in {ending} at {clock}")
    print(heading.format(title=loaded.scenario.title, path=args.path, seconds=f"{think:g}",
                         ending=found.ending, clock=clock_text(found.length)) + "\n")
    print(as_table(found, say=core))
    if not found.reached:
        print("sm-sim timeline: " + tr("this path does not reach '{path}': the branches' "
                                       "conditions led elsewhere as the run stood").format(
                                           path=args.path), file=sys.stderr)
        return FAILED
    return OK
