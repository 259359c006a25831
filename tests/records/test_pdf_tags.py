"""The PDF debrief as a screen reader gets it: a tagged PDF with its language and title,
headings and paragraphs in reading order, the chart as a figure with its words, no text left
outside the structure (the footer and the boxes are artifacts), and a long reply that goes on
over a page break still tagged on both pages."""

from __future__ import annotations

import io
from typing import Any

from pypdf import PdfReader
from pypdf.generic import ContentStream

from sm_sim.engine import Choice, automatic
from sm_sim.records.pdf import render_pdf

LONG = ("Hi Mary, officers are at the scene and we will update here as soon as we can. " * 26
        + "Please call 101 if you saw anything.")


def _writing(run, decision):  # type: ignore[no-untyped-def]
    if decision.id == "incident":
        return Choice("own_words", LONG, "medium")
    return automatic("best", run.seed)(run, decision)


def _elements(reader: PdfReader) -> list[Any]:
    [document] = reader.trailer["/Root"]["/StructTreeRoot"]["/K"]  # the one Document element
    return [kid.get_object() for kid in document.get_object()["/K"]]


def _text_outside_marks(reader: PdfReader) -> list[tuple[int, bytes]]:
    """Each text-showing operator not inside a marked sequence: (page, operator)."""
    found = []
    for number, page in enumerate(reader.pages, 1):
        depth = 0
        for _operands, operator in ContentStream(page.get_contents(), reader).operations:
            if operator in (b"BDC", b"BMC"):
                depth += 1
            elif operator == b"EMC":
                depth -= 1
            elif operator in (b"Tj", b"TJ", b"'", b'"') and depth == 0:
                found.append((number, operator))
    return found


def test_the_debrief_is_a_tagged_pdf_in_reading_order(played) -> None:  # type: ignore[no-untyped-def]
    attempt = played(chooser=_writing)
    reader = PdfReader(io.BytesIO(render_pdf(attempt)))
    root = reader.trailer["/Root"]
    assert bool(root["/MarkInfo"]["/Marked"])
    assert root["/Lang"] == "en-GB" and root["/ViewerPreferences"]["/DisplayDocTitle"]
    assert reader.metadata.title.startswith("Social media training debrief")
    kinds = [str(e["/S"]) for e in _elements(reader)]
    assert kinds[0] == "/P" and kinds[1] == "/H1"  # the kicker, then the scenario's title
    assert kinds.count("/Figure") == 1 and kinds.index("/H2") < kinds.index("/Figure")
    assert kinds.count("/H3") == len(attempt.debrief.decisions)
    figure = next(e for e in _elements(reader) if str(e["/S"]) == "/Figure")
    assert "pass mark" in str(figure["/Alt"]) and "Confidentiality" in str(figure["/Alt"])
    assert _text_outside_marks(reader) == []


def test_a_paragraph_over_a_page_break_is_tagged_on_both_pages(played) -> None:  # type: ignore[no-untyped-def]
    attempt = played(chooser=_writing)
    reader = PdfReader(io.BytesIO(render_pdf(attempt)))
    assert len(reader.pages) >= 2
    pages = {page.indirect_reference.idnum: n for n, page in enumerate(reader.pages, 1)}
    on = [pages[e.raw_get("/Pg").idnum] for e in _elements(reader) if "/Pg" in e]
    assert on == sorted(on) and len(set(on)) == len(reader.pages)  # in order, on every page
    text = " ".join(" ".join(page.extract_text() for page in reader.pages).split())
    written = attempt.debrief.decisions[0].text
    assert written and " ".join(written.split()) in text  # none of the long reply is lost


def _spans(reader: PdfReader) -> list[tuple[str, str]]:
    """Each language-marked span: (its /Lang, the text shown inside it, decoded)."""
    found = []
    for page in reader.pages:
        lang, said = None, []
        for operands, operator in ContentStream(page.get_contents(), reader).operations:
            if operator == b"BDC" and str(operands[0]) == "/Span":
                lang, said = str(operands[1]["/Lang"]), []
            elif operator == b"EMC" and lang is not None:
                found.append((lang, "".join(said)))
                lang = None
            elif operator == b"Tj" and lang is not None:
                said.append(operands[0].original_bytes.decode("utf-16-be", "replace")
                            if hasattr(operands[0], "original_bytes") else str(operands[0]))
        assert lang is None  # every span closed on its page
    return found


def test_a_welsh_scenario_s_words_are_marked_welsh_in_the_english_debrief(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from sm_sim.engine import ScenarioRun, play
    from sm_sim.records import AttemptJournal, read_attempt, trainee_for
    from sm_sim.scenario import load_scenario

    from .records_helpers import EXAMPLE, make_chooser
    welsh = load_scenario(EXAMPLE, language="cy")
    assert welsh.scenario is not None and welsh.scenario.language == "cy" and welsh.guidance
    run = ScenarioRun(welsh.scenario)
    AttemptJournal.begin(run, welsh.guidance, trainee_for("Jo Bloggs"), path=tmp_path / "a.jsonl")
    play(welsh.scenario, make_chooser(), run=run)
    attempt = read_attempt(tmp_path / "a.jsonl")
    assert attempt.header.language == "cy" and attempt.debrief is not None
    reader = PdfReader(io.BytesIO(render_pdf(attempt)))
    assert reader.trailer["/Root"]["/Lang"] == "en-GB"  # the debrief's own words
    spans = _spans(reader)
    assert spans and {lang for lang, _ in spans} == {"cy-GB"}
    assert len(spans) > 3 * len(attempt.debrief.decisions)  # prompts, choices, what it caused …


def test_the_debrief_has_bookmarks_for_its_sections_and_decisions(played) -> None:  # type: ignore[no-untyped-def]
    attempt = played()
    reader = PdfReader(io.BytesIO(render_pdf(attempt)))
    assert reader.trailer["/Root"]["/PageMode"] == "/UseOutlines"
    [title, sections] = reader.outline  # the scenario's title, then what is under it
    assert title.title == attempt.header.scenario_title
    names = [s.title for s in sections if not isinstance(s, list)]
    assert names[:2] == ["Competencies", "Decisions"]
    decisions = next(s for s in sections if isinstance(s, list))
    assert len(decisions) == len(attempt.debrief.decisions)
    assert all(reader.get_destination_page_number(d) >= 0 for d in decisions)
