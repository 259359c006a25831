"""House rules from docs/architecture.md, checked on the source as it stands."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[1] / "src" / "sm_sim"
SOURCES = sorted(SRC.rglob("*.py"))
RULES = [
    (re.compile(r"\btime\.sleep\("), "sleeps: time is injected, never waited for"),
    (re.compile(r"\bthreading\.Timer\b"), "uses threading.Timer: schedule on the simulated clock"),
    (re.compile(r"\bprocessEvents\("), "spins the event loop by hand"),
    (re.compile(r"yaml\.(load|full_load|unsafe_load)\("), "loads YAML unsafely"),
    (re.compile(r"yaml\.(Unsafe|Full)?Loader\b"), "names an unsafe YAML loader"),
]


@pytest.mark.parametrize("path", SOURCES, ids=lambda p: str(p.relative_to(SRC)))
def test_house_rules(path):
    text = path.read_text()
    for pattern, problem in RULES:
        assert not pattern.search(text), f"{path.relative_to(SRC)} {problem}"


def test_one_timer_in_the_app():
    """Only the clock driver owns a QTimer (nor does anything else start a single shot);
    everything else follows its ticks."""
    owners = [str(p.relative_to(SRC)) for p in SOURCES
              if re.search(r"\bQTimer\(|\bsingleShot\(", p.read_text())]
    assert owners == ["ui/session/clock.py"]


def test_no_print_below_the_command_line():
    """Only the command line (the ``cli`` package) talks to the terminal."""
    printing = [str(p.relative_to(SRC)) for p in SOURCES
                if p.relative_to(SRC).parts[0] != "cli"
                and re.search(r"^\s*print\(", p.read_text(), re.M)]
    assert printing == []


def test_unit_tests_never_assert_wall_clock_time():
    """Speed lives in bench/, where each figure has a baseline; a timed unit test fails on a
    busy machine and passes on a fast one, whatever the code does."""
    tests = Path(__file__).resolve().parent
    timing = [str(p.relative_to(tests)) for p in tests.rglob("*.py")
              if "node_modules" not in p.parts and re.search(r"\bperf_counter\(|\btime\.time\(",
                                                              p.read_text())]
    assert timing == []
