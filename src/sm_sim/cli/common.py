"""What the verbs share: exit codes, the one-line error, the parser that speaks the chosen
language, xAPI options, reading attempts.

The verbs' modules import only what their parsers need at the top; each verb imports its
own work when it runs, so ``sm-sim VERB`` loads that verb's modules and no others.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn, TextIO

from ..engine.timing import AS_WRITTEN, TimeLimits
from ..i18n import chosen, tr
from ..records.names import XapiSettings

if TYPE_CHECKING:
    from ..records.attempt import Attempt
    from ..scenario import Diagnostic

OK, FAILED, BAD_INPUT, INTERNAL = 0, 1, 2, 3  # see the exit codes in cli.main
INTERRUPTED = 130  # Ctrl-C, as a shell reports it


def say(verb: str, message: str) -> None:
    print(f"sm-sim {verb}: {message}", file=sys.stderr)


def core(text: str) -> str:
    """A sentence the Qt-free core wrote (an error's ``str()``, a report), in the language
    chosen where its catalogue has it: ``tr``, under a name that says the text is not ours."""
    return tr(text)


def diagnostic_line(diagnostic: Diagnostic) -> str:
    """``Diagnostic.format()``'s line, its message and hint in the language chosen (the path,
    place, severity and code stay as they are, for editors and scripts to read)."""
    if chosen() == "en":
        return diagnostic.format()
    from ..scenario.diagnostics import CODES
    hint = core(diagnostic.hint or CODES[diagnostic.code].hint)
    text = (f"{diagnostic.path}:{diagnostic.line}:{diagnostic.col}: {diagnostic.severity.value} "
            f"{diagnostic.code} {core(diagnostic.message)}").replace("\n", " ")
    return f"{text} — {hint}" if hint else text


class _Formatter(argparse.HelpFormatter):
    def add_usage(self, usage: Any, actions: Any, groups: Any, prefix: str | None = None) -> None:
        super().add_usage(usage, actions, groups, tr("usage: ") if prefix is None else prefix)


class Parser(argparse.ArgumentParser):
    """An ``ArgumentParser`` whose own words (usage, the headings, --help, an error's first
    words) are said in the language chosen; each verb's parser is one too."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        helps = kwargs.get("add_help", True)
        kwargs.update(add_help=False)  # its own, below, in the language chosen
        kwargs.setdefault("formatter_class", _Formatter)
        super().__init__(*args, **kwargs)
        self._positionals.title = tr("positional arguments")
        self._optionals.title = tr("options")
        if helps:
            self.add_argument("-h", "--help", action="help", default=argparse.SUPPRESS,
                              help=tr("show this help message and exit"))

    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        self.exit(2, tr("{prog}: error: {message}").format(prog=self.prog, message=message) + "\n")


def xapi_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--xapi-base", default=XapiSettings.base, metavar="IRI",
                        help=tr("base of the activity IRIs (your school's address)"))
    parser.add_argument("--homepage", default=XapiSettings.home_page, metavar="URL",
                        help=tr("home page of the trainees' accounts"))


def time_limits_option(parser: argparse.ArgumentParser, default: str | None = None) -> None:
    """--time-limits: a ``TimeLimits``; None when not given and ``default`` says what then
    (as the scenario writes them, unless said)."""
    parser.add_argument("--time-limits", type=_time_limits, default=None,
                        metavar="off|1.5|2|3",
                        help=tr("for a trainee who needs it: every decision's time limit made 1.5, 2 "
                                "or 3 times as long (any factor up to 10), or off so none runs out; "
                                "recorded with the attempt, and the score is worked out as usual "
                                "(default: {default})").format(
                                    default=tr("as the scenario writes them") if default is None
                                    else default))


def time_limits(args: argparse.Namespace) -> TimeLimits:
    """What --time-limits asks for: as written when it was not given."""
    return AS_WRITTEN if args.time_limits is None else args.time_limits


def _time_limits(text: str) -> TimeLimits:
    try:
        return TimeLimits.parse(text)
    except ValueError as err:
        raise argparse.ArgumentTypeError(core(str(err))) from None


def settings(args: argparse.Namespace) -> XapiSettings:
    return XapiSettings(args.xapi_base.rstrip("/"), args.homepage)


class Bar:
    """A progress bar on standard error while long work runs, shown only when that is a
    terminal (a script's log gets the results alone). Called as a ``Progress``."""

    def __init__(self, bar: Any = None) -> None:
        self.bar = bar  # a tqdm bar, or None where none is drawn
        self.done = 0

    def __call__(self, done: int, total: int) -> None:
        self.done = done
        if self.bar is None:
            return
        if self.bar.total != total:
            self.bar.reset(total)
        self.bar.update(done - self.bar.n)

    def print(self, text: str, file: TextIO | None = None) -> None:
        """A line (on standard error, unless ``file``) above the bar, drawn again below it."""
        if self.bar is None:
            print(text, file=file or sys.stderr)
        else:
            self.bar.write(text, file=file or sys.stderr)


@contextmanager
def progress_bar(what: str, unit: str, total: int | None = None) -> Iterator[Bar]:
    if not sys.stderr.isatty():  # no bar is drawn (tqdm would disable itself): not imported
        yield Bar()
        return
    from tqdm import tqdm
    with tqdm(desc=what, total=total, unit=f" {unit}", file=sys.stderr, disable=None,
              leave=False, dynamic_ncols=True) as bar:
        yield Bar(bar)


def read_all(verb: str, paths: list[Path]) -> list[Attempt] | None:
    """Every attempt in ``paths``, or None (after saying why) if any is unreadable or none found."""
    from ..records.cohort import read_folder
    with progress_bar(tr("reading attempts"), tr("files")) as bar:
        attempts, problems = read_folder(paths, bar)
    for problem in problems:
        say(verb, core(problem))
    if problems:
        return None
    if not attempts:
        say(verb, tr("no attempts found in {paths}").format(paths=", ".join(map(str, paths))))
        return None
    return attempts
