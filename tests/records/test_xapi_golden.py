"""Outside an LMS the statements stay what they were: a recorded attempt (tests/data/xapi,
played with a fixed clock, with a free action, a free-text reply and a time-out) gives, byte
for byte, the statements written beside it before cmi5 launches were added."""

from __future__ import annotations

import json

from sm_sim.records import read_attempt, statements

from .records_helpers import ROOT

DATA = ROOT / "tests" / "data" / "xapi"


def test_todays_statements_are_unchanged():
    attempt = read_attempt(DATA / "attempt.jsonl")
    expected = json.loads((DATA / "statements.json").read_text(encoding="utf-8"))
    made = statements(attempt)
    assert [s["verb"]["display"]["en-GB"] for s in made] == [
        "launched", "interacted", "answered", "answered", "answered", "failed", "completed"]
    assert made == expected
