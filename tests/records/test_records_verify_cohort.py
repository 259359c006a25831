"""Verify catches edits and other versions; the cohort view survives bad files."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from sm_sim.cli import main
from sm_sim.records import read_attempt, verify_attempt
from sm_sim.records.attempt import to_transcript
from sm_sim.records.cohort import Record, group, select, summary_rows

from .records_helpers import EXAMPLE


def _edit_lines(path: Path, kind: str, change) -> None:  # type: ignore[no-untyped-def]
    lines = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    for line in lines:
        if line["kind"] == kind:
            change(line)
    path.write_text("".join(json.dumps(line, ensure_ascii=False) + "\n" for line in lines),
                    encoding="utf-8")


def test_an_honest_attempt_verifies(played, capsys):
    attempt = played()
    assert verify_attempt(attempt).ok
    assert main(["verify", str(attempt.path)]) == 0
    assert "ok" in capsys.readouterr().out


def test_an_edited_score_is_caught(played, capsys):
    attempt = played()
    better = min(100, attempt.score + 25)

    def boost(line):  # type: ignore[no-untyped-def]
        line["debrief"]["score"] = better
        line["debrief"]["passed"] = True
    _edit_lines(attempt.path, "debrief", boost)
    verdict = verify_attempt(read_attempt(attempt.path))
    assert not verdict.ok
    assert any(p.startswith(f"score: recorded {better}") for p in verdict.problems)
    assert main(["verify", str(attempt.path)]) == 1
    assert "NOT VERIFIED" in capsys.readouterr().out


def test_edited_points_or_competencies_in_a_transcript_are_caught(played, tmp_path):
    attempt = played()
    doc = to_transcript(attempt)
    closed = next(e for e in doc["events"] if e["event"]["type"] == "DecisionClosed")
    closed["event"]["points"] = {k: v + 5 for k, v in closed["event"]["points"].items()}
    path = tmp_path / "edited.json"
    path.write_text(json.dumps(doc, ensure_ascii=False))
    verdict = verify_attempt(read_attempt(path))
    assert not verdict.ok and "event" in verdict.problems[0]
    doc = to_transcript(attempt)
    name = next(iter(doc["debrief"]["competencies"]))
    doc["debrief"]["competencies"][name] = (doc["debrief"]["competencies"][name] + 37) % 101
    path.write_text(json.dumps(doc, ensure_ascii=False))
    assert any(p.startswith(f"competency {name}") for p in verify_attempt(read_attempt(path)).problems)


def test_a_different_scenario_version_is_reported(played, tmp_path, capsys):
    attempt = played()
    newer = tmp_path / "scenarios" / "cordon_questions.yaml"
    newer.parent.mkdir()
    shutil.copy(EXAMPLE.parent / "guidance.yaml", newer.parent / "guidance.yaml")
    text = EXAMPLE.read_text(encoding="utf-8").replace('version: "1.0"', 'version: "1.1"', 1)
    newer.write_text(text + "\n# edited by a trainer\n", encoding="utf-8")
    _edit_lines(attempt.path, "attempt", lambda line: line.update(scenario_path=str(newer)))
    moved = read_attempt(attempt.path)
    verdict = verify_attempt(moved, newer)
    assert not verdict.ok and verdict.other_version
    assert "version 1.1" in verdict.problems[0]
    assert main(["verify", str(attempt.path), "--scenario", str(newer)]) == 1
    out = capsys.readouterr().out
    assert "different scenario version" in out
    # without --scenario it finds the exact version among the built-in scenarios
    assert verify_attempt(moved).ok


def test_verify_bad_input_exits_2(tmp_path, capsys):
    bad = tmp_path / "bad.jsonl"
    bad.write_text("nonsense")
    assert main(["verify", str(bad)]) == 2
    assert main(["verify", str(tmp_path / "missing.jsonl")]) == 2
    err = capsys.readouterr().err
    assert "bad.jsonl" in err and "Traceback" not in err


def test_cohort_skips_corrupt_files_and_summarises(played, tmp_path, capsys):
    folder = tmp_path / "class"
    folder.mkdir()
    made = [played(trainee=name, path=folder / f"{i}.jsonl")
            for i, name in enumerate(["Ann", "Bea", "Cal"])]
    other = played(trainee="Ann", mode="assessment", path=folder / "3.jsonl")
    (folder / "truncated.jsonl").write_bytes(made[0].path.read_bytes()[:700])  # read, deduped
    (folder / "corrupt.jsonl").write_text('{"kind": "attempt"}\n{"x"\n{"kind":"event"}\n')
    (folder / "binary.json").write_bytes(b"\x89PNG\r\n")
    deep = made[2].path.read_bytes().split(b"\n")
    deep[4] = b'{"kind":"event","event":' + b"[" * 100_000 + b"]" * 100_000 + b"}"
    (folder / "deep.jsonl").write_bytes(b"\n".join(deep))
    (folder / "statements.json").write_text("[]")
    (folder / "copy.json").write_text(json.dumps(to_transcript(made[1])))  # same attempt again
    out = tmp_path / "summary.csv"
    assert main(["cohort", str(folder), "-o", str(out)]) == 0
    captured = capsys.readouterr()
    assert "corrupt.jsonl" in captured.err and "binary.json" in captured.err
    assert "deep.jsonl:5: a damaged line" in captured.err
    assert "statements.json" not in captured.err and "Traceback" not in captured.err
    assert "4 attempts by 3 trainees, 4 finished" in captured.out
    assert "truncated.jsonl" not in captured.err
    rows = out.read_text(encoding="utf-8-sig").splitlines()
    assert rows[0].startswith("scenario,versions,attempts,finished,trainees,passed")
    records = [Record.of(a) for a in [*made, other]]
    [g] = group(records)
    passed = sum(bool(a.passed) for a in [*made, other])
    assert g.pass_rate == passed / 4
    means = g.competency_means()
    for name in made[0].competencies:
        values = [a.competencies[name] for a in [*made, other] if name in a.competencies]
        assert means[name] == sum(values) / len(values)
    assert len(select(records, trainee="ann")) == 2
    assert len(select(records, trainee="ann", mode="assessment")) == 1
    assert select(records, scenario="nope") == []
    header, data = summary_rows([g])
    assert data[0][header.index("attempts")] == 4
    assert main(["cohort", str(folder), "--trainee", "Bea"]) == 0
    assert "1 attempts by 1 trainees" in capsys.readouterr().out


@pytest.mark.parametrize("verb", [["verify"], ["export", "--format", "csv"], ["resume"]])
def test_a_line_nested_100000_deep_is_a_message_for_every_verb(played, tmp_path, capsys, verb):
    attempt = played()
    lines = attempt.path.read_bytes().split(b"\n")
    lines[6] = b'{"kind":"event","event":' + b"[" * 100_000 + b"]" * 100_000 + b"}"
    attempt.path.write_bytes(b"\n".join(lines))
    extra = ["-o", str(tmp_path / "out.csv")] if verb[0] == "export" else []
    code = main([*verb, str(attempt.path), *extra])
    err = capsys.readouterr().err
    assert code == 2, err
    assert f"{attempt.path}:7: a damaged line" in err and "unexpected" not in err
