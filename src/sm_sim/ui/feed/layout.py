"""Where each part of a post goes for a given width: the one geometry that both
``sizeHint`` and ``paint`` use, so measuring and painting never disagree."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QFont, QFontMetrics

from .store import FeedItem, FeedStore

PAD = 14
AVATAR = 44
GAP = 10
CONTENT_X = PAD + AVATAR + GAP
ACTIONS_H = 30
QUOTE_LINES = 4
MAX_IMAGE_H = 260
WRAP = int(Qt.TextFlag.TextWordWrap) | int(Qt.AlignmentFlag.AlignLeft) | int(Qt.AlignmentFlag.AlignTop)


@dataclass(frozen=True)
class Fonts:
    body: QFont
    bold: QFont
    small: QFont

    @classmethod
    def from_font(cls, base: QFont) -> Fonts:
        bold = QFont(base)
        bold.setBold(True)
        small = QFont(base)
        small.setPointSizeF(max(7.0, base.pointSizeF() * 0.92))
        return cls(QFont(base), bold, small)


@dataclass(frozen=True)
class PostLayout:
    height: int
    header_y: int
    context: QRect | None  # "Replying to @x" / deleted notice
    text: QRect
    image: QRect | None
    quote: QRect | None
    quote_text: QRect | None
    actions_y: int
    content_w: int


def text_height(font: QFont, width: int, text: str, max_lines: int = 0) -> int:
    metrics = QFontMetrics(font)
    height = metrics.boundingRect(QRect(0, 0, max(1, width), 100_000), WRAP, text).height()
    if max_lines:
        height = min(height, max_lines * metrics.lineSpacing())
    return height


def image_height(width: int, size: tuple[int, int] | None) -> int:
    if size is None or size[0] <= 0:
        return 0
    return min(MAX_IMAGE_H, round(width * size[1] / size[0]))


def measure(item: FeedItem, width: int, fonts: Fonts, store: FeedStore,
            image_size: tuple[int, int] | None) -> PostLayout:
    content_w = max(60, width - CONTENT_X - PAD)
    line = QFontMetrics(fonts.bold).height()
    small_line = QFontMetrics(fonts.small).height()
    y = PAD
    header_y = y
    y += line + 2
    context = None
    if item.published.reply_to or item.deleted:
        lines = 1 + (item.published.reply_to is not None and item.deleted)
        context = QRect(CONTENT_X, y, content_w, small_line * lines)
        y += context.height() + 2
    text_h = text_height(fonts.body, content_w, item.published.text)
    text = QRect(CONTENT_X, y, content_w, text_h)
    y += text_h
    image = None
    if image_size is not None:
        image = QRect(CONTENT_X, y + 10, content_w, image_height(content_w, image_size))
        y = image.bottom() + 1
    quote = quote_text = None
    quoted = store.get(item.published.quote_of)
    if quoted is not None:
        inner_w = content_w - 2 * 12
        body_h = text_height(fonts.body, inner_w, quoted.published.text, QUOTE_LINES)
        quote = QRect(CONTENT_X, y + 10, content_w, 10 + line + 4 + body_h + 12)
        quote_text = QRect(CONTENT_X + 12, quote.top() + 10 + line + 4, inner_w, body_h)
        y = quote.bottom() + 1
    actions_y = y + 6
    return PostLayout(actions_y + ACTIONS_H + PAD - 6, header_y, context, text, image, quote,
                      quote_text, actions_y, content_w)


def measure_hidden(fonts: Fonts) -> int:
    """A muted or blocked account's post, folded to one line."""
    return PAD + QFontMetrics(fonts.small).height() + PAD


def hidden_text(item: FeedItem, why: str) -> str:
    return f"A post from {item.published.handle}, whom you {why}, is hidden."


def measure_notice(item: FeedItem, width: int, fonts: Fonts) -> int:
    content_w = max(60, width - CONTENT_X - PAD)
    return PAD + max(AVATAR // 2, text_height(fonts.body, content_w, item.published.text)) + PAD


SLOTS = ("reply", "repost", "like", "views", "bookmark")
MORE = 28  # the "…" button at a post's top right


def action_slots(layout: PostLayout) -> list[tuple[str, QRect]]:
    """The row under a post: where each counter sits and what clicking it means; and the
    "…" button (more actions: report, mute, block, delete, message, follow) beside the header."""
    width = layout.content_w // len(SLOTS)
    slots = [(name, QRect(CONTENT_X - 6 + i * width, layout.actions_y, width, ACTIONS_H))
             for i, name in enumerate(SLOTS)]
    more = QRect(CONTENT_X + layout.content_w - MORE + 4, layout.header_y - 4, MORE, MORE - 4)
    return [*slots, ("more", more)]


def short_count(value: int) -> str:
    if value < 1000:
        return str(value)
    if value < 10_000:
        return f"{value / 1000:.1f}K".replace(".0K", "K")
    if value < 1_000_000:
        return f"{value // 1000}K"
    return f"{value / 1_000_000:.1f}M".replace(".0M", "M")
