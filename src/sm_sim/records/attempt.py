"""An attempt as read back from disk: the journal (JSON Lines) or a JSON transcript.

Reading never trusts the file. A journal whose last line was cut short (a crash or a
power cut mid-write, or blocks of zeros after one) is read up to its last whole line;
any other damage raises ``AttemptError`` naming the file and the line.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any

from ..engine import events as ev
from ..engine.timing import TimeLimits
from ..i18n import N_
from ..scoring.debrief import Debrief, Review
from . import strictjson
from .names import MODES

JOURNAL_FORMAT = "sm-sim-attempt"
TRANSCRIPT_FORMAT = "sm-sim-transcript"
FORMAT_VERSION = 1
_REQUIRED = ("attempt_id", "trainee", "trainee_id", "scenario", "version", "content_hash", "mode",
             "seed", "started")


class AttemptError(ValueError):
    """A file that is not a readable attempt; the message starts with its path."""


class NotAnAttempt(AttemptError):
    """Well-formed JSON that is something else (a settings file, exported statements)."""


@dataclass(frozen=True)
class Header:
    attempt_id: str
    trainee: str
    trainee_id: str
    scenario: str
    version: str
    content_hash: str
    mode: str
    seed: int
    started: str
    scenario_title: str = ""
    scenario_path: str = ""
    session: str | None = None
    app_version: str = ""
    # adjusted time limits ("off", "2"), as the run's start event also says; None: as written,
    # and then left out of the header, which is what it was before time limits could change
    time_limits: str | None = None
    # the language of the scenario's texts as played (a translation's, scenario/translation.py);
    # English is left out of the header, as it was before scenarios could be translated
    language: str = "en"

    def to_dict(self) -> dict[str, Any]:
        data = {f.name: getattr(self, f.name) for f in fields(self)}
        if self.time_limits is None:
            del data["time_limits"]
        if self.language == "en":
            del data["language"]
        return data

    @property
    def limits(self) -> TimeLimits:
        """The time limits the attempt was played with."""
        return TimeLimits.parse(self.time_limits)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Header:
        known = {f.name: f for f in fields(cls)}
        missing = [n for n in _REQUIRED if n not in data]
        if missing:
            raise ValueError(N_("the header lacks {fields}").format(fields=", ".join(missing)))
        if not isinstance(data["seed"], int) or data["mode"] not in MODES:
            raise ValueError(N_("the header has a bad seed or mode"))
        limits = data.get("time_limits")
        try:
            if limits is not None and TimeLimits.parse(limits).recorded() != limits:
                raise ValueError
        except ValueError:
            raise ValueError(N_("the header's time limits ({limits}) are not a setting sm-sim "
                                "writes").format(limits=repr(limits))) from None
        if not isinstance(data.get("language", "en"), str):
            raise ValueError(N_("the header's language is not a language code"))
        return cls(**{k: v for k, v in data.items() if k in known})


@dataclass
class Attempt:
    header: Header
    path: Path | None = None
    events: list[ev.Event] = field(default_factory=list)
    walls: list[str] = field(default_factory=list)  # wall-clock time of each event
    debrief: Debrief | None = None  # the latest: as reviewed, if a trainer has reviewed it
    played: Debrief | None = None  # as the run itself scored it, before any review
    reviews: list[Review] = field(default_factory=list)
    finished: dict[str, Any] | None = None
    resumed: list[str] = field(default_factory=list)
    abandoned: dict[str, Any] | None = None
    is_journal: bool = False  # a journal (appendable), not an exported transcript
    good_bytes: int = 0  # journals: where the last whole line ends
    truncated: bool = False  # a cut-off tail was left out

    @property
    def status(self) -> str:
        """``finished``, ``abandoned`` or ``unfinished`` (a record's word, and a reader's)."""
        if self.finished is not None:
            return N_("finished")
        return N_("abandoned") if self.abandoned is not None else N_("unfinished")

    @property
    def actions(self) -> list[ev.ActionTaken | ev.FreeAction]:
        """What the trainee did, in order: answers to decisions and free actions on the feed."""
        return [e for e in self.events if isinstance(e, ev.ActionTaken | ev.FreeAction)]

    @property
    def inputs(self) -> list[ev.Input]:
        """What came from outside the scenario (what a replay must do again)."""
        return ev.inputs(self.events)

    @property
    def score(self) -> int | None:
        return None if self.debrief is None else self.debrief.score

    @property
    def passed(self) -> bool | None:
        return None if self.debrief is None else self.debrief.passed

    @property
    def competencies(self) -> dict[str, int]:
        return dict(self.debrief.competencies) if self.debrief else {}

    @property
    def label(self) -> str:
        return str(self.path) if self.path else self.header.attempt_id


def _too_deep(path: Path, number: int) -> AttemptError:
    return AttemptError(N_("{path}:{number}: a damaged line, nested too deeply to be an "
                           "attempt").format(path=path, number=number))


class _TooDeep(Exception):
    """A JSON line nested deeper than the reader recurses (no attempt nests so)."""


def read_attempt(path: Path | str) -> Attempt:
    path = Path(path)
    try:
        return _read(path)
    except _TooDeep:
        raise _too_deep(path, 1) from None


def _read(path: Path) -> Attempt:
    try:
        data = path.read_bytes()
    except OSError as err:
        raise AttemptError(N_("{path}: cannot read it ({reason})").format(
            path=path, reason=err.strerror or err)) from None
    head = data.lstrip(b"\xef\xbb\xbf \t\r\n")[:1]
    if head != b"{":
        kind = NotAnAttempt if head == b"[" else AttemptError
        raise kind(N_("{path}: not an sm-sim attempt (expected a journal or a JSON "
                      "transcript)").format(path=path))
    first = _parse_line(data.split(b"\n", 1)[0])
    if first is not None and first.get("kind") == "attempt":
        return _read_journal(path, data)
    return _read_transcript(path, data)


def _read_journal(path: Path, data: bytes) -> Attempt:
    lines = data.split(b"\n")
    records: list[tuple[int, dict[str, Any]]] = []
    offset = good = 0
    for number, raw in enumerate(lines, 1):
        end = offset + len(raw) + 1
        try:
            record = _parse_line(raw) if end <= len(data) else None
        except _TooDeep:
            raise _too_deep(path, number) from None
        if record is None and raw.strip(b"\x00 \r\t"):
            if any(_parse_line(rest) for rest in lines[number:]):
                raise AttemptError(N_("{path}:{number}: a damaged line in the middle of the "
                                      "journal").format(path=path, number=number))
            return _fold(path, records, good, truncated=True)
        if record is not None:
            records.append((number, record))
            good = end
        offset = end
    return _fold(path, records, good, truncated=good < len(data))


def _parse_line(raw: bytes) -> dict[str, Any] | None:
    try:
        value = strictjson.loads(raw.decode("utf-8"))
    except RecursionError:  # a whole line, not a cut-off one: never a tail to tolerate
        raise _TooDeep from None
    except (UnicodeDecodeError, ValueError):
        return None
    return value if isinstance(value, dict) and "kind" in value else None


def _fold(path: Path, records: list[tuple[int, dict[str, Any]]], good: int,
          truncated: bool) -> Attempt:
    if not records or records[0][1].get("kind") != "attempt":
        raise AttemptError(N_("{path}:{number}: the journal has no attempt header").format(
            path=path, number=1))
    attempt = Attempt(_header(path, 1, records[0][1]), path, is_journal=True, good_bytes=good,
                      truncated=truncated)
    for number, record in records[1:]:
        try:
            _apply(attempt, record)
        except (KeyError, TypeError, ValueError, RecursionError) as err:
            raise AttemptError(N_("{path}:{number}: a {kind} line that cannot be read "
                                  "({reason})").format(path=path, number=number,
                                                       kind=record.get("kind"), reason=err)) from None
    return attempt


def _header(path: Path, number: int, data: dict[str, Any]) -> Header:
    if data.get("format") not in (JOURNAL_FORMAT, TRANSCRIPT_FORMAT):
        raise AttemptError(N_("{path}:{number}: not an sm-sim attempt").format(
            path=path, number=number))
    if int(data.get("format_version", 0)) > FORMAT_VERSION:
        raise AttemptError(N_("{path}:{number}: written by a newer sm-sim (format {format}); update "
                              "sm-sim to read it").format(path=path, number=number,
                                                          format=data.get("format_version")))
    try:
        return Header.from_dict(data)
    except (ValueError, TypeError) as err:
        # the reason is said on its own (Header.from_dict marks each)
        raise AttemptError(N_("{path}:{number}: {problem}").format(
            path=path, number=number, problem=err)) from None


def _apply(attempt: Attempt, record: dict[str, Any]) -> None:
    kind = record["kind"]
    if kind == "event":
        attempt.events.append(ev.Event.from_dict(record["event"]))
        attempt.walls.append(str(record.get("wall", "")))
    elif kind == "debrief":
        attempt.debrief = attempt.played = Debrief.from_dict(record["debrief"])
    elif kind == "review":  # a trainer's rulings, with the debrief they lead to
        attempt.reviews.append(Review.from_dict(record["review"]))
        attempt.debrief = Debrief.from_dict(record["debrief"])
    elif kind == "finished":
        attempt.finished = {k: v for k, v in record.items() if k != "kind"}
    elif kind == "resumed":
        attempt.resumed.append(str(record["wall"]))
    elif kind == "abandoned":
        attempt.abandoned = {k: v for k, v in record.items() if k != "kind"}


def _read_transcript(path: Path, data: bytes) -> Attempt:
    try:
        doc = strictjson.loads(data.decode("utf-8"))
    except RecursionError:
        raise AttemptError(N_("{path}: not valid JSON (nested too deeply)").format(path=path)) from None
    except (UnicodeDecodeError, ValueError) as err:
        raise AttemptError(N_("{path}: not valid JSON ({reason})").format(path=path, reason=err)) from None
    if not isinstance(doc, dict) or doc.get("format") != TRANSCRIPT_FORMAT:
        raise NotAnAttempt(N_("{path}: not an sm-sim attempt journal or transcript").format(path=path))
    header = _header(path, 1, {**doc.get("attempt", {}), "format": TRANSCRIPT_FORMAT,
                               "format_version": doc.get("format_version", 0)})
    attempt = Attempt(header, path)
    records = [{"kind": "event", **item} for item in doc.get("events", [])]
    records += [{"kind": "resumed", "wall": w} for w in doc.get("resumed", [])]
    for key in ("debrief", "finished", "abandoned"):
        if doc.get(key) is not None:
            records.append({"kind": key, key: doc.get("played_debrief") or doc[key]} if key == "debrief"
                           else {"kind": key, **doc[key]})
    records += [{"kind": "review", "review": item, "debrief": doc["debrief"]}
                for item in doc.get("reviews", [])]
    for number, record in enumerate(records, 1):
        try:
            _apply(attempt, record)
        except (KeyError, TypeError, ValueError, RecursionError) as err:
            raise AttemptError(N_("{path}: item {number} cannot be read ({reason})").format(
                path=path, number=number, reason=err)) from None
    return attempt


def to_transcript(attempt: Attempt) -> dict[str, Any]:
    """The whole attempt as one JSON document (``read_attempt`` reads it back)."""
    return {
        "format": TRANSCRIPT_FORMAT, "format_version": FORMAT_VERSION,
        "status": attempt.status,
        "attempt": attempt.header.to_dict(),
        "events": [{"wall": w, "event": e.to_dict()} for e, w in zip(attempt.events, attempt.walls,
                                                                      strict=True)],
        "resumed": attempt.resumed,
        "debrief": attempt.debrief.to_dict() if attempt.debrief else None,  # as reviewed
        "finished": attempt.finished, "abandoned": attempt.abandoned,
        **({"played_debrief": attempt.played.to_dict() if attempt.played else None,
            "reviews": [r.to_dict() for r in attempt.reviews]} if attempt.reviews else {}),
    }
