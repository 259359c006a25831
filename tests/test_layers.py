"""The layering rule, checked: ui → records → engine → scoring → scenario, and no Qt below ui."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[1] / "src" / "sm_sim"
ORDER = ["scenario", "scoring", "engine", "records", "ui"]  # each may import only those before it
CORE = ["scenario", "scoring", "engine", "records"]


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(), str(path))
    found: set[str] = set()
    package = ".".join(path.relative_to(SRC.parent).with_suffix("").parts[:-1])
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")
                base = base[: len(base) - node.level + 1]
                found.add(".".join([*base, node.module] if node.module else base))
            elif node.module:
                found.add(node.module)
    return found


@pytest.mark.parametrize("layer", ORDER)
def test_layer_imports_only_what_is_below_it(layer):
    allowed = set(ORDER[: ORDER.index(layer) + 1])
    folder = SRC / layer
    if not folder.exists():
        pytest.skip(f"{layer} not built yet")
    for path in folder.rglob("*.py"):
        for name in _imports(path):
            parts = name.split(".")
            if parts[0] == "sm_sim" and len(parts) > 1 and parts[1] in ORDER:
                assert parts[1] in allowed, f"{path.relative_to(SRC)} imports {name}"
            if layer in CORE:
                assert parts[0] not in ("PySide6", "shiboken6"), f"{path} imports Qt"


def test_core_runs_with_qt_unavailable():
    """Import and play headless in a process where importing PySide6 fails."""
    script = (
        "import sys\n"
        "class Block:\n"
        "    def find_spec(self, name, path=None, target=None):\n"
        "        if name.split('.')[0] in ('PySide6', 'shiboken6'):\n"
        "            raise ImportError('Qt is blocked in this test')\n"
        "sys.meta_path.insert(0, Block())\n"
        "from sm_sim.cli import main\n"
        "raise SystemExit(main(['play', sys.argv[1], '--auto', 'worst', '--json']))\n"
    )
    example = Path(__file__).resolve().parents[1] / "scenarios" / "cordon_questions.yaml"
    result = subprocess.run([sys.executable, "-c", script, str(example)], capture_output=True,
                            text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert '"ending"' in result.stdout
