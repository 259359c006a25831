"""The layering rules, checked on the source: cli/ui → records → engine → scoring → scenario,
no Qt below ui, and inside ui a kit, the seams, then one room per screen, then the shell."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[1] / "src" / "sm_sim"
ORDER = ["scenario", "scoring", "engine", "records", "ui", "cli"]  # each may import only those before it
CORE = ["scenario", "scoring", "engine", "records"]
# Inside ui/: a room may import rooms of a lower rank, never one of its own rank or above
# (so no screen imports another screen). The shell is the files at ui/'s top.
UI_RANKS = {
    "kit": 0,  # theme, icons, settings, background work: no screens
    "session": 1, "feed": 1, "dialogs": 1,  # the engine seam; the feed; the modal questions
    "filing": 2,  # exports and sending, for any screen that offers them
    "start": 3, "attempt": 3, "debrief": 3, "results": 3, "workbench": 3,  # the screens
    "console": 3,
    "": 4,  # the shell: app, main window, errors
}


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
    assert folder.is_dir(), f"the {layer} package is missing"
    for path in folder.rglob("*.py"):
        for name in _imports(path):
            parts = name.split(".")
            if parts[0] == "sm_sim" and len(parts) > 1 and parts[1] in ORDER:
                assert parts[1] in allowed, f"{path.relative_to(SRC)} imports {name}"
            if layer in CORE:
                assert parts[0] not in ("PySide6", "shiboken6"), f"{path} imports Qt"


def _ui_room(module: str) -> str | None:
    """The ui room a module is in ("" for the shell), None outside ui."""
    parts = module.split(".")
    if parts[:2] != ["sm_sim", "ui"]:
        return None
    return parts[2] if len(parts) > 2 and (SRC / "ui" / parts[2]).is_dir() else ""


@pytest.mark.parametrize("room", list(UI_RANKS))
def test_ui_rooms_import_only_lower_rooms(room):
    folder = SRC / "ui" / room
    assert folder.is_dir(), f"ui/{room} is missing"
    paths = folder.glob("*.py") if room == "" else folder.rglob("*.py")
    for path in paths:
        for name in _imports(path):
            other = _ui_room(name)
            if other is None or other == room:
                continue
            assert other in UI_RANKS, f"{path.relative_to(SRC)} imports {name}, which is in no room"
            assert UI_RANKS[other] < UI_RANKS[room], \
                f"{path.relative_to(SRC)} imports {name}: ui/{room} may not import ui/{other}"


def test_no_import_circles():
    """No two modules import each other, directly or round a loop (type-checking imports too)."""
    graph: dict[str, set[str]] = {}
    for path in SRC.rglob("*.py"):
        module = ".".join(path.relative_to(SRC.parent).with_suffix("").parts)
        module = module.removesuffix(".__init__")
        graph[module] = {n for n in _imports(path) if n.startswith("sm_sim.")}
    for module in graph:  # a name imported from a package may be a module of it
        graph[module] = {n if n in graph else n.rsplit(".", 1)[0] for n in graph[module]}
    state: dict[str, int] = {}

    def visit(module: str, trail: list[str]) -> None:
        state[module] = 1
        for name in sorted(graph.get(module, ())):
            if name == module or name.startswith(module + ".") or module.startswith(name + "."):
                continue  # a package and its own modules
            assert state.get(name) != 1, "import circle: " + " → ".join([*trail, module, name])
            if name in graph and state.get(name) is None:
                visit(name, [*trail, module])
        state[module] = 2

    for module in sorted(graph):
        if state.get(module) is None:
            visit(module, [])


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


def test_missing_x11_libraries_are_named_as_packages_before_qt_starts():
    from sm_sim.ui import system_check as check
    assert check.wants_xcb({}, "linux") and not check.wants_xcb({"WAYLAND_DISPLAY": "w"}, "linux")
    assert not check.wants_xcb({"QT_QPA_PLATFORM": "offscreen"}, "linux")
    assert check.wants_xcb({"QT_QPA_PLATFORM": "xcb"}, "linux") and not check.wants_xcb({}, "win32")
    absent = {"libxcb-icccm.so.4", "libxcb-keysyms.so.1"}
    packages = check.missing_packages(lambda name: name not in absent)
    assert packages == ["libxcb-icccm4", "libxcb-keysyms1"]
    assert "sudo apt-get install libxcb-icccm4 libxcb-keysyms1" in check.advice(packages)
    assert check.missing_packages(lambda name: True) == []


def test_the_floor_below_every_layer_imports_nothing_of_ours():
    """data.py (where the assets are) and i18n.py (the core's sentences said), which every
    layer may use, import no layer and no Qt: only each other's floor."""
    for name, allowed in (("data", set()), ("i18n", {"sm_sim.data"})):
        found = {n for n in _imports(SRC / f"{name}.py") if n.startswith(("sm_sim", "PySide6"))}
        assert found <= allowed, f"{name}.py imports {found - allowed}"
