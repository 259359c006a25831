"""The app as a screen reader meets it, over AT-SPI (the Linux accessibility bus Orca uses).

One session for the module: a private X display (Xvfb) and a private session bus
(``dbus-run-session``, which starts the accessibility bus and its registry when asked), the
real app on it (``driver.py``: Qt's xcb platform, ``QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1``, the
built-in library, a clock that skips ahead between decisions and holds still during one),
and ``walker.py`` under the system Python, which reads the tree, presses Tab and calls
controls' actions — nothing a screen reader's user could not do — and writes down what it
met. The tests below judge that record.

Skipped, saying why, only where Xvfb, dbus-run-session, the accessibility bus or PyGObject's
Atspi are missing; ``.ci/run`` installs them and sets ``SM_SIM_SCREEN_READER_TEST=required``,
so there a missing piece fails instead.
"""

from __future__ import annotations

import json
import os
import re
import select
import shutil
import signal
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from itertools import pairwise
from pathlib import Path
from typing import Any

import pytest

HERE = Path(__file__).resolve().parent
SRC = HERE.parents[1] / "src"
WALKER_PYTHON = os.environ.get("SM_SIM_ATSPI_PYTHON", "/usr/bin/python3")
REQUIRED = os.environ.get("SM_SIM_SCREEN_READER_TEST") == "required"
A11Y_BUS = Path("/usr/share/dbus-1/services/org.a11y.Bus.service")  # at-spi2-core
SESSION_S = 240  # the whole walk, start-up to debrief, at most
EXAMPLE = "Questions at the cordon"

Seen = dict[str, Any]


# -- the session -----------------------------------------------------------------------------
def missing() -> str:
    """What this machine lacks for the test ("" when nothing)."""
    for tool in ("Xvfb", "dbus-run-session"):
        if shutil.which(tool) is None:
            return f"{tool} is not installed (packages xvfb, dbus)"
    if not A11Y_BUS.exists():
        return "the accessibility bus is not installed (package at-spi2-core)"
    probe = "import gi; gi.require_version('Atspi', '2.0'); from gi.repository import Atspi"
    try:
        found = subprocess.run([WALKER_PYTHON, "-c", probe], capture_output=True, timeout=60).returncode == 0
    except (OSError, subprocess.TimeoutExpired):
        found = False
    return "" if found else (f"{WALKER_PYTHON} cannot import Atspi 2.0 from PyGObject "
                             "(packages python3-gi, gir1.2-atspi-2.0)")


def stop(process: subprocess.Popen[bytes]) -> None:
    """End ``process`` and everything in its process group, politely and then not."""
    for sig, grace in ((signal.SIGTERM, 5), (signal.SIGKILL, 5)):
        with suppress(ProcessLookupError):  # the group has gone already
            os.killpg(process.pid, sig)
        try:
            process.wait(grace)
            return
        except subprocess.TimeoutExpired:
            continue


@contextmanager
def display() -> Iterator[str]:
    """A private X display; Xvfb picks a free number and writes it down for us."""
    read, write = os.pipe()
    xvfb = subprocess.Popen(["Xvfb", "-displayfd", str(write), "-screen", "0", "1600x1200x24",
                             "-nolisten", "tcp"], pass_fds=(write,), start_new_session=True,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.close(write)
    try:
        number = b""
        while not number.endswith(b"\n"):
            if not select.select([read], [], [], 30)[0]:
                pytest.fail("Xvfb did not start within 30 s")
            chunk = os.read(read, 16)
            if not chunk:
                pytest.fail("Xvfb stopped before it had a display")
            number += chunk
        yield f":{number.decode().strip()}"
    finally:
        os.close(read)
        stop(xvfb)


def app_environment(folder: Path, screen: str) -> dict[str, str]:
    env = {key: value for key, value in os.environ.items()
           if not key.startswith(("DBUS_", "AT_SPI_", "QT_")) and key != "NO_AT_BRIDGE"}
    path = os.pathsep.join(p for p in (str(SRC), os.environ.get("PYTHONPATH", "")) if p)
    env.update(DISPLAY=screen, QT_QPA_PLATFORM="xcb", QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1",
               PYTHONPATH=path, SM_SIM_DATA_DIR=str(folder / "data"),
               SM_SIM_LOG_DIR=str(folder / "logs"),
               PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring")
    return env


@pytest.fixture(scope="module")
def seen(tmp_path_factory: pytest.TempPathFactory) -> Seen:
    lacking = missing()
    if lacking:
        if REQUIRED:
            pytest.fail(f"the screen-reader test must run here, but {lacking}")
        pytest.skip(f"no screen-reader test on this machine: {lacking}")
    folder = tmp_path_factory.mktemp("screen_reader")
    record, log = folder / "seen.json", folder / "session.log"
    with display() as screen, log.open("wb") as output:
        session = subprocess.Popen(
            ["dbus-run-session", "--", WALKER_PYTHON, str(HERE / "walker.py"), str(record), "--",
             sys.executable, str(HERE / "driver.py"), str(folder / "settings")],
            env=app_environment(folder, screen), stdout=output, stderr=subprocess.STDOUT,
            start_new_session=True)
        try:
            session.wait(SESSION_S)
        except subprocess.TimeoutExpired:
            pass  # said below: the record is missing or ends early
        finally:
            stop(session)  # the bus, its accessibility bus and the app with it
    said = log.read_text(errors="replace")[-3000:]
    if not record.exists():
        pytest.fail(f"the walker wrote nothing in {SESSION_S} s; the session said:\n{said}")
    return {**json.loads(record.read_text()), "log": said}


def reached(seen: Seen, phase: str) -> Seen:
    """What the walker met in ``phase``, failing the test if it did not get through it."""
    error = seen.get("error", "")
    assert not error.startswith(phase) and phase in seen, f"{error}\n\n{seen['log']}"
    return seen[phase]


# -- reading order ---------------------------------------------------------------------------
def reads_before(one: Seen, other: Seen) -> bool:
    """Whether ``one`` comes before ``other`` as a page reads: above it, or beside it to
    the left (their boxes side by side: overlapping from top to bottom)."""
    x1, y1, _, h1 = one["extents"]
    x2, y2, _, h2 = other["extents"]
    beside = y1 < y2 + h2 and y2 < y1 + h1
    return x1 < x2 if beside else y1 < y2


def reading_round(stops: list[Seen]) -> list[Seen]:
    """Tab's round of controls from the first in reading order (a page they sit in, such as
    the scrolling page itself, left out)."""
    controls = [s for s in stops if not s["container"]]
    first = min(range(len(controls)), key=lambda i: controls[i]["extents"][1::-1])
    return controls[first:] + controls[:first]


def out_of_order(stops: list[Seen]) -> list[str]:
    """Each step of Tab's round that goes back up the page."""
    round_ = reading_round(stops)
    return [f"{a['role']} {a['name']!r} {a['extents']} → {b['role']} {b['name']!r} {b['extents']}"
            for a, b in pairwise(round_) if not reads_before(a, b)]


def names(nodes: list[Seen]) -> list[str]:
    return [n["name"] for n in nodes]


# -- the start screen ------------------------------------------------------------------------
def test_the_window_says_its_name_once(seen: Seen) -> None:
    window = reached(seen, "start_screen")["window"]
    assert window["role"] == "frame" and window["name"] == "sm-sim training — Chirrup"


def test_every_control_on_the_start_screen_has_a_name_and_its_role(seen: Seen) -> None:
    start = reached(seen, "start_screen")
    controls = {(c["role"], c["name"]) for c in start["controls"]}
    assert [c for c in start["controls"] if not c["name"].strip()] == []
    assert {("filler", "Start screen"), ("push button", "Start the scenario"),
            ("push button", "Appearance: theme, text size and motion"), ("push button", "Scenarios"),
            ("push button", "Results: every attempt on this computer"),
            ("push button", "Learning Record Store…"), ("text", "Your name"),
            ("radio button", "Practice"), ("radio button", "Assessment")} <= controls
    combo = next(c for c in start["controls"] if c["role"] == "combo box")
    assert combo["name"] == "As written" and combo["labelled_by"] == ["Time limits"]


def test_the_scenarios_are_a_named_group_of_choices(seen: Seen) -> None:
    from sm_sim.scenario.library import load_library
    titles = sorted(e.title for e in load_library([]) if e.ok)
    library = next(g for g in reached(seen, "start_screen")["groups"] if g["name"] == "Choose a scenario")
    cards = [c for c in library["holds"] if c["role"] == "check box"]
    assert sorted(c["name"].split(", ")[0] for c in cards) == sorted(t.split(", ")[0] for t in titles)
    assert all(re.search(r", \d+ min · (Beginner|Intermediate|Advanced)", c["name"]) for c in cards)
    assert all(c["description"] and {"Toggle", "Press"} <= set(c["actions"]) for c in cards)


def test_start_waits_for_a_name_typed_and_a_scenario_chosen_by_at_spi(seen: Seen) -> None:
    start = reached(seen, "start_screen")
    assert "enabled" not in start["start_before_name"]["states"]
    assert start["name_typed"] == "PC Sam Okafor"
    assert start["card"]["name"].startswith(EXAMPLE) and "checked" in start["card"]["states"]
    assert "enabled" in start["start"]["states"] and "Press" in start["start"]["actions"]


def test_tab_on_the_start_screen_follows_the_reading_order(seen: Seen) -> None:
    stops = reached(seen, "start_screen")["tab_round"]
    assert [s["name"] for s in stops if not s["name"]] == []
    assert out_of_order(stops) == []
    controls = reading_round(stops)
    assert names(controls)[:4] == ["Appearance: theme, text size and motion", "Scenarios",
                                   "Results: every attempt on this computer", "Learning Record Store…"]
    assert [(s["role"], s["name"]) for s in controls][4:7] == [
        ("text", "Your name"), ("text", "Classroom join code"),
        ("push button", "Join the classroom session")]
    assert [s["role"] for s in controls][7:] == ["check box", "radio button", "combo box",
                                                "push button"]


# -- the live feed ---------------------------------------------------------------------------
def test_starting_by_the_press_action_puts_the_reader_in_the_feed(seen: Seen) -> None:
    focused = reached(seen, "attempt")["focused"]
    assert focused is not None and (focused["role"], focused["name"]) == ("list", "Home timeline")


def test_a_post_is_spoken_with_who_when_what_and_its_counts(seen: Seen) -> None:
    posts = names(reached(seen, "attempt")["posts"])
    assert posts and all(posts)
    mary = r"^Mary Quinn, @MaryOnMillRd, 17 seconds ago, replying to @EastbridgePolice: "
    said = next((p for p in posts if re.match(mary, p)), None)
    assert said is not None, posts
    assert said.endswith(" Nobody is telling us anything. 0 replies, 0 reposts, 21 likes, 831 views.")
    assert [p for p in posts if ".." in p] == []
    force = next(p for p in posts if p.startswith("Eastbridge Police"))
    assert force.startswith("Eastbridge Police, verified, @EastbridgePolice, 25 seconds ago: ")
    assert "With a picture." in force


def test_the_clock_countdown_and_gauges_say_their_values(seen: Seen) -> None:
    attempt = reached(seen, "attempt")
    labels = names(attempt["labels"])
    assert "Time into the scenario: 25 seconds" in labels
    assert "Time left to decide: 1 minute 30 seconds" in labels
    assert "Public trust: medium, 47 out of 100" in names(attempt["named"])
    assert "Internal risk: low, 0 out of 100" in names(attempt["named"])


def test_tab_in_an_attempt_goes_bar_rail_feed_decision_side_tabs(seen: Seen) -> None:
    stops = reached(seen, "attempt")["tab_round"]
    order = names(stops)
    start = order.index("Pause")
    order = order[start:] + order[:start]
    expected = [r"Pause", r"Speed 1 times", r"Home", r"Write a post", r"Home timeline", r"Your move",
                r"Option 1: .*", r"Option 2: .*", r"Option 3: .*", r"Option 4: .*", r"Work inbox"]
    assert len(order) == len(expected) and all(map(re.fullmatch, expected, order)), order


# -- playing by actions ----------------------------------------------------------------------
def test_every_decision_is_played_by_at_spi_actions_alone(seen: Seen) -> None:
    decisions = reached(seen, "play")["decisions"]
    assert len(decisions) >= 2
    first, second = decisions[0], decisions[1]
    assert first["chosen"]["name"] == "Option 2: Tell her what the team has heard on the radio"
    assert "checked" in first["chosen"]["states"]  # by its Toggle action, with no click
    assert first["send"]["name"] == "Reply: send your choice"  # the words on it, then what it does
    assert second["options"] != first["options"]  # sent: the app moved on
    assert second["clock"][0]["name"] == "Time into the scenario: 45 seconds"
    assert second["countdown"][0]["name"] == "Time left to decide: 1 minute"
    reached(seen, "debrief")


def test_changes_are_announced_without_taking_the_focus(seen: Seen) -> None:
    """After a reply that gives details away: the gauges, the sergeant's urgent message (which
    interrupts), the news and the next decision are all said, and the focus stays in the feed,
    where the app puts it once Send has gone."""
    after = reached(seen, "play")["decisions"][0]["after"]
    said = {e["announced"]: e["politeness"] for e in after if "announced" in e}
    assert said.get("Public trust down 5 to 42: medium") == 1  # polite
    assert said.get("Internal risk up 45 to 45: medium") == 1
    assert said.get("New work message from Sgt Ayo Bello, urgent: Your reply on Mill Road — take it "
                    "down now") == 2  # assertive
    assert said.get("News from Eastbridge Gazette: Police account posts stabbing victim's street and "
                    "suspect details") == 1
    assert "Your move: Your sergeant wants the reply down. What do you do? 1 minute to decide." in said
    focus = [i for i, e in enumerate(after) if "focus" in e]
    assert [after[i]["focus"]["name"] for i in focus] == ["Home timeline"]
    first_said = next(i for i, e in enumerate(after) if "announced" in e)
    inbox = next(i for i, e in enumerate(after) if e.get("announced", "").startswith("New work"))
    assert first_said < focus[0] < inbox  # the focus moved as Send went, not as news came


# -- the debrief -----------------------------------------------------------------------------
def test_the_debrief_takes_the_focus_and_says_the_outcome(seen: Seen) -> None:
    focused = reached(seen, "debrief")["focused"]
    assert focused is not None and (focused["role"], focused["name"]) == ("filler", "Debrief")
    assert re.fullmatch(r"[^:]+: .+\. Score \d+ out of 100, pass mark 60, (passed|not passed)\.",
                        focused["description"])


def test_the_debriefs_headings_score_and_cards_are_named(seen: Seen) -> None:
    debrief = reached(seen, "debrief")
    labels, named = names(debrief["labels"]), names(debrief["named"])
    assert {"Competencies", "What you did, and what it caused", "Keep a record"} <= set(labels)
    assert any(re.fullmatch(r"Score \d+ / 100 · pass mark 60 · Not passed", n) for n in labels)
    assert any(re.fullmatch(r"Score \d+ out of 100, pass mark 60, not passed", n) for n in named)
    assert any(n.startswith("Competency scores: ") for n in named)
    assert any(re.fullmatch(r"Decision 1, \d+ seconds in: (a strong choice|partly right|a poor "
                            r"choice)", n) for n in labels)
    assert [n for n in labels + named if "●" in n] == []  # no "black circle" read out
    assert {"Back to scenarios", "Try again"} <= set(named)


def test_tab_on_the_debrief_follows_the_reading_order(seen: Seen) -> None:
    stops = reached(seen, "debrief")["tab_round"]
    assert [s for s in stops if not s["name"]] == []
    assert out_of_order(stops) == []
    assert names(stops)[-2:] == ["Back to scenarios", "Try again"]
