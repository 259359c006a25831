"""The language the app speaks: English, or Welsh (Cymraeg), through Qt's translation.

Every string a screen shows is written in English in the code, marked with ``tr()`` (or
``translate(context, text)`` outside a QObject), collected by ``pyside6-lupdate`` into
``assets/i18n/sm_sim_cy.ts`` and compiled by ``pyside6-lrelease`` into ``sm_sim_cy.qm``,
which ships (``python assets/i18n/update.py`` does both; a test fails when either is stale).
What the Qt-free core writes in sentences is said through its own catalogue (``say``).
The setting ``language`` is ``""`` (as this computer's locale says), ``en`` or ``cy``; it
takes effect when the app starts, and numbers and dates follow it through ``QLocale``.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from ... import i18n
from ...data import data_root

LANGUAGES = {"": "As this computer is set", "en": "English", "cy": "Cymraeg (Welsh)"}
WELSH = QLocale(QLocale.Language.Welsh, QLocale.Country.UnitedKingdom)
ENGLISH = QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)

_installed: list[QTranslator] = []


def spoken() -> str:
    """The language the app speaks now (``en`` or ``cy``): scenarios are read in it too,
    where they have a translation."""
    return i18n.chosen()


def catalogue(code: str) -> Path:
    return data_root() / "assets" / "i18n" / f"sm_sim_{code}.qm"


def resolve(setting: str, system: QLocale | None = None) -> str:
    """The language to speak for a setting: as chosen, or the locale's when it is Welsh."""
    if setting in ("en", "cy"):
        return setting
    locale = system or QLocale.system()
    return "cy" if locale.language() == QLocale.Language.Welsh else "en"


def install(setting: str, system: QLocale | None = None) -> str:
    """Speak the language ``setting`` asks for from now on (the screens built after this);
    returns it. A missing or damaged catalogue leaves the app in English."""
    app = QCoreApplication.instance()
    for old in _installed:
        if app is not None:
            QCoreApplication.removeTranslator(old)
    _installed.clear()
    code = resolve(setting, system)
    QLocale.setDefault(WELSH if code == "cy" else ENGLISH)
    i18n.use("en")
    if code == "en" or app is None:
        return code
    translator = QTranslator(app)
    if not translator.load(str(catalogue(code))):
        QLocale.setDefault(ENGLISH)
        return "en"
    QCoreApplication.installTranslator(translator)
    _installed.append(translator)
    return i18n.use(code)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark ``text`` for the catalogue where it is defined (a constant); ``tr()`` or
    ``translate`` it where it is shown."""
    return text


def translate(context: str, text: str) -> str:
    """``text`` in the language installed (for strings outside a QObject's ``tr``)."""
    return QCoreApplication.translate(context, text)


def say(text: str) -> str:
    """A sentence the Qt-free core wrote (English, marked ``N_()``), in the language
    installed, through the core's own catalogue."""
    return i18n.tr(text)

