"""Text the app's fonts cannot draw (SC080): each character that none of the fonts sm-sim
ships has, once, where it is first used (fonts.py says what the fonts have and why it
matters); and names in braces the run cannot fill in (SC062, names.py)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

from ..i18n import N_
from .checker import Checker
from .diagnostics import listed, suggest
from .fonts import drawable, named, undrawable
from .names import BUILTIN, FILLED, names_in
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
        said = (N_("{char} is in none of the fonts sm-sim ships ({fonts}): it shows only on a "
                   "computer with a font that has it, elsewhere as an empty box, and the PDF debrief "
                   "writes it in words") if not lines else
                N_("{char} is in none of the fonts sm-sim ships ({fonts}): it shows only on a "
                   "computer with a font that has it, elsewhere as an empty box, and the PDF debrief "
                   "writes it in words; it is also on line {lines}") if len(lines) == 1 else
                N_("{char} is in none of the fonts sm-sim ships ({fonts}): it shows only on a "
                   "computer with a font that has it, elsewhere as an empty box, and the PDF debrief "
                   "writes it in words; it is also on lines {lines}"))
        c.report(where[0], "SC080",
                 said.format(char=named(char), fonts=files, lines=listed([str(n) for n in lines], 5)),
                 N_("write it another way (in words, or with a character the fonts have), or put a "
                    "font that has it in assets/fonts/ (the app loads every .ttf there)"))


def _filled(c: Checker) -> Iterator[tuple[Path_, str]]:
    """Every text the run fills names into: injects' texts and decisions' prompts."""
    holders: list[tuple[Path_, dict[str, Any]]] = [(("states", sid), state)
                                                   for sid, state in c.states()]
    holders += [(("reactions", i), reaction) for i, reaction in c.reactions()]
    for at, holder in holders:
        for n, inject in enumerate(holder.get("injects") or ()):
            for key in FILLED:
                if isinstance(inject, dict) and isinstance(inject.get(key), str):
                    yield (*at, "injects", n, key), inject[key]
        decision = holder.get("decision")
        if isinstance(decision, dict) and isinstance(decision.get("prompt"), str):
            yield (*at, "decision", "prompt"), decision["prompt"]


def _check_names(c: Checker) -> None:
    if not c.needs("states", "personas", "variables"):
        return
    personas = set(c.data.get("personas") or ())
    known = {*BUILTIN, *(c.data.get("variables") or ()), *personas,
             *(f"{p}.handle" for p in personas)}
    for at, text in _filled(c):
        for name in names_in(text):
            if name not in known:
                c.report(at, "SC062", N_("'{name}' is not a name this scenario knows").format(
                             name=f"{{{name}}}"),
                         suggest(name, known))


TEXT_CHECKS: list[Callable[[Checker], None]] = [_check_drawable, _check_names]
