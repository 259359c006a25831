"""The detectors' flags and a reply's language, in the words a trainer reads on any screen
(the console, the review dialog), in the language installed. ``FLAG_TITLES``
(sm_sim.scenario.model) is the Qt-free core's English; these are the same keys and the same
English, marked for the catalogue (a test holds the two equal)."""

from __future__ import annotations

from ...scenario.model import FLAG_TITLES
from ...scoring.language import NAMES
from .language import QT_TRANSLATE_NOOP, translate

FLAG_WORDS = {
    "personal_data": QT_TRANSLATE_NOOP("Flags", "Personal data"),
    "operational_detail": QT_TRANSLATE_NOOP("Flags", "Operational detail"),
    "political": QT_TRANSLATE_NOOP("Flags", "Political opinion"),
    "abusive": QT_TRANSLATE_NOOP("Flags", "Abusive or belittling"),
    "profanity": QT_TRANSLATE_NOOP("Flags", "Swearing"),
    "signposting": QT_TRANSLATE_NOOP("Flags", "Signposting to help"),
}
# as they follow "written" (Welsh mutates a language's name after "yn")
WRITTEN_IN = {"en": QT_TRANSLATE_NOOP("Flags", "in English"),
              "cy": QT_TRANSLATE_NOOP("Flags", "in Welsh")}


def flag_title(flag: str) -> str:
    """A flag as a trainer reads it ("Personal data"); an unknown one as the core names it."""
    return translate("Flags", FLAG_WORDS[flag]) if flag in FLAG_WORDS else FLAG_TITLES.get(flag, flag)


def written_in(code: str) -> str:
    """"in Welsh": the language a reply was written in, for a sentence."""
    if code in WRITTEN_IN:
        return translate("Flags", WRITTEN_IN[code])
    return translate("Flags", "in {language}").format(language=NAMES.get(code, code))
