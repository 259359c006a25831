"""Tone: the VADER compound sentiment score of a reply, in [-1, 1]."""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer  # type: ignore[import-untyped]


@lru_cache(maxsize=1)
def _analyzer() -> Any:
    """Built once, on first use: loading VADER's lexicon takes a few tens of milliseconds."""
    return SentimentIntensityAnalyzer()


def tone(text: str) -> float:
    """VADER compound score: below about -0.05 reads negative, above 0.05 positive."""
    if not text or not text.strip():
        return 0.0
    try:
        # Replies are at most 280 characters; a longer paste is judged on its start.
        score = float(_analyzer().polarity_scores(text[:2000])["compound"])
    except Exception:  # VADER is third-party: a reply must never crash the simulator.
        return 0.0
    return max(-1.0, min(1.0, score))
