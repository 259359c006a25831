"""A trainer's review of an attempt's free-text answers.

For each flag the detectors raised on a recruit's own words, the trainer confirms it or
overturns it, and may add one they missed, each with a reason. A review is one line
appended to the attempt's journal: who, when, the rulings, and the debrief they lead to
(the score recomputed from the rulings). Every export then reads the reviewed result,
``verify`` recomputes it, and reviewed answers export as labelled data for retraining.
"""

from __future__ import annotations

import csv
import io
import os
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from ..engine import events as ev
from ..engine.result import debrief
from ..i18n import N_
from ..scenario.model import FLAGS
from ..scoring.debrief import RULINGS, FlagRuling, Review
from ..scoring.language import JUDGED
from .attempt import Attempt, read_attempt
from .journal import record_line
from .times import Now, iso, utc_now
from .verify import CannotVerify, NotVerified, verified_run


class ReviewError(ValueError):
    """A review that cannot be recorded; the message says why and what to do."""


@dataclass(frozen=True)
class Answer:
    """One free-text answer of an attempt, as a reviewer sees it."""

    decision: str
    prompt: str
    text: str
    detected: tuple[str, ...]  # what the detectors flagged
    flags: tuple[str, ...]  # as reviewed so far (the same when nobody has reviewed it)
    findings: tuple[str, ...]  # the words that raised each detected flag, and why
    language: str = "en"  # one the detectors do not read (JUDGED) is for the trainer to judge
    awaiting_review: bool = False  # such an answer nobody has read yet


def answers(attempt: Attempt) -> list[Answer]:
    """The attempt's free-text answers, in the order they were written."""
    report = attempt.debrief
    entries = {d.decision: d for d in report.decisions} if report else {}
    found = []
    for event in attempt.events:
        if not isinstance(event, ev.ReplyJudged) or event.decision not in entries:
            continue
        entry = entries[event.decision]
        found.append(Answer(event.decision, entry.prompt, entry.text or "", event.flags,
                            entry.flags, event.findings, event.language, entry.awaiting_review))
    return found


def review_attempt(path: Path, reviewer: str, rulings: Iterable[FlagRuling],
                   scenario: Path | None = None, now: Now = utc_now) -> Attempt:
    """Record ``rulings`` by ``reviewer`` on the finished attempt journal at ``path`` and
    return it as read back. The attempt must verify first: a review never blesses a file
    whose events its actions do not give."""
    attempt = read_attempt(path)
    rulings = tuple(rulings)
    _check(attempt, reviewer, rulings)
    try:
        loaded, run = verified_run(attempt, scenario)
    except (CannotVerify, NotVerified) as err:
        raise ReviewError(N_("{path}: cannot review an attempt that does not verify ({reason})").format(
            path=path, reason=err)) from None
    assert loaded.guidance is not None
    review = Review(reviewer.strip(), iso(now()), rulings)
    report = debrief(run, loaded.guidance, (*attempt.reviews, review))
    assert report is not None
    record = {"kind": "review", "review": review.to_dict(), "debrief": report.to_dict()}
    try:
        with open(path, "r+b") as handle:
            handle.seek(attempt.good_bytes)
            handle.truncate()
            handle.write(record_line(record))
            handle.flush()
            os.fsync(handle.fileno())
    except OSError as err:
        raise ReviewError(N_("{path}: cannot save the review ({reason})").format(
            path=path, reason=err)) from None
    return read_attempt(path)


def _check(attempt: Attempt, reviewer: str, rulings: tuple[FlagRuling, ...]) -> None:
    where = attempt.label
    if not attempt.is_journal:
        raise ReviewError(N_("{path}: an exported transcript; review the attempt's journal "
                             "(.jsonl)").format(path=where))
    if attempt.status != "finished":
        raise ReviewError(N_("{path}: the attempt is {status}; only a finished one has a score to "
                             "review").format(path=where, status=attempt.status))
    if not reviewer.strip():
        raise ReviewError(N_("say who is reviewing (the reviewer's name goes on the record)"))
    if not rulings:
        raise ReviewError(N_("a review needs at least one ruling"))
    current = {a.decision: set(a.flags) for a in answers(attempt)}
    unread = {a.decision for a in answers(attempt) if a.language not in JUDGED}
    for ruling in rulings:
        if ruling.decision not in current:
            known = ", ".join(current) or N_("none")
            raise ReviewError(N_("{path}: decision '{decision}' has no written answer to review "
                                 "(written answers: {known})").format(
                                     path=where, decision=ruling.decision, known=known))
        if ruling.ruling not in RULINGS:
            raise ReviewError(N_("'{ruling}' is not a ruling ({rulings})").format(
                ruling=ruling.ruling, rulings=", ".join(RULINGS)))
        if ruling.ruling == "read":  # a reply the detectors did not read, now read
            if ruling.decision not in unread:
                raise ReviewError(N_("{path}: the answer to '{decision}' was judged by the detectors: "
                                     "confirm, overturn or add flags instead").format(
                                         path=where, decision=ruling.decision))
            continue
        if ruling.flag not in FLAGS:
            raise ReviewError(N_("'{flag}' is not a flag ({flags})").format(
                flag=ruling.flag, flags=", ".join(FLAGS)))
        flagged = ruling.flag in current[ruling.decision]
        if ruling.ruling == "added" and flagged:
            raise ReviewError(N_("'{flag}' is already flagged on '{decision}': confirm or overturn it "
                                 "instead").format(flag=ruling.flag, decision=ruling.decision))
        if ruling.ruling != "added" and not flagged:
            raise ReviewError(N_("'{flag}' is not flagged on '{decision}', so it cannot be {ruling} "
                                 "(add it instead)").format(flag=ruling.flag,
                                                            decision=ruling.decision,
                                                            ruling=ruling.ruling))
        if ruling.ruling != "confirmed" and not ruling.reason.strip():
            raise ReviewError(N_("say why '{flag}' is {ruling} on '{decision}' (the reason goes on "
                                 "the record)").format(flag=ruling.flag, ruling=ruling.ruling,
                                                       decision=ruling.decision))
        if ruling.ruling == "added":
            current[ruling.decision].add(ruling.flag)
        elif ruling.ruling == "overturned":
            current[ruling.decision].discard(ruling.flag)


def labelled_tsv(attempts: Iterable[Attempt], reviewed_only: bool = True) -> str:
    """Free-text answers with their flags as reviewed, one per line: ``text``, ``flags``
    (comma-separated, empty for none), ``attempt``, ``decision``, ``reviewer``. The file
    ``sm-sim detect --evaluate`` and the training script read."""
    out = io.StringIO()
    writer = csv.writer(out, delimiter="\t", lineterminator="\n")
    writer.writerow(["text", "flags", "attempt", "decision", "reviewer"])
    for attempt in attempts:
        reviewers = {r.decision: review.reviewer for review in attempt.reviews for r in review.rulings}
        for answer in answers(attempt):
            if reviewed_only and answer.decision not in reviewers:
                continue
            writer.writerow([" ".join(answer.text.split()), ",".join(answer.flags),
                             attempt.header.attempt_id, answer.decision,
                             reviewers.get(answer.decision, "")])
    return out.getvalue()
