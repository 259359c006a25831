"""The scenario engine: a state machine, simulated time, the feed and the event log (no Qt)."""

from .play import Choice, automatic, parse_script, play, scripted
from .run import ActionError, ScenarioRun
from .timing import TimeLimits

__all__ = ["ActionError", "Choice", "ScenarioRun", "TimeLimits", "automatic", "parse_script", "play",
           "scripted"]
