"""What the verbs share: exit codes, the one-line error, xAPI options, reading attempts.

The verbs' modules import only what their parsers need at the top; each verb imports its
own work when it runs, so ``sm-sim VERB`` loads that verb's modules and no others.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from ..engine.timing import AS_WRITTEN, TimeLimits
from ..records.names import XapiSettings

if TYPE_CHECKING:
    from ..records.attempt import Attempt

OK, FAILED, BAD_INPUT, INTERNAL = 0, 1, 2, 3  # see the exit codes in cli.main
INTERRUPTED = 130  # Ctrl-C, as a shell reports it


def say(verb: str, message: str) -> None:
    print(f"sm-sim {verb}: {message}", file=sys.stderr)


def xapi_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--xapi-base", default=XapiSettings.base, metavar="IRI",
                        help="base of the activity IRIs (your school's address)")
    parser.add_argument("--homepage", default=XapiSettings.home_page, metavar="URL",
                        help="home page of the trainees' accounts")


def time_limits_option(parser: argparse.ArgumentParser,
                       default: str = "as the scenario writes them") -> None:
    """--time-limits: a ``TimeLimits``; None when not given and ``default`` says what then."""
    parser.add_argument("--time-limits", type=_time_limits, default=None,
                        metavar="off|1.5|2|3",
                        help="for a trainee who needs it: every decision's time limit made 1.5, 2 "
                        "or 3 times as long (any factor up to 10), or off so none runs out; "
                        "recorded with the attempt, and the score is worked out as usual "
                        f"(default: {default})")


def time_limits(args: argparse.Namespace) -> TimeLimits:
    """What --time-limits asks for: as written when it was not given."""
    return AS_WRITTEN if args.time_limits is None else args.time_limits


def _time_limits(text: str) -> TimeLimits:
    try:
        return TimeLimits.parse(text)
    except ValueError as err:
        raise argparse.ArgumentTypeError(str(err)) from None


def settings(args: argparse.Namespace) -> XapiSettings:
    return XapiSettings(args.xapi_base.rstrip("/"), args.homepage)


class Bar:
    """A progress bar on standard error while long work runs, shown only when that is a
    terminal (a script's log gets the results alone). Called as a ``Progress``."""

    def __init__(self, bar: Any) -> None:
        self.bar = bar
        self.done = 0

    def __call__(self, done: int, total: int) -> None:
        self.done = done
        if self.bar.total != total:
            self.bar.reset(total)
        self.bar.update(done - self.bar.n)

    def print(self, text: str, file: TextIO | None = None) -> None:
        """A line (on standard error, unless ``file``) above the bar, drawn again below it."""
        self.bar.write(text, file=file or sys.stderr)


@contextmanager
def progress_bar(what: str, unit: str, total: int | None = None) -> Iterator[Bar]:
    from tqdm import tqdm
    with tqdm(desc=what, total=total, unit=f" {unit}", file=sys.stderr, disable=None,
              leave=False, dynamic_ncols=True) as bar:
        yield Bar(bar)


def read_all(verb: str, paths: list[Path]) -> list[Attempt] | None:
    """Every attempt in ``paths``, or None (after saying why) if any is unreadable or none found."""
    from ..records.cohort import read_folder
    with progress_bar("reading attempts", "files") as bar:
        attempts, problems = read_folder(paths, bar)
    for problem in problems:
        say(verb, problem)
    if problems:
        return None
    if not attempts:
        say(verb, f"no attempts found in {', '.join(map(str, paths))}")
        return None
    return attempts
