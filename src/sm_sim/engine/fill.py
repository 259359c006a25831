"""Fill the names in braces in a scenario's text (scenario/names.py says which) with what
they are at this moment of the run."""

from __future__ import annotations

import re

from ..scenario.model import Scenario
from ..scenario.names import NAME
from .state import RunState


def fill(text: str | None, scenario: Scenario, state: RunState) -> str | None:
    if not text or ("{" not in text and "}" not in text):
        return text

    def one(found: re.Match[str]) -> str:
        whole, name, handle = found.group(0), found.group(1), found.group(2)
        if name is None:
            return whole[0]  # {{ or }}
        value = _value(name, bool(handle), scenario, state)
        return whole if value is None else value
    return NAME.sub(one, text)


def _value(name: str, handle: bool, scenario: Scenario, state: RunState) -> str | None:
    account = scenario.account
    if handle:
        person = scenario.personas.get(name)
        return person.handle if person else None
    if name == "trainee_name":
        return account.name
    if name == "trainee_handle":
        return account.handle
    if name == "followers":
        return f"{state.followers:,}"
    if name in state.variables:
        value = state.variables[name]
        return f"{value:g}" if value != int(value) else str(int(value))
    person = scenario.personas.get(name)
    return person.name if person else None
