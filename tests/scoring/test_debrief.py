"""The debrief: deterministic, cites the guidance, calls out confident wrong choices."""

from __future__ import annotations

import io
import json

from sm_sim.cli import main
from sm_sim.engine import automatic, play, scripted
from sm_sim.engine.result import debrief, result
from sm_sim.scoring.debrief import CONFIDENT_WRONG

from ..conftest import EXAMPLE


def test_same_inputs_same_debrief(example):
    first = debrief(play(example.scenario, scripted(["give_details@high", "carry_on"])), example.guidance)
    second = debrief(play(example.scenario, scripted(["give_details@high", "carry_on"])), example.guidance)
    assert first.to_dict() == second.to_dict()


def test_decisions_carry_citations_and_exemplars(example):
    report = debrief(play(example.scenario, scripted(["give_details@high", "carry_on"])),
                     example.guidance).to_dict()
    first = report["decisions"][0]
    assert first["label"] == "Tell her what the team has heard on the radio"
    assert first["consequence"].startswith("The victim's age and address")
    cited = {g["id"]: g for g in first["guidance"]}
    assert set(cited) == {"cordon_rule", "personal_information_risks", "ongoing_cases"}
    assert "Standard 7" in cited["cordon_rule"]["citation"]
    assert cited["cordon_rule"]["citation"].startswith("Code of Ethics")
    assert first["exemplar"].startswith("Officers are at the scene")
    assert first["calibration"] == CONFIDENT_WRONG and "confident" in first["calibration_note"]
    assert report["calibration"][CONFIDENT_WRONG] == 1
    assert report["passed"] is False and report["ending"]["can_pass"] is False


def test_best_choice_has_no_exemplar_and_is_calibrated(example):
    report = debrief(play(example.scenario, scripted(["reassure@high", "report_and_escalate@medium",
                                                      "decline_politely@low"])), example.guidance)
    entries = report.to_dict()["decisions"]
    assert entries[0]["exemplar"] == "" and entries[0]["calibration"] == "calibrated"
    assert entries[2]["calibration"] == "underconfident"


def test_free_text_rubric_and_findings_reach_the_debrief(example):
    text = "Sorry you're worried Mary. Officers are at the scene. Call 101 if you saw anything."
    run = play(example.scenario, scripted([f'free:"{text}"', "1", "1"]))
    entry = debrief(run, example.guidance).to_dict()["decisions"][0]
    assert entry["text"] == text
    assert {c["id"] for c in entry["rubric"] if c["ok"]} >= {"acknowledge", "signpost", "speculate"}
    assert entry["flags"] == ["signposting"]
    assert entry["points"]["public_engagement"] >= 7  # acknowledge + signpost (+ tone)


def test_leaking_reply_is_explained(example):
    run = play(example.scenario, scripted(['free:"His mum lives at 14 Mill Road, ring 07700 900123"',
                                           "delete_and_correct"]))
    entry = debrief(run, example.guidance).to_dict()["decisions"][0]
    assert entry["goto"] == "leak_fallout"
    assert any("07700 900123" in f for f in entry["findings"])


def test_play_json_carries_the_debrief(capsys):
    assert main(["play", str(EXAMPLE), "--auto", "best", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert {"scenario", "ending", "score", "competencies", "passed", "events", "debrief"} <= set(data)
    assert 0 <= data["score"] <= 100
    assert all(0 <= v <= 100 for v in data["competencies"].values())
    assert data["debrief"]["score"] == data["score"]


def test_best_and_worst_json_differ(capsys):
    endings = []
    for mode in ("best", "worst"):
        main(["play", str(EXAMPLE), "--auto", mode, "--json"])
        endings.append(json.loads(capsys.readouterr().out)["ending"])
    assert endings[0] != endings[1]


def test_detect_reads_one_reply_per_line(monkeypatch, capsys):
    monkeypatch.setattr("sys.stdin", io.StringIO(
        "Please call 101\nHe lives at 14 Elm Road\n\nMae o'n byw yn 14 Heol y Wern, ffoniwch 101\n"))
    assert main(["detect"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert [json.loads(line) for line in lines] == [["signposting"], ["personal_data"], [], None]


def test_guidance_library_is_complete(example):
    library = example.guidance
    fed = {c for entry in library.entries.values() for c in entry.competencies}
    assert fed == set(library.competencies)
    used = {g for d in example.scenario.decisions() for o in d.options for out in o.outcomes
            for g in out.guidance}
    assert used <= set(library.entries)
    for entry in library.entries.values():
        assert entry.citation.startswith(entry.source.title)


def test_result_is_json_serialisable(example):
    run = play(example.scenario, automatic("random", 11), seed=11)
    json.dumps(result(run, example.guidance))


def test_verdict_explains_an_ending_that_cannot_pass(example):
    # A leaky reply, then a model recovery: the score reaches the pass mark, the ending cannot pass.
    leak = "So sorry Mary, it was a 19 year old lad stabbed outside number 42 Mill Road. Stay safe x"
    run = play(example.scenario, scripted([f'free:"{leak}"', "delete_and_correct"]))
    report = debrief(run, example.guidance)
    assert report.score >= report.pass_mark
    assert report.passed is False
    assert report.verdict == "Not passed: this outcome fails the attempt whatever the score"
    good = debrief(play(example.scenario, automatic("best", 0)), example.guidance)
    assert good.verdict == "Passed"


def test_rubric_checks_say_what_kind_they_are(example):
    text = "Sorry Mary, a lad was stabbed but officers are there. Call 101 if you saw anything."
    run = play(example.scenario, scripted([f'free:"{text}"', "1", "1"]))
    checks = {c["id"]: c for c in debrief(run, example.guidance).to_dict()["decisions"][0]["rubric"]}
    assert checks["speculate"] == {"id": "speculate", "label": "Speculating about the incident",
                                   "kind": "avoid", "ok": False}
    assert checks["signpost"]["kind"] == "include" and checks["signpost"]["ok"] is True
    assert checks["tone"]["kind"] == "tone"


def test_good_practice_is_kept_apart_from_risks(example):
    text = "Sorry Mary, a lad was hurt at 42 Mill Road. Please call 101 if you saw anything."
    run = play(example.scenario, scripted([f'free:"{text}"', "delete_and_correct"]))
    entry = debrief(run, example.guidance).to_dict()["decisions"][0]
    assert [f.split(":")[0] for f in entry["findings"]] == ["personal_data"]
    assert [f.split(":")[0] for f in entry["strengths"]] == ["signposting"]


def test_a_debrief_reads_back_from_its_file_form_as_the_same_typed_object(example):
    from sm_sim.scoring.debrief import Debrief, DecisionReport
    text = "Sorry you're worried Mary. Officers are at the scene. Call 101 if you saw anything."
    report = debrief(play(example.scenario, scripted([f'free:"{text}"@high', "1", "1"])),
                     example.guidance)
    back = Debrief.from_dict(json.loads(json.dumps(report.to_dict())))
    assert back == report
    assert isinstance(back.decisions[0], DecisionReport) and back.decisions[0].text == text
    assert back.decisions[0].rubric[0].kind in ("include", "avoid", "tone", "length")


def test_something_that_is_not_a_debrief_is_refused_by_name(example):
    import pytest

    from sm_sim.scoring.debrief import Debrief
    report = debrief(play(example.scenario, automatic("best", 1)), example.guidance).to_dict()
    for broken in ({**report, "ending": "gone"}, {k: v for k, v in report.items() if k != "score"},
                   {**report, "decisions": [{"decision": "d"}]}):
        with pytest.raises(ValueError, match="not a debrief"):
            Debrief.from_dict(broken)


def test_a_competency_the_run_only_lost_points_in_is_named_and_listed(example):
    """'give_details' costs officer safety but nothing met could earn it: the debrief still
    names it (never the raw id) and lists it, unscored, beside the scored ones."""
    run = play(example.scenario, scripted(["give_details", "post_defence"]))
    report = debrief(run, example.guidance)
    assert "officer_safety" not in report.competencies
    assert report.competency_titles["officer_safety"] == "Officer safety"
    rows = dict(report.competency_rows())
    assert rows["Officer safety"] is None
    assert all(rows[report.competency_titles[name]] == value
               for name, value in report.competencies.items())


def test_each_decision_shows_what_it_caused_in_time_order(example):
    """The chain from a reply to the pile-on, the press and the inbox, under the decision."""
    report = debrief(play(example.scenario, scripted(["give_details", "post_defence"])),
                     example.guidance)
    first = report.decisions[0].consequences
    assert any("quote-posts" in line for line in first)
    assert any("Gazette" in line for line in first)
    assert any("Sgt Ayo Bello (supervisor)" in line for line in first)
    assert "-150 followers" in first
    times = [line.split(" · ")[0] for line in first if " · " in line]
    assert times == sorted(times)
    assert any("Professional Standards" in line for line in report.decisions[1].consequences)
    quiet = debrief(play(example.scenario, automatic("best", 1)), example.guidance)
    assert not any("quote-posts" in line for d in quiet.decisions for line in d.consequences)


def test_a_competency_under_the_pass_mark_is_explained_by_the_decisions_that_cost_it(example):
    report = debrief(play(example.scenario, scripted(["give_details", "post_defence"])),
                     example.guidance)
    said = report.below_pass_mark()
    weak = [n for n, v in report.competencies.items() if v < report.pass_mark]
    assert weak and len(said) == len(weak)
    assert any(s.startswith("Confidentiality is 0, under the pass mark") and "decisions 1, 2" in s
               for s in said)
    strong = debrief(play(example.scenario, automatic("best", 1)), example.guidance)
    assert all(v >= strong.pass_mark for v in strong.competencies.values())
    assert strong.below_pass_mark() == []
