"""profanity: swearing, including masked ("f***", "sh1t", "tw@t") and abbreviated ("wtf", "ffs").

Whole words only, so Scunthorpe, Penistone, Cockermouth, Arsenal, assess, class,
cocktail and Dickens stay clean. "Bloody" as a literal description ("a bloody nose")
is not swearing.
"""

from __future__ import annotations

import re

from .base import Finding, Rule, apply, rule

FLAG = "profanity"
CS = 0  # case-sensitive

_NOT_LETTER_BEFORE = r"(?<![A-Za-z])"
_NOT_LETTER_AFTER = r"(?![A-Za-z])"
_F_SUFFIX = r"(?:ing|in|in'|n|ng|ed|er|ers|s|wit|head|face|tard|off)?"


def _literal_blood(text: str, m: re.Match[str]) -> bool:
    after = text[m.end():m.end() + 20]
    return re.match(r"\s+(?:nose|lip|lips|mouth|face|hand|hands|handprints?|footprints?|clothes|"
                    r"clothing|knife|weapon|wounds?|injur\w*|rags?|tissues?|bandages?|Sunday)\b",
                    after, re.I) is not None


def _turf(text: str, m: re.Match[str]) -> bool:
    """ "Cut the first sod": a piece of turf."""
    return re.search(r"\b(?:first|turf|of)\s*$", text[max(0, m.start() - 8):m.start()],
                     re.I) is not None


#: Swear words that may be spelled with symbols or digits: "tw@t", "b1tch", "c0ck".
_SWEARS = frozenset((
    "fuck", "fucking", "fucked", "fucker", "shit", "shite", "shits", "shitty", "twat", "twats",
    "cunt", "cunts", "wank", "wanker", "wankers", "arse", "arsehole", "ass", "asshole",
    "bastard", "bastards", "bitch", "bitches", "bollocks", "dick", "dickhead", "prick", "piss",
    "pissed", "crap", "cock", "bellend", "knobhead", "tosser", "slag", "whore", "bugger",
))
_LEET = str.maketrans({"@": "a", "$": "s", "!": "i", "1": "i", "|": "i", "0": "o", "3": "e",
                       "4": "a", "5": "s", "7": "t"})
_TOKEN = re.compile(r"(?<![\w@.])[A-Za-z@$!1|0-9]*[A-Za-z][A-Za-z@$!1|0-9]*(?![\w@])")
_SYMBOL = re.compile(r"[@$!1|03457]")


def _disguised(text: str) -> list[Finding]:
    """Swear words with letters swapped for look-alike symbols or digits."""
    found: list[Finding] = []
    for m in _TOKEN.finditer(text):
        word = m.group(0)
        if len(word) > 12 or not _SYMBOL.search(word) or sum(c.isalpha() for c in word) < 2:
            continue
        plain = word.lower().translate(_LEET)
        if plain.rstrip("i") in _SWEARS or any(r.pattern.fullmatch(plain) for r in _RULES[:6]):
            found.append(Finding(FLAG, m.start(), m.end(), "swearing (disguised)"))
    return found


def _needle(text: str, m: re.Match[str]) -> bool:
    return re.search(r"\b(?:needle|pin|thorn|finger)\s*$", text[max(0, m.start() - 15):m.start()],
                     re.I) is not None


_RULES: tuple[Rule, ...] = (
    rule(_NOT_LETTER_BEFORE + r"(?:f(?:u|v|\*)(?:c|\*)?(?:k|\*)|f[*@#!%$]{2,4}k?|f[*@#!]ck|fk|fck|"
         r"fcuk|fuk|fukk)" + _F_SUFFIX + _NOT_LETTER_AFTER, "swearing"),
    rule(r"\b\w*?fuck\w*", "swearing"),  # anchored: linear on long words
    rule(r"\bmotherf\w*|\bf[-'\u2019](?:ing|in|ed|off)\b|\beff(?:ing|in|ed)\b|\beff off\b|"
         r"\bwhat the f\b(?!-)|\bthe f\b(?=\s+(?:is|are|was|do|did)\b)", "swearing"),
    rule(_NOT_LETTER_BEFORE + r"(?:bull|horse|dip|ape|bat)?sh(?:i|1|!|\*|y)+t"
         r"(?:e|s|ty|ter|ting|ted|head|heads|hole|"
         r"show|bag|faced)?" + _NOT_LETTER_AFTER, "swearing"),
    rule(r"\b(?:arse|arsed|arses|arsehole|arseholes|ass|asses|asshole|assholes|badass|dumbass|"
         r"jackass|bollocks|bollox|bugger|buggered|buggering|crap|crappy|crapped|craps|piss|"
         r"pissed|pissing|pisstake|pisshead|pissheads|twat|twats|twatted|cunt|cunts|dickhead|"
         r"dickheads|bellend|bellends|bastard|bastards|wanker|wankers|wank|wanking|knobhead|"
         r"knobheads|knob end|tosser|tossers|tits|tits up|bitch|bitches|bitching|slag|slags|"
         r"whore|whores|sodding|sod off|sod it|sod this|sod that|sod all|cocksucker|minge|feck|"
         r"fecking|feckin|"
         r"frigging|friggin|goddamn|goddam|pmsl|arsey|arsing|bollocking|bollocked|twatting|"
         r"shag|shagged|shagging|crapper|crapping|mofo|balls[- ]up|cock[- ]?ups?|"
         r"cocked (?:it |that |this )?up|"
         r"bleedin(?:g|')? (?:hell|heck|nora|obvious)|gobshite|shitehawk)\b", "swearing"),
    rule(r"\bsods?\b", "swearing", veto=_turf),
    rule(r"\b(?:you|what an?|such an?|absolute|utter|complete|total|proper|right|massive)\s+knob\b"
         r"(?!\s+of\b)", "swearing"),
    rule(r"(?<=[a-z] )af\b", "swearing (abbreviated)", flags=CS),
    rule(r"\bbloody\b", "swearing", veto=_literal_blood),
    rule(r"\bdicks?\b", "swearing", flags=CS),
    rule(r"\bpricks?\b", "swearing", veto=_needle),
    rule(r"\b(?:wtf|wtaf|ffs|stfu|omfg|gtfo|fml|lmfao)\b", "swearing (abbreviated)"),
    # Anything else masked with asterisks: "c**t", "b*****d", "p*ss".
    rule(_NOT_LETTER_BEFORE + r"(?:[A-Za-z]{1,3}\*+[A-Za-z]{1,6}|[A-Za-z]\*{2,5}[A-Za-z]{0,4})"
         + _NOT_LETTER_AFTER + r"(?!\*)", "masked swearing"),
)


def scan(text: str) -> list[Finding]:
    return [*apply(text, FLAG, _RULES), *_disguised(text)]
