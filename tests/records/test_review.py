"""A trainer reviews a recruit's written answers: confirms, overturns or adds a flag with a
reason. The ruling goes on the record, the score follows it, the story as played does not
change, verify checks the reviewed result, and xAPI and the labelled export carry it."""

from __future__ import annotations

import csv
import io
import json
from datetime import UTC, datetime

import pytest

from sm_sim.cli import main
from sm_sim.engine import Choice, automatic
from sm_sim.records import read_attempt, statements, to_transcript, verify_attempt
from sm_sim.records.review import ReviewError, answers, labelled_tsv, review_attempt
from sm_sim.scoring.debrief import FlagRuling

MISSED = ("Hi Mary, I understand you are worried. It's the Hendersons' eldest who got hurt, "
          "the family know. Call 101 if you saw anything.")
RUDE = ("Hi Mary, I understand the worry. Officers are at the scene and we will update here. "
        "Please call 101 if you saw anything, you absolute muppet.")
AT = lambda: datetime(2026, 12, 3, 9, 30, tzinfo=UTC)  # noqa: E731


def _writing(text: str):  # type: ignore[no-untyped-def]
    def choose(run, decision):  # type: ignore[no-untyped-def]
        if decision.id == "incident":
            return Choice("own_words", text, "medium")
        return automatic("best", run.seed)(run, decision)
    return choose


def test_a_flag_the_detectors_missed_is_added_and_the_score_follows(played):
    attempt = played(chooser=_writing(MISSED))
    answer = answers(attempt)[0]
    assert answer.decision == "incident" and answer.detected == ("signposting",)
    before = attempt.debrief
    reviewed = review_attempt(attempt.path, "Sgt Ayo Bello", [FlagRuling(
        "incident", "personal_data", "added", "identifies the victim's mother by where she lives")],
        now=AT)
    report = reviewed.debrief
    assert report.decisions[0].flags == ("personal_data", "signposting")
    assert report.decisions[0].points["confidentiality"] < before.decisions[0].points["confidentiality"]
    assert report.score < before.score
    # the story as played stands: same ending, same branch text; the played result is kept
    assert report.ending == before.ending
    assert report.decisions[0].consequence == before.decisions[0].consequence
    assert reviewed.played == before and reviewed.finished["score"] == before.score
    [review] = reviewed.reviews
    assert review.reviewer == "Sgt Ayo Bello" and review.wall == "2026-12-03T09:30:00.000Z"
    assert report.rulings("incident")[0][1].reason.startswith("identifies")
    assert answers(reviewed)[0].flags == ("personal_data", "signposting")


def test_an_overturned_flag_scores_the_answer_as_if_never_raised(played):
    attempt = played(chooser=_writing(RUDE))
    assert answers(attempt)[0].detected == ("abusive", "signposting")
    reviewed = review_attempt(attempt.path, "Insp Hale", [
        FlagRuling("incident", "abusive", "overturned", "banter between neighbours, not aimed at Mary"),
        FlagRuling("incident", "signposting", "confirmed")], now=AT)
    assert reviewed.debrief.decisions[0].flags == ("signposting",)
    assert reviewed.debrief.score > attempt.debrief.score
    assert reviewed.debrief.ending == attempt.debrief.ending


def test_a_reviewed_attempt_verifies_and_an_edited_one_does_not(played, tmp_path):
    attempt = played(chooser=_writing(MISSED))
    reviewed = review_attempt(attempt.path, "Sgt Ayo Bello",
                              [FlagRuling("incident", "personal_data", "added", "the victim's mum")])
    verdict = verify_attempt(reviewed)
    assert verdict.ok, verdict.problems
    assert "as reviewed by Sgt Ayo Bello" in verdict.notes[0]
    lines = reviewed.path.read_text().splitlines()
    last = json.loads(lines[-1])
    # a different ruling with the debrief left alone: the rulings do not give that score
    last["review"]["rulings"][0]["flag"] = "abusive"
    edited = tmp_path / "edited.jsonl"
    edited.write_text("\n".join([*lines[:-1], json.dumps(last)]) + "\n")
    verdict = verify_attempt(read_attempt(edited))
    assert not verdict.ok and any(p.startswith("as reviewed:") for p in verdict.problems)
    # a raised score on the review line
    last = json.loads(lines[-1])
    last["debrief"]["score"] = 99
    edited.write_text("\n".join([*lines[:-1], json.dumps(last)]) + "\n")
    assert not verify_attempt(read_attempt(edited)).ok


def test_xapi_sends_the_reviewed_result_as_a_statement_of_its_own(played):
    attempt = played(chooser=_writing(MISSED))
    sent = statements(attempt)
    reviewed = review_attempt(attempt.path, "Sgt Ayo Bello",
                              [FlagRuling("incident", "personal_data", "added", "the victim's mum")])
    now = statements(reviewed)
    assert now[:len(sent)] == sent  # what was already sent stands, byte for byte
    [extra] = now[len(sent):]
    assert extra["result"]["score"]["raw"] == reviewed.debrief.score != attempt.debrief.score
    exts = extra["result"]["extensions"]
    assert [v for k, v in exts.items() if k.endswith("/reviewed-by")] == [["Sgt Ayo Bello"]]
    assert extra["id"] not in {s["id"] for s in sent}


def test_a_transcript_keeps_the_review_and_the_played_result(played, tmp_path):
    attempt = played(chooser=_writing(MISSED))
    reviewed = review_attempt(attempt.path, "Sgt Ayo Bello",
                              [FlagRuling("incident", "personal_data", "added", "the victim's mum")])
    out = tmp_path / "t.json"
    out.write_text(json.dumps(to_transcript(reviewed)))
    back = read_attempt(out)
    assert back.reviews == reviewed.reviews and back.debrief == reviewed.debrief
    assert back.played == reviewed.played
    assert verify_attempt(back).ok
    with pytest.raises(ReviewError, match="transcript"):
        review_attempt(out, "Sgt Ayo Bello", [FlagRuling("incident", "abusive", "added", "x")])


@pytest.mark.parametrize(("ruling", "message"), [
    (FlagRuling("incident", "abusive", "overturned", "no"), "not flagged on 'incident'"),
    (FlagRuling("incident", "signposting", "added", "yes"), "already flagged"),
    (FlagRuling("incident", "personal_data", "added", "  "), "say why"),
    (FlagRuling("pressure", "abusive", "added", "x"), "no written answer"),
    (FlagRuling("incident", "rude", "added", "x"), "not a flag"),
])
def test_a_ruling_that_cannot_stand_is_refused_and_nothing_is_written(played, ruling, message):
    attempt = played(chooser=_writing(MISSED))
    size = attempt.path.stat().st_size
    with pytest.raises(ReviewError, match=message):
        review_attempt(attempt.path, "Sgt Ayo Bello", [ruling])
    with pytest.raises(ReviewError, match="who is reviewing"):
        review_attempt(attempt.path, " ", [FlagRuling("incident", "personal_data", "added", "x")])
    assert attempt.path.stat().st_size == size


def test_a_tampered_attempt_cannot_be_reviewed(played, tmp_path):
    attempt = played(chooser=_writing(MISSED))
    lines = attempt.path.read_text().splitlines()
    judged = next(i for i, line in enumerate(lines) if "ReplyJudged" in line)  # the first answer
    assert '"flags":["signposting"]' in lines[judged]
    lines[judged] = lines[judged].replace('"flags":["signposting"]', '"flags":[]')
    attempt.path.write_text("\n".join(lines) + "\n")
    with pytest.raises(ReviewError, match="does not verify"):
        review_attempt(attempt.path, "Sgt Ayo Bello",
                       [FlagRuling("incident", "personal_data", "added", "the victim's mum")])


def test_reviewed_answers_export_as_labelled_tsv(played):
    first = review_attempt(played(chooser=_writing(MISSED)).path, "Sgt Ayo Bello",
                           [FlagRuling("incident", "personal_data", "added", "the victim's mum")])
    unreviewed = played(chooser=_writing(RUDE))
    rows = list(csv.DictReader(io.StringIO(labelled_tsv([first, unreviewed])), delimiter="\t"))
    assert rows == [{"text": MISSED, "flags": "personal_data,signposting",
                     "attempt": first.header.attempt_id, "decision": "incident",
                     "reviewer": "Sgt Ayo Bello"}]
    everything = labelled_tsv([first, unreviewed], reviewed_only=False)
    assert "absolute muppet" in everything and "abusive,signposting" in everything


def test_the_command_line_lists_rules_exports_and_evaluates(played, tmp_path, capsys):
    attempt = played(chooser=_writing(MISSED))
    assert main(["review", str(attempt.path)]) == 0
    listed = capsys.readouterr().out
    assert "incident: “Hi Mary" in listed and "flags: signposting" in listed
    assert main(["review", str(attempt.path), "--reviewer", "Sgt Ayo Bello",
                 "--add", "incident:personal_data:the victim's mum, by where she lives",
                 "--confirm", "incident:signposting"]) == 0
    assert "reviewed: score" in capsys.readouterr().out
    assert main(["review", str(attempt.path)]) == 0
    assert "flags: personal_data, signposting (detected: signposting)" in capsys.readouterr().out
    assert main(["review", str(attempt.path), "--reviewer", "X", "--overturn", "incident:abusive:no"]) == 2
    assert "not flagged" in capsys.readouterr().err
    assert main(["review", str(attempt.path), "--add", "incident"]) == 2
    assert "DECISION:FLAG" in capsys.readouterr().err
    out = tmp_path / "reviewed.tsv"
    assert main(["replies", "export", str(attempt.path), "-o", str(out)]) == 0
    assert main(["detect", "--evaluate", str(out)]) == 1  # the detectors missed personal data
    table = capsys.readouterr().out
    assert "1 labelled replies" in table and "personal_data" in table
    out.write_text("words\tlabels\nhello\t\n")
    assert main(["detect", "--evaluate", str(out)]) == 2
    assert "needs a header row with 'text' and 'flags'" in capsys.readouterr().err


def test_the_pdf_says_who_reviewed_what_and_why(played, tmp_path):
    from pypdf import PdfReader

    from sm_sim.records import export_attempts
    reviewed = review_attempt(played(chooser=_writing(MISSED)).path, "Sgt Ayo Bello",
                              [FlagRuling("incident", "personal_data", "added", "the victim's mum")])
    out = tmp_path / "reviewed.pdf"
    export_attempts([reviewed], "pdf", out)
    text = " ".join(" ".join(page.extract_text() for page in PdfReader(out).pages).split())
    assert "Sgt Ayo Bello added Personal data: the victim's mum" in text
    assert f"{reviewed.debrief.score} / 100" in text


WELSH = "Helo Mary, mae o'n byw ar y stryd nesaf efo'i fam. Ffoniwch 101 os gwelsoch chi rywbeth."


def test_a_reply_in_welsh_waits_for_a_trainer_and_scores_only_once_read(played):
    attempt = played(chooser=_writing(WELSH))
    answer = answers(attempt)[0]  # the later free-text answers are the best plan's
    assert (answer.decision, answer.language, answer.detected, answer.awaiting_review) == (
        "incident", "cy", (), True)
    entry = attempt.debrief.decisions[0]
    assert entry.awaiting_review and entry.points == {}  # not scored as clean: held
    assert (entry.calibration, entry.exemplar) == ("not_rated", "")  # nor called wrong
    clean = played(chooser=_writing("Hi Mary, officers are at the scene. Please call 101 if "
                                    "you saw anything."))
    assert attempt.debrief.score < clean.debrief.score
    with pytest.raises(ReviewError, match="judged by the detectors"):
        review_attempt(clean.path, "Sgt Ayo Bello", [FlagRuling("incident", "", "read")])

    reviewed = review_attempt(attempt.path, "Sgt Ayo Bello", [FlagRuling(
        "incident", "personal_data", "added", "says where the victim's mother lives")], now=AT)
    entry = reviewed.debrief.decisions[0]
    assert not entry.awaiting_review and entry.flags == ("personal_data",)
    assert entry.points and entry.points.get("confidentiality", 0) < 0
    assert reviewed.debrief.review_notes("incident") == [
        "Sgt Ayo Bello added Personal data: says where the victim's mother lives"]
    verdict = verify_attempt(reviewed)
    assert verdict.ok, verdict.problems


def test_a_welsh_reply_read_and_found_fine_earns_what_a_clean_reply_would(played):
    attempt = played(chooser=_writing("Helo Mary, mae swyddogion yno. Ffoniwch 101 os gwelsoch "
                                      "chi rywbeth."))
    reviewed = review_attempt(attempt.path, "Sgt Ayo Bello", [
        FlagRuling("incident", "", "read", "polite, says nothing it should not")], now=AT)
    entry = reviewed.debrief.decisions[0]
    assert not entry.awaiting_review and entry.points and reviewed.debrief.score > attempt.debrief.score
    assert reviewed.debrief.review_notes("incident") == [
        "Sgt Ayo Bello read the reply: polite, says nothing it should not"]
    assert verify_attempt(reviewed).ok
