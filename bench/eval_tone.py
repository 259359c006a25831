"""How the tone judge does on a tone-labelled set, beside a word-list baseline.

    python bench/eval_tone.py [tests/data/tone_heldout.jsonl]

Prints, for the shipped tone model: accuracy of the most likely tone, per-tone recall,
and the two mistakes that matter in a debrief: a warm reply scored below zero (marked as
missing tone) and a cold reply scored above zero. If vaderSentiment is installed (the
judge before December 2026: ``pip install vaderSentiment``), the same figures for it, on
the same replies in the same run, with its usual ±0.05 neutral band.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from sm_sim.scoring.detectors.tone import TONES, load_toned, tone  # noqa: E402


def report(name: str, judge: Callable[[str], float], rows: list[tuple[str, str]], band: float) -> None:
    def label(score: float) -> str:
        return "warm" if score > band else "cold" if score < -band else "neutral"
    judged = [(judge(text), truth) for text, truth in rows]
    right = sum(label(s) == t for s, t in judged)
    recall = {t: sum(label(s) == t for s, y in judged if y == t) / max(1, sum(y == t for _, y in judged))
              for t in TONES}
    warm = [s for s, t in judged if t == "warm"]
    cold = [s for s, t in judged if t == "cold"]
    print(f"{name:<12} accuracy {right / len(rows):.2f}   recall "
          + "  ".join(f"{t} {recall[t]:.2f}" for t in TONES)
          + f"   warm scored < 0: {sum(s < 0 for s in warm)}/{len(warm)}"
          f"   cold scored > 0: {sum(s > 0 for s in cold)}/{len(cold)}")


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("path", nargs="?", type=Path, default=ROOT / "tests" / "data" / "tone_heldout.jsonl")
    parser.add_argument("--band", type=float, default=0.2, help="the model's neutral band (±)")
    args = parser.parse_args()
    rows = load_toned(args.path)
    print(f"{len(rows)} tone-labelled replies from {args.path}")
    report("tone model", tone, rows, args.band)
    try:
        from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer  # type: ignore[import-untyped]
    except ImportError:
        return 0
    vader = SentimentIntensityAnalyzer()
    report("VADER", lambda text: float(vader.polarity_scores(text)["compound"]), rows, 0.05)
    return 0


if __name__ == "__main__":
    sys.exit(main())
