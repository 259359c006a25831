"""The shared walker for the semantic checks: where a value is, how to report it, and
a did-you-mean for a misspelt name."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

from ..i18n import N_
from .diagnostics import Diagnostic, make, suggest
from .guidance import GuidanceLibrary
from .wellformed import WellFormed
from .yamlsrc import Path_, Source


class Checker:
    def __init__(self, source: Source, library: GuidanceLibrary | None, asset_roots: list[Path],
                 parts: WellFormed, fonts: list[Path] | None = None) -> None:
        self.source = source
        self.fonts = fonts or []  # the fonts the app draws text with (fonts.shipped_fonts)
        self.parts = parts
        self.data: dict[str, Any] = parts.data  # the well-formed parts (wellformed.py)
        self.library = library
        self.asset_roots = asset_roots
        self.found: list[Diagnostic] = []

    def report(self, at: Path_, code: str, message: str, hint: str = "", key: bool = False) -> None:
        """Report a problem, unless the schema has already reported one at this place."""
        if any(at[:n] in self.source.invalid for n in range(1, len(at) + 1)):
            return
        line, col = self.source.where(at, key=key)
        self.found.append(make(self.source.path, line, col, code, message, hint))

    def states(self) -> Iterator[tuple[str, dict[str, Any]]]:
        yield from self.data["states"].items()

    def reactions(self) -> Iterator[tuple[int, dict[str, Any]]]:
        """Each well-formed reaction with its place in the list."""
        for i, reaction in enumerate(self.data["reactions"]):
            if reaction is not None:
                yield i, reaction

    def needs(self, *keys: str) -> bool:
        """Whether the top-level keys a check rests on are all well formed."""
        return not self.parts.broken.intersection(keys)


def check_points(c: Checker, at: Path_, holder: dict[str, Any]) -> None:
    if c.library is None:
        return
    for name in holder.get("points", {}):
        if name not in c.library.competencies:
            c.report((*at, "points", name), "SC033",
                     N_("unknown competency '{name}'").format(name=name),
                     suggest(name, set(c.library.competencies)), key=True)
    for i, gid in enumerate(holder.get("guidance", [])):
        if gid not in c.library.entries:
            c.report((*at, "guidance", i), "SC032",
                     N_("unknown guidance id '{name}'").format(name=gid),
                     suggest(gid, set(c.library.entries)))


def option_name(state: str, index: int, option: dict[str, Any]) -> str:
    """How a message names an option: by its number (from 1, as ``--choose`` takes it) and id."""
    return N_("option {number} ('{option}') of decision '{decision}'").format(
        number=index + 1, option=option.get("id", "?"), decision=state)


def gotos(state: dict[str, Any]) -> list[str]:
    """Where a state's decision or next step can lead (a reaction's goto is not counted:
    it fires only if the trainee happens to act, so it cannot rescue a dead end)."""
    found = []
    for option in state.get("decision", {}).get("options", []):
        found.append(option["goto"])
        found.extend(b["goto"] for b in option.get("branches", []))
    if "next" in state:
        found.append(state["next"]["goto"])
        found.extend(b["goto"] for b in state["next"].get("branches", []))
    return found
