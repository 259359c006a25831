"""What an asset file is, read from its first bytes and never decoded: PNG, JPEG or GIF,
and its width and height from the header (PNG IHDR, JPEG SOF, GIF screen descriptor).

A hostile image (a 100,000 × 100,000 PNG of a few KB) is refused before any decoder
allocates its pixels; the app's image loader is then handed only files that passed.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass
from pathlib import Path

from ..i18n import N_

MAX_SIDE = 8192
MAX_PIXELS = 25_000_000
MAX_BYTES = 20_000_000
_HEAD = 256 * 1024  # JPEG SOF can sit behind large EXIF blocks
_SOF = {0xC0, 0xC1, 0xC2, 0xC3, 0xC5, 0xC6, 0xC7, 0xC9, 0xCA, 0xCB, 0xCD, 0xCE, 0xCF}


@dataclass(frozen=True)
class ImageInfo:
    kind: str  # "PNG", "JPEG" or "GIF"
    width: int
    height: int


def image_info(path: Path) -> ImageInfo | None:
    """The image's kind and size, or None if the file is not a PNG, JPEG or GIF."""
    with path.open("rb") as handle:
        head = handle.read(_HEAD)
    if head.startswith(b"\x89PNG\r\n\x1a\n") and head[12:16] == b"IHDR" and len(head) >= 24:
        width, height = struct.unpack(">II", head[16:24])
        return ImageInfo("PNG", width, height)
    if head[:6] in (b"GIF87a", b"GIF89a") and len(head) >= 10:
        width, height = struct.unpack("<HH", head[6:10])
        return ImageInfo("GIF", width, height)
    if head.startswith(b"\xff\xd8"):
        return _jpeg(head)
    return None


def _jpeg(head: bytes) -> ImageInfo | None:
    at = 2
    while at + 9 <= len(head):
        if head[at] != 0xFF:
            return None
        marker = head[at + 1]
        if marker == 0xFF:  # fill byte
            at += 1
            continue
        if marker in (0xD8, 0x01) or 0xD0 <= marker <= 0xD7:  # markers without a length
            at += 2
            continue
        (length,) = struct.unpack(">H", head[at + 2:at + 4])
        if marker in _SOF:
            height, width = struct.unpack(">HH", head[at + 5:at + 9])
            return ImageInfo("JPEG", width, height)
        if marker == 0xD9 or length < 2:
            return None
        at += 2 + length
    return None


# How the app draws them (ui/kit/avatars.py, ui/feed/layout.py): an avatar is cut to a circle
# from its middle, up to 72 pixels across (a profile card; the feed's are 44, up to 66 with
# large text); a post image fills the column, about 480 pixels across, at most 260 high, cut
# to fit. Smaller is blown up and blurred; a long side far past the other is mostly cut off.
AVATAR_MIN = 72
AVATAR_SQUARE = 1.25  # the longer side at most this many times the shorter
POST_MIN_WIDTH = 400
POST_MAX_TALL = 1.0  # height over width: a taller picture loses over half of itself
POST_MAX_WIDE = 4.0  # width over height: a wider one is a thin strip


def poor_fit(info: ImageInfo, use: str) -> str:
    """Why the image will look wrong as an ``avatar`` or a post ``image``, or '' if it will not."""
    w, h = info.width, info.height
    size = {"width": f"{w:,}", "height": f"{h:,}"}
    if use == "avatar":
        if max(w, h) > AVATAR_SQUARE * min(w, h):
            said = N_("it is {width} × {height} pixels: an avatar is cut to a circle from its middle, "
                      "so the sides are lost; crop it square") if w > h else \
                N_("it is {width} × {height} pixels: an avatar is cut to a circle from its middle, so "
                   "the top and bottom are lost; crop it square")
            return said.format(**size)
        if min(w, h) < AVATAR_MIN:
            return N_("it is {width} × {height} pixels: avatars are drawn up to {limit} pixels across, "
                      "so it will look blurred; use one at least {limit} (better {better}) pixels "
                      "square").format(**size, limit=AVATAR_MIN, better=AVATAR_MIN * 2)
        return ""
    if h > POST_MAX_TALL * w:
        shown = min(100, round(100 * 260 / (480 * h / w)))
        return N_("it is {width} × {height} pixels, taller than wide: the feed shows a post picture "
                  "at most 260 pixels high across a column about 480 wide, so only the top {percent}% "
                  "shows; crop it to landscape (3:2 or 16:9)").format(**size, percent=shown)
    if w > POST_MAX_WIDE * h:
        return N_("it is {width} × {height} pixels: more than {times} times as wide as high, it shows "
                  "as a thin strip; crop it nearer 16:9").format(**size, times=f"{POST_MAX_WIDE:g}")
    if w < POST_MIN_WIDTH:
        return N_("it is {width} × {height} pixels: the feed draws post pictures about 480 pixels "
                  "across, so it will look blurred; use one at least {limit} (better 960) pixels "
                  "wide").format(**size, limit=POST_MIN_WIDTH)
    return ""


def too_large(info: ImageInfo) -> str:
    """Why the image is too large to show, or '' if it is not."""
    if info.width == 0 or info.height == 0:
        return N_("its header says it is {width} × {height} pixels").format(
            width=info.width, height=info.height)
    if max(info.width, info.height) > MAX_SIDE or info.width * info.height > MAX_PIXELS:
        return N_("it is {width} × {height} pixels; at most {count} a side and {limit} million "
                  "pixels").format(width=f"{info.width:,}", height=f"{info.height:,}",
                                   count=f"{MAX_SIDE:,}", limit=MAX_PIXELS // 1_000_000)
    return ""
