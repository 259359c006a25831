"""Welsh (Cymraeg) through Qt's translation: the catalogue matches the code, the setting is
kept for the next run, and the screens translated so far show no English left."""

from __future__ import annotations

import importlib.util
import json
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QAbstractButton, QComboBox, QLabel, QLineEdit, QWidget

from sm_sim.scenario.library import Entry
from sm_sim.scoring.debrief import Debrief
from sm_sim.ui.attempt.inbox import role_text
from sm_sim.ui.attempt.shortcuts import help_text
from sm_sim.ui.debrief.view import below_pass_mark
from sm_sim.ui.kit import language
from sm_sim.ui.kit.settings import Settings
from sm_sim.ui.main_window import MainWindow
from sm_sim.ui.session.attempt import Mode
from sm_sim.ui.session.clock import SimulatedClockDriver

from .helpers import play_through

I18N = Path(__file__).resolve().parents[2] / "assets" / "i18n"


def _updater():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("i18n_update", I18N / "update.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _catalogue(context: str) -> dict[str, str]:
    found = {}
    for ctx in ET.parse(I18N / "sm_sim_cy.ts").iter("context"):
        if ctx.findtext("name") == context:
            for message in ctx.iter("message"):
                found[message.findtext("source") or ""] = message.findtext("translation") or ""
    return found


@pytest.fixture
def welsh() -> Iterator[None]:
    assert language.install("cy") == "cy"
    yield
    language.install("en")


def test_the_catalogue_holds_every_string_the_code_marks_and_is_compiled() -> None:
    assert _updater().check() == []


def test_every_string_in_the_catalogue_is_translated() -> None:
    unfinished = [m.findtext("source") for m in ET.parse(I18N / "sm_sim_cy.ts").iter("message")
                  if m.find("translation").get("type") == "unfinished"]  # type: ignore[union-attr]
    assert unfinished == []


def test_the_language_setting_is_kept_and_the_locale_decides_when_it_is_blank() -> None:
    assert Settings().language == ""
    Settings().language = "cy"
    assert Settings().language == "cy"  # the next run reads what this one chose
    Settings().language = "klingon"
    assert Settings().language == ""
    assert language.resolve("", QLocale(QLocale.Language.Welsh)) == "cy"
    assert language.resolve("", QLocale(QLocale.Language.English)) == "en"
    assert language.resolve("en", QLocale(QLocale.Language.Welsh)) == "en"


def _texts(root: QWidget) -> list[str]:
    """Everything a reader or a screen reader is given on ``root``'s visible widgets."""
    said = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisibleTo(root) and widget is not root:
            continue
        said += [widget.accessibleName(), widget.toolTip(), widget.accessibleDescription()]
        if isinstance(widget, QLabel | QAbstractButton):
            said.append(widget.text())
        if isinstance(widget, QLineEdit):
            said.append(widget.placeholderText())
        if isinstance(widget, QComboBox):
            said += [widget.itemText(n) for n in range(widget.count())]
    return [s.replace("&", "") for s in said if s]


def test_the_start_screen_speaks_welsh_with_no_english_left(
        qtbot, welsh: None, library: list[Entry]) -> None:
    window = MainWindow(library, Settings(), SimulatedClockDriver)
    qtbot.addWidget(window)
    screen = window.start_screen
    english = {s.replace("&", "") for ctx in ("StartScreen", "JoinBox", "ScenarioCard")
               for s in _catalogue(ctx)}
    shown = _texts(screen)
    assert screen.start_button.text() == "Dechrau"
    assert screen.join_box.join_button.text() == "Ymuno"
    assert any("mun ·" in t and "Dechreuwr" in t for t in shown)  # a card's facts
    left = sorted({t for t in shown if t in english} | {t for t in shown for e in english
                                                        if len(e) > 12 and e in t})
    assert left == []
    screen.name.clear()
    assert screen.why_not.text() == "Rhowch eich enw i ddechrau."


def test_choosing_welsh_in_the_appearance_dialog_is_what_the_next_start_speaks(
        qtbot, window: MainWindow) -> None:
    dialog = window.edit_appearance()
    assert dialog.language.currentData() == ""
    dialog.language.setCurrentIndex(dialog.language.findData("cy"))
    dialog.close()
    assert Settings().language == "cy"  # kept for the next run
    try:
        assert language.install(Settings().language) == "cy"
        again = MainWindow([], Settings(), SimulatedClockDriver)
        qtbot.addWidget(again)
        assert again.start_screen.start_button.text() == "Dechrau"
    finally:
        language.install("en")


ATTEMPT = ("AttemptBar", "AttemptView", "BubbleDelegate", "ComposePanel", "ConfidencePicker",
           "Countdown", "FeedActions", "Gauge", "InboxPanel", "MessagesModel", "MessagesView",
           "NavRail", "NewsCard", "OptionButton", "PersonProfile", "ProfilePage", "Spoken",
           "FeedDelegate", "FeedLayout", "FeedModel", "FeedView")


def _english_left(shown: list[str], contexts: tuple[str, ...]) -> list[str]:
    """The English of ``contexts`` still in ``shown``: a whole string, or a long piece of
    one between its ``{placeholders}``."""
    english = {s.replace("&", "") for ctx in contexts for s in _catalogue(ctx)}
    pieces = {p.strip(" .,:;") for e in english for p in re.split(r"\{\w+\}", e)}
    pieces = {p for p in pieces if len(p) > 12}
    return sorted({t for t in shown if t in english} | {t for t in shown for p in pieces if p in t})


def test_an_attempt_speaks_welsh_with_no_english_left(
        qtbot, welsh: None, window: MainWindow, example: Entry) -> None:
    session = window.start_attempt(example, Mode.PRACTICE, "PC Prawf")
    attempt = window.attempt
    assert attempt is not None
    compose = attempt.compose
    assert session.clock.run_until(lambda: compose.decision is not None)
    assert compose.select_id("reassure")
    attempt.compose.confidence.set_marking(True)
    assert compose.send.text() == "Ateb"  # the option's verb on the send button
    assert compose.title.text() == "Eich tro"
    assert attempt.side_tabs.tabText(0).startswith("Mewnflwch gwaith")
    assert attempt.nav.buttons["home"].text() == "Cartref"
    assert attempt.bar.mode.text() == "Ymarfer"
    assert compose.countdown.text().endswith("ar ôl")
    assert "eiliad" in compose.countdown.accessibleName()
    shown = _texts(attempt)
    assert any(t.startswith("Opsiwn 1: ") for t in shown)
    assert _english_left(shown, ATTEMPT) == []
    assert "dewis opsiwn" in help_text()  # the F1 sheet
    assert role_text("supervisor") == "goruchwyliwr"  # a work message's sender, in the inbox
    menu_entries = attempt.acting._menu_entries(attempt.home.feed.item_at(0), repost=False)
    assert _english_left([label for _, label, _ in menu_entries], ATTEMPT) == []
    dialog = attempt.acting.write("post")  # the trainee's own post, no decision asking for it
    assert (dialog.send.text(), dialog.editor.placeholderText()) == ("Postio", "Beth hoffech chi ei ddweud?")
    assert _english_left(_texts(dialog), (*ATTEMPT, "WriteDialog")) == []
    dialog.close()
    compose.select_id("own_words")
    assert compose.editor.placeholderText() not in _catalogue("ComposePanel")


def test_the_feed_says_its_posts_in_welsh(
        qtbot, welsh: None, window: MainWindow, example: Entry) -> None:
    session = window.start_attempt(example, Mode.PRACTICE, "PC Prawf")
    attempt = window.attempt
    assert attempt is not None
    assert session.clock.run_until(lambda: attempt.compose.decision is not None)
    feed = attempt.home.feed
    said = [feed.data(feed.index(row), Qt.ItemDataRole.AccessibleTextRole)
            for row in range(feed.rowCount())]
    posts = [s for s in said if not s.startswith("Hysbysiad: ")]  # a notice's words: the scenario's
    assert posts and all("hoffiad" in s and "edrychiad" in s for s in posts)  # the counts
    assert any("eiliad yn ôl" in s for s in said)  # how long ago, spoken
    assert _english_left(said, ATTEMPT) == []
    assert not any(w in s for s in said for w in ("seconds ago", " likes", " views", " replies"))


def test_the_debrief_speaks_welsh_where_its_words_are_the_apps(
        qtbot, welsh: None, window: MainWindow, example: Entry) -> None:
    window.start_attempt(example, Mode.PRACTICE, "PC Prawf")
    play_through(window, {"pressure": "let_it_run"})  # escalation 0: a red bar to explain
    debrief = window.debrief
    assert window.stack.currentWidget() is debrief
    shown = _texts(debrief)
    assert any(t.startswith("Sgôr ") and "marc llwyddo" in t for t in shown)
    assert "Rhoi cynnig arall arni" in shown and "Penderfyniad 1" in " ".join(shown)
    assert any(t.startswith("Mae ") and "o dan y marc llwyddo" in t for t in shown)  # a red bar, explained
    # The scenario's own words are English here (this one has no translation); what the core
    # writes in sentences is checked below, through its catalogue
    assert _english_left(shown, ("Card", "CompetencyChart", "DebriefView", "ScoreRing")) == []


def test_the_debrief_explains_a_red_bar_in_the_words_the_scoring_uses() -> None:
    for line in (Path(__file__).parents[1] / "data" / "xapi" / "attempt.jsonl").read_text().splitlines():
        if '"kind":"debrief"' in line:
            report = Debrief.from_dict(json.loads(line)["debrief"])
            assert report.below_pass_mark() and below_pass_mark(report) == report.below_pass_mark()


def test_a_scenario_with_a_welsh_translation_is_played_and_debriefed_in_welsh(
        qtbot, welsh: None) -> None:
    import yaml

    from sm_sim.scenario.library import entry_for, load_library
    from sm_sim.scenario.load import guidance_for
    from sm_sim.scenario.translation import sibling, texts
    entries = load_library([], language.spoken())
    entry = entry_for(entries, "cordon_questions")
    assert entry is not None and entry.loaded.scenario is not None
    assert entry.loaded.scenario.language == "cy"
    cy = yaml.safe_load(sibling(entry.path, "cy").read_text())["texts"]
    english = {k: e for k, (_, e) in texts(yaml.safe_load(entry.path.read_text())).items()}
    window = MainWindow(entries, Settings(), SimulatedClockDriver)
    qtbot.addWidget(window)
    cards = {c.entry.loaded.scenario.id: c for c in window.start_screen.cards  # type: ignore[union-attr]
             if c.entry.loaded.scenario is not None}
    assert entry.title == cy["title"] and "yn Saesneg" not in cards["cordon_questions"].facts.text()
    others = [c for sid, c in cards.items() if sid not in ("cordon_questions", "log_off")]
    assert others and all("yn Saesneg" in c.facts.text() for c in others)  # no Welsh yet: said so

    session = window.start_attempt(entry, Mode.PRACTICE, "PC Prawf")
    attempt = window.attempt
    assert attempt is not None
    assert session.clock.run_until(lambda: attempt.compose.decision is not None)
    shown = _texts(attempt)
    decision = attempt.compose.decision
    assert decision is not None and decision.prompt == cy[f"states.{decision.id}.decision.prompt"]
    left = sorted(e for k, e in english.items() if e != cy[k] and len(e) > 12 and e in shown)
    assert left == []  # not one of the scenario's English texts on screen
    play_through(window)
    report = window.debrief.data
    assert report is not None and report.ending.title in cy.values()
    welsh_guidance = yaml.safe_load(sibling(guidance_for(entry.path), "cy").read_text())["texts"]
    cited = [g for d in report.decisions for g in d.guidance]
    assert cited and all(g.title in welsh_guidance.values() for g in cited)


def test_every_backlash_an_ending_can_have_is_said_in_welsh(welsh: None) -> None:
    from itertools import permutations

    from sm_sim.scenario.model import BACKLASH
    from sm_sim.scoring.debrief import EndingSummary
    from sm_sim.ui.kit.language import say
    kinds = [list(p) for n in range(len(BACKLASH) + 1) for p in permutations(BACKLASH, n)]
    outcomes = {EndingSummary("e", "E", backlash=tuple(k)).outcome for k in kinds}  # type: ignore[arg-type]
    assert len(outcomes) == 5 and all(say(o) != o for o in outcomes)


def _core_english() -> set[str]:
    """The English of the core's catalogue (sm_sim.i18n), and each long piece of a template
    between its {names}."""
    from babel.messages.pofile import read_po
    with (I18N / "core_cy.po").open("rb") as file:
        english = {m.id for m in read_po(file) if m.id}
    pieces = {p.strip(" .,:;“”'") for e in english for p in re.split(r"\{\w+\}", e)}
    return english | {p for p in pieces if len(p) > 12}


def test_what_the_core_writes_is_said_in_welsh_in_the_feed_and_the_debrief(qtbot, welsh: None) -> None:
    """A flagged reply, a like the scenario answers, a like refused: the debrief's findings,
    what followed, what was done unprompted and the status line, all in Welsh."""
    from sm_sim.scenario.library import entry_for, load_library
    entries = load_library([], language.spoken())
    entry = entry_for(entries, "cordon_questions")
    assert entry is not None
    window = MainWindow(entries, Settings(), SimulatedClockDriver)
    qtbot.addWidget(window)
    session = window.start_attempt(entry, Mode.PRACTICE, "PC Prawf")
    attempt = window.attempt
    assert attempt is not None
    statuses: list[str] = []
    attempt.acting.status.connect(statuses.append)
    troll = session.run.resolve_post("troll_quote")
    assert session.clock.run_until(lambda: troll in session.run.state.posts)
    assert attempt.acting.do("like", troll) and not attempt.acting.do("like", troll)
    play_through(window, {"late_shift": "own_reply", "mary_question": "own_words"},
                 text="Stupid idiots, get a life you muppets")
    report = window.debrief.data
    assert report is not None and report.reactions  # the like was answered
    shown = [*_texts(window.debrief), *statuses]
    assert any("Sarhaus neu fychanus: " in t for t in shown)  # a finding, its flag in Welsh
    assert any(t.startswith("Fe wnaethoch chi hoffi postiad @") for t in shown)  # done unprompted
    english = _core_english()
    left = sorted({t for t in shown if t in english} | {t for t in shown for e in english
                                                        if len(e) > 12 and e in t})
    assert left == []
