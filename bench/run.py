"""Every benchmark in bench/, one table: for each figure ours, a baseline doing the same work in
the same run, the ratio and the goal (medians over runs of ours and the baseline in turn).

    python bench/run.py [--quick] [--json] [--only startup,cli,...]
    python bench/run.py --markdown RUN.json [--into docs/performance.md]

``--quick`` runs small sizes in under a minute (the test suite runs it, so the benchmarks keep
working; no test looks at the times). ``--json`` prints the figures and the machine they came
from as JSON on standard output (the table then goes to standard error). ``--markdown`` turns
such a file into the table of docs/performance.md; ``--into`` replaces the part of that file
between its ``<!-- bench:start -->`` and ``<!-- bench:end -->`` lines.

The checkout this file is in is what gets measured (its ``src`` comes first on the path),
offscreen, with a fresh data, log and settings folder: no real trainee's records are read.
"""

from __future__ import annotations

import argparse
import datetime
import gc
import importlib
import json
import os
import platform
import subprocess
import sys
import tempfile
import time
import traceback
from pathlib import Path
from typing import Any

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
sys.path[:0] = [str(BENCH), str(ROOT / "src")]

# (module, what it measures), in the order they run and are shown
SUITES = {
    "startup": ("bench_startup", "start-up"),
    "cli": ("bench_cli", "command-line verbs"),
    "feed": ("bench_feed", "the feed"),
    "engine": ("bench_engine", "the engine"),
    "load": ("bench_load", "loading big scenarios"),
    "detectors": ("bench_detectors", "the reply detectors"),
    "records": ("bench_records", "exports"),
    "bombs": ("bench_bombs", "hostile files"),
}
START, END = "<!-- bench:start -->", "<!-- bench:end -->"


def _first(path: str, key: str) -> str:
    try:
        for line in Path(path).read_text().splitlines():
            if line.startswith(key):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return ""


def machine() -> dict[str, Any]:
    from PySide6 import __version__ as pyside
    from PySide6.QtCore import qVersion

    import sm_sim
    commit = subprocess.run(["git", "-C", str(ROOT), "rev-parse", "--short", "HEAD"],
                            capture_output=True, text=True, check=False).stdout.strip()
    memory = _first("/proc/meminfo", "MemTotal")
    return {
        "cpus": os.cpu_count(),
        "cpu": _first("/proc/cpuinfo", "model name") or platform.processor(),
        "memory": memory,
        "python": platform.python_version(),
        "qt": qVersion(),
        "pyside6": pyside,
        "platform": platform.platform(),
        "qpa": os.environ.get("QT_QPA_PLATFORM", ""),
        "load_average": list(os.getloadavg()) if hasattr(os, "getloadavg") else None,
        "sm_sim": f"{sm_sim.__version__} from {Path(sm_sim.__file__).parent}",
        "commit": commit,
    }


def isolate(folder: str) -> None:
    """Offscreen Qt; records, logs and settings in ``folder`` (children inherit it)."""
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    for name, sub in (("SM_SIM_DATA_DIR", "data"), ("SM_SIM_LOG_DIR", "logs"),
                      ("XDG_CONFIG_HOME", "config")):
        os.environ[name] = os.path.join(folder, sub)


def collect(names: list[str], quick: bool, say: Any) -> tuple[list[dict[str, Any]], list[str]]:
    found: list[dict[str, Any]] = []
    failed: list[str] = []
    for name in names:
        module_name, title = SUITES[name]
        began = time.perf_counter()
        say(f"{title} ({module_name}) …")
        try:
            module = importlib.import_module(module_name)
            gc.collect()
            figures = module.figures(quick=quick)
        except Exception:  # one broken benchmark must not hide the others' figures
            failed.append(name)
            say(traceback.format_exc())
            continue
        for figure in figures:
            found.append({"suite": name, **figure.as_dict()})
        say(f"  {len(figures)} figures in {time.perf_counter() - began:.1f} s")
    return found, failed


def restore(data: dict[str, Any]) -> list[Any]:
    """Figures from a ``--json`` file, for the table."""
    from figures import Figure, Goal
    made = []
    for d in data["figures"]:
        goal = Goal(d["goal"], d["goal_limit"], d["goal_on"]) if d.get("goal") else None
        made.append(Figure(d["key"], d["name"], d["ours"], d["baseline"], d["unit"], d["against"],
                           goal, d["runs"], d.get("note", ""), d.get("extra", {})))
    return made


def markdown(data: dict[str, Any]) -> str:
    from figures import COLUMNS, rows
    figures = restore(data)
    m = data["machine"]
    when = data["finished"][:16].replace("T", " ")
    load = ", ".join(f"{x:.1f}" for x in m["load_average"]) if m.get("load_average") else "?"
    memory = m["memory"]
    if memory.endswith(" kB"):
        memory = f"{int(memory.split()[0]) / 2**20:.0f} GiB"
    lines = [
        f"Generated by `python bench/run.py --json > docs/performance.json`, then "
        f"`python bench/run.py --markdown docs/performance.json --into docs/performance.md`: "
        f"the run finished {when} UTC, on commit {m['commit']}, and took "
        f"{data['seconds'] / 60:.0f} minutes.",
        "",
        f"Machine: {m['cpus']} CPUs ({m['cpu']}), {memory} memory, {m['platform']}, "
        f"Python {m['python']}, Qt {m['qt']} (PySide6 {m['pyside6']}), "
        f"`QT_QPA_PLATFORM={m['qpa']}`; load average at the start {load} "
        f"(the machine is shared with other work).",
        "",
        "| " + " | ".join(COLUMNS) + " |",
        "|" + "|".join("---:" if i in (1, 2, 3) else "---" for i in range(len(COLUMNS))) + "|",
    ]
    lines += ["| " + " | ".join(cell.replace("|", "\\|") for cell in row) + " |" for row in rows(figures)]
    met = [f for f in figures if f.met is True]
    missed = [f for f in figures if f.met is False]
    lines += ["", f"Goals met: {len(met)} of {len(met) + len(missed)} figures that have one."]
    if data.get("failed"):
        lines += ["", f"Failed to run: {', '.join(data['failed'])}."]
    return "\n".join(lines) + "\n"


def into(doc: Path, text: str) -> None:
    old = doc.read_text(encoding="utf-8")
    head, start, rest = old.partition(START)
    _, end, tail = rest.partition(END)
    if not start or not end:
        raise SystemExit(f"{doc}: no {START} … {END} lines to write between")
    doc.write_text(f"{head}{START}\n{text}{END}{tail}", encoding="utf-8")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="small sizes, in seconds")
    parser.add_argument("--json", action="store_true", help="JSON on standard output")
    parser.add_argument("--only", default=",".join(SUITES), help="suites to run (comma-separated)")
    parser.add_argument("--markdown", type=Path, metavar="RUN.json",
                        help="the docs table of a saved --json run, instead of running")
    parser.add_argument("--into", type=Path, metavar="DOC", help="with --markdown: write it into DOC")
    args = parser.parse_args()
    if args.markdown:
        text = markdown(json.loads(args.markdown.read_text(encoding="utf-8")))
        if args.into:
            into(args.into, text)
        else:
            sys.stdout.write(text)
        return 0
    names = [n for n in args.only.split(",") if n]
    unknown = [n for n in names if n not in SUITES]
    if unknown:
        parser.error(f"unknown suite {', '.join(unknown)} (choose from {', '.join(SUITES)})")
    out = sys.stderr if args.json else sys.stdout

    def say(text: str) -> None:
        print(text, file=sys.stderr, flush=True)
    began = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="sm-sim-bench-") as folder:
        isolate(folder)
        described = machine()
        found, failed = collect(names, args.quick, say)
    data = {"quick": args.quick, "finished": datetime.datetime.now(datetime.UTC).isoformat(),
            "seconds": time.perf_counter() - began, "machine": described,
            "load_average_after": list(os.getloadavg()) if hasattr(os, "getloadavg") else None,
            "figures": found, "failed": failed}
    from figures import table
    print(table(restore(data)), file=out)
    if args.json:
        json.dump(data, sys.stdout, indent=1, ensure_ascii=False, allow_nan=False)
        sys.stdout.write("\n")
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
