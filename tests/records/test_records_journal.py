"""The attempt journal: what it holds, when it syncs, and how it reads back after damage."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from sm_sim.engine import ScenarioRun, play
from sm_sim.engine import events as ev
from sm_sim.records import (
    AttemptError,
    AttemptJournal,
    JournalError,
    attempts_dir,
    find_unfinished,
    read_attempt,
    trainee_for,
)
from sm_sim.records.attempt import to_transcript

from .records_helpers import EXAMPLE, REPLY, make_chooser


def test_journal_holds_header_events_and_debrief(played, example):
    attempt = played(trainee="Jo Bloggs", session="cohort-7", mode="assessment")
    h = attempt.header
    assert (h.trainee, h.session, h.mode, h.scenario) == ("Jo Bloggs", "cohort-7", "assessment",
                                                         "cordon_questions")
    assert h.content_hash == example.scenario.content_hash and h.version == example.scenario.version
    assert h.seed == example.scenario.seed and h.started.endswith("Z")
    assert attempt.status == "finished"
    assert isinstance(attempt.events[0], ev.RunStarted) and isinstance(attempt.events[-1], ev.RunEnded)
    assert attempt.actions[0].text == REPLY  # em dash and emoji kept exactly
    assert any(a.timed_out for a in attempt.actions)
    assert attempt.debrief is not None and attempt.finished is not None
    assert attempt.finished["score"] == attempt.debrief.score == attempt.score
    assert len(attempt.walls) == len(attempt.events)


def test_trainee_account_is_stable_per_name(data_dir):
    first = trainee_for("Priya  Patel")
    assert trainee_for("priya patel").account == trainee_for("Priya Patel").account
    assert first.account == trainee_for("PRIYA PATEL").account
    assert trainee_for("Tom").account != first.account
    assert trainee_for("Tom", account="PC 1234").account == "PC 1234"
    (data_dir / "trainees.json").write_text("{damaged")
    assert trainee_for("Priya Patel").account != first.account  # a new register is begun
    assert len(list(data_dir.glob("trainees.json.damaged-*"))) == 1  # the old one kept aside


def test_default_place_is_the_data_folder(example, data_dir):
    run = ScenarioRun(example.scenario)
    journal = AttemptJournal.begin(run, example.guidance, trainee_for("Ann"), mode="practice")
    assert journal.path.parent == attempts_dir() == data_dir / "attempts"
    play(example.scenario, make_chooser(), run=run)
    assert journal.finished


def test_fsync_at_every_action_and_at_the_end(example, tmp_path, monkeypatch):
    synced: list[int] = []
    real = os.fsync
    monkeypatch.setattr(os, "fsync", lambda fd: (synced.append(fd), real(fd)))
    run = ScenarioRun(example.scenario)
    seen = []
    run.subscribe(lambda e: seen.append(type(e).__name__) if isinstance(e, ev.ActionTaken) else None)
    journal = AttemptJournal.begin(run, example.guidance, trainee_for("Ann"),
                                   path=tmp_path / "a.jsonl")
    header_syncs = len(synced)
    play(example.scenario, make_chooser(), run=run)
    assert journal.finished
    # one at each action, one for the finished line (folder syncs happen at creation)
    assert len(synced) - header_syncs == len(seen) + 1


def test_journal_refuses_a_started_run_or_an_existing_file(example, tmp_path):
    run = ScenarioRun(example.scenario)
    run.start()
    with pytest.raises(JournalError):
        AttemptJournal.begin(run, example.guidance, trainee_for("Ann"))
    target = tmp_path / "taken.jsonl"
    target.write_text("x")
    with pytest.raises(JournalError, match="already exists"):
        AttemptJournal.begin(ScenarioRun(example.scenario), example.guidance, trainee_for("Ann"),
                             path=target)


def _cut(path: Path, keep_lines: int, tail: bytes) -> Path:
    lines = path.read_bytes().split(b"\n")
    out = path.with_name("cut-" + path.name)
    out.write_bytes(b"\n".join(lines[:keep_lines]) + b"\n" + tail)
    return out


@pytest.mark.parametrize("tail", [b'{"kind":"event","wall":"2024', b"\x00" * 300,
                                  b'{"kind":"ev\n\x00\x00'], ids=["cut", "zeros", "both"])
def test_a_cut_off_tail_is_tolerated(played, tail):
    attempt = played()
    cut = _cut(attempt.path, 30, tail)
    again = read_attempt(cut)
    assert again.truncated and again.status == "unfinished"
    assert again.events == attempt.events[:29]
    assert again.good_bytes == len(b"\n".join(cut.read_bytes().split(b"\n")[:30])) + 1


def test_damage_in_the_middle_is_an_error_naming_file_and_line(played):
    attempt = played()
    lines = attempt.path.read_bytes().split(b"\n")
    lines[10] = b'{"kind": "event", "event": {"type": "Nope"'
    attempt.path.write_bytes(b"\n".join(lines))
    with pytest.raises(AttemptError, match=rf"{attempt.path.name}:11"):
        read_attempt(attempt.path)


@pytest.mark.parametrize("content", [b"", b"hello", b"[1, 2]", b'{"kind": "event"}\n',
                                     b'{"format": "other"}', "{\u00e9".encode("latin-1")])
def test_not_an_attempt(tmp_path, content):
    path = tmp_path / "x.jsonl"
    path.write_bytes(content)
    with pytest.raises(AttemptError, match=r"x\.jsonl"):
        read_attempt(path)


def test_transcript_reads_back_as_the_same_attempt(played, tmp_path):
    attempt = played()
    path = tmp_path / "t.json"
    path.write_text(json.dumps(to_transcript(attempt), ensure_ascii=False))
    again = read_attempt(path)
    assert again.header == attempt.header and again.events == attempt.events
    assert again.debrief == attempt.debrief and again.finished == attempt.finished


def test_abandoned_and_finished_attempts_are_not_offered(example, played, data_dir):
    played(path=attempts_dir() / "done.jsonl")
    run = ScenarioRun(example.scenario)
    journal = AttemptJournal.begin(run, example.guidance, trainee_for("Ann"),
                                   path=attempts_dir() / "abandoned.jsonl")
    run.start()
    journal.abandon("the script ran out")
    run = ScenarioRun(example.scenario)
    still_open = AttemptJournal.begin(run, example.guidance, trainee_for("Bea"),
                                      path=attempts_dir() / "open.jsonl")
    run.start()
    run.advance(10)
    still_open.close()  # as a crash would leave it: no finished line
    (attempts_dir() / "garbage.jsonl").write_text("not json\n")
    found = find_unfinished()
    assert [u.path.name for u in found] == ["open.jsonl"]
    assert found[0].trainee == "Bea" and found[0].decisions_taken == 0


def test_the_command_line_takes_an_assessment_once_as_the_app_does(data_dir, capsys):
    """A second headless assessment by the same trainee (any spelling of the name) is refused,
    and nothing is written for it; practice stays open."""
    from sm_sim.cli import main

    def play(mode: str, name: str) -> int:
        return main(["play", str(EXAMPLE), "--auto", "best", "--mode", mode, "--trainee", name,
                     "--record"])

    assert play("assessment", "PC Ada Byron") == 0
    capsys.readouterr()
    assert play("assessment", "pc  ada byron") == 2
    err = capsys.readouterr().err
    assert "already taken the assessment of cordon_questions" in err and "--mode practice" in err
    assert len(list((data_dir / "attempts").glob("*.jsonl"))) == 1
    assert play("practice", "PC Ada Byron") == 0
    assert len(list((data_dir / "attempts").glob("*.jsonl"))) == 2


def test_a_debrief_line_that_is_not_a_debrief_names_file_and_line(played):
    attempt = played()
    lines = attempt.path.read_bytes().split(b"\n")
    number = next(i for i, line in enumerate(lines) if line.startswith(b'{"kind":"debrief"'))
    lines[number] = b'{"kind":"debrief","debrief":{"score":"lots"}}'
    attempt.path.write_bytes(b"\n".join(lines))
    with pytest.raises(AttemptError, match=rf"{attempt.path.name}:{number + 1}: a debrief line"):
        read_attempt(attempt.path)


_DEEP = b"[" * 100_000 + b"]" * 100_000


@pytest.mark.parametrize("where", [5, -1], ids=["middle", "last"])
def test_a_line_nested_too_deep_is_a_damaged_line_not_a_crash(played, where):
    attempt = played()
    lines = attempt.path.read_bytes().split(b"\n")[:-1]
    lines[where] = b'{"kind":"event","wall":"x","event":' + _DEEP + b"}"
    attempt.path.write_bytes(b"\n".join(lines) + b"\n")
    number = where + 1 if where >= 0 else len(lines)
    with pytest.raises(AttemptError, match=rf"{attempt.path.name}:{number}: a damaged line"):
        read_attempt(attempt.path)


def test_a_transcript_nested_too_deep_is_refused(tmp_path):
    path = tmp_path / "t.json"
    path.write_bytes(b'{"format": "sm-sim-transcript", "events": ' + _DEEP + b"}")
    with pytest.raises(AttemptError, match=r"t\.json:1: a damaged line"):
        read_attempt(path)


def test_the_journal_refuses_to_write_what_is_not_json():
    from sm_sim.records.journal import record_line
    with pytest.raises(OSError, match="not valid JSON"):
        record_line({"kind": "event", "value": float("nan")})
    assert json.loads(record_line({"kind": "event", "value": 1.5})) == {"kind": "event", "value": 1.5}


@pytest.mark.parametrize("constant", [b"NaN", b"Infinity", b"-Infinity"])
def test_a_line_holding_nan_is_damage_not_a_number(played, constant):
    """Python's JSON reader takes NaN; nothing else does, and no attempt can verify with it."""
    attempt = played()
    lines = attempt.path.read_bytes().split(b"\n")
    lines[10] = lines[10].replace(b'"t":', b'"t":' + constant + b',"was":', 1)
    assert constant in lines[10]
    attempt.path.write_bytes(b"\n".join(lines))
    with pytest.raises(AttemptError, match=rf"{attempt.path.name}:11: a damaged line"):
        read_attempt(attempt.path)


def test_a_headless_play_keeps_nothing_unless_asked(data_dir, capsys):
    from sm_sim.cli import main
    assert main(["play", str(EXAMPLE), "--auto", "best"]) == 0
    assert not (data_dir / "attempts").exists() or not any((data_dir / "attempts").iterdir())
    assert "attempt saved" not in capsys.readouterr().err
    assert main(["play", str(EXAMPLE), "--auto", "best", "--record"]) == 0
    assert len(list((data_dir / "attempts").glob("*.jsonl"))) == 1
    assert "attempt saved" in capsys.readouterr().err
