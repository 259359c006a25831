"""Precision, recall and F1 of the reply detectors on the labelled set.

    python bench/eval_detectors.py [--verbose] [path/to/replies.jsonl]

Exits 1 if any flag's precision or recall is under 0.9.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

try:
    from sm_sim.scoring.detectors.evaluate import main
except ImportError:  # not installed: run from the source tree
    sys.path.insert(0, str(ROOT / "src"))
    from sm_sim.scoring.detectors.evaluate import main

if __name__ == "__main__":
    sys.exit(main(default_path=ROOT / "tests" / "data" / "replies.jsonl"))
