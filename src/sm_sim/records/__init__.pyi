# What the package offers; records/__init__.py loads each name from its module on first use.
from .attempt import Attempt, AttemptError, read_attempt, to_transcript
from .cohort import Record, fetch_session, group, read_folder, select, summary_rows
from .exports import ExportError, export_attempts
from .journal import AttemptJournal, JournalError
from .lrs import LrsClient, LrsError
from .names import FORMATS, XapiSettings
from .outbox import Outbox, SendReport
from .paths import DATA_DIR_ENV, DataFolderError, attempts_dir, data_dir, outbox_dir
from .resume import Unfinished, find_unfinished, resume_attempt
from .trainees import Trainee, trainee_for
from .verify import CannotVerify, Verdict, verify_attempt
from .xapi import statements

__all__ = [
    "DATA_DIR_ENV", "FORMATS", "Attempt", "AttemptError", "AttemptJournal", "CannotVerify",
    "DataFolderError",
    "ExportError", "JournalError", "LrsClient", "LrsError", "Outbox", "Record", "SendReport",
    "Trainee", "Unfinished", "Verdict", "XapiSettings", "attempts_dir", "data_dir",
    "export_attempts", "fetch_session", "find_unfinished", "group", "outbox_dir", "read_attempt",
    "read_folder", "resume_attempt", "select", "statements", "summary_rows", "to_transcript",
    "trainee_for", "verify_attempt",
]
