"""The timeline's time-axis strip: moments as ticks along the top, bursts and decisions as
bars beneath, one lane each where they overlap, so what runs at once stands stacked. A
click on a tick or bar says which row it is (``row_clicked``)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QHelpEvent, QMouseEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from ...engine.timeline import Row, Timeline, clock
from ..kit.language import say, translate
from ..kit.theme import current, plain_tip

MARGIN, TICK, LANE, AXIS = 14.0, 11.0, 9.0, 18.0
COLOURS = {"decision": "accent", "answer": "accent", "timeout": "bad", "crowd burst": "warn",
           "mention": "like", "DM": "repost", "internal message": "warn", "reaction": "muted",
           "ending": "good", "state": "border"}


def lanes(rows: tuple[Row, ...]) -> dict[int, int]:
    """Each span's lane (by row index): the first lane free when it starts."""
    ends: list[float] = []
    found: dict[int, int] = {}
    for number, row in enumerate(rows):
        if row.until is None or not row.lands:
            continue
        lane = next((i for i, end in enumerate(ends) if end <= row.at), len(ends))
        ends[lane:lane + 1] = [row.until]
        found[number] = lane
    return found


class TimeStrip(QWidget):
    row_clicked = Signal(int)  # the row's index in the timeline

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("timeStrip")
        self.setAccessibleName(translate("Workbench", "Time axis of the path: moments above, "
                                         "overlapping spans below"))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMouseTracking(True)
        self.found: Timeline | None = None
        self.lane_of: dict[int, int] = {}
        self.chosen = -1

    def show_timeline(self, found: Timeline | None) -> None:
        self.found, self.chosen = found, -1
        self.lane_of = lanes(found.rows) if found else {}
        self.setFixedHeight(int(AXIS + TICK + 6 + LANE * (max(self.lane_of.values(), default=-1) + 1)
                                + 8))
        self.update()

    def choose(self, number: int) -> None:
        self.chosen = number
        self.update()

    # -- where things are -----------------------------------------------------------------------
    def _span(self) -> float:
        found = self.found
        ends = [r.until or r.at for r in found.rows if r.lands] if found else []
        return max([*ends, found.length if found else 0.0, 1.0])

    def _x(self, seconds: float) -> float:
        return MARGIN + seconds / self._span() * (self.width() - 2 * MARGIN)

    def _shape(self, number: int, row: Row) -> QRectF:
        if number in self.lane_of:
            top = AXIS + TICK + 6 + LANE * self.lane_of[number]
            left = self._x(row.at)
            return QRectF(left, top, max(3.0, self._x(row.until or row.at) - left), LANE - 3)
        return QRectF(self._x(row.at) - 2, AXIS, 4, TICK)

    def row_at(self, point: QPointF) -> int:
        """The row drawn nearest ``point`` (within a few pixels), or -1."""
        if self.found is None:
            return -1
        hits = [(abs(self._shape(n, r).center().x() - point.x()), n)
                for n, r in enumerate(self.found.rows)
                if r.lands and self._shape(n, r).adjusted(-3, -3, 3, 3).contains(point)]
        return min(hits)[1] if hits else -1

    # -- drawing ----------------------------------------------------------------------------------
    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        theme = current()
        painter.fillRect(self.rect(), theme.color("surface"))
        if self.found is None:
            return
        self._axis(painter)
        for number, row in enumerate(self.found.rows):
            if not row.lands:
                continue
            colour = theme.color(COLOURS.get(row.kind, "muted"))
            shape = self._shape(number, row)
            painter.setPen(QPen(theme.color("text"), 2) if number == self.chosen
                           else Qt.PenStyle.NoPen)
            painter.setBrush(colour)
            painter.drawRoundedRect(shape, 2, 2)

    def _axis(self, painter: QPainter) -> None:
        theme = current()
        span = self._span()
        step = next(s for s in (15, 30, 60, 120, 300, 600, 1800, 3600, 1e9)
                    if span / s <= max(2, self.width() // 70))
        painter.setPen(theme.color("muted"))
        metrics = painter.fontMetrics()
        seconds = 0.0
        while seconds <= span:
            x = self._x(seconds)
            painter.drawLine(QPointF(x, AXIS - 4), QPointF(x, float(self.height())))
            label = clock(seconds)
            wide = metrics.horizontalAdvance(label)
            painter.drawText(QPointF(max(2.0, min(x - wide / 2, self.width() - wide - 2.0)),
                                     AXIS - 6), label)
            seconds += step

    # -- the mouse --------------------------------------------------------------------------------
    def mousePressEvent(self, event: QMouseEvent) -> None:
        number = self.row_at(event.position())
        if number >= 0:
            self.choose(number)
            self.row_clicked.emit(number)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent) and self.found:
            number = self.row_at(QPointF(event.pos()))
            if number < 0:
                QToolTip.hideText()
                return True
            row = self.found.rows[number]
            when = clock(row.at) + (f"–{clock(row.until)}" if row.until is not None else "")
            said = f"{when} · {row.state} · {say(row.kind)} {say(row.who)}\n{say(row.text)}"
            QToolTip.showText(event.globalPos(), plain_tip(said), self)
            return True
        return super().event(event)
