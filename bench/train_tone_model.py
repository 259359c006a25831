"""Train the tone model and write its weights to src/sm_sim/scoring/detectors/tone_model.json.

    python -m pip install scikit-learn      # for training only; the app does not need it
    python bench/train_tone_model.py [--top 6000] [--seed 7]

Training data: tests/data/tone_train_*.jsonl (``{"text", "tone": warm|neutral|cold}``);
tests/data/tone_heldout*.jsonl are never trained or tuned on (bench/eval_tone.py measures
on them). The regularisation is chosen on 25% of the training data, by macro F1 with the
share of warm replies scored below zero (a warm reply marked as missing tone) as the
tie-break; the model is then refitted on all of it and pruned to its largest weights.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path

from sklearn.feature_extraction import DictVectorizer
from sklearn.linear_model import LogisticRegression

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from sm_sim.scoring.detectors import learned  # noqa: E402
from sm_sim.scoring.detectors.tone import TONE_FILE, TONES, ToneModel, load_toned  # noqa: E402

DATA = ROOT / "tests" / "data"
C_VALUES = (0.5, 1.0, 2.0, 4.0, 8.0, 16.0)


def fit(rows: list[tuple[str, str]], c: float, top: int) -> ToneModel:
    vectoriser = DictVectorizer()
    x = vectoriser.fit_transform([learned.features(t) for t, _ in rows])
    model = LogisticRegression(C=c, class_weight="balanced", max_iter=5000)
    model.fit(x, [label for _, label in rows])
    order = [list(model.classes_).index(t) for t in TONES]
    coef = model.coef_[order]
    names = vectoriser.get_feature_names_out()
    strongest = sorted(range(len(names)), key=lambda j: -max(abs(coef[:, j])))[:top]
    return ToneModel(tuple(round(float(model.intercept_[i]), 4) for i in order),
                     {str(names[j]): tuple(round(float(w), 4) for w in coef[:, j]) for j in strongest})


def scores(model: ToneModel, rows: list[tuple[str, str]]) -> tuple[float, float]:
    """(macro F1 of the most likely tone, share of warm replies scored below zero)."""
    guesses = []
    warm_below = warm = 0
    for text, label in rows:
        p = model.probabilities(learned.features(text))
        guesses.append(max(p, key=p.__getitem__))
        if label == "warm":
            warm += 1
            warm_below += p["warm"] - p["cold"] < 0
    f1s = []
    for t in TONES:
        tp = sum(g == t and y == t for g, (_, y) in zip(guesses, rows, strict=True))
        fp = sum(g == t and y != t for g, (_, y) in zip(guesses, rows, strict=True))
        fn = sum(g != t and y == t for g, (_, y) in zip(guesses, rows, strict=True))
        f1s.append(2 * tp / (2 * tp + fp + fn) if tp else 0.0)
    return sum(f1s) / len(f1s), warm_below / warm if warm else 0.0


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--top", type=int, default=6000, help="features kept")
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    rows = [r for path in sorted(DATA.glob("tone_train_*.jsonl")) for r in load_toned(path)]
    random.Random(args.seed).shuffle(rows)
    cut = len(rows) // 4
    valid, train = rows[:cut], rows[cut:]
    trials = []
    for c in C_VALUES:
        macro, warm_below = scores(fit(train, c, args.top), valid)
        print(f"C={c:<5} validation macro F1 {macro:.3f}, warm scored below 0: {warm_below:.1%}")
        trials.append((macro - warm_below, c))
    _, c = max(trials)
    model = fit(rows, c, args.top)
    TONE_FILE.write_text(json.dumps({"version": 1, "trained_on": len(rows), "C": c, "tones": TONES,
                                     "biases": model.biases, "weights": model.weights},
                                    separators=(",", ":")) + "\n", encoding="utf-8")
    print(f"C={c}: wrote {TONE_FILE} ({TONE_FILE.stat().st_size // 1024} KB, {len(rows)} replies)")


if __name__ == "__main__":
    main()
