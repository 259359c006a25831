"""The trainer's workbench on a real scenario file: the map, the details of a box, the
problems, opening a line in the trainer's editor, and reloading when the file is saved."""

from __future__ import annotations

import os
import shutil
import stat
import sys
from pathlib import Path

from PySide6.QtCore import Qt

from sm_sim.engine import events as ev
from sm_sim.scenario import builtin_scenarios_dir
from sm_sim.ui.workbench.coverage import STATE_ROLE
from sm_sim.ui.workbench.window import WorkbenchWindow


def _copy_example(tmp_path: Path) -> Path:
    folder = tmp_path / "work"
    folder.mkdir()
    source = builtin_scenarios_dir()
    shutil.copy(source / "guidance.yaml", folder / "guidance.yaml")
    shutil.copytree(source / "assets", folder / "assets") if (source / "assets").is_dir() else None
    path = folder / "cordon_questions.yaml"
    shutil.copy(source / "cordon_questions.yaml", path)
    return path


def _bench(qtbot, path: Path) -> WorkbenchWindow:
    window = WorkbenchWindow(path)
    qtbot.addWidget(window)
    window.show()
    return window


def test_the_map_shows_every_state_and_a_click_shows_its_decision(qtbot, tmp_path) -> None:
    window = _bench(qtbot, _copy_example(tmp_path))
    scenario = window.scenario
    assert scenario is not None and window.problems.count() == 0
    assert set(window.map.boxes) == {*scenario.states, *scenario.endings}
    window.map.select(scenario.start)
    text = window.details.toPlainText()
    decision = scenario.states[scenario.start].decision
    assert decision is not None and decision.prompt in text
    assert all(o.label in text for o in decision.options)
    assert window.map.find_node("thread turns") is not None


def test_saving_a_broken_file_shows_its_problems_and_keeps_the_map_then_mends(
        qtbot, tmp_path) -> None:
    path = _copy_example(tmp_path)
    window = _bench(qtbot, path)
    good = path.read_text()
    boxes = len(window.map.boxes)
    with qtbot.waitSignal(window.reloaded, timeout=10_000):
        path.write_text(good.replace("goto: ending_trust", "goto: ending_trussst", 1))
    assert window.problems.count() >= 1
    assert "SC030" in window.problems.item(0).text() and "ending_trussst" in window.problems.item(0).text()
    assert "missing" in {b.node.kind for b in window.map.boxes.values()}
    panels = (window.timeline.stale, window.coverage.stale)  # they show the good file's
    assert all(p.isVisibleTo(window) and "last version" in p.text() for p in panels)
    with qtbot.waitSignal(window.reloaded, timeout=10_000):
        path.write_text(good)
    assert not any(p.isVisibleTo(window) for p in panels)
    with qtbot.waitSignal(window.reloaded, timeout=10_000):
        path.write_text("states: [half written")
    assert window.problems.count() >= 1 and "last good one" in window.status.text()
    assert len(window.map.boxes) >= boxes  # the last map stays on screen
    assert all(p.isVisibleTo(window) for p in panels)
    with qtbot.waitSignal(window.reloaded, timeout=10_000):
        path.write_text(good)
    assert window.problems.count() == 0 and len(window.map.boxes) == boxes
    assert not any(p.isVisibleTo(window) for p in panels)


def test_a_problem_opens_the_file_at_its_line_in_the_trainers_editor(
        qtbot, tmp_path, monkeypatch) -> None:
    path = _copy_example(tmp_path)
    path.write_text(path.read_text().replace("goto: ending_trust", "goto: nope", 1))
    said = tmp_path / "editor-args.txt"
    editor = tmp_path / "editor.py"
    editor.write_text(f"import sys\nopen({str(said)!r}, 'w').write(' '.join(sys.argv[1:]))\n")
    editor.chmod(editor.stat().st_mode | stat.S_IXUSR)
    monkeypatch.setenv("VISUAL", f"{sys.executable} {editor}")
    window = _bench(qtbot, path)
    item = window.problems.item(0)
    line = item.text().split(",")[0].removeprefix("line ")  # "line 48, column 17: …"
    window.problems.itemActivated.emit(item)
    qtbot.waitUntil(said.exists, timeout=10_000)
    assert said.read_text() == f"+{line} {path}"
    assert os.environ["VISUAL"].startswith(sys.executable)


def test_the_start_screen_makes_and_opens_scenarios_and_remembers_them_next_time(
        qtbot, window, tmp_path, monkeypatch) -> None:
    from sm_sim.ui.dialogs import questions
    from sm_sim.ui.kit.settings import Settings
    from sm_sim.ui.main_window import MainWindow
    from sm_sim.ui.session.clock import SimulatedClockDriver
    target = tmp_path / "Late shift question.yaml"
    monkeypatch.setattr(questions, "ask_new_scenario", lambda parent: target)
    window.start_screen.new_action.trigger()
    [bench] = window.workbenches
    qtbot.addWidget(bench)
    made = tmp_path / "late_shift_question.yaml"
    assert bench.path == made and made.is_file()
    assert bench.problems.count() == 0 and len(bench.map.boxes) == 3  # a state, two endings
    bench.close()
    assert window.workbenches == [] or not window.workbenches[0].isVisible()
    again = MainWindow(window.entries, Settings(), SimulatedClockDriver)  # a second start
    qtbot.addWidget(again)
    menu = again.start_screen.open_button.menu()
    assert menu is not None and made.name in [a.text() for a in menu.actions()]
    action = next(a for a in menu.actions() if a.text() == made.name)
    action.trigger()
    assert again.workbenches and again.workbenches[-1].path == made
    for opened in again.workbenches:
        qtbot.addWidget(opened)


def test_play_from_a_middle_state_with_a_variable_set_records_nothing(qtbot, tmp_path) -> None:
    from sm_sim.records import attempts_dir
    from sm_sim.ui.preview import PreviewWindow
    from sm_sim.ui.session.clock import SimulatedClockDriver
    from sm_sim.ui.workbench.preview import StartValues
    window = WorkbenchWindow(_copy_example(tmp_path), clock=SimulatedClockDriver, preview=PreviewWindow)
    qtbot.addWidget(window)
    window.show()
    assert not window.play_here.isEnabled()  # nothing chosen yet
    window.map.select("pressure")
    assert window.play_here.isEnabled() and "pressure" in window.play_here.text()
    window.play_here.click()
    ask = window.findChild(StartValues)
    assert ask is not None and ask.isVisible()
    ask.values["public_trust"].setValue(20)
    ask.play.click()
    preview = window.preview
    assert preview is not None and preview.isVisible()
    assert "not recorded" in preview.windowTitle()
    run = preview.session.run
    assert run.current == "pressure" and run.state.variables["public_trust"] == 20
    compose = preview.view.compose
    assert preview.session.clock.run_until(lambda: compose.decision is not None)
    assert compose.decision.id == "pressure"
    assert compose.select_id("report_and_escalate") and compose.submit()
    with qtbot.waitSignal(preview.ended, timeout=10_000) as said:
        while not run.ended:  # answer what comes next with its first fixed option
            preview.session.clock.run_until(lambda: compose.decision is not None or run.ended)
            if compose.decision is not None:
                compose.select_id(next(o.id for o in compose.options if not o.free_text))
                compose.submit()
    assert said.args[0].startswith("Preview ended:")
    assert preview.session.journal is None
    assert not attempts_dir().exists() or not any(attempts_dir().iterdir())
    preview.close()
    assert not preview.session.clock.active


def test_a_file_with_errors_cannot_be_previewed(qtbot, tmp_path) -> None:
    path = _copy_example(tmp_path)
    path.write_text(path.read_text().replace("goto: ending_trust", "goto: ending_trussst", 1))
    from sm_sim.ui.preview import PreviewWindow
    window = WorkbenchWindow(path, preview=PreviewWindow)
    qtbot.addWidget(window)
    window.show()
    window.map.select("pressure")
    assert window.play_here.isVisible() and not window.play_here.isEnabled()


def test_the_timeline_follows_the_best_play_and_a_row_chooses_its_state(qtbot, tmp_path) -> None:
    from sm_sim.engine.timeline import timeline
    window = _bench(qtbot, _copy_example(tmp_path))
    panel = window.timeline
    expected = timeline(window.scenario, "best")
    assert tuple(panel.model.rows) == expected.rows and panel.strip.found == expected
    table = panel.table
    later = next(n for n, r in enumerate(expected.rows) if r.state != window.scenario.start)
    row = table.model().mapFromSource(panel.model.index(later, 4))
    table.clicked.emit(row)
    chosen = expected.rows[later].state
    assert [b.node.id for b in window.map.boxes.values() if b.isSelected()] == [chosen]
    assert window.details.toPlainText().startswith(window.story.node(chosen).title)
    assert panel.found == expected  # choosing from the list leaves the path as it is
    strip = panel.strip
    shape = strip._shape(0, expected.rows[0])
    qtbot.mouseClick(strip, Qt.MouseButton.LeftButton, pos=shape.center().toPoint())
    assert window.map.boxes[expected.rows[0].state].isSelected()
    table.sortByColumn(2, Qt.SortOrder.AscendingOrder)  # by kind
    kinds = [table.model().index(r, 2).data() for r in range(table.model().rowCount())]
    assert kinds == sorted(kinds, key=str.casefold)


def test_the_timeline_goes_to_the_state_chosen_on_the_map_and_reloads(qtbot, tmp_path) -> None:
    path = _copy_example(tmp_path)
    window = _bench(qtbot, path)
    panel = window.timeline
    panel.path.setCurrentIndex(2)  # to the state chosen on the map
    assert panel.model.rows == [] and "Choose a state" in panel.summary.text()
    window.map.select("public_pile_on")
    assert panel.found is not None and panel.found.path == "public_pile_on"
    assert "public_pile_on" in {r.state for r in panel.model.rows if r.kind == "state"}
    with qtbot.waitSignal(panel.refreshed, timeout=10_000):
        path.write_text(path.read_text().replace("public_pile_on", "pile_up"))
    assert "is not a state or ending" in panel.summary.text() and panel.model.rows == []
    window.map.select("pile_up")
    assert panel.found is not None and panel.found.reached


def test_coverage_after_the_automatic_plays_marks_their_states_visited(qtbot, tmp_path) -> None:
    from sm_sim.engine.coverage import automatic_plays
    from sm_sim.scoring.reachable import reachable_scores
    path = _copy_example(tmp_path)
    window = _bench(qtbot, path)
    panel = window.coverage
    qtbot.waitUntil(lambda: panel.reachable is not None, timeout=20_000)
    assert all(box.opacity() == 1.0 for box in window.map.boxes.values())  # nothing played yet
    panel.randoms.setValue(0)
    with qtbot.waitSignal(panel.plays_done, timeout=20_000):
        panel.run_button.click()
        assert not panel.run_button.isEnabled()
    played = automatic_plays(window.scenario, 0)
    entered = {e.state for run in played for e in run if isinstance(e, ev.StateEntered)}
    entered |= {e.ending for run in played for e in run if isinstance(e, ev.RunEnded)}
    for node_id, box in window.map.boxes.items():
        assert (box.opacity() == 1.0) == (node_id in entered), node_id
    items = [panel.unvisited.item(i) for i in range(panel.unvisited.count())]
    states = {i.data(STATE_ROLE) for i in items if i.text().startswith(("state ", "ending "))}
    assert states == {*window.scenario.states, *window.scenario.endings} - entered
    assert panel.summary.text().startswith(f"states {len(entered)}/")
    option = next(i for i in items if i.text().startswith("option "))
    panel.unvisited.itemClicked.emit(option)
    assert window.map.boxes[option.data(STATE_ROLE)].isSelected()
    found = reachable_scores(window.scenario)
    shown = {panel.scores.item(r, 0).text(): (panel.scores.item(r, 1).text(),
                                             panel.scores.item(r, 2).text())
             for r in range(panel.scores.rowCount())}
    assert shown == {window.guidance.competency_title(n): (f"{w}% ({found.points[n][0]:+d})",
                                                          f"{b}% ({found.points[n][1]:+d})")
                     for n, (w, b) in found.competencies.items()}
    renamed = next(iter(entered - {window.scenario.start} - set(window.scenario.endings)))
    with qtbot.waitSignal(window.reloaded, timeout=10_000):
        path.write_text(path.read_text().replace(renamed, "renamed_state"))
    assert panel.coverage.places == entered - {renamed}
    assert window.map.boxes["renamed_state"].opacity() < 1.0


def test_a_preview_counts_in_coverage_and_is_not_recorded(qtbot, tmp_path) -> None:
    from sm_sim.records import attempts_dir
    from sm_sim.ui.preview import PreviewWindow
    from sm_sim.ui.session.clock import SimulatedClockDriver
    window = WorkbenchWindow(_copy_example(tmp_path), clock=SimulatedClockDriver, preview=PreviewWindow)
    qtbot.addWidget(window)
    window.show()
    preview = window.play_from("pressure", {})
    compose = preview.view.compose
    assert preview.session.clock.run_until(lambda: compose.decision is not None)
    assert compose.select_id("report_and_escalate") and compose.submit()
    coverage = window.coverage.coverage
    assert coverage.plays == 1 and "pressure" in coverage.places
    assert ("pressure", "report_and_escalate") in coverage.options
    assert window.map.boxes["pressure"].opacity() == 1.0
    assert window.map.boxes[window.scenario.start].opacity() < 1.0  # the preview began later
    assert preview.session.journal is None
    assert not attempts_dir().exists() or not any(attempts_dir().iterdir())
    preview.close()
