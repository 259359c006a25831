"""Shared fixtures. Qt runs offscreen in every test; nothing waits on wall time."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parents[1]
SCENARIOS = ROOT / "scenarios"
EXAMPLE = SCENARIOS / "cordon_questions.yaml"


@pytest.fixture(autouse=True)
def _private_folders(tmp_path_factory, monkeypatch):
    """No test writes to the real user's data or log folders."""
    monkeypatch.setenv("SM_SIM_DATA_DIR", str(tmp_path_factory.mktemp("data")))
    monkeypatch.setenv("SM_SIM_LOG_DIR", str(tmp_path_factory.mktemp("logs")))


@pytest.fixture(scope="session")
def example():
    from sm_sim.scenario import load_scenario
    loaded = load_scenario(EXAMPLE)
    assert loaded.ok, [d.format() for d in loaded.diagnostics]
    return loaded
