"""The LRS outbox: statements wait here, one JSON file each, until the LRS has them.

Crash-safe by construction: a statement file is written atomically before any send; after
the LRS accepts a batch its ids go to ``sent.log`` (fsynced) and only then are the files
removed. A crash or a lost answer before that means the batch goes again, which the LRS
ignores because the ids and contents are the same: every statement arrives once.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from . import atomic
from .lrs import LrsClient, LrsError
from .paths import cannot_write, outbox_dir, usable_folder

LEDGER = "sent.log"
REJECTED = "rejected"


@dataclass
class SendReport:
    sent: int = 0
    waiting: int = 0
    rejected: int = 0
    error: LrsError | None = None
    notes: list[str] = field(default_factory=list)

    def describe(self, folder: Path) -> str:
        text = f"sent {self.sent} statement{'s' * (self.sent != 1)}"
        if self.rejected:
            text += f"; {self.rejected} rejected, kept in {folder / REJECTED}"
        if self.error is not None:
            text += f"; {self.waiting} wait in the outbox {folder} — {self.error}"
        return text


class Outbox:
    def __init__(self, folder: Path | None = None) -> None:
        self.folder = Path(folder) if folder else outbox_dir()

    def add(self, statements: Iterable[dict[str, Any]], again: bool = False) -> int:
        """Queue statements (in order). Ones already waiting are skipped, and so are ones this
        outbox has sent unless ``again`` (e.g. for a new LRS; the LRS itself ignores repeats)."""
        usable_folder(self.folder)
        known = {self._id_of(p) for p in self.pending()} | (set() if again else self._sent_ids())
        added = 0
        for index, statement in enumerate(statements):
            sid = str(statement["id"])
            if sid in known:
                continue
            when = "".join(ch for ch in str(statement.get("timestamp", "")) if ch.isdigit())[:17]
            name = f"{when:0<17}-{index:03d}-{sid}.json"
            try:
                atomic.write_text(self.folder / name, json.dumps(statement, ensure_ascii=False))
            except OSError as err:
                raise cannot_write(self.folder / name, err) from None
            known.add(sid)
            added += 1
        return added

    def pending(self) -> list[Path]:
        return sorted(self.folder.glob("*.json")) if self.folder.is_dir() else []

    def send(self, client: LrsClient, batch_size: int = 50) -> SendReport:
        """Send everything waiting, oldest first, in batches; stop at the first failure that
        another try may cure (the rest wait for the next send)."""
        report = SendReport()
        files = self.pending()
        for start in range(0, len(files), batch_size):
            batch = files[start:start + batch_size]
            try:
                self._send_batch(client, batch, report)
            except LrsError as err:
                report.error = err
                report.waiting = len(self.pending())
                return report
        return report

    def _send_batch(self, client: LrsClient, batch: list[Path], report: SendReport) -> None:
        statements = [self._load(p, report) for p in batch]
        ready = [(p, s) for p, s in zip(batch, statements, strict=True) if s is not None]
        if not ready:
            return
        try:
            client.post_statements([s for _, s in ready])
        except LrsError as err:
            if err.retry_later:
                raise
            self._one_by_one(client, ready, report)  # find which statement the LRS refuses
            return
        self._done([p for p, _ in ready])
        report.sent += len(ready)

    def _one_by_one(self, client: LrsClient, ready: list[tuple[Path, dict[str, Any]]],
                    report: SendReport) -> None:
        for path, statement in ready:
            try:
                client.post_statements([statement])
            except LrsError as err:
                if err.retry_later:
                    raise
                self._reject(path, str(err), report)
                continue
            self._done([path])
            report.sent += 1

    def _load(self, path: Path, report: SendReport) -> dict[str, Any] | None:
        try:
            value = json.loads(path.read_text(encoding="utf-8"))
            if isinstance(value, dict) and "id" in value:
                return value
        except (OSError, ValueError):
            pass
        self._reject(path, "the file is not a statement", report)
        return None

    def _reject(self, path: Path, reason: str, report: SendReport) -> None:
        folder = self.folder / REJECTED
        folder.mkdir(exist_ok=True)
        os.replace(path, folder / path.name)
        atomic.write_text(folder / (path.name + ".reason.txt"), reason + "\n")
        report.rejected += 1
        report.notes.append(f"{path.name}: {reason}")

    def _done(self, paths: list[Path]) -> None:
        with open(self.folder / LEDGER, "a", encoding="utf-8") as ledger:
            ledger.write("".join(self._id_of(p) + "\n" for p in paths))
            ledger.flush()
            os.fsync(ledger.fileno())
        for path in paths:
            path.unlink(missing_ok=True)

    def _sent_ids(self) -> set[str]:
        try:
            text = (self.folder / LEDGER).read_text(encoding="utf-8")
        except OSError:
            return set()
        return {line.strip() for line in text.splitlines() if line.strip()}

    @staticmethod
    def _id_of(path: Path) -> str:
        return path.stem.split("-", 2)[-1]
