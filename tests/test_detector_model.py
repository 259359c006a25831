"""The learned part of the detectors: features, the shipped weights, and how its findings
join the rules'."""

from __future__ import annotations

import json
import math
from pathlib import Path

from sm_sim.scenario.model import FLAGS
from sm_sim.scoring.detectors import detect, find, learned, rules_only

# Seen by neither the rules nor the model's training data.
UNSEEN_LEAK = "The van with the dog handler is parked round the back of Asda every Friday night."


def test_features_are_words_pairs_and_word_pieces_of_unit_length():
    vector = learned.features("Call 101, it’s quicker")
    assert {"w:call", "w:101", "w:it's", "b:call 101", "c: ca", "c:ick"} <= set(vector)
    assert math.isclose(sum(v * v for v in vector.values()), 1.0)
    assert learned.features("") == {}
    assert learned.features("CALL 101") == learned.features("call 101")


def test_shipped_model_is_well_formed():
    data = json.loads(learned.MODEL_FILE.read_text(encoding="utf-8"))
    assert set(data["flags"]) <= set(FLAGS) and data["flags"]
    for model in learned.load().values():
        assert 0.0 < model.threshold < 1.0 and model.weights


def test_model_catches_what_the_rules_miss_and_says_where(monkeypatch):
    """A model finding joins the rules' when they raise nothing for its flag, with the
    model's reason and the sentence that weighs most (weights made for the test, so it
    holds whatever the shipped model learns)."""
    assert rules_only(UNSEEN_LEAK) == []
    model = learned.FlagModel(bias=-3.0, threshold=0.5, weights={"w:handler": 40.0, "w:parked": 40.0})
    monkeypatch.setattr(learned, "load", lambda path=learned.MODEL_FILE: {"operational_detail": model})
    assert detect(UNSEEN_LEAK) == ["operational_detail"]
    found = [f for f in find(UNSEEN_LEAK) if f.flag == "operational_detail"]
    assert len(found) == 1 and found[0].reason.startswith("reads like operational detail")
    assert UNSEEN_LEAK[found[0].start:found[0].end] == UNSEEN_LEAK
    assert detect("Thanks for your patience tonight.") == []


def test_finding_points_at_the_weightiest_sentence():
    model = learned.FlagModel(bias=-2.0, threshold=0.5, weights={"w:cells": 60.0})
    text = "Thanks for asking. He is in the cells tonight. Have a good evening."
    [finding] = learned.scan(text, {"operational_detail": model})
    assert text[finding.start:finding.end] == "He is in the cells tonight."
    assert learned.scan("Thanks for asking.", {"operational_detail": model}) == []


def test_rules_findings_come_first_and_are_not_doubled():
    text = "Officers will be at 14 Elm Road from 10pm."
    flags = [f.flag for f in find(text)]
    assert flags.count("operational_detail") <= 1 and flags.count("personal_data") <= 1


def test_without_a_model_the_rules_work_alone(tmp_path: Path):
    missing = learned.load(tmp_path / "none.json")
    assert missing == {}
    assert learned.scan(UNSEEN_LEAK, missing) == []
