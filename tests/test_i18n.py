"""The Qt-free core's sentences in Welsh (sm_sim.i18n): every sentence the core writes for a
reader is in the catalogue and translated, a template's values come back out of the English
and go into the Welsh, and what the catalogue does not know is left as it is."""

from __future__ import annotations

import gc
import json
import re
from pathlib import Path

import pytest
from babel.messages.pofile import read_po

from sm_sim import i18n
from sm_sim.engine.run import ActionError, ScenarioRun
from sm_sim.i18n import said
from sm_sim.scenario.model import BACKLASH, FLAG_TITLES, ROLE_WORDS
from sm_sim.scoring.debrief import CALIBRATION_NOTES, OUTCOMES, PAST, PAST_ALONE, RULED, RULED_WHY
from sm_sim.scoring.detectors import find, learned
from sm_sim.scoring.detectors.base import Rule

PO = Path(__file__).resolve().parents[1] / "assets" / "i18n" / "core_cy.po"
DATA = Path(__file__).parent / "data"
SAMPLE = {"count": "24", "change": "+35", "time": "00:36", "limit": "280", "number": "3"}


def _welsh() -> dict[str, str]:
    with PO.open("rb") as file:
        return {m.id: str(m.string) for m in read_po(file) if m.id}


def _fill(template: str) -> dict[str, str]:
    return {name: SAMPLE.get(name, f"Value {name.upper()}") for name in re.findall(r"\{(\w+)\}", template)}


def test_every_sentence_in_the_catalogue_has_welsh_with_the_same_names() -> None:
    welsh = _welsh()
    assert len(welsh) > 150
    assert [e for e, w in welsh.items() if not w] == []
    assert [e for e, w in welsh.items()
            if sorted(re.findall(r"\{\w+\}", e)) != sorted(re.findall(r"\{\w+\}", w))] == []


def test_each_template_is_found_again_in_the_sentence_it_made_and_said_in_welsh() -> None:
    """No template hides another: filled in, each comes back as its own Welsh."""
    wrong = []
    for english, welsh in _welsh().items():
        values = _fill(english)
        if values and said(english.format(**values), "cy") != welsh.format(**values):
            wrong.append(english)
    assert wrong == []


def test_a_sentence_made_of_templates_is_said_whole() -> None:
    assert said("00:36 · 24 replies from the public", "cy") == "00:36 · 24 ateb gan y cyhoedd"
    assert said("+1,200 followers", "cy").startswith("+1,200 ")
    liked = said("you liked @MaryOnMillRd's post “Is the road shut?”", "cy")
    assert liked == _welsh()["you liked {target}"].format(
        target=_welsh()["{handle}'s post “{excerpt}”"].format(handle="@MaryOnMillRd",
                                                               excerpt="Is the road shut?"))
    message = said("Sgt Ayo Bello (supervisor): A word about last night", "cy")
    assert message == f"Sgt Ayo Bello ({_welsh()['supervisor']}): A word about last night"


def test_what_the_catalogue_does_not_know_is_left_as_it_is() -> None:
    for text in ("Police chief defends posts", "BBC Wales: Road closed after crash", "", "24 posts?"):
        assert said(text, "cy") == text  # "{count} posts" is used only where a count is
    assert said("Public backlash", "en") == "Public backlash"
    assert said("Public backlash", "fr") == "Public backlash"  # no catalogue for it


def test_a_missing_or_damaged_catalogue_leaves_the_sentences_english(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    for content in (None, b"not a catalogue"):
        broken = tmp_path / "core_cy.mo"
        if content is not None:
            broken.write_bytes(content)
        monkeypatch.setattr(i18n, "catalogue_path", lambda _language, path=broken: path)
        i18n._catalogue.cache_clear()
        i18n._templates.cache_clear()
        try:
            assert said("Public backlash", "cy") == "Public backlash"
        finally:
            monkeypatch.undo()
            i18n._catalogue.cache_clear()
            i18n._templates.cache_clear()
    assert said("Public backlash", "cy") != "Public backlash"


def test_every_reason_a_detector_gives_is_said_in_welsh() -> None:
    welsh = _welsh()
    reasons = {r.reason for r in gc.get_objects() if isinstance(r, Rule)} | set(learned.REASONS.values())
    replies = [json.loads(line)["text"] for name in ("replies.jsonl", "heldout_a.jsonl")
               for line in (DATA / name).read_text().splitlines() if line.strip()]
    found = {f.reason for text in replies for f in find(text)}
    assert len(reasons) > 80 and len(found) > 40
    assert sorted((reasons | found) - welsh.keys()) == []


def test_the_core_s_fixed_words_are_all_in_the_catalogue() -> None:
    welsh = _welsh()
    words = [*FLAG_TITLES.values(), *ROLE_WORDS.values(), *OUTCOMES.values(), *PAST.values(),
             *PAST_ALONE.values(), *RULED.values(), *RULED_WHY.values(),
             *(n for n in CALIBRATION_NOTES.values() if n)]
    assert [w for w in words if not welsh.get(w)] == []
    assert len({said(OUTCOMES[k], "cy") for k in OUTCOMES}) == len(OUTCOMES)
    assert all(k in OUTCOMES for k in [(), *((b,) for b in BACKLASH), tuple(BACKLASH),
                                        tuple(reversed(BACKLASH))])


def test_why_a_free_action_cannot_be_done_is_said_in_welsh(example) -> None:  # type: ignore[no-untyped-def]
    run = ScenarioRun(example.scenario, seed=1)
    run.start()
    run.advance(30)
    post = next(p for p in run.state.posts.values() if not p.by_trainee)
    run.do("like", post.published.post_id)
    with pytest.raises(ActionError) as again:
        run.do("like", post.published.post_id)
    assert said(str(again.value), "cy") == _welsh()["you have already liked this post"]
    with pytest.raises(ActionError) as long:
        run.do("post", text="x" * 300)
    assert said(str(long.value), "cy") == _welsh()[
        "that is {count} characters: the limit is {limit}"].format(count=300, limit=280)


def test_the_language_comes_from_the_environment_as_gettext_reads_it() -> None:
    read = i18n.from_environment
    assert read({}) == "en"
    assert read({"LANG": "cy_GB.UTF-8"}) == "cy"
    assert read({"LANGUAGE": "cy:en", "LANG": "en_GB.UTF-8"}) == "cy"  # LANGUAGE comes first
    assert read({"LC_ALL": "en_GB.UTF-8", "LANG": "cy_GB.UTF-8"}) == "en"
    assert read({"LANG": "fr_FR.UTF-8"}) == "en"  # no catalogue for it


def test_what_is_said_follows_the_language_chosen() -> None:
    try:
        assert i18n.use("cy") == "cy" and i18n.tr("Public backlash") == _welsh()["Public backlash"]
        assert i18n.use("klingon") == "en" and i18n.tr("Public backlash") == "Public backlash"
    finally:
        i18n.use("en")
