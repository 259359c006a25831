"""Painted charts for the debrief: the score ring and the competency bars.

QtCharts is not part of PySide6-Essentials, and two simple charts do not need it.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QFont, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from ...scoring.debrief import NOT_SCORED
from ..kit.theme import current

BAR_H = 14
ROW_GAP = 16


class ScoreRing(QWidget):
    """The total score as a ring, with the pass mark as a tick on it."""

    def __init__(self, score: int, pass_mark: int, passed: bool,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.score, self.pass_mark, self.passed = score, pass_mark, passed
        self.setFixedSize(140, 140)
        self.setAccessibleName(f"Score {score} out of 100, pass mark {pass_mark}, "
                               f"{'passed' if passed else 'not passed'}")

    def paintEvent(self, event: QPaintEvent) -> None:
        theme = current()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        ring = QRectF(10, 10, self.width() - 20, self.height() - 20)
        pen = QPen(theme.color("border"), 12, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap)
        painter.setPen(pen)
        painter.drawArc(ring, 0, 360 * 16)
        pen.setColor(theme.color("good" if self.passed else "bad"))
        painter.setPen(pen)
        painter.drawArc(ring, 90 * 16, -int(360 * 16 * max(0, min(100, self.score)) / 100))
        painter.save()
        painter.translate(ring.center())
        painter.rotate(-90 + 360 * self.pass_mark / 100)
        painter.setPen(QPen(theme.color("text"), 2))
        painter.drawLine(int(ring.width() / 2 - 9), 0, int(ring.width() / 2 + 9), 0)
        painter.restore()
        font = QFont(self.font())
        font.setPointSizeF(self.font().pointSizeF() * 2.4)
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(theme.color("text"))
        painter.drawText(ring.adjusted(0, -8, 0, -8), int(Qt.AlignmentFlag.AlignCenter),
                         str(self.score))
        painter.setFont(self.font())
        painter.setPen(theme.color("muted"))
        painter.drawText(ring.adjusted(0, 44, 0, 0), int(Qt.AlignmentFlag.AlignCenter), "/ 100")
        painter.end()


class CompetencyChart(QWidget):
    """One horizontal bar per competency, 0–100, with the pass mark drawn as a line."""

    def __init__(self, rows: list[tuple[str, int | None]], pass_mark: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows = rows
        self.pass_mark = pass_mark
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMinimumHeight(self.sizeHint().height())
        self.setAccessibleName("Competency scores: " + ", ".join(
            f"{title} {NOT_SCORED if value is None else value}" for title, value in self.rows))

    def sizeHint(self) -> QSize:
        line = self.fontMetrics().height()
        return QSize(420, len(self.rows) * (line + BAR_H + ROW_GAP) + line + 4)

    def paintEvent(self, event: QPaintEvent) -> None:
        theme = current()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        line = self.fontMetrics().height()
        width = self.width() - 50
        y = 0
        for title, value in self.rows:
            painter.setPen(theme.color("text"))
            painter.drawText(0, y, width, line, int(Qt.AlignmentFlag.AlignLeft), title)
            if value is None:
                painter.setPen(theme.color("muted"))
                painter.drawText(0, y + line, width, BAR_H + 6, int(Qt.AlignmentFlag.AlignLeft),
                                 NOT_SCORED)
                y += line + BAR_H + ROW_GAP
                continue
            colour = "good" if value >= self.pass_mark else ("warn" if value >= 40 else "bad")
            painter.setPen(theme.color(colour))
            painter.drawText(0, y + line + 1, self.width(), BAR_H + 2,
                             int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                             str(value))
            track = QRectF(0, y + line + 3, width, BAR_H)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(theme.color("surface"))
            painter.drawRoundedRect(track, BAR_H / 2, BAR_H / 2)
            bar = QRectF(track)
            bar.setWidth(max(BAR_H, width * max(0, min(100, value)) / 100))
            painter.setBrush(theme.color(colour))
            painter.drawRoundedRect(bar, BAR_H / 2, BAR_H / 2)
            y += line + BAR_H + ROW_GAP
        x = width * self.pass_mark / 100
        painter.setPen(QPen(theme.color("muted"), 1, Qt.PenStyle.DashLine))
        painter.drawLine(int(x), line, int(x), y - ROW_GAP + 4)
        painter.drawText(int(x) - 60, y - 6, 120, line + 4, int(Qt.AlignmentFlag.AlignHCenter),
                         f"pass mark {self.pass_mark}")
        painter.end()
