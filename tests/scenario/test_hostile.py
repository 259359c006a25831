"""Hostile files (issue 14): numbers Python or JSON cannot carry, and YAML that expands
without bound. Each is refused with a located diagnostic, after little work."""

from __future__ import annotations

import struct
from pathlib import Path

import pytest

from sm_sim.scenario import load_scenario, yamlsrc
from sm_sim.scenario.yamlsrc import read_yaml

MINIMAL = (Path(__file__).parent / "minimal.yaml").read_text()


def _codes(tmp_path: Path, text: str) -> list[tuple[int, int, str]]:
    path = tmp_path / "s.yaml"
    path.write_text(text)
    return [(d.line, d.col, d.code) for d in load_scenario(path).diagnostics]


@pytest.mark.parametrize("value", [".nan", ".NaN", ".inf", "-.inf", "1.0e+999"])
def test_a_number_that_is_not_finite_is_refused_where_it_is_written(tmp_path, value):
    assert _codes(tmp_path, MINIMAL.replace("pass_mark: 50", f"pass_mark: {value}")) == \
        [(11, 12, "SC012")]


@pytest.mark.parametrize("text", ["growth: {over: .nan}", "variables: {risk: .nan}",
                                  "x: [1, 2, {y: -.inf}]"])
def test_not_finite_anywhere_in_the_file(tmp_path, text):
    path = tmp_path / "s.yaml"
    path.write_text(text + "\n")
    _, found = read_yaml(path)
    assert [d.code for d in found] == ["SC012"]


@pytest.mark.parametrize("value", ["9" * 5000, "0x" + "f" * 5000, "-" + "1" * 30, "2" * 19 + "0"],
                         ids=["5000 digits", "5000 hex digits", "30 digits", "20 digits"])
def test_a_whole_number_too_long_is_refused_not_a_traceback(tmp_path, value):
    codes = _codes(tmp_path, MINIMAL.replace("pass_mark: 50", f"pass_mark: 50\nseed: {value}"))
    assert codes == [(12, 7, "SC013")]


def test_ordinary_large_seeds_still_load(tmp_path):
    assert _codes(tmp_path, MINIMAL.replace("pass_mark: 50", "pass_mark: 50\nseed: 0xffffffff")) == []


def _merge_bomb(levels: int) -> str:
    lines = ["a0: &a0 {x: 1}"]
    lines += [f"a{i}: &a{i} {{<<: [*a{i - 1}, *a{i - 1}], k{i}: 1}}" for i in range(1, levels)]
    return "\n".join(lines) + "\n"


def _laughs(levels: int) -> str:
    lines = ["a0: &a0 [x, x, x, x, x, x, x, x, x, x]"]
    lines += [f"a{i}: &a{i} [{', '.join([f'*a{i - 1}'] * 10)}]" for i in range(1, levels)]
    return "\n".join(lines) + "\n"


@pytest.mark.parametrize("text", [_merge_bomb(30), _laughs(9)], ids=["merge keys", "billion laughs"])
def test_a_bomb_is_refused_on_the_event_stream_before_anything_is_built(tmp_path, monkeypatch, text):
    built: list[object] = []
    monkeypatch.setattr(yamlsrc._Converter, "convert", lambda *a: built.append(a))
    read: list[int] = []
    check = yamlsrc._check_events
    monkeypatch.setattr(yamlsrc, "_check_events", lambda ev, name: read.append(0) or check(ev, name))
    path = tmp_path / "bomb.yaml"
    path.write_text(text)
    _, found = read_yaml(path)
    assert [d.code for d in found] == ["SC008"]
    assert read and built == []  # nothing was composed into values, let alone expanded
    assert found[0].line < len(text.splitlines())  # stopped before the last line


def test_merge_keys_of_a_reasonable_file_still_work(tmp_path):
    path = tmp_path / "m.yaml"
    path.write_text("base: &b {x: 1, y: 2}\nmore: &m {<<: *b, z: 3}\nuse: {<<: [*m, *b], y: 9}\n")
    source, found = read_yaml(path)
    assert found == [] and source.data["use"] == {"y": 9, "x": 1, "z": 3}


def test_the_expanded_count_stops_at_the_limit_not_at_the_end(tmp_path):
    """The work done is bounded: the stream is read only up to where the limit is passed."""
    path = tmp_path / "bomb.yaml"
    path.write_text(_laughs(9) + "".join(f"pad{i}: {i}\n" for i in range(5000)))
    _, found = read_yaml(path)
    assert found[0].code == "SC008" and found[0].line <= 9


# -- assets ---------------------------------------------------------------------------------

PNG_HEAD = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"


def _png(width: int, height: int) -> bytes:
    return PNG_HEAD + struct.pack(">II", width, height) + b"\x08\x06\x00\x00\x00" + b"\0" * 4


def _jpeg(width: int, height: int) -> bytes:
    app0 = b"\xff\xe0" + struct.pack(">H", 16) + b"JFIF\0" + b"\1\1\0\0\1\0\1\0\0"
    sof = b"\xff\xc2" + struct.pack(">HBHHB", 11, 8, height, width, 1) + b"\1\x11\0"
    return b"\xff\xd8" + app0 + sof + b"\xff\xd9"


def _with_avatar(tmp_path: Path, asset: str, data: bytes | None = None) -> Path:
    folder = tmp_path / "course"
    (folder / "assets").mkdir(parents=True, exist_ok=True)
    if data is not None:
        (folder / asset).write_bytes(data)
    path = folder / "s.yaml"
    path.write_text(MINIMAL.replace("    role: public\n", f"    role: public\n    avatar: {asset}\n", 1))
    return path


def _avatar_line(path: Path) -> int:
    return next(n for n, line in enumerate(path.read_text().splitlines(), 1)
                if line.strip().startswith("avatar:"))


@pytest.mark.parametrize("asset", ["assets/../../etc/passwd", "/etc/passwd", "assets/.hidden.png",
                                   "assets//x.png", "../assets/x.png"])
def test_asset_paths_that_leave_the_folder_are_refused_by_the_schema(tmp_path, asset):
    path = _with_avatar(tmp_path, asset)
    [d] = load_scenario(path).diagnostics
    assert (d.line, d.code) == (_avatar_line(path), "SC025") and "without '..'" in d.format()


def test_a_link_out_of_the_assets_folder_is_refused(tmp_path):
    secret = tmp_path / "secret.png"
    secret.write_bytes(_png(10, 10))
    path = _with_avatar(tmp_path, "assets/face.png")
    (path.parent / "assets" / "face.png").symlink_to(secret)
    assert [(d.line, d.code) for d in load_scenario(path).diagnostics] == [(_avatar_line(path), "SC046")]


def test_a_link_that_stays_inside_the_assets_folder_is_fine(tmp_path):
    path = _with_avatar(tmp_path, "assets/face.png")
    (path.parent / "assets" / "real.png").write_bytes(_png(64, 64))
    (path.parent / "assets" / "face.png").symlink_to("real.png")
    assert load_scenario(path).ok


@pytest.mark.parametrize(("data", "code"), [
    (b"GIF89a" + struct.pack("<HH", 96, 96) + b"\0" * 8, None),  # (an avatar's size and shape:
    (_jpeg(240, 200), None),  # else SC049, test_asset_checks.py)
    (_png(256, 256), None),
    (_jpeg(60_000, 60_000), "SC048"),
    (b"GIF89a" + struct.pack("<HH", 9000, 10) + b"\0" * 8, "SC048"),
    (_png(0, 10), "SC048"),
    (b"<svg xmlns='http://www.w3.org/2000/svg'/>", "SC047"),
    (b"\xff\xd8\xff\xe0\x00", "SC047"),  # a JPEG cut before its size
    (b"", "SC047"),
], ids=["gif", "jpeg", "png", "huge jpeg", "wide gif", "empty png", "svg", "cut jpeg", "empty"])
def test_assets_must_be_images_the_app_can_show(tmp_path, data, code):
    loaded = load_scenario(_with_avatar(tmp_path, "assets/face.png", data))
    assert [d.code for d in loaded.diagnostics] == ([code] if code else [])


def test_the_image_size_is_read_from_the_header_not_decoded(tmp_path):
    from sm_sim.scenario.images import image_info
    path = tmp_path / "big.jpg"
    path.write_bytes(_jpeg(30_000, 20_000))
    info = image_info(path)
    assert info is not None and (info.kind, info.width, info.height) == ("JPEG", 30_000, 20_000)
