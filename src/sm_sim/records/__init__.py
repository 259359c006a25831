"""Course records (no Qt here): the attempt journal, resume, exports (CSV, JSON, PDF, xAPI),
the LRS outbox, verification and the cohort view.

The app's attempt session uses it like this::

    run = ScenarioRun(scenario, seed)
    journal = AttemptJournal.begin(run, library, trainee_for(name), mode="practice",
                                   session=session_id)       # before run.start()
    run.start()                                              # ... the attempt plays ...
    journal.error                                            # an OSError if saving failed
    find_unfinished()                                        # at start-up: offer to resume
    run, journal = resume_attempt(path)                      # rebuilt where it stopped
    export_attempts([read_attempt(journal.path)], "pdf", out)
    Outbox().add(statements(attempt)); Outbox().send(LrsClient(url, user, secret))
"""

from .attempt import Attempt, AttemptError, read_attempt, to_transcript
from .cohort import Record, fetch_session, group, read_folder, select, summary_rows
from .exports import FORMATS, ExportError, export_attempts
from .journal import AttemptJournal, JournalError
from .lrs import LrsClient, LrsError
from .outbox import Outbox, SendReport
from .paths import DATA_DIR_ENV, DataFolderError, attempts_dir, data_dir, outbox_dir
from .resume import Unfinished, find_unfinished, resume_attempt
from .trainees import Trainee, trainee_for
from .verify import CannotVerify, Verdict, verify_attempt
from .xapi import XapiSettings, statements

__all__ = [
    "DATA_DIR_ENV", "FORMATS", "Attempt", "AttemptError", "AttemptJournal", "CannotVerify",
    "DataFolderError",
    "ExportError", "JournalError", "LrsClient", "LrsError", "Outbox", "Record", "SendReport",
    "Trainee", "Unfinished", "Verdict", "XapiSettings", "attempts_dir", "data_dir",
    "export_attempts", "fetch_session", "find_unfinished", "group", "outbox_dir", "read_attempt",
    "read_folder", "resume_attempt", "select", "statements", "summary_rows", "to_transcript",
    "trainee_for", "verify_attempt",
]
