"""Text the shipped fonts cannot draw is warned about once per character, where it is first
used (SC080); what the fonts can draw is read from their cmaps, as the app loads them."""

from __future__ import annotations

from pathlib import Path

from sm_sim.scenario import data_root, load_scenario
from sm_sim.scenario.fonts import drawable, shipped_fonts, undrawable

MINIMAL = Path(__file__).parent / "minimal.yaml"


def _warnings(tmp_path: Path, old: str, new: str) -> list[str]:
    path = tmp_path / "text.yaml"
    text = MINIMAL.read_text()
    assert old in text
    path.write_text(text.replace(old, new))
    return [d.format() for d in load_scenario(path).diagnostics if d.code == "SC080"]


def test_the_app_loads_the_fonts_the_check_reads():
    names = [p.name for p in shipped_fonts(data_root())]
    assert names == ["DejaVuSans-Bold.ttf", "DejaVuSans.ttf"]
    has = drawable(tuple(shipped_fonts(data_root())))
    assert ord("é") in has and ord("£") in has and ord("😂") in has  # DejaVu has some faces
    assert ord("🙄") not in has and ord("中") not in has


def test_an_emoji_the_fonts_lack_is_named_once_with_its_other_places(tmp_path):
    found = _warnings(tmp_path, "text: What is going on at the park?",
                      "text: What is going on at the park? 🙄🙄")
    found += _warnings(tmp_path, "label: Ignore it", "label: Ignore it 🙄")
    assert len(found) == 1 + 1
    path = tmp_path / "both.yaml"
    path.write_text(MINIMAL.read_text().replace("What is going on at the park?", "Park? 🙄")
                    .replace("label: Ignore it", "label: Ignore it 🙄"))
    [line] = [d.format() for d in load_scenario(path).diagnostics if d.code == "SC080"]
    assert ":42:15: warning SC080 '🙄' (face with rolling eyes) is in none of the fonts sm-sim " \
        "ships (DejaVuSans-Bold.ttf, DejaVuSans.ttf)" in line
    other = path.read_text().splitlines().index("          label: Ignore it 🙄") + 1
    assert f"it is also on line {other} " in line and "elsewhere as an empty box" in line
    assert "put a font that has it in assets/fonts/" in line


def test_letters_of_a_script_the_fonts_lack_are_warned_about(tmp_path):
    found = _warnings(tmp_path, "name: A Resident", "name: 李雷")
    assert len(found) == 2 and "'李' (cjk unified ideograph-674e)" in found[0]


def test_text_the_fonts_draw_is_quiet_and_joiners_are_not_counted(tmp_path):
    assert _warnings(tmp_path, "text: What is going on at the park?",
                     "text: Café £5 ❤️ 😂 “quoted” — fine") == []
    assert undrawable("a\u200db\ufe0f", frozenset()) == []


def test_rubric_patterns_are_never_drawn_so_never_checked(tmp_path):
    rubric = ("          free_text: true\n          rubric:\n            avoid:\n"
              "              - id: eye_roll\n                label: Rolling your eyes\n"
              "                patterns: [\"🙄\"]\n")
    assert _warnings(tmp_path, "          text: Officers are at the park; please call 101 if you saw "
                     "anything.\n", rubric) == []


def test_the_shipped_library_draws_every_character():
    for path in sorted((MINIMAL.parents[2] / "scenarios").glob("*.yaml")):
        if path.name not in ("guidance.yaml", "course.yaml"):
            assert [d for d in load_scenario(path).diagnostics if d.code == "SC080"] == [], path
