"""Behavioural tests for the built-in reply detectors (sm_sim.scoring.detectors)."""

from __future__ import annotations

import dataclasses
import json
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "tests" / "data" / "replies.jsonl"

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

POSITIVES = {
    "personal_data": [
        "Give her a ring on 07700 900982, she's expecting you.",
        "Call the landline on 0113 496 0000 after six.",
        "The van, reg GH71 RTY, was parked outside.",
        "He lives at 7 Chestnut Avenue with his gran.",
        "It's flat 12 above the bookies.",
        "The address is LS9 8QP.",
        "Drop me a line at tina.morton@gmail.com",
        "DOB 21/09/1985, white male.",
        "Danny Price, 19, of Wortley was the driver.",
        "The witness, Mrs Okafor, saw it all.",
        "The 15-year-old from Sandford Road has been found.",
    ],
    "operational_detail": [
        "We'll have three cars on Roundhay Road from 11pm tonight.",
        "Only two officers covering the whole of Keighley tonight.",
        "He's in the cells at Elland Road now.",
        "His DNA came back on the bottle.",
        "The warrant goes in on Friday morning.",
        "We've got a tracker on the van.",
        "Our main line of enquiry is a feud between two families.",
        "We're going through CCTV from the Morrisons car park now.",
    ],
    "political": [
        "The Tories ruined policing.",
        "Vote Reform, they'll sort it.",
        "Starmer is useless.",
        "Brexit was a disaster for this country.",
        "#ToriesOut",
        "The government has done nothing but cut our budgets.",
    ],
    "abusive": [
        "You're an idiot.",
        "People like you make me sick.",
        "Stop crying about your stolen bike, snowflake.",
        "Watch yourself, we know where you live.",
        "What a pathetic little man.",
        "She was asking for it dressed like that.",
    ],
    "profanity": [
        "What a shit day.",
        "f***ing hell",
        "That's sh1t news.",
        "wtf is going on",
        "FFS not again",
        "Bollocks.",
        "Absolute b*****d of a shift.",
    ],
    "signposting": [
        "Please call 101 or report it online.",
        "In an emergency always ring 999.",
        "You can stay anonymous with Crimestoppers.",
        "Send us a DM and we'll look into it.",
        "Samaritans are there 24/7 on 116 123.",
        "Full details are on our website.",
        "Don't ring 999 for this, use 101 instead.",
    ],
}

HARD_NEGATIVES = {
    "personal_data": [
        "Thanks for the kind words. PC 4172 Dave",
        "Sgt 1932 Ahmed, Halifax NPT",
        "Officers are in Leeds city centre tonight.",
        "Thanks @jen_from_leeds!",
        "LS6 has had fewer burglaries this month.",
        "Call Crimestoppers on 0800 555 111.",
        "A 45-year-old man from Bramley has been charged.",
        "The Prime Minister visited the control room today.",
        "We were called at 02:14 on 07/11.",
    ],
    "operational_detail": [
        "Officers remain at the scene and the road is closed.",
        "Enquiries are ongoing.",
        "I can't share details of the investigation, sorry.",
        "A man has been arrested and remains in custody.",
        "There will be an increased police presence in the area this weekend.",
        "Great result from yesterday's warrant, drugs and cash seized.",
        "Our forensic teams do amazing work.",
    ],
    "political": [
        "The government announced new funding for policing today.",
        "She went into labour in the back of the car!",
        "At a conservative estimate 500 people came.",
        "Green Lane is closed.",
        "The reform of the complaints system helps everyone.",
        "Officers were at the protest outside the Labour club.",
    ],
    "abusive": [
        "We won't tolerate abuse of our staff.",
        "That's a stupid amount of rain.",
        "Thick fog on the A1, drive carefully.",
        "Yes, we've seen the comments calling us idiots.",
        "You absolute legend!",
        "What a great turnout!",
    ],
    "profanity": [
        "Scunthorpe United fans were brilliant.",
        "Penistone Road is closed.",
        "Our Assistant Chief Constable says thanks.",
        "Cocktail bars on Call Lane are supporting us.",
        "Class A drugs were seized.",
        "We'll assess every report.",
        "A Dickens-themed quiz night at Cockermouth.",
        "Arsenal fans were a credit.",
        "He had a bloody nose but is otherwise fine.",
    ],
    "signposting": [
        "Officers attended within minutes of the 999 call.",
        "We know the 101 wait times have been long.",
        "Just two of us on tonight so good luck ringing 999.",
        "You sound unhinged. Seek help.",
        "We don't deal with private parking, try the council.",
    ],
}


@pytest.mark.parametrize(("flag", "text"),
                         [(f, t) for f, texts in POSITIVES.items() for t in texts])
def test_flag_raised(flag: str, text: str) -> None:
    assert flag in detect(text)


@pytest.mark.parametrize(("flag", "text"),
                         [(f, t) for f, texts in HARD_NEGATIVES.items() for t in texts])
def test_hard_negative_not_raised(flag: str, text: str) -> None:
    assert flag not in detect(text)


# General shapes added to generalise beyond the development set: second-person and group
# put-downs, sarcasm about office-holders and policy, staffing and evidence detail, where
# someone lives or works, disguised swearing and more official channels.
MORE_POSITIVES = {
    "personal_data": [
        "She lives above the chemist on Kirkstall Road with her two kids.",
        "Ask for Dean, he works at the garage on Tong Street.",
        "His date of birth's 12/05/1999 according to the system.",
        "We've spoken to his mum, Tracey, and she's devastated.",
        "Arrested him at his girlfriend's flat on Beech Road this morning.",
        "The missing lad is 15 and goes to Brigshaw High.",
    ],
    "operational_detail": [
        "There's only one PCSO on your ward at the moment.",
        "Half the shift is off sick so there are just three of us on.",
        "We've got his prints on the window frame.",
        "The doorbell footage is too blurry to make out his face.",
        "We're still waiting on the forensic results from the car.",
        "We ran his plate through PNC and it came back stolen.",
        "We'll be knocking on his door first thing tomorrow.",
        "We don't send officers into that block after dark any more.",
        "The burglary squad are door-knocking your road tomorrow morning.",
        "His solicitor's arrived so the interview starts at four.",
    ],
    "political": [
        "Funny how ministers always find money for consultants but never for cops.",
        "Another 'record investment' from the Home Office. Yeah right.",
        "Honestly the PCC has been a disaster for this force.",
        "Cheers, Westminster, for another year of real-terms pay cuts.",
        "This is what a decade of austerity looks like.",
        "Proud to stand with the nurses on the picket line today.",
        "Thanks to the cuts we've lost half our PCSOs.",
        "Voted for them twice. Never again.",
    ],
    "abusive": [
        "Pipe down and let the grown-ups talk.",
        "Did you get your legal advice from a cereal box?",
        "Use your brain for once.",
        "That whole family are a bunch of wasters.",
        "Say that to my face and see what happens.",
        "Typical Labour voter, can't think for themselves.",
        "What a useless excuse for a human being.",
        "Course it was him, the useless sod.",
        "Thanks for your 'feedback'.",
        "Lol imagine getting your car nicked because you left the keys in it.",
    ],
    "profanity": [
        "Silly sod dropped his wallet in the car park.",
        "That was a right cock-up from start to finish.",
        "You're a tw@t.",
        "Pi$$ing down all day.",
    ],
    "signposting": [
        "Check the pinned post at the top of our page for how to report it.",
        "Please follow the official force account for updates.",
        "Give us a ring on 101 and quote the log number.",
        "Please speak to your GP or call NHS 111 if you're worried.",
    ],
}

MORE_HARD_NEGATIVES = {
    "personal_data": [
        "Our PCSOs work on Market Street every Saturday.",
        "A 14-year-old girl has been reported missing from the Seacroft area.",
    ],
    "operational_detail": [
        "Officers will be at the scene for some time, please avoid the area.",
        "We'll have a stall at the Christmas market tomorrow, pop along and say hello.",
        "Our dog handler is off to the national trials next week.",
        "A man has been identified as the driver and will be interviewed in due course.",
        "He remains in custody at this time.",
        "We've had messages asking if we're short-staffed at Christmas. We plan ahead.",
    ],
    "political": [
        "We're out on the trot for the next seven nights.",
        "I woke up to so many lovely messages.",
        "Keep to the far left lane at the roundabout.",
        "Don't forget to vote in Thursday's election, polling stations open at 7am.",
        "The Mayor finally cut the ribbon at the new youth centre today.",
        "I'm sure the PCC would be happy to meet you.",
    ],
    "abusive": [
        "The Chancellor can piss off with his 'tough choices'.",
        "The idiot-proof guide to securing your bike is on our website.",
        "These animals were rescued from a puppy farm.",
        "Aww bless, what a lovely card from the kids.",
        "Say nothing and hope it dies down.",
        "Volunteers like you make a real difference.",
    ],
    "profanity": [
        "Cut the first sod at the new station site.",
        "Email pc.jharris84@gmail.com with the footage.",
    ],
    "signposting": [
        "Our call handlers took over 2,000 calls on 101 last weekend.",
        "Don't bother with 101, it takes ages.",
        "The cocktail bar has been really supportive of our Ask for Angela scheme.",
    ],
}


@pytest.mark.parametrize(("flag", "text"),
                         [(f, t) for f, texts in MORE_POSITIVES.items() for t in texts])
def test_more_shapes_raised(flag: str, text: str) -> None:
    assert flag in detect(text)


@pytest.mark.parametrize(("flag", "text"),
                         [(f, t) for f, texts in MORE_HARD_NEGATIVES.items() for t in texts])
def test_more_hard_negatives_not_raised(flag: str, text: str) -> None:
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
    start = time.perf_counter()
    found = find(text)
    flags = detect(text)
    assert isinstance(found, list) and isinstance(flags, list)
    assert set(flags) <= set(FLAGS)
    assert time.perf_counter() - start < 2.0
    score = tone(text)
    assert -1.0 <= score <= 1.0


def test_long_realistic_text_is_fast() -> None:
    rows = [json.loads(line) for line in DATA.read_text(encoding="utf-8").splitlines()]
    text = " ".join(r["text"] for r in rows)  # ~50k characters
    start = time.perf_counter()
    find(text)
    assert time.perf_counter() - start < 2.0


def test_typical_reply_is_fast() -> None:
    texts = [e.text for e in load_labelled(DATA)]
    find(texts[0])  # warm up
    start = time.perf_counter()
    for text in texts:
        find(text)
    per_reply = (time.perf_counter() - start) / len(texts)
    assert per_reply < 0.005  # ~0.3 ms on a dev machine; generous for slow CI


# --- tone ---------------------------------------------------------------------------------

def test_tone_positive() -> None:
    assert tone("Thank you so much, brilliant work by the team, really appreciate it!") > 0.3


def test_tone_negative() -> None:
    assert tone("This is awful. You are useless and I hate this terrible service.") < -0.3


def test_tone_neutral_and_empty() -> None:
    assert tone("") == 0.0
    assert abs(tone("The road is closed between junctions 25 and 26.")) < 0.3


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


def test_unseen_heldout_b_raises_no_false_alarms() -> None:
    """heldout_b was never used for tuning. Its recall is reported in docs/performance.md
    (pattern rules miss much new wording); what the tests hold is that a clean reply on
    unseen wording is not flagged: precision stays at the bar for every flag."""
    scores = evaluate(load_labelled(DATA.with_name("heldout_b.jsonl")))
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
