"""Behavioural tests for the built-in reply detectors (sm_sim.scoring.detectors)."""

from __future__ import annotations

import dataclasses
import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "tests" / "data" / "replies.jsonl"
# Examples of the policy each flag follows (also training data for the learned model).
POLICY = json.loads((ROOT / "tests" / "data" / "policy.json").read_text(encoding="utf-8"))

try:
    import sm_sim.scoring.detectors  # noqa: F401
except ImportError:  # not installed: test the source tree
    sys.path.insert(0, str(ROOT / "src"))

from sm_sim.scoring.detectors import FLAGS, Finding, detect, find, tone  # noqa: E402
from sm_sim.scoring.detectors.evaluate import (  # noqa: E402
    THRESHOLD,
    Example,
    evaluate,
    failing,
    format_table,
    load_labelled,
)


def spans(text: str, flag: str) -> list[str]:
    return [text[f.start:f.end] for f in find(text) if f.flag == flag]


# --- each flag: positives and hard negatives --------------------------------------------
# The shapes each flag must catch and the look-alikes it must not (second-person and group
# put-downs, sarcasm about office-holders, staffing and evidence detail, where someone lives
# or works, disguised swearing, official channels; press lines, idioms, reported speech).

POSITIVES = POLICY["positives"]
HARD_NEGATIVES = POLICY["hard_negatives"]


@pytest.mark.parametrize(("flag", "text"),
                         [(f, t) for f, texts in POSITIVES.items() for t in texts])
def test_flag_raised(flag: str, text: str) -> None:
    assert flag in detect(text)


@pytest.mark.parametrize(("flag", "text"),
                         [(f, t) for f, texts in HARD_NEGATIVES.items() for t in texts])
def test_hard_negative_not_raised(flag: str, text: str) -> None:
    assert flag not in detect(text)


def test_word_list_alternation_matches_every_word_and_prefers_the_longest() -> None:
    import re

    from sm_sim.scoring.detectors.base import alt

    words = ["idiot", "idiots", "id", "moron", "a b", "a.b"]
    pattern = re.compile(rf"\b{alt(words)}\b")
    for word in words:
        assert pattern.fullmatch(word), word
    assert pattern.search("two idiots").group(0) == "idiots"  # type: ignore[union-attr]
    assert pattern.fullmatch("axb") is None


def test_clean_reply_has_no_flags() -> None:
    assert detect("Thanks for your patience, the road has now reopened.") == []


# --- spans and reasons --------------------------------------------------------------------

@pytest.mark.parametrize(("text", "flag", "expected"), [
    ("Ring him on 07712 345678 tomorrow", "personal_data", "07712 345678"),
    ("The car, reg AB12 CDE, is outside", "personal_data", "AB12 CDE"),
    ("Spoke to the lad at 14 Elm Road today", "personal_data", "14 Elm Road"),
    ("email bob.smith@example.com now", "personal_data", "bob.smith@example.com"),
    ("That's sh1t news", "profanity", "sh1t"),
    ("Please ring 101 about it", "signposting", "101"),
    ("Ten years of Tory cuts", "political", "Tory"),
    ("Get a life, loser.", "abusive", "loser"),
    ("He's in the cells at Elland Road", "operational_detail", "in the cells"),
])
def test_span_points_at_trigger(text: str, flag: str, expected: str) -> None:
    assert expected in spans(text, flag)


def test_findings_have_reasons_and_valid_flags() -> None:
    text = ("Jon Smith, 34, of Harehills Lane is in the cells. Bloody Tories. "
            "You muppet. Call 101.")
    found = find(text)
    assert {f.flag for f in found} == set(FLAGS)
    for f in found:
        assert f.flag in FLAGS
        assert 0 <= f.start < f.end <= len(text)
        assert f.reason and f.reason[0].islower()


def test_find_is_ordered_by_start() -> None:
    text = "Call 101. The victim, Emma Wilson, is fine. FFS. Vote Labour. Only one car on tonight."
    starts = [f.start for f in find(text)]
    assert starts == sorted(starts)


def test_detect_returns_distinct_flags_in_flags_order() -> None:
    text = "Call 101 you idiot, f*** the Tories, he's in the cells at 14 Elm Road."
    flags = detect(text)
    assert flags == [f for f in FLAGS if f in flags]
    assert len(flags) == len(set(flags)) == 6


def test_finding_is_frozen() -> None:
    finding = Finding("profanity", 0, 4, "swearing")
    with pytest.raises(dataclasses.FrozenInstanceError):
        finding.start = 1  # type: ignore[misc]


def test_deterministic() -> None:
    text = "Sarah Jones, 22, of Elm Road: call 101, the warrant goes in at 6am."
    assert find(text) == find(text)
    assert detect(text) == detect(text)


# --- robustness ---------------------------------------------------------------------------

WEIRD = [
    "", " ", "\n\t\n", "🙏👮‍♀️🚨" * 50, "a" * 10_000, "1" * 10_000, "*" * 10_000, "@" * 5_000,
    "07" * 5_000, "Mr " * 3_000, "The victim, " * 1_000, "\x00\ud800\uffff", "日本語のテキスト 101",
    "Привет, позвоните 999", "مرحبا 101", "f" * 10_000, "sh" + "*" * 9_000 + "t", ", 12," * 2_000,
    "A" * 10_000, "Aa " * 3_000, "ＦＵＣＫ", "\u202e101 llac", "(" * 5_000, "#" * 5_000,
]


@pytest.mark.parametrize("text", WEIRD, ids=range(len(WEIRD)))
def test_never_raises(text: str) -> None:
    found = find(text)
    flags = detect(text)
    assert isinstance(found, list) and isinstance(flags, list)
    assert set(flags) <= set(FLAGS)
    score = tone(text)
    assert -1.0 <= score <= 1.0


# --- tone ---------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Thank you so much for your help tonight, we really appreciate it.",
    # warm about something awful: the words are negative, the tone is not
    "I am so sorry this happened to you. That sounds frightening; please call 999 if you are in danger.",
    "I understand why you are worried and frightened. Officers are at the scene.",
])
def test_a_warm_reply_reads_warm(text: str) -> None:
    assert tone(text) > 0.2


@pytest.mark.parametrize("text", [
    "Stop wasting our time, you are useless.",
    "Honestly, grow up and stop moaning.",
    # cold in warm words: sarcasm
    "Oh brilliant, another expert. Thanks so much for your input 🙄",
])
def test_a_cold_reply_reads_cold(text: str) -> None:
    assert tone(text) < -0.5


def test_tone_neutral_and_empty() -> None:
    assert tone("") == 0.0
    assert abs(tone("The road is closed between junctions 25 and 26.")) < 0.2
    assert abs(tone("Officers will be at the community centre on Tuesday from 6pm.")) < 0.2


def test_without_the_tone_weights_every_reply_is_neutral(tmp_path: Path, monkeypatch) -> None:
    import importlib
    module = importlib.import_module("sm_sim.scoring.detectors.tone")
    assert module.load(tmp_path / "none.json") is None
    (tmp_path / "bad.json").write_text('{"tones": ["warm"]}')
    assert module.load(tmp_path / "bad.json") is None
    monkeypatch.setattr(module, "load", lambda path=module.TONE_FILE: None)
    assert tone("Thank you so much for your help tonight.") == 0.0


# --- evaluation on the labelled set ---------------------------------------------------------

def test_labelled_set_shape() -> None:
    examples = load_labelled(DATA)
    assert len(examples) >= 180
    assert len({e.text for e in examples}) == len(examples), "duplicate texts"
    for flag in FLAGS:
        assert sum(flag in e.flags for e in examples) >= 20, flag
    clean = sum(not e.flags for e in examples) / len(examples)
    assert 0.25 <= clean <= 0.45
    assert sum(len(e.flags) > 1 for e in examples) >= 20


def test_detectors_meet_threshold_on_labelled_set() -> None:
    scores = evaluate(load_labelled(DATA))
    assert failing(scores) == [], "\n" + format_table(scores, verbose=True)
    for score in scores.values():
        assert score.precision >= THRESHOLD and score.recall >= THRESHOLD


def test_tuning_set_heldout_a_meets_threshold() -> None:
    """heldout_a was written independently, then used to generalise the rules."""
    scores = evaluate(load_labelled(DATA.with_name("heldout_a.jsonl")))
    assert failing(scores) == [], "\n" + format_table(scores, verbose=True)


@pytest.mark.parametrize("name", ["heldout_b.jsonl", "heldout_c.jsonl"])
def test_unseen_sets_raise_no_false_alarms(name: str) -> None:
    """heldout_b and heldout_c were never trained or tuned on. Their recall is reported in
    docs/performance.md (new wording is often missed); what the tests hold is that a clean
    reply in unseen wording is not flagged: precision stays at the bar for every flag."""
    scores = evaluate(load_labelled(DATA.with_name(name)))
    for score in scores.values():
        assert score.precision >= THRESHOLD, "\n" + format_table(scores, verbose=True)


def test_evaluate_counts() -> None:
    examples = [
        Example("a", frozenset({"profanity"})),
        Example("b", frozenset({"profanity"})),
        Example("c", frozenset()),
    ]
    answers = {"a": ["profanity"], "b": [], "c": ["profanity", "political"]}
    scores = evaluate(examples, lambda text: answers[text])
    p = scores["profanity"]
    assert (p.tp, p.fp, p.fn) == (1, 1, 1)
    assert p.precision == p.recall == p.f1 == 0.5
    assert p.false_positives == ["c"] and p.false_negatives == ["b"]
    assert scores["political"].precision == 0.0
    assert scores["signposting"].precision == scores["signposting"].recall == 1.0
    assert failing(scores) == ["political", "profanity"]


def test_load_labelled_rejects_unknown_flag(tmp_path: Path) -> None:
    path = tmp_path / "bad.jsonl"
    path.write_text('{"text": "x", "flags": ["rude"]}\n', encoding="utf-8")
    with pytest.raises(ValueError, match="unknown flags"):
        load_labelled(path)


def test_bench_script_exits_zero() -> None:
    result = subprocess.run([sys.executable, str(ROOT / "bench" / "eval_detectors.py")],
                            capture_output=True, text=True, timeout=120, check=False)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "precision" in result.stdout
