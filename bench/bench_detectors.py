"""Detector speed, out of the unit suite (which never asserts wall-clock time): each reply of
the labelled corpus judged one at a time, the 99th percentile and the median, against the
same loop doing nothing but reading the text; and the slowest of the hostile inputs.

    python bench/bench_detectors.py
"""

from __future__ import annotations

import json
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

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


def main() -> None:
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
