"""What ``sm-sim validate`` checks in one file, as what it is: the guidance library, the
course, or a scenario (loaded, then played and scored: can the best play pass and reach full
marks, does the worst fail). docs/diagnostics.md's examples are checked the same way."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..scenario import Diagnostic


def check_file(path: Path) -> list[Diagnostic]:
    from ..data import GUIDANCE_FILE
    from ..engine.lint import check_playable
    from ..scenario import load_guidance, load_scenario
    from ..scenario.course import load_course
    from ..scenario.load import COURSE_FILE
    from ..scenario.translation import check_translations, is_translation
    from ..scoring.full_marks import check_full_marks
    if is_translation(path):
        return check_translations(path)
    if path.name == GUIDANCE_FILE:
        return load_guidance(path)[1] + check_translations(path)
    if path.name == COURSE_FILE:
        return load_course(path).diagnostics + check_translations(path)
    loaded = load_scenario(path)
    if loaded.ok and loaded.scenario and loaded.source:
        return (loaded.diagnostics + check_playable(loaded.scenario, loaded.source)
                + check_full_marks(loaded.scenario, loaded.source) + check_translations(path))
    return loaded.diagnostics
