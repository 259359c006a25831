"""A YAML parser error in plain words, with the fix: a tab, an unquoted ``@``, ``*`` or ``: ``,
an unclosed quote or list, a line out of step with its neighbours.

libyaml's messages ("found character that cannot start any token", "did not find expected
key") say what the parser expected, not what the writer did; the line itself usually shows
it, so each rule looks at the line and the character the parser stopped at.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from ..i18n import N_

_PAIR = re.compile(r"^(?P<lead>\s*(?:-\s+)?)(?P<key>[^\s:#][^:#]*?):\s+(?P<value>.*?)\s*$")
_RESERVED = {"@": N_("'@' (as in a handle)"), "`": "'`'", "%": "'%'", "*": "'*'", "&": "'&'",
             "!": "'!'", "|": "'|'", ">": "'>'"}


@dataclass(frozen=True)
class Words:
    line: int
    col: int
    message: str
    hint: str


@dataclass(frozen=True)
class _Spot:
    """Where the parser stopped: its words, the file's lines, the line and the character."""
    problem: str
    context: str
    lines: list[str]
    here: str
    char: str
    line: int
    col: int
    err: Any


def explain(err: Any, text: str) -> Words:
    """``err``: a ``yaml.MarkedYAMLError`` from reading ``text``."""
    mark = err.problem_mark or err.context_mark
    line, col = (mark.line + 1, mark.column + 1) if mark else (1, 1)
    lines = text.splitlines()
    here = lines[line - 1] if 0 < line <= len(lines) else ""
    char = here[col - 1] if 0 < col <= len(here) else ""
    problem, context = str(err.problem or ""), str(err.context or "")
    spot = _Spot(problem, context, lines, here, char, line, col, err)
    for rule in _RULES:
        found = rule(spot)
        if found:
            return found
    return Words(line, col, N_("YAML cannot read this line ({problem})").format(
                     problem=problem or context or N_("cannot parse")),
                 N_("check the indentation (spaces, lined up with the keys above) and the quoting near here"))


def _tab(at: _Spot) -> Words | None:
    if "cannot start any token" in at.problem and at.char == "\t":
        return Words(at.line, at.col, N_("a tab is used to indent this line; YAML indents with spaces only"),
                     N_("replace the tab with spaces (two for each level), and set your editor to "
                        "insert spaces for Tab"))
    return None


def _reserved(at: _Spot) -> Words | None:
    line, col, char = at.line, at.col, at.char
    mark = at.err.context_mark
    if any(word in at.context for word in ("alias", "anchor", "block scalar")) and mark:
        line, col = mark.line + 1, mark.column + 1  # where the value starts
        char = at.here[col - 1] if 0 < col <= len(at.here) else ""
    elif "cannot start any token" not in at.problem:
        return None
    if char in _RESERVED and _value_at(at.here, col):
        return Words(line, col, N_("a value cannot start with {char} unless it is in quotes").format(
                         char=_RESERVED[char]),
                     N_("put the whole value in quotes: {line}").format(line=_quoted(at.here)))
    return None


def _colon(at: _Spot) -> Words | None:
    if "mapping values are not allowed" not in at.problem:
        return None
    before = at.here[:at.col - 1]
    if ": " in before or before.rstrip().endswith(":"):
        return Words(at.line, at.col, N_("': ' inside a value reads as the start of another key"),
                     N_("put the whole value in quotes: {line}").format(line=_quoted(at.here)))
    return Words(at.line, at.col, N_("this line is indented further than the line above, which holds "
                                     "a value rather than keys"),
                 N_("line it up with the keys above it (the same number of spaces), or, if the line "
                    "above is a list item, start this one with '- ' too"))


def _quote(at: _Spot) -> Words | None:
    start = at.err.context_mark
    if "quoted scalar" not in at.context or start is None:
        return None
    if "escape" in at.problem:
        return Words(at.line, at.col, N_("a backslash inside double quotes starts an escape such as \\n"),
                     N_("write the value in single quotes instead, or write the backslash twice (\\\\)"))
    return Words(start.line + 1, start.column + 1,
                 N_("the quote opened on line {line} is never closed").format(line=start.line + 1),
                 N_("end the value with the same quote mark; inside '...' write an apostrophe twice "
                    "('it''s'), or put the value in double quotes"))


def _flow(at: _Spot) -> Words | None:
    if "flow sequence" not in at.context and "flow mapping" not in at.context:
        return None
    opened = at.err.context_mark.line + 1 if at.err.context_mark else at.line
    bracket, close = ("[", "]") if "sequence" in at.context else ("{", "}")
    return Words(at.line, at.col,
                 N_("the '{bracket}' opened on line {line} is not closed before this").format(
                     bracket=bracket, line=opened),
                 N_("close it with '{close}' on the same line, or, if the value is text that starts "
                    "with '{bracket}', put the whole value in quotes").format(close=close, bracket=bracket))


def _indent(at: _Spot) -> Words | None:
    if not any(words in at.problem for words in ("expected key", "block end", "'-' indicator",
                                                 "expected ':'")):
        return None
    indent = _indent_of(at.here)
    if at.col > indent + 1 and at.here.strip():  # stopped inside the line: after a closed value
        return _closed_early(at)
    key = at.err.context_mark
    if "expected ':'" in at.problem and key is not None:
        return Words(key.line + 1, key.column + 1,
                     N_("line {line} is not a 'key: value' line").format(line=key.line + 1),
                     N_("add ': ' after the key; if the line continues the text above it, put that "
                        "whole text in quotes, or write '>' after its key and indent the lines under it"))
    previous = next((t for t in reversed(at.lines[:at.line - 1])
                     if t.strip() and not t.lstrip().startswith("#")), "")
    above = _indent_of(previous)
    if at.here.lstrip().startswith("- ") and indent == above and not previous.lstrip().startswith("-"):
        return Words(at.line, at.col, N_("a list item ('- ') stands among keys"),
                     N_("put the list under a key of its own (the key, then its items indented under "
                        "it), or remove the '- '"))
    if previous.lstrip().startswith("- ") and indent != above + 2:
        return Words(at.line, at.col,
                     N_("this line is indented by {indent}; the keys of the list item above line up "
                        "under its first key, at {expected}").format(
                         indent=_spaces(indent), expected=_spaces(above + 2)),
                     N_("indent it by {expected}").format(expected=_spaces(above + 2)))
    return Words(at.line, at.col,
                 N_("this line is indented by {indent} and the line above by {above}, which do not "
                    "line up").format(indent=_spaces(indent), above=_spaces(above)),
                 N_("indent it exactly as far as the other keys at its level; if it continues the text "
                    "above, put that whole text in quotes, or write '>' after its key and indent every "
                    "line of the text under it"))


def _closed_early(at: _Spot) -> Words:
    """More text after a value that was closed: a quote inside quotes, or text after ] or }."""
    match = _PAIR.match(at.here)
    value = match["value"] if match else ""
    if match and value[:1] in ("'", '"') and value[-1:] == value[:1]:
        inner, quote = value[1:-1], value[0]
        other = '"' if quote == "'" else "'"
        said = N_("put the value in {other} quotes instead: {line} (or write each ' inside '...' "
                  "twice: '')") if quote == "'" else N_("put the value in {other} quotes instead: {line}")
        return Words(at.line, at.col, N_("the {quote} inside the value ends it early").format(quote=quote),
                     said.format(other=other, line=f"{match['key']}: {other}{inner}{other}"))
    return Words(at.line, at.col, N_("more text follows a value that was closed already (']' or '}' "
                                     "ends it)"),
                 N_("put the whole value in quotes: {line}").format(line=_quoted(at.here)))


def _indent_of(text: str) -> int:
    return len(text) - len(text.lstrip(" "))


def _spaces(n: int) -> str:
    return N_("1 space") if n == 1 else N_("{count} spaces").format(count=n)


def _value_at(here: str, col: int) -> bool:
    """Whether column ``col`` of the line is where a value (or a list item) starts."""
    before = here[:col - 1].rstrip()
    return before.endswith(":") or before.endswith("-") or not before


def _quoted(here: str) -> str:
    match = _PAIR.match(here)
    if not match:
        return f'"{here.strip()}"'
    value = match["value"]
    if '"' in value:
        return f"{match['key']}: '{value.replace(chr(39), chr(39) * 2)}'"
    return f'{match["key"]}: "{value}"'


_RULES = [_tab, _quote, _reserved, _colon, _flow, _indent]
