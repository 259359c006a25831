"""Exports of played attempts: CSV parses back, the PDF renders, statements validate."""

from __future__ import annotations

import csv
import io
import json
import os
import uuid
from pathlib import Path

import pytest

from sm_sim.records import ExportError, export_attempts, read_attempt, statements
from sm_sim.records.csvout import safe_cell

from .records_helpers import REPLY

NAMES = ['Smith, John "Jack"', "Line one\nLine two", "Дмитрий Иванов", "Αλέξης Παπαδόπουλος",
         "=HYPERLINK(\"http://x\")", "+44 7700", "-1+1", "@SUM(A1)", "Zoë Ó Súilleabháin"]


def test_csv_round_trips_awkward_names(played, tmp_path):
    attempts = [played(trainee=name, session="cohort, 7") for name in NAMES]
    [path] = export_attempts(attempts, "csv", tmp_path / "grades.csv")
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # BOM: Excel reads UTF-8
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"), newline="")))
    assert len(rows) == len(NAMES)
    for name, row, attempt in zip(NAMES, rows, attempts, strict=True):
        dangerous = name[0] in "=+-@"
        assert row["trainee"] == ("'" + name if dangerous else name)
        assert row["session"] == "cohort, 7"
        assert int(row["score"]) == attempt.score
        assert row["passed"] == ("yes" if attempt.passed else "no")
        assert row["status"] == "finished" and row["attempt_id"] == attempt.header.attempt_id
        for competency, value in attempt.competencies.items():
            assert int(row[competency]) == value
        assert row["ending"] == attempt.debrief.ending.id
        assert row["date_utc"][:4].isdigit() and row["mode"] == "practice"
    assert not any(cell.startswith(("=", "+", "-", "@")) for row in rows for cell in row.values())


def test_safe_cell_keeps_numbers():
    assert safe_cell(-5) == -5 and safe_cell(3.5) == 3.5 and safe_cell(None) == ""
    assert safe_cell("\t=1") == "'\t=1" and safe_cell("a=b") == "a=b"


def test_pdf_renders_em_dash_emoji_and_names(played, tmp_path):
    pypdf = pytest.importorskip("pypdf")
    attempt = played(trainee="Дмитрий O'Brien — 王伟 🚓")
    [path] = export_attempts([attempt], "pdf", tmp_path / "debrief.pdf")
    reader = pypdf.PdfReader(str(path))
    assert 1 <= len(reader.pages) <= 2
    text = " ".join(page.extract_text() for page in reader.pages)
    flat = " ".join(text.split())
    assert "Дмитрий O'Brien —" in flat  # Cyrillic and the em dash, drawn with the embedded font
    assert "Hi Mary —" in flat and "worried" in flat
    assert f"{attempt.score} / 100" in flat
    assert attempt.debrief.ending.title in flat
    fonts = {str(f) for page in reader.pages
             for f in page["/Resources"]["/Font"].values() for f in [f.get_object()["/BaseFont"]]}
    assert any("DejaVu" in f for f in fonts)


def test_pdf_survives_text_no_font_has(played, tmp_path):
    attempt = played()
    # the reply already holds emoji; add flags, controls and scripts no shipped font draws
    attempt.header = type(attempt.header)(**{**attempt.header.to_dict(),
                                              "trainee": "🇬🇧👍🏽\u200d\x07 नमस्ते 한국 \U0010ffff"})
    [path] = export_attempts([attempt], "pdf", tmp_path / "odd.pdf")
    assert path.read_bytes().startswith(b"%PDF")


def test_unfinished_attempt_exports_without_a_score(example, tmp_path):
    from sm_sim.engine import ScenarioRun
    from sm_sim.records import AttemptJournal, trainee_for
    run = ScenarioRun(example.scenario)
    journal = AttemptJournal.begin(run, example.guidance, trainee_for("Ann"),
                                   path=tmp_path / "open.jsonl")
    run.start()
    run.advance(60)
    journal.close()
    attempt = read_attempt(tmp_path / "open.jsonl")
    for fmt in ("csv", "json", "pdf", "xapi"):
        [path] = export_attempts([attempt], fmt, tmp_path / f"open.{fmt}")
        assert path.stat().st_size > 0
    made = statements(attempt)
    assert [s["verb"]["display"]["en-GB"] for s in made] == ["launched"]


def test_json_export_and_folders(played, tmp_path):
    attempts = [played(trainee="A"), played(trainee="B")]
    with pytest.raises(ExportError, match="folder"):
        export_attempts(attempts, "json", tmp_path / "one.json")
    out = tmp_path / "out"
    out.mkdir()
    paths = export_attempts(attempts, "json", out)
    assert len(paths) == 2 and all(p.parent == out for p in paths)
    again = [read_attempt(p) for p in paths]
    assert [a.header.attempt_id for a in again] == [a.header.attempt_id for a in attempts]
    assert again[0].events == attempts[0].events


def test_exports_are_atomic(played, tmp_path, monkeypatch):
    attempt = played()
    target = tmp_path / "grades.csv"
    target.write_text("old")

    def crash(*args):  # type: ignore[no-untyped-def]
        raise OSError("disk full")
    monkeypatch.setattr(os, "replace", crash)
    with pytest.raises(OSError):
        export_attempts([attempt], "csv", target)
    assert target.read_text() == "old"
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


def test_statements_follow_the_issue_and_validate_with_ralph(played):
    statements_model = pytest.importorskip("ralph.models.xapi.base.statements")
    attempt = played(trainee="Jo Bloggs", session="cohort-7")
    made = statements(attempt)
    for statement in made:
        statements_model.BaseXapiStatement(**statement)
    verbs = [s["verb"]["id"].rsplit("/", 1)[-1] for s in made]
    decisions = len(attempt.debrief.decisions)
    verdict = "passed" if attempt.passed else "failed"
    assert verbs == ["launched", *["answered"] * decisions, verdict, "completed"]
    h = attempt.header
    for statement in made:
        assert uuid.UUID(statement["id"])
        assert statement["version"] == "1.0.3"
        assert statement["actor"]["account"]["name"] == h.trainee_id
        assert statement["actor"]["name"] == "Jo Bloggs"
        assert statement["context"]["registration"] == h.attempt_id
        grouping = statement["context"]["contextActivities"]["grouping"]
        assert grouping[0]["id"].endswith("/sessions/cohort-7")
    answered = made[1]
    assert answered["result"]["response"] == attempt.debrief.decisions[0].option
    assert answered["result"]["extensions"][
        "https://sm-sim.invalid/xapi/extensions/reply"] == REPLY
    assert answered["result"]["score"]["raw"] == sum(attempt.debrief.decisions[0].points.values())
    result = made[-2]["result"]
    assert result["score"] == {"scaled": attempt.score / 100, "raw": attempt.score, "min": 0,
                               "max": 100}
    assert result["success"] is attempt.passed and result["duration"].startswith("PT")
    assert "completion" not in result
    done = made[-1]["result"]
    assert set(done) == {"completion", "duration"} and done["completion"] is True
    assert statements(attempt) == made  # fixed ids: the same attempt, the same statements


def test_cli_exports_and_reports_bad_input(played, tmp_path, capsys):
    from sm_sim.cli import main
    attempt = played()
    broken = tmp_path / "broken.jsonl"
    broken.write_text("{not json\n")
    out = tmp_path / "x.json"
    assert main(["export", str(attempt.path), "--format", "xapi", "-o", str(out)]) == 0
    assert len(json.loads(out.read_text())) == len(statements(attempt))
    assert main(["export", str(attempt.path), str(broken), "--format", "csv",
                 "-o", str(tmp_path / "a.csv")]) == 2
    err = capsys.readouterr().err
    assert "broken.jsonl" in err and "Traceback" not in err
    assert not (tmp_path / "a.csv").exists()
    assert main(["export", str(tmp_path / "missing.jsonl"), "--format", "pdf",
                 "-o", str(tmp_path / "a.pdf")]) == 2


def test_cli_play_records_its_attempt(tmp_path, capsys, data_dir):
    from sm_sim.cli import main

    from .records_helpers import EXAMPLE
    target = tmp_path / "cli.jsonl"
    code = main(["play", str(EXAMPLE), "--auto", "best", "--json", "--attempt", str(target),
                 "--trainee", "Kim", "--session", "s1", "--mode", "assessment"])
    assert code == 0
    result = json.loads(capsys.readouterr().out)
    attempt = read_attempt(target)
    assert attempt.header.trainee == "Kim" and attempt.header.mode == "assessment"
    assert attempt.score == result["score"]
    assert json.loads(json.dumps([e.to_dict() for e in attempt.events])) == result["events"]
    assert main(["play", str(EXAMPLE), "--auto", "worst", "--record"]) == 0
    assert len(list((data_dir / "attempts").glob("*.jsonl"))) == 1
    assert main(["play", str(EXAMPLE), "--choose", "1", "--attempt", str(tmp_path / "x.jsonl")]) == 2
    assert read_attempt(tmp_path / "x.jsonl").status == "abandoned"
    assert main(["play", str(EXAMPLE), "--attempt", str(target)]) == 2
    assert "already exists" in capsys.readouterr().err


def test_paths_are_not_touched_outside_the_data_folder(data_dir):
    assert os.environ["SM_SIM_DATA_DIR"] == str(data_dir)
    assert Path(os.environ["SM_SIM_DATA_DIR"]).name == "data"


def test_the_pdf_names_a_competency_the_run_only_lost_points_in(example, tmp_path):
    from pypdf import PdfReader

    from sm_sim.engine import ScenarioRun, play, scripted
    from sm_sim.records import AttemptJournal, export_attempts, read_attempt, trainee_for
    run = ScenarioRun(example.scenario)
    journal = AttemptJournal.begin(run, example.guidance, trainee_for("PC Pdf"))
    play(example.scenario, scripted(["give_details", "post_defence"]), run=run)
    out = tmp_path / "debrief.pdf"
    export_attempts([read_attempt(journal.path)], "pdf", out)
    text = " ".join(page.extract_text() for page in PdfReader(out).pages)
    assert "Officer safety" in text and "officer_safety" not in text


def test_exports_take_the_users_umask_and_keep_the_mode_of_a_file_they_replace(played, tmp_path):
    import os
    import stat

    from sm_sim.records import export_attempts
    attempt = played()
    old = os.umask(0o022)
    try:
        fresh = tmp_path / "fresh.csv"
        export_attempts([attempt], "csv", fresh)
        assert stat.S_IMODE(fresh.stat().st_mode) == 0o644
        shared = tmp_path / "shared.csv"
        shared.write_text("old")
        shared.chmod(0o664)
        export_attempts([attempt], "csv", shared)
        assert stat.S_IMODE(shared.stat().st_mode) == 0o664 and shared.read_text() != "old"
    finally:
        os.umask(old)


def test_the_pdf_has_a_title_author_subject_and_language_and_human_durations(played, tmp_path):
    from pypdf import PdfReader

    from sm_sim.records import export_attempts
    attempt = played()
    out = tmp_path / "meta.pdf"
    export_attempts([attempt], "pdf", out)
    reader = PdfReader(out)
    meta = reader.metadata
    assert meta.title == f"Social media training debrief: {attempt.header.scenario_title}"
    assert meta.author == attempt.header.trainee and attempt.header.scenario_title in meta.subject
    assert reader.trailer["/Root"]["/Lang"] == "en-GB"
    text = " ".join(page.extract_text() for page in reader.pages)
    assert "Time taken" in text and "PT" not in text.split("Time taken")[1][:40]


def test_csv_columns_are_the_same_for_every_attempt_at_a_scenario(example, tmp_path):
    """Different routes score competencies in a different order; the gradebook's columns
    must not move between exports, so they follow the scenario, not the attempt."""
    from sm_sim.engine import ScenarioRun, automatic, play, scripted
    from sm_sim.records import AttemptJournal, export_attempts, read_attempt, trainee_for
    headers = []
    for number, chooser in enumerate([scripted(["give_details", "post_defence"]),
                                      automatic("best", 3), automatic("random", 5)]):
        run = ScenarioRun(example.scenario)
        journal = AttemptJournal.begin(run, example.guidance, trainee_for(f"PC {number}"))
        play(example.scenario, chooser, run=run)
        out = tmp_path / f"{number}.csv"
        export_attempts([read_attempt(journal.path)], "csv", out)
        headers.append(out.read_text(encoding="utf-8-sig").splitlines()[0])
    assert headers[0] == headers[1] == headers[2]


def test_the_pdf_lists_what_was_done_unprompted_and_what_followed(example, tmp_path):
    from pypdf import PdfReader

    from sm_sim.engine import ScenarioRun, automatic, play, scripted
    from sm_sim.engine.play import read_script
    from sm_sim.records import AttemptJournal, export_attempts, read_attempt, trainee_for
    run = ScenarioRun(example.scenario)
    journal = AttemptJournal.begin(run, example.guidance, trainee_for("PC Unprompted"))
    answers, steps = read_script("reassure,@00:45 like:banter_joke")
    play(example.scenario, scripted(answers, automatic("best", 1)), run=run, free=steps)
    out = tmp_path / "debrief.pdf"
    export_attempts([read_attempt(journal.path)], "pdf", out)
    text = " ".join(" ".join(page.extract_text() for page in PdfReader(out).pages).split())
    assert "On the trainee's own initiative" in text
    assert "00:45 · You liked @ThinBlueBanter's post" in text
    assert "Professional standards -20" in text
    assert "Fury as police account sides with 'banter'" in text
    assert "Challenging and reporting improper conduct" in text


def test_a_pseudonymised_csv_names_nobody_and_keeps_each_trainee_apart(played, tmp_path, data_dir):
    import stat

    from sm_sim.records.pseudonyms import KEY_FILE
    attempts = [played(trainee="PC Jo Bloggs"), played(trainee="PC Sam Patel"),
                played(trainee="PC Jo Bloggs")]
    [first] = export_attempts(attempts, "csv", tmp_path / "shared.csv", pseudonymise=True)
    text = first.read_bytes().decode("utf-8-sig")
    assert "Bloggs" not in text and "Patel" not in text
    rows = list(csv.DictReader(io.StringIO(text, newline="")))
    names = [row["trainee"] for row in rows]
    assert all(n.startswith("Trainee ") for n in names)
    assert names[0] == names[2] != names[1]  # the same trainee, the same pseudonym
    assert all(row["trainee_id"] == row["trainee"] for row in rows)
    assert [row["score"] for row in rows] == [str(a.score) for a in attempts]
    # a second export from this computer gives the same pseudonyms; the key is owner-only
    [again] = export_attempts(attempts[:1], "csv", tmp_path / "again.csv", pseudonymise=True)
    assert names[0] in again.read_bytes().decode("utf-8-sig")
    assert stat.S_IMODE((data_dir / KEY_FILE).stat().st_mode) == 0o600
    with pytest.raises(ExportError, match="pseudonyms are for CSV"):
        export_attempts(attempts[:1], "pdf", tmp_path / "x.pdf", pseudonymise=True)


# -- long exports: progress, and stopping part-way -------------------------------------------------
def test_an_export_tells_its_progress_attempt_by_attempt(played, tmp_path):
    attempts = [played(trainee=f"PC {n}") for n in range(3)]
    told: list[tuple[int, int]] = []
    (tmp_path / "out").mkdir()
    written = export_attempts(attempts, "json", tmp_path / "out", progress=lambda *p: told.append(p))
    assert told == [(0, 3), (1, 3), (2, 3), (3, 3)]
    assert sorted(written) == sorted((tmp_path / "out").iterdir())


def test_a_stopped_export_keeps_the_files_it_finished_and_leaves_no_part_file(played, tmp_path):
    from sm_sim.records.progress import Cancelled
    attempts = [played(trainee=f"PC {n}") for n in range(4)]

    def stop_after_two(done: int, total: int) -> None:
        if done == 2:
            raise Cancelled()

    (tmp_path / "pdfs").mkdir()
    with pytest.raises(Cancelled) as stopped:
        export_attempts(attempts, "pdf", tmp_path / "pdfs", progress=stop_after_two)
    on_disk = sorted((tmp_path / "pdfs").iterdir())
    assert sorted(stopped.value.written) == on_disk and len(on_disk) == 2
    assert all(p.suffix == ".pdf" and p.read_bytes().startswith(b"%PDF") for p in on_disk)


def test_a_stopped_one_file_export_writes_nothing(played, tmp_path):
    from sm_sim.records.progress import Cancelled
    attempts = [played(trainee=f"PC {n}") for n in range(3)]

    def stop(done: int, total: int) -> None:
        if done == 1:
            raise Cancelled()

    with pytest.raises(Cancelled) as stopped:
        export_attempts(attempts, "xapi", tmp_path / "statements.json", progress=stop)
    assert stopped.value.written == [] and list(tmp_path.glob("statements*")) == []
    assert not list(tmp_path.glob(".*.part"))


def test_reading_a_folder_of_attempts_tells_its_progress(played, tmp_path):
    from sm_sim.records.cohort import read_folder
    folder = tmp_path / "class"
    for n in range(3):
        played(trainee=f"PC {n}", path=folder / f"a{n}.jsonl")
    told: list[tuple[int, int]] = []
    attempts, problems = read_folder([folder], lambda *p: told.append(p))
    assert len(attempts) == 3 and problems == [] and told[-1] == (3, 3) and told[0] == (0, 3)


class _Terminal(io.StringIO):
    """Standard error as a terminal, where the command line draws its progress bars."""

    def isatty(self) -> bool:
        return True


def test_cli_export_draws_a_bar_on_a_terminal_and_ctrl_c_keeps_whole_files(
        played, tmp_path, monkeypatch):
    from sm_sim.cli import main
    from sm_sim.records import pdf
    attempts = [played(trainee=f"PC {n}") for n in range(4)]
    out = tmp_path / "pdfs"
    out.mkdir()
    terminal = _Terminal()
    monkeypatch.setattr("sys.stderr", terminal)
    monkeypatch.setenv("COLUMNS", "100")
    real, made = pdf.export_pdf, []

    def interrupted_on_the_third(attempt, target):  # type: ignore[no-untyped-def]
        if len(made) == 2:
            raise KeyboardInterrupt
        made.append(real(attempt, target))
        return made[-1]

    monkeypatch.setattr(pdf, "export_pdf", interrupted_on_the_third)
    code = main(["export", *(str(a.path) for a in attempts), "--format", "pdf", "-o", str(out)])
    said = terminal.getvalue()
    assert code == 130
    assert "exporting pdf" in said and "0/4" in said  # the bar (how often tqdm redraws it
    # after that depends on the machine's speed, so no later state is asserted)
    assert f"stopped after 2 of 4 attempts; their files are in {out}" in said
    assert sorted(out.iterdir()) == sorted(made)  # two whole PDFs, no .part file


def test_cli_export_to_a_log_prints_no_bar(played, tmp_path, capsys):
    from sm_sim.cli import main
    attempts = [played(trainee=f"PC {n}") for n in range(2)]
    assert main(["export", *(str(a.path) for a in attempts), "--format", "csv",
                 "-o", str(tmp_path / "a.csv")]) == 0
    captured = capsys.readouterr()
    assert captured.err == "" and captured.out.strip() == str(tmp_path / "a.csv")
