"""The Appearance dialog: opened from the start screen's button or Ctrl+Shift+A, each change
applies at once to every open window and is remembered, so the next run starts with it;
and reduced motion holds the feed still while posts arrive."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QLabel, QPushButton

from sm_sim.ui.app import style_application
from sm_sim.ui.dialogs.appearance import AppearanceDialog
from sm_sim.ui.feed.model import FeedModel, Role
from sm_sim.ui.feed.store import FeedStore
from sm_sim.ui.feed.view import FeedView
from sm_sim.ui.kit import appearance, theme
from sm_sim.ui.kit.appearance import Appearance
from sm_sim.ui.kit.settings import Settings
from sm_sim.ui.main_window import MainWindow
from sm_sim.ui.session.attempt import Mode
from sm_sim.ui.workbench.window import WorkbenchWindow

from .helpers import play_through
from .test_feed import post


def _icon_colour(button) -> QColor:  # type: ignore[no-untyped-def]
    """The colour of a tinted icon's most opaque pixel."""
    image = button.icon().pixmap(button.iconSize()).toImage()
    pixels = [image.pixelColor(x, y) for x in range(image.width()) for y in range(image.height())]
    return max(pixels, key=lambda c: c.alpha())


def test_the_start_screen_button_opens_the_dialog_by_keyboard(qtbot, window: MainWindow) -> None:
    button = window.start_screen.appearance_button
    assert button.focusPolicy() & Qt.FocusPolicy.TabFocus and "Appearance" in button.text()
    button.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(button, Qt.Key.Key_Space)
    dialog = window.appearance_dialog
    assert isinstance(dialog, AppearanceDialog) and dialog.isVisible()
    dialog.close()
    qtbot.waitUntil(lambda: window.appearance_dialog is None)


def test_the_shortcut_opens_the_dialog_during_an_attempt(qtbot, window: MainWindow, example) -> None:
    window.start_attempt(example, Mode.PRACTICE, "PC Keys")
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window.attempt.home, Qt.Key.Key_A,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert window.appearance_dialog is not None and window.appearance_dialog.isVisible()
    assert window.edit_appearance() is window.appearance_dialog  # one dialog, brought forward
    window.appearance_dialog.close()


def test_changes_apply_to_every_open_window_and_the_next_run_starts_with_them(
        qtbot, qapp, window: MainWindow, example) -> None:
    window.start_attempt(example, Mode.PRACTICE, "PC Keys")
    bench = WorkbenchWindow(example.path)
    qtbot.addWidget(bench)
    bench.show()
    home = window.attempt.nav.buttons["home"]
    small = home.font().pointSizeF()
    dialog = window.edit_appearance()
    dialog.theme_buttons["contrast"].click()
    dialog.text_size.setCurrentIndex(dialog.text_size.findText("150%"))
    dialog.reduce_motion.click()
    assert theme.current() is theme.CONTRAST and appearance.current().reduce_motion
    for shown in (window, bench):  # both windows, the map's boxes and the attempt's icons
        assert shown.palette().color(QPalette.ColorRole.Window) == QColor(theme.CONTRAST.window)
    decision = next(b for b in bench.map.boxes.values() if b.node.kind == "decision")
    assert decision.brush().color() == QColor(theme.CONTRAST.card)
    assert home.font().pointSizeF() == small * 1.5
    assert _icon_colour(home) == QColor(theme.CONTRAST.text)
    dialog.close()
    # The next run: a fresh start with the remembered settings.
    appearance.apply(qapp, Appearance())
    style_application(qapp, Settings())
    assert appearance.current() == Appearance("contrast", 1.5, True)
    assert theme.current() is theme.CONTRAST


def test_restore_defaults_goes_back_to_the_system_look(qtbot, window: MainWindow) -> None:
    dialog = window.edit_appearance()
    dialog.choose(Appearance("dark", 2.0, True))
    assert Settings().appearance == Appearance("dark", 2.0, True)
    defaults = [b for b in dialog.findChildren(QPushButton) if b.text() == "&Restore defaults"]
    assert len(defaults) == 1
    defaults[0].click()
    assert appearance.current() == Appearance() and Settings().appearance == Appearance()
    dialog.close()


def test_automatic_follows_a_desktop_set_to_high_contrast(monkeypatch) -> None:
    assert theme.pick("auto") is not theme.CONTRAST  # the test desktop asks for none
    monkeypatch.setattr(theme, "system_wants_contrast", lambda: True)
    assert theme.pick("auto") is theme.CONTRAST
    assert theme.pick("light") is theme.LIGHT  # a reader's own choice stands


def test_odd_remembered_values_fall_back_to_the_defaults() -> None:
    settings = Settings()
    settings.store.setValue("appearance/theme", "neon")
    settings.store.setValue("appearance/text_scale", "huge")
    assert settings.appearance == Appearance()
    settings.store.setValue("appearance/text_scale", "1.3")
    assert settings.appearance.text_scale == 1.25  # the nearest size the dialog offers


# -- reduced motion ---------------------------------------------------------------------------
def _feed(qtbot, count: int) -> tuple[FeedView, FeedStore]:  # type: ignore[no-untyped-def]
    store = FeedStore("@EastbridgeNPT")
    view = FeedView(FeedModel(store))
    qtbot.addWidget(view)
    view.resize(500, 400)
    view.show()
    for n in range(count):
        store.add_post(post(n))
    store.flush(1.0)
    return view, store


def _first_shown(view: FeedView) -> str:
    return str(view.indexAt(QPoint(5, 5)).data(Role.POST_ID))


def test_a_burst_scrolls_the_top_of_the_feed_when_motion_is_not_reduced(qtbot) -> None:
    view, store = _feed(qtbot, 10)
    assert _first_shown(view) == "c9"
    for n in range(10, 15):
        store.add_post(post(n))
    store.flush(2.0)
    qtbot.waitUntil(lambda: _first_shown(view) == "c14")  # the newest, at once
    assert view.unseen == 0


def test_with_motion_reduced_a_burst_waits_behind_the_new_posts_pill(qtbot, qapp) -> None:
    appearance.apply(qapp, Appearance("light", reduce_motion=True))
    view, store = _feed(qtbot, 10)
    assert _first_shown(view) == "c9"  # an empty feed fills as usual
    for n in range(10, 15):
        store.add_post(post(n, kind="reply", reply_to="c1"))
    store.flush(2.0)
    assert view.unseen == 5
    qtbot.waitUntil(lambda: view.verticalScrollBar().value() > 0)
    assert _first_shown(view) == "c9"  # what was being read has not moved
    pill = view.findChild(QPushButton, "newPostsPill")
    assert pill.isVisible() and pill.text() == "5 new posts"
    pill.click()
    assert view.unseen == 0 and not pill.isVisible() and _first_shown(view) == "c14"
    assert not QApplication.isEffectEnabled(Qt.UIEffect.UI_AnimateMenu)


def test_coloured_words_take_a_new_theme_s_colours(qtbot, qapp, window: MainWindow,
                                                   example) -> None:
    """The debrief's cards and an open message colour some words in rich text: a new theme
    draws them again, so no light theme's dark red is left on a black page."""
    window.start_attempt(example, Mode.PRACTICE, "PC Keys")
    play_through(window)

    def metas() -> str:
        return " ".join(label.text() for label in window.debrief.findChildren(QLabel)
                        if label.objectName() == "cardMeta")
    light = {QColor(getattr(theme.LIGHT, t)).name() for t in ("good", "warn", "bad")}
    assert any(colour in metas() for colour in light)
    appearance.apply(qapp, Appearance("contrast"))
    contrast = {QColor(getattr(theme.CONTRAST, t)).name() for t in ("good", "warn", "bad")}
    assert any(colour in metas() for colour in contrast)
    assert not any(colour in metas() for colour in light)
