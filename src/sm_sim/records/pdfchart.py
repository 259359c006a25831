"""The competency bar chart, drawn with fpdf2 primitives (rectangles, lines, text)."""

from __future__ import annotations

from fpdf import FPDF

from ..scoring.debrief import NOT_SCORED, Debrief

BAR, TRACK, MARK, INK = (46, 94, 170), (228, 232, 238), (170, 40, 40), (25, 30, 40)


ROW_H = 6.4


def chart_height(report: Debrief) -> float:
    """The height the chart takes (mm), its pass-mark label included."""
    return max(1, len(report.competency_rows())) * ROW_H + 6


def chart_words(report: Debrief) -> str:
    """What the chart shows, in words: its ``Alt`` text for a screen reader."""
    rows = "; ".join(f"{label} {NOT_SCORED if value is None else value}"
                     for label, value in report.competency_rows())
    return f"Competency scores out of 100, pass mark {report.pass_mark:g}: {rows}."


def competency_chart(pdf: FPDF, report: Debrief, font: str) -> None:
    pass_mark = report.pass_mark
    label_w, value_w, row_h, bar_h = 52.0, 12.0, ROW_H, 3.8
    left = pdf.l_margin
    track_x = left + label_w
    track_w = pdf.w - pdf.r_margin - track_x - value_w
    top = pdf.get_y()
    glyphs = getattr(pdf, "glyphs", None)
    rows = report.competency_rows()
    for row, (label, value) in enumerate(rows):
        y = top + row * row_h
        pdf.set_font(font, "", 8.5)
        pdf.set_text_color(*INK)
        pdf.set_xy(left, y)
        pdf.cell(label_w - 2, bar_h, glyphs.clean(label) if glyphs else label)
        if value is None:
            pdf.set_font(font, "", 7.5)
            pdf.cell(track_w, bar_h, NOT_SCORED)
            continue
        pdf.set_fill_color(*TRACK)
        pdf.rect(track_x, y, track_w, bar_h, style="F")
        pdf.set_fill_color(*BAR)
        share = max(0.0, min(1.0, value / 100))
        if share > 0:
            pdf.rect(track_x, y, track_w * share, bar_h, style="F")
        pdf.set_xy(track_x + track_w + 1, y)
        pdf.cell(value_w - 1, bar_h, f"{value}", align="R")
    bottom = top + max(1, len(rows)) * row_h
    mark_x = track_x + track_w * pass_mark / 100
    pdf.set_draw_color(*MARK)
    pdf.set_line_width(0.35)
    pdf.set_dash_pattern(dash=1.2, gap=0.8)
    pdf.line(mark_x, top - 1, mark_x, bottom - row_h + bar_h + 1)
    pdf.set_dash_pattern()
    pdf.set_line_width(0.2)
    pdf.set_font(font, "", 7)
    pdf.set_text_color(*MARK)
    pdf.set_xy(mark_x - 15, bottom - row_h + bar_h + 1.2)
    pdf.cell(30, 3, f"pass mark {pass_mark:g}", align="C")
    pdf.set_text_color(*INK)
    pdf.set_xy(left, bottom + 3)
