"""Adjusted time limits in the records: the header and the start event say so; verify, resume,
the CSV, the PDF and the xAPI statements show it; the score is what the same answers earn
with the time limits as written; an edited adjustment does not verify."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from sm_sim.cli import main
from sm_sim.engine import ScenarioRun, TimeLimits, automatic, play
from sm_sim.engine import events as ev
from sm_sim.engine.timing import AS_WRITTEN, OFF
from sm_sim.records import (
    AttemptError,
    AttemptJournal,
    export_attempts,
    find_unfinished,
    read_attempt,
    resume_attempt,
    statements,
    trainee_for,
    verify_attempt,
)

from .records_helpers import EXAMPLE

DOUBLED = TimeLimits(2.0)


def _lines(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def _rewrite(path: Path, lines: list[dict]) -> None:
    path.write_text("".join(json.dumps(line, ensure_ascii=False) + "\n" for line in lines),
                    encoding="utf-8")


def _edit(path: Path, header=None, start=None) -> None:  # type: ignore[no-untyped-def]
    """Set (or with ``...`` remove) the time limits of the header and/or the start event."""
    lines = _lines(path)
    for target, value in ((lines[0], header), (lines[1]["event"], start)):
        if value is ...:
            target.pop("time_limits", None)
        elif value is not None:
            target["time_limits"] = value
    _rewrite(path, lines)


@pytest.mark.parametrize(("limits", "recorded"), [(DOUBLED, "2"), (TimeLimits(1.5), "1.5"), (OFF, "off")])
def test_the_header_and_the_start_event_record_the_adjustment(played, limits, recorded):
    attempt = played(time_limits=limits)
    header, first = _lines(attempt.path)[:2]
    assert header["time_limits"] == recorded
    assert first["event"]["type"] == "RunStarted" and first["event"]["time_limits"] == recorded
    assert attempt.header.limits == limits


def test_as_written_the_journal_is_what_it_always_was(played):
    header, first = _lines(played().path)[:2]
    assert "time_limits" not in header and "time_limits" not in first["event"]


def test_an_adjusted_attempt_verifies_and_says_so(played, capsys):
    attempt = played(time_limits=DOUBLED)
    verdict = verify_attempt(attempt)
    assert verdict.ok, verdict.problems
    assert any("time limits were doubled" in note for note in verdict.notes)
    assert main(["verify", str(attempt.path)]) == 0
    assert "time limits were doubled" in capsys.readouterr().out


def test_timeouts_happen_at_the_adjusted_time_in_the_record(played):
    attempt = played(time_limits=DOUBLED)
    opened = {e.decision: e for e in attempt.events if isinstance(e, ev.DecisionOpened)}
    timed_out = [e for e in attempt.events if isinstance(e, ev.ActionTaken) and e.timed_out]
    assert len(timed_out) == 1
    out = timed_out[0]
    assert out.t == opened[out.decision].deadline == opened[out.decision].t + 2 * 120


def test_switched_off_nothing_times_out_and_it_verifies(played):
    attempt = played(time_limits=OFF)
    assert all(e.deadline is None for e in attempt.events if isinstance(e, ev.DecisionOpened))
    assert not any(e.timed_out for e in attempt.events if isinstance(e, ev.ActionTaken))
    assert verify_attempt(attempt).ok


@pytest.mark.parametrize(("header", "start"), [
    ("3", None),  # the header alone
    (None, "off"),  # the start event alone
    (..., None),  # the adjustment taken out of the header: "as written"
])
def test_an_adjustment_edited_in_one_place_is_caught(played, header, start, capsys):
    attempt = played(time_limits=DOUBLED)
    _edit(attempt.path, header, start)
    verdict = verify_attempt(read_attempt(attempt.path))
    assert not verdict.ok
    assert verdict.problems[0].startswith("time limits: the header records")
    assert main(["verify", str(attempt.path)]) == 1
    assert "NOT VERIFIED" in capsys.readouterr().out


@pytest.mark.parametrize("changed", ["3", "off", ...])
def test_an_adjustment_edited_in_both_places_is_caught_by_the_deadlines(played, changed):
    attempt = played(time_limits=DOUBLED)
    _edit(attempt.path, changed, changed)
    verdict = verify_attempt(read_attempt(attempt.path))
    assert not verdict.ok
    assert "deadline" in verdict.problems[0] or "cannot be replayed" in verdict.problems[0], verdict.problems


def test_a_time_limit_written_oddly_is_not_read_as_an_attempt(played):
    attempt = played(time_limits=DOUBLED)
    for odd in ("2x", "1", 2, "banana"):
        _edit(attempt.path, odd, None)
        with pytest.raises(AttemptError, match="time limits"):
            read_attempt(attempt.path)


def test_the_score_is_what_the_same_answers_earn_as_written(played):
    """The same answers at the same moments (each as its decision opens), whatever the time
    limits: the same debrief, finished line and verdict statement."""
    def answers():  # type: ignore[no-untyped-def]
        return automatic("worst", 0)
    as_written = played(chooser=answers())
    for limits in (TimeLimits(1.5), DOUBLED, TimeLimits(3.0), OFF):
        adjusted = played(chooser=answers(), time_limits=limits)
        assert adjusted.debrief == as_written.debrief
        assert adjusted.finished is not None and as_written.finished is not None
        for key in ("score", "passed", "ending"):
            assert adjusted.finished[key] == as_written.finished[key]
        made, plain = statements(adjusted), statements(as_written)
        verdicts = [(s["verb"]["id"], s["result"]["score"], s["result"]["success"])
                    for s in (made[-2], plain[-2])]
        assert verdicts[0] == verdicts[1]


def test_the_csv_has_a_time_limits_column(played, tmp_path):
    attempts = [played(), played(time_limits=DOUBLED), played(time_limits=OFF),
                played(time_limits=TimeLimits(1.5))]
    [path] = export_attempts(attempts, "csv", tmp_path / "grades.csv")
    rows = list(csv.DictReader(io.StringIO(path.read_bytes().decode("utf-8-sig"), newline="")))
    assert [r["time_limits"] for r in rows] == ["as written", "2×", "off", "1.5×"]
    assert list(rows[0])[-1] == "time_limits"  # last, so the columns before it stay put


def test_the_pdf_says_so_in_plain_words(played, tmp_path):
    pypdf = pytest.importorskip("pypdf")

    def text(attempt) -> str:  # type: ignore[no-untyped-def]
        [path] = export_attempts([attempt], "pdf", tmp_path / f"{attempt.header.attempt_id}.pdf")
        return " ".join(" ".join(p.extract_text() for p in pypdf.PdfReader(str(path)).pages).split())

    doubled = text(played(time_limits=DOUBLED))
    assert "Time limits Doubled at the trainee's request." in doubled
    assert "The score is worked out exactly as it is without this." in doubled
    off = text(played(time_limits=OFF))
    assert "Switched off at the trainee's request: no decision could run out of time." in off
    assert "Time limits" not in text(played())


def test_every_xapi_statement_of_an_adjusted_attempt_carries_it(played):
    key = "https://sm-sim.invalid/xapi/extensions/time-limits"
    made = statements(played(time_limits=DOUBLED))
    assert len(made) >= 5 and all(s["context"]["extensions"][key] == "2" for s in made)
    assert all(s["context"]["extensions"][key] == "off" for s in statements(played(time_limits=OFF)))
    assert not any(key in s["context"]["extensions"] for s in statements(played()))


def _unfinished(example, path: Path, limits: TimeLimits) -> Path:  # type: ignore[no-untyped-def]
    """Stopped part-way, as after a crash: the first decision answered late, after its
    written time limit but within the adjusted one."""
    run = ScenarioRun(example.scenario, time_limits=limits)
    journal = AttemptJournal.begin(run, example.guidance, trainee_for("Sam Steady"), path=path)
    run.start()
    run.advance(25 + 90 + 40)
    run.act("reassure")
    run.advance(run.now + 5.0)
    journal.close()
    return path


def test_resume_carries_on_with_the_recorded_time_limits(example, tmp_path):
    path = _unfinished(example, tmp_path / "attempts" / "stopped.jsonl", DOUBLED)
    [found] = find_unfinished(path.parent)
    assert found.limits == DOUBLED
    run, journal = resume_attempt(path)
    try:
        assert run.time_limits == DOUBLED
        run.advance(run.now + 60.0)  # the next decision opens 30 s after the first closed
        opened = run.state.open_decision
        assert opened is not None and opened.deadline == opened.t + 2 * 120
        play(run.scenario, automatic("best", 0), run=run)
    finally:
        journal.close()
    finished = read_attempt(path)
    assert finished.status == "finished" and verify_attempt(finished).ok


def test_the_resume_verb_lists_and_finishes_it_with_its_time_limits(example, data_dir, capsys):
    path = _unfinished(example, data_dir / "attempts" / "stopped.jsonl", DOUBLED)
    assert main(["resume"]) == 0
    assert "time limits doubled" in capsys.readouterr().out
    assert main(["resume", str(path), "--auto", "best"]) == 0
    out = capsys.readouterr().out
    assert "finished" in out and "time limits doubled" in out
    assert verify_attempt(read_attempt(path)).ok


def test_play_records_the_time_limits_it_is_given(tmp_path, capsys):
    target = tmp_path / "played.jsonl"
    assert main(["play", str(EXAMPLE), "--time-limits", "off", "--auto", "best",
                 "--attempt", str(target), "--trainee", "PC Off"]) == 0
    assert "Time limits: switched off" in capsys.readouterr().out
    attempt = read_attempt(target)
    assert attempt.header.limits == OFF and verify_attempt(attempt).ok
    assert main(["play", str(EXAMPLE), "--time-limits", "1.5", "--choose", "1,wait", "--auto", "best",
                 "--json", "--no-record"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert result["time_limits"] == "1.5"
    assert result["events"][0]["time_limits"] == "1.5"
    out = [e for e in result["events"] if e["type"] == "ActionTaken" and e["timed_out"]]
    assert out and out[0]["t"] == 55 + 1.5 * 120


@pytest.mark.parametrize("bad", ["0.5", "never", "11"])
def test_play_refuses_a_setting_it_cannot_apply(bad, capsys):
    with pytest.raises(SystemExit) as stopped:
        main(["play", str(EXAMPLE), "--time-limits", bad, "--no-record"])
    assert stopped.value.code == 2
    assert "--time-limits" in capsys.readouterr().err


def test_play_as_written_by_default(tmp_path):
    target = tmp_path / "played.jsonl"
    assert main(["play", str(EXAMPLE), "--auto", "best", "--attempt", str(target)]) == 0
    assert read_attempt(target).header.limits == AS_WRITTEN


def test_a_launch_by_an_lms_tells_it_of_the_time_limits(lms, lrs, tmp_path, capsys):
    from .test_cmi5_launch import _held, _launch, _verb, assert_cmi5
    launch, code = _launch(lms, tmp_path, "--auto", "best", "--time-limits", "2")
    assert code == 0, capsys.readouterr().err
    held = _held(lrs, launch.registration)
    verbs = assert_cmi5(held, launch)
    assert verbs[0] == "initialized" and verbs[-1] == "terminated"
    ours = [s for s in held if _verb(s) != "launched"]  # the LMS sent launched
    key = "https://sm-sim.invalid/xapi/extensions/time-limits"
    assert len(ours) == len(verbs) and all(s["context"]["extensions"][key] == "2" for s in ours)
    attempt = read_attempt(tmp_path / "attempt-1.jsonl")
    assert attempt.header.limits == DOUBLED and verify_attempt(attempt).ok
