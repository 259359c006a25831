"""Where the built-in scenarios/ and assets/ live: the checkout, or the installed package
(whose wheel carries them under ``sm_sim/_data``). Nothing here imports anything of the
project's, so any layer can ask."""

from __future__ import annotations

from pathlib import Path

GUIDANCE_FILE = "guidance.yaml"  # the built-in guidance library, beside the scenarios


def data_root() -> Path:
    """The folder holding ``scenarios/`` and ``assets/``."""
    checkout = Path(__file__).resolve().parents[2]
    if (checkout / "scenarios" / GUIDANCE_FILE).is_file():
        return checkout
    return Path(__file__).resolve().parent / "_data"
