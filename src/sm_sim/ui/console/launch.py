"""Opening consoles: on a session made from the app (``ConsoleLauncher.new_session``: created
in the LRS in the background, then watched), or on a code given on the command line
(``find_session``, read once before any window opens, with a sentence for each reason it
cannot be)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QWidget

from ...records.classroom import SessionDoc, SessionError, new_code
from ...records.lrs import LrsError
from ...scenario.library import Entry
from ..kit.background import explain, run_in_background
from ..kit.language import QT_TRANSLATE_NOOP, translate
from ..kit.settings import LrsConfig, Settings
from .watch import connect

if TYPE_CHECKING:  # the dialog and the console are imported when first opened: the app starts sooner
    from .newsession import NewSession
    from .window import ConsoleWindow

CONTEXT = "ConsoleLauncher"  # for the texts marked by QT_TRANSLATE_NOOP (lupdate reads only literals)
NO_LRS = QT_TRANSLATE_NOOP("ConsoleLauncher",
                           "no Learning Record Store is set: open the app, choose Learning Record "
                           "Store… on the start screen and enter its address, user name and "
                           "password, then try again")
TRIES = 5  # fresh codes tried when one is taken


def find_session(config: LrsConfig, code: str) -> SessionDoc:
    """The session ``code`` on the configured LRS; a ``SessionError`` that says what to do."""
    if not config.ready:
        raise SessionError(translate(CONTEXT, NO_LRS))
    try:
        return connect(config, code).channel.read(code)
    except SessionError as err:
        if not str(err).startswith("there is no classroom session"):  # the records' words
            raise
        missing = translate("ConsoleLauncher", "there is no classroom session {code} on the LRS at "
                                               "{endpoint}: check the code, or create a session in the "
                                               "app (Scenarios ▸ New classroom session…)")
        raise SessionError(missing.format(code=code, endpoint=config.endpoint)) from None
    except (LrsError, ValueError) as err:
        raise SessionError(str(err)) from None


def create_session(config: LrsConfig, chosen: NewSession) -> SessionDoc:
    """The session made in the LRS under a fresh code (another if that one is taken)."""
    channel = connect(config, "").channel
    for attempt in range(TRIES):
        try:
            return channel.create(SessionDoc(new_code(), chosen.scenarios, chosen.mode,
                                             chosen.title, chosen.trainer, hold=chosen.hold))
        except SessionError:
            if attempt == TRIES - 1:
                raise
    raise AssertionError("unreachable")


class ConsoleLauncher(QObject):
    said = Signal(str, bool)  # for the main window's status bar
    opened = Signal(object)  # ConsoleWindow

    def __init__(self, settings: Settings, parent: QWidget) -> None:
        super().__init__(parent)
        self.settings, self.widget = settings, parent
        self.consoles: list[ConsoleWindow] = []

    def new_session(self, entries: list[Entry]) -> bool:
        """Ask for a session, create it on the LRS and open its console; False if not asked."""
        config = self.settings.lrs
        if not config.ready:
            self.said.emit(translate("ConsoleLauncher", "A classroom session lives in your Learning Record "
                                                        "Store: set it under Learning Record Store… first."),
                           False)
            return False
        from . import newsession
        chosen = newsession.ask_new_session(self.widget, entries, self.settings.reviewer)
        if chosen is None:
            return False
        if chosen.trainer:
            self.settings.reviewer = chosen.trainer
        self.said.emit(translate("ConsoleLauncher", "Creating the session on the LRS…"), True)
        run_in_background(lambda: create_session(config, chosen),
                          lambda doc: self._on_created(doc, config, entries),
                          lambda err: self.said.emit(
                              translate("ConsoleLauncher", "The session could not be created: {why}").format(
                                  why=explain(err)), False), self)
        return True

    def _on_created(self, doc: SessionDoc, config: LrsConfig, entries: list[Entry]) -> None:
        self.open(doc, config, entries)

    def open(self, doc: SessionDoc, config: LrsConfig, entries: list[Entry] | None) -> ConsoleWindow:
        from .window import ConsoleWindow
        window = ConsoleWindow(doc.code, config, doc, entries)
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        window.destroyed.connect(lambda _=None, w=window: self.consoles.remove(w))
        self.consoles.append(window)
        window.show()
        self.said.emit(translate("ConsoleLauncher", "Session {code} created: put the code on the "
                                                    "board.").format(code=doc.code), True)
        self.opened.emit(window)
        return window
