"""What the verbs share: exit codes, the one-line error, xAPI options, reading attempts."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ..records.attempt import Attempt
from ..records.cohort import read_folder
from ..records.xapi import XapiSettings

OK, FAILED, BAD_INPUT, INTERNAL = 0, 1, 2, 3  # see the exit codes in cli.main


def say(verb: str, message: str) -> None:
    print(f"sm-sim {verb}: {message}", file=sys.stderr)


def xapi_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--xapi-base", default=XapiSettings.base, metavar="IRI",
                        help="base of the activity IRIs (your school's address)")
    parser.add_argument("--homepage", default=XapiSettings.home_page, metavar="URL",
                        help="home page of the trainees' accounts")


def settings(args: argparse.Namespace) -> XapiSettings:
    return XapiSettings(args.xapi_base.rstrip("/"), args.homepage)


def read_all(verb: str, paths: list[Path]) -> list[Attempt] | None:
    """Every attempt in ``paths``, or None (after saying why) if any is unreadable or none found."""
    attempts, problems = read_folder(paths)
    for problem in problems:
        say(verb, problem)
    if problems:
        return None
    if not attempts:
        say(verb, f"no attempts found in {', '.join(map(str, paths))}")
        return None
    return attempts
