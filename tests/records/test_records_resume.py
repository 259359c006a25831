"""Resume: a killed headless attempt carries on with nothing lost."""

from __future__ import annotations

import signal
import subprocess
import sys
from pathlib import Path

import pytest

from sm_sim.engine import events as ev
from sm_sim.engine import play
from sm_sim.records import JournalError, read_attempt, resume_attempt
from sm_sim.records.times import parse_iso

from .records_helpers import chooser

HERE = Path(__file__).resolve().parent


class _Counting:
    """The helpers' chooser, carrying on after ``already`` decisions were taken."""

    def __init__(self, already: int) -> None:
        self.taken = ["earlier"] * already

    def __call__(self, run, decision):  # type: ignore[no-untyped-def]
        return chooser(run, decision, self.taken)


def test_sigkill_mid_attempt_then_resume_loses_nothing(played, tmp_path):
    reference = played(path=tmp_path / "reference.jsonl", trainee="Sam Slow", session="kill-test",
                       mode="headless")
    path = tmp_path / "killed.jsonl"
    child = subprocess.Popen([sys.executable, str(HERE / "slow_player.py"), str(path)],
                             stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, cwd=HERE)
    try:
        assert child.stdout is not None and child.stdin is not None
        assert child.stdout.readline().startswith("DECISION")
        child.stdin.write("go\n")
        child.stdin.flush()
        assert child.stdout.readline().startswith("DECISION")  # the first action is on disk
        child.send_signal(signal.SIGKILL)
        assert child.wait(10) == -signal.SIGKILL
    finally:
        if child.poll() is None:
            child.kill()
            child.wait(10)
        for pipe in (child.stdin, child.stdout):
            if pipe is not None:
                pipe.close()
    before = read_attempt(path)
    assert before.status == "unfinished" and len(before.actions) == 1
    waiting = [e for e in before.events if isinstance(e, ev.DecisionOpened)][-1]
    assert waiting.decision != before.actions[0].decision  # killed while the second was open

    run, journal = resume_attempt(path)
    assert run.open_decision is not None and run.open_decision.id == waiting.decision
    play(run.scenario, _Counting(1), run=run)
    assert journal.finished and journal.error is None

    after = read_attempt(path)
    assert after.status == "finished" and len(after.resumed) == 1
    assert after.header == before.header  # the same attempt, the same file
    assert after.events[: len(before.events)] == before.events
    assert after.events == reference.events  # nothing lost, nothing doubled
    assert after.score == reference.score and after.competencies == reference.competencies
    assert after.debrief is not None and reference.debrief is not None
    assert after.debrief.decisions == reference.debrief.decisions
    resumed_at = parse_iso(after.resumed[0])
    assert after.finished is not None and 0 <= after.finished["active_seconds"] < 60
    assert resumed_at >= parse_iso(before.walls[-1])


def test_resume_after_a_power_cut_mid_line_recreates_lost_events(played, tmp_path):
    reference = played()
    lines = reference.path.read_bytes().split(b"\n")
    second_action = [i for i, line in enumerate(lines) if b'"ActionTaken"' in line][1]
    keep = second_action + 4  # the action and a few of the lines that followed it
    path = tmp_path / "cut.jsonl"
    path.write_bytes(b"\n".join(lines[:keep]) + b"\n" + lines[keep][:25])
    run, _journal = resume_attempt(path)
    play(run.scenario, _Counting(2), run=run)
    after = read_attempt(path)
    assert not after.truncated and after.status == "finished"
    assert after.events == reference.events and after.score == reference.score


def test_a_tampered_journal_does_not_resume(played, tmp_path):
    attempt = played()
    lines = attempt.path.read_bytes().split(b"\n")
    second_action = [i for i, line in enumerate(lines) if b'"ActionTaken"' in line][1]
    lines[3] = lines[3].replace(b'"t":', b'"t":1', 1)  # move an early event in time
    path = tmp_path / "tampered.jsonl"
    path.write_bytes(b"\n".join(lines[:second_action]) + b"\n")
    with pytest.raises(JournalError, match="does not replay"):
        resume_attempt(path)


def test_finished_attempts_do_not_resume(played):
    with pytest.raises(JournalError, match="finished"):
        resume_attempt(played().path)


def test_an_unfinished_attempt_can_be_given_up_without_its_scenario(played, tmp_path):
    attempt = played()
    lines = attempt.path.read_bytes().split(b"\n")
    second_action = [i for i, line in enumerate(lines) if b'"ActionTaken"' in line][1]
    # Cut mid-line (a power cut), and point the header at a scenario file that is gone.
    header = lines[0].replace(attempt.header.scenario_path.encode(), b"/nowhere/gone.yaml")
    path = tmp_path / "orphan.jsonl"
    path.write_bytes(b"\n".join([header, *lines[1:second_action]]) + b"\n" + lines[second_action][:20])
    from sm_sim.records.journal import mark_abandoned
    mark_abandoned(path, "given up by the trainee")
    after = read_attempt(path)
    assert after.status == "abandoned" and not after.truncated
    assert after.abandoned["reason"] == "given up by the trainee"
    assert len(after.events) == len(read_attempt(attempt.path).events[: len(after.events)])
