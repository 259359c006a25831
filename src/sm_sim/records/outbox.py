"""The LRS outbox: statements wait here, one JSON file each, until the LRS has them.

Crash-safe by construction: what one ``add`` queues is first written as one batch file,
atomically, so it is queued whole or not at all; the batch is then split into one file per
statement (a crash mid-split is finished by the next use, and stray ``.part`` files are
swept). After the LRS confirms a batch by returning its ids, they go to ``sent.log``
(fsynced) and only then are the files removed. A crash or a lost answer before that means
the batch goes again, which the LRS ignores because the ids and contents are the same:
every statement arrives once. A 409 is checked against what the LRS holds before anything
is called a conflict, and a ``Retry-After`` is kept (``hold.txt``) and honoured.
"""

from __future__ import annotations

import contextlib
import json
import os
import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import timedelta
from pathlib import Path
from typing import Any

from ..i18n import N_
from . import atomic, strictjson
from .lrs import LrsClient, LrsError
from .paths import cannot_write, outbox_dir, usable_folder
from .times import Now, iso, parse_iso, utc_now
from .xapi_compare import same_statement

LEDGER = "sent.log"
REJECTED = "rejected"
HOLD = "hold.txt"  # the time before which the LRS asked not to be sent to again
BATCH = ".batch"  # suffix of a whole ``add`` waiting to be split into statement files
STALE_PART = 600.0  # seconds after which a .part file is a kill's leftover, not a write
MAX_WAIT = 60.0  # seconds of Retry-After worth waiting for inside one send (with a ``wait``)
Wait = Callable[[float], None]


@dataclass
class SendReport:
    sent: int = 0
    waiting: int = 0
    rejected: int = 0
    error: LrsError | None = None
    notes: list[str] = field(default_factory=list)

    def describe(self, folder: Path) -> str:
        sent = (N_("sent {count} statement") if self.sent == 1 else
                N_("sent {count} statements")).format(count=self.sent)
        if self.rejected and self.error is not None:
            said = N_("{sent}; {count} rejected, kept in {kept}; {waiting} wait in the outbox "
                      "{folder} — {error}")
        elif self.rejected:
            said = N_("{sent}; {count} rejected, kept in {kept}")
        elif self.error is not None:
            said = N_("{sent}; {waiting} wait in the outbox {folder} — {error}")
        else:
            return sent
        return said.format(sent=sent, count=self.rejected, kept=folder / REJECTED,
                           waiting=self.waiting, folder=folder, error=self.error)


class Outbox:
    """``now`` is the clock (a ``Retry-After`` is kept against it); ``wait``, if given, is how
    a send waits out a short ``Retry-After`` (the app's scheduler or a test's fake); without
    it the statements wait for the next send after the time the LRS gave."""

    def __init__(self, folder: Path | None = None, now: Now = utc_now,
                 wait: Wait | None = None) -> None:
        self.folder = Path(folder) if folder else outbox_dir()
        self.now, self.wait = now, wait

    def add(self, statements: Iterable[dict[str, Any]], again: bool = False) -> int:
        """Queue statements (in order), durably and whole, before anything is sent. Ones
        already waiting are skipped, and so are ones this outbox has sent unless ``again``
        (e.g. for a new LRS; the LRS itself ignores repeats)."""
        usable_folder(self.folder)
        known = {self._id_of(p) for p in self.pending()} | (set() if again else self._sent_ids())
        batch: list[tuple[str, dict[str, Any]]] = []
        for index, statement in enumerate(statements):
            sid = str(statement["id"])
            if sid in known:
                continue
            when = "".join(ch for ch in str(statement.get("timestamp", "")) if ch.isdigit())[:17]
            batch.append((f"{when:0<17}-{index:03d}-{sid}.json", statement))
            known.add(sid)
        if batch:
            lines = "".join(json.dumps({"name": n, "statement": s}, ensure_ascii=False,
                                       allow_nan=False) + "\n" for n, s in batch)
            target = self.folder / f"{uuid.uuid4().hex}{BATCH}"
            self._write(target, lines)
            self._split(target)
        return len(batch)

    def pending(self) -> list[Path]:
        if not self.folder.is_dir():
            return []
        self._sweep_parts()
        for batch in sorted(self.folder.glob(f"*{BATCH}")):
            self._split(batch)
        return sorted(self.folder.glob("*.json"))

    def send(self, client: LrsClient, batch_size: int = 50) -> SendReport:
        """Send everything waiting, oldest first, in batches; stop at the first failure that
        another try may cure (the rest wait for the next send)."""
        report = SendReport()
        files = self.pending()
        try:
            self._check_hold()
            for start in range(0, len(files), batch_size):
                self._send_patiently(client, files[start:start + batch_size], report)
        except LrsError as err:
            report.error = err
            report.waiting = len(self.pending())
            return report
        (self.folder / HOLD).unlink(missing_ok=True)
        return report

    def _send_patiently(self, client: LrsClient, batch: list[Path], report: SendReport) -> None:
        """One batch; a short Retry-After is waited out (with ``wait``) up to three times,
        a longer one is kept so the next send does not knock before it is due."""
        for tries in range(1, 5):
            try:
                self._send_batch(client, [p for p in batch if p.exists()], report)
                return
            except LrsError as err:
                if err.retry_after is None:
                    raise
                if self.wait is None or err.retry_after > MAX_WAIT or tries == 4:
                    self._hold(err.retry_after)
                    raise
                self.wait(err.retry_after)

    def _send_batch(self, client: LrsClient, batch: list[Path], report: SendReport) -> None:
        statements = [self._load(p, report) for p in batch]
        ready = [(p, s) for p, s in zip(batch, statements, strict=True) if s is not None]
        if not ready:
            return
        try:
            stored = client.post_statements([s for _, s in ready])
        except LrsError as err:
            if err.retry_later:
                raise
            self._one_by_one(client, ready, report)  # find which statement the LRS refuses
            return
        self._confirmed(ready, stored, report)

    def _confirmed(self, ready: list[tuple[Path, dict[str, Any]]], stored: list[str],
                   report: SendReport) -> None:
        """Only what the LRS names as stored is done; the rest wait, said so."""
        ids = {i.lower() for i in stored}
        done = [p for p, s in ready if str(s["id"]).lower() in ids]
        self._done(done)
        report.sent += len(done)
        if len(done) < len(ready):
            raise LrsError(N_("the LRS answered but confirmed only {done} of {count} statements "
                              "(it returned {returned} ids); the others wait and will be sent "
                              "again").format(done=len(done), count=len(ready),
                                              returned=len(stored)), "unknown")

    def _one_by_one(self, client: LrsClient, ready: list[tuple[Path, dict[str, Any]]],
                    report: SendReport) -> None:
        for path, statement in ready:
            try:
                self._confirmed([(path, statement)], client.post_statements([statement]), report)
            except LrsError as err:
                if err.retry_later:
                    raise
                if err.kind != "conflict":
                    self._reject(path, str(err), report)
                elif self._held_unchanged(client, statement):
                    self._done([path])  # an exact repeat: the LRS has it already
                    report.sent += 1
                else:
                    self._reject(path, N_("{error}, and what it holds differs from this "
                                          "one").format(error=err), report)

    @staticmethod
    def _held_unchanged(client: LrsClient, statement: dict[str, Any]) -> bool:
        held = client.get_statement(str(statement["id"]))
        return held is not None and same_statement(statement, held)

    def _sweep_parts(self) -> None:
        """Remove temporary files a kill mid-write left (never whole); young ones may be
        another process's write in progress."""
        cutoff = self.now().timestamp() - STALE_PART
        for part in self.folder.glob(".*.part"):
            with contextlib.suppress(OSError):
                if part.stat().st_mtime < cutoff:
                    part.unlink()

    def _hold(self, seconds: float) -> None:
        until = self.now() + timedelta(seconds=seconds)
        with contextlib.suppress(OSError):
            atomic.write_text(self.folder / HOLD, iso(until) + "\n")

    def _check_hold(self) -> None:
        try:
            until = parse_iso((self.folder / HOLD).read_text(encoding="utf-8").strip())
        except (OSError, ValueError):
            return
        if self.now() < until:
            raise LrsError(N_("the LRS asked not to be sent to before {moment}; send again after "
                              "that").format(moment=iso(until)), "server", retry_after=(
                               until - self.now()).total_seconds())

    def _write(self, path: Path, text: str) -> None:
        try:
            atomic.write_text(path, text)
        except OSError as err:
            raise cannot_write(path, err) from None

    def _split(self, batch: Path) -> None:
        """A queued batch into one file per statement; the batch goes once all are written."""
        try:
            items = [strictjson.loads(line) for line in batch.read_text(encoding="utf-8").splitlines()]
            named = [(Path(str(i["name"])).name, i["statement"]) for i in items]
        except OSError:
            return
        except (ValueError, KeyError, TypeError):  # written whole by ``add``: so, edited since
            self._reject(batch, N_("the queued batch is damaged"), SendReport())
            return
        for name, statement in named:
            if not (self.folder / name).exists():
                self._write(self.folder / name, json.dumps(statement, ensure_ascii=False))
        batch.unlink(missing_ok=True)
        atomic.sync_folder(self.folder)

    def _load(self, path: Path, report: SendReport) -> dict[str, Any] | None:
        try:
            value = strictjson.loads(path.read_text(encoding="utf-8"))
            if isinstance(value, dict) and "id" in value:
                return value
        except (OSError, ValueError):
            pass
        self._reject(path, N_("the file is not a statement"), report)
        return None

    def _reject(self, path: Path, reason: str, report: SendReport) -> None:
        folder = self.folder / REJECTED
        folder.mkdir(exist_ok=True)
        os.replace(path, folder / path.name)
        atomic.write_text(folder / (path.name + ".reason.txt"), reason + "\n")
        report.rejected += 1
        # the reason is said on its own (each is marked where it is written)
        report.notes.append(N_("{file}: {reason}").format(file=path.name, reason=reason))

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
