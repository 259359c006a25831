"""`sm-sim graph --format svg|png`: the map drawn without Graphviz, as the workbench lays it
out; the SVG parses, has a box per state and ending, and never turns scenario text into markup."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from sm_sim.cli import main
from sm_sim.scenario import load_scenario
from sm_sim.scenario.storymap import story_map
from sm_sim.scenario.svgmap import to_svg

from ..conftest import EXAMPLE

SVG = "{http://www.w3.org/2000/svg}"


def test_the_svg_has_a_box_for_every_state_and_ending_and_an_arrow_per_way(tmp_path: Path) -> None:
    out = tmp_path / "map.svg"
    assert main(["graph", str(EXAMPLE), "--format", "svg", "-o", str(out)]) == 0
    root = ET.parse(out).getroot()
    loaded = load_scenario(EXAMPLE)
    scenario = loaded.scenario
    boxes = {g.find(f"{SVG}title").text for g in root.iter(f"{SVG}g")}
    assert boxes == {*scenario.states, *scenario.endings}
    story = story_map(loaded.source)
    assert len(root.findall(f"{SVG}path")) == len([a for a in story.arrows() if a.source != a.target])
    texts = ["".join(t.itertext()) for t in root.iter(f"{SVG}text")]
    assert "Trust earned" in texts and "ending: good" in texts
    assert any(t.endswith("4 options") for t in texts)  # (its options listed in a tooltip)


def test_scenario_text_is_escaped(tmp_path: Path) -> None:
    hostile = tmp_path / "hostile.yaml"
    hostile.write_text(EXAMPLE.read_text().replace("title: Mill Road is closed",
                                                   'title: "<script>alert(1)</script> & co"'))
    loaded = load_scenario(hostile)
    svg = to_svg(story_map(loaded.source), "A <b>title</b>")
    assert "<script>" not in svg and "<b>" not in svg and "&lt;script&gt;" in svg
    ET.fromstring(svg)  # still well-formed


def test_png_is_drawn_without_graphviz_and_needs_a_file(tmp_path: Path, capsys) -> None:
    pytest.importorskip("PySide6.QtSvg")  # (the core's Qt-free run has no Qt to draw with)
    import os
    import subprocess
    import sys
    out = tmp_path / "map.png"  # in a process of its own: drawing starts Qt
    done = subprocess.run([sys.executable, "-m", "sm_sim", "graph", str(EXAMPLE), "--format", "png",
                           "-o", str(out)], env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
                          capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr
    assert out.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert main(["graph", str(EXAMPLE), "--format", "png"]) == 2
    assert "-o map.png" in capsys.readouterr().err
