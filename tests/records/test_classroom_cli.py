"""``sm-sim session``: a trainer creates and steers a session from a terminal and two laptops
join it without a window, through a real LRS."""

from __future__ import annotations

import re
import threading
from pathlib import Path

import pytest

from sm_sim.cli.main import main
from sm_sim.engine.events import from_trainer
from sm_sim.records import read_attempt
from sm_sim.records.classroom import SessionChannel

from .lrs_loopback import LoopbackSchoolLrs


def _lrs(school: LoopbackSchoolLrs) -> list[str]:
    return ["--lrs", school.endpoint, "--user", school.gate.user, "--password", school.gate.password]


def test_a_held_session_from_create_to_scores(school_lrs: LoopbackSchoolLrs, tmp_path: Path,
                                              data_dir: Path,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    lrs = _lrs(school_lrs)
    assert main(["session", "create", "cordon_questions", "--hold", "--trainer", "Sgt Rowe", *lrs]) == 0
    code = re.search(r"session ([A-Z0-9]{6})", capsys.readouterr().out).group(1)  # type: ignore[union-attr]
    codes: list[int] = []
    laptops = [threading.Thread(target=lambda n=n: codes.append(main(
        ["session", "join", code.lower(), "--name", f"PC {n}", "--outbox", str(tmp_path / str(n)), *lrs])))
        for n in (1, 2)]
    for laptop in laptops:
        laptop.start()
    channel = SessionChannel(school_lrs.client())
    assert channel.read(code).hold and not channel.read(code).released
    assert main(["session", "inject", code, "--from", "Press Office", "--subject", "A call",
                 "--text", "The Echo wants a comment.", *lrs]) == 0
    assert main(["session", "start", code, *lrs]) == 0
    for laptop in laptops:
        laptop.join(120)
    assert codes == [0, 0]
    capsys.readouterr()
    assert main(["session", "show", code, *lrs]) == 0
    shown = capsys.readouterr().out
    assert "1 injects sent" in shown
    rows = [line for line in shown.splitlines() if line.startswith("  PC ")]
    assert len(rows) == 2 and all("finished" in r and "pass" in r for r in rows)
    attempts = [read_attempt(p) for p in sorted(data_dir.rglob("*.jsonl"))]
    assert sorted(a.header.trainee for a in attempts) == ["PC 1", "PC 2"]
    for attempt in attempts:  # the inject sent before the start reached both inboxes
        assert attempt.header.session == code
        assert [e.subject for e in attempt.events if from_trainer(e)] == ["A call"]


def test_mistakes_are_said_in_words(school_lrs: LoopbackSchoolLrs,
                                    capsys: pytest.CaptureFixture[str]) -> None:
    lrs = _lrs(school_lrs)
    assert main(["session", "show", "K7M2Q0", *lrs]) == 2
    assert "0 is O" in capsys.readouterr().err
    assert main(["session", "pause", "ABCDEF", *lrs]) == 2
    assert "no classroom session ABCDEF" in capsys.readouterr().err
    assert main(["session", "create", "no_such_scenario", *lrs]) == 2
    assert "no playable scenario 'no_such_scenario'" in capsys.readouterr().err
    assert main(["session", "create", *lrs]) == 2
    assert "or --course for the whole day" in capsys.readouterr().err


def test_a_session_of_several_scenarios_is_played_in_order_from_the_command_line(
        school_lrs: LoopbackSchoolLrs, tmp_path: Path, data_dir: Path,
        capsys: pytest.CaptureFixture[str]) -> None:
    from sm_sim.scenario.library import course_of, load_library
    lrs = _lrs(school_lrs)
    assert main(["session", "create", "--course", *lrs]) == 0
    code = re.search(r"session ([A-Z0-9]{6})", capsys.readouterr().out).group(1)  # type: ignore[union-attr]
    course = course_of(load_library())
    assert course is not None
    assert SessionChannel(school_lrs.client()).read(code).scenarios == course.scenario_ids()

    assert main(["session", "create", "log_off", "cordon_questions", *lrs]) == 0
    code = re.search(r"session ([A-Z0-9]{6})", capsys.readouterr().out).group(1)  # type: ignore[union-attr]
    assert main(["session", "join", code, "--name", "PC 1", "--outbox", str(tmp_path), *lrs]) == 0
    played = [line for line in capsys.readouterr().out.splitlines() if line.startswith("PC 1: ")]
    assert [line.split(": ")[1] for line in played] == ["log_off", "cordon_questions"]
    assert all("score" in line for line in played)
    attempts = sorted((read_attempt(p) for p in data_dir.rglob("*.jsonl")),
                      key=lambda a: a.header.started)
    assert [a.header.scenario for a in attempts] == ["log_off", "cordon_questions"]
    assert main(["session", "show", code, *lrs]) == 0
    row = next(line for line in capsys.readouterr().out.splitlines() if line.startswith("  PC 1"))
    assert "finished" in row and "cordon_questions (2 of 2)" in row
