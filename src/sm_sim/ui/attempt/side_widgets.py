"""Small pieces of the side column: news cards, the live gauges, a counter badge."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent
from PySide6.QtWidgets import QFrame, QLabel, QSizePolicy, QVBoxLayout, QWidget

from ...engine import events as ev
from ...engine.events import clock_text
from ..kit.announce import announce
from ..kit.appearance import px
from ..kit.language import QT_TRANSLATE_NOOP
from ..kit.theme import PLAIN, current


class NewsCard(QFrame):
    """A press article, the way a news site's link preview looks."""

    def __init__(self, news: ev.NewsPublished, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("newsCard")
        self.setAccessibleName(self.tr("News from {outlet}: {headline}").format(
            outlet=news.outlet, headline=news.headline))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 12)
        layout.setSpacing(4)
        layout.addWidget(QLabel(f"{news.outlet.upper()} · {clock_text(news.t)}", self,
                                objectName="newsOutlet"))
        headline = QLabel(news.headline, self, objectName="newsHeadline", wordWrap=True, textFormat=PLAIN)
        layout.addWidget(headline)
        layout.addWidget(QLabel(news.text, self, objectName="newsText", wordWrap=True, textFormat=PLAIN))


LEVELS = {  # a gauge's state in words, by whether high is good: never told by colour alone
    True: {"good": "high", "warn": "medium", "bad": "low"},
    False: {"good": "low", "warn": "medium", "bad": "high"},
}
LEVEL_WORDS = {"high": QT_TRANSLATE_NOOP("Gauge", "high"), "medium": QT_TRANSLATE_NOOP("Gauge", "medium"),
               "low": QT_TRANSLATE_NOOP("Gauge", "low")}


class Gauge(QWidget):
    """A labelled bar from 0 to 100 that shows where a variable stands (in a word and a colour)
    and which way it moved."""

    def __init__(self, title: str, good_high: bool, value: float = 0.0,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = title
        self.good_high = good_high
        self.value = value
        self.change = 0.0
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self._update_name()

    def sizeHint(self) -> QSize:
        metrics = self.fontMetrics()
        widest = metrics.horizontalAdvance(f"{self.title}  {self.tr(LEVEL_WORDS['medium'])} ▲ 100")
        return QSize(max(widest, px(self.font(), 150)), metrics.height() + px(self.font(), 16))

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    def level(self) -> str:
        """"high", "medium" or "low", as its colour says it."""
        return LEVELS[self.good_high][self._colour()]

    def reading(self) -> str:
        arrow = "▲" if self.change > 0 else ("▼" if self.change < 0 else "")
        return f"{self.tr(LEVEL_WORDS[self.level()])} {arrow} {round(self.value)}".replace("  ", " ")

    def set_value(self, value: float) -> None:
        self.change = value - self.value
        self.value = value
        self._update_name()
        self.update()
        if round(self.change):
            said = (self.tr("{gauge} up {change} to {value}: {level}") if self.change > 0
                    else self.tr("{gauge} down {change} to {value}: {level}"))
            announce(self, said.format(gauge=self.title, change=abs(round(self.change)),
                                       value=round(value), level=self.tr(LEVEL_WORDS[self.level()])))

    def _update_name(self) -> None:
        self.setAccessibleName(self.tr("{gauge}: {level}, {value} out of 100").format(
            gauge=self.title, level=self.tr(LEVEL_WORDS[self.level()]), value=round(self.value)))

    def _colour(self) -> str:
        share = max(0.0, min(1.0, self.value / 100))
        goodness = share if self.good_high else 1 - share
        return "good" if goodness >= 0.6 else ("warn" if goodness >= 0.35 else "bad")

    def paintEvent(self, event: QPaintEvent) -> None:
        theme = current()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        line = self.fontMetrics().height()
        painter.setPen(theme.color("muted"))
        painter.drawText(0, 0, self.width(), line, int(Qt.AlignmentFlag.AlignLeft), self.title)
        painter.setPen(theme.color(self._colour()))
        painter.drawText(0, 0, self.width(), line, int(Qt.AlignmentFlag.AlignRight), self.reading())
        thick = px(self.font(), 7)
        track = QRectF(0, line + px(self.font(), 5), self.width(), thick)
        painter.setPen(theme.color("border"))  # the track: where 100 is
        painter.setBrush(theme.color("surface"))
        painter.drawRoundedRect(track, thick / 2, thick / 2)
        painter.setPen(Qt.PenStyle.NoPen)
        filled = QRectF(track)
        filled.setWidth(track.width() * max(0.0, min(1.0, self.value / 100)))
        painter.setBrush(theme.color(self._colour()))
        painter.drawRoundedRect(filled, thick / 2, thick / 2)
        painter.end()


def badge_text(title: str, count: int) -> str:
    return f"{title} ({count})" if count else title
