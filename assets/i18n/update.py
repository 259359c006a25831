"""Bring the translation catalogues up to date with the code.

- The screens: ``pyside6-lupdate`` collects every string marked for translation under
  src/sm_sim/ui into ``sm_sim_cy.ts`` (keeping the translations already there), then
  ``pyside6-lrelease`` compiles it into ``sm_sim_cy.qm``, which the app loads.
- The Qt-free core (``sm_sim/i18n.py``): Babel collects every sentence marked ``N_()`` in the
  rest of src/sm_sim into ``core_cy.po`` (keeping its translations), and compiles
  ``core_cy.mo``, which the core reads with Python's gettext.

Run it after changing a string, translate what is new (``type="unfinished"`` in the .ts, an
empty ``msgstr`` in the .po: Qt Linguist, poedit or any editor), and run it again.

    python assets/i18n/update.py            # update and compile
    python assets/i18n/update.py --check    # exit 1 if either file is not up to date
"""

from __future__ import annotations

import argparse
import contextlib
import datetime
import io
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
SOURCES = ROOT / "src" / "sm_sim" / "ui"
CORE = ROOT / "src" / "sm_sim"
LANGUAGES = ("cy",)
# N_("…") marks a sentence and tr("…") says one (sm_sim/i18n.py); a detector's rule(pattern,
# reason) and Finding(flag, start, end, reason) are marked by where they are written
KEYWORDS = {"N_": None, "tr": None, "rule": (2,), "Finding": (4,)}
_FIXED = datetime.datetime(2026, 12, 4, tzinfo=datetime.UTC)  # so a re-run writes the same file
_FIELD = re.compile(r"\{(\w+)\}")


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


def core_po(po: Path, code: str) -> tuple[str, bytes]:
    """The core's catalogue for ``code`` as it should be now (kept translations, the code's
    sentences) and its compiled form."""
    from babel.messages.catalog import Catalog
    from babel.messages.extract import extract_from_dir
    from babel.messages.mofile import write_mo
    from babel.messages.pofile import read_po, write_po

    template = Catalog(project="sm-sim", creation_date=_FIXED, fuzzy=False)
    # Babel warns of every f-string in a marked call, the detectors' patterns (rule's first
    # argument) included; ruff's INT rules refuse one in N_() itself, so the warnings go
    with contextlib.redirect_stderr(io.StringIO()):
        found = list(extract_from_dir(CORE, keywords=KEYWORDS,
                                      directory_filter=lambda d: Path(d).name != "ui"))
    for _, _, message, *_ in found:
        template.add(message, flags=("python-brace-format",) if _FIELD.search(message) else ())
    if po.is_file():
        with po.open("rb") as file:
            catalogue = read_po(file, locale=code)
    else:
        catalogue = Catalog(locale=code, project="sm-sim", creation_date=_FIXED, fuzzy=False)
    catalogue.update(template, no_fuzzy_matching=True, update_creation_date=False)
    catalogue.obsolete.clear()
    catalogue.revision_date = catalogue.creation_date = _FIXED
    text, compiled = io.BytesIO(), io.BytesIO()
    write_po(text, catalogue, width=100, no_location=True, sort_output=True, omit_header=False)
    write_mo(compiled, catalogue)
    return text.getvalue().decode(), compiled.getvalue()


def core_problems(po: Path) -> list[str]:
    """Translations whose ``{names}`` differ from the English's (the sentence could not be
    said with its values)."""
    from babel.messages.pofile import read_po
    with po.open("rb") as file:
        catalogue = read_po(file)
    return [f"{po.name}: the translation of {m.id!r} has {{names}} the English does not"
            for m in catalogue if m.id and m.string
            and sorted(_FIELD.findall(m.id)) != sorted(_FIELD.findall(str(m.string)))]


def check() -> list[str]:
    """What is out of date, in words (empty when every file matches the code)."""
    stale = []
    for code in LANGUAGES:
        po, mo = HERE / f"core_{code}.po", HERE / f"core_{code}.mo"
        text, compiled = core_po(po, code)
        if not po.is_file() or po.read_text() != text:
            stale.append(f"{po.name} does not hold the sentences the core writes now")
        elif not mo.is_file() or mo.read_bytes() != compiled:
            stale.append(f"{mo.name} is not compiled from {po.name}")
        if po.is_file():
            stale += core_problems(po)
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
        po = HERE / f"core_{code}.po"
        text, compiled = core_po(po, code)
        po.write_text(text)
        (HERE / f"core_{code}.mo").write_bytes(compiled)
        print(f"updated {ts.relative_to(ROOT)}, {po.relative_to(ROOT)} and their compiled files")
        for line in core_problems(po):
            print(line, file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
