"""``sm-sim validate FOLDER`` on a terminal: a bar while it checks, and every result still
printed whole (the bar is drawn again below each line)."""

from __future__ import annotations

import io

import pytest

from sm_sim.cli import main
from sm_sim.scenario import builtin_scenarios_dir, scenario_files


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_validating_a_folder_on_a_terminal_shows_progress_and_every_result(
        monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    terminal = _Terminal()
    monkeypatch.setattr("sys.stderr", terminal)
    monkeypatch.setenv("COLUMNS", "100")
    folder = builtin_scenarios_dir()
    assert main(["validate", str(folder)]) == 0
    checked = len(scenario_files([folder])) + 1  # and the course
    assert f"0/{checked}" in terminal.getvalue() and "checking" in terminal.getvalue()
    assert capsys.readouterr().out.count(": ok\n") == checked
