"""Which language a reply is written in, as far as the detectors need to know.

The detectors, their word lists and their learned models judge English only (``JUDGED``).
A reply written in Welsh — which Welsh forces' recruits may well write — would pass them
all and be scored as clean, so it is recognised and left to the trainer's review instead.

Recognition counts the small words every sentence needs: Welsh ones (``mae``, ``yn``, ``chi``,
``diolch`` …, and words with a circumflex, ``ŵ``, ``â`` …) against English ones (``the``,
``is``, ``you`` …). Words both languages write alike (``a``, ``i``, ``hi``, ``am``, ``at``)
count for neither, and neither do place names, so "Stay safe in Llanelli" stays English. A
reply with at least two Welsh words and more Welsh than English is Welsh. Any other
language is not recognised, and is judged as English would be.
"""

from __future__ import annotations

import re

JUDGED = ("en",)  # the languages the detectors read
NAMES = {"en": "English", "cy": "Welsh"}

_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
_CIRCUMFLEX = re.compile("[âêîôûŵŷ]")
WELSH = frozenset({
    "y", "yr", "ac", "ag", "yn", "yng", "ym", "o", "ar", "gan", "gyda", "gydag", "ei", "eu",
    "ein", "eich", "fy", "dy", "mae", "oes", "ydy", "ydw", "ydych", "ydyn", "ydym", "dw",
    "dwi", "rwy", "rwyf", "rydw", "rydych", "rydyn", "rydym", "roedd", "roeddwn", "oedd",
    "bydd", "byddwn", "byddaf", "byddwch", "fydd", "wedi", "bod", "fod", "ddim", "dim", "nid",
    "nad", "na", "nac", "ond", "hefyd", "ni", "chi", "nhw", "fe", "fo", "hwn", "hon", "hyn",
    "hynny", "yma", "yna", "yno", "sydd", "pan", "os", "beth", "pwy", "sut", "pam", "diolch",
    "croeso", "plis", "gwelwch", "dda", "heddlu", "neges", "cysylltwch", "ffoniwch", "rhaid",
    "gallwn", "allwn", "gallwch", "allwch", "gall", "byth", "iawn", "nos", "bore", "helo",
    "shwmae", "sori", "mewn", "dros", "heb", "wrth", "cael", "gael", "gwneud", "wneud",
    "gweld", "wybod", "gwybod", "dweud", "ddweud", "eisiau", "isio", "moyn", "gyda'ch",
    "i'ch", "i'w", "i'r", "o'r", "a'r", "ni'n", "chi'n", "mae'n", "ydi", "efo", "hefo",
    "achos", "oherwydd", "felly", "rŵan", "nawr", "heddiw", "yfory", "ddoe", "swyddog",
    "swyddogion", "cymuned", "plant", "ysgol", "ffordd", "gyfrif", "cyfrif", "ateb",
    "atebion", "gofyn", "ymddiheuro", "cadw'n", "saff", "diogel", "tîm", "ti", "wyt", "rwyt",
    "dach", "dan", "ydan", "oeddet", "fyddi", "paid", "peidiwch", "cer", "dos", "tyrd",
    "dere", "hwnna", "honna", "rhywun", "rhywbeth", "neb", "byd", "mor", "rhy", "gormod",
    "gwell", "gwaeth", "ddylech", "dylech", "dylen",
})
ENGLISH = frozenset({
    "the", "an", "and", "or", "but", "to", "of", "in", "on", "for", "with", "is", "are",
    "was", "were", "be", "been", "being", "it", "its", "this", "that", "these", "those",
    "you", "your", "yours", "we", "our", "us", "me", "my", "he", "she", "his", "her", "they",
    "them", "their", "please", "can", "can't", "cannot", "not", "no", "yes", "will", "would",
    "should", "could", "have", "has", "had", "do", "does", "did", "don't", "if", "so", "just",
    "what", "who", "how", "why", "there", "here", "all", "any", "about", "from", "as", "by",
    "up", "out", "get", "thank", "thanks", "sorry", "hello", "hey", "we're", "you're", "it's",
    "i'm", "i've", "i'll", "we'll", "they're", "that's", "there's", "let's", "keep", "more",
})


def _is(word: str, words: frozenset[str]) -> bool:
    """``word`` is one of ``words``, as written or without what follows an apostrophe
    (Welsh ``ti'n``, ``mae'r``, ``i'w``; English ``we've``)."""
    return word in words or ("'" in word and word.split("'")[0] in words)


def language_of(text: str) -> str:
    """``cy`` for a reply written in Welsh, else ``en`` (see the module's note)."""
    words = [w.lower().replace("’", "'") for w in _WORD.findall(text)]
    welsh = sum(_is(w, WELSH) or bool(_CIRCUMFLEX.search(w)) for w in words)
    english = sum(_is(w, ENGLISH) for w in words)
    return "cy" if welsh >= 2 and welsh > english else "en"


def judged(language: str) -> bool:
    return language in JUDGED
