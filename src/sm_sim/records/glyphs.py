"""Text a font cannot draw, made drawable: never a crash, never a blank.

Characters the font lacks are replaced, in order of preference: by a compatible form it
has (fullwidth letters, ligatures), flags by their letters (🇬🇧 → GB), emoji and symbols by
their Unicode name in brackets (😂 → [face with tears of joy]), joiners and variation
selectors dropped, and letters of a script the font lacks by a white square.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable

_REGIONAL_A = 0x1F1E6
_SKIN_TONES = range(0x1F3FB, 0x1F400)
_MISSING_LETTER = "\u25a1"  # □


class Glyphs:
    def __init__(self, codepoints: Iterable[int]) -> None:
        self.has = frozenset(codepoints)

    def clean(self, text: str) -> str:
        parts: list[str] = []
        last, repeat = "", 0
        for char in text:
            piece = self._one(char)
            if piece.startswith("[") and piece == last:
                repeat += 1
                continue
            if repeat:
                parts[-1] = f"{last[:-1]} ×{repeat + 1}]"
                repeat = 0
            parts.append(piece)
            last = piece
        if repeat:
            parts[-1] = f"{last[:-1]} ×{repeat + 1}]"
        return "".join(parts)

    def _one(self, char: str) -> str:
        code = ord(char)
        if code in self.has or char == "\n":
            return char
        if char == "\t":
            return " "
        category = unicodedata.category(char)
        if category in ("Cc", "Cf", "Mn", "Me", "Cs", "Co", "Cn") or code in _SKIN_TONES:
            return ""
        if _REGIONAL_A <= code < _REGIONAL_A + 26:
            return chr(ord("A") + code - _REGIONAL_A)
        if category.startswith("Z"):
            return " "
        folded = unicodedata.normalize("NFKD", char)
        if folded != char and all(ord(c) in self.has or unicodedata.combining(c) for c in folded):
            return "".join(c for c in folded if ord(c) in self.has)
        if category.startswith("L") or category.startswith("N"):
            return _MISSING_LETTER if ord(_MISSING_LETTER) in self.has else "?"
        name = unicodedata.name(char, f"U+{code:04X}").lower()
        return f"[{name}]"
