"""Scenario files: safe loading, the schema, checks and the frozen model (no Qt here)."""

from .diagnostics import Diagnostic, has_errors
from .guidance import GuidanceLibrary, load_guidance
from .load import Loaded, builtin_scenarios_dir, data_root, load_scenario, scenario_files
from .model import Scenario

__all__ = ["Diagnostic", "GuidanceLibrary", "Loaded", "Scenario", "builtin_scenarios_dir",
           "data_root", "has_errors", "load_guidance", "load_scenario", "scenario_files"]
