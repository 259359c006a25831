"""Read a YAML file safely into plain data, remembering where every value came from.

Nothing in a file is ever executed: only the YAML core types are built, and tags
such as ``!!python/object`` are reported. The file's size, nesting depth and the
number of nodes after alias expansion are bounded, so a hostile or broken file
costs well under a second and yields a diagnostic instead of a traceback.
"""

from __future__ import annotations

import hashlib
import math
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from ..i18n import N_
from .diagnostics import Diagnostic, make
from .yamlwords import explain

# The limits follow the format: a scenario holds at most MAX_STATES states (the schema says
# so), and the largest such file written as docs/authoring.md shows — each state with a post
# and a decision of two options, about 600 bytes and 60 values — must load; anything far
# beyond that is not a scenario, and is refused before it can eat the memory.
MAX_STATES = 50_000
MAX_BYTES = 48_000_000  # 50,000 states × 600 bytes = 30 MB, with room for long texts
MAX_DEPTH = 40
MAX_NODES = 4_000_000  # 50,000 states × 60 values = 3 M, with room
MAX_INT = 2**63 - 1  # seeds and counts fit in 64 bits; nothing needs more

_Loader: type[Any] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_TAG = "tag:yaml.org,2002:"
_SCALAR_TAGS = {f"{_TAG}{t}" for t in ("str", "int", "float", "bool", "null", "timestamp")}

Path_ = tuple[str | int, ...]


@dataclass
class Source:
    """Plain data read from a YAML file, with the line and column of each value."""

    path: str
    data: Any = None
    marks: dict[Path_, tuple[int, int]] = field(default_factory=dict)
    key_marks: dict[Path_, tuple[int, int]] = field(default_factory=dict)
    complete: bool = False  # the whole file was read (its shape can be checked)
    digest: str = ""  # content_hash of the bytes read
    invalid: set[Path_] = field(default_factory=set)  # where the schema found a problem

    def where(self, at: Path_, key: bool = False) -> tuple[int, int]:
        """The 1-based line and column of the value (or key) at ``at``, or its nearest parent."""
        table = self.key_marks if key else self.marks
        probe = tuple(at)
        while probe:
            if probe in table:
                return table[probe]
            if probe in self.marks:
                return self.marks[probe]
            probe = probe[:-1]
        return self.marks.get((), (1, 1))


class _Stop(Exception):
    def __init__(self, diagnostic: Diagnostic) -> None:
        super().__init__(diagnostic.message)
        self.diagnostic = diagnostic


def read_yaml(path: Path | str) -> tuple[Source, list[Diagnostic]]:
    """Read ``path``; return its data and its diagnostics. A problem that makes the rest
    unreadable stops reading there; a duplicate key is reported and reading goes on."""
    source = Source(str(path))
    converter = _Converter(source)
    try:
        text, source.digest = _read_text(Path(path), source.path)
        root = _compose(text, source.path)
        source.data = converter.convert(root, (), 0)
    except _Stop as stop:
        return source, [*converter.found, stop.diagnostic]
    source.complete = True
    return source, converter.found


def content_hash(raw: bytes) -> str:
    """What identifies a file's exact version (attempts record it; verify compares it)."""
    return hashlib.sha256(raw).hexdigest()


def _read_text(path: Path, name: str) -> tuple[str, str]:
    try:
        with path.open("rb") as handle:
            raw = handle.read(MAX_BYTES + 1)
    except OSError as err:
        raise _Stop(make(name, 1, 1, "SC001",
                         N_("cannot read file: {reason}").format(reason=err.strerror or err))) from err
    if len(raw) > MAX_BYTES:
        raise _Stop(make(name, 1, 1, "SC002", N_("file is larger than {limit} MB, more than a "
                                                 "scenario of {count} states needs").format(
                                                     limit=MAX_BYTES // 1_000_000, count=f"{MAX_STATES:,}")))
    if b"\x00" in raw:
        line, col = _position(raw, raw.index(b"\x00"))
        raise _Stop(make(name, line, col, "SC004", N_("file contains NUL bytes")))
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as err:
        line, col = _position(raw, err.start)
        raise _Stop(make(name, line, col, "SC003", N_("byte {byte} is not UTF-8").format(
            byte=f"0x{raw[err.start]:02x}"))) from err
    text = text.removeprefix("\ufeff")
    if not _strip_comments(text):
        raise _Stop(make(name, 1, 1, "SC005", N_("the file is empty")))
    return text, content_hash(raw)


def _position(raw: bytes, offset: int) -> tuple[int, int]:
    before = raw[:offset]
    return before.count(b"\n") + 1, offset - (before.rfind(b"\n") + 1) + 1


def _strip_comments(text: str) -> str:
    lines = (line.strip() for line in text.splitlines())
    return "".join(line for line in lines if line and not line.startswith("#") and line != "---")


def _compose(text: str, name: str) -> Node:
    """Check depth and document count on the event stream, then compose the node graph."""
    try:
        _check_events(yaml.parse(text, Loader=_Loader), name)
        node = yaml.compose(text, Loader=_Loader)
    except yaml.MarkedYAMLError as err:
        words = explain(err, text)  # in plain words, with the fix
        raise _Stop(make(name, words.line, words.col, "SC006", words.message, words.hint)) from err
    except yaml.YAMLError as err:
        raise _Stop(make(name, 1, 1, "SC006", str(err).splitlines()[0])) from err
    if node is None:
        raise _Stop(make(name, 1, 1, "SC005", N_("the file has no content")))
    return node


def _check_events(events: Iterable[Any], name: str) -> None:
    """Check depth, document count and expanded size on the event stream, before anything
    is composed. An alias (``*a``, merge keys included) counts as every value its anchor
    holds, so a bomb is refused after reading its few lines, never after expanding them."""
    sizes: dict[str, int] = {}  # anchor → values it expands to
    open_: list[tuple[str | None, int]] = []  # (anchor, values so far) per open collection
    total = documents = 0
    for event in events:
        size = 0
        if isinstance(event, yaml.CollectionStartEvent):
            open_.append((event.anchor, 1))
            if len(open_) > MAX_DEPTH:
                _stop(name, event, "SC007", N_("nested more than {limit} levels").format(limit=MAX_DEPTH))
            continue
        if isinstance(event, yaml.CollectionEndEvent):
            anchor, size = open_.pop()
            if anchor:
                sizes[anchor] = size
        elif isinstance(event, yaml.ScalarEvent):
            size, total = 1, total + 1
            if event.anchor:
                sizes[event.anchor] = 1
        elif isinstance(event, yaml.AliasEvent):
            size = sizes.get(event.anchor or "", 1)
            total += size
        elif isinstance(event, yaml.DocumentStartEvent):
            documents += 1
            if documents > 1:
                _stop(name, event, "SC011", N_("a second YAML document starts here"))
        if total > MAX_NODES:
            _stop(name, event, "SC008",
                  N_("more than {limit} values after expanding aliases").format(limit=MAX_NODES))
        if open_ and size:
            anchor, held = open_[-1]
            open_[-1] = (anchor, min(held + size, MAX_NODES + 1))


def _stop(name: str, event: Any, code: str, message: str) -> None:
    line, col = _mark(event.start_mark)
    raise _Stop(make(name, line, col, code, message))


def _mark(mark: Any) -> tuple[int, int]:
    return int(mark.line) + 1, int(mark.column) + 1


class _Converter:
    """Node graph to plain data, counting nodes so aliases cannot expand without bound."""

    def __init__(self, source: Source) -> None:
        self.source = source
        self.count = 0
        self.constructor = yaml.SafeLoader("")
        self.found: list[Diagnostic] = []

    def convert(self, node: Node, at: Path_, depth: int) -> Any:
        self.count += 1
        line, col = _mark(node.start_mark)
        if self.count > MAX_NODES:
            raise _Stop(make(self.source.path, line, col, "SC008",
                             N_("more than {limit} values after expanding aliases").format(
                                 limit=MAX_NODES)))
        if depth > MAX_DEPTH:
            raise _Stop(make(self.source.path, line, col, "SC007",
                             N_("nested more than {limit} levels (through aliases)").format(
                                 limit=MAX_DEPTH)))
        self.source.marks.setdefault(at, (line, col))
        if isinstance(node, ScalarNode):
            return self._scalar(node, line, col)
        if isinstance(node, SequenceNode) and node.tag == f"{_TAG}seq":
            return [self.convert(item, (*at, i), depth + 1) for i, item in enumerate(node.value)]
        if isinstance(node, MappingNode) and node.tag == f"{_TAG}map":
            return self._mapping(node, at, depth)
        raise _Stop(make(self.source.path, line, col, "SC009",
                         N_("tag {tag} is not allowed").format(tag=node.tag)))

    def _scalar(self, node: ScalarNode, line: int, col: int) -> Any:
        if node.tag not in _SCALAR_TAGS:
            raise _Stop(make(self.source.path, line, col, "SC009",
                             N_("tag {tag} is not allowed").format(tag=node.tag)))
        if node.tag in (f"{_TAG}str", f"{_TAG}timestamp"):
            return str(node.value)
        if node.tag == f"{_TAG}int" and len(str(node.value).lstrip("+-0").replace("_", "")) > 24:
            self._refuse_number(line, col)  # before building it: Python refuses 4,300 digits
        value = self.constructor.construct_object(node)
        if isinstance(value, float) and not math.isfinite(value):
            raise _Stop(make(self.source.path, line, col, "SC012",
                             N_("{value} is not a number that can be used").format(value=node.value)))
        if isinstance(value, int) and not isinstance(value, bool) and abs(value) > MAX_INT:
            self._refuse_number(line, col)
        return value

    def _refuse_number(self, line: int, col: int) -> None:
        raise _Stop(make(self.source.path, line, col, "SC013",
                         N_("a whole number longer than {limit} digits").format(limit=len(str(MAX_INT)))))

    def _mapping(self, node: MappingNode, at: Path_, depth: int) -> dict[str, Any]:
        result: dict[str, Any] = {}
        for key_node, value_node in self._pairs(node):
            line, col = _mark(key_node.start_mark)
            key = self.convert(key_node, (*at, "<key>"), depth + 1)
            if not isinstance(key, (str, int, float, bool)) or isinstance(key, bool):
                raise _Stop(make(self.source.path, line, col, "SC022", N_("keys must be plain words")))
            key = str(key)
            if key in result:  # reported; the later value stands, as in most YAML readers
                self.found.append(make(self.source.path, line, col, "SC010",
                                       N_("key '{key}' appears twice").format(key=key)))
            self.source.key_marks[(*at, key)] = (line, col)
            result[key] = self.convert(value_node, (*at, key), depth + 1)
        self.source.marks.pop((*at, "<key>"), None)
        return result

    def _pairs(self, node: MappingNode, within: frozenset[int] = frozenset()) -> list[tuple[Node, Node]]:
        """The mapping's pairs with YAML merge keys (``<<: *defaults``) folded in."""
        if id(node) in within:
            line, col = _mark(node.start_mark)
            raise _Stop(make(self.source.path, line, col, "SC007", N_("a mapping merges itself")))
        own = [(k, v) for k, v in node.value if k.tag != f"{_TAG}merge"]
        merged: list[tuple[Node, Node]] = []
        for key, value in node.value:
            if key.tag != f"{_TAG}merge":
                continue
            sources = value.value if isinstance(value, SequenceNode) else [value]
            for source in sources:
                if not isinstance(source, MappingNode):
                    line, col = _mark(source.start_mark)
                    raise _Stop(make(self.source.path, line, col, "SC022", N_("<< needs a mapping")))
                merged.extend(self._pairs(source, within | {id(node)}))
        names = {k.value for k, _ in own if isinstance(k, ScalarNode)}
        seen: set[str] = set()
        extra = []
        for k, v in merged:
            if isinstance(k, ScalarNode) and k.value not in names and k.value not in seen:
                seen.add(k.value)
                extra.append((k, v))
        return own + extra
