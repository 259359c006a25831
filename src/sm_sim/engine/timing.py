"""Time limits as a trainee needs them (WCAG 2.2.1, Timing Adjustable): as the scenario
writes them, made longer by a factor, or switched off.

A run is given its ``TimeLimits`` when it is created and says which on its ``RunStarted``
event, so a replay rebuilds the same run. Only the time a decision waits changes: what
each option earns does not, so the score is worked out exactly as it would be without it.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from ..i18n import N_

MAX_FACTOR = 10.0  # WCAG's "adjust" asks for at least ten times the default
PRESETS = ("1.5", "2", "3", "off")  # what the app and the CLI offer, after "as written"
_WORDS = {1.5: "one and a half times as long", 2.0: "doubled", 3.0: "tripled"}
_FACTOR = re.compile(r"^(?:[x×]\s*)?(\d+(?:\.\d+)?)(?:\s*[x×])?$")


@dataclass(frozen=True)
class TimeLimits:
    """``factor`` times every decision's ``time_limit``; ``off``: no decision ever times out."""

    factor: float = 1.0
    off: bool = False

    def __post_init__(self) -> None:
        if self.off:
            if self.factor != 1.0:
                raise ValueError("time limits that are off have no factor")
        elif not (math.isfinite(self.factor) and 1.0 <= self.factor <= MAX_FACTOR):
            raise ValueError(N_("time limits can be made 1 to {limit} times as long, not {factor}").format(
                limit=f"{MAX_FACTOR:g}", factor=f"{self.factor:g}"))

    @classmethod
    def parse(cls, text: str | None) -> TimeLimits:
        """``None``, ``""``, ``"as written"`` or ``"1"``: as written; ``"off"``; or a factor
        (``"1.5"``, ``"2"``, ``"2x"``, ``"×3"``). ``ValueError`` for anything else."""
        if text is None:
            return AS_WRITTEN
        if not isinstance(text, str):
            raise ValueError(f"time limits must be written as text, not {text!r}")
        words = text.strip().lower().replace("-", " ").replace("_", " ")
        if words in ("", "as written", "normal"):
            return AS_WRITTEN
        if words == "off":
            return OFF
        match = _FACTOR.match(words)
        if match is None:
            raise ValueError(N_("'{text}' is not a time-limit setting: write off, or how many "
                                "times as long (e.g. 1.5, 2 or 3)").format(text=text))
        return cls(float(match.group(1)))

    @property
    def adjusted(self) -> bool:
        return self.off or self.factor != 1.0

    def recorded(self) -> str | None:
        """As an attempt records it: ``None`` when as written, else ``"off"`` or the factor."""
        if not self.adjusted:
            return None
        return "off" if self.off else f"{self.factor:g}"

    def limit(self, seconds: float | None) -> float | None:
        """A decision's time limit as this run applies it (``None``: it never times out)."""
        if seconds is None or self.off:
            return None
        return seconds * self.factor

    @property
    def label(self) -> str:
        """Short, for a menu or a column: "as written", "off", "2×"."""
        if not self.adjusted:
            return "as written"
        return "off" if self.off else f"{self.factor:g}×"

    @property
    def words(self) -> str:
        """In plain words, for a sentence about the time limits: "doubled", "switched off"."""
        if not self.adjusted:
            return "as written"
        if self.off:
            return "switched off"
        return _WORDS.get(self.factor, f"made {self.factor:g} times as long")


AS_WRITTEN = TimeLimits()
OFF = TimeLimits(off=True)
