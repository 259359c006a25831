"""Pictures: a missing one names the folders looked in (SC034); one the wrong size or shape
for where the app draws it says why and what to do (SC049)."""

from __future__ import annotations

import struct
import zlib
from pathlib import Path

import pytest

from sm_sim.scenario import load_scenario

MINIMAL = Path(__file__).parent / "minimal.yaml"


def _png(width: int, height: int) -> bytes:
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
    pixels = zlib.compress(b"".join(b"\x00" + b"\x00\x00\x00" * width for _ in range(height)))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", pixels) + chunk(b"IEND", b""))


def _scenario(tmp_path: Path, use: str, size: tuple[int, int] | None, name: str = "pic.png") -> Path:
    folder = tmp_path / "mine"
    (folder / "assets" / "pics").mkdir(parents=True)
    if size:
        (folder / "assets" / "pics" / name).write_bytes(_png(*size))
    text = MINIMAL.read_text()
    if use == "avatar":
        text = text.replace("    role: public", "    role: public\n    avatar: assets/pics/pic.png")
    else:
        text = text.replace("        text: What is going on at the park?",
                            "        text: What is going on at the park?\n"
                            "        image: assets/pics/pic.png")
    path = folder / "scenario.yaml"
    path.write_text(text)
    return path


def _found(path: Path, code: str) -> list[str]:
    return [d.format() for d in load_scenario(path).diagnostics if d.code == code]


@pytest.mark.parametrize(("use", "size", "words"), [
    ("avatar", (300, 100), "it is 300 × 100 pixels: an avatar is cut to a circle from its middle, "
     "so the sides are lost; crop it square"),
    ("avatar", (40, 40), "avatars are drawn up to 72 pixels across, so it will look blurred"),
    ("image", (600, 1200), "taller than wide: the feed shows a post picture at most 260 pixels high "
     "across a column about 480 wide, so only the top 27% shows; crop it to landscape"),
    ("image", (2000, 300), "more than 4 times as wide as high, it shows as a thin strip"),
    ("image", (300, 200), "the feed draws post pictures about 480 pixels across, so it will look "
     "blurred; use one at least 400"),
])
def test_a_picture_the_wrong_size_or_shape_says_why(tmp_path, use, size, words):
    [line] = _found(_scenario(tmp_path, use, size), "SC049")
    assert " warning SC049 " in line and words in line


@pytest.mark.parametrize(("use", "size"), [("avatar", (256, 256)), ("avatar", (200, 180)),
                                           ("image", (800, 420)), ("image", (1600, 900))])
def test_a_picture_that_fits_its_use_is_quiet(tmp_path, use, size):
    assert load_scenario(_scenario(tmp_path, use, size)).diagnostics == []


def test_a_missing_picture_names_the_folders_looked_in_and_a_like_name(tmp_path):
    path = _scenario(tmp_path, "avatar", (256, 256), name="pics.png")
    [line] = _found(path, "SC034")
    mine = tmp_path / "mine"
    assert f"asset 'assets/pics/pic.png' not found: looked for pic.png in {tmp_path / 'assets' / 'pics'}, " \
        f"{mine / 'assets' / 'pics'} and " in line
    assert f"did you mean 'pics.png'? put pic.png in {tmp_path / 'assets' / 'pics'}, or fix the path" in line
