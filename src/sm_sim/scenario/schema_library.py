"""The schemas of the library's other files: the course (course.yaml, published as
scenarios/course.schema.json) and the guidance library (guidance.yaml, published as
scenarios/guidance.schema.json), each field described for an editor's hover."""

from __future__ import annotations

from typing import Any

from .schema_parts import ID, TEXT, field, obj

SCHEMA_VERSION = 1
_VERSION = field({"const": SCHEMA_VERSION}, "The format's version: 1.", 1)
_TITLE = {"type": "string", "minLength": 1, "maxLength": 120}


def _block(when: str) -> dict[str, Any]:
    return field(obj({
        "title": field(_TITLE, f"What the {when} is about.", "Talking with the public"),
        "scenarios": field({"type": "array", "minItems": 1, "items": ID},
                           "Scenario ids, in the order they are run.",
                           ["ask_the_team", "cordon_questions"]),
    }, ["title", "scenarios"]), f"The {when}'s scenarios, in order.")


# A training day (scenarios/course.yaml): which scenarios run, in which order.
COURSE_SCHEMA: dict[str, Any] = {
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    "title": "sm-sim course",
    **obj({
        "schema_version": _VERSION,
        "title": field(_TITLE, "The course's name.", "Social media for frontline officers"),
        "summary": field(TEXT, "What the day covers.", "A one-day course on posting as an officer."),
        "morning": _block("morning"),
        "afternoon": _block("afternoon"),
    }, ["schema_version", "title", "summary", "morning", "afternoon"]),
}

COMPETENCY = obj({
    "title": field(TEXT, "The competency's name, as the debrief shows it.", "Confidentiality"),
    "description": field(TEXT, "What doing it well looks like.",
                         "You share only what may be shared, and keep the rest back."),
}, ["title", "description"])

SOURCE = obj({
    "title": field(TEXT, "The document's name.", "Code of Ethics (College of Policing, 2024)"),
    "kind": field(TEXT, "What sort of document it is.", "code of practice"),
}, ["title"])

ENTRY = obj({
    "title": field(TEXT, "The entry's name, as the debrief shows it.", "What can be said at a cordon"),
    "summary": field(TEXT, "The guidance in our own words.",
                     "Confirm what the public can already see; say nothing of victims or suspects."),
    "source": field(ID, "The id of the document it comes from (under 'sources').", "code_of_ethics"),
    "cite": field(TEXT, "The exact place in that document.",
                  "Standard 7 (Confidentiality), paragraph 7.5"),
    "competencies": field({"type": "array", "minItems": 1, "items": ID},
                          "The competencies it feeds (ids under 'competencies').",
                          ["confidentiality"]),
    "principle": field({"enum": ["courage", "respect_empathy", "public_service"]},
                       "The Code's principle used to frame reflection.", "public_service"),
    "example": field(TEXT, "A short example of good practice.",
                     "“Officers are at the scene; please call 101 if you saw anything.”"),
}, ["title", "summary", "source", "cite", "competencies", "principle", "example"])

GUIDANCE_SCHEMA: dict[str, Any] = {
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    "title": "sm-sim guidance library",
    "description": "The competencies, source documents and guidance entries that scenario "
                   "options cite (scenarios/guidance.yaml). See docs/authoring.md.",
    **obj({
        "schema_version": _VERSION,
        "competencies": field({"type": "object", "propertyNames": ID, "minProperties": 1,
                               "additionalProperties": COMPETENCY},
                              "What scenarios score, by id."),
        "sources": field({"type": "object", "propertyNames": ID, "minProperties": 1,
                          "additionalProperties": SOURCE}, "The documents cited, by id."),
        "guidance": field({"type": "object", "propertyNames": ID, "minProperties": 1,
                           "additionalProperties": ENTRY}, "The entries options cite, by id."),
    }, ["schema_version", "competencies", "sources", "guidance"]),
}
