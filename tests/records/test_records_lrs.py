"""Sending to a real LRS on loopback: accepted and read back; 401, 500, a timeout and a stop
mid-send leave the statements waiting; when the LRS is back each arrives exactly once."""

from __future__ import annotations

import threading
from collections import Counter

import pytest

from sm_sim.cli import main
from sm_sim.records import LrsClient, Outbox, fetch_session, statements

from .lrs_loopback import free_port


def _ids(made: list[dict]) -> list[str]:  # type: ignore[type-arg]
    return [s["id"] for s in made]


def _held_by_lrs(lrs, **params) -> Counter[str]:  # type: ignore[no-untyped-def]
    return Counter(s["id"] for s in lrs.statements(**params))


def test_statements_are_accepted_and_read_back(lrs, played, tmp_path):
    ralph = pytest.importorskip("ralph.models.xapi.base.statements")
    attempts = [played(trainee="Ann", session="cohort-7"), played(trainee="Bea", session="cohort-7")]
    outbox = Outbox(tmp_path / "outbox")
    for attempt in attempts:
        outbox.add(statements(attempt))
    report = outbox.send(lrs.client(), batch_size=3)
    expected = [i for a in attempts for i in _ids(statements(a))]
    assert report.error is None and report.sent == len(expected) and outbox.pending() == []
    held = lrs.statements(registration=attempts[0].header.attempt_id)
    assert sorted(s["id"] for s in held) == sorted(_ids(statements(attempts[0])))
    for statement in held:
        ralph.BaseXapiStatement(**statement)
    mine = {s["id"]: s for s in statements(attempts[0])}
    for statement in held:
        assert statement.get("result") == mine[statement["id"]].get("result")
        assert statement["context"] == mine[statement["id"]]["context"]
    by_verb = lrs.statements(verb="http://adlnet.gov/expapi/verbs/completed")
    assert len(by_verb) == 2
    records = fetch_session(lrs.client(), "cohort-7")
    assert sorted((r.trainee, r.score, r.finished) for r in records) == sorted(
        (a.header.trainee, a.score, True) for a in attempts)
    assert records[0].competencies in [a.competencies for a in attempts]
    assert outbox.add(statements(attempts[0])) == 0  # sent already: not queued twice


def test_cli_send_and_cohort_from_the_lrs(lrs, played, tmp_path, capsys):
    attempt = played(trainee="Cal", session="s-9")
    box = tmp_path / "box"
    args = ["--lrs", lrs.endpoint, "--user", "trainer", "--password", "s3cret"]
    assert main(["send", str(attempt.path), *args, "--outbox", str(box)]) == 0
    assert f"sent {len(statements(attempt))} statements" in capsys.readouterr().out
    assert main(["cohort", *args, "--session", "s-9"]) == 0
    out = capsys.readouterr().out
    assert "1 attempts by 1 trainees, 1 finished" in out


def test_wrong_password_keeps_everything_waiting(lrs, played, tmp_path):
    attempt = played()
    outbox = Outbox(tmp_path / "outbox")
    outbox.add(statements(attempt))
    report = outbox.send(lrs.client(password="wrong"))
    assert report.error is not None and report.error.kind == "auth" and report.error.status == 401
    assert report.sent == 0 and report.waiting == len(statements(attempt))
    assert "check the user name and password" in report.describe(outbox.folder)
    report = outbox.send(lrs.client())
    assert report.error is None and report.sent == len(statements(attempt))
    assert set(_held_by_lrs(lrs).values()) == {1}


def test_server_error_keeps_everything_waiting(lrs, auth_gate, played, tmp_path):
    attempt = played()
    outbox = Outbox(tmp_path / "outbox")
    outbox.add(statements(attempt))
    auth_gate.failing = True
    report = outbox.send(lrs.client())
    assert report.error is not None and report.error.status == 500
    assert report.waiting == len(statements(attempt))
    auth_gate.failing = False
    assert outbox.send(lrs.client()).sent == len(statements(attempt))
    held = _held_by_lrs(lrs)
    assert sorted(held) == sorted(_ids(statements(attempt))) and set(held.values()) == {1}


def test_timeout_then_retry_arrives_exactly_once(lrs, auth_gate, played, tmp_path):
    attempt = played()
    made = statements(attempt)
    outbox = Outbox(tmp_path / "outbox")
    outbox.add(made)
    auth_gate.allow = 0  # the LRS hangs on every request
    report = outbox.send(lrs.client(timeout=1.0))
    assert report.error is not None and report.error.kind == "timeout"
    assert report.waiting == len(made) and "did not answer within 1 s" in str(report.error)
    auth_gate.open()
    # As if an earlier answer had been lost: the LRS holds some of them, the outbox all of them.
    lrs.client().post_statements(made[:3])
    report = outbox.send(lrs.client())  # the retry carries the same ids: nothing doubles
    assert report.error is None and report.sent == len(made)
    held = _held_by_lrs(lrs)
    assert sorted(held) == sorted(_ids(made)) and set(held.values()) == {1}


def test_lrs_stopped_mid_send_then_restarted(lrs, auth_gate, played, tmp_path):
    first, second = played(trainee="Ann"), played(trainee="Bea")
    batch_one, batch_two = statements(first), statements(second)
    outbox = Outbox(tmp_path / "outbox")
    outbox.add(batch_one + batch_two)
    auth_gate.allow = 1  # the first batch goes through, the second hangs in the LRS
    reports = []
    sender = threading.Thread(target=lambda: reports.append(
        outbox.send(lrs.client(timeout=15), batch_size=len(batch_one))))
    sender.start()
    assert auth_gate.held.wait(15), "the second batch never reached the LRS"
    lrs.stop()  # stopped with the second batch in flight
    auth_gate.release.set()
    sender.join(20)
    [report] = reports
    assert report.sent == len(batch_one) and report.error is not None
    assert report.error.retry_later and report.waiting == len(batch_two)

    lrs.start()  # back (an in-memory LRS: it starts empty)
    auth_gate.open()
    report = outbox.send(lrs.client())
    assert report.error is None and report.sent == len(batch_two) and outbox.pending() == []
    held = _held_by_lrs(lrs)
    assert sorted(held) == sorted(_ids(batch_two)) and set(held.values()) == {1}
    ledger = (outbox.folder / "sent.log").read_text().split()
    assert sorted(ledger) == sorted(_ids(batch_one + batch_two))  # every one, once


def test_unreachable_lrs_leaves_a_clear_message(played, tmp_path, capsys):
    attempt = played()
    url = f"http://127.0.0.1:{free_port()}/xAPI/"
    box = tmp_path / "box"
    code = main(["send", str(attempt.path), "--lrs", url, "--user", "u", "--password", "p",
                 "--outbox", str(box), "--timeout", "2"])
    assert code == 1
    err = capsys.readouterr().err
    assert "cannot reach the LRS" in err and "wait in the outbox" in err and "Traceback" not in err
    assert len(Outbox(box).pending()) == len(statements(attempt))
    assert main(["send", "--lrs", "ftp://x", "--user", "u", "--password", "p"]) == 2


def test_client_rejects_a_bad_address():
    with pytest.raises(ValueError):
        LrsClient("localhost:8080", "u", "p")


def test_a_statement_the_lrs_refuses_is_set_aside_not_lost(lrs, played, tmp_path):
    attempt = played()
    made = statements(attempt)
    broken = {**made[1], "id": "00000000-0000-4000-8000-000000000001",
              "verb": {"id": "not an IRI"}}
    outbox = Outbox(tmp_path / "outbox")
    outbox.add([made[0], broken, *made[2:]])
    (outbox.folder / "0-000-garbage.json").write_text("{half a statement")
    report = outbox.send(lrs.client())
    assert report.sent == len(made) - 1 and report.rejected == 2
    assert report.error is None and outbox.pending() == []
    rejected = sorted(p.name for p in (outbox.folder / "rejected").iterdir())
    assert any(name.endswith("000000000001.json") for name in rejected)
    assert any("400" in (outbox.folder / "rejected" / n).read_text() for n in rejected
               if n.endswith(".reason.txt"))
    held = _held_by_lrs(lrs)
    assert sorted(held) == sorted(_ids([made[0], *made[2:]]))
