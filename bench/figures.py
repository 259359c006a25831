"""What every benchmark in bench/ reports: a ``Figure`` (ours, a baseline doing the same work in
the same run, the ratio and the goal), and the helpers that measure them fairly: ours and the
baseline in turn (A B B A …, so a machine that slows down part-way costs both alike), medians,
percentiles, and whole-process timing. ``bench/run.py`` collects the figures of every script.
"""

from __future__ import annotations

import atexit
import math
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import TypeVar

ROOT = Path(__file__).resolve().parents[1]
PYTHON = sys.executable
A = TypeVar("A")
B = TypeVar("B")


@dataclass(frozen=True)
class Goal:
    """A goal on the ratio (``on="ratio"``) or on our own figure (``on="ours"``, in the figure's
    unit): met when that value is at most ``limit``."""

    text: str
    limit: float
    on: str = "ratio"

    def met(self, ours: float, ratio: float) -> bool:
        return (ratio if self.on == "ratio" else ours) <= self.limit


def at_most(ratio: float) -> Goal:
    return Goal(f"≤ {ratio:g}×", ratio)


def under(value: float, unit: str) -> Goal:
    return Goal(f"< {value:g} {unit}", value, "ours")


@dataclass(frozen=True)
class Figure:
    key: str  # stable id, e.g. "cli.validate" (the tests look figures up by it)
    name: str  # what a reader sees
    ours: float
    baseline: float
    unit: str  # of ours and baseline: "ms", "µs", "s" or "×"
    against: str  # what the baseline is
    goal: Goal | None = None  # None: no goal set for this figure
    runs: int = 1  # samples of each side behind the medians
    note: str = ""
    extra: dict[str, float] = field(default_factory=dict)  # more numbers worth keeping

    @property
    def ratio(self) -> float:
        return self.ours / self.baseline if self.baseline else math.inf

    @property
    def met(self) -> bool | None:
        return None if self.goal is None else self.goal.met(self.ours, self.ratio)

    def as_dict(self) -> dict[str, object]:
        data = asdict(self)
        data["goal"] = self.goal.text if self.goal else None
        data["goal_limit"] = self.goal.limit if self.goal else None
        data["goal_on"] = self.goal.on if self.goal else None
        data["ratio"] = self.ratio if math.isfinite(self.ratio) else None
        data["met"] = self.met
        return data


# -- measuring -------------------------------------------------------------------------------
def seconds(fn: Callable[[], object]) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def alternate(ours: Callable[[], A], baseline: Callable[[], B], runs: int,
              warmup: int = 1) -> tuple[list[A], list[B]]:
    """What each returns, ``runs`` calls apiece, made in turn (A B B A A B …, so a machine that
    slows down part-way costs both alike) after ``warmup`` uncounted calls of each."""
    for _ in range(warmup):
        ours()
        baseline()
    a: list[A] = []
    b: list[B] = []
    for i in range(runs):
        if i % 2 == 0:
            a.append(ours())
            b.append(baseline())
        else:
            b.append(baseline())
            a.append(ours())
    return a, b


def interleaved(ours: Callable[[], object], baseline: Callable[[], object], runs: int,
                warmup: int = 1) -> tuple[list[float], list[float]]:
    """Seconds per call of each, ``runs`` samples apiece, taken in turn."""
    return alternate(lambda: seconds(ours), lambda: seconds(baseline), runs, warmup)


def median(values: Sequence[float]) -> float:
    return statistics.median(values)


def percentile(values: Sequence[float], q: float) -> float:
    """The ``q``-th percentile (0-100), interpolated between the nearest samples."""
    ordered = sorted(values)
    if len(ordered) == 1:
        return ordered[0]
    position = (len(ordered) - 1) * q / 100
    low = math.floor(position)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (position - low)


_BYTECODE: list[str] = []


def bytecode_cache() -> str:
    """A folder for compiled modules that lives as long as this run (see ``bench_env``)."""
    if not _BYTECODE:
        _BYTECODE.append(tempfile.mkdtemp(prefix="sm-sim-bench-pyc-"))
        atexit.register(shutil.rmtree, _BYTECODE[0], True)
    return _BYTECODE[0]


def bench_env(**extra: str) -> dict[str, str]:
    """The environment for a timed child process: offscreen Qt, this checkout's sources first,
    and compiled modules kept between runs (in a folder of this run's), as an installed app
    has them: a machine that sets PYTHONDONTWRITEBYTECODE would otherwise compile every
    module of ours in every run, which no trainee's laptop does. The warm-up runs fill it."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", **extra}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = bytecode_cache()
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(ROOT / "src"), env.get("PYTHONPATH", "")) if p)
    return env


def process(args: Sequence[str], env: dict[str, str] | None = None, stdin: bytes | None = None,
            ok: Sequence[int] = (0,)) -> Callable[[], None]:
    """A call that runs ``args`` as a fresh process to its end (its output is discarded)."""
    def run() -> None:
        done = subprocess.run(list(args), input=stdin, env=env or bench_env(), capture_output=True,
                              check=False)
        if done.returncode not in ok:
            raise RuntimeError(f"{' '.join(args)!r} exited {done.returncode}: "
                               f"{done.stderr.decode(errors='replace')[-800:]}")
    return run


def python(code: str) -> list[str]:
    return [PYTHON, "-c", code]


def processes(key: str, name: str, ours: Sequence[str], baseline: Sequence[str], against: str,
              goal: Goal | None, runs: int, stdin: bytes | None = None,
              env: dict[str, str] | None = None, note: str = "", warmup: int = 1) -> Figure:
    """Two commands timed as whole processes, in turn, ``runs`` each after ``warmup`` each
    (which fills the file cache): the medians, in ms."""
    a, b = interleaved(process(ours, env, stdin), process(baseline, env), runs, warmup)
    return Figure(key, name, median(a) * 1e3, median(b) * 1e3, "ms", against, goal, runs, note,
                  {"ours_min": min(a) * 1e3, "ours_max": max(a) * 1e3,
                   "baseline_min": min(b) * 1e3, "baseline_max": max(b) * 1e3})


BARE_YAML = python("import yaml")


def process_runs(quick: bool, runs: int | None = None) -> tuple[int, int]:
    """(runs, warm-ups) for whole-process figures: at least 10 of each side in a full run; two
    and no warm-up in a quick one, which only shows that the benchmark still works."""
    return (runs or 2, 0) if quick else (runs or 10, 1)


# -- showing ---------------------------------------------------------------------------------
def number(value: float) -> str:
    """Three significant figures, thousands separated."""
    if not math.isfinite(value):
        return str(value)
    if value == 0:
        return "0"
    digits = max(0, 2 - math.floor(math.log10(abs(value))))
    return f"{value:,.{digits}f}"


def amount(value: float, unit: str) -> str:
    return f"{number(value)}×" if unit == "×" else f"{number(value)} {unit}"


def verdict(figure: Figure) -> str:
    return "—" if figure.met is None else "yes" if figure.met else "no"


COLUMNS = ("figure", "ours", "baseline", "ratio", "goal", "met", "baseline is")


def rows(figures: Sequence[Figure]) -> list[tuple[str, ...]]:
    return [(f.name, amount(f.ours, f.unit), amount(f.baseline, f.unit), f"{number(f.ratio)}×",
             f.goal.text if f.goal else "—", verdict(f), f.against) for f in figures]


def table(figures: Sequence[Figure]) -> str:
    """One aligned plain-text table (numbers to the right)."""
    body = rows(figures)
    widths = [max(len(r[i]) for r in [COLUMNS, *body]) for i in range(len(COLUMNS))]
    right = {1, 2, 3}

    def line(cells: Sequence[str]) -> str:
        return "  ".join(c.rjust(w) if i in right else c.ljust(w)
                         for i, (c, w) in enumerate(zip(cells, widths, strict=True))).rstrip()
    return "\n".join([line(COLUMNS), line(["-" * w for w in widths]), *map(line, body)])


def print_table(figures: Sequence[Figure]) -> None:
    print(table(figures))
