"""Time limits adjusted for a trainee (WCAG 2.2.1): a factor on every decision's time limit, or
none at all; said on the start event; the run otherwise, and its score, as without it."""

from __future__ import annotations

import pytest

from sm_sim.engine import ActionError, ScenarioRun, TimeLimits, automatic, play, scripted
from sm_sim.engine import events as ev
from sm_sim.engine.play import ScriptError, retake
from sm_sim.engine.result import debrief
from sm_sim.engine.timing import AS_WRITTEN, OFF

# the example's first decision opens at 25 s with 90 s to answer, the second 120 s after it
INCIDENT_AT, INCIDENT_LIMIT = 25.0, 90.0


def _started(example, limits: TimeLimits) -> ScenarioRun:
    run = ScenarioRun(example.scenario, time_limits=limits)
    run.start()
    return run


@pytest.mark.parametrize(("text", "factor"), [("1.5", 1.5), ("2", 2.0), ("3", 3.0), ("2x", 2.0),
                                               ("×3", 3.0), (" 1.5 ", 1.5), ("10", 10.0)])
def test_a_factor_is_read_from_its_text(text, factor):
    limits = TimeLimits.parse(text)
    assert (limits.factor, limits.off, limits.adjusted) == (factor, False, True)
    assert TimeLimits.parse(limits.recorded()) == limits


@pytest.mark.parametrize("text", [None, "", "1", "as written", "As-Written", "1.0"])
def test_as_written_is_no_adjustment(text):
    limits = TimeLimits.parse(text)
    assert limits == AS_WRITTEN and not limits.adjusted and limits.recorded() is None


@pytest.mark.parametrize("text", ["0.5", "0", "11", "nan", "inf", "-2", "double", "2 3", "offf"])
def test_shorter_absurd_or_unknown_settings_are_refused(text):
    with pytest.raises(ValueError):
        TimeLimits.parse(text)


def test_words_for_the_records():
    assert [TimeLimits.parse(t).words for t in ("1.5", "2", "3", "off", "4", None)] == [
        "one and a half times as long", "doubled", "tripled", "switched off",
        "made 4 times as long", "as written"]
    assert [TimeLimits.parse(t).label for t in ("1.5", "2", "off", None)] == [
        "1.5×", "2×", "off", "as written"]


def test_as_written_the_start_event_is_what_it_always_was(example):
    run = _started(example, AS_WRITTEN)
    started = run.events[0]
    assert isinstance(started, ev.RunStarted) and started.time_limits is None
    assert "time_limits" not in started.to_dict()
    assert ev.Event.from_dict(started.to_dict()) == started


@pytest.mark.parametrize(("limits", "recorded"), [(TimeLimits(2.0), "2"), (TimeLimits(1.5), "1.5"),
                                                  (OFF, "off")])
def test_the_start_event_says_how_time_limits_were_adjusted(example, limits, recorded):
    run = _started(example, limits)
    started = run.events[0]
    assert isinstance(started, ev.RunStarted)
    assert started.time_limits == recorded and started.to_dict()["time_limits"] == recorded
    assert ev.Event.from_dict(started.to_dict()) == started
    assert recorded in ev.describe(started)


@pytest.mark.parametrize("factor", [1.5, 2.0, 3.0])
def test_a_decision_times_out_at_its_adjusted_time(example, factor):
    run = _started(example, TimeLimits(factor))
    deadline = INCIDENT_AT + INCIDENT_LIMIT * factor
    run.advance(INCIDENT_AT)
    opened = run.state.open_decision
    assert opened is not None and opened.deadline == deadline
    run.advance(INCIDENT_AT + INCIDENT_LIMIT)  # where it would have run out as written
    assert run.open_decision is not None and run.open_decision.id == "incident"
    run.advance(deadline - 0.5)
    assert run.open_decision is not None and run.open_decision.id == "incident"
    run.advance(deadline)
    action = next(e for e in run.events if isinstance(e, ev.ActionTaken))
    assert (action.option, action.timed_out, action.t) == ("leave_mary", True, deadline)


def test_as_written_a_decision_times_out_as_written(example):
    run = _started(example, TimeLimits(1.0))
    run.advance(INCIDENT_AT + INCIDENT_LIMIT)
    action = next(e for e in run.events if isinstance(e, ev.ActionTaken))
    assert (action.timed_out, action.t) == (True, INCIDENT_AT + INCIDENT_LIMIT)


def test_switched_off_no_decision_ever_times_out(example):
    run = _started(example, OFF)
    run.advance(INCIDENT_AT)
    opened = run.state.open_decision
    assert opened is not None and opened.deadline is None
    run.advance(24 * 3600.0)  # a day later the question still waits for the trainee
    assert run.open_decision is not None and run.open_decision.id == "incident"
    assert not any(isinstance(e, ev.ActionTaken) for e in run.events)
    run.act("reassure")
    run.advance(run.now + 3600.0)
    assert run.open_decision is not None and run.open_decision.id == "pressure"
    assert run.state.open_decision.deadline is None
    assert not any(e.timed_out for e in run.events if isinstance(e, ev.ActionTaken))


def test_a_script_cannot_wait_out_a_decision_when_time_limits_are_off(example):
    with pytest.raises(ScriptError, match="time limits are off"):
        play(example.scenario, scripted(["1", "wait"]), time_limits=OFF)
    run = play(example.scenario, scripted(["1", "wait", "1"]), time_limits=TimeLimits(3.0))
    timed_out = [e for e in run.events if isinstance(e, ev.ActionTaken) and e.timed_out]
    assert [e.decision for e in timed_out] == ["pressure"]


@pytest.mark.parametrize("limits", [TimeLimits(1.5), TimeLimits(2.0), TimeLimits(3.0), OFF])
def test_the_same_answers_score_the_same_whatever_the_time_limits(example, limits):
    def answers():  # a written reply first, then the weakest option each time
        return scripted(['free:"Officers are at Mill Road. Anyone with information, please call '
                         '101 quoting log 0412."'], automatic("worst", 0))
    as_written = play(example.scenario, answers())
    adjusted = play(example.scenario, answers(), time_limits=limits)
    assert debrief(adjusted, example.guidance) == debrief(as_written, example.guidance)
    # the run is the same run, but for the start event and the deadlines
    strip = [e for e in adjusted.events if not isinstance(e, ev.RunStarted | ev.DecisionOpened)]
    assert strip == [e for e in as_written.events if not isinstance(e, ev.RunStarted | ev.DecisionOpened)]


def test_a_later_deadline_never_ends_the_run_on_a_time_out_the_trainee_answered(example):
    """Answering between the written and the adjusted deadline is an answer, not a time-out."""
    run = _started(example, TimeLimits(2.0))
    run.advance(INCIDENT_AT + INCIDENT_LIMIT + 30)
    run.act("reassure")
    action = next(e for e in run.events if isinstance(e, ev.ActionTaken))
    assert (action.option, action.timed_out) == ("reassure", False)


def test_an_engine_refuses_time_limits_it_cannot_apply():
    for factor in (0.5, 0.0, float("inf"), float("nan"), 10.5):
        with pytest.raises(ValueError):
            TimeLimits(factor)
    with pytest.raises(ValueError):
        TimeLimits(2.0, off=True)


@pytest.mark.parametrize("limits", [TimeLimits(2.0), OFF])
def test_a_run_rebuilt_from_its_actions_with_its_time_limits_is_the_same_run(example, limits):
    played = play(example.scenario, scripted(["1", "wait", "1"] if not limits.off else ["1", "2", "1"]),
                  time_limits=limits)
    again = ScenarioRun(example.scenario, played.seed, limits)
    again.start()
    retake(again, [e for e in played.events if isinstance(e, ev.ActionTaken | ev.FreeAction)])
    again.advance(played.events[-1].t)
    assert again.events == played.events


def test_an_answer_only_the_extra_time_allowed_does_not_replay_as_written(example):
    run = _started(example, TimeLimits(2.0))
    run.advance(INCIDENT_AT + INCIDENT_LIMIT + 30)
    run.act("reassure")
    as_written = ScenarioRun(example.scenario, run.seed)
    as_written.start()
    with pytest.raises(ActionError, match="no open decision"):
        retake(as_written, [e for e in run.events if isinstance(e, ev.ActionTaken)])
