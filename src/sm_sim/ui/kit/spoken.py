"""Times and counts in words, in the language installed: the UI's side of the engine's
``spoken_duration``, ``relative_time`` and ``plural`` (the engine is Qt-free and stays
English, for the headless timeline and the records). Welsh puts the singular noun after a
numeral ("17 eiliad", "4 munud"), so one form for one and one for the rest is enough."""

from __future__ import annotations

from ...engine.events import UNITS
from ...engine.timing import TimeLimits
from .language import QT_TRANSLATE_NOOP, translate

CONTEXT = "Spoken"
_UNIT_WORDS = {  # (one, many, ago-one, ago-many)
    "hour": (QT_TRANSLATE_NOOP("Spoken", "{count} hour"), QT_TRANSLATE_NOOP("Spoken", "{count} hours"),
             QT_TRANSLATE_NOOP("Spoken", "{count} hour ago"),
             QT_TRANSLATE_NOOP("Spoken", "{count} hours ago")),
    "minute": (QT_TRANSLATE_NOOP("Spoken", "{count} minute"),
               QT_TRANSLATE_NOOP("Spoken", "{count} minutes"),
               QT_TRANSLATE_NOOP("Spoken", "{count} minute ago"),
               QT_TRANSLATE_NOOP("Spoken", "{count} minutes ago")),
    "second": (QT_TRANSLATE_NOOP("Spoken", "{count} second"),
               QT_TRANSLATE_NOOP("Spoken", "{count} seconds"),
               QT_TRANSLATE_NOOP("Spoken", "{count} second ago"),
               QT_TRANSLATE_NOOP("Spoken", "{count} seconds ago")),
}
COUNTS = {  # a post's counts, spoken: (one, many)
    "reply": (QT_TRANSLATE_NOOP("Spoken", "{count} reply"),
              QT_TRANSLATE_NOOP("Spoken", "{count} replies")),
    "repost": (QT_TRANSLATE_NOOP("Spoken", "{count} repost"),
               QT_TRANSLATE_NOOP("Spoken", "{count} reposts")),
    "like": (QT_TRANSLATE_NOOP("Spoken", "{count} like"),
             QT_TRANSLATE_NOOP("Spoken", "{count} likes")),
    "view": (QT_TRANSLATE_NOOP("Spoken", "{count} view"),
             QT_TRANSLATE_NOOP("Spoken", "{count} views")),
}


def _say(text: str, count: int) -> str:
    return translate(CONTEXT, text).format(count=count)


def count(count: int, what: str) -> str:
    """"1 like", "21 likes" (``what`` one of ``COUNTS``)."""
    one, many = COUNTS[what]
    return _say(one if count == 1 else many, count)


def duration(seconds: float) -> str:
    """A length of time in words: "1 minute 30 seconds", "2 minutes", "45 seconds"."""
    minutes, secs = divmod(max(0, int(seconds)), 60)
    words = [_say(_UNIT_WORDS["minute"][minutes != 1], minutes)] if minutes else []
    if secs or not minutes:
        words.append(_say(_UNIT_WORDS["second"][secs != 1], secs))
    return " ".join(words)


def ago(seconds: float) -> str:
    """How long ago, as a screen reader should say it: "just now", "12 seconds ago"."""
    seconds = max(0, int(seconds))
    if seconds < 5:
        return translate("Spoken", "just now")
    size, _short, word = next(unit for unit in UNITS if seconds >= unit[0])
    number = seconds // size
    return _say(_UNIT_WORDS[word][2 + (number != 1)], number)


def short_ago(seconds: float) -> str:
    """How long ago, the way a feed shows it: "now", "12s", "4m", "2h"."""
    seconds = max(0, int(seconds))
    if seconds < 5:
        return translate("Spoken", "now")
    size, short, _word = next(unit for unit in UNITS if seconds >= unit[0])
    unit = {"h": translate("Spoken", "{count}h"), "m": translate("Spoken", "{count}m"),
            "s": translate("Spoken", "{count}s")}[short]
    return unit.format(count=seconds // size)


def limits_words(limits: TimeLimits) -> str:
    """Time limits in plain words for a sentence: "doubled", "switched off" (``words``)."""
    if not limits.adjusted:
        return translate("Spoken", "as written")
    if limits.off:
        return translate("Spoken", "switched off")
    known = {1.5: QT_TRANSLATE_NOOP("Spoken", "one and a half times as long"),
             2.0: QT_TRANSLATE_NOOP("Spoken", "doubled"), 3.0: QT_TRANSLATE_NOOP("Spoken", "tripled")}
    if limits.factor in known:
        return translate("Spoken", known[limits.factor])
    return translate("Spoken", "made {factor} times as long").format(factor=f"{limits.factor:g}")
