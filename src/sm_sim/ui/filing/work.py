"""The slow half of the records buttons: plain functions over the records API that
``run_in_background`` runs on a pool thread. Nothing here touches a widget."""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path

from ...records import (
    Attempt,
    Outbox,
    Record,
    SendReport,
    attempts_dir,
    export_attempts,
    fetch_session,
    group,
    read_attempt,
    read_folder,
    statements,
)
from ...records.attempt import Header
from ...records.cohort import write_summary
from ...records.journal import AttemptJournal
from ...records.progress import Progress
from ...scenario.library import Names
from ..kit.language import QT_TRANSLATE_NOOP, translate
from ..kit.settings import LrsConfig

LRS_TIMEOUT = 10.0  # seconds; the outbox keeps what did not go
# What these functions give a screen to show is catalogued under "RecordWork" (written out:
# lupdate reads only a literal context); names, titles, paths and the records' own error
# text stay as they are.
MODES = {"practice": QT_TRANSLATE_NOOP("RecordWork", "Practice"),
         "assessment": QT_TRANSLATE_NOOP("RecordWork", "Assessment")}
STATUS = (QT_TRANSLATE_NOOP("RecordWork", "Passed"), QT_TRANSLATE_NOOP("RecordWork", "Not passed"),
          QT_TRANSLATE_NOOP("RecordWork", "Unfinished"))


def mode_text(mode: str) -> str:
    """An attempt's mode as a screen shows it ("Practice"); an unknown one as it was."""
    return translate("RecordWork", MODES[mode]) if mode in MODES else mode.title()


# -- exports --------------------------------------------------------------------------------------
def export_files(paths: list[Path], fmt: str, out: Path, config: LrsConfig,
                 progress: Progress | None = None) -> list[Path]:
    return export_attempts([read_attempt(p) for p in paths], fmt, out, config.xapi(),
                           progress=progress)


def export_summary(records: list[Record], out: Path) -> Path:
    return write_summary(group(records), out)


# -- the Learning Record Store ----------------------------------------------------------------------
@dataclass(frozen=True)
class Sent:
    report: SendReport
    queued: int  # statements this send added to the outbox
    unfinished: int  # attempts passed over (only finished attempts are sent)
    outbox: Path

    @property
    def ok(self) -> bool:
        return self.report.error is None and not self.report.rejected

    def describe(self) -> str:
        """How the send went, in sentences for the screen (the LRS's own error as it is)."""
        r = self.report
        said: list[str] = []
        if self.ok and r.sent == 0:
            said.append(translate("RecordWork", "Nothing new to send: these statements have "
                                                "already gone to the LRS."))
        elif self.ok:
            said.append((translate("RecordWork", "Sent {count} statement to the LRS; none waiting.")
                         if r.sent == 1 else
                         translate("RecordWork", "Sent {count} statements to the LRS; none waiting."))
                        .format(count=r.sent))
        else:
            said.append(translate("RecordWork", "LRS: sent {sent} / waiting {waiting}.").format(
                sent=r.sent, waiting=r.waiting) if r.error is None else
                translate("RecordWork", "LRS: sent {sent} / waiting {waiting} ({error}).").format(
                    sent=r.sent, waiting=r.waiting, error=r.error))
            if r.rejected:
                said.append(translate("RecordWork", "{count} refused by the LRS, set aside in "
                                                    "{folder}.").format(
                    count=r.rejected, folder=self.outbox / "rejected"))
            if r.waiting:
                said.append(translate("RecordWork", "They stay in the outbox on this computer and "
                                                    "go with the next send."))
        if self.unfinished:
            said.append((translate("RecordWork", "{count} unfinished attempt not sent.")
                         if self.unfinished == 1 else
                         translate("RecordWork", "{count} unfinished attempts not sent."))
                        .format(count=self.unfinished))
        return " ".join(said)


def send_to_lrs(paths: list[Path], config: LrsConfig, outbox_folder: Path | None = None) -> Sent:
    """Queue the finished attempts' statements in the outbox, then send all that waits."""
    client = config.client(LRS_TIMEOUT)
    outbox = Outbox(outbox_folder)
    queued = unfinished = 0
    for path in paths:
        attempt = read_attempt(path)
        if attempt.status != "finished":
            unfinished += 1
            continue
        queued += outbox.add(statements(attempt, config.xapi()))
    return Sent(outbox.send(client), queued, unfinished, outbox.folder)


# -- the Results view -----------------------------------------------------------------------------
@dataclass(frozen=True)
class Row:
    """An attempt in the Results view: the cohort record and, for one kept on this computer,
    its file and its header (both None for an attempt fetched back from the LRS)."""

    record: Record
    path: Path | None
    header: Header | None
    scenario_title: str = ""  # for a fetched attempt, from the scenarios this app knows

    @classmethod
    def of(cls, attempt: Attempt) -> Row:
        return cls(Record.of(attempt), attempt.path, attempt.header)

    @property
    def title(self) -> str:
        if self.header is not None:
            return self.header.scenario_title or self.header.scenario
        return self.scenario_title or self.record.scenario

    @property
    def status(self) -> str:
        """Passed, Not passed or Unfinished, in English (a key: ``status_text`` says it)."""
        if self.record.finished:
            return STATUS[0] if self.record.passed else STATUS[1]
        return STATUS[2]

    @property
    def status_text(self) -> str:
        """The result as the Results view shows it, in the language installed."""
        return translate("RecordWork", self.status)

    def as_attempt(self) -> Attempt:
        if self.header is None:
            raise ValueError(translate("RecordWork", "this attempt was fetched from the LRS: it has no "
                                                     "journal here"))
        return Attempt(self.header, self.path)


@dataclass(frozen=True)
class Results:
    rows: list[Row]
    problems: list[str]  # unreadable files, each "path: what is wrong"
    folder: Path | None = None  # where they were read; None when fetched from the LRS
    session: str = ""  # the classroom session fetched
    endpoint: str = ""  # the LRS it was fetched from


def load_results(folder: Path | None = None) -> Results:
    """Every attempt in the data folder, one row per attempt (the most complete file wins),
    newest first. A file that cannot be read is listed in ``problems``, never fatal."""
    folder = folder or attempts_dir()
    attempts, problems = read_folder([folder]) if folder.is_dir() else ([], [])
    rows: dict[str, Row] = {}
    for attempt in attempts:
        row = Row.of(attempt)
        kept = rows.get(row.record.attempt_id)
        if kept is None or (row.record.finished and not kept.record.finished):
            rows[row.record.attempt_id] = row
    newest = sorted(rows.values(), key=lambda r: r.record.started, reverse=True)
    return Results(newest, problems, folder)


def fetch_results(config: LrsConfig, names: Names) -> Results:
    """Every attempt of the saved classroom session, read back from the LRS, newest first.
    The LRS knows ids only: titles come from the scenarios this app has loaded."""
    client = config.client(LRS_TIMEOUT)
    rows = []
    for record in fetch_session(client, config.session, config.xapi()):
        titles = {name: names.competency(name) for name in record.competencies}
        rows.append(Row(replace(record, titles=titles), None, None,
                        names.scenarios.get(record.scenario, "")))
    newest = sorted(rows, key=lambda r: r.record.started, reverse=True)
    return Results(newest, [], None, config.session, config.endpoint)


def filter_choices(rows: list[Row]) -> dict[str, list[tuple[str, str]]]:
    """(shown text, value) for each filter of the Results view, from the attempts there are."""
    return {
        "scenario": sorted({(r.title, r.record.scenario) for r in rows}),
        "trainee": sorted({(r.record.trainee, r.record.trainee) for r in rows},
                          key=lambda pair: pair[0].casefold()),
        "mode": sorted({(mode_text(r.record.mode), r.record.mode) for r in rows}),
    }


def skipped_text(problems: list[str], shown: int = 4) -> str:
    """The files the Results view could not read, for a trainer ("" when none)."""
    if not problems:
        return ""
    more = len(problems) - shown
    lines = problems[:shown] + ([translate("RecordWork", "… and {count} more").format(count=more)]
                                if more > 0 else [])
    count = len(problems)
    said = (translate("RecordWork", "{count} file was skipped (not a readable attempt):") if count == 1
            else translate("RecordWork", "{count} files were skipped (not a readable attempt):"))
    return "\n".join([said.format(count=count), *lines])


def row_for(journal: AttemptJournal) -> Row:
    """The row of an attempt the app has just journalled, finished or not (nothing read from
    disk): what its journal holds, as ``read_attempt`` would read it back."""
    return Row.of(Attempt(journal.header, journal.path, debrief=journal.debrief,
                          played=journal.debrief, finished=journal.finished_line))
