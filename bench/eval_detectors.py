"""Precision, recall and F1 of the reply detectors on a labelled set.

    python bench/eval_detectors.py [--verbose] [path/to/replies.jsonl]

The default is the development set, tests/data/replies.jsonl; tests/data/heldout_*.jsonl
were written independently of the detectors and measure how well they generalise.
Exits 1 if any flag's precision or recall is under the threshold (0.9).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

try:
    from sm_sim.scoring.detectors.evaluate import THRESHOLD, evaluate, failing, format_table, load_labelled
except ImportError:  # not installed: run from the source tree
    sys.path.insert(0, str(ROOT / "src"))
    from sm_sim.scoring.detectors.evaluate import THRESHOLD, evaluate, failing, format_table, load_labelled


def main() -> int:
    parser = argparse.ArgumentParser(description="Evaluate the reply detectors.")
    parser.add_argument("path", nargs="?", type=Path, default=ROOT / "tests" / "data" / "replies.jsonl",
                        help="labelled JSON Lines file")
    parser.add_argument("--verbose", "-v", action="store_true",
                        help="list the false positives and false negatives")
    parser.add_argument("--threshold", type=float, default=THRESHOLD)
    args = parser.parse_args()
    examples = load_labelled(args.path)
    scores = evaluate(examples)
    print(f"{len(examples)} labelled replies from {args.path}")
    print(format_table(scores, verbose=args.verbose))
    bad = failing(scores, args.threshold)
    if bad:
        print(f"below {args.threshold}: {', '.join(bad)}")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
