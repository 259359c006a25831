"""Where each part of a post goes for a given width and font: the one geometry that both
``sizeHint`` and ``paint`` use, so measuring and painting never disagree. Every size is
the design's pixels grown with the font (``kit.appearance.grow``) or a line height of it,
so a post at 200% text is laid out as it is at 100%, only bigger."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QFont, QFontMetrics

from ..kit.appearance import ICON_GROWTH, grow
from ..kit.language import QT_TRANSLATE_NOOP, translate
from ..kit.spoken import short_ago
from .store import FeedItem, FeedStore

# The design's pixels at 100% text (12 points).
PAD = 14
AVATAR = 44
GAP = 10
ACTIONS_H = 30
ICON = 18
BADGE = 16  # the verified tick beside a name
QUOTE_LINES = 4
MAX_IMAGE_H = 260
WRAP = int(Qt.TextFlag.TextWordWrap) | int(Qt.AlignmentFlag.AlignLeft) | int(Qt.AlignmentFlag.AlignTop)


@dataclass(frozen=True)
class Fonts:
    """A post's fonts, and the sizes that follow from them."""

    body: QFont
    bold: QFont
    small: QFont
    line: int  # a line of the bold font (names)
    small_line: int
    pad: int
    avatar: int
    gap: int
    icon: int
    badge: int
    actions_h: int  # the row of counters under a post
    more: int  # the "…" button's side

    @classmethod
    def from_font(cls, base: QFont) -> Fonts:
        bold = QFont(base)
        bold.setBold(True)
        small = QFont(base)
        small.setPointSizeF(max(7.0, base.pointSizeF() * 0.92))
        size = grow(base)
        small_line = QFontMetrics(small).height()
        icon = round(ICON * min(size, ICON_GROWTH))  # icons are not text: they grow less
        return cls(QFont(base), bold, small, QFontMetrics(bold).height(), small_line,
                   round(PAD * size), round(AVATAR * min(size, ICON_GROWTH)), round(GAP * size), icon,
                   round(BADGE * size), max(round(ACTIONS_H * size), small_line + 8, icon + 8),
                   icon + round(10 * size))

    @property
    def content_x(self) -> int:
        return self.pad + self.avatar + self.gap


@dataclass(frozen=True)
class PostLayout:
    height: int
    header_y: int
    context: QRect | None  # "Replying to @x" / deleted notice
    text: QRect
    image: QRect | None
    quote: QRect | None
    quote_text: QRect | None
    quote_body: str  # the quoted post's words, ended with "…" where they pass QUOTE_LINES
    actions_y: int
    content_w: int


@dataclass(frozen=True)
class Header:
    """A post's name, verified tick and "@handle · 2m", each shortened to fit its width."""

    name: str
    name_x: int
    badge_x: int | None
    meta: str
    meta_x: int
    right: int  # where the header's text ends

    @property
    def name_width(self) -> int:
        return (self.badge_x or self.meta_x) - self.name_x

    @property
    def meta_width(self) -> int:
        return self.right - self.meta_x


def text_height(font: QFont, width: int, text: str, max_lines: int = 0) -> int:
    metrics = QFontMetrics(font)
    height = metrics.boundingRect(QRect(0, 0, max(1, width), 100_000), WRAP, text).height()
    if max_lines:
        height = min(height, max_lines * metrics.lineSpacing())
    return height


def first_lines(font: QFont, width: int, text: str, lines: int) -> str:
    """``text`` if it wraps to at most ``lines`` lines at ``width``, else as many of its words
    as fit with "…" after them (never cut off mid-line without a sign)."""
    limit = lines * QFontMetrics(font).lineSpacing()
    if text_height(font, width, text) <= limit:
        return text
    words = text.split()
    low, high = 0, len(words)  # the most words that fit, with the ellipsis
    while low < high:
        middle = (low + high + 1) // 2
        if text_height(font, width, " ".join(words[:middle]) + "…") <= limit:
            low = middle
        else:
            high = middle - 1
    return " ".join(words[:low]).rstrip(",;:.") + "…"


def image_height(width: int, size: tuple[int, int] | None) -> int:
    if size is None or size[0] <= 0:
        return 0
    return min(MAX_IMAGE_H, round(width * size[1] / size[0]))


def measure(item: FeedItem, width: int, fonts: Fonts, store: FeedStore,
            image_size: tuple[int, int] | None) -> PostLayout:
    x, line = fonts.content_x, fonts.line
    content_w = max(60, width - x - fonts.pad)
    y = fonts.pad
    header_y = y
    y += line + 2
    context = None
    if item.published.reply_to or item.deleted:
        lines = 1 + (item.published.reply_to is not None and item.deleted)
        context = QRect(x, y, content_w, fonts.small_line * lines)
        y += context.height() + 2
    text_h = text_height(fonts.body, content_w, item.published.text)
    text = QRect(x, y, content_w, text_h)
    y += text_h
    image = None
    if image_size is not None:
        image = QRect(x, y + fonts.gap, content_w, image_height(content_w, image_size))
        y = image.bottom() + 1
    quote = quote_text = None
    body = ""
    quoted = store.get(item.published.quote_of)
    if quoted is not None:
        inset = fonts.gap + 2
        inner_w = content_w - 2 * inset
        body = first_lines(fonts.body, inner_w, quoted.published.text, QUOTE_LINES)
        body_h = text_height(fonts.body, inner_w, body)
        quote = QRect(x, y + fonts.gap, content_w, fonts.gap + line + 4 + body_h + inset)
        quote_text = QRect(x + inset, quote.top() + fonts.gap + line + 4, inner_w, body_h)
        y = quote.bottom() + 1
    actions_y = y + 6
    return PostLayout(actions_y + fonts.actions_h + fonts.pad - 6, header_y, context, text, image,
                      quote, quote_text, body, actions_y, content_w)


def header(item: FeedItem, x: int, width: int, fonts: Fonts, now: float) -> Header:
    """The name (at most half of ``width``), the tick, then handle and time in what is left."""
    bold, body = QFontMetrics(fonts.bold), QFontMetrics(fonts.body)
    elide = Qt.TextElideMode.ElideRight
    name = bold.elidedText(item.published.name, elide, width // 2)
    end = x + bold.horizontalAdvance(name) + 4
    badge_x = None
    if item.published.verified:
        badge_x, end = end, end + fonts.badge + 3
    meta = f"{item.published.handle} · {short_ago(now - item.published.t)}"
    meta = body.elidedText(meta, elide, max(0, x + width - end))
    return Header(name, x, badge_x, meta, end, end + body.horizontalAdvance(meta))


def post_header(item: FeedItem, layout: PostLayout, fonts: Fonts, now: float) -> Header:
    """A post's own header: the width left of its "…" button."""
    return header(item, fonts.content_x, layout.content_w - fonts.more, fonts, now)


def measure_hidden(fonts: Fonts) -> int:
    """A muted or blocked account's post, folded to one line."""
    return fonts.pad + fonts.small_line + fonts.pad


DELETED_NOTE = QT_TRANSLATE_NOOP("FeedLayout", "You deleted this post. Screenshots of it may already be "
                                               "out there.")  # shown with ``said``
DELETED_QUOTE = QT_TRANSLATE_NOOP("FeedLayout", "This post was deleted.")
HIDDEN = {"blocked": QT_TRANSLATE_NOOP("FeedLayout", "A post from {handle}, whom you blocked, is hidden."),
          "muted": QT_TRANSLATE_NOOP("FeedLayout", "A post from {handle}, whom you muted, is hidden.")}


def said(text: str) -> str:
    """One of this module's constants in the language installed."""
    return translate("FeedLayout", text)


def shown_views(item: FeedItem) -> int:
    """The views a post's counter shows: feeds show them for every post, so where a scenario
    gave none they are estimated from the likes."""
    return max(item.views, item.likes * 20)


def hidden_text(item: FeedItem, why: str) -> str:
    english = HIDDEN.get(why)
    if english is None:
        return f"A post from {item.published.handle}, whom you {why}, is hidden."
    return said(english).format(handle=item.published.handle)


def measure_notice(item: FeedItem, width: int, fonts: Fonts) -> int:
    content_w = max(60, width - fonts.content_x - fonts.pad)
    body = text_height(fonts.body, content_w, item.published.text)
    return fonts.pad + max(fonts.avatar // 2, body) + fonts.pad


SLOTS = ("reply", "repost", "like", "views", "bookmark")


def action_slots(layout: PostLayout, fonts: Fonts) -> list[tuple[str, QRect]]:
    """The row under a post: where each counter sits and what clicking it means (the
    bookmark, which has no count, takes only its icon's room); and the "…" button (more
    actions: report, mute, block, delete, message, follow) beside the header."""
    last = fonts.icon + 16
    width = (layout.content_w - last) // (len(SLOTS) - 1)
    left = fonts.content_x - 6
    slots = [(name, QRect(left + i * width, layout.actions_y,
                          last if name == "bookmark" else width, fonts.actions_h))
             for i, name in enumerate(SLOTS)]
    side = fonts.more
    more = QRect(fonts.content_x + layout.content_w - side + 4, layout.header_y - 4, side,
                 max(side - 4, fonts.line + 4))
    return [*slots, ("more", more)]


def count_x(slot: QRect, fonts: Fonts) -> int:
    """Where a counter's number starts, after its icon."""
    return slot.left() + 6 + fonts.icon + 6


def short_count(value: int) -> str:
    if value < 1000:
        return str(value)
    if value < 10_000:
        return f"{value / 1000:.1f}K".replace(".0K", "K")
    if value < 1_000_000:
        return f"{value // 1000}K"
    return f"{value / 1_000_000:.1f}M".replace(".0M", "M")
