"""Tone: how a reply treats the person it answers, from -1 (cold: curt, dismissive,
sarcastic, hostile) through 0 (neutral, businesslike) to 1 (warm: kind, empathetic,
respectful).

A small learned model, multinomial logistic regression over the same word and character
features as the flag model, trained offline on tone-labelled replies
(``bench/train_tone_model.py``) and shipped as a table of weights: tone is
P(warm) - P(cold). Unlike a sentiment word list it reads "I'm so sorry, that sounds
frightening" as warm, and "Great, another expert 👍" as cold. Without the weights file
every reply is neutral (0.0), and a reply never crashes the simulator.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from .learned import features

TONE_FILE = Path(__file__).with_name("tone_model.json")
TONES = ("cold", "neutral", "warm")


@dataclass(frozen=True)
class ToneModel:
    biases: tuple[float, ...]  # one per tone, in TONES order
    weights: dict[str, tuple[float, ...]]  # feature -> one weight per tone

    def probabilities(self, vector: dict[str, float]) -> dict[str, float]:
        scores = list(self.biases)
        for name, value in vector.items():
            for i, weight in enumerate(self.weights.get(name, ())):
                scores[i] += weight * value
        top = max(scores)
        exps = [math.exp(s - top) for s in scores]
        total = sum(exps)
        return {name: e / total for name, e in zip(TONES, exps, strict=True)}


@cache
def load(path: Path = TONE_FILE) -> ToneModel | None:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        if tuple(data["tones"]) != TONES:
            return None
        return ToneModel(tuple(float(b) for b in data["biases"]),
                         {k: tuple(float(w) for w in v) for k, v in data["weights"].items()})
    except (OSError, ValueError, KeyError, TypeError):
        return None


def tone(text: str) -> float:
    """P(warm) - P(cold), in [-1, 1]: above 0 reads warm, below 0 cold, near 0 neutral."""
    if not isinstance(text, str) or not text.strip():
        return 0.0
    model = load()
    if model is None:
        return 0.0
    # Replies are at most 280 characters; a longer paste is judged on its start.
    p = model.probabilities(features(text[:2000]))
    return max(-1.0, min(1.0, p["warm"] - p["cold"]))


def load_toned(path: Path) -> list[tuple[str, str]]:
    """A tone-labelled set (JSON Lines of ``{"text", "tone": cold|neutral|warm}``)."""
    rows = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if line.strip():
            row = json.loads(line)
            if row.get("tone") not in TONES:
                raise ValueError(f"{path}:{number}: tone must be one of {', '.join(TONES)}")
            rows.append((str(row["text"]), str(row["tone"])))
    return rows
