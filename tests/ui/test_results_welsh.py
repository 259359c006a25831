"""The trainer's Results view and the dialogs around it in Welsh (Cymraeg): the view with
attempts on record (its table, filters, figures and chart, both sources), the review of
written answers, the Learning Record Store settings, Appearance and the resume question
leave none of their English on screen; what the recruits and the scenario wrote, names and
paths stay as they were written."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QComboBox, QDialogButtonBox, QGroupBox, QLabel, QListWidget, QWidget

from sm_sim.engine import Choice, automatic
from sm_sim.records import SendReport, attempts_dir, find_unfinished
from sm_sim.scenario.model import FLAG_TITLES
from sm_sim.ui.dialogs.appearance import AppearanceDialog
from sm_sim.ui.dialogs.lrs import LrsSettingsDialog
from sm_sim.ui.dialogs.resume import ResumeDialog
from sm_sim.ui.filing.work import Sent, skipped_text
from sm_sim.ui.kit.settings import LrsConfig, Settings
from sm_sim.ui.main_window import MainWindow
from sm_sim.ui.results.model import RESULT, ResultsModel
from sm_sim.ui.results.review import ReviewDialog
from sm_sim.ui.results.source import LRS
from sm_sim.ui.results.view import ResultsView

from .test_review_answers import RUDE, WELSH
from .test_welsh import _catalogue, _english_left, _texts, welsh  # noqa: F401 - the fixture

RESULTS = ("ResultsView", "ResultsFilters", "ResultsModel", "ResultsSource", "CohortSummary",
           "CohortChart", "AttemptsTable", "RecordActions", "RecordWork")


def _writing(words: str):  # type: ignore[no-untyped-def]
    """Answer the first decision in ``words`` of one's own, the rest as well as can be."""
    def choose(run, decision):  # type: ignore[no-untyped-def]
        if decision.id == "incident":
            return Choice("own_words", words, "medium")
        return automatic("best", run.seed)(run, decision)
    return choose


def _model_texts(model: ResultsModel) -> list[str]:
    """What the table gives its view and a screen reader: headers, cells, their tooltips."""
    said = [str(model.headerData(c, Qt.Orientation.Horizontal)) for c in range(model.columnCount())]
    for row in range(model.rowCount(QModelIndex())):
        for column in range(model.columnCount()):
            index = model.index(row, column)
            for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole,
                         Qt.ItemDataRole.ToolTipRole):
                if index.data(role):
                    said.append(str(index.data(role)))
    return said


def _shown(root: QWidget) -> list[str]:
    """``_texts`` and the items of any list on it."""
    items = [lst.item(n).text() for lst in root.findChildren(QListWidget) for n in range(lst.count())]
    return [*_texts(root), *items]


def _open_results(qtbot, window: MainWindow) -> ResultsView:
    with qtbot.waitSignal(window.results.loaded, timeout=10_000):
        qtbot.mouseClick(window.start_screen.results_button, Qt.MouseButton.LeftButton)
    assert window.stack.currentWidget() is window.results
    return window.results


def test_the_results_view_speaks_welsh_with_no_english_left(
        qtbot, welsh: None, window: MainWindow, journalled: Callable[..., Path]) -> None:  # noqa: F811
    qtbot.waitUntil(lambda: window.results.results is not None)  # the window's first read
    journalled("PC Jo Bloggs", "best")
    journalled("PC Jo Bloggs", "worst", mode="assessment")
    journalled("PC Sam Patel", "worst")
    journalled("PC Ali Khan", finish=False)
    (attempts_dir() / "broken.jsonl").write_text('{"kind": "attempt", "format": "sm-sim-att', "utf-8")
    view = _open_results(qtbot, window)
    assert view.model.rowCount() == 4
    shown = [*_texts(view), *_model_texts(view.model), view.chart.accessibleDescription()]
    assert _english_left(shown, RESULTS) == []
    assert "Canlyniadau" in shown and "Adnewyddu" in shown
    assert [view.model.headerData(c, Qt.Orientation.Horizontal) for c in (1, RESULT)] == \
        ["Hyfforddai", "Canlyniad"]
    assert {view.model.index(n, RESULT).data() for n in range(4)} == \
        {"Wedi llwyddo", "Heb lwyddo", "Heb ei gorffen"}
    modes = view.filters.combos["mode"]
    assert [modes.itemText(n) for n in range(modes.count())] == ["Pob modd", "Asesiad", "Ymarfer"]
    assert view.tiles[0].detail.text() == "3 wedi gorffen · 3 hyfforddai"
    assert view.skipped.text().startswith("Cafodd 1 ffeil ei hepgor")
    assert "cyfartaledd" in view.chart.accessibleDescription()
    assert view.folder.text().startswith("Pob ymgais a gadwyd ar y cyfrifiadur hwn")

    view.table.selectRow(0)
    assert view.send_selected() is False  # no LRS set up (the conftest cancels its dialog)
    assert view.status.text() == "Ni anfonwyd dim: does dim Storfa Cofnodion Dysgu wedi'i gosod."

    with qtbot.waitSignal(view.reader.failed, timeout=10_000):
        view.choose_source(LRS)  # no classroom session set: said, and nothing fetched
    shown = [*_texts(view), *_model_texts(view.model)]
    assert _english_left(shown, RESULTS) == []
    assert view.folder.text() == "Dim sesiwn dosbarth wedi'i nôl eto."
    assert view.status.text().startswith("Dim sesiwn dosbarth i'w nôl")
    assert view.no_journal.isVisible() and view.buttons["csv"].toolTip() == view.no_journal.text()
    assert view.no_journal.text().startswith("Does gan ymgeisiau a nôlwyd o'r LRS")


def test_what_sending_and_reading_say_is_welsh(welsh: None) -> None:  # noqa: F811
    sent = Sent(SendReport(sent=3), 3, 1, Path("outbox"))
    assert sent.describe() == ("Anfonwyd 3 datganiad i'r LRS; does dim yn aros. "
                               "Ni anfonwyd 1 ymgais heb ei gorffen.")
    waiting = Sent(SendReport(sent=1, waiting=2, rejected=1), 0, 0, Path("outbox"))
    assert waiting.describe().startswith("LRS: anfonwyd 1 / yn aros 2. Gwrthododd yr LRS 1")
    assert _english_left([sent.describe(), waiting.describe()], ("RecordWork",)) == []
    said = skipped_text([f"f{n}.jsonl: not an attempt" for n in range(6)])
    assert said.startswith("Cafodd 6 ffeil eu hepgor") and said.endswith("… a 2 arall")


def test_the_review_of_written_answers_speaks_welsh_and_its_rulings_still_count(
        qtbot, welsh: None, journalled: Callable[..., Path]) -> None:  # noqa: F811
    rude = journalled("PC Jo Bloggs", chooser=_writing(RUDE))
    cymraeg = journalled("PC Cymraeg", chooser=_writing(WELSH))
    dialog = ReviewDialog([rude, cymraeg], "Sgt Ayo Bello")
    qtbot.addWidget(dialog)
    shown = _texts(dialog)
    assert _english_left(shown, ("ReviewDialog",)) == []
    assert not set(FLAG_TITLES.values()) & set(shown)  # the flags are named in Welsh too
    assert dialog.windowTitle() == "Adolygu atebion ysgrifenedig"
    assert dialog.save.text() == "Cadw'r dyfarniadau"
    close = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Close)
    assert close.text() == "Cau"
    first, second = (next(card for path, card in dialog.cards
                          if path == chosen and card.answer.decision == "incident")
                     for chosen in (rude, cymraeg))
    assert [first.rows[0].choice.itemText(n) for n in range(3)] == ["Dim dyfarniad", "Cadarnhau", "Gwrthdroi"]
    assert "Sarhaus neu fychanus" in shown and "Rheswm (mae angen un i wrthdroi)" in shown
    assert second.read is not None and second.read.text().startswith("Rwyf wedi'i ddarllen")
    said = " ".join(label.text() for label in second.findChildren(QLabel))
    assert "Wedi'i ysgrifennu yn Gymraeg" in said
    assert dialog.save_rulings() is False  # nothing chosen yet: said in Welsh
    assert dialog.problem.text().startswith("Dewiswch Cadarnhau neu Gwrthdroi")
    first.rows[1].choice.setCurrentText("Cadarnhau")  # a ruling chosen by its Welsh words
    assert [(r.flag, r.ruling) for r in first.rulings()] == [("signposting", "confirmed")]
    dialog.close()


def test_the_learning_record_store_dialog_speaks_welsh(qtbot, welsh: None) -> None:  # noqa: F811
    dialog = LrsSettingsDialog(LrsConfig(), "/home/trainer/.config/sm-sim.conf")
    qtbot.addWidget(dialog)
    dialog.endpoint.setText("lrs.example.org")
    shown = _texts(dialog)
    assert _english_left(shown, ("LrsDialog",)) == []
    assert dialog.windowTitle() == "Storfa Cofnodion Dysgu"
    assert dialog.problem.text().startswith("Dylai “lrs.example.org” ddechrau gyda https://")
    assert dialog.user.placeholderText() == "Allwedd LRS neu enw defnyddiwr"
    assert "Cyfrinair" in shown and "Sesiwn dosbarth" in shown
    assert dialog.password_note.text().endswith("nid cyfrinair personol.")
    assert "/home/trainer/.config/sm-sim.conf" in dialog.password_note.text()  # a path as it is
    buttons = dialog.buttons
    assert [buttons.button(b).text() for b in (QDialogButtonBox.StandardButton.Save,
                                               QDialogButtonBox.StandardButton.Cancel)] == ["Cadw", "Canslo"]
    kept = LrsSettingsDialog(LrsConfig("https://lrs.example.org/xapi/", "key", keyring="sm-sim"), "")
    qtbot.addWidget(kept)
    assert kept.password.placeholderText().startswith("Wedi'i gadw yng nghylch allweddi'r system")


def test_the_appearance_dialog_speaks_welsh_and_keeps_the_way_back_in_both(
        qtbot, welsh: None) -> None:  # noqa: F811
    dialog = AppearanceDialog(Settings())
    qtbot.addWidget(dialog)
    shown = _texts(dialog)
    assert _english_left(shown, ("AppearanceDialog",)) == []
    assert dialog.windowTitle() == "Golwg"
    assert [box.title() for box in dialog.findChildren(QGroupBox)] == ["Thema"]
    assert [b.text() for b in dialog.theme_buttons.values()] == \
        ["&Awtomatig", "&Golau", "&Tywyll", "&Cyferbyniad uchel"]
    assert dialog.theme_buttons["contrast"].accessibleName() == "Cyferbyniad uchel"
    assert dialog.reduce_motion.text() == "Lleihau &symud"
    assert "Language · Iaith" in shown  # in both languages, to find the way back
    languages = dialog.findChild(QComboBox, "language")
    assert [languages.itemText(n) for n in range(languages.count())] == \
        ["Fel y mae'r cyfrifiadur hwn wedi'i osod", "English", "Cymraeg (Welsh)"]
    assert "Cau" in shown and "Adfer y rhagosodiadau" in shown
    dialog.close()


def test_the_resume_question_speaks_welsh(
        qtbot, welsh: None, journalled: Callable[..., Path]) -> None:  # noqa: F811
    journalled("PC Un", finish=False)
    journalled("PC Dau", finish=False, mode="assessment")
    dialog = ResumeDialog(find_unfinished())
    qtbot.addWidget(dialog)
    shown = _shown(dialog)
    assert _english_left(shown, ("ResumeDialog",)) == []
    assert dialog.windowTitle() == "Parhau o'r man lle stopioch chi?"
    items = [dialog.list.item(n).text() for n in range(dialog.list.count())]
    assert all("1 penderfyniad wedi'i wneud" in t and "dechreuwyd " in t for t in items)
    assert {t.split("\n")[0].split(" · ")[2] for t in items} == {"Ymarfer", "Asesiad"}
    assert (dialog.give_up.text(), dialog.resume.text()) == ("Rhoi'r gorau iddi", "Ailddechrau")
    assert "Nid nawr" in shown
