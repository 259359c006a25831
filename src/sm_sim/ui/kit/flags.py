"""The detectors' flags, their findings and a reply's language, in the words a trainer or a
recruit reads on any screen (the console, the review dialog, the debrief), in the language
installed. The flags' names are the Qt-free core's (``FLAG_TITLES``), said through its
catalogue."""

from __future__ import annotations

from ...scenario.model import FLAG_TITLES
from ...scoring.judge import finding_parts
from ...scoring.language import NAMES
from .language import QT_TRANSLATE_NOOP, say, translate

# as they follow "written" (Welsh mutates a language's name after "yn")
WRITTEN_IN = {"en": QT_TRANSLATE_NOOP("Flags", "in English"),
              "cy": QT_TRANSLATE_NOOP("Flags", "in Welsh")}


def flag_title(flag: str) -> str:
    """A flag as a trainer reads it ("Personal data"); an unknown one as the core names it."""
    return say(FLAG_TITLES[flag]) if flag in FLAG_TITLES else flag


def finding_text(line: str) -> str:
    """A detector's finding as the debrief lists it: "Abusive or belittling: insults someone
    — “idiots”", the flag's name and the reason said in the language installed."""
    parts = finding_parts(line)
    if parts is None:
        return say(line)
    flag, reason, words = parts
    return f"{flag_title(flag)}: {say(reason)} — “{words}”"


def written_in(code: str) -> str:
    """"in Welsh": the language a reply was written in, for a sentence."""
    if code in WRITTEN_IN:
        return translate("Flags", WRITTEN_IN[code])
    return translate("Flags", "in {language}").format(language=NAMES.get(code, code))
