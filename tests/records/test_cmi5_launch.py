"""A cmi5 launch end to end: ``sm-sim launch URL`` against a loopback LMS (lms_loopback.py) in
front of the real loopback LRS. The AU fetches its token once, reads LMS.LaunchData, never
writes it, and the LRS then holds the LMS's launched and the AU's cmi5 statements, in order."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path
from typing import Any
from urllib.parse import quote

import pytest

from sm_sim.cli import main
from sm_sim.records import read_attempt
from sm_sim.records.cmi5 import au_url
from sm_sim.records.cmi5_launch import LaunchError, parse_launch
from sm_sim.records.cmi5_statements import Cmi5Launch, fill_template, played
from sm_sim.records.names import XapiSettings

from .lms_loopback import ACTOR, SESSION_ID
from .records_helpers import ROOT

CMI5 = "https://w3id.org/xapi/cmi5"
CATEGORY = f"{CMI5}/context/categories/cmi5"
MOVE_ON = f"{CMI5}/context/categories/moveon"
MASTERY = f"{CMI5}/context/extensions/masteryscore"
PUBLISHER = "https://sm-sim.invalid/xapi/scenarios/cordon_questions"
ADL = "http://adlnet.gov/expapi/verbs/"


def _verb(statement: dict[str, Any]) -> str:
    return str(statement["verb"]["id"]).rsplit("/", 1)[-1]


def _held(lrs, registration: str) -> list[dict[str, Any]]:  # type: ignore[no-untyped-def]
    held = lrs.statements(registration=registration, ascending="true")
    return sorted(held, key=lambda s: (s["timestamp"], s["stored"]))


def _categories(statement: dict[str, Any]) -> set[str]:
    return {a["id"] for a in statement["context"].get("contextActivities", {}).get("category", [])}


def _launch(lms, tmp_path: Path, *extra: str, **launch: Any):  # type: ignore[no-untyped-def]
    made = lms.launch(au_url("cordon_questions"), PUBLISHER, **launch)
    journal = tmp_path / f"attempt-{len(lms.launches)}.jsonl"
    return made, main(["launch", made.url, *extra, "--attempt", str(journal)])


def assert_cmi5(held: list[dict[str, Any]], launch: Any, judged: bool = True) -> list[str]:
    """The rules of cmi5 9 for the AU's statements of one session; their verbs, in order."""
    mine = [s for s in held if s["context"]["extensions"].get(SESSION_ID) == launch.session_id]
    assert _verb(held[0]) == "launched" and held[0] not in mine[1:]  # the LMS's, first
    ours = [s for s in mine if _verb(s) != "launched"]
    assert [_verb(s) for s in held].count("launched") == 1, "the AU sent launched"
    assert _verb(ours[0]) == "initialized" and _verb(ours[-1]) == "terminated"
    stamps = [s["timestamp"] for s in ours]
    assert stamps == sorted(stamps)
    defined = [s for s in ours if CATEGORY in _categories(s)]
    assert len({_verb(s) for s in defined}) == len(defined), "a cmi5 verb twice in a session"
    assert len([s for s in defined if _verb(s) in ("passed", "failed")]) <= 1
    for statement in ours:
        context, result = statement["context"], statement.get("result", {})
        verb = _verb(statement)
        assert statement["actor"] == launch.actor
        assert context["registration"] == launch.registration
        assert context["extensions"][SESSION_ID] == launch.session_id
        grouping = [a["id"] for a in context["contextActivities"]["grouping"]]
        assert launch.publisher_id in grouping, "the context template was not kept"
        if statement in defined:
            assert statement["object"]["id"] == launch.activity_id
            assert (MOVE_ON in _categories(statement)) == (verb in ("passed", "failed", "completed"))
            assert ("score" in result) <= (verb in ("passed", "failed"))
            assert ("success" in result) == (verb in ("passed", "failed"))
            assert ("completion" in result) == (verb == "completed")
            assert ("duration" in result) == (verb != "initialized")
        else:
            assert judged and verb in ("answered", "interacted"), verb
            assert context["contextActivities"]["parent"][0]["id"] == launch.activity_id
        mastery = launch.launch_data.get("masteryScore")
        if verb in ("passed", "failed") and mastery is not None:
            assert context["extensions"][MASTERY] == mastery
            if "score" in result:
                assert (result["score"]["scaled"] >= mastery) == (verb == "passed")
    return [_verb(s) for s in ours]


def test_a_launch_followed_end_to_end(lms, lrs, tmp_path, capsys):
    ralph = pytest.importorskip("ralph.models.xapi.base.statements")
    launch, code = _launch(lms, tmp_path, "--auto", "best")
    assert code == 0, capsys.readouterr().err
    assert "sent 7 statements to the LMS" in capsys.readouterr().out
    assert launch.fetched == 1 and lms.state_writes == []
    assert "GET /xAPI/activities/state" in lms.seen and "GET /xAPI/agents/profile" in lms.seen
    held = _held(lrs, launch.registration)
    verbs = assert_cmi5(held, launch)
    assert verbs == ["initialized", "answered", "answered", "answered", "passed", "completed",
                     "terminated"]
    for statement in held:
        ralph.BaseXapiStatement(**statement)
    attempt = read_attempt(tmp_path / "attempt-1.jsonl")
    assert attempt.status == "finished" and attempt.passed
    assert attempt.header.trainee == "PC Sam Okafor" and attempt.header.trainee_id == "learner-4471"
    passed = next(s for s in held if _verb(s) == "passed")
    assert passed["result"]["score"]["raw"] == attempt.score


def test_a_failing_launch_and_the_lms_mastery_score(lms, lrs, tmp_path, capsys):
    launch, code = _launch(lms, tmp_path, "--auto", "worst")
    assert code == 0, capsys.readouterr().err
    assert assert_cmi5(_held(lrs, launch.registration), launch)[-3:] == ["failed", "completed",
                                                                          "terminated"]
    # The LMS may set its own mastery score: a play that passes the scenario's own mark (70 of
    # 100, against pass_mark 60) is below 0.99, so it fails.
    strict, code = _launch(lms, tmp_path, "--choose", "reassure,report_post,decline_politely",
                           mastery=0.99)
    assert code == 0
    held = _held(lrs, strict.registration)
    assert assert_cmi5(held, strict)[-3] == "failed"
    failed = next(s for s in held if _verb(s) == "failed")
    assert failed["result"]["score"]["scaled"] < 0.99 and failed["result"]["success"] is False


def test_browse_mode_sends_initialized_and_terminated_only(lms, lrs, tmp_path):
    launch, code = _launch(lms, tmp_path, "--auto", "best", mode="Browse")
    assert code == 0
    assert assert_cmi5(_held(lrs, launch.registration), launch, judged=False) == [
        "initialized", "terminated"]


def test_a_second_launch_in_a_registration_sends_no_second_pass(lms, lrs, tmp_path):
    first, code = _launch(lms, tmp_path, "--auto", "best")
    assert code == 0
    second, code = _launch(lms, tmp_path, "--auto", "best", registration=first.registration)
    assert code == 0
    held = _held(lrs, first.registration)
    again = [s for s in held if s["context"]["extensions"].get(SESSION_ID) == second.session_id]
    assert [_verb(s) for s in again] == ["launched", "initialized", "answered", "answered", "answered",
                                         "terminated"]
    assert [_verb(s) for s in held].count("passed") == 1
    assert [_verb(s) for s in held].count("completed") == 1


def test_what_the_lms_does_not_take_waits_in_the_outbox(lms, lrs, tmp_path, data_dir, capsys):
    lms.refuse_statements = True
    launch, code = _launch(lms, tmp_path, "--auto", "best")
    err = capsys.readouterr().err
    assert code == 1 and "wait in the outbox" in err and "Traceback" not in err
    [folder] = (data_dir / "outbox" / "cmi5").iterdir()
    assert len(list(folder.glob("*.json"))) == 7
    note = (folder / "launch.txt").read_text()
    assert launch.registration in note and launch.token not in note
    assert [_verb(s) for s in _held(lrs, launch.registration)] == ["launched"]


def test_launches_that_cannot_be_followed_say_why(lms, tmp_path, capsys):
    launch = lms.launch(au_url("cordon_questions"), PUBLISHER)
    assert main(["launch", "https://example.org/x", "--auto", "best"]) == 2
    assert "not an sm-sim launch address" in capsys.readouterr().err
    missing = launch.url.replace("cordon_questions", "no_such_scenario", 1)
    assert main(["launch", missing, "--auto", "best"]) == 2
    assert "no playable scenario 'no_such_scenario'" in capsys.readouterr().err
    assert launch.fetched == 0  # the one-time token is not spent on a launch that cannot play
    assert main(["launch", launch.url, "--auto", "best", "--attempt", str(tmp_path / "a.jsonl")]) == 0
    capsys.readouterr()
    assert main(["launch", launch.url, "--auto", "best"]) == 1  # the fetch URL is used up
    err = capsys.readouterr().err
    assert "already handed out" in err and "start the scenario again from the LMS" in err
    lost = lms.launch(au_url("cordon_questions"), PUBLISHER)
    lost.launch_data.pop("contextTemplate")
    assert main(["launch", lost.url, "--auto", "best"]) == 1
    assert "lacks a context template" in capsys.readouterr().err


@pytest.mark.parametrize(("change", "problem"), [
    (("registration=", "registration=x"), "registration is not a UUID"),
    (("&fetch=", "&fetch=ftp%3A%2F%2Fx&old="), "fetch 'ftp://x' is not a web address"),
    (("&actor=", "&actor=%7B%7D&old="), "not an Agent with an account"),
    (("&activityId=", "&activityId=&old="), "has no 'activityId'"),
    (("?endpoint=", "?endpoint=a&endpoint="), "more than one 'endpoint'"),
    (("&activityId=", "&mode=exam&activityId="), "mode 'exam'"),
    (("sm-sim://launch/", "sm-sim://elsewhere/"), "not an sm-sim launch address"),
])
def test_launch_urls_are_read_strictly(change, problem):
    url = ("sm-sim://launch/cordon_questions?endpoint=http%3A%2F%2F127.0.0.1%2FxAPI%2F"
           "&fetch=http%3A%2F%2F127.0.0.1%2Ffetch&actor=" + quote(json.dumps(ACTOR))
           + "&registration=760e3480-ba55-4991-94b0-01820dbd23a2&activityId=https%3A%2F%2Flms.example%2Fa")
    parsed = parse_launch(url)
    assert parsed.scenario_id == "cordon_questions" and parsed.mode == "practice"
    assert parsed.actor == ACTOR and parsed.trainee == ("PC Sam Okafor", "learner-4471")
    with pytest.raises(LaunchError, match=problem):
        parse_launch(url.replace(*change, 1))


def test_the_context_template_is_never_overwritten():
    template = {"registration": "theirs", "extensions": {SESSION_ID: "s1", "x": 1},
                "contextActivities": {"grouping": {"id": "publisher"}, "other": [{"id": "o"}]}}
    ours = {"registration": "ours", "language": "en-GB", "extensions": {SESSION_ID: "s2", "y": 2},
            "contextActivities": {"grouping": [{"id": "publisher"}, {"id": "mine"}],
                                  "category": [{"id": CATEGORY}]}}
    made = fill_template(template, ours)
    assert made["registration"] == "theirs" and made["language"] == "en-GB"
    assert made["extensions"] == {SESSION_ID: "s1", "x": 1, "y": 2}
    assert made["contextActivities"]["grouping"] == [{"id": "publisher"}, {"id": "mine"}]
    assert made["contextActivities"]["category"] == [{"id": CATEGORY}]
    assert template["contextActivities"]["grouping"] == {"id": "publisher"}  # not changed in place


def test_the_verdict_follows_the_mastery_score_and_the_ending():
    """cmi5 9.3.4-5: a passed score is at or above the masteryScore, a failed one below it. An
    ending that fails the attempt whatever its score sends failed, with no score to contradict."""
    attempt = read_attempt(ROOT / "tests" / "data" / "xapi" / "attempt.jsonl")
    report = attempt.debrief
    assert report is not None
    launch = Cmi5Launch(ACTOR, "760e3480-ba55-4991-94b0-01820dbd23a2", "https://lms.example/a",
                        "s1", {"extensions": {SESSION_ID: "s1"}}, "Normal", 0.6)

    def verdict(score: int, passed: bool, can_pass: bool = True,
                mastery: float | None = 0.6) -> dict[str, Any]:
        attempt.debrief = replace(report, score=score, passed=passed,
                                  ending=replace(report.ending, can_pass=can_pass))
        made = played(attempt, replace(launch, mastery_score=mastery), XapiSettings())
        [found] = [s for s in made if _verb(s) in ("passed", "failed")]
        assert _verb(made[-1]) == "completed" and "score" not in made[-1]["result"]
        return found

    good = verdict(80, True)
    assert _verb(good) == "passed" and good["result"]["score"]["scaled"] == 0.8
    assert good["context"]["extensions"][MASTERY] == 0.6
    trapped = verdict(80, False, can_pass=False)
    assert _verb(trapped) == "failed" and "score" not in trapped["result"]
    assert trapped["result"]["success"] is False
    low = verdict(57, False)
    assert _verb(low) == "failed" and low["result"]["score"]["scaled"] == 0.57
    unscored = verdict(80, False, can_pass=False, mastery=None)  # no masteryScore: the debrief's
    assert _verb(unscored) == "failed" and unscored["result"]["score"]["raw"] == 80
    assert MASTERY not in unscored["context"]["extensions"]
    assert played(attempt, replace(launch, launch_mode="Review"), XapiSettings()) == []
