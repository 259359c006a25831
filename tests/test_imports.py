"""What each entry point imports: a verb loads its own modules, not every verb's.

Measured as the modules present after the import, in a fresh interpreter (a module imported
by an earlier test would hide the difference here)."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

HEAVY = ("jsonschema", "transitions", "fpdf", "grandalf", "PySide6", "sm_sim.scoring.detectors",
         "sm_sim.engine.run", "sm_sim.records.attempt", "sm_sim.scenario.guidance")


def loaded_after(code: str) -> set[str]:
    """The modules a fresh interpreter has once ``code`` has run."""
    probe = f"{code}\nimport json, sys\nprint(json.dumps(sorted(sys.modules)))"
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    return set(json.loads(out.stdout.splitlines()[-1]))


def heavy_in(modules: set[str]) -> list[str]:
    return [name for name in HEAVY if name in modules]


def test_the_command_line_imports_none_of_the_verbs_work() -> None:
    assert heavy_in(loaded_after("import sm_sim.cli.main")) == []


def test_the_help_is_printed_without_loading_the_verbs() -> None:
    code = "from sm_sim.cli import main\ntry:\n    main(['--help'])\nexcept SystemExit:\n    pass"
    assert heavy_in(loaded_after(code)) == []


@pytest.mark.parametrize("package", ["sm_sim.scenario", "sm_sim.engine", "sm_sim.records"])
def test_a_package_imports_its_modules_when_a_name_is_used(package: str) -> None:
    assert heavy_in(loaded_after(f"import {package}")) == []


def test_a_name_from_a_package_is_its_modules_own() -> None:
    from sm_sim import records, scenario
    from sm_sim.records.exports import export_attempts
    from sm_sim.scenario.load import load_scenario
    assert records.export_attempts is export_attempts
    assert scenario.load_scenario is load_scenario
    assert set(scenario.__all__) <= set(dir(scenario))


def test_the_scenario_model_loads_without_the_schema_checker() -> None:
    modules = loaded_after("import sm_sim.scenario.model")
    assert "jsonschema" not in modules


def test_a_verb_loads_what_it_needs() -> None:
    code = ("from sm_sim.cli import main\nimport sys, io\nsys.stdin = io.StringIO('hello\\n')\n"
            "main(['detect'])")
    modules = loaded_after(code)
    assert "sm_sim.scoring.detectors" in modules
    assert "fpdf" not in modules and "PySide6" not in modules


def test_the_app_window_opens_without_the_screens_it_has_not_shown() -> None:
    """The main window's first paint does not wait for the console, the workbench, the
    attempt screen or the crash dialog: each is imported when first opened."""
    modules = loaded_after("import os\nos.environ.setdefault('QT_QPA_PLATFORM', 'offscreen')\n"
                           "import sm_sim.ui.app")
    assert "sm_sim.ui.main_window" in modules
    later = ("sm_sim.ui.console.window", "sm_sim.ui.console.newsession", "sm_sim.ui.workbench.window",
             "sm_sim.ui.attempt.view", "sm_sim.scoring.detectors", "fpdf", "grandalf")
    assert [name for name in later if name in modules] == []


def test_validating_with_no_terminal_does_not_load_the_progress_bar() -> None:
    """No bar is drawn into a pipe or a log, so tqdm is not imported for it."""
    code = ("from sm_sim.cli import main\nfrom sm_sim.scenario import builtin_scenarios_dir\n"
            "main(['validate', str(builtin_scenarios_dir() / 'log_off.yaml')])")
    assert "tqdm" not in loaded_after(code)
