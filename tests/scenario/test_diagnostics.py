"""Every diagnostic code has a failing example, and every example fails the way it says."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from sm_sim.cli import main
from sm_sim.scenario import load_scenario
from sm_sim.scenario.course import load_course
from sm_sim.scenario.diagnostics import CODES, Severity, has_errors
from sm_sim.scenario.load import COURSE_FILE

BAD = Path(__file__).parent / "bad"
FORMAT = re.compile(r"^(?P<path>.+?):(?P<line>\d+):(?P<col>\d+): (error|warning) (?P<code>SC\d{3}) .+ — .+$")
# Codes whose example cannot live in the repository as a file: made by the test instead.
GENERATED = {"SC001", "SC002"}


def example_files() -> list[Path]:
    """Files, or folders holding a scenario with its own guidance.yaml or a course.yaml."""
    return sorted(BAD.glob("SC*"))


def _is_course_example(path: Path) -> bool:
    return (path / COURSE_FILE).is_file()


def test_every_code_has_an_example():
    covered = {p.name[:5] for p in example_files()} | GENERATED
    assert set(CODES) - covered == set()


def _minimal_with(tmp_path: Path, name: str, *edits: tuple[str, str]) -> Path:
    """A copy of minimal.yaml with each (old, new) replacement made."""
    text = (BAD.parent / "minimal.yaml").read_text()
    for old, new in edits:
        text = text.replace(old, new)
    path = tmp_path / name
    path.write_text(text)
    return path


def _validate(capsys, *paths: Path) -> tuple[int, list[str]]:
    code = main(["validate", *map(str, paths)])
    err = capsys.readouterr().err
    return code, [line for line in err.splitlines() if line]


def _course_lines(path: Path) -> tuple[int, list[str]]:
    """A course example is checked by the course loader (``validate`` reads scenarios)."""
    diagnostics = load_course(path / COURSE_FILE).diagnostics
    return (2 if has_errors(diagnostics) else 0), [d.format() for d in diagnostics]


@pytest.mark.parametrize("path", example_files(), ids=lambda p: p.stem)
def test_example_reports_its_code(capsys, path):
    expected = path.name[:5]
    code, lines = _course_lines(path) if _is_course_example(path) else _validate(capsys, path)
    assert lines, "no diagnostic printed"
    for line in lines:
        assert FORMAT.match(line), line
        assert "Traceback" not in line
    codes = [FORMAT.match(line)["code"] for line in lines]
    assert expected in codes, lines
    is_error = CODES[expected].severity is Severity.ERROR
    assert code == (2 if is_error else 0)


def test_missing_file(capsys, tmp_path):
    code, lines = _validate(capsys, tmp_path / "nope.yaml")
    assert code == 2
    assert "SC001" in lines[0] and "nope.yaml:1:1:" in lines[0]


def test_a_file_bigger_than_any_scenario_is_refused_without_reading_it_all(capsys, tmp_path):
    big = tmp_path / "big.yaml"
    with big.open("wb") as handle:  # sparse: 200 MB on paper, nothing on the disk
        handle.write(b"title: x\n")
        handle.seek(200 * 1024 * 1024)
        handle.write(b"\n")
    code, lines = _validate(capsys, big)
    assert code == 2 and "SC002" in lines[0] and "50,000 states" in lines[0]


def test_location_points_at_the_bad_value(capsys):
    path = BAD / "SC030_unknown_goto.yaml"
    _, lines = _validate(capsys, path)
    match = FORMAT.match(next(line for line in lines if " SC030 " in line))
    text_line = path.read_text().splitlines()[int(match["line"]) - 1]
    assert "good_ending" in text_line
    assert text_line.index("good_ending") + 1 == int(match["col"])


def test_unknown_key_suggests_the_right_one(capsys):
    _, lines = _validate(capsys, BAD / "SC021_unknown_key.yaml")
    assert any("passmark" in line and "did you mean 'pass_mark'" in line for line in lines)


def test_invalid_utf8_is_located(capsys):
    _, lines = _validate(capsys, BAD / "SC003_not_utf8.yaml")
    path = BAD / "SC003_not_utf8.yaml"
    raw_lines = path.read_bytes().splitlines()
    match = FORMAT.match(lines[0])
    assert b"\xe9" in raw_lines[int(match["line"]) - 1]


def test_python_tag_is_never_executed(tmp_path, capsys):
    marker = tmp_path / "pwned"
    evil = tmp_path / "evil.yaml"
    evil.write_text(f"id: !!python/object/apply:os.system ['touch {marker}']\n")
    code, lines = _validate(capsys, evil)
    assert code == 2 and "SC009" in lines[0]
    assert not marker.exists()


def test_all_problems_reported_at_once(tmp_path, capsys):
    path = _minimal_with(tmp_path, "three.yaml", ("goto: good_end", "goto: nowhere"),
                         ("from: resident", "from: ghost"),
                         ("guidance: [conversation]", "guidance: [made_up]"))
    code, lines = _validate(capsys, path)
    codes = sorted(FORMAT.match(line)["code"] for line in lines)
    assert code == 2
    assert {"SC030", "SC031", "SC032"} <= set(codes)


def test_shape_problems_all_reported(tmp_path, capsys):
    path = _minimal_with(tmp_path, "two.yaml", ("minutes: 5", "minutes: five"),
                         ("difficulty: beginner", "difficulty: x"))
    _, lines = _validate(capsys, path)
    assert {"SC022", "SC023"} <= {FORMAT.match(line)["code"] for line in lines}


def test_valid_file_passes(capsys):
    code, lines = _validate(capsys, BAD.parent / "minimal.yaml")
    assert code == 0 and lines == []


def test_builtin_scenarios_are_valid(capsys):
    root = Path(__file__).resolve().parents[2] / "scenarios"
    code, lines = _validate(capsys, root)
    assert code == 0, lines


def test_command_line_entry_point_has_no_traceback():
    """The real console entry point, in a fresh process, on a hostile file."""
    result = subprocess.run([sys.executable, "-m", "sm_sim", "validate",
                             str(BAD / "SC008_alias_bomb.yaml"), str(BAD / "SC007_deep.yaml")],
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert "SC008" in result.stderr and "SC007" in result.stderr


def test_loader_returns_diagnostics_not_exceptions():
    playability = {"SC051", "SC053", "SC059"}  # found by playing or scoring it, after loading
    for path in example_files():
        if path.name[:5] in playability:
            continue
        if _is_course_example(path):
            assert load_course(path / COURSE_FILE).diagnostics, path
            continue
        loaded = load_scenario(path / "scenario.yaml" if path.is_dir() else path)
        assert loaded.diagnostics, path


def test_a_duplicate_key_does_not_hide_other_problems(tmp_path, capsys):
    path = _minimal_with(tmp_path, "both.yaml", ("title: Minimal\n", "title: Minimal\ntitle: Again\n"),
                         ("difficulty: beginner", "difficulty: Beginner"))
    code, lines = _validate(capsys, path)
    codes = [FORMAT.match(line)["code"] for line in lines]
    assert code == 2 and codes == ["SC010", "SC023"]


def test_best_play_ending_where_no_one_can_pass_is_reported(tmp_path, capsys):
    well = "    summary: It went well.\n"
    path = _minimal_with(tmp_path, "unpassable.yaml", (well, well + "    can_pass: false\n"))
    code, lines = _validate(capsys, path)
    assert code == 2
    assert any("SC051" in line and "ends in 'good_end', which cannot pass" in line for line in lines)


def test_the_command_line_says_its_version(capsys):
    import pytest

    from sm_sim import __version__
    from sm_sim.cli import main
    with pytest.raises(SystemExit) as stopped:
        main(["--version"])
    assert stopped.value.code == 0 and capsys.readouterr().out.strip() == f"sm-sim {__version__}"


def test_a_trainer_sheet_needs_exactly_three_debrief_questions(tmp_path, capsys):
    path = _minimal_with(tmp_path, "two_questions.yaml", ("    - Who else reads your reply?\n", ""))
    code, lines = _validate(capsys, path)
    match = FORMAT.match(lines[0])
    assert code == 2 and match["code"] == "SC024"
    assert "trainer_sheet.debrief_questions needs at least 3 entries" in lines[0]
    assert path.read_text().splitlines()[int(match["line"]) - 1].strip() == "- What did the resident need?"
