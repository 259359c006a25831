"""What an asset file is, read from its first bytes and never decoded: PNG, JPEG or GIF,
and its width and height from the header (PNG IHDR, JPEG SOF, GIF screen descriptor).

A hostile image (a 100,000 × 100,000 PNG of a few KB) is refused before any decoder
allocates its pixels; the app's image loader is then handed only files that passed.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass
from pathlib import Path

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


def too_large(info: ImageInfo) -> str:
    """Why the image is too large to show, or '' if it is not."""
    if info.width == 0 or info.height == 0:
        return f"its header says it is {info.width} × {info.height} pixels"
    if max(info.width, info.height) > MAX_SIDE or info.width * info.height > MAX_PIXELS:
        return (f"it is {info.width:,} × {info.height:,} pixels; at most {MAX_SIDE:,} a side "
                f"and {MAX_PIXELS // 1_000_000} million pixels")
    return ""
