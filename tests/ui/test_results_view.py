"""The Results view: every attempt in the data folder, filters, averages, a chart, exports —
and a corrupt file listed as skipped rather than a crash. The start screen's best results
come from the same records."""

from __future__ import annotations

import csv
import json
import uuid
from collections.abc import Callable
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt

from sm_sim.records import Outbox, Record, attempts_dir, read_attempt
from sm_sim.records.cohort import Group
from sm_sim.ui.dialogs.questions import ExportDialog
from sm_sim.ui.kit.settings import LrsConfig, Settings
from sm_sim.ui.main_window import MainWindow
from sm_sim.ui.results.view import ResultsView


def _move_to_other_scenario(path: Path) -> Path:
    """The attempt as if played on a second scenario (reading never needs the scenario)."""
    lines = path.read_text(encoding="utf-8").splitlines()
    head = json.loads(lines[0])
    head.update(scenario="night_shift", scenario_title="Night shift", attempt_id=str(uuid.uuid4()))
    path.write_text("\n".join([json.dumps(head), *lines[1:]]) + "\n", encoding="utf-8")
    return path


@pytest.fixture
def cohort(window: MainWindow, journalled: Callable[..., Path], qtbot) -> list[Path]:
    qtbot.waitUntil(lambda: window.results.results is not None)  # the window's first read
    paths = [journalled("PC Jo Bloggs", "best"),
             journalled("PC Jo Bloggs", "worst", mode="assessment"),
             journalled("PC Sam Patel", "worst"),
             _move_to_other_scenario(journalled("PC Sam Patel", "best")),
             journalled("PC Ali Khan", finish=False)]
    folder = attempts_dir()
    (folder / "broken.jsonl").write_text('{"kind": "attempt", "format": "sm-sim-att', "utf-8")
    (folder / "empty.jsonl").write_bytes(b"")
    return paths


def _open_results(qtbot, window: MainWindow) -> ResultsView:
    with qtbot.waitSignal(window.results.loaded, timeout=10_000):
        qtbot.mouseClick(window.start_screen.results_button, Qt.MouseButton.LeftButton)
    assert window.stack.currentWidget() is window.results
    return window.results


def _trainees(view: ResultsView) -> list[str]:
    return [view.model.row(n).record.trainee for n in range(view.model.rowCount())]


def test_results_lists_filters_and_averages_and_survives_corrupt_files(
        qtbot, window: MainWindow, cohort: list[Path]) -> None:
    view = _open_results(qtbot, window)
    assert view.model.rowCount() == 5
    assert sorted(_trainees(view)) == ["PC Ali Khan", "PC Jo Bloggs", "PC Jo Bloggs",
                                       "PC Sam Patel", "PC Sam Patel"]
    assert view.skipped.isVisible()
    assert "2 files were skipped" in view.skipped.text()
    assert "broken.jsonl" in view.skipped.text() and "empty.jsonl" in view.skipped.text()

    everyone = Group("", [Record.of(read_attempt(p)) for p in cohort])
    assert everyone.pass_rate is not None and everyone.mean_score is not None
    assert view.tiles[0].value.text() == "5" and "4 finished" in view.tiles[0].detail.text()
    assert view.tiles[1].value.text() == f"{everyone.pass_rate:.0%}"
    assert view.tiles[2].value.text() == f"{everyone.mean_score:.0f}"
    assert view.means == pytest.approx(everyone.competency_means())
    titles = everyone.titles()
    assert [title for title, _, _ in view.chart.rows] == [titles[n] for n in view.means]
    counts = [sum(n in r.competencies for r in everyone.done) for n in view.means]
    assert [count for _, _, count in view.chart.rows] == counts and max(counts) == 4

    assert view.set_filter("trainee", "PC Jo Bloggs")
    assert _trainees(view) == ["PC Jo Bloggs", "PC Jo Bloggs"]
    jo = Group("", [Record.of(read_attempt(p)) for p in cohort[:2]])
    assert view.means == pytest.approx(jo.competency_means())
    assert view.tiles[0].value.text() == "2"
    assert view.set_filter("mode", "assessment") and view.model.rowCount() == 1
    assert view.set_filter("trainee", "") and view.set_filter("mode", "")
    assert view.set_filter("scenario", "night_shift")
    assert view.model.rowCount() == 1 and view.model.row(0).title == "Night shift"
    assert not view.set_filter("scenario", "no_such_scenario")


def test_results_export_summary_and_selected_attempts(
        qtbot, window: MainWindow, cohort: list[Path], tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    view = _open_results(qtbot, window)
    assert not view.buttons["pdf"].isEnabled()  # nothing selected yet
    target = tmp_path / "summary.csv"
    monkeypatch.setattr(ExportDialog, "ask", staticmethod(lambda parent, request: target))
    with qtbot.waitSignal(view.records.reported, timeout=10_000) as reported:
        qtbot.mouseClick(view.buttons["summary"], Qt.MouseButton.LeftButton)
    assert reported.args[1], reported.args[0]
    rows = list(csv.DictReader(target.read_text(encoding="utf-8-sig").splitlines()))
    assert sorted(r["scenario"] for r in rows) == ["cordon_questions", "night_shift"]

    view.table.selectAll()
    assert view.buttons["csv"].isEnabled()
    target = tmp_path / "selected.csv"
    with qtbot.waitSignal(view.records.reported, timeout=10_000) as reported:
        view.buttons["csv"].click()
    assert reported.args[1], reported.args[0]
    rows = list(csv.DictReader(target.read_text(encoding="utf-8-sig").splitlines()))
    assert len(rows) == 5

    view.table.clearSelection()
    view.table.selectRow(0)
    view.table.selectionModel().select(
        view.model.index(1, 0), view.table.selectionModel().SelectionFlag.Select
        | view.table.selectionModel().SelectionFlag.Rows)
    folder = tmp_path / "pdfs"
    folder.mkdir()
    target = folder
    with qtbot.waitSignal(view.records.reported, timeout=20_000) as reported:
        view.buttons["pdf"].click()
    assert reported.args[1] and "Saved 2 files" in reported.args[0], reported.args[0]
    made = sorted(folder.glob("*.pdf"))
    assert len(made) == 2 and all(len(PdfReader(p).pages) >= 1 for p in made)


def test_send_selected_to_an_unreachable_lrs_keeps_them_waiting(
        qtbot, window: MainWindow, cohort: list[Path]) -> None:
    Settings().lrs = LrsConfig("http://127.0.0.1:9/xapi/", "trainer", "s3cret")
    view = _open_results(qtbot, window)
    view.table.selectAll()
    with qtbot.waitSignal(view.records.reported, timeout=15_000) as reported:
        view.buttons["send"].click()
    text, ok = reported.args
    assert not ok and "LRS: sent 0 / waiting" in text and "1 unfinished attempt not sent" in text
    assert Outbox().pending()
    assert view.status.text() == text


def test_start_screen_shows_the_best_result_on_record_for_the_name_typed(
        qtbot, window: MainWindow, cohort: list[Path]) -> None:
    scores = {p: read_attempt(p).score for p in cohort[:3]}
    view = window.results
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        view.refresh()
    card = next(c for c in window.start_screen.cards
                if c.entry.loaded.scenario and c.entry.loaded.scenario.id == "cordon_questions")
    window.start_screen.name.setText("pc jo  bloggs")
    assert f"best {max(scores[p] for p in cohort[:2])}/100" in card.facts.text()
    window.start_screen.name.setText("PC Sam Patel")
    assert f"best {scores[cohort[2]]}/100" in card.facts.text()
    window.start_screen.name.setText("PC Nobody Yet")
    assert "not tried yet" in card.facts.text()
