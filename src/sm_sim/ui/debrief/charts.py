"""Painted charts for the debrief: the score ring and the competency bars.

QtCharts is not part of PySide6-Essentials, and two simple charts do not need it.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QRect, QRectF, QSize, QSizeF, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from ...scoring.debrief import NOT_SCORED
from ..kit.appearance import px
from ..kit.language import say
from ..kit.theme import current

BAR_H = 14  # the design's pixels at 100% text, grown with the font
ROW_GAP = 16
MARGIN = 10
WRAP = int(Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)


class ScoreRing(QWidget):
    """The total score as a ring, with the pass mark as a tick on it; the number inside, sized
    from the font, so the ring grows with the text."""

    def __init__(self, score: int, pass_mark: int, passed: bool,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.score, self.pass_mark, self.passed = score, pass_mark, passed
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        said = (self.tr("Score {score} out of 100, pass mark {mark}, passed") if passed
                else self.tr("Score {score} out of 100, pass mark {mark}, not passed"))
        self.setAccessibleName(said.format(score=score, mark=pass_mark))

    def _big(self) -> QFont:
        font = QFont(self.font())
        font.setPointSizeF(self.font().pointSizeF() * 2.4)
        font.setBold(True)
        return font

    def _text_size(self) -> QSizeF:
        """The score over "/ 100", as one block."""
        big, small = QFontMetrics(self._big()), self.fontMetrics()
        return QSizeF(max(big.horizontalAdvance("100"), small.horizontalAdvance("/ 100")),
                      big.height() + small.height())

    def _pen(self) -> int:
        return px(self.font(), 12)

    def sizeHint(self) -> QSize:
        text = self._text_size()
        inside = math.hypot(text.width(), text.height())  # the block fits inside the circle
        side = math.ceil(inside + 2 * self._pen() + 2 * MARGIN)
        return QSize(max(140, side), max(140, side))

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    def text_rects(self) -> tuple[QRectF, QRectF]:
        """Where the score and "/ 100" are drawn: a block centred in the ring."""
        text = self._text_size()
        big_h = QFontMetrics(self._big()).height()
        top = (self.height() - text.height()) / 2
        score = QRectF(0, top, self.width(), big_h)
        return score, QRectF(0, top + big_h, self.width(), text.height() - big_h)

    def ring(self) -> QRectF:
        inset = MARGIN + self._pen() / 2
        return QRectF(inset, inset, self.width() - 2 * inset, self.height() - 2 * inset)

    def paintEvent(self, event: QPaintEvent) -> None:
        theme = current()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        ring = self.ring()
        pen = QPen(theme.color("border"), self._pen(), Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap)
        painter.setPen(pen)
        painter.drawArc(ring, 0, 360 * 16)
        pen.setColor(theme.color("good" if self.passed else "bad"))
        painter.setPen(pen)
        painter.drawArc(ring, 90 * 16, -int(360 * 16 * max(0, min(100, self.score)) / 100))
        painter.save()
        painter.translate(ring.center())
        painter.rotate(-90 + 360 * self.pass_mark / 100)
        painter.setPen(QPen(theme.color("text"), 2))
        tick = self._pen() * 0.75
        painter.drawLine(int(ring.width() / 2 - tick), 0, int(ring.width() / 2 + tick), 0)
        painter.restore()
        score, out_of = self.text_rects()
        painter.setFont(self._big())
        painter.setPen(theme.color("text"))
        painter.drawText(score, int(Qt.AlignmentFlag.AlignCenter), str(self.score))
        painter.setFont(self.font())
        painter.setPen(theme.color("muted"))
        painter.drawText(out_of, int(Qt.AlignmentFlag.AlignCenter), "/ 100")
        painter.end()


class CompetencyChart(QWidget):
    """One horizontal bar per competency, 0–100, with the pass mark drawn as a line; each
    score says in a mark whether it reached the pass mark (✓) or not (✗), not only in the
    bar's colour. A competency not scored says why, wrapped to the width, so the chart's
    height depends on its width (``heightForWidth``)."""

    def __init__(self, rows: list[tuple[str, int | None]], pass_mark: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows = rows
        self.pass_mark = pass_mark
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self.setAccessibleName(self.tr("Competency scores: {scores}").format(scores=", ".join(
            f"{title} {self.not_scored if value is None else f'{value}, {self._met(value)}'}"
            for title, value in self.rows)))

    @property
    def not_scored(self) -> str:
        """The scoring's ``NOT_SCORED``, in the language installed."""
        return say(NOT_SCORED)

    def _met(self, value: int) -> str:
        return self.tr("reached the pass mark") if value >= self.pass_mark else self.tr("below the pass mark")

    def _bar(self) -> int:
        return px(self.font(), BAR_H)

    def _track_width(self, width: int) -> int:
        """The bars' width: what the score and its mark at the end leave."""
        return width - self.fontMetrics().horizontalAdvance(" 100 ✓") - 8

    def _row_heights(self, width: int) -> list[int]:
        line, gap = self.fontMetrics().height(), px(self.font(), ROW_GAP)
        unscored = self.fontMetrics().boundingRect(
            QRect(0, 0, max(1, self._track_width(width)), 10_000), WRAP, self.not_scored).height()
        return [line + (self._bar() + 3 if value is not None else unscored) + gap
                for _, value in self.rows]

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return sum(self._row_heights(width)) + self.fontMetrics().height() + 4

    def sizeHint(self) -> QSize:
        return QSize(420, self.heightForWidth(420))

    def minimumSizeHint(self) -> QSize:
        width = self.fontMetrics().horizontalAdvance(self._mark_label()) * 2
        return QSize(width, self.heightForWidth(width))

    def _mark_label(self) -> str:
        return self.tr("pass mark {mark}").format(mark=self.pass_mark)

    @staticmethod
    def score_text(value: int, pass_mark: int) -> str:
        return f"{value} {'✓' if value >= pass_mark else '✗'}"

    def paintEvent(self, event: QPaintEvent) -> None:
        theme = current()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = self.fontMetrics()
        line, bar_h = metrics.height(), self._bar()
        width = self._track_width(self.width())
        elide = Qt.TextElideMode.ElideRight
        y = 0
        for (title, value), height in zip(self.rows, self._row_heights(self.width()), strict=True):
            painter.setPen(theme.color("text"))
            painter.drawText(0, y, width, line, int(Qt.AlignmentFlag.AlignLeft),
                             metrics.elidedText(title, elide, width))  # whole in its name
            if value is None:
                painter.setPen(theme.color("muted"))
                painter.drawText(QRect(0, y + line, width, height - line), WRAP, self.not_scored)
                y += height
                continue
            colour = "good" if value >= self.pass_mark else ("warn" if value >= 40 else "bad")
            painter.setPen(theme.color(colour))
            painter.drawText(0, y + line, self.width(), bar_h + 6,
                             int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                             self.score_text(value, self.pass_mark))
            track = QRectF(0, y + line + 3, width, bar_h)
            painter.setPen(theme.color("border"))  # where 100 is
            painter.setBrush(theme.color("surface"))
            painter.drawRoundedRect(track, bar_h / 2, bar_h / 2)
            painter.setPen(Qt.PenStyle.NoPen)
            bar = QRectF(track)
            bar.setWidth(max(bar_h, width * max(0, min(100, value)) / 100))
            painter.setBrush(theme.color(colour))
            painter.drawRoundedRect(bar, bar_h / 2, bar_h / 2)
            y += height
        x = width * self.pass_mark / 100
        label = self._mark_label()
        half = metrics.horizontalAdvance(label) / 2 + 4
        painter.setPen(QPen(theme.color("muted"), 1, Qt.PenStyle.DashLine))
        painter.drawLine(int(x), line, int(x), y - px(self.font(), ROW_GAP) + 4)
        painter.drawText(QRectF(x - half, y - 6, 2 * half, line + 4),
                         int(Qt.AlignmentFlag.AlignHCenter), label)
        painter.end()
