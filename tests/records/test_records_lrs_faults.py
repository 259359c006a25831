"""The outbox against an LRS that fails on a schedule (issue 14): a proxy in front of the
real loopback LRS answers ``[]`` without storing, cuts or loses its answer after storing,
answers 409 to an exact repeat, asks to wait (Retry-After) or refuses the password once."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections import Counter
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sm_sim.cli import main
from sm_sim.records import Outbox, statements


def _held(lrs) -> Counter[str]:  # type: ignore[no-untyped-def]
    return Counter(s["id"] for s in lrs.statements())


def _queued(played, tmp_path: Path, **kwargs) -> tuple[Outbox, list[dict]]:  # type: ignore[no-untyped-def,type-arg]
    made = statements(played())
    outbox = Outbox(tmp_path / "outbox", **kwargs)
    outbox.add(made)
    return outbox, made


def _all_once(lrs, made) -> bool:  # type: ignore[no-untyped-def]
    held = _held(lrs)
    return sorted(held) == sorted(s["id"] for s in made) and set(held.values()) == {1}


def test_an_answer_of_no_ids_is_not_counted_as_stored(lrs, faulty, played, tmp_path, capsys):
    attempt = played()
    made = statements(attempt)
    faulty.schedule = ["empty"]
    args = ["--lrs", faulty.endpoint, "--user", "trainer", "--password", "s3cret",
            "--outbox", str(tmp_path / "box")]
    assert main(["send", str(attempt.path), *args]) == 1
    err = capsys.readouterr().err
    assert f"confirmed only 0 of {len(made)}" in err and f"{len(made)} wait in the outbox" in err
    assert _held(lrs) == Counter()
    assert main(["send", *args]) == 0
    assert f"sent {len(made)} statements" in capsys.readouterr().out and _all_once(lrs, made)


def test_a_cut_off_answer_means_unknown_and_a_retry(lrs, faulty, played, tmp_path):
    outbox, made = _queued(played, tmp_path)
    faulty.schedule = ["cut"]
    report = outbox.send(faulty.client())
    assert report.error is not None and report.error.kind == "unknown" and report.sent == 0
    assert "IncompleteRead" in str(report.error) and "cannot reach" not in str(report.error)
    assert report.waiting == len(made)
    report = outbox.send(faulty.client())
    assert report.error is None and report.sent == len(made) and _all_once(lrs, made)


def test_a_lost_answer_is_not_called_unreachable(lrs, faulty, played, tmp_path):
    outbox, made = _queued(played, tmp_path)
    faulty.schedule = ["lost"]
    report = outbox.send(faulty.client())
    assert report.error is not None and report.error.retry_after is None
    text = report.describe(outbox.folder)
    assert "answer was lost" in text and "cannot reach" not in text
    assert outbox.send(faulty.client()).sent == len(made) and _all_once(lrs, made)


def test_409_to_an_exact_repeat_is_stored_not_rejected(lrs, faulty, played, tmp_path):
    outbox, made = _queued(played, tmp_path)
    faulty.schedule = ["conflict"] * (len(made) + 1)  # the batch, then each one alone
    report = outbox.send(faulty.client())
    assert report.error is None and report.rejected == 0 and report.sent == len(made)
    assert outbox.pending() == [] and _all_once(lrs, made)
    assert sum(line.startswith("GET /xAPI/statements?statementId=") for line in faulty.seen) \
        == len(made)


def test_409_for_a_different_statement_is_rejected(lrs, played, tmp_path):
    made = statements(played())
    lrs.client().post_statements([{**made[0], "result": {"score": {"scaled": 0.01}}}])
    outbox = Outbox(tmp_path / "outbox")
    outbox.add(made)
    report = outbox.send(lrs.client())
    assert report.rejected == 1 and report.sent == len(made) - 1
    [reason] = (outbox.folder / "rejected").glob("*.reason.txt")
    assert "409" in reason.read_text() and "differs" in reason.read_text()


def test_a_short_retry_after_is_waited_out_through_the_injected_wait(lrs, faulty, played, tmp_path):
    waited: list[float] = []
    outbox, made = _queued(played, tmp_path, wait=waited.append)
    faulty.schedule = ["busy:7", "busy:2"]
    report = outbox.send(faulty.client())
    assert waited == [7.0, 2.0] and report.error is None and _all_once(lrs, made)


def test_a_long_retry_after_holds_the_outbox_until_then(lrs, faulty, played, tmp_path):
    clock = [datetime(2026, 1, 5, 9, 0, tzinfo=UTC)]
    outbox, made = _queued(played, tmp_path, now=lambda: clock[0], wait=[].append)
    faulty.schedule = ["busy:600"]
    report = outbox.send(faulty.client())
    assert report.error is not None and report.error.retry_after == 600
    assert "asked to wait 600 s" in str(report.error) and report.waiting == len(made)
    posts = len(faulty.seen)
    clock[0] += timedelta(seconds=300)
    report = outbox.send(faulty.client())
    assert report.error is not None and "before 2026-01-05T09:10:00.000Z" in str(report.error)
    assert len(faulty.seen) == posts  # the LRS was not asked again before its time
    clock[0] += timedelta(seconds=301)
    assert outbox.send(faulty.client()).sent == len(made) and _all_once(lrs, made)
    assert not (outbox.folder / "hold.txt").exists()


def test_one_passing_401_is_not_a_wrong_password(lrs, faulty, played, tmp_path):
    outbox, made = _queued(played, tmp_path)
    faulty.schedule = ["401"]
    report = outbox.send(faulty.client())
    assert report.error is None and report.sent == len(made)


def test_a_repeated_401_is_a_wrong_password(lrs, faulty, played, tmp_path):
    outbox, _ = _queued(played, tmp_path)
    faulty.schedule = ["401", "401"]
    report = outbox.send(faulty.client())
    assert report.error is not None and report.error.kind == "auth"
    assert "check the user name and password" in str(report.error)


_KILL_MID_QUEUE = """
import os, signal, sys
from sm_sim.records import Outbox, read_attempt, statements
calls = [0]
real = os.fsync
def fsync(fd):
    calls[0] += 1
    if calls[0] == int(sys.argv[3]):
        os.kill(os.getpid(), signal.SIGKILL)  # killed with a statement file half written
    real(fd)
os.fsync = fsync
Outbox(sys.argv[2]).add(statements(read_attempt(sys.argv[1])))
"""


def test_send_killed_while_queuing_loses_nothing_and_leaves_no_part_file(played, tmp_path):
    attempt = played()
    made = statements(attempt)
    box = tmp_path / "box"
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2] / "src")}
    # fsync 1-2: the whole batch and its folder; 5: the second statement's own file.
    child = subprocess.run([sys.executable, "-c", _KILL_MID_QUEUE, str(attempt.path), str(box), "5"],
                           env=env, capture_output=True, timeout=60)
    assert child.returncode == -9
    parts = list(box.glob(".*.part"))
    assert parts, "the kill should have left a half-written file"
    for part in parts:
        os.utime(part, (0, 0))  # as old as a kill's leftover is by the next send
    outbox = Outbox(box)
    pending = outbox.pending()
    assert [json.loads(p.read_text())["id"] for p in pending] == [s["id"] for s in made]
    assert list(box.glob(".*.part")) == [] and list(box.glob("*.batch")) == []


def test_killed_before_the_batch_is_whole_queues_nothing(played, tmp_path):
    attempt = played()
    box = tmp_path / "box"
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2] / "src")}
    child = subprocess.run([sys.executable, "-c", _KILL_MID_QUEUE, str(attempt.path), str(box), "1"],
                           env=env, capture_output=True, timeout=60)
    assert child.returncode == -9
    for part in box.glob(".*.part"):
        os.utime(part, (0, 0))
    assert Outbox(box).pending() == [] and list(box.iterdir()) == []


def test_a_statement_file_holding_nan_is_set_aside_not_a_crash(lrs, played, tmp_path):
    outbox, made = _queued(played, tmp_path)
    first = outbox.pending()[0]
    first.write_text(first.read_text().replace('"id":', '"score": NaN, "id":', 1))
    report = outbox.send(lrs.client())
    assert report.rejected == 1 and report.sent == len(made) - 1 and report.error is None


def test_a_damaged_queued_batch_is_set_aside(tmp_path):
    box = tmp_path / "box"
    box.mkdir()
    (box / "0001.batch").write_text('{"name": "x.json", "statement": {"id": NaN}}\n{half')
    assert Outbox(box).pending() == []
    assert (box / "rejected" / "0001.batch.reason.txt").read_text() == "the queued batch is damaged\n"
