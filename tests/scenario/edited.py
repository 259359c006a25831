"""minimal.yaml with a few edits made: how most checks' tests make the file they need."""

from __future__ import annotations

from pathlib import Path

MINIMAL = Path(__file__).parent / "minimal.yaml"


def minimal_with(tmp_path: Path, *edits: tuple[str, str], name: str = "scenario.yaml") -> Path:
    """A copy of minimal.yaml in ``tmp_path`` with each (old, new) replacement made; each old
    text must be there, so a test cannot pass on an edit that changed nothing."""
    text = MINIMAL.read_text()
    for old, new in edits:
        assert old in text, old
        text = text.replace(old, new)
    path = tmp_path / name
    path.write_text(text)
    return path
