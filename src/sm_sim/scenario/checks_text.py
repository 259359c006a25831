"""Text the app's fonts cannot draw (SC080): each character that none of the fonts sm-sim
ships has, once, where it is first used (fonts.py says what the fonts have and why it
matters)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

from .checker import Checker, listed
from .fonts import drawable, named, undrawable
from .yamlsrc import Path_

NOT_SHOWN = {"patterns", "avatar", "image"}  # matched against replies, or file paths


def _strings(node: Any, at: Path_) -> Iterator[tuple[Path_, str]]:
    if isinstance(node, str):
        yield at, node
    elif isinstance(node, dict):
        for key, value in node.items():
            if key not in NOT_SHOWN:
                yield from _strings(value, (*at, key))
    elif isinstance(node, list):
        for i, value in enumerate(node):
            yield from _strings(value, (*at, i))


def _check_drawable(c: Checker) -> None:
    if not c.fonts:
        return
    has = drawable(tuple(c.fonts))
    places: dict[str, list[Path_]] = {}
    for at, text in _strings(c.data, ()):
        for char in undrawable(text, has):
            places.setdefault(char, []).append(at)
    files = ", ".join(f.name for f in c.fonts)
    for char, where in places.items():
        lines = sorted({c.source.where(at)[0] for at in where[1:]} - {c.source.where(where[0])[0]})
        also = f"; it is also on line{'s' if len(lines) > 1 else ''} {listed([str(n) for n in lines], 5)}" \
            if lines else ""
        c.report(where[0], "SC080", f"{named(char)} is in none of the fonts sm-sim ships ({files}): "
                 "it shows only on a computer with a font that has it, elsewhere as an empty box, "
                 f"and the PDF debrief writes it in words{also}",
                 "write it another way (in words, or with a character the fonts have), or put a "
                 "font that has it in assets/fonts/ (the app loads every .ttf there)")


TEXT_CHECKS: list[Callable[[Checker], None]] = [_check_drawable]
