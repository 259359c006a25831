"""CSV for gradebooks and spreadsheets: one row per attempt, UTF-8 with a BOM (so Excel reads
accents and non-Latin names), RFC 4180 quoting, and no cell that a spreadsheet would run as a
formula (text starting with = + - @, a tab or a carriage return gets a leading apostrophe)."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from . import atomic
from .attempt import Attempt
from .pseudonyms import pseudonym, pseudonym_key
from .times import spreadsheet_time

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
COLUMNS_BEFORE = ["trainee", "trainee_id", "session", "scenario", "scenario_title", "version",
                  "mode", "date_utc", "finished_utc", "duration_seconds", "score", "pass_mark",
                  "passed"]
# time_limits last, so the columns a gradebook already reads stay where they were
COLUMNS_AFTER = ["ending", "ending_title", "status", "attempt_id", "content_hash", "time_limits"]


def safe_cell(value: Any) -> Any:
    """Numbers stay numbers; text that a spreadsheet would treat as a formula is defused."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, int | float):
        return value
    text = str(value)
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def csv_text(header: Sequence[str], rows: Iterable[Sequence[Any]]) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    writer.writerow([safe_cell(h) for h in header])
    for row in rows:
        writer.writerow([safe_cell(v) for v in row])
    return buffer.getvalue()


def write_csv(path: Path, header: Sequence[str], rows: Iterable[Sequence[Any]]) -> Path:
    return atomic.write_text(path, csv_text(header, rows), encoding="utf-8-sig")


def competency_columns(attempts: Iterable[Attempt]) -> list[str]:
    names: dict[str, None] = {}
    for attempt in attempts:  # the scenario's own order (a debrief lists every one it scores)
        if attempt.debrief is not None:
            names.update(dict.fromkeys(attempt.debrief.competency_titles))
        names.update(dict.fromkeys(attempt.competencies))
    return list(names)


def attempt_row(attempt: Attempt, competencies: Sequence[str], key: bytes | None = None) -> list[Any]:
    """One attempt's row; with ``key``, the trainee's name and id are a pseudonym."""
    h, report, done = attempt.header, attempt.debrief, attempt.finished or {}
    ending = report.ending if report else None
    scores = attempt.competencies
    name = pseudonym(h.trainee_id, key) if key is not None else None
    return [name or h.trainee, name or h.trainee_id, h.session, h.scenario, h.scenario_title,
            h.version, h.mode,
            spreadsheet_time(h.started),
            spreadsheet_time(done["wall"]) if done.get("wall") else None,
            round(done["active_seconds"]) if "active_seconds" in done else None,
            attempt.score, report.pass_mark if report else None, attempt.passed,
            *[scores.get(name) for name in competencies],
            ending.id if ending else None, ending.title if ending else None, attempt.status,
            h.attempt_id, h.content_hash, h.limits.label]


def attempts_csv(attempts: Sequence[Attempt],
                 key: bytes | None = None) -> tuple[list[str], list[list[Any]]]:
    competencies = competency_columns(attempts)
    header = [*COLUMNS_BEFORE, *competencies, *COLUMNS_AFTER]
    return header, [attempt_row(a, competencies, key) for a in attempts]


def export_csv(attempts: Sequence[Attempt], path: Path, pseudonymise: bool = False) -> Path:
    """The attempts as CSV; ``pseudonymise`` puts a pseudonym in place of each trainee's name
    and id (the same one in every export from this computer)."""
    return write_csv(path, *attempts_csv(attempts, pseudonym_key() if pseudonymise else None))
