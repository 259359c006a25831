"""The parts of a file that passed the schema, so that references, branches and timings are
checked in the same run as the shape: a trainer fixes a file once, not once per kind of
problem.

A state, ending, persona or reaction with a shape problem anywhere inside it is left out of
those checks whole (so nothing in it is checked against a key it lacks), but its name still
counts (a ``goto`` to it is not unknown), and what it visibly refers to — the ``goto``s it
names, the post ids and tags it gives — is read leniently from its raw data, so the rest of
the file is not blamed for a neighbour's typo. A top-level key that is missing or malformed
turns off the checks that rest on it (``minutes``: the timings; ``personas``: unknown
persona; ``start``: reachability).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from .yamlsrc import Path_, Source

UNITS = ("states", "endings", "personas")  # mappings whose entries are set aside one by one
LISTS = ("reactions",)  # lists whose items are
NEEDED: dict[str, type] = {"states": dict, "endings": dict, "personas": dict, "reactions": list,
                           "variables": dict}


@dataclass
class WellFormed:
    data: dict[str, Any]  # the file without its malformed parts
    names: dict[str, set[str]]  # every state, ending and persona named, malformed ones too
    broken: set[str] = field(default_factory=set)  # top-level keys missing or malformed
    loose: dict[Path_, Any] = field(default_factory=dict)  # malformed units' raw data, by place

    def known(self, kind: str) -> set[str] | None:
        """The names a reference of this kind may use, or None when the file's own list of
        them is broken (then an unknown name is not reported: its list is)."""
        return None if kind in self.broken else self.names.get(kind, set())

    def gotos(self) -> Iterator[tuple[Path_, str]]:
        """Each ``goto`` named in a malformed unit, where it is (not where it is itself wrong)."""
        for at, raw in self.loose.items():
            yield from _find(raw, at, "goto")

    def post_ids(self) -> Iterator[tuple[str, str]]:
        """(post id, author) for each post a malformed unit gives an id."""
        for at, raw in self.loose.items():
            for place, post in _find(raw, at, "id"):
                if "injects" in place:
                    author = _at(raw, place[len(at):-1]).get("from", "")
                    yield post, author if isinstance(author, str) else ""

    def tags(self) -> set[str]:
        found: set[str] = set()
        for at, raw in self.loose.items():
            for _, tags in _find(raw, at, "tags", str_only=False):
                if isinstance(tags, list):
                    found.update(t for t in tags if isinstance(t, str))
        return found


def well_formed(source: Source) -> WellFormed | None:
    """The well-formed part of ``source``'s data, or None if none of it can be checked."""
    raw = source.data
    if not isinstance(raw, dict) or () in source.invalid:
        return None
    names = {k: set(raw[k]) if isinstance(raw.get(k), dict) else set() for k in UNITS}
    parts = WellFormed(dict(raw), names)
    for top, kind in NEEDED.items():
        if top in raw and not isinstance(raw[top], kind):
            parts.broken.add(top)
    for at in source.invalid:
        _set_aside(parts, raw, at)
    for top in parts.broken:
        parts.data.pop(top, None)
    for top in (*UNITS, *LISTS):
        parts.data.setdefault(top, [] if top in LISTS else {})
    return parts


def _set_aside(parts: WellFormed, raw: dict[str, Any], at: Path_) -> None:
    top = str(at[0])
    if len(at) >= 2 and (top, at[1]) in parts.loose:
        return  # a second problem in a unit already set aside
    if len(at) >= 2 and top in (*UNITS, *LISTS) and top not in parts.broken and top in raw:
        held = raw[top]
        if top in UNITS and at[1] in held:
            if parts.data[top] is held:
                parts.data[top] = dict(held)
            parts.loose[(top, at[1])] = parts.data[top].pop(at[1])
        elif top in LISTS and isinstance(at[1], int) and at[1] < len(held):
            if parts.data[top] is held:
                parts.data[top] = list(held)
            parts.loose[(top, at[1])] = held[at[1]]
            parts.data[top][at[1]] = None  # kept in place, so later items keep their numbers
    elif len(at) == 1 or top not in (*UNITS, *LISTS):
        parts.broken.add(top)


def _find(node: Any, at: Path_, key: str, str_only: bool = True) -> Iterator[tuple[Path_, Any]]:
    """Every value of ``key`` in ``node`` (any depth), with its place."""
    if isinstance(node, dict):
        for k, v in node.items():
            if k == key and (isinstance(v, str) or not str_only):
                yield (*at, k), v
            else:
                yield from _find(v, (*at, k), key, str_only)
    elif isinstance(node, list):
        for i, v in enumerate(node):
            yield from _find(v, (*at, i), key, str_only)


def _at(node: Any, place: Path_) -> dict[str, Any]:
    for part in place:
        node = node[part]
    return node if isinstance(node, dict) else {}
