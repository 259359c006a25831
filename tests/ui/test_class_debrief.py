"""The class debrief from a room of finished recruits, on a real LRS on loopback: the counts per
option are the class's own answers, with the scenario's labels; replies the trainer ticks in
the console show as "Recruit A" until Show names is on; and a name or a reply full of markup is
shown as the text it is, in the console and on the projector."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QLabel, QWidget

from sm_sim.records.classdebrief import alias
from sm_sim.scenario.library import Entry
from sm_sim.ui.console.bars import CountBars
from sm_sim.ui.console.debrief import ClassDebriefWindow
from sm_sim.ui.console.model import FLAGS, NAME, STATUS_COLUMN

from ..records.lrs_loopback import LoopbackSchoolLrs
from .classroom import Laptops, answers
from .test_console import column, look, open_console, session

HOSTILE_NAME = "<b>PC Bold</b>"
HOSTILE_REPLY = "Ring <b>Mary</b> on 07712 345678 <img src=x>"
NAMES = ["PC Aisha Rahman", HOSTILE_NAME, "PCSO Megan Lloyd", "PC Tom Whitfield"]
SCRIPTS = [{"incident": ("reassure", None)},
           {"incident": ("own_words", HOSTILE_REPLY)},  # personal data, in markup
           {"incident": ("give_details", None), "pressure": ("like_banter", None)},
           {}]  # the best answer everywhere


def _labels(root: QWidget) -> list[QLabel]:
    return [label for label in root.findChildren(QLabel) if label.isVisibleTo(root)]


def _markup_rendered(root: QWidget) -> list[str]:
    return [label.text() for label in root.findChildren(QLabel)
            if "<" in label.text() and label.textFormat() != Qt.TextFormat.PlainText]


def _played(qtbot, school_lrs: LoopbackSchoolLrs, example: Entry, library: list[Entry],  # type: ignore[no-untyped-def]
            tmp_path: Path):
    _, code = session(school_lrs, example, hold=False)
    console = open_console(qtbot, school_lrs, code, library)
    laptops = Laptops(school_lrs, code, example, tmp_path, NAMES, SCRIPTS)
    with laptops.running():
        runs = laptops.runs()
    look(qtbot, console, lambda: column(console, STATUS_COLUMN) == ["Finished"] * len(NAMES))
    return console, runs


def test_the_class_debrief_counts_what_the_class_chose_and_keeps_names_off_the_screen(
        qtbot, school_lrs: LoopbackSchoolLrs, example: Entry, library: list[Entry],
        tmp_path: Path) -> None:
    console, runs = _played(qtbot, school_lrs, example, library, tmp_path)
    scenario = example.loaded.scenario
    assert scenario is not None
    debrief = console.open_debrief()
    assert isinstance(debrief, ClassDebriefWindow) and debrief.debrief is not None
    assert debrief.summary.text() == "4 joined · 4 finished · " \
        f"{sum(bool(s.passed) for s in console.watch.room.seats.values())} passed"
    for tally, card in zip(debrief.debrief.decisions, debrief.cards, strict=False):
        asked = scenario.states[tally.decision].decision
        assert asked is not None
        bars = card.findChildren(CountBars)[0]  # the first chart of a card: the options
        assert [(b.label, b.count) for b in bars.bars] == [
            (o.label, answers(runs, tally.decision)[o.id]) for o in asked.options]
    first = debrief.debrief.decisions[0]
    assert first.decision == "incident" and first.answered == 4
    assert [(b.key, b.count) for b in first.flags] == [("personal_data", 1)]
    assert sum(b.count for b in debrief.debrief.endings) == 4
    # the trainer ticks the written reply in the console: it shows, anonymised
    bold = column(console, NAME).index(HOSTILE_NAME)
    console.table.selectRow(bold)
    replies = console.replies.model
    assert [r.text for r in replies.replies] == [HOSTILE_REPLY]
    assert not any(HOSTILE_REPLY in label.text() for label in _labels(debrief))  # not ticked
    replies.setData(replies.index(0), Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    shown = [label for label in _labels(debrief) if HOSTILE_REPLY in label.text()]
    assert len(shown) == 1 and shown[0].text().startswith(f"{alias(bold)}: ")
    assert not any(HOSTILE_NAME in label.text() for label in _labels(debrief))
    debrief.show_names(True)
    shown = [label for label in _labels(debrief) if HOSTILE_REPLY in label.text()]
    assert shown[0].text().startswith(f"{HOSTILE_NAME}: ")
    assert shown[0].textFormat() == Qt.TextFormat.PlainText
    assert _markup_rendered(debrief) == [] and _markup_rendered(console) == []


def test_a_selected_recruits_replies_are_read_as_plain_text(
        qtbot, school_lrs: LoopbackSchoolLrs, example: Entry, library: list[Entry],
        tmp_path: Path) -> None:
    console, _runs = _played(qtbot, school_lrs, example, library, tmp_path)
    bold = column(console, NAME).index(HOSTILE_NAME)
    name_cell = console.model.index(bold, NAME)
    tip = str(name_cell.data(Qt.ItemDataRole.ToolTipRole))
    assert "&lt;b&gt;PC Bold&lt;/b&gt;" in tip and HOSTILE_NAME not in tip  # shown, not rendered
    assert str(console.model.index(bold, FLAGS).data()) == "1: Personal data"  # count, kind
    console.table.selectRow(bold)
    assert console.replies.title.text() == f"Replies from {HOSTILE_NAME}"
    assert console.replies.title.textFormat() == Qt.TextFormat.PlainText
    console.replies.list.setCurrentIndex(console.replies.model.index(0))
    reader = console.replies.reader.toPlainText()
    assert HOSTILE_REPLY in reader and "Flags: Personal data" in reader
    assert console.replies.model.index(0).data(Qt.ItemDataRole.DisplayRole).startswith(
        "⚑ Personal data — ")
    other = column(console, NAME).index("PC Aisha Rahman")
    console.table.selectRow(other)  # the panel follows the selection
    seat = console.model.seat(other)
    assert console.replies.model.replies == seat.replies
    assert console.replies.model.rowCount(QModelIndex()) == len(seat.replies)
    assert HOSTILE_REPLY not in [r.text for r in console.replies.model.replies]


def test_a_reply_the_detectors_could_not_read_is_said_to_be_unread_not_clean() -> None:
    from sm_sim.records.room import Reply
    from sm_sim.ui.console.replies import flag_words
    unread = Reply("amy", "incident", "Mae swyddogion yno.", (), (), "2026-12-03T09:00:00Z",
                   language="cy")
    assert flag_words(unread) == "Not read by the detectors (written in Welsh)"
    assert flag_words(Reply("amy", "incident", "Officers are there.", (), (), "")) == "No flags"
