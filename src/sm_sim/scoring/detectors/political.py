"""political: party-political or partisan opinion.

Three strengths of cue:

* party names, partisan labels ("leftie", "woke"), "vote X" and slogans are political on
  their own, unless the sentence only names a place or reports plainly ("the Labour club",
  "a Labour MP visited");
* politicians by name are political unless the sentence is plain reporting;
* office-holders ("the Home Secretary", "the PCC", "Westminster") and policy issues
  ("Brexit", "the cuts", "the new protest laws") are political only with an opinion:
  an evaluative word, sarcasm ("funny how", scare quotes, "Well done, Downing Street"),
  blame ("thanks to the cuts") or a short tag sentence after it ("Priorities.").
"""

from __future__ import annotations

import re

from ...i18n import N_
from .base import APOS, APOS_CHARS, Finding, alt, sentence_of
from .lexicon_political import (
    ACTORS,
    ISSUES,
    NEUTRAL_VERBS,
    OPINION,
    PARTIES_CI,
    PARTIES_CS,
    PARTISAN_GUARDED,
    PARTISAN_LABELS,
    PARTY_NEUTRAL_NEXT,
    POLICY_HEADS,
    POLICY_TOPICS,
    POLITICIANS,
    PRAISE_TAGS,
    SIDES,
    SLOGANS,
    TAGS,
    VOTE_TARGETS,
    VOTED_FOR,
)

FLAG = "political"

# A word may end at a word boundary or where a CamelCase hashtag starts its next word.
_END = r"(?:\b|(?=(?-i:[A-Z])))"
_PARTY = re.compile(
    rf"(?i:(?<![\w])#?{alt(PARTIES_CI)}{_END})|\b{alt(PARTIES_CS)}{_END}(?!\s+of\b)"
)
_LABEL = re.compile(rf"\b(?:{alt(PARTISAN_LABELS)}|{'|'.join(PARTISAN_GUARDED)})\b", re.I)
_VOTE = re.compile(
    rf"\bvot(?:e|ed|ing|er|ers)\s+(?:for\s+)?(?:the\s+)?{alt(VOTE_TARGETS)}\b|"
    rf"\bvoted\s+(?:for\s+)?{alt(VOTED_FOR)}\b|\bvote (?:them|him|her) (?:out|in)\b",
    re.I)
_SLOGAN = re.compile(rf"(?<![\w])#?{alt(SLOGANS)}\b", re.I)
_POLITICIAN = re.compile(rf"(?<![\w])#?{alt(POLITICIANS)}(?:{APOS}s)?{_END}")
_ACTOR = re.compile(rf"\b{alt(ACTORS)}\b", re.I)
_ISSUE = re.compile(
    rf"\b{alt(ISSUES)}\b|\b{alt(POLICY_TOPICS)}\s+{alt(POLICY_HEADS)}\b|"
    r"\bcuts to (?:the |our )?(?:police|policing|neighbourhood|frontline|services|budgets|"
    r"funding|youth|mental health)", re.I)
_OPINION = re.compile(
    rf"\b{alt(OPINION)}\b|"
    # scare quotes round a phrase: the minister's 'robust action'
    r"(?:^|(?<=[\s(]))['\u2018\"\u201c][A-Za-z][^'\u2019\"\u201d\n]{0,40}?[A-Za-z!]"
    r"['\u2019\"\u201d](?![A-Za-z])|"
    rf"\bthis is what (?:\w+ ){{0,4}}(?:looks?|happens|you get)\b|"
    rf"\b(?:can{APOS}?t|cannot) wait (?:for|to see|until)\b|\bmaybe if\b|"
    rf"\b(?:every|any) (?:\w+ )?(?:one|time) of them\b|\ball the same\b|"
    r"\b(?:always|never) (?:any |the |enough )?(?:money|cash|funding|budget) for\b|"
    r"\bfind (?:the )?(?:money|cash|funding) for\b|\banother \w+, another\b|"
    rf"\bcouldn{APOS}?t (?:run|organise|manage) an?\b|^\W*funny\b",
    re.I)
_VOTE_WORDS = re.compile(r"^vot", re.I)
_NEUTRAL = re.compile(rf"\b{alt(NEUTRAL_VERBS)}\b", re.I)
_NEUTRAL_NEXT = re.compile(rf"\s+{alt(PARTY_NEUTRAL_NEXT)}\b", re.I)
# A hashtag like #ToriesOut or #SunakOut: political whatever the sentence says.
_OUT = re.compile(r"(?i:out)\b")
_TAG = re.compile(rf"^\W*(?:\w+\W+)?{alt(TAGS)}(?:\W+(?:really|then|again|mate|eh|though))?\W*$",
                  re.I)
#: Something lost or made worse: praise after it reads as sarcasm ("... closed them all. Thanks for that.").
_DOWNBEAT = re.compile(r"\b(?:closed|closing|cut|cuts|lost|losing|scrapped|gone|nothing|never|worse|broke|"
                       r"broken|failed|shut|sold|axed|slashed|fewer|less|harder|mess|ruined|waiting|"
                       r"can't|cannot|couldn't|won't|no)\b", re.I)
_PRAISE_TAG = re.compile(rf"^\W*{alt(PRAISE_TAGS)}\W*(?:\w+\W*)?$", re.I)
_SARCASTIC_ADDRESS = re.compile(
    rf"\b(?:well done|cheers|thanks(?: for nothing| a lot| for that)?|nice one|great job|"
    rf"good job|bravo|take a bow)\s*,\s*(?:the\s+)?(?:{alt(ACTORS)}|{alt(PARTIES_CI)})\b|"
    rf"\bthanks to (?:\w+\s+){{0,3}}?(?:cuts|austerity|underfunding)\b|"
    rf"\b(?:you can )?thank (?:the |this |our )?(?:{alt(ACTORS)}|{alt(PARTIES_CI)}) for\b|"
    rf"\b(?:years|decades?|a decade) of (?:\w+\s+)?(?:cuts|austerity|underfunding|neglect)\b|"
    rf"\b(?:stand(?:ing)? with|solidarity with|support(?:ing)?|back(?:ing)?|proud to (?:stand with|"
    rf"support|back))\s+(?:the\s+)?(?:[\w{APOS_CHARS}]+\s+){{0,4}}?{alt(SIDES)}\b|"
    r"\b(?:always|never) (?:any )?(?:money|cash|funding) for\b[^.!?\n]{0,60}?\b(?:but|yet) (?:never|always|"
    r"not)\b",
    re.I)


def _sentence(text: str, pos: int) -> str:
    lo, hi = sentence_of(text, pos)
    return text[lo:hi]


def _context(text: str, pos: int) -> str:
    """The sentence at ``pos`` plus a short tag sentence either side ("Priorities.")."""
    lo, hi = sentence_of(text, pos)
    parts = [text[lo:hi]]
    if hi < len(text):
        nlo, nhi = sentence_of(text, hi)
        after = text[nlo:nhi]
        if len(after.split()) <= 6 or len(parts[0].split()) <= 4:
            parts.append(after)
    if lo > 0:
        plo, phi = sentence_of(text, max(0, lo - 2))
        before = text[plo:phi]
        if len(before.split()) <= 3:
            parts.append(before)
    return " ".join(parts)


def _has_opinion(text: str, cue: re.Match[str], *, voting_counts: bool = True) -> bool:
    """An opinion near ``cue``, other than the words of the cue itself."""
    pos = cue.start()
    context = _context(text, pos)
    own = cue.group(0).lower()
    for m in _OPINION.finditer(context):
        word = m.group(0).lower()
        if word in own or (not voting_counts and _VOTE_WORDS.match(word)):
            continue
        return True
    lo, hi = sentence_of(text, pos)
    if hi < len(text):
        nlo, nhi = sentence_of(text, hi)
        tag = text[nlo:nhi].strip()
        if _TAG.match(tag) or (_PRAISE_TAG.match(tag) and _DOWNBEAT.search(text[lo:hi])
                               and not _plain_report(text[lo:hi])):
            return True
    return False


def _plain_report(sentence: str) -> bool:
    return _NEUTRAL.search(sentence) is not None and _OPINION.search(sentence) is None


def scan(text: str) -> list[Finding]:
    found: list[Finding] = []

    def add(m: re.Match[str], reason: str) -> None:
        found.append(Finding(FLAG, m.start(), m.end(), reason))

    for m in _VOTE.finditer(text):
        add(m, N_("tells people how to vote"))
    for m in _SLOGAN.finditer(text):
        add(m, N_("uses a political slogan"))
    for m in _LABEL.finditer(text):
        add(m, N_("uses a partisan label"))
    for m in _PARTY.finditer(text):
        if _OUT.match(text, m.end()):
            add(m, N_("party-political slogan"))
            continue
        if _NEUTRAL_NEXT.match(text, m.end()) or _plain_report(_sentence(text, m.start())):
            continue
        add(m, N_("gives an opinion about a political party"))
    for m in _POLITICIAN.finditer(text):
        if not _plain_report(_sentence(text, m.start())):
            add(m, N_("gives an opinion about a politician"))
    for m in _ACTOR.finditer(text):
        if _has_opinion(text, m):
            add(m, N_("gives an opinion about the government or a minister"))
    for m in _ISSUE.finditer(text):
        election = m.group(0).lower() in {"election", "general election", "polls", "referendum"}
        if _has_opinion(text, m, voting_counts=not election):
            add(m, N_("gives an opinion on a political issue"))
    for m in _SARCASTIC_ADDRESS.finditer(text):
        # Only where nothing sharper (a party, a minister) already covers the words.
        if not any(f.start < m.end() and m.start() < f.end for f in found):
            add(m, N_("takes a side on a political issue"))
    return found
