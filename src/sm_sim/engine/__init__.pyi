# What the package offers; engine/__init__.py loads each name from its module on first use.
from .play import Choice, automatic, parse_script, play, scripted
from .run import ActionError, ScenarioRun
from .timing import TimeLimits

__all__ = ["ActionError", "Choice", "ScenarioRun", "TimeLimits", "automatic", "parse_script", "play",
           "scripted"]
