"""Evaluate the detectors against a labelled set of replies.

Shared by ``bench/eval_detectors.py`` and the test-suite so both measure the same thing.
The labelled set is JSON Lines: ``{"text": ..., "flags": [...], "note": ...}``, or a TSV
with a header row naming at least ``text`` and ``flags`` (comma-separated), as
``sm-sim replies export`` writes.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from . import FLAGS, detect

#: Each flag must reach this precision and recall on the labelled set.
THRESHOLD = 0.9


@dataclass(frozen=True)
class Example:
    text: str
    flags: frozenset[str]
    note: str = ""


@dataclass
class FlagScore:
    flag: str
    tp: int = 0
    fp: int = 0
    fn: int = 0
    false_positives: list[str] = field(default_factory=list)
    false_negatives: list[str] = field(default_factory=list)

    @property
    def support(self) -> int:
        return self.tp + self.fn

    @property
    def precision(self) -> float:
        predicted = self.tp + self.fp
        if predicted == 0:
            return 1.0 if self.support == 0 else 0.0
        return self.tp / predicted

    @property
    def recall(self) -> float:
        return self.tp / self.support if self.support else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def passes(self, threshold: float = THRESHOLD) -> bool:
        return self.precision >= threshold and self.recall >= threshold


def load_labelled(path: str | Path) -> list[Example]:
    """Read a labelled set (JSON Lines, or TSV by its ``.tsv`` name); blank lines are
    skipped; a line that is not a labelled reply, or an unknown flag, is a ``ValueError``
    naming the file and line."""
    path = Path(path)
    examples: list[Example] = []
    with path.open(encoding="utf-8", newline="") as fh:
        rows = _tsv_rows(path, fh) if path.suffix.lower() == ".tsv" else (
            (number, line) for number, line in enumerate(fh, 1) if line.strip())
        for number, row in rows:
            try:
                data = json.loads(row) if isinstance(row, str) else row
                text, flags = str(data["text"]), frozenset(data.get("flags", []))
            except (ValueError, KeyError, TypeError, AttributeError):
                raise ValueError(f"{path}:{number}: not a labelled reply (needs text and flags)") from None
            unknown = flags - set(FLAGS)
            if unknown:
                raise ValueError(f"{path}:{number}: unknown flags {sorted(unknown)}")
            examples.append(Example(text, flags, str(data.get("note", ""))))
    return examples


def _tsv_rows(path: Path, fh: Iterable[str]) -> Iterable[tuple[int, dict[str, Any]]]:
    reader = csv.DictReader(fh, delimiter="\t")
    if not reader.fieldnames or not {"text", "flags"} <= set(reader.fieldnames):
        raise ValueError(f"{path}:1: a labelled TSV needs a header row with 'text' and 'flags'")
    for row in reader:
        flags = [f.strip() for f in (row.get("flags") or "").split(",") if f.strip()]
        yield reader.line_num, {**row, "flags": flags}


def evaluate(examples: Iterable[Example],
             detector: Callable[[str], Sequence[str]] = detect) -> dict[str, FlagScore]:
    """Per-flag counts and the texts behind each false positive and false negative."""
    scores = {flag: FlagScore(flag) for flag in FLAGS}
    for example in examples:
        predicted = set(detector(example.text))
        for flag, score in scores.items():
            want, got = flag in example.flags, flag in predicted
            if want and got:
                score.tp += 1
            elif got:
                score.fp += 1
                score.false_positives.append(example.text)
            elif want:
                score.fn += 1
                score.false_negatives.append(example.text)
    return scores


def format_table(scores: dict[str, FlagScore], *, verbose: bool = False) -> str:
    lines = [f"{'flag':<20} {'precision':>9} {'recall':>7} {'f1':>6} {'support':>8}"]
    for s in scores.values():
        lines.append(f"{s.flag:<20} {s.precision:>9.3f} {s.recall:>7.3f} {s.f1:>6.3f} "
                     f"{s.support:>8d}")
    if verbose:
        for s in scores.values():
            for label, texts in (("false positive", s.false_positives),
                                 ("false negative", s.false_negatives)):
                lines.extend(f"  {s.flag} {label}: {t}" for t in texts)
    return "\n".join(lines)


def failing(scores: dict[str, FlagScore], threshold: float = THRESHOLD) -> list[str]:
    """Flags whose precision or recall is under ``threshold``."""
    return [s.flag for s in scores.values() if not s.passes(threshold)]
