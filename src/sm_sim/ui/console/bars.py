"""CountBars: how many chose each option (or raised each flag, or reached each ending), one
horizontal bar per row, painted. Each row's label is wrapped above its bar, so a long option
reads whole on a projector; the count, and its share of ``total``, stand at the bar's end in
words and figures, so no row depends on its bar's length or colour alone."""

from __future__ import annotations

from PySide6.QtCore import QRect, QRectF, QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from ...records.classdebrief import Bar
from ..kit.appearance import px
from ..kit.theme import current

BAR_H = 18
GAP = 14
WRAP = int(Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)


def count_text(count: int, total: int | None) -> str:
    share = f" · {round(100 * count / total)}%" if total else ""
    return f"{count}{share}"


class CountBars(QWidget):
    def __init__(self, bars: tuple[Bar, ...], total: int | None = None, what: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bars, self.total = bars, total
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self.setAccessibleName(f"{what}: " + "; ".join(
            f"{b.label}, {count_text(b.count, total)}" for b in bars))

    def _end(self) -> int:
        """The width the counts at the bars' ends take."""
        metrics = self.fontMetrics()
        return max((metrics.horizontalAdvance(" " + count_text(b.count, self.total))
                    for b in self.bars), default=0) + 8

    def _label_height(self, bar: Bar, width: int) -> int:
        return self.fontMetrics().boundingRect(QRect(0, 0, max(1, width), 10_000), WRAP,
                                               bar.label).height()

    def _heights(self, width: int) -> list[int]:
        extra = px(self.font(), BAR_H) + px(self.font(), GAP) + 4
        return [self._label_height(b, width) + extra for b in self.bars]

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return sum(self._heights(width))

    def sizeHint(self) -> QSize:
        return QSize(480, self.heightForWidth(480))

    def minimumSizeHint(self) -> QSize:
        width = self._end() * 3
        return QSize(width, self.heightForWidth(width))

    def paintEvent(self, event: QPaintEvent) -> None:
        theme = current()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        bar_h, width = px(self.font(), BAR_H), self.width()
        track_w = max(1, width - self._end())
        most = self.total or max((b.count for b in self.bars), default=0) or 1
        y = 0
        for bar, height in zip(self.bars, self._heights(width), strict=True):
            label_h = self._label_height(bar, width)
            painter.setPen(theme.color("text"))
            painter.drawText(QRect(0, y, width, label_h), WRAP, bar.label)
            track = QRectF(0, y + label_h + 2, track_w, bar_h)
            painter.setPen(theme.color("border"))
            painter.setBrush(theme.color("surface"))
            painter.drawRoundedRect(track, bar_h / 2, bar_h / 2)
            if bar.count:
                filled = QRectF(track)
                filled.setWidth(max(bar_h, track_w * bar.count / most))
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(theme.color("accent"))
                painter.drawRoundedRect(filled, bar_h / 2, bar_h / 2)
            painter.setPen(theme.color("text"))
            painter.drawText(QRectF(track_w, track.top() - 4, width - track_w, bar_h + 8),
                             int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                             count_text(bar.count, self.total))
            y += height
        painter.end()
