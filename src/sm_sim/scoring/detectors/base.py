"""Shared types and helpers for the reply detectors.

Every detector module exposes ``scan(text) -> list[Finding]`` built from regular
expressions. They all run on the original text, so spans always point into what
the trainee typed.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from ...scenario.model import FLAGS

#: Straight or curly apostrophe, for "can't", "you're" and friends.
APOS = "['\u2019]"
#: The same two characters, for use inside a character class.
APOS_CHARS = "'\u2019"


@dataclass(frozen=True)
class Finding:
    """One thing a detector found in a reply."""

    flag: str  # one of FLAGS
    start: int  # character span in the text that triggered it
    end: int
    reason: str  # short explanation for a trainee


#: A veto looks at the text and a match and says whether to drop that match.
Veto = Callable[[str, "re.Match[str]"], bool]


@dataclass(frozen=True)
class Rule:
    """A pattern that raises a flag, with the reason shown to the trainee.

    Compiled on first use: the rules' large alternations take about half a second to
    compile, which would otherwise be paid at every start of the app."""

    source: str
    flags: int
    reason: str
    group: int | str = 0  # which group gives the span
    veto: Veto | None = None

    @property
    def pattern(self) -> re.Pattern[str]:
        return _compiled(self.source, self.flags)


@functools.cache
def _compiled(source: str, flags: int) -> re.Pattern[str]:
    return re.compile(source, flags)


def rule(pattern: str, reason: str, *, flags: int = re.IGNORECASE, group: int | str = 0,
         veto: Veto | None = None) -> Rule:
    return Rule(pattern, flags, reason, group, veto)


_Trie = dict[str, "_Trie"]


def alt(words: Iterable[str]) -> str:
    """A non-capturing alternation of literal words, longest first.

    Built as a trie ("idiot(?:s)?" rather than "idiots|idiot"), so a list of hundreds of words
    costs one pass per position instead of one try per word.
    """
    trie: _Trie = {}
    for word in set(words):
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}
    return "(?:" + _trie_pattern(trie) + ")"


def _trie_pattern(node: _Trie) -> str:
    ends_here = "" in node
    branches = [re.escape(ch) + _trie_pattern(child) for ch, child in sorted(node.items()) if ch]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 and not ends_here else "(?:" + "|".join(branches) + ")"
    return body + "?" if ends_here else body


def apply(text: str, flag: str, rules: Sequence[Rule]) -> list[Finding]:
    found: list[Finding] = []
    for r in rules:
        for m in r.pattern.finditer(text):
            if r.veto is not None and r.veto(text, m):
                continue
            start, end = m.span(r.group)
            if start < 0 or end <= start:
                continue
            found.append(Finding(flag, start, end, r.reason))
    return found


_SENTENCE_END = re.compile(r"[.!?;\n]")
_SENTENCE_END_AT = re.compile(r"[.!?;\n]+\s*")


def sentence_of(text: str, pos: int, reach: int = 300) -> tuple[int, int]:
    """Start and end of the sentence holding ``pos``, looking at most ``reach`` chars each way."""
    lo = max(0, pos - reach)
    start = lo
    for m in _SENTENCE_END_AT.finditer(text, lo, pos):
        start = m.end()
    m2 = _SENTENCE_END.search(text, pos, min(len(text), pos + reach))
    end = m2.end() if m2 else min(len(text), pos + reach)
    return start, end


def before_in_sentence(text: str, pos: int, limit: int = 80) -> str:
    """Text from the start of the sentence (at most ``limit`` chars back) up to ``pos``."""
    start, _ = sentence_of(text, pos, limit)
    return text[start:pos]


_WITHHOLDING = re.compile(
    rf"\b(?:can{APOS}?t|cannot|can not|won{APOS}?t|unable to|not able to|not going to|"
    rf"couldn{APOS}?t|not allowed to|never)\s+(?:\w+\s+){{0,2}}?"
    r"(?:say|share|discuss|comment|confirm|go into|reveal|release|give out|disclose|tell)\b",
    re.IGNORECASE,
)


def withheld(text: str, m: re.Match[str]) -> bool:
    """True when the match follows "we can't say/share/confirm ..." in its sentence."""
    return _WITHHOLDING.search(before_in_sentence(text, m.start(), 120)) is not None


def merge(findings: Iterable[Finding]) -> list[Finding]:
    """Order findings by position and drop ones overlapping an earlier one of the same flag."""
    order = {f: i for i, f in enumerate(FLAGS)}
    ranked = sorted(findings, key=lambda f: (f.start, -f.end, order.get(f.flag, len(order))))
    kept: list[Finding] = []
    last_end: dict[str, int] = {}
    for f in ranked:
        if f.start < last_end.get(f.flag, -1):
            last_end[f.flag] = max(last_end[f.flag], f.end)
            continue
        kept.append(f)
        last_end[f.flag] = f.end
    return kept
