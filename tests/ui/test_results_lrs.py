"""The Results view's second source: every attempt of one classroom session, fetched back from
a real LRS on loopback. The figures match the attempts sent; per-attempt exports are off for
them; the summary still exports; an LRS that cannot be reached, refuses the password or does
not answer is one calm sentence in the view."""

from __future__ import annotations

import csv
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from sm_sim.records import Attempt, Record, XapiSettings, read_attempt, statements
from sm_sim.records.cohort import Group
from sm_sim.ui.dialogs import questions
from sm_sim.ui.dialogs.questions import ExportDialog
from sm_sim.ui.filing import work
from sm_sim.ui.kit.settings import LrsConfig, Settings
from sm_sim.ui.main_window import MainWindow
from sm_sim.ui.results.model import RESULT
from sm_sim.ui.results.source import LOCAL, LRS, NOT_SET
from sm_sim.ui.results.view import ResultsView

from ..records.lrs_loopback import LoopbackLrs

UNREACHABLE = "http://127.0.0.1:9/xapi/"


def _open_results(qtbot, window: MainWindow) -> ResultsView:
    qtbot.waitUntil(lambda: window.results.results is not None)  # the window's first read
    with qtbot.waitSignal(window.results.loaded, timeout=10_000):
        qtbot.mouseClick(window.start_screen.results_button, Qt.MouseButton.LeftButton)
    return window.results


def _fetch(qtbot, view: ResultsView, signal: str = "read") -> tuple[str, object]:
    with qtbot.waitSignal(getattr(view.reader, signal), timeout=15_000) as answer:
        if view.source_key == LOCAL:
            view.choose_source(LRS)
        else:
            view.reload()
    return answer.args[0], answer.args[1]


def _send(lrs: LoopbackLrs, path: Path) -> Attempt:
    attempt = read_attempt(path)
    lrs.client().post_statements(statements(attempt, XapiSettings()))
    return attempt


def test_results_view_shows_a_classroom_session_fetched_from_the_lrs(
        qtbot, window: MainWindow, journalled: Callable[..., Path], lrs: LoopbackLrs,
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    attempts = [_send(lrs, journalled("PC Jo Bloggs", "best", session="intake-7")),
                _send(lrs, journalled("PC Sam Patel", "worst", session="intake-7"))]
    sent = [Record.of(a) for a in attempts]
    assert [r.passed for r in sent] == [True, False]  # a pass rate of 50%, not 0 or 100
    _send(lrs, journalled("PC Ali Khan", "best", session="intake-8"))  # another class
    journalled("PC Kim Lee", "worst", session="intake-7")  # kept here, never sent
    Settings().lrs = LrsConfig(lrs.endpoint, "trainer", "s3cret", "intake-7")
    view = _open_results(qtbot, window)
    assert view.model.rowCount() == 4

    _fetch(qtbot, view)
    assert view.status.text() == ""
    assert "intake-7" in view.folder.text() and lrs.endpoint in view.folder.text()
    rows = sorted((view.model.row(n) for n in range(view.model.rowCount())),
                  key=lambda row: row.record.trainee)
    assert [row.record.attempt_id for row in rows] == [r.attempt_id for r in sent]
    for row, record in zip(rows, sent, strict=True):
        assert row.path is None and row.title == attempts[0].header.scenario_title
        assert (row.record.trainee, row.record.score, row.record.passed, row.record.session) == (
            record.trainee, record.score, record.passed, "intake-7")
        assert row.record.competencies == record.competencies
    assert view.model.index(0, RESULT).data() in ("Passed", "Not passed")

    cohort = Group("", sent)
    assert cohort.pass_rate is not None and cohort.mean_score is not None
    assert view.tiles[0].value.text() == "2" and "2 finished" in view.tiles[0].detail.text()
    assert view.tiles[1].value.text() == f"{cohort.pass_rate:.0%}"
    assert view.tiles[2].value.text() == f"{cohort.mean_score:.0f}"
    assert view.means == pytest.approx(cohort.competency_means())
    titles = cohort.titles()  # from the journals' debriefs; the LRS gives ids only
    assert [title for title, _, _ in view.chart.rows] == [titles[n] for n in view.means]

    assert view.set_filter("trainee", "PC Jo Bloggs") and view.model.rowCount() == 1
    assert view.tiles[2].value.text() == str(sent[0].score)
    assert not view.set_filter("trainee", "PC Kim Lee")  # only the session's trainees offered
    assert view.set_filter("trainee", "")

    view.table.selectAll()
    for key in ("csv", "pdf", "send"):
        assert not view.buttons[key].isEnabled() and "no journal" in view.buttons[key].toolTip()
    assert view.no_journal.isVisible()
    target = tmp_path / "intake-7.csv"
    monkeypatch.setattr(ExportDialog, "ask", staticmethod(lambda parent, request: target))
    with qtbot.waitSignal(view.records.reported, timeout=10_000) as reported:
        view.buttons["summary"].click()
    assert reported.args[1], reported.args[0]
    (summary,) = csv.DictReader(target.read_text(encoding="utf-8-sig").splitlines())
    assert summary["attempts"] == "2" and summary["passed"] == str(sum(r.passed for r in sent))

    view.choose_source(LOCAL)  # the attempts on this computer, as read before
    assert view.model.rowCount() == 4 and not view.no_journal.isVisible()
    view.table.selectRow(0)
    assert view.buttons["pdf"].isEnabled()


def test_an_unreachable_lrs_is_one_calm_sentence(
        qtbot, window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    view = _open_results(qtbot, window)
    asked: list[LrsConfig] = []
    monkeypatch.setattr(questions, "edit_lrs",
                        lambda parent, config, path: asked.append(config))  # cancelled
    view.choose_source(LRS)
    assert len(asked) == 1 and view.status.text() == NOT_SET
    assert view.model.rowCount() == 0 and view.tiles[0].value.text() == "0"

    typed = LrsConfig(UNREACHABLE, "trainer", "s3cret", "intake-7")
    monkeypatch.setattr(questions, "edit_lrs", lambda parent, config, path: typed)
    source, text = _fetch(qtbot, view, "failed")
    assert source == LRS and view.status.text() == text
    assert text == (f"The LRS at {UNREACHABLE} could not be reached: check its address and "
                    f"this computer's network, then press Refresh.")
    assert Settings().lrs == typed  # what the trainer typed is kept
    assert view.model.rowCount() == 0 and view.buttons["refresh"].isEnabled()
    assert view.buttons["summary"].isEnabled() is False


@pytest.mark.parametrize("fault", ["password", "timeout"])
def test_a_refused_or_silent_lrs_is_one_calm_sentence(
        qtbot, window: MainWindow, lrs: LoopbackLrs, fault: str,
        monkeypatch: pytest.MonkeyPatch) -> None:
    password = "wrong" if fault == "password" else "s3cret"
    Settings().lrs = LrsConfig(lrs.endpoint, "trainer", password, "intake-7")
    if fault == "timeout":
        lrs.gate.allow = 0  # every request is held until the test ends
        monkeypatch.setattr(work, "LRS_TIMEOUT", 0.5)
    view = _open_results(qtbot, window)
    _, text = _fetch(qtbot, view, "failed")
    expected = {"password": "refused the user name or password", "timeout": "did not answer in time"}
    assert text.startswith(f"The LRS at {lrs.endpoint} {expected[fault]}"), text
    assert view.status.text() == text and "\n" not in text
