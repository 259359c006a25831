"""Screenshots of a classroom session for docs/classroom.md: the trainer's console and the
class debrief with twenty headless recruits in a room, in every state a console shows, through
a real LRS on loopback (Learning Locker's services, as the tests run them; needs Node.js).

    xvfb-run -a -s "-screen 0 2600x1500x24" python docs/screenshots/take_classroom_shots.py
    xvfb-run -a -s "-screen 0 2600x1500x24" python docs/screenshots/take_classroom_shots.py \
        --out /tmp/shots --theme contrast --text-scale 2 --size 1366x768

Recruits are headless laptops (records/recruit.py) on threads: two have joined and not
started, five have finished, the rest are held at a decision; two of those play on a clock
five minutes slow (so the console sees them stuck past a time limit) and two a little over
two minutes slow (gone quiet). Then a whole day's session (``console_day``, ``debrief_day``):
six recruits on a day of three scenarios, some through it, some between two, some playing on
(``--day``, in a room of its own).
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import tempfile
import threading
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field, replace
from datetime import timedelta
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))  # the tests' loopback LRS

from PySide6.QtCore import QCoreApplication, QSettings  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QWidget  # noqa: E402
from tests.records.lrs_loopback import LoopbackSchoolLrs, running_school  # noqa: E402

from sm_sim.engine.play import Choice, automatic  # noqa: E402
from sm_sim.engine.run import ScenarioRun  # noqa: E402
from sm_sim.records import DATA_DIR_ENV, LrsError, Outbox, trainee_for  # noqa: E402
from sm_sim.records.classroom import Inject, SessionChannel, SessionDoc  # noqa: E402
from sm_sim.records.recruit import Recruit  # noqa: E402
from sm_sim.records.times import iso, utc_now  # noqa: E402
from sm_sim.scenario.library import course_of, entry_for, load_library  # noqa: E402
from sm_sim.scenario.model import Decision  # noqa: E402
from sm_sim.ui.app import make_application  # noqa: E402
from sm_sim.ui.console.inject import InjectDialog  # noqa: E402
from sm_sim.ui.console.newsession import NewSessionDialog  # noqa: E402
from sm_sim.ui.console.window import ConsoleWindow  # noqa: E402
from sm_sim.ui.kit import appearance, language  # noqa: E402
from sm_sim.ui.kit.appearance import Appearance  # noqa: E402
from sm_sim.ui.kit.settings import LrsConfig  # noqa: E402
from sm_sim.ui.session.clock import ManualHeartbeat  # noqa: E402

OUT = HERE / "classroom"
LOOK = Appearance("light")
SPEAK = ["en"]  # the language the console speaks (--language)
SIZES = ((1024, 600), (1366, 768), (1920, 1080))
CODE = "K7M2QX"
NAMES = ["PC Aisha Rahman", "PC Tom Whitfield", "PCSO Megan Lloyd", "PC Daniel Kowalski",
         "PC Grace Adeyemi", "PC Sam Okafor", "PC Priya Nair", "PCSO Liam Byrne",
         "PC Hannah Clarke", "PC Marcus Bell", "PC Chloe Evans", "PC Ravi Sharma",
         "PCSO Ellie Walsh", "PC Josh Turner", "PC Fatima Hussain", "PC Owen Price",
         "PC Zoe Mitchell", "PCSO Callum Reid", "PC Amira Haddad", "PC Ben Foster"]
WRITTEN = ["So sorry Mary, it was a 19 year old lad stabbed outside number 42 Mill Road. "
           "Stay safe x",
           "Ring me on 07712 345678 and I'll tell you what I know",
           "We can't say much yet. If you're worried, please call 101.",
           "Bloody hell Mary, it's chaos down here, keep your doors shut"]


@dataclass
class Plan:
    hold_at: int = 0  # the decision (1, 2 …) the laptop stops at; 0: none, it plays to the end
    join_only: bool = False
    slow: float = 0.0  # seconds this laptop's clock is behind
    how: str = "best"
    written: str | None = None
    released: threading.Event = field(default_factory=threading.Event)


def plans() -> list[Plan]:
    made = [Plan(join_only=True) for _ in range(2)]
    made += [Plan(how=h, written=w) for h, w in (("best", WRITTEN[2]), ("worst", WRITTEN[0]),
                                                 ("random", None), ("best", None),
                                                 ("worst", WRITTEN[1]))]
    held = ((1, None), (1, None), (1, None), (2, 0), (2, 1), (2, 2), (3, 2), (3, None), (2, None))
    made += [Plan(hold_at=at, written=None if w is None else WRITTEN[w]) for at, w in held]
    made += [Plan(hold_at=1, slow=300) for _ in range(2)]  # stuck past the first time limit
    made += [Plan(hold_at=2, slow=130) for _ in range(2)]  # quiet at the second decision
    random.Random(7).shuffle(made)
    return made


def settle(ms: int = 120) -> None:
    QTest.qWait(ms)


def save(widget: QWidget, name: str) -> None:
    settle(250)
    OUT.mkdir(parents=True, exist_ok=True)
    path = OUT / f"{name}.png"
    if not widget.grab().save(str(path)):
        raise SystemExit(f"could not save {path}")
    print(f"saved {path}")


def until_settled(console: ConsoleWindow, laptops: list[Future[None]], what: str,
                  settled: Callable[[list[str], int], bool]) -> None:
    """Poll the console until ``settled(statuses, seats with a decision open)``, up to 90 s;
    if it never is, say so and what each laptop that failed raised."""
    for _ in range(600):
        console.watch.heartbeat.beat.emit()
        settle(150)
        seats = list(console.watch.room.seats.values())
        if settled([s.status(iso(utc_now())) for s in seats], sum(bool(s.decision) for s in seats)):
            return
    print(f"{what} never settled:", console.header.counts.text(), file=sys.stderr)
    for n, done in enumerate(laptops):
        if done.done() and done.exception():
            print(f"laptop {n}: {done.exception()!r}", file=sys.stderr)


def chooser(plan: Plan, seed: int) -> Callable[[ScenarioRun, Decision], Choice]:
    pick = automatic(plan.how, seed)
    asked = 0

    def choose(run: ScenarioRun, decision: Decision) -> Choice:
        nonlocal asked
        asked += 1
        if asked == plan.hold_at:
            plan.released.wait(600)
        free = next((o for o in decision.options if o.free_text), None)
        if plan.written and free is not None and decision.id == "incident":
            return Choice(free.id, plan.written, "high")
        return pick(run, decision)
    return choose


def main() -> int:
    global OUT, SIZES, LOOK
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--theme", choices=["light", "dark", "contrast"], default="light")
    parser.add_argument("--text-scale", type=float, default=1.0)
    parser.add_argument("--size", help="one window size, WIDTHxHEIGHT (default: all three)")
    parser.add_argument("--language", choices=["en", "cy"], default="en")
    parser.add_argument("--day", action="store_true",
                        help="only the whole day's session (console_day, debrief_day)")
    args = parser.parse_args()
    OUT, LOOK = args.out, Appearance(args.theme, args.text_scale)
    SPEAK[0] = args.language
    if args.size:
        SIZES = (tuple(int(n) for n in args.size.split("x")),)  # type: ignore[assignment]
    with tempfile.TemporaryDirectory() as folder:
        tmp = Path(folder)
        os.environ[DATA_DIR_ENV] = str(tmp / "data")
        with running_school(tmp) as school:
            return shoot_day(school, tmp) if args.day else shoot(school, tmp)


def shoot(school: LoopbackSchoolLrs, tmp: Path) -> int:
    app = make_application()
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp))
    QCoreApplication.setOrganizationName("sm-sim-screenshots")
    appearance.apply(app, LOOK)
    language.install(SPEAK[0])
    entries = load_library([], language.spoken())
    entry = entry_for(entries, "cordon_questions")
    assert entry is not None and entry.loaded.scenario and entry.loaded.guidance
    scenario, guidance = entry.loaded.scenario, entry.loaded.guidance
    channel = SessionChannel(school.client())
    channel.create(SessionDoc(CODE, (scenario.id,), "practice", trainer="Sgt Rowe"))
    laid_out = plans()

    def laptop(n: int) -> None:
        plan = laid_out[n]
        shift = timedelta(seconds=plan.slow)
        recruit = Recruit(school.client(), CODE, trainee_for(NAMES[n], f"acct-{n}"),
                          Outbox(tmp / f"outbox-{n}"), root=tmp / f"data-{n}",
                          now=lambda: utc_now() - shift, poll_every=0.5)
        recruit.join()
        if not plan.join_only:
            recruit.play(recruit.begin(scenario, guidance, seed=n), chooser(plan, n))

    config = LrsConfig(school.endpoint, school.gate.user, school.gate.password)
    console = ConsoleWindow(CODE, config, entries=entries, heartbeat=ManualHeartbeat)
    console.show()
    with ThreadPoolExecutor(len(NAMES)) as pool:
        laptops = [pool.submit(laptop, n) for n in range(len(NAMES))]
        want = {"finished": 5, "waiting": 2, "stuck": 2, "idle": 2}
        until_settled(console, laptops, "the room", lambda statuses, answered: len(statuses) == len(NAMES)
                      and all(statuses.count(k) == v for k, v in want.items()) and answered == 13)
        channel.change(CODE, lambda d: replace(d, injects=(Inject(
            "press", iso(utc_now()), "Press Office", "The Echo is calling",
            "Say nothing yet; refer them to us."),)))
        console.watch.heartbeat.beat.emit()
        settle(600)
        flagged = next(n for n, s in enumerate(console.model.rows) if s.flags)
        console.table.selectRow(flagged)
        console.replies.list.setCurrentIndex(console.replies.model.index(0))
        for width, height in SIZES:
            console.resize(width, height)
            save(console, f"console_{width}x{height}")
        ticked = [r for s in console.model.rows for r in s.replies if r.flags][:2]
        for reply in ticked:
            console.shown.add((reply.account, reply.decision, reply.when, reply.text))
        debrief = console.open_debrief()
        for width, height in SIZES:
            debrief.resize(width, height)
            save(debrief, f"debrief_{width}x{height}")
        debrief.close()
        dialog = InjectDialog("Sgt Rowe", console)
        dialog.subject_field.setText("The Echo is calling")
        dialog.message_field.setPlainText("A reporter from the Echo is asking about the cordon. "
                                          "Say nothing yet; refer them to the press office.")
        dialog.show()
        save(dialog, "inject")
        dialog.close()
        new = NewSessionDialog(entries, "Sgt Rowe", console)
        new.scenario.setCurrentIndex(0)  # the whole day
        new.show()
        save(new, "new_session")
        new.close()
        console.resize(1366, 768)
        console.watch._on_poll_failed(LrsError(f"cannot reach the LRS at {school.endpoint}",
                                               "unreachable"))
        save(console, "console_offline")
        for plan in laid_out:
            plan.released.set()
    console.close()
    settle()
    del app
    return 0


DAY_CODE = "DAY234"


def shoot_day(school: LoopbackSchoolLrs, tmp: Path) -> int:
    """Six recruits on the first three scenarios of the course: two through all three, two
    between the first and the second, two held at the second's first decision."""
    app = make_application()
    appearance.apply(app, LOOK)
    language.install(SPEAK[0])
    entries = load_library([], language.spoken())
    course = course_of(entries)
    assert course is not None
    day = course.scenario_ids()[:3]
    found = [entry_for(entries, sid) for sid in day]
    play = {e.loaded.scenario.id: (e.loaded.scenario, e.loaded.guidance) for e in found
            if e is not None and e.loaded.scenario and e.loaded.guidance}
    SessionChannel(school.client()).create(SessionDoc(DAY_CODE, day, "practice",
                                                      "Initial course, day 1", "Sgt Rowe"))
    released = threading.Event()

    def laptop(n: int) -> None:
        recruit = Recruit(school.client(), DAY_CODE, trainee_for(NAMES[n], f"day-{n}"),
                          Outbox(tmp / f"day-outbox-{n}"), root=tmp / f"day-data-{n}",
                          poll_every=0.5)
        recruit.join()
        if n < 2:
            recruit.play_all(play.get, lambda run: automatic("best", run.seed), seed=n)
            return
        recruit.play(recruit.begin(*play[day[0]], seed=n), automatic(("best", "worst")[n % 2], n))
        if n >= 4:
            pick = automatic("best", n)

            def wait_first(run: ScenarioRun, decision: Decision) -> Choice:
                released.wait(600)
                return pick(run, decision)
            recruit.play(recruit.begin(*play[day[1]], seed=n), wait_first)

    config = LrsConfig(school.endpoint, school.gate.user, school.gate.password)
    console = ConsoleWindow(DAY_CODE, config, entries=entries, heartbeat=ManualHeartbeat)
    console.show()
    with ThreadPoolExecutor(6) as pool:
        laptops = [pool.submit(laptop, n) for n in range(6)]
        until_settled(console, laptops, "the day", lambda statuses, answered: sorted(statuses)
                      == ["between"] * 2 + ["finished"] * 2 + ["playing"] * 2 and answered == 2)
        console.resize(1366, 768)
        save(console, "console_day")
        debrief = console.open_debrief()
        debrief.resize(1366, 768)
        save(debrief, "debrief_day")
        debrief.close()
        released.set()
    console.close()
    settle()
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
