"""A tagged PDF (ISO 32000 §14.8): every piece of text in a structure element a screen reader
reads in order — a heading (``H1``–``H3``), a paragraph (``P``), the chart as a ``Figure``
with its words in ``Alt`` — and every decoration (rules, filled boxes, the page footer) an
``Artifact`` it skips. With the document's language and title shown, that is what PDF/UA
asks of a simple report. Words in another language than the document's (a Welsh scenario's
texts in an English debrief) are marked with theirs, a ``Span`` with ``/Lang`` (§14.9.2).

fpdf2 (2.8) builds the structure tree and writes ``/MarkInfo`` and ``/StructTreeRoot`` for
the figures it tags itself; this mixin uses the same builder for text. That builder is
internal to fpdf2, so pyproject.toml keeps fpdf2 below 2.9, and tests/records check the
tree a reader gets. A marked sequence may not cross a page: each block is measured first and
written a page at a time (a paragraph longer than the space left goes on in a second ``P``
on the next page), with automatic page breaks held off while it is written.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import cast

from fpdf import FPDF
from fpdf.enums import MethodReturnValue, XPos, YPos
from fpdf.syntax import PDFString


class TaggedPDF(FPDF):
    @contextmanager
    def tagged(self, tag: str, alt: str | None = None) -> Iterator[None]:
        """What is drawn inside, as one structure element ``tag`` (``P``, ``H2``, ``Figure`` …)
        on this page, in reading order."""
        mcid = self.struct_builder.next_mcid_for_page(self.page)
        self._add_marked_content(struct_type=f"/{tag}", mcid=mcid, alt_text=alt)
        self._out(f"/{tag} <</MCID {mcid}>> BDC")
        with self._no_page_break():
            yield
        self._out("EMC")

    @contextmanager
    def spoken_in(self, lang: str | None) -> Iterator[None]:
        """What is drawn inside is in the language ``lang`` (``cy-GB``); None: the document's."""
        if lang:
            self._out(f"/Span <</Lang {PDFString(lang).serialize()}>> BDC")
        yield
        if lang:
            self._out("EMC")

    @contextmanager
    def artifact(self) -> Iterator[None]:
        """What is drawn inside is decoration (a rule, a box, the footer): not read."""
        self._out("/Artifact BMC")
        yield
        self._out("EMC")

    @contextmanager
    def _no_page_break(self) -> Iterator[None]:
        auto, margin = self.auto_page_break, self.b_margin
        self.set_auto_page_break(False, margin)
        try:
            yield
        finally:
            self.set_auto_page_break(auto, margin)

    def lines_of(self, width: float, height: float, text: str) -> list[str]:
        """``text`` as the lines ``multi_cell`` would break it into at ``width``."""
        found = self.multi_cell(width, height, text, dry_run=True, output=MethodReturnValue.LINES)
        return list(cast(list[str], found)) or [""]

    def room(self, height: float) -> int:
        """How many lines of ``height`` fit on this page below the current position."""
        return int((self.page_break_trigger - self.get_y()) // height)

    def block(self, tag: str, width: float, height: float, text: str,
              lead: tuple[float, str] | None = None, lang: str | None = None) -> None:
        """``text`` in lines of ``height`` at ``width`` from the current x, tagged ``tag``, a
        page at a time; ``lead`` is a (width, label) cell written before its first line, in
        the document's language, and ``lang`` the language of ``text`` when it is another."""
        left = self.get_x()
        lines = self.lines_of(width, height, text)
        while lines:
            if self.room(height) < 1:
                self.add_page()
            self.set_x(left)
            fit = self.room(height)
            chunk, lines = lines[:fit], lines[fit:]
            with self.tagged(tag):
                if lead is not None:
                    self.set_x(left - lead[0])
                    self.cell(lead[0], height, lead[1])
                    lead = None
                with self.spoken_in(lang):
                    self.multi_cell(width, height, "\n".join(chunk), align="L",
                                    new_x=XPos.LMARGIN, new_y=YPos.NEXT)
