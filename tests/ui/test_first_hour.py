"""A recruit's first hour, as they meet the app: a second start on the same computer, going
back to the scenarios after a run, and what the screen says while they play."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from sm_sim.scenario.library import Entry
from sm_sim.ui.kit.settings import Settings
from sm_sim.ui.main_window import MainWindow
from sm_sim.ui.session.clock import SimulatedClockDriver


def _open(qtbot, entries: list[Entry]) -> MainWindow:
    window = MainWindow(entries, Settings(), SimulatedClockDriver)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    return window


def _play_to_the_end(qtbot, window: MainWindow) -> None:
    qtbot.mouseClick(window.start_screen.start_button, Qt.MouseButton.LeftButton)
    session = window.session
    assert session is not None
    compose = window.attempt.compose
    while not session.run.ended:
        assert session.clock.run_until(lambda: compose.decision is not None or session.run.ended)
        if compose.decision is not None:
            compose.select(1)
            if compose.editor.isVisible():
                compose.editor.setPlainText("Thanks for asking. Please call 101 about this.")
            assert compose.submit()
    assert window.stack.currentWidget() is window.debrief


def test_a_second_start_on_the_same_computer_remembers_the_trainee_without_an_error(
        qtbot, example: Entry) -> None:
    """The first run leaves its name in the settings and an attempt in the data folder; the
    second start (one scenario, so its card is chosen for the trainee) opens cleanly."""
    first = _open(qtbot, [example])
    first.start_screen.choose(example.loaded.scenario.id, first.start_screen.selected_mode(),
                              "PC Ada Byron")
    _play_to_the_end(qtbot, first)
    first.close()
    again = _open(qtbot, [example])
    start = again.start_screen
    assert start.name.text() == "PC Ada Byron"
    assert start.selected_entry() is example and start.start_button.isEnabled()


def test_back_to_the_scenarios_after_a_finished_run_opens_a_working_start_screen(
        qtbot, example: Entry) -> None:
    window = _open(qtbot, [example])
    window.start_screen.choose(example.loaded.scenario.id, window.start_screen.selected_mode(),
                               "PC Back Again")
    _play_to_the_end(qtbot, window)
    window.debrief.back_requested.emit()
    assert window.stack.currentWidget() is window.start_screen
    assert window.start_screen.name.text() == "PC Back Again"
    assert window.start_screen.start_button.isEnabled()


def _first_decision(window: MainWindow, example: Entry):
    from sm_sim.ui.session.attempt import Mode
    session = window.start_attempt(example, Mode.PRACTICE, "PC Layout")
    attempt = window.attempt
    assert session.clock.run_until(lambda: attempt.compose.decision is not None)
    return attempt


def _visible_in(widget, area) -> bool:
    """Is ``widget`` wholly inside the visible part of the scroll area ``area``?"""
    top_left = widget.mapTo(area.viewport(), widget.rect().topLeft())
    bottom_right = widget.mapTo(area.viewport(), widget.rect().bottomRight())
    return area.viewport().rect().contains(top_left) and area.viewport().rect().contains(bottom_right)


def test_a_decision_opens_with_its_prompt_and_every_option_in_view_on_a_laptop_screen(
        qtbot, example: Entry) -> None:
    window = _open(qtbot, [example])  # 1366×768
    attempt = _first_decision(window, example)
    compose = attempt.compose
    assert len(compose._buttons) == len(compose.decision.options) >= 4
    for widget in (compose.prompt, *compose._buttons):
        assert _visible_in(widget, attempt.compose_scroll), widget.objectName()
    assert compose.selected() is None  # nothing picked: it is the opening height that counts


def test_the_window_fits_a_1024_by_600_screen_and_the_first_options_show(
        qtbot, example: Entry) -> None:
    window = _open(qtbot, [example])
    assert window.minimumSizeHint().width() <= 1024 and window.minimumSize().height() <= 600
    window.resize(1024, 600)
    attempt = _first_decision(window, example)
    assert window.width() == 1024 and window.height() == 600
    assert attempt.nav.compact and not attempt.bar.brand.name.isVisible()
    compose = attempt.compose
    for widget in (compose.prompt, compose._buttons[0], compose._buttons[1]):
        assert _visible_in(widget, attempt.compose_scroll)
    # nothing is pushed past the window's right edge
    side = attempt.compose_scroll
    assert side.mapTo(window, side.rect().topRight()).x() <= window.width()
    assert compose.width() <= side.viewport().width()


def test_on_a_big_screen_the_feed_is_a_reading_column_in_the_middle(
        qtbot, example: Entry) -> None:
    window = _open(qtbot, [example])
    window.resize(2560, 1440)
    attempt = _first_decision(window, example)
    assert not attempt.nav.compact

    def margins() -> tuple[int, int]:
        left = attempt.body.mapTo(window, attempt.body.rect().topLeft()).x()
        return left, window.width() - (left + attempt.body.width())

    qtbot.waitUntil(lambda: margins()[0] > 300)  # once the layout has run
    left, right = margins()
    assert abs(left - right) <= 4
    assert attempt.home.width() <= 700


def test_running_out_of_time_says_which_option_was_taken(qtbot, example: Entry) -> None:
    window = _open(qtbot, [example])
    attempt = _first_decision(window, example)
    compose, session = attempt.compose, window.session
    decision = compose.decision
    assert decision is not None and decision.time_limit
    default = decision.option(decision.on_timeout).label
    messages: list[str] = []
    attempt.status.connect(messages.append)
    assert session.clock.run_until(lambda: compose.decision is None)
    assert compose.title.text() == "Time ran out"
    assert f"Time ran out — the default was: {default}" in compose.prompt.text()
    assert messages == [f"Time ran out — the default was: {default}"]


def test_keys_keep_working_after_sending_and_tab_reaches_every_option(
        qtbot, example: Entry) -> None:
    from PySide6.QtWidgets import QApplication
    window = _open(qtbot, [example])
    window.activateWindow()
    attempt = _first_decision(window, example)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    assert attempt.home.isAncestorOf(QApplication.focusWidget()) or \
        QApplication.focusWidget() is attempt.home  # the feed, not the inbox, comes first
    compose = attempt.compose
    buttons = compose._buttons
    buttons[0].setFocus()
    for following in buttons[1:]:
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        assert QApplication.focusWidget() is following
    compose.select_id("leave_mary")
    assert compose.submit()
    focused = QApplication.focusWidget()
    assert focused is not None and attempt.isAncestorOf(focused)
    session = window.session
    assert session.clock.run_until(lambda: compose.decision is not None)
    qtbot.keyClick(focused, Qt.Key.Key_1)  # the number keys answer the next decision
    assert compose.selected() is compose.options[0]


def test_the_debrief_reads_result_competencies_and_decisions_before_the_records_card(
        qtbot, example: Entry) -> None:
    window = _open(qtbot, [example])
    window.start_screen.choose(example.loaded.scenario.id, window.start_screen.selected_mode(),
                               "PC Reader")
    _play_to_the_end(qtbot, window)
    page = window.debrief.widget()
    from sm_sim.ui.debrief.charts import CompetencyChart
    from sm_sim.ui.debrief.decision_card import DecisionCard
    chart = page.findChild(CompetencyChart)
    cards = page.findChildren(DecisionCard)
    buttons = window.debrief.export_buttons
    assert chart is not None and cards and buttons

    def top(widget) -> int:
        return widget.mapTo(page, widget.rect().topLeft()).y()

    assert top(chart) < min(top(c) for c in cards) < max(top(c) for c in cards) \
        < min(top(b) for b in buttons.values())


def test_no_countdown_pill_shows_while_no_decision_is_open(qtbot, example: Entry) -> None:
    window = _open(qtbot, [example])
    attempt = _first_decision(window, example)
    assert attempt.compose.countdown.isVisible() and attempt.compose.countdown.text()
    attempt.compose.select_id("leave_mary")
    assert attempt.compose.submit()
    attempt.compose.set_now(window.session.now)
    assert not attempt.compose.countdown.isVisible()


def test_the_start_screen_offers_the_training_day_with_progress_and_what_comes_next(
        qtbot, library: list[Entry], journalled) -> None:
    from sm_sim.scenario import builtin_scenarios_dir
    from sm_sim.scenario.course import load_course
    course = load_course(builtin_scenarios_dir() / "course.yaml").course
    assert course is not None
    morning = course.blocks[0]
    done_id = morning.scenarios[1]  # the example, cordon_questions, second in the morning
    assert done_id == "cordon_questions"
    journalled("PC Day One")  # a finished attempt at it, on record
    window = MainWindow(library, Settings(), SimulatedClockDriver, course=course)
    qtbot.addWidget(window)
    window.show()
    start = window.start_screen
    start.name.setText("PC Day One")
    progress = start.block_progress[morning.id]
    qtbot.waitUntil(lambda: progress.text() == f"1 of {len(morning.scenarios)} done")
    assert start.block_progress[course.blocks[1].id].text().startswith("0 of ")
    first = next(c for c in start.cards if c.entry.loaded.scenario.id == morning.scenarios[0])
    assert "next in the course" in first.facts.text() and first.isChecked()
    start.name.setText("PC Someone Else")  # progress is per trainee
    assert progress.text() == f"0 of {len(morning.scenarios)} done"
    ids = [c.entry.loaded.scenario.id for c in start.cards]
    assert ids[:len(morning.scenarios)] == list(morning.scenarios)  # in the course's order


def test_the_messages_page_says_what_will_arrive_before_any_direct_message(
        qtbot, monkeypatch) -> None:
    from sm_sim.ui.attempt import messages
    view = messages.MessagesView()
    qtbot.addWidget(view)
    view.resize(500, 300)
    said = view.grab().toImage()
    monkeypatch.setattr(messages, "EMPTY", "")
    blank = view.grab().toImage()
    assert said != blank  # the empty page carries words


def test_opening_a_work_message_shows_it_in_a_reader_with_room_to_read(
        qtbot, example: Entry) -> None:
    window = _open(qtbot, [example])
    attempt = _first_decision(window, example)
    inbox = attempt.inbox
    assert inbox.empty.isVisible() and not inbox.list.isVisible() and not inbox.reader.isVisible()
    attempt.compose.select_id("own_words")
    attempt.compose.type_text("He lives at 42 Mill Road")
    assert attempt.compose.submit()
    assert window.session.clock.run_until(lambda: inbox.model.rowCount() > 0)
    assert inbox.list.isVisible() and not inbox.empty.isVisible()
    attempt.side_tabs.setCurrentIndex(0)
    inbox.list.setCurrentIndex(inbox.model.index(0))
    assert inbox.reader.isVisible() and inbox.reader.height() >= 60
    assert "Mill Road" in inbox.reader.toPlainText()


def test_the_window_shows_before_the_library_is_read_and_keeps_what_was_typed(
        qtbot, library: list[Entry], monkeypatch) -> None:
    """The app's start: the window first, saying the library is opening; the cards arrive
    when the scenarios have been checked, and a name typed meanwhile is still there."""
    from sm_sim.ui import main_window
    read: list[list] = []
    monkeypatch.setattr(main_window, "load_library",
                        lambda paths, language="en": read.append(paths) or library)
    window = _open(qtbot, None)  # type: ignore[arg-type]
    screen = window.start_screen
    assert screen.cards == [] and "Opening the scenario library" in screen.library.text()
    assert not screen.start_button.isEnabled()
    screen.name.setText("PC Ada Lovelace")
    with qtbot.waitSignal(window.library_ready):
        window.read_library([])
    assert read == [[]]
    playable = [c for c in screen.cards if c.isEnabled() and c.isVisible()]
    assert len(playable) == sum(e.ok for e in library) > 1
    assert screen.name.text() == "PC Ada Lovelace"
    assert window.course is not None  # the training day's blocks came with the library
    assert screen.block_progress  # and each block shows its progress
    screen.choose("cordon_questions", screen.selected_mode(), "PC Ada Lovelace")
    assert screen.start_button.isEnabled()


def test_a_library_that_cannot_be_read_is_said_in_words_on_the_start_screen(
        qtbot, monkeypatch) -> None:
    from sm_sim.ui import main_window

    def fails(paths: list, language: str = "en") -> list[Entry]:
        raise PermissionError(13, "Permission denied", "/srv/scenarios")

    monkeypatch.setattr(main_window, "load_library", fails)
    window = _open(qtbot, None)  # type: ignore[arg-type]
    with qtbot.waitSignal(window.library_ready):
        window.read_library([])
    assert "could not be read" in window.statusBar().currentMessage()
    assert "/srv/scenarios" in window.statusBar().currentMessage()
    assert window.start_screen.cards == []
    shown = " ".join(w.text() for w in window.start_screen.findChildren(QLabel) if w.isVisible())
    assert "No scenarios found" in shown and "Opening" not in shown
