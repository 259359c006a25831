"""A scenario (or the guidance library) in another language: a sibling file of its texts.

``cordon_questions.cy.yaml`` beside ``cordon_questions.yaml`` holds the Welsh of every text
the scenario shows — titles, posts, prompts, option labels, feedback, messages — each under
its place in the scenario (``states.incident.decision.prompt``; a list item by its ``id``,
else its position). The English file stays as it is; a translator works in the sibling only,
and ``sm-sim translate FILE --to cy`` writes or brings it up to date, each text with its
English above it. Names, handles, ids, numbers, rubric patterns and sample replies are not
translated: the story, its branches and its scoring are the scenario's own.

``translated`` reads the sibling and returns the scenario's data with the translation laid
over it, or the English data and the problems when the translation is incomplete or wrong
(every one at once, each at its line in the sibling): a translation missing a text, a text
the scenario does not have, braces that differ from the English, or a sibling of another
scenario. A scenario without a sibling in the language asked for is played in English.
"""

from __future__ import annotations

import copy
import hashlib
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from ..i18n import N_
from .diagnostics import Diagnostic, has_errors, make, suggest
from .yamlsrc import Source, read_yaml

LANGUAGES = {"en": "English", "cy": "Cymraeg"}  # what a sibling may be written in
TEXT_KEYS = frozenset({"title", "summary", "text", "prompt", "label", "feedback", "subject",
                       "headline", "bio", "exemplar", "hint", "placeholder", "description",
                       "example"})  # a guidance entry's principle is a code, not a text
CROWD_TEXTS = frozenset({"templates", "slots"})  # every string in them is a text
NOT_TEXT = frozenset({"sources", "samples", "patterns", "include_patterns", "avoid_patterns"})
_BRACES = re.compile(r"(?<!\{)\{([^{}]*)\}(?!\})")

Where = tuple[str | int, ...]
Texts = dict[str, tuple[Where, str]]  # key -> where it goes in the data, and the text


def sibling(path: Path, language: str) -> Path:
    """Where the ``language`` texts of the file at ``path`` live."""
    return path.with_name(f"{path.stem}.{language}{path.suffix}")


def is_translation(path: Path) -> bool:
    """A sibling of texts (``name.cy.yaml``), not a scenario of its own."""
    parts = path.name.split(".")
    return len(parts) == 3 and parts[1] in LANGUAGES and parts[1] != "en"


def texts(data: Any) -> Texts:
    """Every translatable text of a scenario's (or guidance library's) data: its key in a
    sibling file, where it is in the data, and the English. Texts are the strings under
    ``TEXT_KEYS``, and every string of a crowd's ``templates`` and ``slots``."""
    found: Texts = {}

    def walk(node: Any, where: Where, key: tuple[str, ...], every: bool) -> None:
        if isinstance(node, dict):
            for name, value in node.items():
                if not isinstance(name, str) or name in NOT_TEXT:
                    continue
                if isinstance(value, str):
                    if (every or name in TEXT_KEYS) and value.strip():
                        found[".".join((*key, name))] = ((*where, name), value)
                else:
                    walk(value, (*where, name), (*key, name), every or name in CROWD_TEXTS)
        elif isinstance(node, list):
            for i, item in enumerate(node):
                if isinstance(item, str):
                    if every and item.strip():
                        found[".".join((*key, str(i)))] = ((*where, i), item)
                    continue
                named = item.get("id") if isinstance(item, dict) else None
                walk(item, (*where, i), (*key, str(named) if isinstance(named, str) else str(i)),
                     every)

    walk(data, (), (), False)
    return found


def own_name(data: Any, path: Path) -> str:
    """What a translation says it translates: the scenario's id, else the file's name
    (``guidance``, ``course``)."""
    found = data.get("id") if isinstance(data, dict) else None
    return found if isinstance(found, str) else path.name.split(".")[0]


def braces(text: str) -> set[str]:
    return set(_BRACES.findall(text))


@dataclass
class Translated:
    data: Any  # the data with the translation laid over it (the English when it failed)
    language: str  # the language of ``data``
    digest: str  # the content hash: the original's, with the sibling's when translated
    diagnostics: list[Diagnostic]
    path: Path | None = None  # the sibling read, if any


def translated(source: Source, language: str) -> Translated:
    """``source``'s data in ``language``, from its sibling file (see the module's note)."""
    path = Path(source.path)
    other = sibling(path, language)
    if language == "en" or not other.is_file():
        return Translated(source.data, "en", source.digest, [])
    into, problems, own = _read(other, source.data, language)
    if has_errors(problems):
        return Translated(source.data, "en", source.digest, problems, other)
    data = copy.deepcopy(source.data)
    for where, text in into.values():
        node = data
        for step in where[:-1]:
            node = node[step]
        node[where[-1]] = text
    digest = hashlib.sha256(f"{source.digest}:{language}:{own}".encode()).hexdigest()
    return Translated(data, language, digest[:len(source.digest) or 16], problems, other)


def read_translation(path: Path, original: Any, language: str) -> list[Diagnostic]:
    """Every problem of the translation at ``path`` of the data ``original``."""
    return _read(path, original, language)[1]


def _read(path: Path, original: Any, language: str) -> tuple[Texts, list[Diagnostic], str]:
    """The translated texts of the sibling at ``path`` for the data ``original`` (each where
    it goes), every problem, and the sibling's content hash."""
    found: list[Diagnostic] = []
    source, problems = read_yaml(path)
    if problems:
        return {}, problems, ""

    def report(at: Where, code: str, message: str, hint: str = "", key: bool = False) -> None:
        line, col = source.where(at, key=key)
        found.append(make(str(path), line, col, code, message, hint))

    data = source.data
    if not isinstance(data, dict) or not isinstance(data.get("texts"), dict):
        report((), "SC093", N_("a translation has 'translates:', 'language:' and 'texts:'"),
               N_("run 'sm-sim translate {file} --to {language}' to write one").format(
                   file=f"{path.name.split('.')[0]}.yaml", language=language))
        return {}, found, source.digest
    own_id = own_name(original, path)
    if data.get("translates") != own_id:
        report(("translates",) if "translates" in data else (), "SC093",
               N_("this file translates '{translates}', but it sits beside '{own}'").format(
                   translates=data.get("translates"), own=own_id),
               N_("write 'translates: {own}'").format(own=own_id))
    if data.get("language") != language:
        report(("language",) if "language" in data else (), "SC093",
               N_("this file's name says {language}, but it says 'language: {given}'").format(
                   language=language, given=data.get("language")),
               N_("write 'language: {language}'").format(language=language))
    wanted = texts(original)
    given = data["texts"]
    into: Texts = {}
    for key, text in given.items():
        at: Where = ("texts", key)
        if key not in wanted:
            report(at, "SC091", N_("'{key}' is not a text of the scenario").format(key=key),
                   suggest(str(key), set(wanted)) or N_("remove it, or run 'sm-sim translate' to "
                                                        "bring the file up to date"), key=True)
            continue
        if not isinstance(text, str) or not text.strip():
            continue  # reported below as missing
        english = wanted[key][1]
        if braces(text) != braces(english):
            report(at, "SC092", N_("the braces in '{key}' differ from the English ({braces})").format(
                       key=key, braces=", ".join(sorted("{" + b + "}" for b in braces(english)))
                       or N_("none")),
                   # "{name}" is the hint's own word, not a field: it is said as it is
                   N_("keep each {name} of the English as it is written; translate the words around it"))
            continue
        into[key] = (wanted[key][0], text)
    missing = [k for k in wanted if not isinstance(given.get(k), str) or not given[k].strip()]
    if missing:
        shown = ", ".join(missing[:3])
        if len(missing) > 3:
            shown = N_("{names} and {count} more").format(names=shown, count=len(missing) - 3)
        said = N_("1 text not translated: {texts}") if len(missing) == 1 \
            else N_("{count} texts not translated: {texts}")
        report(("texts",), "SC090", said.format(count=len(missing), texts=shown),
               N_("translate them, or run 'sm-sim translate ... --to {language}' to list them").format(
                   language=language))
    return into, found, source.digest


def check_translations(path: Path) -> list[Diagnostic]:
    """The problems of every translation beside the file at ``path`` (for ``validate``);
    ``path`` may also name a translation itself, which is checked against its original."""
    if is_translation(path):
        stem, language, suffix = path.name.split(".")
        original = path.with_name(f"{stem}.{suffix}")
        source, problems = read_yaml(original)
        if problems:
            return problems
        return read_translation(path, source.data, language)
    source, problems = read_yaml(path)
    if problems:
        return []  # the file's own check reports it
    found: list[Diagnostic] = []
    for language in LANGUAGES:
        if language != "en" and sibling(path, language).is_file():
            found += read_translation(sibling(path, language), source.data, language)
    return found


def template(original: Any, language: str, kept: dict[str, str] | None = None,
             own_id: str = "") -> str:
    """The sibling file for ``original`` in ``language``: every text, its English above it
    as a comment, and the translation already ``kept`` (or an empty one to write)."""
    kept = kept or {}
    lines = [f"# {LANGUAGES.get(language, language)} texts for {own_id} (sm-sim translate writes "
             "and updates this file; keep each {name} as it is)",
             f"translates: {own_id}", f"language: {language}", "texts:"]
    for key, (_, english) in texts(original).items():
        lines += [f"  # {line}" for line in english.strip().splitlines()]
        value = kept.get(key, "")
        dumped = yaml.safe_dump({key: value}, allow_unicode=True, width=1000).rstrip("\n")
        lines.append("  " + dumped.replace("\n", "\n  "))
    return "\n".join(lines) + "\n"
