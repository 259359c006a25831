"""Text from a scenario file is text: a hostile scenario whose every line carries markup is
played through the real window, and no widget that shows its words renders that markup."""

from __future__ import annotations

from pathlib import Path

import yaml
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QLabel, QWidget

from sm_sim.scenario import builtin_scenarios_dir
from sm_sim.scenario.library import load_library
from sm_sim.ui.kit.settings import Settings
from sm_sim.ui.main_window import MainWindow
from sm_sim.ui.session.attempt import Mode
from sm_sim.ui.session.clock import SimulatedClockDriver

MARK = "<h1>!</h1>"  # renders as a heading wherever a label guesses rich text


def _poison(node: object, key: str = "") -> object:
    """Every piece of prose gets the markup; ids, handles, numbers and paths stay as they are."""
    prose = {"title", "summary", "prompt", "hint", "label", "name", "text", "feedback", "bio",
             "subject", "headline", "placeholder", "exemplar"}
    if isinstance(node, dict):
        return {k: _poison(v, k) for k, v in node.items()}
    if isinstance(node, list):
        return [_poison(v, key) for v in node]
    if isinstance(node, str) and key in prose:
        return f"{node} {MARK}"
    return node


def _hostile(tmp_path: Path) -> Path:
    source = builtin_scenarios_dir()
    data = yaml.safe_load((source / "cordon_questions.yaml").read_text())
    folder = tmp_path / "hostile"
    folder.mkdir()
    (folder / "guidance.yaml").write_text((source / "guidance.yaml").read_text())
    (folder / "assets").symlink_to(source / "assets") if (source / "assets").exists() else None
    path = folder / "cordon_questions.yaml"
    path.write_text(yaml.safe_dump(_poison(data), allow_unicode=True, sort_keys=False))
    return path


def _rendering_markup(root: QWidget) -> list[str]:
    found = []
    for label in root.findChildren(QLabel):
        if MARK in label.text() and label.textFormat() != Qt.TextFormat.PlainText:
            found.append(f"{label.objectName() or type(label.parent()).__name__}: {label.text()[:60]}")
    return found


def test_no_widget_renders_markup_from_a_scenario_file(qtbot, tmp_path: Path) -> None:
    entries = load_library([_hostile(tmp_path)])
    entry = next(e for e in entries if e.path.parent.name == "hostile")
    assert entry.ok, entry.problem()
    window = MainWindow([entry], Settings(), SimulatedClockDriver)
    qtbot.addWidget(window)
    window.show()
    assert _rendering_markup(window) == []  # the start screen's card
    session = window.start_attempt(entry, Mode.PRACTICE, "PC <i>Tags</i>")
    compose = window.attempt.compose
    seen_markup = False
    while not session.run.ended:
        assert session.clock.run_until(lambda: compose.decision is not None or session.run.ended,
                                       step=2.0)
        if session.run.ended:
            break
        compose.select(1)
        seen_markup = seen_markup or any(MARK in b.accessibleName() for b in
                                         window.findChildren(QAbstractButton))
        assert _rendering_markup(window) == []  # the bar, the prompt, hint and options
        if compose.editor.isVisible():
            compose.editor.setPlainText("Thanks, please call 101.")
        assert compose.submit()
    assert seen_markup  # the poisoned words did reach the screen
    assert window.stack.currentWidget() is window.debrief
    assert _rendering_markup(window) == []  # the debrief


def test_the_workbenchs_timeline_and_coverage_show_markup_as_text(qtbot, tmp_path: Path) -> None:
    from sm_sim.ui.workbench.window import WorkbenchWindow
    window = WorkbenchWindow(_hostile(tmp_path))
    qtbot.addWidget(window)
    window.show()
    coverage = window.coverage
    coverage.randoms.setValue(1)
    with qtbot.waitSignal(coverage.plays_done, timeout=20_000):
        coverage.run_plays()
    qtbot.waitUntil(lambda: coverage.reachable is not None, timeout=20_000)
    shown = [window.timeline.model.index(r, 4).data() for r in range(window.timeline.model.rowCount())]
    assert any(MARK in text for text in shown)  # the poisoned words reached the list, as text
    assert any(MARK in coverage.unvisited.item(i).text() for i in range(coverage.unvisited.count()))
    assert _rendering_markup(window) == []
