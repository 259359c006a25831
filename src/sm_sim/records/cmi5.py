"""A cmi5 course package: ``cmi5.xml`` (the course structure of cmi5 Quartz, sections 13 and
14) with one assignable unit (AU) per scenario, in a zip an LMS can import.

Each AU is a scenario: its title and summary, ``moveOn="Passed"`` and ``masteryScore`` = the
scenario's pass mark / 100. ``Passed``, because passing is what the scenario judges:
``completed`` is sent at any ending, a failing one too, so ``Completed`` or
``CompletedOrPassed`` would let a trainee who failed move on, and ``CompletedAndPassed`` asks
for nothing more than ``Passed`` does (every passed attempt is also completed).

The AU is the desktop app, which no LMS can serve, so its ``url`` uses the app's own scheme
(cmi5 13.1.4 allows "an application specific protocol" for non-browser AUs):
``sm-sim://launch/<scenario id>``. The LMS appends its launch parameters; the browser hands
the address to the operating system, which starts ``sm-sim launch URL`` (the desktop entry in
assets/desktop registers the scheme). ``launchMethod="OwnWindow"``: a custom scheme opened in
a frame or frameset is refused or silently dropped by browsers, while a new window or a
redirect of the LMS's own window reaches the operating system's handler.
"""

from __future__ import annotations

import io
import re
import zipfile
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote, urlencode
from xml.etree import ElementTree as ET

from ..i18n import N_
from ..scenario.course import Course
from ..scenario.model import Scenario
from . import atomic
from .names import LAUNCH_MODES, XapiSettings
from .xapi import LANG, SIMULATION

NAMESPACE = "https://w3id.org/xapi/profiles/cmi5/v1/CourseStructure.xsd"
SCHEME = "sm-sim"
LAUNCH_HOST = "launch"
MOVE_ON = "Passed"
LAUNCH_METHOD = "OwnWindow"
PACKAGE_FILE = "cmi5.xml"  # cmi5 14.0: the course structure's name inside a zip
ZIP_TIME = (1980, 1, 1, 0, 0, 0)  # fixed, so the same course always makes the same bytes


class PackageError(ValueError):
    """A course that cannot be packaged; the message says why, for a person."""


@dataclass(frozen=True)
class Group:
    """AUs the LMS shows together: a ``block`` (a part of the training day) or, with no
    ``id``, AUs straight under the course."""

    scenarios: tuple[Scenario, ...]
    id: str = ""
    title: str = ""
    description: str = ""


@dataclass(frozen=True)
class CoursePackage:
    title: str
    description: str
    groups: tuple[Group, ...]
    course_id: str = ""  # an IRI; made from the title under the xAPI base when empty
    mode: str = "practice"  # how a launched scenario is played: practice or assessment

    def scenarios(self) -> list[Scenario]:
        return [s for group in self.groups for s in group.scenarios]


def from_course(course: Course, scenarios: dict[str, Scenario], course_iri: str = "",
                mode: str = "practice") -> CoursePackage:
    """The training day as a package: a block per part of the day, its scenarios in order."""
    groups = []
    for block in course.blocks:
        found = tuple(scenarios[sid] for sid in block.scenarios if sid in scenarios)
        titles = "; ".join(s.title for s in found)
        groups.append(Group(found, block.id, block.title,
                            f"The {block.id} of {course.title}: {titles}."))
    return CoursePackage(course.title, course.summary, tuple(groups), course_iri, mode)


def from_scenarios(scenarios: list[Scenario], title: str = "", description: str = "",
                   course_iri: str = "", mode: str = "practice") -> CoursePackage:
    """Scenarios as a package, AUs straight under the course. One scenario lends the course its
    title and summary; several make "sm-sim scenarios" and a list of their titles."""
    if not scenarios:
        raise PackageError(N_("a course package needs at least one scenario"))
    if not title:
        title = scenarios[0].title if len(scenarios) == 1 else "sm-sim scenarios"
    if not description:
        description = (scenarios[0].summary if len(scenarios) == 1 else
                       "Scenarios: " + "; ".join(s.title for s in scenarios) + ".")
    return CoursePackage(title, description, (Group(tuple(scenarios)),), course_iri, mode)


def au_url(scenario_id: str, mode: str = "practice") -> str:
    """The AU's launch address: the app's own scheme, the scenario, and the mode if not practice."""
    url = f"{SCHEME}://{LAUNCH_HOST}/{quote(scenario_id, safe='')}"
    return url + ("?" + urlencode({"mode": mode}) if mode != "practice" else "")


def mastery_score(pass_mark: int | float) -> str:
    """The pass mark (0–100) as cmi5's scaled masteryScore: 0 to 1, at most 4 decimals."""
    text = f"{max(0.0, min(100.0, float(pass_mark))) / 100:.4f}".rstrip("0").rstrip(".")
    return text or "0"


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-") or "course"


def course_id(package: CoursePackage, settings: XapiSettings) -> str:
    return package.course_id or f"{settings.base}/courses/{slug(package.title)}"


def course_structure(package: CoursePackage, settings: XapiSettings | None = None) -> bytes:
    """The course structure XML (UTF-8, with its declaration)."""
    s = settings or XapiSettings()
    _check(package)
    ET.register_namespace("", NAMESPACE)
    root = ET.Element(_tag("courseStructure"))
    top = course_id(package, s)
    course = ET.SubElement(root, _tag("course"), id=top)
    _texts(course, package.title, package.description)
    for group in package.groups:
        parent = root
        if group.id:
            parent = ET.SubElement(root, _tag("block"), id=f"{top}/blocks/{quote(group.id, safe='')}")
            _texts(parent, group.title, group.description)
        for scenario in group.scenarios:
            _au(parent, scenario, s, package.mode)
    ET.indent(root)
    text = ET.tostring(root, encoding="unicode")
    return ('<?xml version="1.0" encoding="UTF-8"?>\n' + text + "\n").encode("utf-8")


def write_package(package: CoursePackage, target: Path, settings: XapiSettings | None = None) -> Path:
    """A zip with ``cmi5.xml`` at its root, written atomically (a crash leaves no half zip)."""
    data = io.BytesIO()
    with zipfile.ZipFile(data, "w", zipfile.ZIP_DEFLATED) as archive:
        info = zipfile.ZipInfo(PACKAGE_FILE, ZIP_TIME)
        info.compress_type = zipfile.ZIP_DEFLATED
        info.external_attr = 0o644 << 16
        archive.writestr(info, course_structure(package, settings))
    return atomic.write_bytes(Path(target), data.getvalue())


def _check(package: CoursePackage) -> None:
    scenarios = package.scenarios()
    if not scenarios:
        raise PackageError(N_("a course package needs at least one scenario"))
    if package.mode not in LAUNCH_MODES:
        raise PackageError(N_("the mode must be {modes}").format(modes=" or ".join(LAUNCH_MODES)))
    seen: set[str] = set()
    for scenario in scenarios:
        if scenario.id in seen:  # AU ids must be unique within a course structure
            raise PackageError(N_("scenario '{scenario}' is in the course twice").format(
                scenario=scenario.id))
        seen.add(scenario.id)
    if not package.title.strip():
        raise PackageError(N_("the course needs a title"))


def _au(parent: ET.Element, scenario: Scenario, s: XapiSettings, mode: str) -> None:
    au = ET.SubElement(parent, _tag("au"), id=s.scenario_iri(scenario.id), moveOn=MOVE_ON,
                       masteryScore=mastery_score(scenario.pass_mark), launchMethod=LAUNCH_METHOD,
                       activityType=SIMULATION)
    _texts(au, scenario.title, scenario.summary)
    ET.SubElement(au, _tag("url")).text = au_url(scenario.id, mode)


def _texts(element: ET.Element, title: str, description: str) -> None:
    for name, text in (("title", title), ("description", description or title)):
        holder = ET.SubElement(element, _tag(name))
        ET.SubElement(holder, _tag("langstring"), lang=LANG).text = " ".join(text.split())


def _tag(name: str) -> str:
    return f"{{{NAMESPACE}}}{name}"
