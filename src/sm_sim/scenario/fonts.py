"""What the shipped fonts can draw: the characters in the cmaps of the fonts in ``assets/fonts``
that the app loads at start (ui/app.py loads exactly ``shipped_fonts``), read with fontTools
(already needed by fpdf2 for the PDF debrief). No Qt: a check must not need a display.

Qt draws with DejaVu Sans and falls back to the computer's own fonts for a character it
lacks, so a character outside these fonts shows only where the computer happens to have
one that has it; elsewhere it is an empty box. The PDF debrief uses the same fonts and
writes such a character in words (records/glyphs.py).
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache
from pathlib import Path

# Never drawn on their own: variation selectors, joiners and skin-tone modifiers.
_INVISIBLE = {"Cf", "Cc", "Zl", "Zp"}
_MODIFIERS = (range(0xFE00, 0xFE10), range(0xE0100, 0xE01F0), range(0x1F3FB, 0x1F400))


def shipped_fonts(root: Path) -> list[Path]:
    """The fonts the app loads: every ``.ttf`` in ``root/assets/fonts``."""
    folder = root / "assets" / "fonts"
    return sorted(folder.glob("*.ttf")) if folder.is_dir() else []


@lru_cache(maxsize=4)
def drawable(fonts: tuple[Path, ...]) -> frozenset[int]:
    """Every code point one of ``fonts`` has a glyph for (a font that cannot be read adds none)."""
    from fontTools.ttLib import TTFont, TTLibError

    found: set[int] = set()
    for path in fonts:
        try:
            with TTFont(path, lazy=True) as font:
                found.update(font.getBestCmap() or {})
        except (OSError, TTLibError, KeyError, AssertionError):
            continue
    return frozenset(found)


def undrawable(text: str, has: frozenset[int]) -> list[str]:
    """The characters of ``text`` none of the fonts has, each once, in order."""
    missing: dict[str, None] = {}
    for char in text:
        code = ord(char)
        if code < 0x80 or code in has or char in missing or char.isspace():
            continue
        if unicodedata.category(char) in _INVISIBLE or any(code in r for r in _MODIFIERS):
            continue
        missing[char] = None
    return list(missing)


def named(char: str) -> str:
    """``'🙄' (face with rolling eyes)``."""
    return f"'{char}' ({unicodedata.name(char, f'U+{ord(char):04X}').lower()})"
