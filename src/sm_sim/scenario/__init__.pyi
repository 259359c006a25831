# What the package offers; scenario/__init__.py loads each name from its module on first use.
from .diagnostics import Diagnostic, has_errors
from .guidance import GuidanceLibrary, load_guidance
from .load import Loaded, builtin_scenarios_dir, data_root, load_scenario, scenario_files
from .model import Scenario

__all__ = ["Diagnostic", "GuidanceLibrary", "Loaded", "Scenario", "builtin_scenarios_dir",
           "data_root", "has_errors", "load_guidance", "load_scenario", "scenario_files"]
