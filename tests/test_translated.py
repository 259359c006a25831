"""Every sentence the screens show is marked for translation: a scan of src/sm_sim/ui for
string literals that read like words (two words or more) outside tr(), translate(),
QT_TRANSLATE_NOOP(), say() and the places that are not shown (docstrings, object names, keys,
comparisons). What is left is listed below, each with why it stays as it is."""

from __future__ import annotations

import ast
import re
from pathlib import Path

UI = Path(__file__).resolve().parents[1] / "src" / "sm_sim" / "ui"
MARKERS = {"tr", "translate", "QT_TRANSLATE_NOOP", "say"}
NOT_SHOWN = {"setObjectName", "setProperty", "findChild", "findChildren", "startswith", "endswith",
             "split", "replace", "get", "value", "setValue", "setStyleSheet", "abandon", "debug",
             "info", "warning", "error", "exception"}
WORDS = re.compile(r"[A-Za-z]{3,} [a-z]{2,}")
KEPT = {  # (file, the sentence's start): why it is not translated
    ("dialogs/appearance.py", "Takes effect the next time"): "said in both languages at once",
    ("dialogs/questions.py", "give up"): "an enum's value, never shown",
    ("dialogs/resume.py", "dd MMM yyyy"): "a date format",
    ("feed/layout.py", "A post from "): "a reason the catalogue has no sentence for; never met",
    ("kit/appearance.py", "Automatic (as the computer"): "the setting's English; the dialog says it",
    ("kit/appearance.py", "High contrast"): "the setting's English; the dialog says it",
    ("kit/language.py", "As this computer is set"): "the setting's English; the dialog says it",
    ("launch.py", "entry_for finds playable"): "an assertion's message",
    ("launch.py", "the LMS's launch could not"): "written into the attempt's record",
    ("main_window.py", "only playable cards can"): "an assertion's message",
    ("session/recorder.py", "given up by the trainee"): "written into the attempt's record",
    ("system_check.py", "sm-sim cannot open its window"): "said before Qt can start, in English",
    ("system_check.py", "then start sm-sim again"): "said before Qt can start, in English",
}


def _not_shown(tree: ast.AST) -> set[int]:
    """The ids of the nodes whose strings are marked or never shown."""
    skip: set[int] = set()

    def all_of(node: ast.AST) -> None:
        skip.update(id(sub) for sub in ast.walk(node))

    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            name = node.func.attr if isinstance(node.func, ast.Attribute) else getattr(node.func, "id", "")
            # say() is the core's sentences said; a window's own .say(…) shows what it is given
            marker = name in MARKERS and not (name == "say" and isinstance(node.func, ast.Attribute))
            if marker or name in NOT_SHOWN:
                for arg in node.args:
                    all_of(arg)
            for keyword in node.keywords:
                if keyword.arg in ("objectName", "name"):
                    all_of(keyword.value)
        elif isinstance(node, ast.FunctionDef | ast.ClassDef | ast.Module | ast.AsyncFunctionDef):
            first = node.body[0] if node.body else None
            if isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant):
                skip.add(id(first.value))
        elif isinstance(node, ast.JoinedStr):  # read whole, not piece by piece
            skip.update(id(v) for v in node.values)
        elif isinstance(node, ast.Subscript):
            all_of(node.slice)
        elif isinstance(node, ast.Compare | ast.Assert):
            all_of(node)
        elif isinstance(node, ast.Dict):
            for key in node.keys:
                if key is not None:
                    all_of(key)
    return skip


def _unmarked() -> list[tuple[str, str]]:
    found = []
    for path in sorted(UI.rglob("*.py")):
        tree = ast.parse(path.read_text())
        skip = _not_shown(tree)
        for node in ast.walk(tree):
            if id(node) in skip:
                continue
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                text = node.value
            elif isinstance(node, ast.JoinedStr):
                text = "".join(v.value for v in node.values if isinstance(v, ast.Constant))
            else:
                continue
            if WORDS.search(text) and "<span" not in text:
                found.append((str(path.relative_to(UI)), text))
    return found


def test_every_sentence_on_a_screen_is_marked_for_translation() -> None:
    left = sorted({(f, t[:70]) for f, t in _unmarked()
                   if not any(f == kf and t.startswith(kt) for kf, kt in KEPT)})
    assert left == []


def test_the_scan_finds_an_unmarked_sentence(tmp_path: Path) -> None:
    tree = ast.parse('label.setText("Your reply was sent")\nlabel.setText(self.tr("Your reply was sent"))\n')
    skip = _not_shown(tree)
    texts = [n.value for n in ast.walk(tree) if isinstance(n, ast.Constant) and id(n) not in skip]
    assert texts == ["Your reply was sent"]
