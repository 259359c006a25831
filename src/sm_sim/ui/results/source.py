"""Where the Results view's attempts come from: this computer's data folder, or one classroom
session fetched back from the LRS (the saved LRS settings: address, credentials, session id,
xAPI addresses). Both are read with ``run_in_background``; each answer, or one calm sentence
when it failed, comes back as a signal. Only the latest read of each source is delivered.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QComboBox, QWidget

from ...records import LrsError
from ...scenario.library import Names
from ..dialogs import questions
from ..filing.work import Results, fetch_results, load_results
from ..kit.background import explain, run_in_background
from ..kit.language import QT_TRANSLATE_NOOP, translate
from ..kit.settings import LrsConfig, Settings

# What this module says is catalogued under "ResultsSource" (written out: lupdate reads only
# a literal context); addresses, session ids and the records' own error text stay as they are.
LOCAL, LRS = "local", "lrs"
SOURCES = ((LOCAL, QT_TRANSLATE_NOOP("ResultsSource", "This computer")),
           (LRS, QT_TRANSLATE_NOOP("ResultsSource", "Classroom session on the LRS")))
NOT_SET = QT_TRANSLATE_NOOP("ResultsSource", "No classroom session to fetch: set the LRS address "
                                             "and the session under Learning Record Store…, then "
                                             "press Refresh.")


def fetch_problem(err: BaseException, endpoint: str) -> str:
    """Why the session could not be fetched, in one sentence for a trainer."""
    if isinstance(err, LrsError) and err.kind == "unreachable":
        said = translate("ResultsSource", "The LRS at {endpoint} could not be reached: check its "
                                          "address and this computer's network, then press Refresh.")
    elif isinstance(err, LrsError) and err.kind == "timeout":
        said = translate("ResultsSource", "The LRS at {endpoint} did not answer in time: press "
                                          "Refresh to try again.")
    elif isinstance(err, LrsError) and err.kind == "auth":
        said = translate("ResultsSource", "The LRS at {endpoint} refused the user name or password: "
                                          "check them under Learning Record Store….")
    else:
        return translate("ResultsSource", "The classroom session could not be fetched: {why}.").format(
            why=explain(err).rstrip("."))
    return said.format(endpoint=endpoint)


def source_choice(parent: QWidget) -> QComboBox:
    combo = QComboBox(parent)
    combo.setAccessibleName(translate("ResultsSource", "Attempts from"))
    for key, text in SOURCES:
        combo.addItem(translate("ResultsSource", text), key)
    return combo


def where(results: Results | None, source: str) -> str:
    """Where the attempts shown come from, for the line under the source choice."""
    if results is None:
        return "" if source == LOCAL else translate("ResultsSource", "No classroom session fetched yet.")
    if results.folder is not None:
        return translate("ResultsSource", "Every attempt kept on this computer, in {folder}").format(
            folder=results.folder)
    return translate("ResultsSource", "Every attempt of classroom session “{session}”, fetched from "
                                      "the LRS at {endpoint}").format(session=results.session,
                                                                      endpoint=results.endpoint)


class ResultsReader(QObject):
    read = Signal(str, object)  # source, Results
    failed = Signal(str, str)  # source, a sentence for the view

    def __init__(self, settings: Settings, parent: QWidget, names: Names) -> None:
        super().__init__(parent)
        self.settings = settings
        self.widget = parent
        self.names = names
        self.busy: set[str] = set()
        self._latest = {LOCAL: 0, LRS: 0}  # an older read's answer is dropped

    def start(self, source: str, ask: bool = True) -> bool:
        """Read ``source`` again; False (and ``failed``) if there is no session to fetch.
        ``ask``: ask for the LRS settings if they lack the address or the session."""
        if source == LOCAL:
            self._run(LOCAL, load_results, lambda err: translate(
                "ResultsSource", "The records could not be read: {why}").format(why=explain(err)))
            return True
        config = self.session_config(ask)
        if config is None:
            self.failed.emit(LRS, translate("ResultsSource", NOT_SET))
            return False
        names = self.names
        self._run(LRS, lambda: fetch_results(config, names),
                  lambda err: fetch_problem(err, config.endpoint))
        return True

    def session_config(self, ask: bool = True) -> LrsConfig | None:
        """The saved LRS settings, asked for (through the dialog seam) when the address or the
        session id is missing; None if still missing."""
        config = self.settings.lrs
        if config.ready and config.session:
            return config
        if not ask:
            return None
        edited = questions.edit_lrs(self.widget, config, self.settings.file_name())
        if edited is None:
            return None
        self.settings.lrs = edited
        return edited if edited.ready and edited.session else None

    def _run(self, source: str, work: Callable[[], Results],
             sentence: Callable[[BaseException], str]) -> None:
        self._latest[source] += 1
        number = self._latest[source]
        self.busy.add(source)

        def done(results: Results) -> None:
            if number == self._latest[source]:
                self.busy.discard(source)
                self.read.emit(source, results)

        def fail(err: BaseException) -> None:
            if number == self._latest[source]:
                self.busy.discard(source)
                self.failed.emit(source, sentence(err))

        run_in_background(work, done, fail, context=self)
