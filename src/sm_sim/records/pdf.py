"""The PDF debrief a trainer can file: outcome, a competency chart, every decision with its
feedback and guidance. fpdf2 with DejaVu Sans embedded (core PDF fonts are Latin-1 only);
characters the font lacks go through ``Glyphs`` so no reply can break the export. It is a
tagged PDF (records/pdftags.py): headings, paragraphs and the chart in reading order, with
the document's language."""

from __future__ import annotations

from pathlib import Path

from fpdf import ViewerPreferences
from fpdf.enums import PageMode, XPos, YPos

from .. import __version__
from ..engine import events as ev
from ..engine.timing import TimeLimits
from ..scoring.debrief import Debrief, GuidanceRef
from . import atomic
from .attempt import Attempt
from .glyphs import Glyphs
from .paths import fonts_dir
from .pdfchart import chart_height, chart_words, competency_chart
from .pdftags import TaggedPDF
from .times import spreadsheet_time

FONT = "DejaVu"
LANGS = {"cy": "cy-GB"}  # a language recorded in an attempt, as a PDF names it (English: the document's)
INK, MUTED, GOOD, BAD = (25, 30, 40), (95, 100, 110), (20, 120, 60), (170, 40, 40)


class _Debrief(TaggedPDF):
    def __init__(self, footer_text: str, words: str | None = None) -> None:
        super().__init__(format="A4")
        self.footer_text = footer_text
        self.words = words  # the scenario's texts' language, where it is not the debrief's
        folder = fonts_dir()
        self.add_font(FONT, "", str(folder / "DejaVuSans.ttf"))
        self.add_font(FONT, "B", str(folder / "DejaVuSans-Bold.ttf"))
        self.set_margins(16, 14, 16)
        self.set_auto_page_break(True, margin=16)
        self.set_font(FONT, size=9.5)
        self.glyphs = Glyphs([*_cmap(self.current_font), *self._fallbacks(folder / "fallback")])

    def _fallbacks(self, folder: Path) -> list[int]:
        """Extra fonts a school can drop in ``assets/fonts/fallback/`` (e.g. Noto Sans SC for
        Chinese names): fpdf2 draws from them whatever DejaVu lacks."""
        names, codepoints = [], []
        for number, path in enumerate(sorted(folder.glob("*.[ot]tf")) if folder.is_dir() else []):
            name = f"fallback{number}"
            self.add_font(name, "", str(path))
            codepoints += _cmap(self.fonts[name])
            names.append(name)
        if names:
            self.set_fallback_fonts(names)
        return codepoints

    def footer(self) -> None:
        with self.artifact():  # the same on every page: not read as the text
            self.set_y(-12)
            self.set_font(FONT, size=7.5)
            self.set_text_color(*MUTED)
            self.cell(0, 5, f"{self.footer_text} · page {self.page_no()} of {{nb}}", align="C")

    # -- writing helpers ------------------------------------------------------------------
    def para(self, text: str, size: float = 9.5, bold: bool = False,
             color: tuple[int, int, int] = INK, gap: float = 1.2, tag: str = "P",
             lang: str | None = None, section: int | None = None) -> None:
        """A paragraph (or a heading, ``tag``) in ``lang`` when it is not the document's; a
        heading with a ``section`` level is a bookmark too, at that depth."""
        self.set_font(FONT, "B" if bold else "", size)
        self.set_text_color(*color)
        self.set_x(self.l_margin)
        if section is not None:
            if self.room(size * 0.48) < 1:
                self.add_page()
            self.start_section(self.glyphs.clean(text), level=section)
        self.block(tag, 0, size * 0.48, self.glyphs.clean(text), lang=lang)
        self.ln(gap)

    def field(self, label: str, value: str, width: float = 34, lang: str | None = None) -> None:
        """A label and its value, read as one paragraph ("Trainee: PC Jo Bloggs"); the value
        in ``lang`` when it is not the document's."""
        self.set_font(FONT, "", 8.5)
        self.set_text_color(*INK)
        self.set_x(self.l_margin + width)
        self.block("P", 0, 4.6, self.glyphs.clean(value) or "—", lead=(width, label), lang=lang)

    def heading(self, text: str, keep: float = 0) -> None:
        """A section heading and bookmark, on a new page when less than ``keep`` mm would
        follow it."""
        if self.get_y() > self.h - 40 - keep:
            self.add_page()
        self.ln(2)
        self.para(text, size=12, bold=True, gap=0.8, tag="H2", section=1)
        with self.artifact():
            self.set_draw_color(200, 205, 212)
            self.line(self.l_margin, self.get_y(), self.w - self.r_margin, self.get_y())
        self.ln(2)


def _cmap(font: object) -> list[int]:
    return list(getattr(font, "cmap", {}) or {})


def render_pdf(attempt: Attempt) -> bytes:
    h = attempt.header
    pdf = _Debrief(f"sm-sim · attempt {h.attempt_id[:8]} · scenario content {h.content_hash[:12]}",
                   LANGS.get(h.language))
    title = h.scenario_title or h.scenario
    pdf.set_title(f"Social media training debrief: {title}")
    pdf.set_author(h.trainee)
    pdf.set_subject(f"{title}, {h.mode} attempt of {spreadsheet_time(h.started)} UTC")
    pdf.set_keywords(["sm-sim", "social media training", h.scenario, h.mode])
    pdf.set_creator(f"sm-sim {__version__}")
    pdf.set_lang("en-GB")  # the debrief's own words; a Welsh scenario's texts are marked cy-GB
    pdf.viewer_preferences = ViewerPreferences(display_doc_title=True)
    pdf.page_mode = PageMode.USE_OUTLINES  # the bookmarks shown: title, sections, decisions
    pdf.add_page()
    pdf.para("Social media training debrief", size=8.5, color=MUTED, gap=0)
    pdf.para(h.scenario_title or h.scenario, size=17, bold=True, gap=2, tag="H1", lang=pdf.words,
             section=0)
    _details(pdf, attempt)
    report = attempt.debrief
    if report is None:
        _unfinished(pdf, attempt)
    else:
        _outcome(pdf, report)
        pdf.heading("Competencies", keep=chart_height(report))
        with pdf.tagged("Figure", alt=chart_words(report)):
            competency_chart(pdf, report, FONT)
        _decisions(pdf, report)
    return bytes(pdf.output())


def export_pdf(attempt: Attempt, path: Path) -> Path:
    return atomic.write_bytes(path, render_pdf(attempt))


def _details(pdf: _Debrief, attempt: Attempt) -> None:
    h, done = attempt.header, attempt.finished or {}
    pdf.field("Trainee", f"{h.trainee}  ({h.trainee_id})")
    if h.session:
        pdf.field("Session", h.session)
    pdf.field("Scenario", f"{h.scenario}, version {h.version}")
    pdf.field("Mode", h.mode)
    if h.limits.adjusted:
        pdf.field("Time limits", limits_sentence(h.limits))
    pdf.field("Started", spreadsheet_time(h.started) + " UTC")
    if "active_seconds" in done:
        pdf.field("Time taken", _minutes(float(done["active_seconds"])))
    if attempt.resumed:
        pdf.field("Resumed", f"{len(attempt.resumed)} time(s) after an interruption")
    pdf.field("Attempt", h.attempt_id)


def limits_sentence(limits: TimeLimits) -> str:
    """Adjusted time limits in plain words, for a record a trainer files."""
    words = limits.words
    said = f"{words[:1].upper()}{words[1:]} at the trainee's request"
    if limits.off:
        said += ": no decision could run out of time"
    return said + ". The score is worked out exactly as it is without this."


def _minutes(seconds: float) -> str:
    minutes, secs = divmod(round(seconds), 60)
    if minutes:
        return f"{minutes} min {secs:02d} s"
    return f"{secs} s" if secs else "under a second"


def _outcome(pdf: _Debrief, report: Debrief) -> None:
    passed = report.passed
    pdf.ln(3)
    y = pdf.get_y()
    with pdf.artifact():
        pdf.set_fill_color(*(GOOD if passed else BAD))
        pdf.rect(pdf.l_margin, y, 46, 18, style="F")
    verdict = "PASSED" if passed else "NOT PASSED"
    with pdf.tagged("P"):
        pdf.set_xy(pdf.l_margin, y + 2)
        pdf.set_text_color(255, 255, 255)
        pdf.set_font(FONT, "B", 16)
        pdf.cell(46, 8, f"{report.score} / 100", align="C", new_x=XPos.LEFT, new_y=YPos.NEXT)
        pdf.set_font(FONT, "B", 8)
        pdf.cell(46, 6, f"{verdict} · pass mark {report.pass_mark}", align="C")
    pdf.set_xy(pdf.l_margin + 52, y)
    pdf.set_font(FONT, "B", 11)
    pdf.set_text_color(*INK)
    lead = "Ending: "
    pdf.set_x(pdf.l_margin + 52 + pdf.get_string_width(lead))
    pdf.block("P", 0, 5.5, pdf.glyphs.clean(report.ending.title), lead=(pdf.get_string_width(lead), lead),
              lang=pdf.words)
    pdf.set_x(pdf.l_margin + 52)
    pdf.set_font(FONT, "", 9)
    pdf.block("P", 0, 4.4, pdf.glyphs.clean(report.ending.summary), lang=pdf.words)
    reason = report.verdict.partition(": ")[2]
    if reason:  # e.g. an ending that fails the attempt whatever the score
        pdf.set_x(pdf.l_margin + 52)
        pdf.set_font(FONT, "B", 9)
        pdf.set_text_color(*BAD)
        pdf.block("P", 0, 4.4, pdf.glyphs.clean(f"Not passed: {reason}."))
        pdf.set_text_color(*INK)
    pdf.set_y(max(pdf.get_y(), y + 18) + 2)


def _decisions(pdf: _Debrief, report: Debrief) -> None:
    pdf.heading("Decisions")
    titles = report.competency_titles
    for number, entry in enumerate(report.decisions, 1):
        if pdf.get_y() > pdf.h - 50:
            pdf.add_page()
        pdf.para(f"{number}. {entry.prompt}", size=10, bold=True, gap=0.6, tag="H3",
                 lang=pdf.words, section=2)
        if entry.timed_out:
            pdf.field("You chose", f"{entry.label or entry.option} (the time limit ran out)", 30)
        else:
            pdf.field("You chose", entry.label or entry.option, 30, pdf.words)
        if entry.text:
            pdf.field("Words used", f"“{entry.text}”", 30, LANGS.get(entry.language))
        if entry.confidence:
            pdf.field("Confidence", f"{entry.confidence} ({entry.calibration})", 30)
        _effects(pdf, _points(entry.points, titles), entry.consequence, entry.consequences)
        if notes := report.review_notes(entry.decision):
            pdf.field("Reviewed", "\n".join(notes), 30)
        _guidance(pdf, entry.guidance)
        if entry.exemplar:
            pdf.field("Better", entry.exemplar, 30, pdf.words)
        pdf.ln(2.5)
    if report.reactions:
        _reactions(pdf, report)


def _reactions(pdf: _Debrief, report: Debrief) -> None:
    pdf.heading("On the trainee's own initiative")
    titles = report.competency_titles
    for entry in report.reactions:
        if pdf.get_y() > pdf.h - 40:
            pdf.add_page()
        did = entry.did
        pdf.para(f"{ev.clock_text(entry.at)} · {did[:1].upper()}{did[1:]}", size=10, bold=True,
                 gap=0.6, tag="H3", section=2)
        if entry.text:
            pdf.field("Words used", f"“{entry.text}”", 30)
        _effects(pdf, _points(entry.points, titles), entry.feedback, entry.consequences)
        _guidance(pdf, entry.guidance)
        pdf.ln(2.5)


def _effects(pdf: _Debrief, points: str, caused: str, followed: tuple[str, ...]) -> None:
    pdf.field("Points", points, 30, pdf.words)  # the scenario's competencies
    pdf.field("What it caused", caused, 30, pdf.words)
    if followed:
        pdf.field("What followed", "\n".join(followed), 30)


def _points(points: dict[str, int], titles: dict[str, str]) -> str:
    return ", ".join(f"{titles.get(k, k)} {v:+d}" for k, v in points.items()) or "none"


def _guidance(pdf: _Debrief, guides: tuple[GuidanceRef, ...]) -> None:
    for guide in guides:
        pdf.field("Guidance", f"{guide.title} — {guide.citation}", 30, pdf.words)


def _unfinished(pdf: _Debrief, attempt: Attempt) -> None:
    pdf.heading("Not finished")
    pdf.para(f"This attempt is {attempt.status}: there is no score. "
             f"Actions recorded so far: {len(attempt.actions)}.")
    for action in attempt.actions:
        said = f": “{action.text}”" if action.text else ""
        what = (f"{action.decision} → {action.option}" if isinstance(action, ev.ActionTaken)
                else f"{action.action} {action.post_id or action.to_id or ''}".rstrip())
        pdf.para(f"{action.t:>5.0f}s  {what}{said}", size=9, gap=0.4)
