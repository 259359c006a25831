"""``sm-sim package``: a cmi5 course package (cmi5.xml at the root of a zip), validated against
the cmi5 CourseStructure.xsd (an unchanged copy in tests/data/cmi5, so this runs offline)."""

from __future__ import annotations

import hashlib
import shutil
import zipfile
from pathlib import Path
from xml.etree import ElementTree as ET

import pytest
import xmlschema

from sm_sim.cli import main
from sm_sim.records.cmi5 import NAMESPACE, au_url, mastery_score
from sm_sim.scenario import load_scenario
from sm_sim.scenario.course import load_course

from .records_helpers import ROOT

DATA = ROOT / "tests" / "data" / "cmi5"
SCHEMA_SHA256 = "6a0b04962f5baa4603ee28e84ce4c74a122f322a548c8fdc14d93b2a23781d75"
SCENARIOS = ROOT / "scenarios"
NS = {"c": NAMESPACE}


@pytest.fixture(scope="module")
def schema() -> xmlschema.XMLSchema:
    path = DATA / "CourseStructure.xsd"
    assert hashlib.sha256(path.read_bytes()).hexdigest() == SCHEMA_SHA256, "the schema was edited"
    return xmlschema.XMLSchema(path)


def _package(tmp_path: Path, *args: str) -> tuple[bytes, ET.Element]:
    out = tmp_path / "course.zip"
    assert main(["package", *args, "-o", str(out)]) == 0
    with zipfile.ZipFile(out) as archive:
        assert archive.namelist() == ["cmi5.xml"]  # at the root, the name cmi5 14.0 asks for
        assert archive.testzip() is None
        data = archive.read("cmi5.xml")
    return data, ET.fromstring(data)


def test_the_schema_is_the_real_one(schema):
    """The official sample validates and a structure without an AU url does not, so a pass
    below means something."""
    sample = (DATA / "simple-cmi5.xml").read_text(encoding="utf-8")
    schema.validate(sample)
    broken = sample.replace("<url>", "<!--").replace("</url>", "-->")
    assert not schema.is_valid(broken)


def test_the_training_day_packaged(schema, tmp_path, capsys):
    data, root = _package(tmp_path, "--course", str(SCENARIOS / "course.yaml"))
    schema.validate(data.decode("utf-8"))
    assert "a cmi5 course package, 14 AUs" in capsys.readouterr().out
    loaded = load_course(SCENARIOS / "course.yaml")
    assert loaded.course is not None
    course = root.find("c:course", NS)
    assert course is not None
    assert course.findtext("c:title/c:langstring", namespaces=NS) == loaded.course.title
    assert course.get("id", "").startswith("https://sm-sim.invalid/xapi/courses/")
    blocks = root.findall("c:block", NS)
    assert [b.findtext("c:title/c:langstring", namespaces=NS) for b in blocks] == [
        b.title for b in loaded.course.blocks]
    for block, expected in zip(blocks, loaded.course.blocks, strict=True):
        ids = [au.findtext("c:url", namespaces=NS) for au in block.findall("c:au", NS)]
        assert ids == [au_url(sid) for sid in expected.scenarios]  # the day's order


def test_each_au_is_its_scenario(schema, tmp_path):
    files = [SCENARIOS / "cordon_questions.yaml", SCENARIOS / "log_off.yaml"]
    data, root = _package(tmp_path, *map(str, files), "--xapi-base", "https://academy.example/xapi/",
                          "--homepage", "https://academy.example/people")
    schema.validate(data.decode("utf-8"))
    aus = root.findall("c:au", NS)
    assert len(aus) == 2 and root.find("c:block", NS) is None
    for au, path in zip(aus, files, strict=True):
        scenario = load_scenario(path).scenario
        assert scenario is not None
        assert au.get("id") == f"https://academy.example/xapi/scenarios/{scenario.id}"
        assert au.get("moveOn") == "Passed" and au.get("launchMethod") == "OwnWindow"
        assert float(au.get("masteryScore", "")) == scenario.pass_mark / 100
        assert au.findtext("c:title/c:langstring", namespaces=NS) == scenario.title
        assert au.findtext("c:description/c:langstring", namespaces=NS) == " ".join(
            scenario.summary.split())
        assert au.findtext("c:url", namespaces=NS) == f"sm-sim://launch/{scenario.id}"
    course = root.find("c:course", NS)
    assert course is not None and course.get("id") == "https://academy.example/xapi/courses/sm-sim-scenarios"


def test_one_scenario_names_the_course_and_the_mode_rides_on_the_url(schema, tmp_path):
    data, root = _package(tmp_path, str(SCENARIOS / "cordon_questions.yaml"), "--mode", "assessment",
                          "--course-id", "https://academy.example/courses/7")
    schema.validate(data.decode("utf-8"))
    course = root.find("c:course", NS)
    assert course is not None and course.get("id") == "https://academy.example/courses/7"
    assert course.findtext("c:title/c:langstring", namespaces=NS) == "Questions at the cordon"
    assert root.findtext("c:au/c:url", namespaces=NS) == "sm-sim://launch/cordon_questions?mode=assessment"


def test_the_same_course_makes_the_same_bytes(tmp_path):
    first, _ = _package(tmp_path, "--course", str(SCENARIOS / "course.yaml"))
    (tmp_path / "course.zip").rename(tmp_path / "first.zip")
    again, _ = _package(tmp_path, "--course", str(SCENARIOS / "course.yaml"))
    assert first == again
    assert (tmp_path / "first.zip").read_bytes() == (tmp_path / "course.zip").read_bytes()


def test_text_that_looks_like_markup_stays_text(schema, tmp_path):
    source = (SCENARIOS / "cordon_questions.yaml").read_text(encoding="utf-8")
    hostile = source.replace("title: Questions at the cordon", 'title: "<au id=\\"x\\"/> & ]]>"', 1)
    (tmp_path / "hostile.yaml").write_text(hostile, encoding="utf-8")
    shutil.copy(SCENARIOS / "guidance.yaml", tmp_path / "guidance.yaml")
    data, root = _package(tmp_path, str(tmp_path / "hostile.yaml"))
    schema.validate(data.decode("utf-8"))
    assert root.findtext("c:au/c:title/c:langstring", namespaces=NS) == '<au id="x"/> & ]]>'
    assert len(root.findall("c:au", NS)) == 1


@pytest.mark.parametrize(("mark", "text"), [(0, "0"), (60, "0.6"), (67, "0.67"), (100, "1")])
def test_mastery_score_is_the_pass_mark_scaled(mark, text):
    assert mastery_score(mark) == text


def test_what_cannot_be_packaged_is_refused(tmp_path, capsys):
    out = str(tmp_path / "x.zip")
    assert main(["package", "-o", out]) == 2
    assert main(["package", str(SCENARIOS / "log_off.yaml"), "--course", str(SCENARIOS / "course.yaml"),
                 "-o", out]) == 2
    assert "either --course FILE or scenario files" in capsys.readouterr().err
    bad = ROOT / "tests" / "scenario" / "bad" / "SC006_syntax.yaml"
    assert main(["package", str(bad), "-o", out]) == 2
    assert "SC006" in capsys.readouterr().err
    twice = SCENARIOS / "log_off.yaml"
    (tmp_path / "copy").mkdir()
    shutil.copy(twice, tmp_path / "copy" / "again.yaml")
    shutil.copy(SCENARIOS / "guidance.yaml", tmp_path / "copy" / "guidance.yaml")
    assert main(["package", str(twice), str(tmp_path / "copy" / "again.yaml"), "-o", out]) == 2
    assert "is in the course twice" in capsys.readouterr().err
    assert not Path(out).exists()


def test_the_desktop_entry_hands_the_scheme_to_the_launch_verb():
    entry = (ROOT / "assets" / "desktop" / "sm-sim-launch.desktop").read_text(encoding="utf-8")
    assert "MimeType=x-scheme-handler/sm-sim;" in entry
    assert "Exec=sm-sim launch %u" in entry
    assert au_url("x").startswith("sm-sim://")
