"""The shared guidance library (scenarios/guidance.yaml): competencies, sources and principles."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ..i18n import N_
from .diagnostics import Diagnostic, has_errors, make
from .schema import GUIDANCE_SCHEMA
from .shape import read_and_check
from .translation import translated

PRINCIPLES = {"courage": "Courage", "respect_empathy": "Respect and empathy",
              "public_service": "Public service"}


@dataclass(frozen=True)
class Competency:
    id: str
    title: str
    description: str


@dataclass(frozen=True)
class GuidanceSource:
    id: str
    title: str
    kind: str = ""


@dataclass(frozen=True)
class Guidance:
    id: str
    title: str
    summary: str
    source: GuidanceSource
    cite: str
    competencies: tuple[str, ...]
    principle: str
    example: str

    @property
    def citation(self) -> str:
        """What the debrief shows: the document and the exact place in it."""
        return f"{self.source.title}: {self.cite}"

    @property
    def principle_title(self) -> str:
        return PRINCIPLES[self.principle]


@dataclass(frozen=True)
class GuidanceLibrary:
    competencies: dict[str, Competency]
    entries: dict[str, Guidance]
    path: str = ""

    def competency_title(self, competency_id: str) -> str:
        found = self.competencies.get(competency_id)
        return found.title if found else competency_id.replace("_", " ").capitalize()


def load_guidance(path: Path | str, language: str = "en") -> tuple[GuidanceLibrary | None, list[Diagnostic]]:
    """The guidance library at ``path``, in ``language`` where its translation beside it is
    complete (else in English: ``validate`` reports the translation's problems)."""
    source, diagnostics = read_and_check(path, GUIDANCE_SCHEMA)
    if has_errors(diagnostics):
        return None, diagnostics
    data = translated(source, language).data
    competencies = {k: Competency(k, v["title"], v["description"])
                    for k, v in data["competencies"].items()}
    sources = {k: GuidanceSource(k, v["title"], v.get("kind", "")) for k, v in data["sources"].items()}
    entries: dict[str, Guidance] = {}
    for key, entry in data["guidance"].items():
        line, col = source.where(("guidance", key), key=True)
        for name in entry["competencies"]:
            if name not in competencies:
                diagnostics.append(make(source.path, line, col, "SC060",
                                        N_("guidance '{guidance}' feeds unknown competency "
                                           "'{name}'").format(guidance=key, name=name)))
        if entry["source"] not in sources:
            diagnostics.append(make(source.path, line, col, "SC060",
                                    N_("guidance '{guidance}' cites unknown source '{source}'").format(
                                        guidance=key, source=entry["source"])))
            continue
        entries[key] = Guidance(key, entry["title"], entry["summary"], sources[entry["source"]],
                                entry["cite"], tuple(entry["competencies"]), entry["principle"],
                                entry["example"])
    if has_errors(diagnostics):
        return None, diagnostics
    return GuidanceLibrary(competencies, entries, str(path)), diagnostics
