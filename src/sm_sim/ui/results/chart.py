"""CohortChart: the mean score per competency across the attempts shown, painted with
QPainter (QtCharts is not part of PySide6-Essentials): a bar per competency on a 0–100
scale, the mean at its end and how many attempts it is drawn from."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from ..kit.appearance import px
from ..kit.language import translate
from ..kit.theme import current

BAR_H = 14  # the design's pixels at 100% text, grown with the font
GAP = 16
TICKS = (0, 25, 50, 75, 100)


class CohortChart(QWidget):
    """Each competency: its title and mean (with n) on one line, the bar beneath it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[tuple[str, float, int]] = []  # title, mean, attempts it comes from
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(translate("CohortChart", "Competency averages"))

    def set_rows(self, rows: list[tuple[str, float, int]]) -> None:
        self.rows = rows
        said = translate("CohortChart", "{title}: mean {mean} from {count} attempts")
        self.setAccessibleDescription(
            "; ".join(said.format(title=t, mean=f"{m:.1f}", count=n) for t, m, n in rows)
            or translate("CohortChart", "no finished attempts"))
        self.updateGeometry()  # its height is its size hint's (a fixed vertical policy)
        self.update()

    def _bar(self) -> int:
        return px(self.font(), BAR_H)

    def _row_height(self) -> int:
        return self.fontMetrics().height() + 4 + self._bar() + px(self.font(), GAP)

    def sizeHint(self) -> QSize:
        scale = self.fontMetrics().height() + 6
        return QSize(320, scale + max(1, len(self.rows)) * self._row_height())

    def paintEvent(self, event: QPaintEvent) -> None:
        theme = current()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = self.fontMetrics()
        line = metrics.height()
        if not self.rows:
            painter.setPen(theme.color("muted"))
            painter.drawText(self.rect(), int(Qt.AlignmentFlag.AlignCenter),
                             translate("CohortChart", "No finished attempts match these filters."))
            painter.end()
            return
        inset = metrics.horizontalAdvance("100") / 2 + 2  # room for the end ticks' numbers
        span = self.width() - 2 * inset
        top = line + 6
        painter.setPen(theme.color("muted"))
        half = metrics.horizontalAdvance("100") / 2 + 2
        for tick in TICKS:  # the scale; each bar's track carries its guide marks
            x = inset + span * tick / 100
            painter.drawText(QRectF(x - half, 0, 2 * half, line), int(Qt.AlignmentFlag.AlignCenter),
                             str(tick))
        y = top
        for title, mean, count in self.rows:
            self._row(painter, QRectF(inset, y, span, self._row_height()), title, mean, count)
            y += self._row_height()
        painter.end()

    def _row(self, painter: QPainter, area: QRectF, title: str, mean: float, count: int) -> None:
        theme = current()
        metrics = self.fontMetrics()
        line = metrics.height()
        value = f"{mean:.0f}"
        note = f"  n={count}"
        right = metrics.horizontalAdvance(value + note) + 8
        painter.setPen(theme.color("text"))
        painter.drawText(QRectF(area.left(), area.top(), area.width() - right, line),
                         int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                         metrics.elidedText(title, Qt.TextElideMode.ElideRight,
                                            int(area.width() - right)))
        painter.setPen(theme.color("muted"))
        painter.drawText(QRectF(area.left(), area.top(), area.width(), line),
                         int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter), note)
        painter.setPen(theme.color("text"))
        bold = painter.font()
        bold.setBold(True)
        painter.setFont(bold)
        painter.drawText(QRectF(area.left(), area.top(),
                                area.width() - metrics.horizontalAdvance(note), line),
                         int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter), value)
        painter.setFont(self.font())
        bar_h = self._bar()
        track = QRectF(area.left(), area.top() + line + 4, area.width(), bar_h)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(theme.color("surface"))
        painter.drawRoundedRect(track, bar_h / 2, bar_h / 2)
        painter.setPen(QPen(theme.color("border"), 1))
        for tick in TICKS[1:-1]:
            x = track.left() + track.width() * tick / 100
            painter.drawLine(int(x), int(track.top()) - 2, int(x), int(track.bottom()) + 2)
        painter.setPen(Qt.PenStyle.NoPen)
        bar = QRectF(track)
        bar.setWidth(max(bar_h, area.width() * max(0.0, min(100.0, mean)) / 100))
        painter.setBrush(theme.color("accent"))
        painter.drawRoundedRect(bar, bar_h / 2, bar_h / 2)
