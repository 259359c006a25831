"""Export attempts as CSV, JSON transcripts, PDF debriefs or xAPI statements — the one entry
point the command line and the app's export buttons share. Every file is written atomically."""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from pathlib import Path

from ..i18n import N_
from . import atomic
from .attempt import Attempt, to_transcript
from .csvout import export_csv
from .names import FORMATS, XapiSettings
from .progress import Cancelled, Progress, counted
from .times import stamp
from .xapi import statements

_EXT = {"csv": "csv", "json": "json", "pdf": "pdf", "xapi": "json"}


class ExportError(ValueError):
    """The export cannot be done as asked (a message for a person)."""


def file_name(attempt: Attempt, fmt: str) -> str:
    h = attempt.header
    who = re.sub(r"[^\w]+", "-", h.trainee, flags=re.UNICODE).strip("-")[:40] or "trainee"
    return f"{stamp(h.started)}_{who}_{h.scenario}_{h.attempt_id[:8]}.{_EXT[fmt]}"


def export_attempts(attempts: Sequence[Attempt], fmt: str, out: Path,
                    settings: XapiSettings | None = None, pseudonymise: bool = False,
                    progress: Progress | None = None) -> list[Path]:
    """Write ``attempts`` to ``out``: one file for csv and xapi (all attempts together), and for
    json or pdf one file per attempt when ``out`` is a folder (it must be, for several).

    ``progress`` is told of each attempt done and may stop the export (``Cancelled``, with
    the files finished by then): a one-file export then writes nothing."""
    if fmt not in FORMATS:
        raise ExportError(N_("unknown format '{format}' (use {formats})").format(
            format=fmt, formats=", ".join(FORMATS)))
    if pseudonymise and fmt != "csv":
        raise ExportError(N_("pseudonyms are for CSV; a {format} export names the trainee").format(
            format=fmt))
    if not attempts:
        raise ExportError(N_("no attempts to export"))
    folder = out.is_dir() or str(out).endswith(("/", "\\"))
    if fmt in ("csv", "xapi"):
        target = out / (f"attempts.{_EXT[fmt]}" if fmt == "csv" else "statements.json") \
            if folder else out
        if fmt == "csv":
            table = export_csv(attempts, target, pseudonymise)
            if progress is not None:
                progress(len(attempts), len(attempts))
            return [table]
        made = [s for a in counted(attempts, progress) for s in statements(a, settings)]
        return [atomic.write_text(target, json.dumps(made, ensure_ascii=False, indent=1))]
    if len(attempts) > 1 and not folder:
        raise ExportError(N_("{path}: give a folder with -o to export several attempts as {format} "
                             "(one file each)").format(path=out, format=fmt))
    written: list[Path] = []
    try:
        for attempt in counted(attempts, progress):
            written.append(_one(attempt, fmt, out / file_name(attempt, fmt) if folder else out))
    except Cancelled as stop:
        raise Cancelled(written) from stop
    return written


def _one(attempt: Attempt, fmt: str, target: Path) -> Path:
    if fmt == "json":
        text = json.dumps(to_transcript(attempt), ensure_ascii=False, indent=1)
        return atomic.write_text(target, text + "\n")
    from .pdf import export_pdf  # fpdf2 is only loaded when a PDF is made
    return export_pdf(attempt, target)
