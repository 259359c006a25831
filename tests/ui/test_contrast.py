"""Colour contrast (WCAG 2.2): every text colour on every background each theme draws it on,
text on filled colours, and the marks that must stand out (a field's edge, the focus ring);
the style sheet and the painted parts use only tokens those pairs cover; and in high
contrast every control the Tab key reaches shows the yellow focus ring."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QWidget

from sm_sim.ui.kit import appearance, theme
from sm_sim.ui.kit.appearance import Appearance
from sm_sim.ui.main_window import MainWindow
from sm_sim.ui.session.attempt import Mode

UI = Path(__file__).resolve().parents[2] / "src" / "sm_sim" / "ui"
THEMES = list(theme.THEMES.values())


def _luminance(colour: str) -> float:
    def channel(value: int) -> float:
        c = value / 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4
    q = QColor(colour)
    return 0.2126 * channel(q.red()) + 0.7152 * channel(q.green()) + 0.0722 * channel(q.blue())


def contrast(a: str, b: str) -> float:
    """WCAG's contrast ratio, 1 to 21."""
    high, low = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def test_the_contrast_ratio_is_wcags() -> None:
    assert contrast("#000000", "#ffffff") == pytest.approx(21.0)
    assert contrast("#777777", "#ffffff") == pytest.approx(4.48, abs=0.01)


@pytest.mark.parametrize("look", THEMES, ids=lambda t: t.name)
def test_text_stands_out_from_every_background(look: theme.Theme) -> None:
    weak = [f"{fg} on {bg}: {contrast(getattr(look, fg), getattr(look, bg)):.2f}"
            for fg in theme.TEXT for bg in theme.SURFACES
            if contrast(getattr(look, fg), getattr(look, bg)) < look.text_contrast]
    weak += [f"{fg} on {bg}: {contrast(getattr(look, fg), getattr(look, bg)):.2f}"
             for fg, bg in theme.ON_FILL.items()
             if contrast(getattr(look, fg), getattr(look, bg)) < look.text_contrast]
    assert not weak, f"{look.name} needs {look.text_contrast}:1 — {weak}"


@pytest.mark.parametrize("look", THEMES, ids=lambda t: t.name)
def test_edges_and_the_focus_ring_stand_out_3_to_1(look: theme.Theme) -> None:
    weak = [f"{mark} on {bg}: {contrast(getattr(look, mark), getattr(look, bg)):.2f}"
            for mark in look.marks() for bg in theme.SURFACES
            if contrast(getattr(look, mark), getattr(look, bg)) < 3.0]
    assert not weak, f"{look.name}: {weak}"
    assert look.focus != look.accent, "the ring must differ from what marks a chosen item"


def _rules(sheet: str) -> list[tuple[str, dict[str, str]]]:
    sheet = re.sub(r"/\*.*?\*/", "", sheet, flags=re.S)
    rules = []
    for selector, body in re.findall(r"([^{}]+)\{([^{}]*)\}", sheet):
        declarations = {}
        for part in body.split(";"):
            if ":" in part:
                name, value = part.split(":", 1)
                declarations[name.strip()] = value.strip()
        rules.append((" ".join(selector.split()), declarations))
    return rules


def test_the_style_sheet_draws_only_pairs_the_themes_check() -> None:
    """A colour the sheet writes as a number, or a text colour on a background no test pairs
    it with, would escape the contrast tests above."""
    template = (theme.style_dir() / "chirrup.qss").read_text(encoding="utf-8")
    paired = {**{t: set(theme.SURFACES) for t in theme.TEXT},
              **{t: {bg} for t, bg in theme.ON_FILL.items()}}
    backgrounds = {*theme.SURFACES, *theme.ON_FILL.values(), "transparent"}
    for selector, declarations in _rules(template):
        for name, value in declarations.items():
            assert not re.search(r"#[0-9a-fA-F]{3,8}\b|rgba?\(", value), f"{selector} {name}: {value}"
        if ":disabled" in selector:  # inactive controls are exempt (WCAG 1.4.3)
            continue
        colour = declarations.get("color", "").removeprefix("@")
        background = declarations.get("background", "@window").split()[0].removeprefix("@")
        if background.startswith("qradialgradient") or ("::handle" in selector and not colour):
            continue  # a radio button's dot; a scroll bar's or splitter's handle holds no text
        assert background in backgrounds, f"{selector}: text may not sit on {background}"
        if colour:
            assert colour in paired, f"{selector}: {colour} is no text colour"
            fill = background if background in theme.ON_FILL.values() else None
            assert fill is None or (colour in theme.ON_FILL and theme.ON_FILL[colour] == fill), \
                f"{selector}: {colour} on {background}"


def test_painted_parts_use_only_classified_tokens() -> None:
    """Every token the painted parts ask a theme for is one the contrast tests cover."""
    known = {*theme.SURFACES, *theme.TEXT, *theme.ON_FILL, *theme.MARKS, "border"}
    used: set[str] = set()
    for path in UI.rglob("*.py"):
        source = path.read_text(encoding="utf-8")
        used |= set(re.findall(r"\.color\(\"([a-z_]+)\"\)", source))
        used |= set(re.findall(r"(?:theme|current\(\))\.(window|surface|card|border|edge|text|muted|"
                               r"accent_text|accent|focus|like|repost|good|warn|bad|on_bad|hover|own)\b",
                               source))
    assert used, "the search found no painted colours at all"
    assert used <= known, used - known


# -- the focus ring ---------------------------------------------------------------------------
def _ring_pixels(image: QImage, colour: QColor) -> int:
    count = 0
    for y in range(image.height()):
        for x in range(image.width()):
            c = image.pixelColor(x, y)
            if abs(c.red() - colour.red()) + abs(c.green() - colour.green()) \
                    + abs(c.blue() - colour.blue()) < 40:
                count += 1
    return count


def _tab_chain(start: QWidget) -> list[QWidget]:
    chain, widget = [], start
    while True:
        chain.append(widget)
        widget = widget.nextInFocusChain()
        while not (widget.isVisible() and widget.isEnabled() and widget.focusProxy() is None
                   and widget.focusPolicy() & Qt.FocusPolicy.TabFocus):  # a proxy's own is its
            widget = widget.nextInFocusChain()
        if widget is start or widget in chain:
            return chain


def _without_ring(qtbot, window: MainWindow, first: QWidget) -> list[str]:
    """Every control the Tab key reaches from ``first`` that shows no ring when focused."""
    focus = QColor(theme.current().focus)
    missing = []
    for widget in _tab_chain(first):
        window.setFocus()
        before = _ring_pixels(widget.grab().toImage(), focus)
        widget.setFocus(Qt.FocusReason.TabFocusReason)
        qtbot.waitUntil(widget.hasFocus)
        ring = _ring_pixels(widget.grab().toImage(), focus) - before
        side = min(widget.width(), widget.height())
        if ring < 2 * side:  # at least the two short sides of a ring round it
            missing.append(f"{type(widget).__name__} {widget.objectName()!r}")
    return missing


@pytest.fixture
def contrast_window(window: MainWindow, qapp) -> MainWindow:
    appearance.apply(qapp, Appearance("contrast"))
    window.activateWindow()
    return window


def test_every_control_on_the_start_screen_shows_a_focus_ring(qtbot, contrast_window) -> None:
    start = contrast_window.start_screen
    missing = _without_ring(qtbot, contrast_window, start.name)
    assert not missing, missing


def test_every_control_of_an_attempt_shows_a_focus_ring(qtbot, contrast_window, example) -> None:
    session = contrast_window.start_attempt(example, Mode.PRACTICE, "PC Keys")
    attempt = contrast_window.attempt
    assert session.clock.run_until(lambda: attempt.compose.decision is not None
                                   and attempt.home.feed.rowCount() >= 2)
    attempt.compose.select(1)
    missing = _without_ring(qtbot, contrast_window, attempt.home)
    assert not missing, missing
