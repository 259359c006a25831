"""The trainer's classroom console in Welsh (Cymraeg), on a real LRS on loopback with headless
recruits: the console, its table, the replies panel, the class debrief, the inject and
new-session dialogs, and the launcher's and the watch's sentences leave none of the console's
English on screen; what the recruits and the scenario wrote stays as it was written."""

from __future__ import annotations

import html
import re
from pathlib import Path

import pytest
from PySide6.QtCore import QAbstractItemModel, QAbstractListModel, QModelIndex, Qt
from PySide6.QtWidgets import QWidget

from sm_sim.records.classroom import SessionError
from sm_sim.records.lrs import LrsError
from sm_sim.scenario.library import Entry
from sm_sim.ui.console.debrief import ClassDebriefWindow
from sm_sim.ui.console.inject import InjectDialog
from sm_sim.ui.console.launch import ConsoleLauncher, find_session
from sm_sim.ui.console.model import FLAGS, NAME, RESULT, STATUS_COLUMN
from sm_sim.ui.console.newsession import NewSessionDialog
from sm_sim.ui.console.watch import lrs_problem
from sm_sim.ui.kit.settings import LrsConfig, Settings

from ..records.lrs_loopback import LoopbackSchoolLrs
from .classroom import Laptops
from .test_console import column, look, open_console, session
from .test_welsh import _catalogue, _english_left, _texts, welsh  # noqa: F401 - the fixture

CONSOLE = ("Console", "ClassDebrief", "InjectDialog", "NewSessionDialog", "ConsoleLauncher",
           "RoomWatch")
REPLY = "Ring Mary on 07712 345678"  # personal data: a flag to name
NAMES = ["PC Aisha Rahman", "PC Tom Whitfield"]
SCRIPTS = [{"incident": ("own_words", REPLY)}, {}]


def _plain(text: str) -> str:
    """A tooltip as it reads (``plain_tip`` wraps it in an escaped paragraph)."""
    return html.unescape(re.sub(r"<[^>]+>", "", text))


def _model_texts(model: QAbstractItemModel) -> list[str]:
    """What a model gives its view and a screen reader: headers, cells and their tooltips."""
    columns = 1 if isinstance(model, QAbstractListModel) else model.columnCount()
    said = [str(model.headerData(c, Qt.Orientation.Horizontal))
            for c in range(columns) if model.headerData(c, Qt.Orientation.Horizontal)]
    for row in range(model.rowCount(QModelIndex())):
        for col in range(columns):
            index = model.index(row, col)
            for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole,
                         Qt.ItemDataRole.ToolTipRole):
                value = index.data(role)
                if value:
                    said.append(_plain(str(value)))
    return said


def _left(root: QWidget, *more: str) -> list[str]:
    return _english_left([*_texts(root), *more], CONSOLE)


def test_the_console_speaks_welsh_with_no_english_left(
        qtbot, welsh: None, school_lrs: LoopbackSchoolLrs, example: Entry,  # noqa: F811
        library: list[Entry], tmp_path: Path) -> None:
    channel, code = session(school_lrs, example)  # the start held
    console = open_console(qtbot, school_lrs, code, library)
    assert console.windowTitle() == f"Consol y dosbarth — {code}"
    assert console.controls.start_now.text() == "Dechrau nawr"
    assert console.controls.pause.text() == "Oedi i bawb"
    assert console.header.counts.text() == "Does neb wedi ymuno eto"
    assert [console.model.headerData(c, Qt.Orientation.Horizontal) for c in (NAME, STATUS_COLUMN)] \
        == ["Recriwt", "Statws"]
    laptops = Laptops(school_lrs, code, example, tmp_path, NAMES, SCRIPTS)
    with laptops.running():
        look(qtbot, console, lambda: column(console, STATUS_COLUMN) == ["Yn aros"] * 2)
        assert console.header.counts.text() == "2 wedi ymuno · 2 yn aros"
        assert console.header.state.text().startswith("Y dechrau wedi'i ddal yn ôl")
        assert _left(console, *_model_texts(console.model)) == []
        qtbot.mouseClick(console.controls.start_now, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: channel.read(code).released, timeout=20_000)
        laptops.runs()
    look(qtbot, console, lambda: column(console, STATUS_COLUMN) == ["Wedi gorffen"] * 2)
    assert console.header.counts.text() == "2 wedi ymuno · 2 wedi gorffen"
    assert all(r.endswith(("Wedi llwyddo", "Heb lwyddo")) for r in column(console, RESULT))
    writer = column(console, NAME).index(NAMES[0])
    assert console.model.index(writer, FLAGS).data() == "1: Data personol"
    assert console.status.text().startswith("Yn gyfredol: ")

    # the trainer pauses the room: the button, the state line and the status line follow
    qtbot.mouseClick(console.controls.pause, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: console.controls.pause.text() == "Ailddechrau i bawb", timeout=20_000)
    assert console.header.state.text().startswith("Wedi oedi: ")

    # the replies of the recruit who wrote one, read in full, ticked for the projector
    console.table.selectRow(writer)
    replies = console.replies
    assert replies.title.text() == f"Atebion gan {NAMES[0]}"
    assert replies.title.textFormat() == Qt.TextFormat.PlainText
    replies.list.setCurrentIndex(replies.model.index(0))
    reader = replies.reader.toPlainText()
    assert REPLY in reader and "Nodwyd: Data personol" in reader  # the reply as written
    replies.model.setData(replies.model.index(0), Qt.CheckState.Checked.value,
                          Qt.ItemDataRole.CheckStateRole)
    shown = [*_model_texts(console.model), *_model_texts(replies.model), reader]
    assert _left(console, *shown) == []

    debrief = console.open_debrief()
    assert isinstance(debrief, ClassDebriefWindow)
    said = _texts(debrief)
    assert debrief.title.text().startswith("Ôl-drafodaeth y dosbarth")
    assert debrief.summary.text().startswith("2 wedi ymuno · 2 wedi gorffen · ")
    assert debrief.names.text() == "Dangos enwau"
    assert any(re.match(f"Recriwt [AB]: “{REPLY}”", t) for t in said)  # ticked, and anonymised
    assert any(t.startswith("Sut atebodd y dosbarth: ") for t in said)  # a chart, for a reader
    assert any(t.startswith("Beth ganfu'r canfodyddion mewn 1 ateb") for t in said)
    assert _left(debrief) == []
    debrief.close()
    console.close()


def test_the_inject_and_new_session_dialogs_speak_welsh(
        qtbot, welsh: None, library: list[Entry]) -> None:  # noqa: F811
    dialog = InjectDialog("")
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Anfon mewnbwn at bawb"
    assert dialog.from_field.text() == "Ystafell reoli" and dialog.send.text() == "Anfon at bawb"
    assert dialog.message_field.placeholderText() == "Beth mae'r neges yn ei ddweud"
    dialog.subject_field.setText("Galwch swyddfa'r wasg")
    assert dialog.problem.text() == "Ysgrifennwch neges."
    assert _left(dialog, dialog.message_field.placeholderText()) == []
    dialog.subject_field.setText("x" * 121)
    assert dialog.problem.text() == "Byrhewch y pwnc: 121 nod, 120 ar y mwyaf."

    chooser = NewSessionDialog(library, "")
    qtbot.addWidget(chooser)
    assert chooser.windowTitle() == "Sesiwn dosbarth newydd"
    assert chooser.create_button.text() == "Creu sesiwn"
    assert chooser.scenario.itemText(0).startswith("Y diwrnod cyfan: ")
    assert [chooser.mode.itemText(n) for n in range(chooser.mode.count())] == ["Ymarfer", "Asesiad"]
    assert _left(chooser) == []


def test_the_launcher_and_the_watch_say_their_sentences_in_welsh(
        qtbot, welsh: None) -> None:  # noqa: F811
    with pytest.raises(SessionError, match="nid oes Storfa Cofnodion Dysgu wedi'i gosod"):
        find_session(LrsConfig(), "K7M2QX")
    host = QWidget()
    qtbot.addWidget(host)
    launcher = ConsoleLauncher(Settings(), host)
    with qtbot.waitSignal(launcher.said) as said:
        assert not launcher.new_session([])
    assert said.args is not None and said.args[0].startswith("Mae sesiwn dosbarth yn cael ei chadw")
    endpoint = "https://lrs.example.ac.uk/xapi/"
    sentences = [lrs_problem(LrsError("no", kind), endpoint, polling)
                 for kind in ("unreachable", "timeout", "server", "unknown", "auth")
                 for polling in (True, False)]
    assert sentences[0] == (f"Doedd dim modd cyrraedd yr LRS yn {endpoint}; "
                            "rhoi cynnig arall arni bob ychydig eiliadau.")
    assert sentences[1].endswith("; pwyswch y botwm eto.")
    assert _english_left(sentences, CONSOLE) == []

