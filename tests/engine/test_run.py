"""The engine on the example scenario: time, branching, the feed and the event log."""

from __future__ import annotations

import pytest

from sm_sim.engine import ActionError, ScenarioRun, automatic, play, scripted
from sm_sim.engine import events as ev
from sm_sim.engine.state import RunState


def _log(run: ScenarioRun) -> list[dict]:
    return [e.to_dict() for e in run.events]


def test_same_seed_same_event_log(example):
    first = play(example.scenario, automatic("random", 7), seed=7)
    second = play(example.scenario, automatic("random", 7), seed=7)
    assert _log(first) == _log(second)
    assert len(first.events) > 50


def test_different_seed_different_crowd(example):
    texts = []
    for seed in (1, 2):
        run = play(example.scenario, scripted(["4", "wait", "1"]), seed=seed)
        texts.append([e.handle + e.text for e in run.events
                      if isinstance(e, ev.PostPublished) and e.author_id == "crowd"])
    assert len(texts[0]) == len(texts[1]) == 60
    assert texts[0] != texts[1]


def test_best_and_worst_reach_different_endings(example):
    best = play(example.scenario, automatic("best", 0))
    worst = play(example.scenario, automatic("worst", 0))
    assert best.state.ended.ending == "ending_trust"
    assert worst.state.ended.ending != best.state.ended.ending
    assert worst.state.ended.backlash


def test_log_rebuilds_the_whole_state(example):
    run = play(example.scenario, automatic("random", 3), seed=3)
    rebuilt = RunState.rebuild([ev.Event.from_dict(e) for e in _log(run)],
                               example.scenario.variables, example.scenario.account.followers)
    assert rebuilt == run.state


def test_nothing_happens_until_time_advances(example):
    run = ScenarioRun(example.scenario)
    run.start()
    assert [type(e) for e in run.events] == [ev.RunStarted, ev.StateEntered]
    run.advance(10)
    posts = [e for e in run.events if isinstance(e, ev.PostPublished)]
    assert [p.post_id for p in posts] == ["force_appeal", "mary_question"]
    assert run.open_decision is None
    run.advance(25)
    assert run.open_decision is not None and run.open_decision.id == "incident"


def test_counters_grow_while_a_post_goes_viral(example):
    run = ScenarioRun(example.scenario)
    run.start()
    run.advance(1)
    start = run.state.posts["force_appeal"].likes
    run.advance(60)
    middle = run.state.posts["force_appeal"].likes
    run.act("reassure")
    run.advance(300)
    end = run.state.posts["force_appeal"].likes
    assert start == 12 and start < middle < end


def test_time_limit_takes_the_default_option(example):
    run = ScenarioRun(example.scenario)
    run.start()
    run.advance(24.9)
    assert run.open_decision is None
    run.advance(25 + 89)
    assert run.open_decision is not None
    run.advance(25 + 90)
    action = next(e for e in run.events if isinstance(e, ev.ActionTaken))
    assert (action.option, action.timed_out, action.t) == ("leave_mary", True, 115.0)
    assert run.current == "pressure"


def test_acting_early_cancels_the_time_limit(example):
    run = ScenarioRun(example.scenario)
    run.start()
    run.advance(30)
    run.act("reassure", confidence="high")
    run.advance(400)
    assert sum(isinstance(e, ev.ActionTaken) for e in run.events) == 2  # incident + pressure timeout
    assert all(not e.timed_out for e in run.events if isinstance(e, ev.ActionTaken)
               and e.decision == "incident")


def test_free_text_leak_takes_the_leak_branch(example):
    run = play(example.scenario, scripted(['free:"He lives at 14 Mill Road, call 07700 900123"',
                                           "1"]))
    judged = next(e for e in run.events if isinstance(e, ev.ReplyJudged))
    assert "personal_data" in judged.flags
    closed = next(e for e in run.events if isinstance(e, ev.DecisionClosed))
    assert (closed.goto, closed.branch) == ("leak_fallout", 0)
    deleted = next(e for e in run.events if isinstance(e, ev.PostActedOn))
    assert deleted.action == "delete" and run.state.posts[deleted.post_id].by_trainee
    assert run.state.posts[deleted.post_id].deleted


def test_pile_on_replies_to_the_trainee_and_notifies(example):
    run = play(example.scenario, scripted(["2", "wait"]))
    mine = next(p for p in run.state.posts.values() if p.by_trainee)
    quotes = [p for p in run.state.posts.values() if p.published.quote_of == mine.post_id]
    assert len(quotes) == 120
    assert mine.reposts == 120
    assert len([n for n in run.state.notifications if isinstance(n, ev.PostPublished)]) >= 120
    assert run.state.followers == example.scenario.account.followers - 150


def test_variable_conditions_choose_the_branch(example):
    # The leak raises internal_risk to 45, so escalating later goes to Professional Standards.
    leak = play(example.scenario, scripted(["2"], automatic("best", 0)))
    assert "psd_contact" in [e.state for e in leak.events if isinstance(e, ev.StateEntered)]
    clean = play(example.scenario, scripted(["1", "1", "1"]))
    assert clean.state.ended.ending == "ending_trust"


def test_errors_for_impossible_actions(example):
    run = ScenarioRun(example.scenario)
    with pytest.raises(ActionError):
        run.act("reassure")
    run.start()
    run.advance(25)
    with pytest.raises(ActionError, match="not an option"):
        run.act("nonsense")
    with pytest.raises(ActionError, match=r"option 3 \('own_words'\) of decision 'incident' needs a "
                       "written reply"):
        run.act("own_words", "   ")
    with pytest.raises(ActionError, match="confidence"):
        run.act("reassure", confidence="total")


def test_events_round_trip_through_dicts(example):
    run = play(example.scenario, automatic("worst", 0))
    for event in run.events:
        assert ev.Event.from_dict(event.to_dict()) == event


def test_crowd_posts_live_on_their_likes_and_views_move_after_they_arrive(example):
    run = play(example.scenario, scripted(["2", "wait"]))
    crowd = {p.post_id: p for p in run.state.posts.values() if p.published.author_id == "crowd"}
    moved = {e.post_id for e in run.events if isinstance(e, ev.MetricsChanged) and e.post_id in crowd}
    assert len(moved) > len(crowd) / 2
    assert any(p.likes > p.published.likes for p in crowd.values())
    again = play(example.scenario, scripted(["2", "wait"]))
    assert [e.to_dict() for e in again.events] == [e.to_dict() for e in run.events]  # seeded


@pytest.mark.parametrize("to", [float("inf"), float("-inf"), float("nan")])
def test_time_must_be_finite(example, to):
    """Found by bench/fuzz.py: advance(inf) stamped later events with t=inf (not JSON), and
    advance(nan) ran every scheduled item at once."""
    run = ScenarioRun(example.scenario)
    run.start()
    before = list(run.events)
    with pytest.raises(ActionError, match="finite"):
        run.advance(to)
    assert run.events == before and run.now == 0.0
