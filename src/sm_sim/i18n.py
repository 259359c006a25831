"""The Qt-free core's sentences in the reader's language, through a gettext catalogue.

The engine, the scoring and the records write English: an attempt's record says what happened
in English whatever language it was played in, so that ``verify`` and a course's records read
the same everywhere. Each sentence a reader may be shown is marked ``N_()`` where it is
written, a fixed sentence or a template with ``{names}``; ``python assets/i18n/update.py``
collects them with Babel into ``assets/i18n/core_cy.po`` (keeping the translations there) and
compiles ``core_cy.mo``, which ships. A screen shows such a sentence in its language with
``said(text, language)``: the catalogue's translation of a fixed sentence, or, for one a
template made, the template's translation with the same values put in (each value itself
said where the catalogue has it, so "00:36 · 24 replies from the public" is two templates
deep). A sentence the catalogue does not know is shown as it is.

What is written only to be shown there and then (the command line's own sentences) is said
with ``tr("…")`` in the language ``use()`` chose, gettext's way: ``tr`` marks it for the
catalogue too, and a template is formatted after it is said (``tr("{count} checked")
.format(count=n)``). The command line chooses from ``--language``, else from the
environment as gettext reads it (``LANGUAGE``, ``LC_ALL``, ``LC_MESSAGES``, ``LANG``); the app
from its setting.
"""

from __future__ import annotations

import gettext
import os
import re
import struct
from functools import cache
from pathlib import Path

from .data import data_root

_FIELD = re.compile(r"\{(\w+)\}")
# What a value of these names can be, so that a template is found only where it was used:
# "{count} posts" is not "Police chief defends posts"
_VALUES = {"count": r"[\d,]+", "change": r"[+\-−][\d,]+", "time": r"\d+:\d\d(?::\d\d)?",
           "number": r"\d+", "limit": r"\d+"}


LANGUAGES = ("en", "cy")
_chosen = ["en"]


def N_(text: str) -> str:
    """Mark ``text`` (a sentence or a template) for the catalogue where it is written."""
    return text


def use(language: str) -> str:
    """Say things in ``language`` from now on (English for one there is no catalogue for)."""
    _chosen[0] = language if language in LANGUAGES else "en"
    return _chosen[0]


def chosen() -> str:
    return _chosen[0]


def from_environment(environ: dict[str, str] | None = None) -> str:
    """The language the environment asks for, in gettext's order: ``cy`` or ``en``."""
    environ = dict(os.environ) if environ is None else environ
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = environ.get(name, "")
        if value:
            first = value.split(":")[0].split("_")[0].split(".")[0].lower()
            return first if first in LANGUAGES else "en"
    return "en"


def tr(text: str) -> str:
    """``text`` (English, a sentence or a template) in the language ``use()`` chose."""
    return said(text, _chosen[0])


def catalogue_path(language: str) -> Path:
    return data_root() / "assets" / "i18n" / f"core_{language}.mo"


@cache
def _catalogue(language: str) -> dict[str, str]:
    """Each English message of the catalogue and its translation (nothing for English, or
    when the compiled file is missing or damaged)."""
    if language == "en":
        return {}
    try:
        with catalogue_path(language).open("rb") as file:
            found = gettext.GNUTranslations(file)
    except (OSError, ValueError, LookupError, struct.error):  # missing, or not a catalogue
        return {}
    # GNUTranslations keeps its messages in _catalog and offers no other way to list them
    return {k: v for k, v in found._catalog.items() if isinstance(k, str) and k and v}  # type: ignore[attr-defined]


@cache
def _templates(language: str) -> tuple[tuple[str, re.Pattern[str], str], ...]:
    """The catalogue's templates as patterns that recover their values from a sentence, each
    with its longest literal piece (a sentence without it cannot be the template's), the most
    specific (most literal text) first."""
    found = []
    for english, translation in _catalogue(language).items():
        if not _FIELD.search(english):
            continue
        pieces, named = [], set()
        for n, piece in enumerate(_FIELD.split(english)):
            if not n % 2:
                pieces.append(re.escape(piece))
            else:  # a value written twice is the same both times
                value = _VALUES.get(piece, ".+?")
                pieces.append(f"(?P={piece})" if piece in named else f"(?P<{piece}>{value})")
                named.add(piece)
        longest = max(_FIELD.split(english)[::2], key=len)
        found.append((len(_FIELD.sub("", english)), longest, re.compile("".join(pieces), re.DOTALL),
                      translation))
    found.sort(key=lambda t: -t[0])
    return tuple((piece, pattern, translation) for _, piece, pattern, translation in found)


def said(text: str, language: str, depth: int = 2) -> str:
    """``text``, an English sentence the core wrote, in ``language`` (see the module's note)."""
    if language == "en" or not text:
        return text
    known = _catalogue(language)
    if text in known:
        return known[text]
    if depth:
        for piece, pattern, translation in _templates(language):
            match = pattern.fullmatch(text) if piece in text else None
            if match:
                values = {k: said(v, language, depth - 1) for k, v in match.groupdict().items()}
                try:
                    return translation.format(**values)
                except (KeyError, IndexError, ValueError):  # a damaged translation: the English
                    return text
    return text
