"""Property tests on hostile input (issue 14), at a modest, fixed-seed number of cases so
the suite is stable; ``bench/fuzz.py --fuzz N`` runs the same properties at scale."""

from __future__ import annotations

from typing import Any

from hypothesis import HealthCheck, given, settings

from .properties import (
    any_text,
    check_attempt,
    check_detectors,
    check_engine,
    check_loader,
    engine_case,
    mutated_attempt,
    scenario_bytes,
)

SUITE = settings(max_examples=150, derandomize=True, deadline=None, database=None,
                 suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])


@SUITE
@given(scenario_bytes)
def test_the_loader_gives_a_scenario_or_diagnostics_never_an_exception(data: bytes) -> None:
    check_loader(data)


@SUITE
@given(engine_case)
def test_the_engine_keeps_time_counts_and_replays(case: Any) -> None:
    check_engine(case)


@SUITE
@given(mutated_attempt())
def test_the_attempt_reader_reads_or_says_why(data: bytes) -> None:
    check_attempt(data)


@SUITE
@given(any_text)
def test_the_detectors_never_raise(text: str) -> None:
    check_detectors(text)
