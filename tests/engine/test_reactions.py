"""Free actions on the feed and the scenario's reactions to them: once or each time, delayed,
on a tag, a post, a person or what a reply says, and the same again when replayed."""

from __future__ import annotations

from pathlib import Path

import pytest

from sm_sim.cli import main
from sm_sim.engine import ActionError, ScenarioRun, play, scripted
from sm_sim.engine import events as ev
from sm_sim.engine.play import ScriptError, read_script
from sm_sim.engine.result import debrief
from sm_sim.records.attempt import read_attempt
from sm_sim.records.paths import attempts_dir
from sm_sim.scenario import load_scenario

SCENARIO = Path(__file__).with_name("reactions.yaml")
ANGRY = "Shut up you pathetic idiot"


@pytest.fixture(scope="module")
def loaded():
    loaded = load_scenario(SCENARIO)
    assert loaded.ok, [d.format() for d in loaded.diagnostics]
    return loaded


@pytest.fixture
def run(loaded):
    run = ScenarioRun(loaded.scenario)
    run.start()
    run.advance(45)  # every post is out; the decision opens at 10:00
    return run


def _fired(run):
    return [e.reaction for e in run.events if isinstance(e, ev.ReactionFired)]


def _of(run, kind):
    return [e for e in run.events if isinstance(e, kind)]


def test_a_like_on_a_tagged_post_is_answered_five_minutes_later_and_moves_the_story(run):
    assert run.do("like", "joke") is False  # a free action: no decision asked for it
    assert run.state.posts["joke"].liked and run.state.posts["joke"].likes == 1
    run.advance(300)
    assert _fired(run) == []  # not yet: the screenshot takes five minutes
    run.advance(346)
    assert _fired(run) == ["liked_hate"]
    assert run.current == "called_in"
    run.advance(2000)
    assert run.state.ended.ending == "psd_end"
    # the shift's decision was due at 10:00, but the story had moved on: it never opened
    assert _of(run, ev.DecisionOpened) == []


def test_a_reaction_that_moves_on_while_a_decision_is_open_leaves_it_unasked(run, loaded):
    run.advance(400)
    run.do("like", "joke")  # answered at 11:40, while the decision (10:00-12:00) is open
    run.advance(600)
    assert run.open_decision is not None
    run.advance(700)
    assert [e.decision for e in _of(run, ev.DecisionSkipped)] == ["shift"]
    assert run.open_decision is None and run.current == "called_in"
    run.advance(1000)  # the old time limit passes: nothing is taken by default
    assert _of(run, ev.ActionTaken) == []
    report = debrief(run, loaded.guidance)
    assert report.decisions == ()
    assert [(r.reaction, r.did) for r in report.reactions] == [
        ("liked_hate", "you liked @NightShiftHumour's post “A joke at the expense of the people we serve.”")]
    assert report.reactions[0].guidance[0].id == "dark_humour"


def test_a_reaction_fires_once_unless_it_repeats(run):
    run.do("reply", "troll_post", ANGRY)
    run.do("reply", "troll_post", ANGRY + " again")
    assert _fired(run) == ["angry_at_troll", "angry_at_troll"]  # repeat: true
    run.advance(200)
    quotes = [e for e in _of(run, ev.PostPublished) if e.handle == "@AlwaysRight" and e.kind == "quote"]
    assert [q.post_id for q in quotes] == ["pile", "pile_2"]
    assert {q.quote_of for q in quotes} == {"troll_post"}  # acted_on: the post replied to


def test_what_a_reply_says_decides_whether_its_reaction_fires(run):
    run.do("reply", "troll_post", "We are out on patrol tonight; call 101 if you need us.")
    assert _fired(run) == []
    assert "abusive" not in _of(run, ev.FreeAction)[0].flags
    run.do("reply", "troll_post", ANGRY)
    assert _fired(run) == ["angry_at_troll"]
    assert "abusive" in _of(run, ev.FreeAction)[1].flags


def test_blocking_the_troll_is_good_practice_and_is_heard_once(run):
    run.do("block", "troll_post")
    assert "@AlwaysRight" in run.state.blocked
    assert _fired(run) == ["blocked_troll"]
    with pytest.raises(ActionError, match="already"):
        run.do("block", "troll_post")
    run.do("mute", "troll_post")  # also listened for, but blocked_troll fires only once
    assert _fired(run) == ["blocked_troll"]


def test_deleting_a_post_brings_the_screenshots(run):
    run.do("delete", "own")
    assert run.state.posts["own"].deleted
    run.advance(60)
    quote = [e for e in _of(run, ev.PostPublished) if e.handle == "@ValleyNews"]
    assert [(q.quote_of, q.text) for q in quote] == [("own", "Deleted, but the screenshots live on.")]


def test_a_reaction_during_some_states_is_deaf_in_others(run):
    run.do("like", "joke")
    run.advance(350)
    assert run.current == "called_in"
    run.do("dm", to="resident", text="Hello again")
    assert "messaged_resident" not in _fired(run)
    assert _of(run, ev.MessageSent)[0].handle == "@Resident"


def test_a_feed_action_answers_the_open_decision_when_an_option_does_just_that(run):
    run.advance(600)
    assert run.do("like", "question") is True
    assert [(e.decision, e.option) for e in _of(run, ev.ActionTaken)] == [("shift", "like_question")]
    assert _of(run, ev.FreeAction) == []


def test_a_written_reply_answers_only_an_option_asking_for_own_words(run):
    run.advance(600)
    assert run.do("reply", "question", "Officers are there; call 101 with anything you saw.") is True
    taken = _of(run, ev.ActionTaken)
    assert taken[0].option == "answer" and taken[0].text.startswith("Officers are there")
    assert _of(run, ev.ReplyJudged)[0].option == "answer"


@pytest.mark.parametrize(("verb", "post", "text", "to", "says"), [
    ("delete", "joke", None, None, "only your own"),
    ("reply", "joke", None, None, "needs some text"),
    ("like", "joke", "hello", None, "takes no text"),
    ("like", "nowhere", None, None, "no post 'nowhere'"),
    ("report", "own", None, None, "your own post"),
    ("dm", None, "hi", "nobody", "needs someone"),
    ("shout", "joke", None, None, "not something"),
    ("reply", "joke", "x" * 281, None, "281 characters"),
])
def test_what_cannot_be_done_is_refused_with_a_reason(run, verb, post, text, to, says):
    before = len(run.events)
    with pytest.raises(ActionError, match=says):
        run.do(verb, post, text, to)
    assert len(run.events) == before  # nothing half-done


def test_free_actions_in_a_script_happen_at_their_times(loaded):
    answers, steps = read_script('@00:25 block:troll_post, answer, @01:00 reply:troll_post:"' + ANGRY + '"')
    assert answers == ["answer"] and [(s.at, s.verb) for s in steps] == [(25, "block"), (60, "reply")]
    run = play(loaded.scenario, scripted(["like_question"]), free=steps)
    acts = [(e.t, e.action) for e in _of(run, ev.FreeAction)]
    assert acts == [(25, "block"), (60, "reply")]
    assert run.state.ended.ending == "calm_end"
    report = debrief(run, loaded.guidance)
    assert [r.reaction for r in report.reactions] == ["blocked_troll", "angry_at_troll"]
    # +5 for blocking, -5 for the angry reply, +2 for the like: 2 of the 10 + 5 available
    assert report.competencies == {"public_engagement": round(100 * 2 / 15)}


@pytest.mark.parametrize("bad", ["@1:3 like:joke", "@01:00 shout:joke", "@01:00 like"])
def test_a_bad_free_action_in_a_script_says_how_to_write_one(loaded, bad):
    with pytest.raises(ScriptError):
        play(loaded.scenario, scripted(["1"]), free=read_script(bad)[1])


def test_free_actions_are_journalled_and_verify_and_an_edit_is_caught(tmp_path):
    script = f'@00:15 like:joke, @00:25 block:troll_post, @01:00 reply:troll_post:"{ANGRY}"'
    assert main(["play", str(SCENARIO), "--choose", script, "--record"]) == 0
    [path] = attempts_dir().glob("*_reactions_*.jsonl")
    attempt = read_attempt(path)
    assert [a.action for a in attempt.actions if isinstance(a, ev.FreeAction)] == ["like", "block", "reply"]
    assert main(["verify", str(path)]) == 0
    edited = tmp_path / "edited.jsonl"
    edited.write_text(path.read_text().replace('"points":{"public_engagement":5}',
                                               '"points":{"public_engagement":50}'))
    assert main(["verify", str(edited)]) == 1
