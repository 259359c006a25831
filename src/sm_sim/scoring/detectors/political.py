"""political: party-political or partisan opinion.

Three strengths of cue:

* party names, partisan labels ("leftie", "woke") and "vote X" are political on their
  own, unless the sentence only names a place or reports plainly ("the Labour club",
  "a Labour MP visited");
* politicians by name are political unless the sentence is plain reporting;
* office-holders ("the Home Secretary", "the government") and policy issues ("Brexit",
  "small boats") are political only with an opinion word in the same sentence.
"""

from __future__ import annotations

import re

from .base import APOS, Finding, alt, sentence_of
from .lexicons import (
    ACTORS,
    ISSUES,
    NEUTRAL_VERBS,
    OPINION,
    PARTIES_CI,
    PARTIES_CS,
    PARTISAN_LABELS,
    PARTY_NEUTRAL_NEXT,
    POLITICIANS,
    SLOGANS,
    VOTE_TARGETS,
)

FLAG = "political"

# A word may end at a word boundary or where a CamelCase hashtag starts its next word.
_END = r"(?:\b|(?=(?-i:[A-Z])))"
_PARTY = re.compile(
    rf"(?i:(?<![\w])#?{alt(PARTIES_CI)}{_END})|\b{alt(PARTIES_CS)}{_END}(?!\s+of\b)"
)
_LABEL = re.compile(rf"\b{alt(PARTISAN_LABELS)}\b", re.I)
_VOTE = re.compile(rf"\bvot(?:e|ed|ing|er|ers)\s+(?:for\s+)?(?:the\s+)?{alt(VOTE_TARGETS)}\b",
                   re.I)
_SLOGAN = re.compile(rf"(?<![\w])#?{alt(SLOGANS)}\b", re.I)
_POLITICIAN = re.compile(rf"(?<![\w])#?{alt(POLITICIANS)}(?:{APOS}s)?{_END}")
_ACTOR = re.compile(rf"\b{alt(ACTORS)}\b", re.I)
_ISSUE = re.compile(rf"\b{alt(ISSUES)}\b", re.I)
_OPINION = re.compile(rf"\b{alt(OPINION)}\b", re.I)
_NEUTRAL = re.compile(rf"\b{alt(NEUTRAL_VERBS)}\b", re.I)
_NEUTRAL_NEXT = re.compile(rf"\s+{alt(PARTY_NEUTRAL_NEXT)}\b", re.I)
# A hashtag like #ToriesOut or #SunakOut: political whatever the sentence says.
_OUT = re.compile(r"(?i:out)\b")


def _sentence(text: str, pos: int) -> str:
    lo, hi = sentence_of(text, pos)
    return text[lo:hi]


def _plain_report(sentence: str) -> bool:
    return _NEUTRAL.search(sentence) is not None and _OPINION.search(sentence) is None


def scan(text: str) -> list[Finding]:
    found: list[Finding] = []

    def add(m: re.Match[str], reason: str) -> None:
        found.append(Finding(FLAG, m.start(), m.end(), reason))

    for m in _VOTE.finditer(text):
        add(m, "tells people how to vote")
    for m in _SLOGAN.finditer(text):
        add(m, "uses a political slogan")
    for m in _LABEL.finditer(text):
        add(m, "uses a partisan label")
    for m in _PARTY.finditer(text):
        if _OUT.match(text, m.end()):
            add(m, "party-political slogan")
            continue
        if _NEUTRAL_NEXT.match(text, m.end()) or _plain_report(_sentence(text, m.start())):
            continue
        add(m, "gives an opinion about a political party")
    for m in _POLITICIAN.finditer(text):
        if not _plain_report(_sentence(text, m.start())):
            add(m, "gives an opinion about a politician")
    for pattern, reason in ((_ACTOR, "gives an opinion about the government or a minister"),
                            (_ISSUE, "gives an opinion on a political issue")):
        for m in pattern.finditer(text):
            if _OPINION.search(_sentence(text, m.start())):
                add(m, reason)
    return found
