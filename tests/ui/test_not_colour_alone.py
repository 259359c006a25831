"""Nothing is told by colour alone (WCAG 1.4.1): where a colour means something — a gauge
in the red, a good or a backlash ending, a decision well or badly taken, an urgent message, a
competency under the pass mark — a word or a mark says it too."""

from __future__ import annotations

import pytest

from sm_sim.engine import events as ev
from sm_sim.scoring.debrief import EndingSummary
from sm_sim.ui.attempt.inbox import when_text
from sm_sim.ui.attempt.side_widgets import Gauge
from sm_sim.ui.debrief.charts import CompetencyChart
from sm_sim.ui.debrief.decision_card import DECISION_WORDS, REACTION_WORDS
from sm_sim.ui.main_window import MainWindow
from sm_sim.ui.session.attempt import Mode

from .helpers import play_through


@pytest.mark.parametrize(("good_high", "value", "word"), [
    (True, 80, "high"), (True, 45, "medium"), (True, 20, "low"),  # public trust
    (False, 20, "low"), (False, 55, "medium"), (False, 80, "high"),  # internal risk
])
def test_a_gauge_says_its_level_beside_its_colour(qtbot, good_high: bool, value: float,
                                                  word: str) -> None:
    gauge = Gauge("Public trust" if good_high else "Internal risk", good_high, 50)
    qtbot.addWidget(gauge)
    gauge.set_value(value)
    assert gauge.reading().startswith(word)
    assert ("▲" if value > 50 else "▼") in gauge.reading()
    assert word in gauge.accessibleName()


def test_an_ending_says_its_kind() -> None:
    assert EndingSummary("e", "t").outcome == "Good outcome"
    assert EndingSummary("e", "t", backlash=("public",)).outcome == "Public backlash"
    assert EndingSummary("e", "t", backlash=("internal",)).outcome == "Internal backlash"
    assert EndingSummary("e", "t", backlash=("public", "internal")).outcome == \
        "Public and internal backlash"


def test_urgent_messages_are_named_in_the_inbox_row() -> None:
    def message(urgency: str) -> ev.InternalMessageReceived:
        return ev.InternalMessageReceived(28.0, "m", "sgt", "Sgt Bello", "supervisor", "Down",
                                          "Take it down", urgency)
    assert when_text(message("urgent")) == "Urgent · 00:28"
    assert when_text(message("high")) == "High · 00:28"
    assert when_text(message("normal")) == "00:28"


def test_a_competency_under_the_pass_mark_is_marked() -> None:
    assert CompetencyChart.score_text(60, 60) == "60 ✓"
    assert CompetencyChart.score_text(59, 60) == "59 ✗"


def test_the_debrief_says_the_outcome_and_each_decision_s_verdict(qtbot, window: MainWindow,
                                                                 example) -> None:
    window.start_attempt(example, Mode.PRACTICE, "PC Keys")
    play_through(window)
    report = window.debrief.data
    assert report is not None
    assert window.debrief.outcome.text().endswith(report.ending.outcome)
    metas = [label.text() for label in window.debrief.findChildren(type(window.debrief.outcome))
             if label.objectName() == "cardMeta"]
    assert len(metas) == len(report.decisions) + len(report.reactions) > 0
    verdicts = (*DECISION_WORDS.values(), *REACTION_WORDS.values())
    assert all(any(word in meta for word in verdicts) for meta in metas), metas
