"""Certainty-based marking: sure and right earns most, sure and wrong costs most, "not sure"
never costs; counted in the score only when a scenario says so; the class's mean in the
cohort figures."""

from __future__ import annotations

from dataclasses import replace

from sm_sim.engine import play, scripted
from sm_sim.engine.result import debrief
from sm_sim.records.cohort import Group, Record, summary_rows
from sm_sim.scoring.debrief import Debrief
from sm_sim.scoring.score import CERTAINTY, certainty

BEST = ["reassure", "report_and_escalate", "decline_politely"]


def test_the_marks_follow_certainty_based_marking():
    assert certainty([]) is None
    assert certainty([("high", 1.0)] * 3) == 100
    assert certainty([("medium", 1.0)]) == 67
    assert certainty([("low", 1.0)]) == 33
    assert certainty([("low", 0.0)]) == 0  # unsure and wrong costs nothing
    assert certainty([("high", 0.0), ("high", 1.0)]) == 0  # sure and wrong cancels twice over
    assert certainty([("medium", 0.0), ("high", 1.0)]) == 17
    assert certainty([("high", 0.5)]) == 100  # right means at least half the way to the best


def _report(example, confidence: str, marking: bool, answers=BEST) -> Debrief:
    scenario = replace(example.scenario, confidence_marking=marking)
    report = debrief(play(scenario, scripted([f"{a}@{confidence}" for a in answers])), example.guidance)
    assert report is not None
    return report


def test_with_marking_on_being_sure_of_the_right_answers_scores_more(example):
    sure, unsure = _report(example, "high", True), _report(example, "low", True)
    assert sure.competencies[CERTAINTY] == 100 and unsure.competencies[CERTAINTY] == 33
    assert sure.score > unsure.score
    assert sure.competency_titles[CERTAINTY].startswith("Certainty")
    assert sure.confidence_marking


def test_with_marking_off_certainty_is_reported_but_not_scored(example):
    sure, unsure = _report(example, "high", False), _report(example, "low", False)
    assert CERTAINTY not in sure.competencies and sure.score == unsure.score
    assert (sure.certainty, unsure.certainty) == (100, 33)
    back = Debrief.from_dict(sure.to_dict())
    assert back.certainty == 100 and back.confidence_marking is False


def test_sure_and_wrong_costs_most(example):
    wrong = ["give_details", "post_defence"]
    sure = _report(example, "high", True, wrong)
    unsure = _report(example, "low", True, wrong)
    assert sure.competencies[CERTAINTY] == 0 == unsure.competencies[CERTAINTY]
    medium_mix = _report(example, "medium", True, ["reassure", "like_banter"])
    assert 0 <= medium_mix.competencies[CERTAINTY] < 67


def test_the_cohort_reports_how_well_a_class_knew_when_it_knew(example):
    def record(n: int, sure: int | None) -> Record:
        return Record(f"a{n}", f"T{n}", f"t{n}", "cordon_questions", "1.1", "practice", None,
                      "2026-12-03T09:00:00Z", True, 70, True, {}, {}, "ending_trust", sure)
    header, rows = summary_rows([Group("cordon_questions", [record(1, 100), record(2, 40),
                                                            record(3, None)])])
    assert rows[0][header.index("mean_certainty")] == 70.0
