"""The debrief's "Keep a record" buttons: exports written through the ExportDialog seam in the
background, and "Send to LRS" through the outbox — each reported in one calm sentence."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QSettings, Qt

from sm_sim.records import FORMATS, Outbox, read_attempt, statements
from sm_sim.scenario.library import Entry
from sm_sim.ui.dialogs import questions
from sm_sim.ui.dialogs.lrs import LrsSettingsDialog
from sm_sim.ui.dialogs.questions import ExportDialog, ExportRequest
from sm_sim.ui.kit.settings import LrsConfig, Settings
from sm_sim.ui.main_window import MainWindow
from sm_sim.ui.session.attempt import Mode

from .helpers import play_through

UNREACHABLE = "http://127.0.0.1:9/xapi/"  # the discard port: nothing listens


@pytest.fixture
def finished(window: MainWindow, example: Entry) -> MainWindow:
    """The window on the debrief of a finished practice attempt by "Zoë O'Brien, PC"."""
    window.start_attempt(example, Mode.PRACTICE, "Zoë O'Brien, PC")
    play_through(window)
    assert window.stack.currentWidget() is window.debrief
    return window


def _answer_with(monkeypatch: pytest.MonkeyPatch, path: Path | None,
                 asked: list[ExportRequest] | None = None) -> None:
    def ask(parent, request):  # type: ignore[no-untyped-def]
        if asked is not None:
            asked.append(request)
        return path
    monkeypatch.setattr(ExportDialog, "ask", staticmethod(ask))


@pytest.mark.parametrize("fmt", FORMATS)
def test_each_export_button_writes_its_file(qtbot, finished: MainWindow, tmp_path: Path,
                                            monkeypatch: pytest.MonkeyPatch, fmt: str) -> None:
    out = tmp_path / "exports" / f"attempt.{'pdf' if fmt == 'pdf' else fmt}"
    asked: list[ExportRequest] = []
    _answer_with(monkeypatch, out, asked)
    with qtbot.waitSignal(finished.debrief_actions.reported, timeout=10_000) as reported:
        qtbot.mouseClick(finished.debrief.export_buttons[fmt], Qt.MouseButton.LeftButton)
    text, ok = reported.args
    assert ok and str(out) in text, text
    assert asked[0].suggested.name.endswith(".pdf" if fmt == "pdf" else ".json" if fmt != "csv"
                                            else ".csv")
    assert "O-Brien" in asked[0].suggested.name or "Zo" in asked[0].suggested.name
    assert finished.debrief.records_status.text() == text
    attempt = read_attempt(finished.session.journal.path)
    if fmt == "pdf":
        pages = "".join(page.extract_text() for page in PdfReader(out).pages)
        assert "Zoë O'Brien, PC" in pages and str(attempt.score) in pages
    elif fmt == "csv":
        rows = list(csv.DictReader(out.read_text(encoding="utf-8-sig").splitlines()))
        assert len(rows) == 1 and rows[0]["trainee"] == "Zoë O'Brien, PC"
        assert int(rows[0]["score"]) == attempt.score
    elif fmt == "json":
        assert read_attempt(out).debrief == finished.debrief.data
    else:
        made = json.loads(out.read_text(encoding="utf-8"))
        assert [s["id"] for s in made] == [s["id"] for s in statements(attempt)]


def test_a_cancelled_export_writes_nothing(qtbot, finished: MainWindow, tmp_path: Path) -> None:
    assert not finished.debrief_actions.export([finished.debrief_row], "pdf")  # conftest: cancel
    assert finished.debrief_actions.busy == 0


def test_an_export_that_cannot_be_written_says_so_calmly(
        qtbot, finished: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    _answer_with(monkeypatch, blocker / "debrief.pdf")
    with qtbot.waitSignal(finished.debrief_actions.reported, timeout=10_000) as reported:
        finished.debrief.export_buttons["pdf"].click()
    text, ok = reported.args
    assert not ok and text.startswith("The PDF debrief was not saved: ")
    assert "a-file" in text and "Traceback" not in text
    assert finished.debrief.records_status.objectName() == "warnText"


def test_send_to_an_unreachable_lrs_leaves_the_statements_in_the_outbox(
        qtbot, finished: MainWindow) -> None:
    Settings().lrs = LrsConfig(UNREACHABLE, "trainer", "s3cret", "intake-7")
    attempt = read_attempt(finished.session.journal.path)
    with qtbot.waitSignal(finished.debrief_actions.reported, timeout=15_000) as reported:
        qtbot.mouseClick(finished.debrief.send_button, Qt.MouseButton.LeftButton)
    text, ok = reported.args
    made = statements(attempt)
    assert not ok
    assert text.startswith(f"LRS: sent 0 / waiting {len(made)} (cannot reach the LRS at "), text
    assert "stay in the outbox" in text and "Traceback" not in text
    assert len(Outbox().pending()) == len(made)
    with qtbot.waitSignal(finished.debrief_actions.reported, timeout=15_000) as again:
        finished.debrief.send_button.click()  # the same attempt again: not queued twice
    assert again.args[0].startswith(f"LRS: sent 0 / waiting {len(made)} ")
    assert len(Outbox().pending()) == len(made)


def test_one_send_at_a_time(qtbot, finished: MainWindow) -> None:
    Settings().lrs = LrsConfig(UNREACHABLE, "trainer", "s3cret")
    said: list[str] = []
    finished.debrief_actions.reported.connect(lambda text, ok: said.append(text))
    finished.debrief.send_button.click()
    finished.debrief.send_button.click()  # before the first has answered
    assert len(said) == 1 and "already under way" in said[0]
    qtbot.waitUntil(lambda: len(said) == 2, timeout=15_000)
    assert said[1].startswith("LRS: sent 0 / waiting")
    assert not finished.debrief_actions.sending


def test_send_without_an_lrs_asks_for_one_and_sends_nothing_if_cancelled(
        qtbot, finished: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    asked: list[LrsConfig] = []
    monkeypatch.setattr(questions, "edit_lrs",
                        lambda parent, config, path: asked.append(config))  # cancelled
    with qtbot.waitSignal(finished.debrief_actions.reported) as reported:
        finished.debrief.send_button.click()
    assert asked and not reported.args[1] and "no Learning Record Store" in reported.args[0]
    assert Outbox().pending() == []


def test_lrs_settings_are_kept_and_the_password_warning_is_shown(
        qtbot, window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    wanted = LrsConfig("https://lrs.example.org/xapi/", "key", "p@ss", "intake-7",
                       "https://academy.example.org/xapi/", "https://academy.example.org/people")
    monkeypatch.setattr(questions, "edit_lrs", lambda parent, config, path: wanted)
    qtbot.mouseClick(window.start_screen.lrs_button, Qt.MouseButton.LeftButton)
    assert Settings().lrs == wanted

    dialog = LrsSettingsDialog(Settings().lrs, Settings().file_name())
    qtbot.addWidget(dialog)
    assert dialog.config() == wanted
    note = dialog.password_note.text()
    assert "unencrypted" in note and Settings().file_name() in note
    save = dialog.buttons.buttons()[0]
    dialog.endpoint.setText("lrs.example.org")
    assert not save.isEnabled() and "https://" in dialog.problem.text()
    dialog.endpoint.setText("")
    assert save.isEnabled()  # empty: records stay on this computer
    dialog.xapi_base.setText("academy.example.org")
    assert not save.isEnabled() and "academy.example.org" in dialog.problem.text()


def test_xapi_export_names_the_school_set_in_the_settings(
        qtbot, finished: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    Settings().lrs = LrsConfig(xapi_base="https://academy.example.org/xapi",
                               home_page="https://academy.example.org/people")
    out = tmp_path / "statements.json"
    _answer_with(monkeypatch, out)
    with qtbot.waitSignal(finished.debrief_actions.reported, timeout=10_000):
        qtbot.mouseClick(finished.debrief.export_buttons["xapi"], Qt.MouseButton.LeftButton)
    made = json.loads(out.read_text(encoding="utf-8"))
    assert all(s["object"]["id"].startswith("https://academy.example.org/xapi/") for s in made)
    assert {s["actor"]["account"]["homePage"] for s in made} == {"https://academy.example.org/people"}


def test_exporting_many_attempts_shows_progress_and_stop_keeps_the_whole_files(
        qtbot, journalled, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import threading

    from PySide6.QtWidgets import QPushButton, QWidget

    from sm_sim.records import pdf
    from sm_sim.ui.filing.actions import RecordActions
    from sm_sim.ui.filing.work import Row
    from sm_sim.ui.kit import progress
    paths = [journalled(trainee=f"PC {n}") for n in range(3)]
    rows = [Row.of(read_attempt(p)) for p in paths]
    host = QWidget()
    qtbot.addWidget(host)
    host.show()
    actions = RecordActions(Settings(), host)
    out = tmp_path / "pdfs"
    out.mkdir()
    _answer_with(monkeypatch, out)
    monkeypatch.setattr(progress, "SHOW_AFTER_MS", 0)
    gate, real, made = threading.Event(), pdf.export_pdf, []

    def second_waits(attempt, target):  # type: ignore[no-untyped-def]
        if made:  # the second PDF waits until Stop has been pressed
            assert gate.wait(10)
        made.append(real(attempt, target))
        return made[-1]

    monkeypatch.setattr(pdf, "export_pdf", second_waits)
    assert actions.export(rows, "pdf")
    dialog = actions.progress
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.value() == 1, timeout=10_000)
    assert dialog.isVisible() and dialog.labelText() == "Saving 3 PDF debriefs… 1 of 3 done."
    stop = next(b for b in dialog.findChildren(QPushButton) if b.text() == "Stop")
    with qtbot.waitSignal(actions.reported, timeout=10_000) as reported:
        qtbot.mouseClick(stop, Qt.MouseButton.LeftButton)
        gate.set()
    text, ok = reported.args
    assert not ok and text == f"Stopped: 2 of 3 PDF debriefs were saved in {out}; the rest were not written."
    assert sorted(out.iterdir()) == sorted(made) and len(made) == 2  # whole files, no .part
    assert actions.progress is None and actions.busy == 0


def test_a_short_export_of_several_attempts_ends_without_a_word_of_stopping(
        qtbot, journalled, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtWidgets import QWidget

    from sm_sim.ui.filing.actions import RecordActions
    from sm_sim.ui.filing.work import Row
    paths = [journalled(trainee=f"PC {n}") for n in range(2)]
    host = QWidget()
    qtbot.addWidget(host)
    actions = RecordActions(Settings(), host)
    (tmp_path / "json").mkdir()
    _answer_with(monkeypatch, tmp_path / "json")
    with qtbot.waitSignal(actions.reported, timeout=10_000) as reported:
        assert actions.export([Row.of(read_attempt(p)) for p in paths], "json")
    assert reported.args == [f"Saved 2 files in {tmp_path / 'json'}", True]
    assert actions.progress is None and len(list((tmp_path / "json").iterdir())) == 2


def test_the_lrs_password_goes_to_the_keyring_and_not_the_settings_file(
        qtbot, memory_keyring, lrs) -> None:
    """Saved with a keyring there: the file holds no password, a second run finds it, the
    dialog says where it is, and leaving the field empty keeps it."""
    Settings().lrs = LrsConfig(lrs.endpoint, "trainer", "s3cret-Ω", "intake-7")
    QSettings().sync()
    settings_file = Path(Settings().file_name())
    assert "s3cret" not in settings_file.read_text(encoding="utf-8")
    assert list(memory_keyring.kept.values()) == ["s3cret-Ω"]
    again = Settings().lrs  # a second run of the app
    assert again.password == "" and again.keyring and again.secret() == "s3cret-Ω"
    dialog = LrsSettingsDialog(again, str(settings_file))
    qtbot.addWidget(dialog)
    assert dialog.password.text() == "" and "keyring" in dialog.password.placeholderText()
    assert "keyring" in dialog.password_note.text() and "unencrypted" not in dialog.password_note.text()
    dialog.session.setText("intake-8")
    Settings().lrs = dialog.config()  # saved without retyping the password
    assert Settings().lrs.session == "intake-8" and Settings().lrs.secret() == "s3cret-Ω"
    dialog.password.setText("new-one")
    Settings().lrs = dialog.config()
    QSettings().sync()
    assert Settings().lrs.secret() == "new-one" and "new-one" not in settings_file.read_text()


def test_a_password_an_older_version_left_in_the_file_moves_to_the_keyring_on_saving(
        qtbot, memory_keyring) -> None:
    QSettings().setValue("lrs/endpoint", "https://lrs.example.org/xapi/")
    QSettings().setValue("lrs/password", "old-plain")
    QSettings().sync()
    old = Settings().lrs
    assert old.secret() == "old-plain" and not old.keyring
    dialog = LrsSettingsDialog(old, Settings().file_name())
    qtbot.addWidget(dialog)
    Settings().lrs = dialog.config()  # the dialog shows it; Save moves it
    QSettings().sync()
    assert "old-plain" not in Path(Settings().file_name()).read_text()
    assert Settings().lrs.secret() == "old-plain"


def test_without_a_keyring_the_password_stays_in_the_file_and_the_dialog_says_so(qtbot) -> None:
    Settings().lrs = LrsConfig("https://lrs.example.org/xapi/", "key", "p@ss")
    QSettings().sync()
    assert Settings().lrs.secret() == "p@ss" and not Settings().lrs.keyring
    assert "p@ss" in Path(Settings().file_name()).read_text()  # where the dialog says it is
    dialog = LrsSettingsDialog(Settings().lrs, Settings().file_name())
    qtbot.addWidget(dialog)
    assert "no system keyring" in dialog.password_note.text()
