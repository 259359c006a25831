"""Bring the translation catalogues up to date with the code: ``pyside6-lupdate`` collects
every string marked for translation under src/sm_sim/ui into ``sm_sim_cy.ts`` (keeping the
translations already there), then ``pyside6-lrelease`` compiles it into ``sm_sim_cy.qm``,
which the app loads. Run it after changing a string on screen, translate what it reports as
unfinished (Qt Linguist, ``pyside6-linguist``, or any editor), and run it again.

    python assets/i18n/update.py            # update and compile
    python assets/i18n/update.py --check    # exit 1 if either file is not up to date
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
SOURCES = ROOT / "src" / "sm_sim" / "ui"
LANGUAGES = ("cy",)


def tool(name: str) -> str:
    """A tool PySide6 installs beside this Python (in its venv), else the one on PATH."""
    beside = Path(sys.executable).parent / name
    return str(beside) if beside.is_file() else name


def sources() -> list[str]:
    return sorted(str(p.relative_to(ROOT)) for p in SOURCES.rglob("*.py"))


def update(ts: Path) -> None:
    subprocess.run([tool("pyside6-lupdate"), "-no-obsolete", "-locations", "none", *sources(),
                    "-ts", str(ts)], cwd=ROOT, check=True, capture_output=True)


def release(ts: Path, qm: Path) -> None:
    subprocess.run([tool("pyside6-lrelease"), str(ts), "-qm", str(qm)], check=True,
                   capture_output=True)


def check() -> list[str]:
    """What is out of date, in words (empty when both files match the code)."""
    stale = []
    with tempfile.TemporaryDirectory() as folder:
        for code in LANGUAGES:
            ts, qm = HERE / f"sm_sim_{code}.ts", HERE / f"sm_sim_{code}.qm"
            fresh_ts, fresh_qm = Path(folder) / ts.name, Path(folder) / qm.name
            shutil.copy(ts, fresh_ts)
            update(fresh_ts)
            if fresh_ts.read_bytes() != ts.read_bytes():
                stale.append(f"{ts.name} does not hold the strings the code shows now")
            release(ts, fresh_qm)
            if not qm.is_file() or fresh_qm.read_bytes() != qm.read_bytes():
                stale.append(f"{qm.name} is not compiled from {ts.name}")
    return stale


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true")
    if parser.parse_args().check:
        stale = check()
        for line in stale:
            print(f"{line}: run python assets/i18n/update.py", file=sys.stderr)
        return 1 if stale else 0
    for code in LANGUAGES:
        ts = HERE / f"sm_sim_{code}.ts"
        update(ts)
        release(ts, HERE / f"sm_sim_{code}.qm")
        print(f"updated {ts.relative_to(ROOT)} and its .qm")
    return 0


if __name__ == "__main__":
    sys.exit(main())
