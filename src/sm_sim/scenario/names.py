"""Names in braces in a scenario's text, filled in as the run shows it: ``{trainee_name}``,
``{trainee_handle}``, ``{followers}`` (the account's followers now), a variable's value now
(``{public_trust}``), a persona's name (``{mary}``) or handle (``{mary.handle}``). ``{{`` and
``}}`` are braces. Where they may be used and what they mean is the format's (this module);
filling them is the engine's (engine/world.py); an unknown name is SC062."""

from __future__ import annotations

import re
from collections.abc import Iterator

BUILTIN = ("trainee_name", "trainee_handle", "followers")
FILLED = ("text", "subject", "headline")  # an inject's fields that are filled (and a prompt)
NAME = re.compile(r"\{\{|\}\}|\{([a-z][a-z0-9_]*)(\.handle)?\}")


def names_in(text: str) -> Iterator[str]:
    """Each ``{name}`` (or ``{name.handle}``) in ``text``, as written inside the braces."""
    for found in NAME.finditer(text):
        if found.group(1):
            yield found.group(1) + (found.group(2) or "")
