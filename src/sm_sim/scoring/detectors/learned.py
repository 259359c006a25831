"""A small learned model beside the pattern rules: logistic regression over word and
character n-grams, trained offline on labelled replies (``bench/train_detector_model.py``)
and shipped as a table of weights, so it runs in pure Python with nothing to download.

Pattern rules say exactly why they fired; the model catches wordings the rules have never
seen. A model finding points at the sentence that weighs most towards its flag.
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass
from functools import cache
from itertools import pairwise
from pathlib import Path

from ...i18n import N_
from .base import Finding

MODEL_FILE = Path(__file__).with_name("model.json")
REASONS = {
    "operational_detail": N_("reads like operational detail (deployments, staffing, an enquiry)"),
    "political": N_("reads like a partisan opinion about politics or policy"),
    "abusive": N_("reads as hostile or belittling towards someone"),
    "personal_data": N_("seems to identify a private person"),
    "profanity": N_("reads as swearing"),
    "signposting": N_("points someone to an official channel"),
}
_WORD = re.compile(r"[a-z0-9]+(?:'[a-z]+)?|[^\sa-z0-9]")
_SENTENCE = re.compile(r"[^.!?\n]+[.!?]*")


def normalise(text: str) -> str:
    return text.lower().replace("\u2019", "'").replace("\u2018", "'")


def features(text: str) -> dict[str, float]:
    """Words, word pairs and 3-5 letter pieces of words, each present or not, scaled to
    unit length so long and short replies weigh alike."""
    words = _WORD.findall(normalise(text))
    found = {f"w:{w}" for w in words}
    found.update(f"b:{a} {b}" for a, b in pairwise(words))
    for word in words:
        padded = f" {word} "
        for size in (3, 4, 5):
            found.update(f"c:{padded[i:i + size]}" for i in range(len(padded) - size + 1))
    if not found:
        return {}
    weight = 1.0 / math.sqrt(len(found))
    return dict.fromkeys(found, weight)


@dataclass(frozen=True)
class FlagModel:
    bias: float
    threshold: float
    weights: dict[str, float]

    def probability(self, vector: dict[str, float]) -> float:
        z = self.bias + sum(self.weights.get(name, 0.0) * value for name, value in vector.items())
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


@cache
def load(path: Path = MODEL_FILE) -> dict[str, FlagModel]:
    """The shipped model; empty when there is none (the rules then work alone)."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return {flag: FlagModel(float(m["bias"]), float(m["threshold"]),
                            {k: float(v) for k, v in m["weights"].items()})
            for flag, m in data.get("flags", {}).items()}


def scan(text: str, models: dict[str, FlagModel] | None = None) -> list[Finding]:
    """A finding for each flag whose probability reaches the model's threshold."""
    models = load() if models is None else models
    vector = features(text)
    found = []
    for flag, model in models.items():
        if model.probability(vector) >= model.threshold:
            start, end = _weightiest_sentence(text, model)
            found.append(Finding(flag, start, end, REASONS.get(flag, flag.replace("_", " "))))
    return found


def _weightiest_sentence(text: str, model: FlagModel) -> tuple[int, int]:
    best, span = -math.inf, (0, len(text))
    for match in _SENTENCE.finditer(text):
        if not match.group().strip():
            continue
        weight = model.probability(features(match.group()))
        if weight > best:
            best, span = weight, (match.start(), match.end())
    start, end = span
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end
