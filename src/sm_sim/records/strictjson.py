"""JSON as the standard defines it: Python's reader also accepts ``NaN``, ``Infinity`` and
``-Infinity``, which no other JSON reader (nor an LRS) does, and which no sm-sim record
contains. Reading them is refused, as writing them is (``allow_nan=False``)."""

from __future__ import annotations

import json
from typing import Any

from ..i18n import N_


def _refuse(name: str) -> Any:
    raise ValueError(N_("{name} is not a JSON value").format(name=name))


def loads(text: str | bytes) -> Any:
    """``json.loads`` that raises ValueError on NaN and infinities."""
    return json.loads(text, parse_constant=_refuse)
