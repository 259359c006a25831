"""abusive: insulting, demeaning, hostile or threatening language.

Insults aimed at a person (nouns, "you absolute ...", "the useless sod", sarcastic
"..., genius"), slurs, put-downs of groups ("full of scroungers", "typical X voter"),
belittling ("use your head", "did you get your law degree from TikTok?"), telling someone
to shut up, threats, and mocking or blaming victims. It need not swear: "people like you
are the problem" is abusive. Quoting an insult ("comments calling us idiots"), a "stupid
amount of rain", "thick fog", an "idiot-proof guide" or "the Chancellor can piss off" (a
public figure, not the person replied to) is not. More rules are in ``abusive_extra``.
"""

from __future__ import annotations

import re

from .abusive_extra import EXTRA_RULES
from .base import APOS, APOS_CHARS, Finding, Rule, alt, apply, before_in_sentence, rule, sentence_of
from .lexicon_abusive import (
    COMPLIMENTS,
    INSULT_ADJ,
    INSULT_NOUNS,
    SARCASTIC_VOCATIVES,
    SLANG_INSULTS,
    SLURS,
)

FLAG = "abusive"

_REPORTED = re.compile(
    r"(?:\bcall(?:ing|ed|s)?|\bbeing called|\blabelled|\bwords like|\bsuch as)\s+"
    r"(?:(?:us|me|him|her|them|you|officers|people|police|staff)\s+)?(?:an?\s+)?"
    r"(?:[\"'\u2018\u201c])?$|[\"'\u2018\u201c]$",
    re.I,
)
_NEGATED = re.compile(rf"\b(?:not|never|isn{APOS}t|aren{APOS}t|wasn{APOS}t|no)\s+(?:an?\s+)?$", re.I)
_NOT_ABOUT_PEOPLE = re.compile(
    r"\b(?:snow|winter|weather|dressed as|dressed up|costumes?|circus|fancy dress|needle|thorn|pin|"
    r"fun run|balloons?|face paint\w*|juggl\w*|panto\w*)\b", re.I
)


def _not_an_insult(text: str, m: re.Match[str]) -> bool:
    if re.match(r"-(?:proof|style|esque|ish)\b", text[m.end():m.end() + 8], re.I):
        return True  # "an idiot-proof guide"
    before = text[max(0, m.start() - 40):m.start()]
    if _REPORTED.search(before) or _NEGATED.search(before):
        return True
    lo, hi = sentence_of(text, m.start())
    return _NOT_ABOUT_PEOPLE.search(text[lo:hi]) is not None


def _third_person(text: str, m: re.Match[str]) -> bool:
    """ "The Chancellor can piss off": aimed at someone not in the conversation."""
    before = before_in_sentence(text, m.start(), 60)
    return re.search(rf"\b(?!you\b|ya\b|u\b)[\w{APOS_CHARS}]+\s+(?:can|could|should|may|might|"
                     rf"will|{APOS}ll)\s+(?:just\s+|kindly\s+|go\s+and\s+)?$", before,
                     re.I) is not None


_YOU = (rf"(?:you{APOS}?re|you are|youre|ur|u r|you{APOS}re being|you sound|you seem|you look|"
        rf"you must be|are you|you{APOS}re just|he{APOS}s|she{APOS}s|they{APOS}re|he is|she is|"
        rf"they are|people are|you lot are|you people are|your lot are|you really are|you truly are)")
_PRONOUN = r"(?:you|he|she|they|people|someone)"
_PROFANE_NOUN = r"(?:sh[i1!*]+te?|fuck\w*|f\*+\w*|git|sod|tw[a*]t|c[u*]+nt|c\*+t|prick|wanker)"

#: "you waste our time", "you joke": not insults straight after "you".
#: "What a joke!", "what a waste": about a thing as often as a person.
_NOT_A_PERSON = {"joke", "disgrace", "embarrassment", "waste", "child", "baby", "nobody", "liability",
                 "drip", "rat", "grass", "pig", "sheep", "bum", "snake", "scab", "tramp", "slob",
                 "weapon", "tool", "bin", "waste of space", "potato", "nugget", "sausage", "lump"}
_AMBIGUOUS_AFTER_YOU = {"waste", "joke", "nobody", "child", "baby", "mug", "tool", "knob", "bin", "drip",
                        "rat", "grass", "pig", "sheep", "bum", "snake", "scab", "tramp", "creep",
                        "lump", "sod", "waste of space", "liability", "cow", "specimen"}

_RULES: tuple[Rule, ...] = (
    rule(rf"\b{alt(INSULT_NOUNS)}\b", "insults someone", veto=_not_an_insult),
    rule(r"(?<![A-Za-z])(?:c\*{2,3}t|c\*nt|cu\*t|tw[*@]t|b\*{3,6}ds?|d\*ckhead|a\*+hole|"
         r"w\*+nker|pr\*ck)(?![A-Za-z])", "insults someone with a masked swear word"),
    rule(rf"\b{alt(SLURS)}\b", "uses a slur"),
    rule(rf"\b{_YOU}\s+(?:(?:so|really|clearly|just|a bit|absolutely|completely|utterly|"
         rf"proper|bloody|too|that|this)\s+){{0,2}}{alt(INSULT_ADJ)}\b",
         "insults someone", veto=_not_an_insult),
    rule(rf"\b{_PRONOUN}\s+(?:[\w{APOS_CHARS}]+\s+){{0,2}}?(?:so|this|that|too)\s+"
         r"(?:stupid|thick|dense|dim|gullible|pathetic|dumb)\b|"
         r"\bbeing (?:so|this|that|too) (?:stupid|thick|dense|dim|gullible|pathetic|dumb)\b",
         "insults someone", veto=_not_an_insult),
    rule(r"\bnot (?:very|too|exactly) (?:bright|clever|smart)\b|\bnot the (?:sharpest|brightest)\b|"
         r"\bnot all there\b|\bthick as\b|\bthick\s+(?:racist|idiot|twat|moron|bastard|cow|prick|"
         r"plank)s?\b|\bbrain ?dead\b|\bbrain cells?\b", "insults someone's intelligence"),
    rule(r"\b(?:sad|pathetic|nasty|horrible|vile|disgusting)\s+little\s+\w+|"
         rf"\blittle\s+{_PROFANE_NOUN}|\byou\s+(?:absolute|utter|complete|total|pathetic|stupid|"
         rf"fat|silly|little)\s+(?:\w+\s+)?{_PROFANE_NOUN}", "insults someone"),
    rule(rf"\b(?:you|ya|what an?|such an?|absolute|utter)\s+(?:(?:absolute|utter|complete|total|"
         rf"massive|proper|right|bloody|little|sad|pathetic|silly|stupid|big|fat|great|ignorant|daft|"
         rf"dozy|gormless|brainless|thick|nasty|horrible|miserable)\s+)+{alt(SLANG_INSULTS)}\b",
         "insults someone", veto=_not_an_insult),
    rule(rf"\b(?:you|ya)\s+(?:absolute|utter|complete|total)\s+(?!{alt(COMPLIMENTS)}\b)\w+"
         r"(?=\s*(?:[.!?,]|$))", "insults someone", veto=_not_an_insult),
    rule(rf"\bwhat an?\s+{alt(set(SLANG_INSULTS) - _NOT_A_PERSON)}(?=\s*(?:[.!?]|$))",
         "insults someone", veto=_not_an_insult),
    rule(rf"\byou\s+{alt(set(SLANG_INSULTS) - _AMBIGUOUS_AFTER_YOU)}\b"
         r"(?!\s+(?:of|to|for|and|in|on|up)\b)", "insults someone", veto=_not_an_insult),
    rule(rf",\s*{alt(SARCASTIC_VOCATIVES)}\s*(?:[.!?]|$)", "addresses someone sarcastically"),
    rule(r"\bneeds? (?:their|his|her|your) heads? (?:checking|checked|examining|examined|testing)\b|"
         r"\bwho hurt you\b|\ba you problem\b|\bstop (?:whinging|whining|crying|moaning|"
         r"snivelling)\b|\bas (?:pointless|useless|stupid|thick|ugly|boring|dim|dense|"
         r"thick|clueless|pathetic) as you(?: are)?\b|\bso you know how it feels\b",
         "belittles someone"),
    rule(r"\bhope\s+(?:someone|somebody|they|he|she|it|a \w+)?\s*(?:\w+\s+)?(?:burgles?|robs?|"
         r"attacks?|stabs?|batters?|beats?|hurts?|kills?|smash(?:es)?|nicks?|mugs?|assaults?|"
         r"runs? (?:you )?over|happens to)\s+(?:you|your)\b", "wishes harm on someone"),
    rule(r"\b(?:moaning|whinging|whining|nosy|bitter|entitled)\s+(?:pensioners?|old (?:man|woman|"
         r"git|codger|biddy|dear)|boomers?|karens?|women|students|parents|neighbours?|residents?|"
         r"mums?|dads?)\b", "demeans a group of people"),
    rule(r"\b(?:breed|live|behave|act)\s+like\s+(?:rats|animals|rabbits|vermin|cockroaches|"
         r"savages|dogs)\b|\b(?:are|like)\s+(?:rats|cockroaches|savages|parasites)\b",
         "dehumanises a group of people"),
    rule(rf"\beven (?:for )?you (?:should|can|could|would|might)\b|\beven for (?:you|him|her)\b|"
         rf"\bback under your bridge\b|"
         rf"\bdon{APOS}?t feed the troll\b|\bgo and cry\b|\bcry about it\b",
         "belittles someone"),
    rule(rf"\b(?:you{APOS}?re|you are|ur|u r|youre|he{APOS}s|she{APOS}s|they{APOS}re)\s+"
         r"(?:a|an|such a|an absolute|a complete|a total)\s+(?:\w+\s+)?"
         r"(?:joke|embarrassment|disgrace|waste|liability|nobody|nothing|parasite)\b",
         "belittles someone"),
    rule(r"\bpeople like (?:you|him|her|them)\b|\bthe likes of you\b|\byour sort\b|"
         r"\bget a life\b|\bshut (?:up|it|your mouth|your face)\b|\bstfu\b|"
         r"(?:^|(?<=[.!?,\n]))\s*grow up\b|\bnobody asked\b|\bno one asked\b|"
         r"\bnobody cares\b|\bno one cares\b|\bjog on\b|\bcrawl back\b|\btouch grass\b|"
         r"\bnothing better to do\b|\bsee how (?:brave|hard|tough|big|clever|funny) you are\b",
         "is hostile and dismissive"),
    rule(r"\b(?:f(?:uck|\*+|[@#!]+k?)|eff|piss|sod|bugger|naff|bog)\s*off\b|\bf off\b",
         "tells someone to go away", veto=_third_person),
    rule(rf"\bgo back to (?:where you came from|your own country|your country)\b|"
         rf"\btypical (?:woman|women|female|foreign|asian|polish|immigrant)\s+drivers?\b|"
         rf"\btypical (?:of )?(?:that lot|them lot|these people|those people|women|foreigners|"
         rf"immigrants|travellers|students|muslims|gypsies)\b|"
         rf"\bthey{APOS}re all (?:thieves|scum|criminals|the same|animals|scroungers|liars)\b|"
         rf"\b(?:are|is) (?:all )?(?:vermin|animals|parasites|subhuman|savages|feral|inbred|scum|"
         r"lowlifes|inbreds)\b",
         "demeans a group of people"),
    rule(rf"\b(?:get|got) what{APOS}s coming\b|\bwhat{APOS}s coming to (?:you|him|her|them)\b|"
         rf"\bwe know where you live\b|\bwatch (?:yourself|your back)\b|"
         rf"\bhope (?:he|she|they|you|it) (?:rots?|dies|suffers|gets (?:what|done|battered))\b"
         r"(?!\s+(?:down|off|out|away))|"
         rf"\brot in (?:hell|jail|prison)\b|\benjoy your time inside\b|\blove the showers\b|"
         rf"\byou{APOS}ll regret\b|\bsee you in the cells\b|\bcoming for you\b",
         "threatens someone", veto=_not_an_insult),
    rule(rf"\bcry me a river\b|\bboo[- ]?hoo\b|\bcrying about it\b|"
         rf"\b(?:you|he|she|they)\s+(?:\w+\s+)?deserved?\s+(?:to (?:get|be)|it|everything)\b|"
         rf"\bhad it coming\b|\bgot what (?:you|he|she|they) deserved?\b|"
         rf"\bserves (?:you|him|her|them) right\b|\basking for it\b|"
         rf"\b(?:she|he|they|you) (?:shouldn{APOS}t|should not) have been (?:walking|out|drinking|"
         rf"wearing|there|on her own|on his own)\b|\bwhat did (?:she|he|you|they) expect\b|"
         rf"\byour own (?:stupid )?fault\b|\bbecause you{APOS}re (?:gullible|stupid|thick|naive)\b|"
         rf"\bnobody will miss\b|\bno one will miss\b|\bdrop(?:ped)? you on your head\b",
         "mocks or blames a victim"),
)


_LAUGHING = re.compile(r"(?:\b(?:lol|lmao|lmfao|haha+|hahaha\w*|rofl)\b|\U0001F602|\U0001F923)", re.I)
_MISFORTUNE = re.compile(rf"\b(?:your|their|his|her|someone{APOS}s|somebody{APOS}s)\b[^.!?\n]{{0,30}}?"
                         r"\b(?:nicked|stolen|scammed|burgled|robbed|mugged|smashed|towed)\b|"
                         r"\b(?:cries|crying|whinging|moaning|sobbing)\b", re.I)


def _laughing_at_misfortune(text: str) -> list[Finding]:
    """Laughter ("lol", a crying-laughing emoji) at someone's theft, scam or upset."""
    laugh = _LAUGHING.search(text)
    hurt = _MISFORTUNE.search(text) if laugh else None
    if laugh is None or hurt is None:
        return []
    return [Finding(FLAG, hurt.start(), hurt.end(), "laughs at someone's misfortune")]


def scan(text: str) -> list[Finding]:
    return [*apply(text, FLAG, (*_RULES, *EXTRA_RULES)), *_laughing_at_misfortune(text)]
