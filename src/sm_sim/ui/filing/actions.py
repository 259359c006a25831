"""RecordActions: the records buttons of one screen (the debrief, the Results view).

Each action asks where or how through a dialog seam, does the work with
``run_in_background``, and reports one calm sentence through ``reported`` — never a
traceback. ``working`` says what is under way, for the same label.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from ...records import Record
from ...records.exports import file_name
from ...records.progress import Cancelled
from ..dialogs import questions
from ..dialogs.questions import ExportDialog, ExportRequest
from ..kit.background import explain, run_in_background
from ..kit.language import QT_TRANSLATE_NOOP, translate
from ..kit.progress import Stoppable, progress_dialog
from ..kit.settings import Settings
from .work import Row, Sent, export_files, export_summary, send_to_lrs

# The sentences these buttons report are catalogued under "RecordActions" (written out:
# lupdate reads only a literal context). Each export's name comes in three forms, since
# Welsh puts a singular noun after a number: one, several, and several counted.
LABELS = {"pdf": QT_TRANSLATE_NOOP("RecordActions", "PDF debrief"),
          "csv": QT_TRANSLATE_NOOP("RecordActions", "CSV row"),
          "json": QT_TRANSLATE_NOOP("RecordActions", "JSON transcript"),
          "xapi": QT_TRANSLATE_NOOP("RecordActions", "xAPI statements")}
SEVERAL = {"pdf": QT_TRANSLATE_NOOP("RecordActions", "PDF debriefs"),
           "csv": QT_TRANSLATE_NOOP("RecordActions", "CSV rows"),
           "json": QT_TRANSLATE_NOOP("RecordActions", "JSON transcripts"),
           "xapi": QT_TRANSLATE_NOOP("RecordActions", "xAPI statements")}
COUNTED = {"pdf": QT_TRANSLATE_NOOP("RecordActions", "{count} PDF debriefs"),
           "csv": QT_TRANSLATE_NOOP("RecordActions", "{count} CSV rows"),
           "json": QT_TRANSLATE_NOOP("RecordActions", "{count} JSON transcripts"),
           "xapi": QT_TRANSLATE_NOOP("RecordActions", "{count} sets of xAPI statements")}
FILTERS = {"pdf": "PDF (*.pdf)", "csv": "CSV (*.csv)", "json": "JSON (*.json)",
           "xapi": QT_TRANSLATE_NOOP("RecordActions", "xAPI statements (*.json)")}


def _word(words: dict[str, str], fmt: str) -> str:
    return translate("RecordActions", words[fmt])


def suggested_name(row: Row, fmt: str) -> str:
    name = file_name(row.as_attempt(), fmt)
    return name.replace(".json", "-xapi.json") if fmt == "xapi" else name


class RecordActions(QObject):
    reported = Signal(str, bool)  # a sentence for the screen; True when all went well
    working = Signal(str)  # what has just begun

    def __init__(self, settings: Settings, parent: QWidget) -> None:
        super().__init__(parent)
        self.settings = settings
        self.widget = parent
        self.busy = 0
        self.sending = False  # one send at a time from this screen
        self.progress: QProgressDialog | None = None  # while several attempts are exported

    # -- exports ----------------------------------------------------------------------------
    def export(self, rows: list[Row], fmt: str) -> bool:
        """Export ``rows`` as ``fmt``: a file for one attempt (or any CSV), a folder for
        several PDFs or transcripts. False if nothing was started."""
        paths = [r.path for r in rows if r.path is not None]
        if not paths:
            return False
        label = _word(LABELS, fmt)
        counted = _word(COUNTED, fmt).format(count=len(paths))
        if len(paths) > 1 and fmt in ("pdf", "json"):
            request = ExportRequest(translate("RecordActions", "Choose a folder for {files}").format(
                files=counted), self.settings.export_folder)
        else:
            name = suggested_name(rows[0], fmt) if len(rows) == 1 else "attempts.csv"
            request = ExportRequest(translate("RecordActions", "Save the {label}").format(label=label),
                                    self.settings.export_folder / name, _word(FILTERS, fmt))
        out = self._ask(request)
        if out is None:
            return False
        if len(paths) == 1:
            self._start(translate("RecordActions", "Saving the {label}…").format(label=label),
                        lambda: export_files(paths, fmt, out, self.settings.lrs),
                        lambda written: self._saved(label, written),
                        translate("RecordActions", "The {label} was not saved").format(label=label))
            return True
        job = Stoppable(self)
        doing = translate("RecordActions", "Saving {files}…").format(files=counted)
        self.progress = progress_dialog(self.widget, doing, job)
        self._start(doing, lambda: export_files(paths, fmt, out, self.settings.lrs, job),
                    lambda written: self._saved(label, written),
                    translate("RecordActions", "The {labels} were not saved").format(
                        labels=_word(SEVERAL, fmt)),
                    after=self._progress_over, stopped=lambda stop: self._stopped(counted, stop))
        return True

    def _progress_over(self) -> None:
        if self.progress is not None:
            self.progress.reset()
            self.progress.deleteLater()
            self.progress = None

    def _stopped(self, counted: str, stop: Cancelled) -> None:
        """``counted``: how many were asked for, in words ("3 PDF debriefs")."""
        kept = stop.written
        if len(kept) > 1:
            said = translate("RecordActions", "Stopped: {kept} of {files} were saved in {folder}; "
                                              "the rest were not written.")
        elif kept:
            said = translate("RecordActions", "Stopped: {kept} of {files} were saved: {path}; "
                                              "the rest were not written.")
        else:
            said = translate("RecordActions", "Stopped: {kept} of {files} were saved; the rest "
                                              "were not written.")
        self.reported.emit(said.format(kept=len(kept), files=counted, path=kept[0] if kept else "",
                                       folder=kept[0].parent if kept else ""), False)

    def export_summary(self, records: list[Record]) -> bool:
        request = ExportRequest(translate("RecordActions", "Save the cohort summary"),
                                self.settings.export_folder / "cohort-summary.csv", FILTERS["csv"])
        out = self._ask(request)
        if out is None:
            return False
        summary = translate("RecordActions", "summary")
        self._start(translate("RecordActions", "Saving the summary…"), lambda: export_summary(records, out),
                    lambda written: self._saved(summary, [written]),
                    translate("RecordActions", "The summary was not saved"))
        return True

    def _ask(self, request: ExportRequest) -> Path | None:
        out = ExportDialog.ask(self.widget, request)
        if out is not None:
            self.settings.export_folder = out if request.folder else out.parent
        return out

    def _saved(self, label: str, written: list[Path]) -> None:
        if len(written) == 1:
            self.reported.emit(translate("RecordActions", "Saved the {label}: {path}").format(
                label=label, path=written[0]), True)
        else:
            self.reported.emit(translate("RecordActions", "Saved {count} files in {folder}").format(
                count=len(written), folder=written[0].parent), True)

    # -- the LRS ----------------------------------------------------------------------------
    def send(self, rows: list[Row]) -> bool:
        """Queue the attempts' statements in the outbox and send what waits. Asks for the LRS
        settings first if there are none. False if nothing was started."""
        paths = [r.path for r in rows if r.path is not None]
        config = self.settings.lrs
        if not config.ready:
            edited = questions.edit_lrs(self.widget, config, self.settings.file_name())
            if edited is None or not edited.ready:
                self.reported.emit(translate("RecordActions", "Nothing was sent: no Learning Record "
                                                              "Store is set up."), False)
                return False
            self.settings.lrs = config = edited
        if not paths:
            return False
        if self.sending:
            self.reported.emit(translate("RecordActions", "A send to the LRS is already under way; "
                                                          "try again when it has finished."), False)
            return False
        self.sending = True
        self._start(translate("RecordActions", "Sending to the LRS…"), lambda: send_to_lrs(paths, config),
                    self._sent, translate("RecordActions", "Nothing was sent"), after=self._sending_over)
        return True

    def _sent(self, sent: Sent) -> None:
        self.reported.emit(sent.describe(), sent.ok)

    def _sending_over(self) -> None:
        self.sending = False

    # -- running ----------------------------------------------------------------------------
    def _start(self, doing: str, work: Callable[[], Any], done: Callable[[Any], None],
               failing: str, after: Callable[[], None] | None = None,
               stopped: Callable[[Cancelled], None] | None = None) -> None:
        self.busy += 1
        self.working.emit(doing)

        def finish(value: Any) -> None:
            self.busy -= 1
            if after is not None:
                after()
            done(value)

        def fail(err: BaseException) -> None:
            self.busy -= 1
            if after is not None:
                after()
            if isinstance(err, Cancelled) and stopped is not None:
                stopped(err)
            else:
                self.reported.emit(translate("RecordActions", "{failing}: {why}").format(
                    failing=failing, why=explain(err)), False)

        run_in_background(work, finish, fail, context=self)
