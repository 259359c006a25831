"""The cohort view for trainers: every attempt in some folders (or fetched back from an LRS
for one classroom session), filtered, with a pass rate and averages per competency."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import unquote

from ..i18n import N_
from .attempt import Attempt, AttemptError, NotAnAttempt, read_attempt
from .csvout import write_csv
from .lrs import LrsClient
from .names import XapiSettings
from .progress import Progress, counted
from .trainees import name_key
from .xapi import VERBS


@dataclass(frozen=True)
class Record:
    """One attempt as the cohort view needs it, from a file or from the LRS."""

    attempt_id: str
    trainee: str
    trainee_id: str
    scenario: str
    version: str
    mode: str
    session: str | None
    started: str
    finished: bool
    score: int | None = None
    passed: bool | None = None
    competencies: dict[str, int] = field(default_factory=dict)
    titles: dict[str, str] = field(default_factory=dict)
    ending: str | None = None
    certainty: int | None = None  # the certainty-based mark of the answers rated, 0-100

    @classmethod
    def of(cls, a: Attempt) -> Record:
        h = a.header
        titles = dict(a.debrief.competency_titles) if a.debrief else {}
        return cls(h.attempt_id, h.trainee, h.trainee_id, h.scenario, h.version, h.mode, h.session, h.started,
                   a.status == "finished", a.score, a.passed, a.competencies, titles,
                   (a.finished or {}).get("ending"), a.debrief.certainty if a.debrief else None)


@dataclass
class Group:
    scenario: str
    records: list[Record]

    @property
    def done(self) -> list[Record]:
        return [r for r in self.records if r.finished and r.score is not None]

    @property
    def pass_rate(self) -> float | None:
        done = self.done
        return sum(bool(r.passed) for r in done) / len(done) if done else None

    @property
    def mean_score(self) -> float | None:
        done = self.done
        return sum(r.score or 0 for r in done) / len(done) if done else None

    @property
    def mean_certainty(self) -> float | None:
        """How well the class knew when it knew: the mean certainty mark of the finished
        attempts that rated their answers."""
        rated = [r.certainty for r in self.done if r.certainty is not None]
        return sum(rated) / len(rated) if rated else None

    def competency_means(self) -> dict[str, float]:
        totals: dict[str, list[int]] = {}
        for record in self.done:
            for name, value in record.competencies.items():
                totals.setdefault(name, []).append(value)
        return {name: sum(v) / len(v) for name, v in totals.items()}

    def titles(self) -> dict[str, str]:
        found: dict[str, str] = {}
        for record in self.records:
            found.update(record.titles)
        return found


def read_folder(paths: Iterable[Path], progress: Progress | None = None
                ) -> tuple[list[Attempt], list[str]]:
    """Every attempt under ``paths`` (files or folders); unreadable ones are reported, not fatal.
    In a folder, JSON files that are plainly something else (settings, statements) are passed by.
    ``progress`` is told of each file read (and may stop the reading: ``Cancelled``)."""
    attempts, problems = [], []
    given = {Path(p) for p in paths}
    for path in counted(_files(given), progress):
        try:
            attempts.append(read_attempt(path))
        except NotAnAttempt as err:
            if path in given:
                problems.append(str(err))
        except AttemptError as err:
            problems.append(str(err))
    return attempts, problems


def _files(paths: Iterable[Path]) -> list[Path]:
    found: list[Path] = []
    for path in paths:
        if path.is_dir():
            found += sorted(p for p in path.rglob("*") if p.suffix in (".jsonl", ".json")
                            and p.is_file() and not p.name.startswith("."))
        else:
            found.append(path)
    return found


def unique(records: Iterable[Record]) -> list[Record]:
    """One record per attempt (a journal and its exported transcript are the same attempt),
    keeping the most complete."""
    best: dict[str, Record] = {}
    for record in records:
        kept = best.get(record.attempt_id)
        if kept is None or (record.finished and not kept.finished):
            best[record.attempt_id] = record
    return list(best.values())


def select(records: Iterable[Record], scenario: str | None = None, trainee: str | None = None,
           mode: str | None = None) -> list[Record]:
    def wanted(r: Record) -> bool:
        who = trainee.casefold() if trainee else None
        return ((scenario is None or r.scenario == scenario)
                and (who is None or who in (r.trainee.casefold(), r.trainee_id.casefold()))
                and (mode is None or r.mode == mode))
    return [r for r in records if wanted(r)]


def best_scores(records: Iterable[Record], trainee: str = "") -> dict[str, int]:
    """The best finished score per scenario id, for ``trainee`` (everyone when empty)."""
    who = name_key(trainee)
    best: dict[str, int] = {}
    for r in records:
        if r.finished and r.score is not None and (not who or name_key(r.trainee) == who):
            best[r.scenario] = max(best.get(r.scenario, r.score), r.score)
    return best


def assessed(records: Iterable[Record], trainee: str, scenario_id: str) -> Record | None:
    """The trainee's assessment of this scenario already on record, if any (finished, given
    up or waiting to be resumed): an assessment is taken once."""
    who = name_key(trainee)
    return next((r for r in records if r.mode == "assessment" and r.scenario == scenario_id
                 and name_key(r.trainee) == who), None)


def group(records: Sequence[Record]) -> list[Group]:
    groups: dict[str, list[Record]] = {}
    for record in records:
        groups.setdefault(record.scenario, []).append(record)
    return [Group(name, found) for name, found in sorted(groups.items())]


def summary_rows(groups: Sequence[Group]) -> tuple[list[str], list[list[Any]]]:
    names: dict[str, None] = {}
    for g in groups:
        names.update(dict.fromkeys(g.competency_means()))
    header = ["scenario", "versions", "attempts", "finished", "trainees", "passed",
              "pass_rate_percent", "mean_score", "mean_certainty", *names]
    rows = []
    for g in groups:
        means = g.competency_means()
        rate, mean = g.pass_rate, g.mean_score
        rows.append([g.scenario, " ".join(sorted({r.version for r in g.records})), len(g.records),
                     len(g.done), len({r.trainee_id for r in g.records}),
                     sum(bool(r.passed) for r in g.done),
                     None if rate is None else round(100 * rate, 1),
                     None if mean is None else round(mean, 1),
                     None if g.mean_certainty is None else round(g.mean_certainty, 1),
                     *[None if n not in means else round(means[n], 1) for n in names]])
    return header, rows


def write_summary(groups: Sequence[Group], path: Path) -> Path:
    return write_csv(path, *summary_rows(groups))


def describe(groups: Sequence[Group], width: int = 24) -> list[str]:
    """The cohort as text, with a bar per competency."""
    lines = []
    for g in groups:
        rate, mean = g.pass_rate, g.mean_score
        versions = ", ".join(sorted({r.version for r in g.records}))
        lines.append(N_("{scenario} (version {versions}): {count} attempts by {trainees} trainees, "
                        "{finished} finished").format(
                            scenario=g.scenario, versions=versions, count=len(g.records),
                            trainees=len({r.trainee_id for r in g.records}), finished=len(g.done)))
        if rate is None or mean is None:
            lines.append(N_("  no finished attempts yet"))
            continue
        passed = sum(bool(r.passed) for r in g.done)
        lines.append(N_("  pass rate {rate} ({passed}/{finished}), mean score {mean}/100").format(
            rate=f"{rate:.0%}", passed=passed, finished=len(g.done), mean=f"{mean:.0f}"))
        titles = g.titles()
        for name, value in g.competency_means().items():
            filled = round(width * value / 100)
            lines.append(f"  {titles.get(name, name)[:28]:<28} {'█' * filled}{'░' * (width - filled)}"
                         f" {value:5.1f}")
    return lines


def fetch_session(client: LrsClient, session: str,
                  settings: XapiSettings | None = None) -> list[Record]:
    """The attempts of one classroom session, read back from the LRS by its grouping activity."""
    s = settings or XapiSettings()
    found: dict[str, dict[str, Any]] = {}
    for statement in client.get_statements(activity=s.session_iri(session),
                                           related_activities="true", ascending="true"):
        registration = str((statement.get("context") or {}).get("registration", ""))
        verb = statement.get("verb", {}).get("id")
        if registration and verb in (VERBS["launched"], VERBS["passed"], VERBS["failed"]):
            found.setdefault(registration, {})[verb] = statement
    return [_record(key, by_verb, session, s) for key, by_verb in found.items()]


def _record(registration: str, by_verb: dict[str, dict[str, Any]], session: str,
            s: XapiSettings) -> Record:
    verdict = by_verb.get(VERBS["passed"]) or by_verb.get(VERBS["failed"])
    first = by_verb.get(VERBS["launched"]) or verdict or {}
    actor = first.get("actor", {})
    context = first.get("context", {})
    scenario = unquote(str(first.get("object", {}).get("id", "")).rsplit("/scenarios/", 1)[-1])
    result = (verdict or {}).get("result", {})
    extensions = result.get("extensions", {})
    score = result.get("score", {}).get("raw")
    return Record(
        attempt_id=registration, trainee=str(actor.get("name", "")),
        trainee_id=str(actor.get("account", {}).get("name", "")),
        scenario=scenario, version=str(context.get("revision", "")),
        mode=str(context.get("extensions", {}).get(s.extension("mode"), "")), session=session,
        started=str(first.get("timestamp", "")), finished=verdict is not None,
        score=None if score is None else int(score), passed=result.get("success"),
        competencies={k: int(v) for k, v in extensions.get(s.extension("competencies"), {}).items()},
        ending=extensions.get(s.extension("ending")))
