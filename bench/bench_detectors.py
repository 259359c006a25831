"""Detector speed, out of the unit suite (which never asserts wall-clock time): each reply of
the labelled corpus judged one at a time, the 99th percentile and the median, against the
same loop doing nothing but reading the text; and the slowest of the hostile inputs.

    python bench/bench_detectors.py [--figures [--quick]]

``figures()`` (what ``bench/run.py`` reports): the median and 99th percentile per reply,
each reply judged and then read alone in turn (three passes over the corpus; the
median pass), and the import cost: a fresh process that
imports the detectors and judges one reply (the patterns compile and the models load on
first use), against one that imports PyYAML.
"""

from __future__ import annotations

import json
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from figures import (  # noqa: E402
    BARE_YAML,
    Figure,
    median,
    print_table,
    process_runs,
    processes,
    python,
    under,
)
from tests.test_detectors import WEIRD  # noqa: E402

from sm_sim.scoring.detectors import find  # noqa: E402

DATA = ROOT / "tests" / "data" / "replies.jsonl"


def timed(texts: list[str], judge: bool) -> list[float]:
    found = []
    for text in texts:
        start = time.perf_counter()
        if judge:
            find(text)
        else:
            len(text.split())
        found.append(time.perf_counter() - start)
    return found


def figures(quick: bool = False) -> list[Figure]:
    texts = [json.loads(line)["text"] for line in DATA.read_text(encoding="utf-8").splitlines()]
    texts = texts[:150] if quick else texts
    find(texts[0])  # warm: the import cost is its own figure
    runs, warmup = process_runs(quick)
    passes: list[tuple[list[float], list[float]]] = []
    for _ in range(1 if quick else 3):
        ours: list[float] = []
        bare: list[float] = []
        for text in texts:  # each reply judged, then only read, in turn
            ours += timed([text], True)
            bare += timed([text], False)
        passes.append((ours, bare))
    against = "reading the reply alone (split into words)"
    found = []
    for key, name, measure, goal in (
            ("p50", "median", statistics.median, None),
            ("p99", "99th percentile", lambda t: statistics.quantiles(t, n=100)[98], under(20, "ms"))):
        found.append(Figure(f"detectors.{key}", f"detectors, {name} per reply ({len(texts)} replies)",
                            median([measure(a) for a, _ in passes]) * 1e3,
                            median([measure(b) for _, b in passes]) * 1e3, "ms", against, goal,
                            len(passes), f"the median of {len(passes)} passes over the replies"))
    found.append(processes(
        "detectors.import", "detectors: import and first reply, whole process",
        python("from sm_sim.scoring.detectors import find; find('You lot never tell us anything')"),
        BARE_YAML, 'python -c "import yaml"', None, runs,
        note="what the first written reply of a session costs, before the warm-up thread",
        warmup=warmup))
    return found


def main() -> None:
    if "--figures" in sys.argv:
        print_table(figures("--quick" in sys.argv))
        return
    texts = [json.loads(line)["text"] for line in DATA.read_text(encoding="utf-8").splitlines()]
    find(texts[0])  # the patterns and the model load on first use, not at start-up
    ours, bare = timed(texts, True), timed(texts, False)
    p99 = statistics.quantiles(ours, n=100)[98]
    print(f"detectors, per reply ({len(texts)} replies): median {statistics.median(ours) * 1e3:.2f} ms, "
          f"p99 {p99 * 1e3:.2f} ms (goal < 20 ms); reading the text alone: "
          f"median {statistics.median(bare) * 1e6:.1f} µs")
    worst = max(timed(WEIRD, True))
    print(f"slowest hostile input ({len(WEIRD)} kinds, up to 10,000 characters): {worst * 1e3:.1f} ms")
    whole = " ".join(texts)
    start = time.perf_counter()
    find(whole)
    print(f"the whole corpus as one text ({len(whole):,} characters): "
          f"{(time.perf_counter() - start) * 1e3:.0f} ms")


if __name__ == "__main__":
    main()
