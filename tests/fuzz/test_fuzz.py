"""Property tests on hostile input (issue 14), at a modest, fixed-seed number of cases so
the suite is stable; ``bench/fuzz.py --fuzz N`` runs the same properties at scale.

- loader: generated and mutated scenario files give a scenario or diagnostics, never an
  exception;
- engine: random legal and illegal actions at random times: the clock never goes back,
  counts are never negative or NaN, the same seed and actions give the same log;
- attempt: mutated journals are read, or refused with an error naming the file;
- detectors: never raise, on any text.
"""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings

from .properties import PROPERTIES

SUITE = settings(max_examples=150, derandomize=True, deadline=None, database=None,
                 suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])


@pytest.mark.parametrize("name", list(PROPERTIES))
def test_property_holds_on_hostile_input(name: str) -> None:
    strategy, check = PROPERTIES[name]
    SUITE(given(strategy)(check))()
