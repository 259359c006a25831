"""How much the records layer costs: journalling a run, reading it back, and each export.

    python bench/bench_records.py          # prints a small table (median of several runs)
    python bench/bench_records.py --figures [--quick]

``figures()`` (what ``bench/run.py`` reports): exporting 1,000 attempts (every built-in
scenario played best and worst, recorded, then taken in turn until there are 1,000) to CSV,
xAPI and PDF, against the bare writer producing the same output: ``csv.writer`` on the same
rows, ``json.dumps`` of the same statements, and plain fpdf2 writing the same text on the
same number of pages in the same two faces (regular and bold). Ours and the bare writer take turns; the PDFs,
one per attempt, in blocks of 100 (the figure is the median block times the blocks).
"""

from __future__ import annotations

import csv
import json
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from figures import Figure, alternate, at_most, interleaved, median, print_table

ROOT = Path(__file__).resolve().parents[1]


def _median_ms(fn: Callable[[], object], repeat: int = 7) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


# -- figures: 1,000 attempts exported ---------------------------------------------------------
def recorded(folder: Path, scenarios: int | None) -> list[Any]:
    """Attempts as the app keeps them: each built-in scenario (or the first ``scenarios``)
    played best and worst, journalled, read back."""
    from sm_sim.engine import ScenarioRun, automatic, play
    from sm_sim.records import AttemptJournal, read_attempt, trainee_for
    from sm_sim.scenario.library import load_library
    entries = [e for e in load_library([]) if e.ok][:scenarios]
    made = []
    for number, entry in enumerate(entries):
        scenario, library = entry.loaded.scenario, entry.loaded.guidance
        assert scenario is not None and library is not None
        for mode in ("best", "worst"):
            run = ScenarioRun(scenario)
            path = folder / f"attempt{number}-{mode}.jsonl"
            AttemptJournal.begin(run, library, trainee_for(f"Bench Mark {number}"), path=path)
            play(scenario, automatic(mode, scenario.seed), run=run)
            made.append(read_attempt(path))
    return made


def bare_pdf(pages: list[str], target: Path) -> None:
    """Plain fpdf2: the same text on the same pages in the same two embedded faces (each page's
    first line in bold, as ours has bold titles and headings), nothing laid out."""
    from fpdf import FPDF, XPos, YPos

    from sm_sim.records.paths import fonts_dir
    pdf = FPDF(format="A4")
    pdf.add_font("DejaVu", "", str(fonts_dir() / "DejaVuSans.ttf"))
    pdf.add_font("DejaVu", "B", str(fonts_dir() / "DejaVuSans-Bold.ttf"))
    pdf.set_auto_page_break(False)
    for text in pages:
        pdf.add_page()
        first, _, rest = text.partition("\n")
        pdf.set_font("DejaVu", "B", size=9.5)
        pdf.multi_cell(0, 4.6, first, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.set_font("DejaVu", "", size=9.5)
        pdf.multi_cell(0, 4.6, rest)
    pdf.output(str(target))


def export_figures(folder: Path, count: int, scenarios: int | None, runs: int,
                   block: int) -> list[Figure]:
    from pypdf import PdfReader

    from sm_sim.records import export_attempts
    distinct = recorded(folder, scenarios)
    attempts = [distinct[i % len(distinct)] for i in range(count)]
    found = []
    csv_out, bare_csv = folder / "ours.csv", folder / "bare.csv"
    export_attempts(attempts, "csv", csv_out)
    with csv_out.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))

    def csv_bare() -> None:
        with bare_csv.open("w", encoding="utf-8-sig", newline="") as handle:
            csv.writer(handle, lineterminator="\r\n").writerows(rows)
    a, b = interleaved(lambda: export_attempts(attempts, "csv", csv_out), csv_bare, runs)
    found.append(Figure("export.csv", f"export {count:,} attempts to CSV", median(a) * 1e3,
                        median(b) * 1e3, "ms", "csv.writer, the same rows to one file", None, runs,
                        f"{len(rows) - 1:,} rows; ours also writes atomically (fsync, rename)"))
    xapi_out, bare_xapi = folder / "ours.json", folder / "bare.json"
    export_attempts(attempts, "xapi", xapi_out)
    made = json.loads(xapi_out.read_text(encoding="utf-8"))

    def xapi_bare() -> None:
        bare_xapi.write_text(json.dumps(made, ensure_ascii=False, indent=1), encoding="utf-8")
    a, b = interleaved(lambda: export_attempts(attempts, "xapi", xapi_out), xapi_bare, runs)
    found.append(Figure("export.xapi", f"export {count:,} attempts to xAPI", median(a) * 1e3,
                        median(b) * 1e3, "ms", "json.dumps, the same statements to one file", None,
                        runs, f"{len(made):,} statements; ours builds them from the attempts"))
    pages = {}
    for attempt in distinct:
        target = folder / "probe.pdf"
        export_attempts([attempt], "pdf", target)
        pages[id(attempt)] = [page.extract_text() for page in PdfReader(target).pages]
    pdf_folder = folder / "pdf"
    pdf_folder.mkdir()
    blocks = [attempts[i:i + block] for i in range(0, count, block)]
    numbers = iter(range(10 * count))

    def ours_block(chunk: list[Any]) -> float:
        began = time.perf_counter()
        for attempt in chunk:
            export_attempts([attempt], "pdf", pdf_folder / f"ours{next(numbers)}.pdf")
        return time.perf_counter() - began

    def bare_block(chunk: list[Any]) -> float:
        began = time.perf_counter()
        for attempt in chunk:
            bare_pdf(pages[id(attempt)], pdf_folder / f"bare{next(numbers)}.pdf")
        return time.perf_counter() - began
    chunks = iter(blocks)
    pending: list[list[Any]] = []

    def next_chunk() -> list[Any]:  # each block is made by ours and by the bare writer
        if not pending:
            pending.extend([next(chunks)] * 2)
        return pending.pop()
    a, b = alternate(lambda: ours_block(next_chunk()), lambda: bare_block(next_chunk()),
                     len(blocks), warmup=0)
    found.append(Figure("export.pdf", f"export {count:,} attempts to PDF, one file each",
                        median(a) * len(blocks), median(b) * len(blocks), "s",
                        "plain fpdf2: the same text, pages and two faces", at_most(1.5), len(blocks),
                        f"{sum(len(pages[id(x)]) for x in attempts):,} pages in blocks of {block}"))
    return found


def figures(quick: bool = False) -> list[Figure]:
    with tempfile.TemporaryDirectory(prefix="sm-sim-bench-") as name:
        folder = Path(name)
        kept = os.environ.get("SM_SIM_DATA_DIR")
        os.environ["SM_SIM_DATA_DIR"] = str(folder / "data")
        try:
            if quick:
                return export_figures(folder, 6, 2, 3, 3)
            return export_figures(folder, 1000, None, 5, 100)
        finally:
            if kept is None:
                del os.environ["SM_SIM_DATA_DIR"]
            else:
                os.environ["SM_SIM_DATA_DIR"] = kept


def main() -> None:
    if "--figures" in sys.argv:
        print_table(figures("--quick" in sys.argv))
        return
    folder = Path(tempfile.mkdtemp(prefix="sm-sim-bench-"))
    os.environ["SM_SIM_DATA_DIR"] = str(folder)
    from sm_sim.engine import ScenarioRun, automatic, play
    from sm_sim.records import AttemptJournal, export_attempts, read_attempt, statements, trainee_for
    from sm_sim.scenario import load_scenario

    loaded = load_scenario(ROOT / "scenarios" / "cordon_questions.yaml")
    assert loaded.scenario is not None and loaded.guidance is not None
    scenario, library = loaded.scenario, loaded.guidance
    trainee = trainee_for("Bench Mark")
    counter = iter(range(10_000))

    def bare() -> None:
        play(scenario, automatic("best", scenario.seed))

    def journalled() -> Path:
        run = ScenarioRun(scenario)
        journal = AttemptJournal.begin(run, library, trainee, path=folder / f"{next(counter)}.jsonl")
        play(scenario, automatic("best", scenario.seed), run=run)
        return journal.path

    path = journalled()
    attempt = read_attempt(path)
    rows = [
        ("play, no journal", _median_ms(bare)),
        ("play with journal (fsync per action)", _median_ms(journalled)),
        (f"read back ({len(attempt.events)} events)", _median_ms(lambda: read_attempt(path))),
        ("xAPI statements", _median_ms(lambda: statements(attempt))),
    ]
    for fmt in ("csv", "json", "pdf"):
        rows.append((f"export {fmt}", _median_ms(
            lambda fmt=fmt: export_attempts([attempt], fmt, folder / f"out.{fmt}"))))
    print(f"{'what':<40} {'median ms':>10}")
    for name, value in rows:
        print(f"{name:<40} {value:>10.1f}")


if __name__ == "__main__":
    main()
