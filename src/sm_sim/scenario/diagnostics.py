"""Diagnostics: every problem a trainer can cause, as data with a place and a hint.

Loading never raises at a user; it returns a list of these. Codes live in one
catalogue (``CODES``) so that docs/diagnostics.md can be generated from it and a
test can insist that every code has a failing example file.
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass
from enum import StrEnum

from ..i18n import N_


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"


@dataclass(frozen=True)
class Code:
    code: str
    title: str
    hint: str
    severity: Severity = Severity.ERROR


_CATALOGUE = [
    # reading the file
    Code("SC001", "file cannot be read", N_("check the path exists and is readable")),
    Code("SC002", "file too large", N_("a scenario of 50,000 states fits in 48 MB; this is not one: "
            "point at the scenario file, or split it")),
    Code("SC003", "not valid UTF-8", N_("save the file as UTF-8 in your editor")),
    Code("SC004", "binary data", N_("this is not a text file; point at the .yaml scenario")),
    Code("SC005", "empty file", N_("start from the worked example in docs/authoring.md")),
    Code("SC006", "YAML syntax error", N_("check indentation and quoting near this line")),
    Code("SC007", "nesting too deep", N_("flatten the structure; scenarios need only a few levels")),
    Code("SC008", "too many nodes", N_("remove repeated aliases (*name); the file expands too far")),
    Code("SC009", "unsupported YAML tag", N_("remove the !tag; only plain YAML values are allowed")),
    Code("SC010", "duplicate key", N_("each key may appear once in a mapping; remove or rename one")),
    Code("SC011", "several documents", N_("keep one scenario per file; remove the extra '---'")),
    Code("SC012", "not a finite number", N_("write an ordinary number such as 60 or 0.5 (.nan and .inf "
            "are not allowed)")),
    Code("SC013", "number too large", N_("write a whole number of at most 19 digits")),
    # shape (JSON Schema)
    Code("SC020", "missing key", N_("add the key; see docs/authoring.md for its meaning")),
    Code("SC021", "unknown key", N_("remove it or fix its spelling")),
    Code("SC022", "wrong type or shape", N_("change the value to the type shown")),
    Code("SC023", "value not allowed", N_("use one of the values listed")),
    Code("SC024", "value out of range", N_("use a value inside the range shown")),
    Code("SC025", "badly formed value", N_("follow the pattern shown (ids: lowercase, digits, _)")),
    # references
    Code("SC030", "unknown state", N_("goto must name a state or an ending of this scenario")),
    Code("SC031", "unknown persona", N_("add the persona under 'personas:' or fix the id")),
    Code("SC032", "unknown guidance id", N_("use an id from scenarios/guidance.yaml")),
    Code("SC033", "unknown competency", N_("use a competency id from scenarios/guidance.yaml")),
    Code("SC034", "missing asset", N_("put the file under assets/ or fix the path")),
    Code("SC035", "unknown post id", N_("give the post an 'id:' in an earlier inject, or fix the id")),
    Code("SC036", "duplicate id", N_("ids must be unique within the scenario")),
    Code("SC037", "unknown variable", N_("declare the variable under 'variables:'")),
    Code("SC038", "unknown option", N_("on_timeout must be the id of one of the decision's options")),
    Code("SC039", "unknown template slot", N_("define the slot under the crowd's 'slots:'")),
    Code("SC040", "unreachable state", N_("add a goto that leads here, or remove the state")),
    Code("SC041", "no way to an ending", N_("give every path from this state a way to an ending")),
    Code("SC042", "state needs a decision or a next", N_("add 'decision:' or 'next:' (one of them)")),
    Code("SC043", "condition cannot apply here", N_("flag and rubric conditions need a free-text option")),
    Code("SC044", "id is both a state and an ending", N_("rename one of them")),
    Code("SC045", "option does not fit its action", N_("see the action table in docs/authoring.md")),
    Code("SC046", "asset outside the assets folder", N_("keep the file itself under assets/ beside "
            "the scenario; no '..', absolute paths or links that lead elsewhere")),
    Code("SC047", "asset is not an image", N_("use a PNG, JPEG or GIF file")),
    Code("SC048", "image too large", N_("scale the image down (avatars need 256 pixels, post images "
            "2,000 at most) and save it again")),
    Code("SC049", "image the wrong size or shape for its use",
         N_("crop avatars square, at least 72 pixels; post pictures landscape, at least 400 wide"),
         Severity.WARNING),
    # timing and scores
    Code("SC050", "timing out of range", N_("keep every offset, burst and time limit within the "
            "scenario's minutes")),
    Code("SC051", "pass mark cannot be reached", N_("raise the best options' points or lower pass_mark")),
    Code("SC052", "decision scores nothing", N_("give options points so choices can be told apart"),
         Severity.WARNING),
    Code("SC053", "worst play passes", N_("the pass mark is too easy: raise it or penalise poor options"),
         Severity.WARNING),
    Code("SC054", "crowd tone has no templates", N_("add templates for every tone in 'tones:'")),
    Code("SC055", "bad condition", N_("write conditions like 'internal_risk >= 50'")),
    Code("SC056", "no trainer sheet",
         N_("add 'trainer_sheet:' with learning_outcomes, watch_for and three debrief_questions"),
         Severity.WARNING),
    Code("SC057", "reaction can never fire",
         N_("make 'action', 'post', 'to' and 'when' fit together (see Reactions in docs/authoring.md)")),
    Code("SC058", "a way through takes longer than minutes",
         N_("raise minutes, or shorten the time limits and pauses on the longest way"), Severity.WARNING),
    Code("SC059", "full marks cannot be reached",
         N_("give the option the best play takes points in the competency too, or take them off "
            "the options that are poor choices"), Severity.WARNING),
    # guidance file
    Code("SC060", "guidance library problem", N_("fix scenarios/guidance.yaml")),
    Code("SC061", "a scored choice cites no guidance",
         N_("add 'guidance: [...]' with the ids of the guidance the choice teaches"), Severity.WARNING),
    # course file (course.yaml beside the scenarios)
    Code("SC070", "course names an unknown scenario",
         N_("use the 'id:' of a scenario file in the same folder as course.yaml")),
    Code("SC071", "scenario listed twice in the course", N_("keep each scenario in one place in the day")),
    Code("SC072", "scenario left out of the course", N_("add its id to the morning or the afternoon"),
         Severity.WARNING),
    # text
    Code("SC062", "unknown name in braces",
         # the names in braces are the hint's own words, not fields: put in as values
         N_("use {names}, a variable, a persona's id (its name) or id.handle; write {open} and "
            "{close} for braces themselves").format(
                names="{trainee_name}, {trainee_handle}, {followers}", open="{{", close="}}")),
    Code("SC080", "text the app's fonts cannot draw",
         N_("write it another way, or put a font that has it in assets/fonts/"), Severity.WARNING),
    # translations (name.cy.yaml beside a scenario or guidance.yaml)
    Code("SC090", "translation missing texts",
         N_("translate every text; 'sm-sim translate FILE --to cy' lists them with their English")),
    Code("SC091", "translation of a text the scenario does not have",
         N_("remove it, or run 'sm-sim translate' to bring the file up to date")),
    Code("SC092", "braces differ from the English", N_("keep each {name} of the English as it is")),
    Code("SC093", "not a translation of this file",
         N_("a translation says 'translates: ID', 'language: cy' and lists 'texts:'")),
]

CODES: dict[str, Code] = {c.code: c for c in _CATALOGUE}


@dataclass(frozen=True)
class Diagnostic:
    path: str
    line: int  # 1-based
    col: int  # 1-based
    code: str
    message: str
    hint: str = ""

    @property
    def severity(self) -> Severity:
        return CODES[self.code].severity

    @property
    def is_error(self) -> bool:
        return self.severity is Severity.ERROR

    def format(self) -> str:
        """``path:line:col: severity SCnnn message — hint`` on one line."""
        hint = self.hint or CODES[self.code].hint
        text = f"{self.path}:{self.line}:{self.col}: {self.severity.value} {self.code} {self.message}"
        text = text.replace("\n", " ")
        return f"{text} — {hint}" if hint else text


def make(path: str, line: int, col: int, code: str, message: str, hint: str = "") -> Diagnostic:
    if code not in CODES:
        raise KeyError(f"unknown diagnostic code {code}")
    return Diagnostic(path, line, col, code, message, hint)


def has_errors(diagnostics: list[Diagnostic]) -> bool:
    return any(d.is_error for d in diagnostics)


def catalogue_markdown() -> str:
    """docs/diagnostics.md, generated from the catalogue."""
    rows = ["# Scenario diagnostics", "",
            "Generated by `sm-sim diagnostics`; do not edit by hand.", "",
            "| code | severity | problem | what to do |", "|---|---|---|---|"]
    rows += [f"| {c.code} | {c.severity.value} | {c.title} | {c.hint} |" for c in _CATALOGUE]
    return "\n".join(rows) + "\n"


def suggest(name: str, known: set[str], most: int = 8) -> str:
    close = difflib.get_close_matches(name, sorted(known), n=1)
    if close:
        return N_("did you mean '{name}'?").format(name=close[0])
    if len(known) > most:  # said whole: "{names} and {count} more" would take "known:" for a name
        return N_("known: {names} and {count} more").format(names=", ".join(sorted(known)[:most]),
                                                             count=len(known) - most)
    return N_("known: {names}").format(names=listed(sorted(known), most)) if known else ""


def listed(names: list[str], most: int = 8) -> str:
    """``a, b, c and 4 more``: the first ``most`` names, and how many were left out (or
    ``a, b and c`` when none were)."""
    if len(names) > most:
        return N_("{names} and {count} more").format(names=", ".join(names[:most]),
                                                     count=len(names) - most)
    return " and ".join([", ".join(names[:-1]), names[-1]]) if len(names) > 1 else "".join(names)
