"""What the trainee did unprompted counts in the score: a credit is earned and made
available, a penalty is taken from what was earned, and a penalty in a competency that
nothing else on the path could earn scores that competency at 0."""

from __future__ import annotations

from sm_sim.engine import automatic, play, scripted
from sm_sim.engine.play import read_script
from sm_sim.engine.result import debrief
from sm_sim.scoring.score import score

REASSURE = {"public_engagement": 10, "confidentiality": 10}


def test_a_credit_is_earned_and_made_available(example):
    plain = score(example.scenario, [("incident", REASSURE)])
    credited = score(example.scenario, [("incident", REASSURE)], reacted=[{"public_engagement": 5}])
    assert plain.competencies == credited.competencies  # full marks stay full marks
    missed = score(example.scenario, [("incident", {})], reacted=[{"public_engagement": 5}])
    assert 0 < missed.competencies["public_engagement"] < 100


def test_a_penalty_comes_off_what_was_earned(example):
    plain = score(example.scenario, [("incident", REASSURE)])
    penalised = score(example.scenario, [("incident", REASSURE)], reacted=[{"public_engagement": -5}])
    assert penalised.competencies["public_engagement"] < plain.competencies["public_engagement"]
    assert penalised.total < plain.total


def test_a_penalty_where_nothing_else_could_be_earned_still_counts(example):
    plain = score(example.scenario, [("incident", REASSURE)])
    assert "professional_standards" not in plain.competencies
    penalised = score(example.scenario, [("incident", REASSURE)],
                      reacted=[{"professional_standards": -20}])
    assert penalised.competencies["professional_standards"] == 0
    assert penalised.total < plain.total


def test_liking_the_banter_before_being_asked_is_scored_and_explained(example):
    answers, steps = read_script("reassure,@00:45 like:banter_joke")
    run = play(example.scenario, scripted(answers, automatic("best", 1)), free=steps)
    assert run.state.ended.ending == "ending_public"
    report = debrief(run, example.guidance)
    assert [r.reaction for r in report.reactions] == ["liked_the_banter_early"]
    assert report.competencies["professional_standards"] == 0
    assert not report.passed
    cited = {g.id for r in report.reactions for g in r.guidance}
    assert cited == {"dark_humour", "challenge_and_report"}
    # the pile-on that followed is the like's doing, not the answer to Mary's
    headline = "Eastbridge Gazette: Fury as police account sides with 'banter' about estate"
    assert any(headline in line for line in report.reactions[0].consequences)
    assert not any(headline in line for line in report.decisions[0].consequences)


def test_a_reaction_that_changes_nothing_leaves_what_followed_with_the_decision(example):
    answers, steps = read_script("reassure,@00:10 repost:force_appeal")
    report = debrief(play(example.scenario, scripted(answers, automatic("best", 1)), free=steps),
                     example.guidance)
    assert report.reactions[0].consequences == ()


def test_sharing_the_appeal_unprompted_earns_credit(example):
    answers, steps = read_script("reassure,@00:10 repost:force_appeal")
    with_share = debrief(play(example.scenario, scripted(answers, automatic("best", 1)), free=steps),
                         example.guidance)
    without = debrief(play(example.scenario, scripted(answers, automatic("best", 1))), example.guidance)
    assert [r.reaction for r in with_share.reactions] == ["shared_the_appeal"]
    assert with_share.passed and without.passed
    assert with_share.to_dict()["reactions"][0]["points"] == {"public_engagement": 5}
