"""signposting (a good flag): pointing people to the right place to report or get help.

999, 101, NHS 111, online reporting, the force's website, app, pinned post or official
account, "DM us", "call us on", a GP, and support services (Crimestoppers, Victim Support,
Samaritans ...). A mention of 999 or
101 that points nobody anywhere ("the 999 call", "101 wait times", "don't ring 999",
"good luck ringing 999") does not count.
"""

from __future__ import annotations

import re

from .base import APOS, Finding, Rule, alt, apply, before_in_sentence, rule

FLAG = "signposting"

SERVICES: tuple[str, ...] = (
    "crimestoppers", "crime stoppers", "samaritans", "victim support", "action fraud",
    "true vision", "childline", "nspcc", "domestic abuse helpline", "helpline", "rape crisis",
    "karma nirvana", "stop hate uk", "missing people", "talk to frank", "citizens advice",
    "modern slavery helpline", "nhs 111", "victim care", "papyrus", "text shout",
    "national gambling helpline", "respect phone line", "silent solution",
    "report fraud", "revenge porn helpline", "galop", "mankind initiative", "women's aid",
    "refuge", "age uk", "stepchange", "gamcare", "survivors uk",
    "sexual assault referral centre", "operation snap", "report harmful content", "ceop",
    "internet watch foundation", "stop loan sharks", "fearless.org", "kooth", "youngminds",
    "young minds", "national bullying helpline", "unseen", "brake", "roadpeace", "switchboard lgbt",
    "cruse", "cruse bereavement", "infoline", "campaign against living miserably", "mind infoline",
    "anti-social behaviour team", "neighbourhood watch", "crimestoppers.org", "emergencysms",
    "relay uk", "text relay", "hate crime reporting centre", "victim care hub",
)

_NEGATED_CALL = re.compile(
    rf"\b(?:don{APOS}?t|do not|never|no need to|shouldn{APOS}t|should not|please don{APOS}?t|"
    r"not)\s+(?:(?:just|always|ever|immediately|bother to|bother|need to|even)\s+)?"
    r"(?:call|ring|dial|phone|use|bother|contact|try|trying)(?:ing)?\s+(?:us\s+)?"
    r"(?:(?:on|with|ringing|calling|trying)\s+)?$",
    re.I,
)
_SARCASM = re.compile(r"\bgood luck\s+(?:\w+\s+){0,3}$", re.I)
_NOT_A_LINE = re.compile(
    r"\s*(?:years?|yrs|people|times|days|weeks|ways|miles|metres|callers|percent|per cent|%|"
    r"reasons|things|tips|uses|facts|questions|"
    r"wait|waits|waiting|queues?|handlers?|operators?|centres?|data|figures|stats|performance|"
    r"dalmatians|recordings?|tapes?|transcripts?|logs?|lines? (?:are|were|is|was|have|has)|"
    r"(?:service|system|number|line) (?:is|was|has|had|will|went|goes)|system|upgrade|outage)\b",
    re.I,
)
_LABEL_BEFORE = re.compile(
    r"(?:\b(?:PC|PCSO|Sgt|DC|collar(?: number| no\.?)?|no\.?|room|page|route|bus|flight|"
    r"over|about|of|than)\s*|[\u00a3$#])$",
    re.I,
)


def _not_pointing(text: str, m: re.Match[str]) -> bool:
    """A 999/101 that refers to a call, a queue or a number rather than pointing to the line."""
    after = text[m.end():m.end() + 25]
    before = before_in_sentence(text, m.start(), 60)
    if re.match(r"\s*calls?\b", after, re.I):
        return re.search(r"\bmak(?:e|ing)\s+(?:a\s+)?$", before, re.I) is None
    if re.search(r"\b(?:calls?|contacts?)\s+(?:on|to|into|via|through)\s+(?:the\s+)?$", before, re.I) \
            and re.search(r"\d|\b(?:took|answered|handled|received|had|got|get|busy)\b", before, re.I):
        return True
    return (_NOT_A_LINE.match(after) is not None or _LABEL_BEFORE.search(before) is not None
            or _NEGATED_CALL.search(before) is not None or _SARCASM.search(before) is not None)


def _negated(text: str, m: re.Match[str]) -> bool:
    before = before_in_sentence(text, m.start(), 40)
    return re.search(rf"\b(?:don{APOS}?t|do not|never|no need to)\s+(?:\w+\s+)?$", before,
                     re.I) is not None


_NUMBER = r"(?<![\d\u00a3$.,/:])(?<!\d\s)\b{n}\b(?![.,/:]?\d)"

_RULES: tuple[Rule, ...] = (
    rule(_NUMBER.format(n="999"), "points to 999 for emergencies", veto=_not_pointing),
    rule(_NUMBER.format(n="101"), "points to the 101 non-emergency line", veto=_not_pointing),
    rule(rf"\b{alt(SERVICES)}\b", "points to a support or reporting service"),
    rule(_NUMBER.format(n="111"), "points to NHS 111", veto=_not_pointing),
    rule(r"(?<!\bour )(?<!\bthe )\bask for (?:angela|ani)\b(?!\s+(?:scheme|campaign|initiative|posters?))",
         "points to a support or reporting service"),
    rule(r"\bpinned (?:post|tweet|message|comment)\b|\blink (?:is )?in (?:our|the) bio\b|"
         r"\b(?:call|ring|phone|contact|email|message) us (?:on|at|via|through|directly|any ?time|"
         r"now|straight away|if|when|with|and)\b|\bgive us a (?:ring|call|bell)\b|"
         r"\bget in touch (?:with us|via|through|on|using)\b|\breport (?:it|this|that|them) to "
         r"(?:us|the police|your local (?:police|team|station))\b|"
         r"\b(?:pop|call|go) (?:in|into|down to) (?:the|your|any) (?:local )?(?:police )?"
         r"(?:station|front counter|front desk)\b|"
         r"\b(?:speak to|see|contact|call|ring|talk to) (?:your |a )?(?:GP|doctor)\b|"
         r"\bspeak to us (?:in confidence|in person|at|on|via|directly)\b",
         "points to an official way to get in touch", veto=_negated),
    rule(r"\breport(?:ing|ed|s)?\b(?!\s+of\b)(?:\s+\w+){0,3}?\s+online\b|"
         r"\b(?:do|log|submit|file|report)\s+(?:it|this|that|them)\s+online\b|"
         r"\bonline\s+(?:form|portal|reporting|chat|report)\b|\blive ?chat\b|"
         rf"\b(?:our|the force{APOS}?s?|force|the)\s+(?:own\s+)?website\b|"
         r"\b[\w.-]+\.police\.uk\b|\bsingle online home\b|"
         rf"\b(?:our|the force{APOS}?s?) (?:web)?site\b|"
         r"\bour app\b|\bour socials\b|\bour social media (?:channels|pages|accounts)\b|"
         r"\breport a crime (?:link|page|button|form|tool)\b|"
         r"['\u2018\"]report a crime['\u2019\"]|"
         r"\bonline reporting (?:tool|service|page|system)\b|"
         rf"\breport (?:\w+\s+){{0,3}}?(?:on|via|through|using) (?:their|the council{APOS}?s?|the) "
         r"(?:website|online form|app|portal)\b",
         "points to online reporting or the force website", veto=_negated),
    rule(rf"\bDM\s+(?:us|me|the|our)\b|\b(?:send|drop|pop)\s+(?:us|me)\s+(?:a\s+)?(?:DM|"
         r"direct message|private message|PM|message|inbox)\b|\bmessage\s+(?:us|our)\b|"
         rf"\binbox us\b|\bprivate message us\b|\bDM{APOS}?s (?:are|is) open\b",
         "asks them to message the force privately", veto=_negated),
    rule(rf"\bfollow\s+(?:us\s+(?:at|on)\s+)?@\w+|(?<![\w@])@\w*(?:police|polis|heddlu)\w*|"
         rf"\b(?:our|the)\s+(?:(?:main|force|official|force{APOS}s|verified)\s+){{1,2}}(?:account|"
         r"accounts|page|twitter|"
         r"feed|channels?)\b", "points to the force's official account"),
)


def scan(text: str) -> list[Finding]:
    return apply(text, FLAG, _RULES)
