"""Timings against the scenario's minutes: each on its own (SC050), and the longest way
through with every time limit used in full (SC058), found in one linear pass."""

from __future__ import annotations

from pathlib import Path

import yaml

from sm_sim.scenario import load_scenario

from ..engine.test_machine import _chain
from .edited import MINIMAL, minimal_with


def _minimal(tmp_path: Path, *edits: tuple[str, str]) -> Path:
    return minimal_with(tmp_path, *edits, name="timed.yaml")


def _found(path: Path, code: str) -> list[str]:
    return [d.format() for d in load_scenario(path).diagnostics if d.code == code]


def test_an_absurd_time_limit_says_the_value_the_limit_and_the_fix(tmp_path):
    path = _minimal(tmp_path, ("minutes: 5", "minutes: 10"), ("time_limit: 60", "time_limit: 2000"))
    [line] = _found(path, "SC050")
    assert ":45:19: error SC050 states.ask.decision.time_limit is 2000s (33:20), beyond the whole " \
        "scenario: minutes: 10 (600s)" in line
    assert "usually 30 to 120 seconds" in line and "at most 600s" in line
    assert _found(path, "SC058") == []  # said once, by the timing itself


def test_a_burst_running_past_the_end_says_when_it_ends(tmp_path):
    crowd = ("    crowds:\n      - at: 200\n        kind: reply\n        target: question\n"
             "        count: 3\n        over: 200\n        tones: {calm: 1}\n"
             "        templates: {calm: [ok, fine, right]}\n    decision:\n")
    [line] = _found(_minimal(tmp_path, ("    decision:\n", crowd)), "SC050")
    assert "states.ask.crowds #1.over is 200s (it ends at 6:40)" in line
    assert "make the burst shorter" in line


def test_a_way_through_longer_than_minutes_is_named(tmp_path):
    assert _found(_minimal(tmp_path, ("minutes: 5", "minutes: 1")), "SC058") == []  # 1:00 fits
    path = _minimal(tmp_path, ("minutes: 5", "minutes: 2"),
                    ("time_limit: 60", "at: 70\n      time_limit: 60"))
    [line] = _found(path, "SC058")
    assert ":8:10: warning SC058 the longest way through (ask → good_end) takes up to 2:10" in line
    assert "longer than minutes: 2 (2:00)" in line and "raise minutes to 3" in line


def test_a_scenario_that_fits_has_no_timing_warning():
    assert _found(MINIMAL, "SC058") == [] and _found(MINIMAL, "SC050") == []


def test_the_longest_way_adds_up_the_states_and_counts_a_loop_once(tmp_path):
    data = _chain(3)  # s0 → s1 → s2 → done, each a 1 s step
    data["minutes"] = 1
    data["states"]["s1"]["next"] = {"after": 25, "goto": "s2",
                                    "branches": [{"when": {"vars": {"public_trust": "> 90"}},
                                                  "goto": "s0"}]}
    data["states"]["s2"]["next"]["after"] = 40
    path = tmp_path / "loop.yaml"
    path.write_text(yaml.safe_dump({"schema_version": 1, **data}))
    [line] = _found(path, "SC058")
    assert "(s0 → s1 → s2 → done) takes up to 1:06" in line


def test_the_longest_way_through_a_long_chain_needs_no_deep_recursion(tmp_path):
    """20,000 states, one after another: walked with a stack of its own (bench/bench_load.py
    times the check at 100 to 10,000 states against the C loader)."""
    path = tmp_path / "chain.yaml"
    path.write_text(yaml.safe_dump({"schema_version": 1, **_chain(20_000)}))
    [line] = _found(path, "SC058")
    assert "(s0 → s1 → s2 → s3 → s4 → s5 → … (19995 more)) takes up to 333:20" in line
    assert "raise minutes" not in line  # past the most minutes can be: shorten instead
