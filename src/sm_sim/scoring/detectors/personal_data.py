"""personal_data: details that identify a real person.

Phone numbers, postcodes, number plates, street addresses, email addresses, dates of
birth, National Insurance, bank and NHS numbers, where someone lives or works ("lives
above the chippy on Dewsbury Road", "Kelly from the Co-op on Brook Lane"), a child's age
with their school, and names given with an age, a place, a relative or a role in an
incident. Helpline numbers
(0800, 0808, 0300, 116 ...), postcode districts on their own ("LS6"), @handles, collar
numbers and an officer signing their own name are not personal data.
"""

from __future__ import annotations

import re

from .base import APOS, APOS_CHARS, Finding, Rule, alt, apply, before_in_sentence, rule, sentence_of
from .lexicons import FORENAMES, NOT_NAMES, PUBLIC_FIGURES, ROLES, STREET_SUFFIXES

FLAG = "personal_data"
CS = 0  # case-sensitive

_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
_DATE = (
    rf"(?:\d{{1,2}}[/.-]\d{{1,2}}[/.-](?:19|20)?\d{{2}}"
    rf"|\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH},?\s+(?:19|20)\d{{2}}"
    rf"|{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+(?:19|20)\d{{2}}"
    r"|(?:in\s+)?(?:19|20)\d{2})"
)
_STREET = rf"(?:[A-Z][a-z{APOS_CHARS}]+\s+){{1,3}}{alt(STREET_SUFFIXES)}\b"
_STREET_NO_COURT = (
    rf"(?:[A-Z][a-z{APOS_CHARS}]+\s+){{1,3}}{alt(s for s in STREET_SUFFIXES if s != 'Court')}\b"
)
_WORD = rf"[A-Z][a-z]+(?:[-{APOS_CHARS}][A-Z]?[a-z]+)?"
_SURNAME = rf"(?:Mc|Mac|O{APOS})?[A-Z][a-z]+(?:-[A-Z][a-z]+)?"
_RANKS = (
    r"(?:PC|DC|DS|DI|DCI|DCS|PS|Sgt|Sarge|PCSO|Insp|Inspector|Supt|Superintendent|Constable|"
    r"Sergeant|Officer|Chief|Cllr|Councillor|MP|Special|SC|Det|Detective)"
)


def _officer_or_self(text: str, start: int) -> bool:
    """Before ``start``: a rank (+ collar number), or "I'm"/"my name is"."""
    before = text[max(0, start - 30):start]
    return re.search(
        rf"(?:\b{_RANKS}\.?\s*(?:\d{{2,5}}\s*)?|\b(?:I{APOS}m|I am|my name is|this is|"
        rf"(?<!his )(?<!her )(?<!His )(?<!Her )(?<!their )name{APOS}s)\s+"
        rf"(?:{_RANKS}\.?\s*(?:\d{{2,5}}\s*)?)?)$",
        before,
    ) is not None


def _public_or_officer(text: str, m: re.Match[str]) -> bool:
    surname = m.group("surname")
    return surname in PUBLIC_FIGURES or surname in NOT_NAMES or _officer_or_self(text, m.start())


def _not_a_name(text: str, m: re.Match[str]) -> bool:
    first = m.group("name").split()[0]
    last = m.group("name").split()[-1]
    if first in NOT_NAMES or last in NOT_NAMES or last in PUBLIC_FIGURES:
        return True
    if " " not in m.group("name") and first not in FORENAMES:
        return True
    return _officer_or_self(text, m.start())


def _our_own_staff(text: str, m: re.Match[str]) -> bool:
    """ "Our PCSOs work on Market Street": officers at their post, not a resident's home."""
    before = before_in_sentence(text, m.start(), 50)
    return re.search(r"\b(?:we|our \w+|officers|PCSOs?|the team|staff)\s+(?:\w+\s+)?$", before,
                     re.I) is not None


def _famous_place(text: str, m: re.Match[str]) -> bool:
    return re.search(r"Downing Street", m.group(0)) is not None


_RULES: tuple[Rule, ...] = (
    rule(r"(?<![\w+])(?:\+44\s?\(?0?\)?\s?7\d{3}|\(?07\d{3}\)?)[\s-]?\d{3}[\s-]?\d{3}(?!\d)",
         "looks like a UK mobile number"),
    rule(r"(?<![\w+])(?:\+44\s?\(?0?\)?\s?|\(?0)(?:1\d{2,3}|2\d)\)?[\s-]?\d{3,4}[\s-]?\d{3,4}(?!\d)",
         "looks like a UK landline number"),
    rule(r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+", "looks like an email address"),
    rule(r"\b(?:[A-Z]{1,2}\d[A-Z\d]?|GIR)\s?\d[A-Z]{2}\b", "looks like a full UK postcode",
         flags=CS),
    rule(r"\b[A-Z]{2}\d{2}\s?[A-Z]{3}\b", "looks like a UK number plate", flags=CS),
    rule(r"(?i:\b(?:reg|registration|plate|index)\b[^.!?\n]{0,20}?)\b([A-Z]\d{1,3}\s?[A-Z]{3})\b",
         "looks like a UK number plate", flags=CS, group=1),
    rule(rf"\b\d{{1,3}}[A-Za-z]?,?\s+{_STREET}", "looks like a street address", flags=CS,
         veto=_famous_place),
    rule(r"\b\d{1,3}[A-Za-z]?,?\s+[A-Z][a-z]+gate\b", "looks like a street address", flags=CS),
    rule(r"\b(?:flat|apartment|apt)\s+\d{1,3}[A-Za-z]?\b", "looks like part of an address"),
    rule(r"\b(?:from|at|of|to|in|lives at|outside|opposite|near|next to|behind|by)\s+(?:number|no\.?|#)"
         r"\s?\d{1,3}\b",
         "points at someone's house"),
    rule(rf"{_STREET},?\s+(?:number|no\.?|#)\s?\d{{1,3}}\b", "looks like a street address",
         flags=CS),
    rule(rf"\b(?:DOB|D\.O\.B\.?|date of birth|born(?:\s+on)?|birthday)(?:{APOS}s)?\b\s*(?:is|was|:|-)?"
         rf"\s*(?:on\s+|the\s+)?{_DATE}", "gives a date of birth"),
    rule(r"\b(?:[A-CEGHJ-PR-TW-Z]{2}\s?\d{2}\s?\d{2}\s?\d{2}\s?[A-D])\b",
         "looks like a National Insurance number", flags=CS),
    rule(r"\bsort code\b\W{0,3}\d{2}[- ]?\d{2}[- ]?\d{2}\b|\baccount (?:number|no\.?)\W{0,3}\d{8}\b|"
         r"\b(?:\d{4}[ -]){3}\d{4}\b|\bNHS (?:number|no\.?)\W{0,3}\d{3}\s?\d{3}\s?\d{4}\b",
         "gives bank, card or NHS details"),
    rule(rf"(?i:\b(?:his|her|their|the suspect{APOS}s|the victim{APOS}s|the owner{APOS}s)\s+"
         rf"(?:[\w-]+{APOS}s\s+)?"
         rf"(?:(?:house|flat|home|address|place|mum|dad|nan|gran|girlfriend|boyfriend|missus|partner|"
         rf"brother|sister|mate|cousin)(?:{APOS}s)?\s+){{1,2}}(?:on|in|at|off)\s+(?:the\s+)?){_STREET}",
         "says where someone lives", flags=CS),
    rule(rf"\b(?:lives?|living|lived|works?|working|worked|stays?|staying|owns|runs|manages)\s+"
         rf"(?:[\w{APOS_CHARS}-]+\s+){{0,5}}?(?:on|at|in|off)\s+(?:the\s+)?{_STREET}",
         "says where someone lives or works", flags=CS, veto=_our_own_staff),
    rule(rf"(?i:\b\d{{1,2}}[- ]years?[- ]old\b[^.!?\n]{{0,40}}?\b(?:from|at|goes to|attends)\s+)"
         rf"(?:[A-Z][\w{APOS_CHARS}]+\s+){{1,3}}(?:Academy|School|High|Primary|College)\b",
         "gives a child's age and school", flags=CS),
    rule(rf"(?<![\w{APOS_CHARS}])(?P<name>{_WORD}(?:\s+{_SURNAME}){{0,2}}),\s*\d{{1,2}}\s*,",
         "gives a person's name with their age", flags=CS, veto=_not_a_name),
    rule(rf"(?<![\w{APOS_CHARS}])(?P<name>{_WORD}(?:\s+{_SURNAME}){{0,2}})\s+\(\d{{1,2}}\)",
         "gives a person's name with their age", flags=CS, veto=_not_a_name),
    rule(rf"(?i:(?:\b(?:the|our|a|this|your)\s+)?\b{alt(ROLES)}(?:\s+(?:is|was|named|called))?\s*,?\s*)"
         rf"(?:(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+)?(?P<name>{_WORD}(?:\s+{_SURNAME})?)",
         "names someone involved in an incident", flags=CS, group="name", veto=_not_a_name),
    rule(rf"(?i:\b(?:his|her|their|the suspect{APOS}s|the victim{APOS}s|the driver{APOS}s)\s+"
         rf"(?:mum|dad|mother|father|brother|sister|wife|husband|partner|girlfriend|boyfriend|son|daughter|nan|gran|"
         rf"uncle|auntie|aunt|cousin|mate|friend|neighbour|missus)\b,?\s+)(?P<name>{_WORD}(?:\s+{_SURNAME})?)",
         "names someone connected to an incident", flags=CS, group="name", veto=_not_a_name),
    rule(rf"\b(?:Mr|Mrs|Ms|Miss|Mx)\.?\s+(?P<surname>{_SURNAME})",
         "names a member of the public", flags=CS, veto=_public_or_officer),
)

_AGE = re.compile(
    rf"\b\d{{1,2}}[- ]years?[- ]old\b|,\s*\d{{1,2}}\s*[,.)]|\baged\s+\d{{1,2}}\b|"
    rf"\b\d{{1,2}}\s?(?:yo|y/o|yrs? old|yr old)\b|"
    rf"\b(?:he{APOS}s|she{APOS}s|he is|she is|they{APOS}re|is)\s+\d{{1,2}}\b"
    r"(?!\s*(?:%|years? (?:of|in|on|at|since)|"
    r"minutes|hours|mph|miles|times|am|pm|:))",
    re.I,
)
_FROM_STREET = re.compile(rf"\b(?:from|of|on|in|at)\s+(?:the\s+)?{_STREET_NO_COURT}")
_FULL_NAME = re.compile(rf"\b(?P<first>[A-Z][a-z]+)\s+(?P<surname>{_SURNAME})\b")
_NAME_CONTEXT = re.compile(
    r"\b(?:from|of|at|on)\s+(?:[A-Z]|\d)|\blives?\b|\bliving\b|\baddress\b|known to us|"
    r"\barrested\b|\bcharged\b|\bsuspect\b|\bvictim\b|\bwitness\b|\bstabbed\b|\bassaulted\b|"
    r"\battacked\b|\binjured\b|\bmissing\b|\bfound\b|\bborn\b|\baged?\b|\bis \d{1,2}\b|"
    r"\b\d{1,2}[- ]year|\bnicked\b|\bdid it\b|\bdone it\b|\bresponsible\b|\bwanted\b",
    re.I,
)
_NAME_BEFORE = re.compile(rf"\b(?:(?:lad|girl|man|woman|bloke|driver|owner|guy|boy|kid|culprit|thief|burglar|"
                          rf"one)\b[^.!?\n]{{0,30}}\b(?:is|was)|that{APOS}s|it{APOS}s|named|called|name is|"
                          rf"name{APOS}s|know|goes by|"
                          rf"belongs to|registered to|owned by|owner is|owner{APOS}s)\s+$", re.I)
#: Earlier in the sentence: the person is part of an incident.
_INCIDENT_BEFORE = re.compile(
    r"\b(?:victim|suspect|witness|offender|reported|rang|called it in|found|arrested|charged|"
    r"stabbed|attacked|injured|assaulted|robbed|burgled|missing|spoke to|spoken to|interviewed|"
    r"saw|dealt with|in the video|in the footage|in the photo|on the cctv)\b",
    re.I,
)


_VENUE = re.compile(rf"\b(?:from|of|at|works at|manager at)\s+(?:the\s+)?(?:[A-Z][\w{APOS_CHARS}-]*\s+)"
                    rf"{{1,3}}(?:on|in)\s+(?:[A-Z][\w{APOS_CHARS}]+)|"
                    rf"\b(?:from|of|at)\s+(?:the\s+)?(?:[\w{APOS_CHARS}-]+\s+){{1,3}}?(?:on|in|off)\s+{_STREET}")


def _name_and_venue(text: str) -> list[Finding]:
    """A first name with a named shop or workplace and where it is: "Kelly from the Co-op on
    Brook Lane", "Steve ... everyone at Halfords in Rotherham"."""
    found: list[Finding] = []
    for m in _FORENAME.finditer(text):
        if m.group(0) not in FORENAMES or _officer_or_self(text, m.start()):
            continue
        lo, hi = sentence_of(text, m.start())
        venue = _VENUE.search(text, lo, hi)
        if venue and not re.search(r"\b(?:drop-in|surgery|say hello|event|fun day|stall|come along|"
                                   r"see you|meet us)\b", text[lo:hi], re.I):
            end = max(m.end(), venue.end())
            found.append(Finding(FLAG, min(m.start(), venue.start()), end,
                                 "names someone with their workplace or local shop"))
    return found


_SCHOOL = re.compile(rf"\b(?:[A-Z][\w{APOS_CHARS}]+\s+){{1,3}}(?:Academy|School|High|Primary|College|"
                     r"Grammar|Juniors|Infants)\b")


def _age_and_street(text: str) -> list[Finding]:
    found: list[Finding] = []
    for m in _AGE.finditer(text):
        lo, hi = sentence_of(text, m.start())
        school = _SCHOOL.search(text, lo, hi)
        if school:
            found.append(Finding(FLAG, min(m.start(), school.start()), max(m.end(), school.end()),
                                 "gives a child's age and school"))
    for m in _AGE.finditer(text):
        lo, hi = sentence_of(text, m.start())
        street = _FROM_STREET.search(text, lo, hi)
        if street:
            start, end = min(m.start(), street.start()), max(m.end(), street.end())
            found.append(Finding(FLAG, start, end, "gives someone's age with the street they are from"))
    return found


def _named_people(text: str) -> list[Finding]:
    """A full name given with something that pins the person down."""
    found: list[Finding] = []
    for m in _FULL_NAME.finditer(text):
        if m.group("first") not in FORENAMES or _public_or_officer(text, m):
            continue
        lo, hi = sentence_of(text, m.start())
        near = text[m.end():min(len(text), hi + 120)]
        before = text[lo:m.start()]
        if _NAME_BEFORE.search(before) or _INCIDENT_BEFORE.search(before) or \
                _NAME_CONTEXT.search(near):
            found.append(Finding(FLAG, m.start(), m.end(), "names a member of the public"))
    return found


_FORENAME = re.compile(r"\b[A-Z][a-z]+\b")
_FROM_PLACE = re.compile(rf"\b(?:from|of|lives in|lived in)\s+[A-Z][\w{APOS_CHARS}]+")
_GOES_TO = re.compile(rf"\b(?:goes to|attends|at school at|pupil at)\s+(?:[A-Z][\w{APOS_CHARS}]+\s?){{1,3}}")
_AGE_WAS = re.compile(r"\b(?:was|is|aged)\s+(?:only\s+|just\s+)?\d{1,2}\b")


def _name_age_place(text: str) -> list[Finding]:
    """First name, age and place in one sentence: "Josh was only 17 and from Kippax"."""
    found: list[Finding] = []
    for m in _FORENAME.finditer(text):
        if m.group(0) not in FORENAMES or _officer_or_self(text, m.start()):
            continue
        lo, hi = sentence_of(text, m.start())
        age = _AGE.search(text, lo, hi) or _AGE_WAS.search(text, lo, hi)
        place = _FROM_PLACE.search(text, lo, hi) or _SCHOOL.search(text, lo, hi) or \
            _GOES_TO.search(text, lo, hi) or _NAME_BEFORE.search(text[lo:m.start()])
        if age and place:
            end = max(m.end(), age.end(), place.end())
            found.append(Finding(FLAG, m.start(), end, "gives a person's name, age and home area"))
    return found


def scan(text: str) -> list[Finding]:
    return [*apply(text, FLAG, _RULES), *_age_and_street(text), *_named_people(text),
            *_name_age_place(text), *_name_and_venue(text)]
