"""Train the learned part of the reply detectors and write its weights to
src/sm_sim/scoring/detectors/model.json.

    python -m pip install scikit-learn      # for training only; the app does not need it
    python bench/train_detector_model.py [--top 4000] [--seed 7]

Training data: every labelled set in tests/data except heldout_b to heldout_h, which are
kept back to measure the result, plus each flag's policy
examples (tests/data/policy.json, labelled for that flag only). The pattern rules were
tuned on replies.jsonl and heldout_a.jsonl, so choices are made on 30% of the
train_*.jsonl sets, which the rules were never tuned on: for each flag, the
regularisation and the threshold (the best F1 of rules-or-model whose precision meets
the target). The model is then refitted on all the training data, pruned to its largest
weights, and kept only if it raised F1 there by 0.02 or more and raises no flag on that
flag's policy look-alikes. Weights are scored by the same pure-Python code the app runs.
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

from sm_sim.scenario.model import FLAGS  # noqa: E402
from sm_sim.scoring.detectors import learned, rules_only  # noqa: E402
from sm_sim.scoring.detectors.evaluate import Example, load_labelled  # noqa: E402

DATA = ROOT / "tests" / "data"
# never trained or tuned on (heldout_a was used to generalise the rules, so it is trained on)
HELD_BACK = {f"heldout_{letter}.jsonl" for letter in "bcdefgh"}
PRECISION = 0.95  # a false flag can send a trainee down the wrong branch: precision first
C_VALUES = (1.0, 2.0, 4.0, 8.0, 16.0, 32.0)
# Flags the model may help with, each kept only if the validation split and the policy
# look-alikes allow. With train_1-9 (December 2026) that keeps personal data, political and
# signposting models; profanity and abusive models raise their flag on a look-alike ("He
# had a bloody nose", "You absolute legend!") and are dropped. An abusive model is also left
# out because one took the unseen heldout_c's precision under 0.9 (0.88), the bar the tests
# hold: a false "abusive" sends a trainee down a backlash branch.
MODELLED = ("personal_data", "operational_detail", "political", "profanity", "signposting")
# The operational-detail model trained on train_1-4 stays (--keep operational_detail): the
# one trained with train_5-7 too was chosen by the validation split but caught less on all
# four unseen sets (heldout_b 0.71 -> 0.58, c 0.66 -> 0.53, d 0.59 -> 0.41, e 0.58 -> 0.50),
# so those sets no longer measure that choice cleanly; fresh held-out sets will.
KEPT = ("operational_detail",)


def f1(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def counts(truth: list[bool], guess: list[bool]) -> tuple[int, int, int]:
    tp = sum(t and g for t, g in zip(truth, guess, strict=True))
    fp = sum(g and not t for t, g in zip(truth, guess, strict=True))
    fn = sum(t and not g for t, g in zip(truth, guess, strict=True))
    return tp, fp, fn


def policy(flag: str) -> list[tuple[str, bool]]:
    """tests/data/policy.json: the shapes a flag must catch and the look-alikes it must not
    (labelled for that flag only, so they train that flag's model only)."""
    data = json.loads((DATA / "policy.json").read_text(encoding="utf-8"))
    return [(t, True) for t in data["positives"].get(flag, [])] + \
        [(t, False) for t in data["hard_negatives"].get(flag, [])]


def fit(examples: list[Example], flag: str, c: float, top: int) -> learned.FlagModel:
    texts = [(e.text, flag in e.flags) for e in examples] + policy(flag)
    vectoriser = DictVectorizer()
    x = vectoriser.fit_transform([learned.features(t) for t, _ in texts]).tocsr()
    x.indices, x.indptr = x.indices.astype("int32"), x.indptr.astype("int32")  # for liblinear
    y = [label for _, label in texts]
    model = LogisticRegression(C=c, class_weight="balanced", solver="liblinear", max_iter=5000)
    model.fit(x, y)
    names = vectoriser.get_feature_names_out()
    pairs = sorted(zip(names, model.coef_[0], strict=True), key=lambda p: -abs(p[1]))[:top]
    return learned.FlagModel(float(model.intercept_[0]), 0.5,
                             {str(n): round(float(w), 4) for n, w in pairs if w})


def best_threshold(model: learned.FlagModel, examples: list[Example], flag: str,
                   ruled: list[bool]) -> tuple[float, tuple[float, float, float]]:
    """The threshold with the best F1 of rules-or-model whose precision meets the target:
    PRECISION, or the rules' own precision where that is lower (the model may add recall,
    never cost precision the rules had)."""
    truth = [flag in e.flags for e in examples]
    probs = [model.probability(learned.features(e.text)) for e in examples]
    best = (1.01, f1(*counts(truth, ruled)))
    target = min(PRECISION, best[1][0])
    for threshold in sorted(set(round(p, 3) for p in probs)):
        guess = [r or p >= threshold for r, p in zip(ruled, probs, strict=True)]
        scores = f1(*counts(truth, guess))
        if scores[0] >= target and scores[2] > best[1][2]:
            best = (threshold, scores)
    return best


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--top", type=int, default=4000, help="weights kept per flag")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--flags", default=",".join(MODELLED), help="flags to model")
    parser.add_argument("--keep", default=",".join(KEPT), metavar="FLAGS",
                        help="flags whose shipped weights stay as they are (comma-separated)")
    parser.add_argument("--extra", type=Path, action="append", default=[], metavar="FILE",
                        help="more labelled replies to train on (.jsonl, or the .tsv that "
                        "'sm-sim replies export' writes from a school's reviewed answers)")
    args = parser.parse_args()
    fresh = [e for path in sorted(DATA.glob("train_*.jsonl")) for e in load_labelled(path)]
    tuned = [e for path in sorted(DATA.glob("*.jsonl"))
             if path.name not in HELD_BACK and not path.name.startswith("train_")
             for e in load_labelled(path)]
    fresh += [e for path in args.extra for e in load_labelled(path)]
    random.Random(args.seed).shuffle(fresh)
    cut = len(fresh) * 3 // 10
    valid, train = fresh[:cut], fresh[cut:] + tuned
    examples = fresh + tuned
    ruled_valid = {flag: [flag in rules_only(e.text) for e in valid] for flag in FLAGS}
    shipped: dict[str, dict[str, object]] = {}
    if args.keep:
        old = json.loads(learned.MODEL_FILE.read_text(encoding="utf-8"))["flags"]
        shipped.update({flag: old[flag] for flag in args.keep.split(",") if flag in old})
    print(f"{len(train)} training and {len(valid)} validation replies")
    for flag in [f for f in FLAGS if f in args.flags.split(",") and f not in shipped]:
        truth = [flag in e.flags for e in valid]
        alone = f1(*counts(truth, ruled_valid[flag]))
        trials = []
        for c in C_VALUES:
            model = fit(train, flag, c, args.top)
            threshold, scores = best_threshold(model, valid, flag, ruled_valid[flag])
            trials.append((scores[2], c, threshold, scores))
        score, c, threshold, scores = max(trials)
        model = fit(examples, flag, c, args.top)
        wrong = [t for t, label in policy(flag) if not label
                 and (flag in rules_only(t) or model.probability(learned.features(t)) >= threshold)]
        keep = threshold <= 1.0 and score >= alone[2] + 0.02 and not wrong
        print(f"{flag:<20} rules P {alone[0]:.2f} R {alone[1]:.2f} F1 {alone[2]:.2f}   "
              f"with model P {scores[0]:.2f} R {scores[1]:.2f} F1 {scores[2]:.2f}   "
              f"C={c} threshold={threshold:.3f}   {'kept' if keep else 'not kept'}")
        if wrong:
            print(f"  raises {flag} on its policy's look-alikes: {wrong[:3]}")
        if keep:
            shipped[flag] = {"bias": round(model.bias, 4), "threshold": threshold,
                             "weights": dict(sorted(model.weights.items()))}
    model_data = {"version": 1, "trained_on": len(examples), "flags": shipped}
    learned.MODEL_FILE.write_text(json.dumps(model_data, separators=(",", ":")) + "\n",
                                  encoding="utf-8")
    print(f"wrote {learned.MODEL_FILE} ({learned.MODEL_FILE.stat().st_size // 1024} KB)")


if __name__ == "__main__":
    main()
