"""GUI test fixtures: offscreen Qt, settings in a temporary folder, the real example
scenario, a window driven by the simulated clock, and a check that nothing is left behind."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Callable, Iterator
from pathlib import Path

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.backends.fail import Keyring as FailKeyring
from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QApplication

from sm_sim.scenario import builtin_scenarios_dir
from sm_sim.scenario.library import Entry, load_library
from sm_sim.ui.console import newsession
from sm_sim.ui.console.inject import InjectDialog
from sm_sim.ui.dialogs import questions
from sm_sim.ui.kit import appearance
from sm_sim.ui.kit.appearance import Appearance
from sm_sim.ui.kit.background import wait_for_background
from sm_sim.ui.kit.settings import Settings
from sm_sim.ui.main_window import MainWindow
from sm_sim.ui.session import clock as clock_module
from sm_sim.ui.session.clock import SimulatedClockDriver

from ..lrs_fixture import auth_gate, lms, lrs, lrs_program, school_lrs  # noqa: F401 - the loopback LRS fixtures

EXAMPLE = "cordon_questions"


@pytest.fixture(autouse=True)
def isolated_settings(tmp_path: Path, qapp: QApplication) -> Iterator[None]:
    """QSettings in a temporary folder, so tests never see a real trainee's settings; and the
    default appearance (light, 100% text, motion on) whatever the last test chose."""
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path))
    QCoreApplication.setOrganizationName("sm-sim-tests")
    QCoreApplication.setApplicationName("sm-sim-tests")
    appearance.apply(qapp, Appearance("light"))
    yield


class MemoryKeyring(KeyringBackend):
    """A system keyring that lives in the test's memory."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.kept: dict[tuple[str, str], str] = {}

    def set_password(self, service: str, username: str, password: str) -> None:
        self.kept[service, username] = password

    def get_password(self, service: str, username: str) -> str | None:
        return self.kept.get((service, username))

    def delete_password(self, service: str, username: str) -> None:
        self.kept.pop((service, username), None)


@pytest.fixture(autouse=True)
def no_system_keyring() -> Iterator[None]:
    """No test reads or writes the real keyring of the machine it runs on: by default there
    is none (as on a bare Linux machine); ``memory_keyring`` gives a test one."""
    before = keyring.get_keyring()
    keyring.set_keyring(FailKeyring())
    yield
    keyring.set_keyring(before)


@pytest.fixture
def memory_keyring() -> MemoryKeyring:
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    return backend


@pytest.fixture(autouse=True)
def nothing_left_behind(qapp: QApplication) -> Iterator[None]:
    """Fail a test that leaves a window open or a clock timer running (set up before qtbot,
    so this runs after qtbot has closed the widgets it was given)."""
    before = {id(w) for w in qapp.topLevelWidgets() if w.isVisible()}
    running = clock_module.TimerClockDriver.running
    beating = clock_module.TimerHeartbeat.running
    yield
    assert wait_for_background(), "background work was still running"
    left = [w for w in qapp.topLevelWidgets() if w.isVisible() and id(w) not in before]
    for widget in left:
        widget.close()
    assert not left, f"windows left open: {[type(w).__name__ for w in left]}"
    assert clock_module.TimerClockDriver.running == running, "a clock timer was left running"
    assert clock_module.TimerHeartbeat.running == beating, "a heartbeat was left beating"


@pytest.fixture(autouse=True)
def no_modal_dialogs(monkeypatch: pytest.MonkeyPatch) -> None:
    """No modal loop runs in a test: every question answers itself (leave, keeping the
    attempt; do not resume; cancel any export, LRS settings, new session or inject)."""
    monkeypatch.setattr(questions, "ask_leave", lambda parent: questions.Leave.KEEP)
    monkeypatch.setattr(questions, "ask_resume", lambda parent, unfinished: None)
    monkeypatch.setattr(questions, "edit_lrs", lambda parent, config, path: None)
    monkeypatch.setattr(questions.ExportDialog, "ask", staticmethod(lambda parent, request: None))
    monkeypatch.setattr(questions, "show_error", lambda parent, summary, path: None)
    monkeypatch.setattr(questions, "show_shortcuts", lambda parent, text: None)
    monkeypatch.setattr(questions, "ask_open_scenario", lambda parent: None)
    monkeypatch.setattr(questions, "ask_new_scenario", lambda parent: None)
    monkeypatch.setattr(newsession, "ask_new_session", lambda parent, entries, trainer: None)
    monkeypatch.setattr(InjectDialog, "ask", staticmethod(lambda parent, sender: None))


@pytest.fixture(scope="session")
def library() -> list[Entry]:
    return load_library([])


@pytest.fixture
def example(library: list[Entry]) -> Entry:
    entry = next(e for e in library if e.loaded.scenario and e.loaded.scenario.id == EXAMPLE)
    assert entry.ok, entry.problem()
    return entry


@pytest.fixture
def window(qtbot, library: list[Entry]) -> MainWindow:
    """The real main window with a simulated clock: time moves only when a test steps it."""
    main = MainWindow(library, Settings(), SimulatedClockDriver)
    qtbot.addWidget(main)
    main.resize(1400, 900)
    main.show()
    qtbot.waitExposed(main)
    return main


@pytest.fixture
def scenarios_dir() -> Path:
    return builtin_scenarios_dir()


# -- records: attempts played headless into the data folder --------------------------------------
@pytest.fixture
def journalled(example: Entry) -> Callable[..., Path]:
    """Play the example headless into the data folder's attempts, as the app records it."""
    from sm_sim.engine import ScenarioRun, automatic, play
    from sm_sim.records import AttemptJournal, trainee_for

    def make(trainee: str = "PC Jo Bloggs", how: str = "best", mode: str = "practice",
             finish: bool = True, session: str | None = None, chooser=None) -> Path:  # type: ignore[no-untyped-def]
        loaded = example.loaded
        assert loaded.scenario is not None and loaded.guidance is not None
        run = ScenarioRun(loaded.scenario)
        journal = AttemptJournal.begin(run, loaded.guidance, trainee_for(trainee), mode=mode,
                                       session=session)
        if finish:
            play(loaded.scenario, chooser or automatic(how, run.seed), run=run)
        else:  # stopped part-way, as after a crash: the first decision answered
            run.start()
            run.advance(30.0)
            decision = run.open_decision
            assert decision is not None
            run.act(next(o.id for o in decision.options if not o.free_text))
            run.advance(run.now + 5.0)
        journal.close()
        return journal.path

    return make
