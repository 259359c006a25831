"""The console and the class debrief for a session that plays a course's day, on a real LRS on
loopback: the room says which scenario each recruit is on and who is between two, and the
projector shows one scenario's answers at a time, the trainer choosing which."""

from __future__ import annotations

from pathlib import Path

from sm_sim.engine.play import automatic
from sm_sim.records import Outbox, trainee_for
from sm_sim.records.classroom import SessionChannel, SessionDoc, new_code
from sm_sim.records.recruit import Recruit
from sm_sim.scenario.library import Entry, entry_for
from sm_sim.ui.console.model import STATUS_COLUMN, WHERE

from ..records.lrs_loopback import LoopbackSchoolLrs
from .test_console import column, look, open_console

DAY = ("cordon_questions", "log_off")


def test_the_console_and_its_debrief_follow_each_scenario_of_the_day(
        qtbot, school_lrs: LoopbackSchoolLrs, library: list[Entry], tmp_path: Path) -> None:
    found = {sid: entry_for(library, sid) for sid in DAY}
    play = {sid: (e.loaded.scenario, e.loaded.guidance) for sid, e in found.items()
            if e is not None and e.loaded.scenario and e.loaded.guidance}
    assert list(play) == list(DAY)
    code = SessionChannel(school_lrs.client()).create(SessionDoc(new_code(), DAY)).code
    console = open_console(qtbot, school_lrs, code, library)
    whole, half = (Recruit(school_lrs.client(), code, trainee_for(name), Outbox(tmp_path / name),
                           root=tmp_path / f"data-{name}") for name in ("PC Whole", "PC Half"))
    whole.join()
    whole.play_all(play.get, lambda run: automatic("best", run.seed), seed=1)
    half.join()
    half.play(half.begin(*play["cordon_questions"], seed=2), automatic("worst", 2))

    look(qtbot, console, lambda: sorted(column(console, STATUS_COLUMN)) == [
        "Between scenarios", "Finished"])
    cordon, log_off = (play[sid][0] for sid in DAY)
    where = dict(zip(column(console, STATUS_COLUMN), column(console, WHERE), strict=True))
    assert where["Finished"].startswith(f"2/2 {log_off.title}: Ending: ")
    assert where["Between scenarios"].startswith(f"1/2 {cordon.title}: Ending: ")
    assert console.header.title.text().startswith(f"2 scenarios: {cordon.title}, {log_off.title}")
    assert console.header.counts.text() == "2 joined · 1 between scenarios · 1 finished"

    debrief = console.open_debrief()
    assert debrief.which.isVisibleTo(debrief) and debrief.which.count() == 2
    assert debrief.showing() == "cordon_questions"  # as many on each: the first
    assert debrief.debrief is not None and debrief.summary.text().startswith("2 joined · 2 finished")
    assert {t.decision for t in debrief.debrief.decisions} <= {d.id for d in cordon.decisions()}
    debrief.which.setCurrentIndex(1)
    assert debrief.showing() == "log_off" and debrief.title.text().endswith(log_off.title)
    assert debrief.summary.text().startswith("2 joined · 1 finished")
    assert debrief.debrief.decisions and {t.decision for t in debrief.debrief.decisions} <= {
        d.id for d in log_off.decisions()}
    assert debrief.debrief.decisions[0].prompt in {d.prompt for d in log_off.decisions()}
    console.close()
