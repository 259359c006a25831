"""The scenario library the start screen offers: the built-in scenarios plus any extra
files or folders given on the command line, each loaded with its diagnostics."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ..scenario import Loaded, builtin_scenarios_dir, load_scenario, scenario_files


@dataclass(frozen=True)
class Entry:
    path: Path
    loaded: Loaded

    @property
    def ok(self) -> bool:
        return self.loaded.ok and self.loaded.guidance is not None

    @property
    def title(self) -> str:
        scenario = self.loaded.scenario
        return scenario.title if scenario else self.path.stem.replace("_", " ").title()

    def problem(self) -> str:
        """The first error, as a trainer would fix it."""
        errors = [d for d in self.loaded.diagnostics if d.is_error]
        return errors[0].format() if errors else ""


def load_library(extra_paths: list[Path] | None = None) -> list[Entry]:
    paths = [builtin_scenarios_dir(), *(extra_paths or [])]
    seen: set[Path] = set()
    entries = []
    for path in scenario_files(paths):
        key = path.resolve()
        if key in seen or not path.exists():
            continue
        seen.add(key)
        entries.append(Entry(path, load_scenario(path)))
    return entries
