"""The trainer's workbench and its preview in Welsh (Cymraeg), on a built-in scenario: the
map (its boxes and arrows), the details of a state, the problems of a broken file, the
timeline, the coverage with its automatic plays and reachable scores, the start values of
a preview and the preview window leave none of the workbench's English on screen; what the
scenario says (titles, posts, state ids) stays as it was written. In English, the same
controls read their English."""

from __future__ import annotations

import html
import re
from pathlib import Path

from PySide6.QtCore import QAbstractItemModel, QModelIndex, Qt
from PySide6.QtWidgets import QDockWidget, QGraphicsSimpleTextItem, QTabBar, QTableWidget, QWidget

from sm_sim.ui.preview import PreviewWindow
from sm_sim.ui.session.clock import SimulatedClockDriver
from sm_sim.ui.workbench.map_view import MapView
from sm_sim.ui.workbench.preview import StartValues
from sm_sim.ui.workbench.timeline import WHAT
from sm_sim.ui.workbench.window import WorkbenchWindow

from .test_welsh import ATTEMPT, _english_left, _texts, welsh  # noqa: F401 - the fixture
from .test_workbench import _copy_example

WORKBENCH = ("Workbench", "PreviewWindow")
COLUMNS = ["Amser", "Cyflwr", "Math", "Pwy", "Beth", "Ar yr un pryd"]


def _plain(text: str) -> str:
    """A tooltip as it reads (``plain_tip`` wraps it in an escaped paragraph)."""
    return html.unescape(re.sub(r"<[^>]+>", "", text))


def _model_texts(model: QAbstractItemModel, columns: tuple[int, ...] | None = None) -> list[str]:
    """What a model gives its view and a screen reader: headers, and the cells of ``columns``
    (all when None) with their tooltips."""
    said = [str(model.headerData(c, Qt.Orientation.Horizontal)) for c in range(model.columnCount())]
    for row in range(model.rowCount(QModelIndex())):
        for column in range(model.columnCount()) if columns is None else columns:
            index = model.index(row, column)
            for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole,
                         Qt.ItemDataRole.ToolTipRole):
                if index.data(role):
                    said.append(_plain(str(index.data(role))))
    return said


def _map_texts(view: MapView) -> list[str]:
    """What the map draws and its tooltips say: each box's lines, each arrow's label."""
    said = []
    for item in view.scene().items():
        said.append(_plain(item.toolTip()))
        if isinstance(item, QGraphicsSimpleTextItem):
            said.append(item.text())
    return [s for s in said if s]


def _shown(window: QWidget) -> list[str]:
    """``_texts``, and the titles, tabs, lists and tables it does not walk."""
    said = [*_texts(window), window.windowTitle()]
    said += [d.windowTitle() for d in window.findChildren(QDockWidget)]
    said += [bar.tabText(n) for bar in window.findChildren(QTabBar) for n in range(bar.count())]
    for table in window.findChildren(QTableWidget):
        said += [_plain(str(table.model().headerData(c, Qt.Orientation.Horizontal)))
                 for c in range(table.columnCount())]
        said += [table.item(r, c).text() for r in range(table.rowCount())
                 for c in range(table.columnCount()) if table.item(r, c)]
    return [s.replace("&", "") for s in said if s]


def _bench(qtbot, path: Path) -> WorkbenchWindow:
    window = WorkbenchWindow(path, clock=SimulatedClockDriver, preview=PreviewWindow)
    qtbot.addWidget(window)
    window.show()
    return window


def test_the_workbench_speaks_welsh_with_no_english_left(
        qtbot, welsh: None, tmp_path: Path) -> None:  # noqa: F811
    path = _copy_example(tmp_path)
    window = _bench(qtbot, path)
    scenario = window.scenario
    assert scenario is not None
    assert window.windowTitle() == "Mainc waith — cordon_questions.yaml"
    assert window.play_here.text() == "Chwarae o'r fan hyn…"
    assert window.search.placeholderText() == "Chwilio am gyflwr…"
    assert window.status.text() == "Dim problemau: gellir chwarae'r senario."
    assert [d.windowTitle() for d in window.docks] == ["Wedi'i ddewis", "Llinell amser", "Cwmpas"]
    drawn = _map_texts(window.map)
    assert "penderfyniad" in drawn and "diweddglo: da" in drawn
    assert _english_left([*_shown(window), *drawn], WORKBENCH) == []

    # a state's details: what arrives, the decision and its time limit, where each option leads
    window.map.select(scenario.start)
    details = window.details.toPlainText()
    assert "Penderfyniad (terfyn amser 90s):" in details and "Beth sy'n cyrraedd" in details
    assert "os nodwyd personal_data neu operational_detail →" in details
    assert "os cyfeireb fail →" in details and "fel arall →" in details
    assert "testun rhydd" in details
    assert scenario.states[scenario.start].decision.prompt in details  # type: ignore[union-attr]
    assert window.play_here.text() == f"Chwarae o “{scenario.start}”…"
    assert _english_left([*_shown(window), details], WORKBENCH) == []

    # the timeline: the best play, then the way to the state chosen on the map
    panel = window.timeline
    assert [panel.model.headerData(c, Qt.Orientation.Horizontal) for c in range(6)] == COLUMNS
    assert [panel.path.itemText(n) for n in range(panel.path.count())] == \
        ["Y chwarae gorau", "Y chwarae gwaethaf", "I'r cyflwr a ddewiswyd ar y map"]
    assert panel.summary.text().startswith("Yn gorffen yn ")
    # its kinds, people and events are the engine's words, said through the core's own
    # catalogue (not this one's): the cells checked here are the time and what never lands
    never = [panel.model.index(n, WHAT).data() for n, r in enumerate(panel.model.rows) if not r.lands]
    assert all(t.startswith("ni fydd byth yn cyrraedd (mae'r rhediad wedi dod i ben): ")
               for t in never)
    shown = [*_shown(window), *_model_texts(panel.model, (0,)), *never, panel.strip.accessibleName()]
    assert _english_left(shown, WORKBENCH) == []
    panel.path.setCurrentIndex(2)
    window.map.select("pressure")
    assert panel.found is not None and panel.found.path == "pressure"
    assert _english_left([*_shown(window), *_model_texts(panel.model, (0,))], WORKBENCH) == []

    # the coverage: before anything is played, then after the automatic plays
    window.coverage.parentWidget().raise_()
    coverage = window.coverage
    qtbot.waitUntil(lambda: coverage.reachable is not None, timeout=20_000)
    assert coverage.run_button.text() == "Chwarae'n awtomatig"
    assert coverage.summary.text().startswith("Dim wedi'i chwarae eto")
    assert coverage.scores_note.text().startswith("% (pwyntiau) · cyfanswm ")
    assert [coverage.scores.horizontalHeaderItem(c).text() for c in range(3)] == \
        ["Cymhwysedd", "Gwaethaf", "Gorau"]
    assert _english_left(_shown(window), WORKBENCH) == []
    coverage.randoms.setValue(0)
    with qtbot.waitSignal(coverage.plays_done, timeout=20_000):
        coverage.run_button.click()
    assert " wedi'u cyrraedd mewn 2 rhediad (awtomatig a rhagolygon); " in coverage.summary.text()
    items = [coverage.unvisited.item(n).text() for n in range(coverage.unvisited.count())]
    assert items and all(t.startswith(("cyflwr ", "diweddglo ", "opsiwn ")) for t in items)
    drawn = _map_texts(window.map)
    assert any(t.endswith(" · heb ymweld eto") for t in drawn)
    assert _english_left([*_shown(window), *items, *drawn], WORKBENCH) == []

    # a broken file: its problems, the status line and the panels that keep the last map
    good = path.read_text()
    path.write_text(good.replace("goto: ending_trust", "goto: ending_trussst", 1))
    window.reload()
    problem = window.problems.item(0).text()
    assert problem.startswith("llinell ") and ", colofn " in problem and "SC030" in problem
    assert window.status.text().endswith(" gwall, 0 rhybudd.")
    window.timeline.parentWidget().raise_()
    problems = [window.problems.item(n).text() for n in range(window.problems.count())]
    assert _english_left([*_shown(window), *problems], WORKBENCH) == []
    path.write_text("states: [half written")
    window.reload()
    assert "Ni ellir darllen y ffeil fel senario eto" in window.status.text()
    assert window.timeline.stale.text().startswith("Mae gwallau yn y ffeil")
    assert _english_left(_shown(window), WORKBENCH) == []
    path.write_text(good)
    window.reload()
    assert window.problems.count() == 0


def test_the_start_values_and_the_preview_speak_welsh(
        qtbot, welsh: None, tmp_path: Path) -> None:  # noqa: F811
    window = _bench(qtbot, _copy_example(tmp_path))
    window.map.select("pressure")
    ask = window.ask_play_from_here()
    assert isinstance(ask, StartValues)
    assert ask.windowTitle().startswith("Chwarae o “") and ask.play.text() == "Chwarae"
    assert ask.values["public_trust"].accessibleName() == "Gwerth cychwynnol public_trust"
    assert "Canslo" in _texts(ask)
    assert _english_left(_texts(ask), WORKBENCH) == []
    ask.reject()

    preview = window.play_from("pressure", {})
    assert isinstance(preview, PreviewWindow)
    qtbot.addWidget(preview)
    title = window.scenario.states["pressure"].title  # type: ignore[union-attr]
    assert preview.windowTitle() == f"Rhagolwg o “{title}” — heb ei gofnodi"
    status = preview.statusBar().currentMessage()
    assert status.startswith("Rhagolwg o pressure: nid yw postiadau o gyflyrau cynharach")
    run, compose = preview.session.run, preview.view.compose
    assert preview.session.clock.run_until(lambda: compose.decision is not None)
    assert _english_left([*_texts(preview), status], (*WORKBENCH, *ATTEMPT)) == []
    with qtbot.waitSignal(preview.ended, timeout=10_000) as said:
        while not run.ended:  # answer each decision with its first fixed option
            preview.session.clock.run_until(lambda: compose.decision is not None or run.ended)
            if compose.decision is not None:
                compose.select_id(next(o.id for o in compose.options if not o.free_text))
                compose.submit()
    assert said.args is not None and said.args[0].startswith("Daeth y rhagolwg i ben: ")
    assert said.args[0].endswith("Caewch y ffenestr hon i fynd yn ôl i'r map.")
    assert _english_left(said.args, WORKBENCH) == []
    preview.close()


def test_in_english_the_workbench_reads_its_english(qtbot, tmp_path: Path) -> None:
    window = _bench(qtbot, _copy_example(tmp_path))
    assert window.windowTitle() == "Workbench — cordon_questions.yaml"
    assert window.play_here.text() == "Play from here…"
    assert [d.windowTitle() for d in window.docks] == ["Chosen", "Timeline", "Coverage"]
    assert window.timeline.model.headerData(0, Qt.Orientation.Horizontal) == "Time"
    window.map.select("incident")
    details = window.details.toPlainText()
    assert "Decision (time limit 90s):" in details and "otherwise →" in details
    assert "if flagged personal_data or operational_detail →" in details
    assert window.coverage.run_button.text() == "Run automatic plays"
