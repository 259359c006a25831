"""The bar over an attempt: the app's mark, the scenario, the simulated clock, pause and speed
(Practice only) and, in Practice, the live public-trust and internal-risk gauges (on a row
of their own when large text leaves them no room beside the rest)."""

from __future__ import annotations

from PySide6.QtCore import QSize, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QButtonGroup, QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ...engine.events import clock_text
from ..kit import icons
from ..kit.brand import brand
from ..kit.elided import ElidedLabel
from ..kit.language import QT_TRANSLATE_NOOP, translate
from ..kit.spoken import duration
from ..session.attempt import Mode
from .side_widgets import Gauge

MODES = {"practice": QT_TRANSLATE_NOOP("AttemptBar", "Practice"),
         "assessment": QT_TRANSLATE_NOOP("AttemptBar", "Assessment")}


class AttemptBar(QFrame):
    pause_toggled = Signal(bool)
    speed_chosen = Signal(float)

    def __init__(self, title: str, mode: Mode, variables: dict[str, float],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("attemptBar")
        column = self._column = QVBoxLayout(self)
        column.setContentsMargins(16, 8, 16, 8)
        column.setSpacing(6)
        row = self._top = QHBoxLayout()
        row.setSpacing(12)
        self._gauge_row = QHBoxLayout()
        self._gauge_row.setSpacing(12)
        column.addLayout(row)
        column.addLayout(self._gauge_row)
        self.brand = brand(self)
        row.addWidget(self.brand)
        self.title = ElidedLabel(title, self, objectName="barTitle")
        self.title.setToolTip(title)
        row.addWidget(self.title, 1)
        self.gauges: dict[str, Gauge] = {}
        if mode.gauges:
            for name, label, good_high in (("public_trust", self.tr("Public trust"), True),
                                           ("internal_risk", self.tr("Internal risk"), False)):
                gauge = Gauge(label, good_high, variables.get(name, 0.0), self)
                self.gauges[name] = gauge
                row.addWidget(gauge)
        self.mode = QLabel(translate("AttemptBar", MODES.get(mode.value, mode.title)), self,
                           objectName="modeChip")
        self.mode.setProperty("assessment", mode is Mode.ASSESSMENT)
        row.addWidget(self.mode)
        self.clock = QLabel("00:00", self, objectName="simClock")
        self.clock.setAccessibleName(self._clock_name(0))
        row.addWidget(self.clock)
        self.pause = QPushButton(self, objectName="iconButton")
        self.pause.setCheckable(True)
        self.pause.setAccessibleName(self.tr("Pause"))
        self.pause.setToolTip(self.tr("Pause or resume (P)"))
        self.pause.toggled.connect(self._on_pause_toggled)
        self._pause_icon = icons.Tint(self.pause, "pause", "text")
        self.pause.setVisible(mode.can_pause)
        self._on_pause_toggled(False)
        row.addWidget(self.pause)
        self._speeds = QButtonGroup(self)
        for speed in mode.speeds if len(mode.speeds) > 1 else ():
            button = QPushButton(f"{speed:g}×", self, objectName="segment")
            button.setCheckable(True)
            button.setChecked(speed == 1.0)
            button.setAccessibleName(self.tr("Speed {speed} times").format(speed=f"{speed:g}"))
            button.clicked.connect(lambda _=False, s=speed: self.speed_chosen.emit(s))
            self._speeds.addButton(button)
            row.addWidget(button)

    def set_compact(self, compact: bool) -> None:
        """A narrow window: the mark without the app's name, so the scenario title fits."""
        self.brand.set_compact(compact)
        self._place_gauges()

    def _place_gauges(self) -> None:
        """Beside the title when everything fits in one row, else on a row of their own."""
        gauges = list(self.gauges.values())
        if not gauges:
            return
        below = self._gauge_row.indexOf(gauges[0]) >= 0
        rest = self._top.minimumSize().width()
        if not below:
            rest -= sum(g.minimumSizeHint().width() + self._top.spacing() for g in gauges)
        wanted = rest + sum(g.minimumSizeHint().width() + self._top.spacing() for g in gauges)
        margins = self._column.contentsMargins()
        fits = wanted <= self.width() - margins.left() - margins.right()
        if fits == below:
            for number, gauge in enumerate(gauges):
                if fits:
                    self._top.insertWidget(self._top.indexOf(self.title) + 1 + number, gauge)
                else:
                    self._gauge_row.addWidget(gauge)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._place_gauges()

    def minimumSizeHint(self) -> QSize:
        """As narrow as the top row without its gauges, which move to a row of their own when
        there is less room: else a window opened wide could never be made narrower (the
        gauges only move on a resize, and the row with them would forbid it)."""
        hint = super().minimumSizeHint()
        beside = [g.minimumSizeHint().width() for g in self.gauges.values()
                  if self._top.indexOf(g) >= 0]
        if not beside:
            return hint
        margins = self._column.contentsMargins()
        below = sum(beside) + self._gauge_row.spacing() * (len(beside) - 1)
        return QSize(max(hint.width() - sum(beside) - self._top.spacing() * len(beside),
                         below + margins.left() + margins.right()), hint.height())

    def set_now(self, now: float) -> None:
        text = clock_text(now)
        if text != self.clock.text():
            self.clock.setText(text)
            self.clock.setAccessibleName(self._clock_name(now))

    def _clock_name(self, now: float) -> str:
        return self.tr("Time into the scenario: {time}").format(time=duration(now))

    def set_variable(self, name: str, value: float) -> None:
        if name in self.gauges:
            self.gauges[name].set_value(value)

    def _on_pause_toggled(self, paused: bool) -> None:
        self._pause_icon.show("play" if paused else "pause")
        self.pause.setAccessibleName(self.tr("Resume") if paused else self.tr("Pause"))
        self.pause_toggled.emit(paused)

