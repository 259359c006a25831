"""The scenario format as JSON Schema: one source of truth for the loader and for editors.

``scenarios/schema.json`` is generated from ``SCENARIO_SCHEMA`` (``sm-sim schema``) and a
test keeps the two identical, so a trainer's editor completes and checks exactly the rules
the loader enforces, and shows each field's description and examples on hover. The pieces
are in schema_parts.py; the course and guidance files' schemas in schema_library.py.
"""

from __future__ import annotations

from typing import Any

from .model import ACTIONS, BACKLASH, FREE_VERBS
from .schema_library import COURSE_SCHEMA, GUIDANCE_SCHEMA, SCHEMA_VERSION
from .schema_parts import (
    ACCOUNT,
    ASSET_PATTERN,
    CONDITION_TEXT,
    CROWD,
    EFFECTS,
    ID,
    INJECT,
    INJECT_TYPES,
    OUTCOME_PROPS,
    PERSON,
    POST_ID,
    SECONDS,
    TEXT,
    WHEN,
    field,
    obj,
    points,
)
from .yamlsrc import MAX_STATES

__all__ = ["ACTIONS", "ASSET_PATTERN", "CONDITION_TEXT", "COURSE_SCHEMA", "GUIDANCE_SCHEMA",
           "INJECT_TYPES", "SCENARIO_SCHEMA"]

BRANCH = obj({"when": field(WHEN, "When this branch is taken (all its parts must hold)."),
              **OUTCOME_PROPS}, ["when", "goto"])


def _rubric_item(kind: str) -> dict[str, Any]:
    return field({"type": "array", "items": obj({
        "id": field(ID, "A name for this check.", "signpost"),
        "label": field({"type": "string", "minLength": 1, "maxLength": 200},
                       "What the debrief calls this check.", "Point to 101, 999 or online reporting"),
        "patterns": field({"type": "array", "minItems": 1, "items": {"type": "string", "minLength": 1}},
                          "Phrases to look for, any case, whole words; * matches the rest of a word.",
                          ["101", "999", "report online"]),
        "points": points("Points when a pattern is found."),
    }, ["id", "label", "patterns"])},
        f"Phrases the reply should {'contain' if kind == 'include' else 'not contain'}, with "
        "their points.")


def _bounds(low: dict[str, Any], high: dict[str, Any], what: str, example: Any) -> dict[str, Any]:
    return field(obj({"min": field(low, f"The least {what}.", example["min"]),
                      "max": field(high, f"The most {what}.", example["max"]),
                      "points": points("Points when it is within the bounds.")}),
                 f"The reply's {what} wanted, with points when it is met.", example)


RUBRIC = obj({
    "include": _rubric_item("include"),
    "avoid": _rubric_item("avoid"),
    "tone": _bounds({"type": "number", "minimum": -1, "maximum": 1},
                    {"type": "number", "minimum": -1, "maximum": 1},
                    "tone, -1 (cold, hostile) to 1 (warm)", {"min": 0.0, "max": 1.0}),
    "length": _bounds({"type": "integer", "minimum": 0, "maximum": 280},
                      {"type": "integer", "minimum": 1, "maximum": 280},
                      "length in characters", {"min": 40, "max": 280}),
    "pass_mark": field({"type": "number", "minimum": 0, "maximum": 1},
                       "The share of the checks a reply must meet for 'rubric: pass'.", 0.6),
})

_LABEL = {"type": "string", "minLength": 1, "maxLength": 200}
OPTION = obj({
    "id": field(ID, "A name for this option (--choose takes it, or its number from 1).", "reassure"),
    "label": field(_LABEL, "The words on the option's button.", "Reassure Mary and point her to 101"),
    "action": field({"enum": list(ACTIONS)}, "What the option does (see the action table in "
                    "docs/authoring.md).", "reply", "escalate"),
    "text": field({"type": "string", "minLength": 1, "maxLength": 280},
                  "The drafted text the trainee would send (reply, quote, post, dm).",
                  "Officers are at the scene; please call 101 if you saw anything."),
    "free_text": field({"type": "boolean"}, "The trainee writes their own text instead.", True),
    "placeholder": field({"type": "string", "maxLength": 200},
                         "Grey words in the empty reply box.", "Write your reply to Mary…"),
    "rubric": field(RUBRIC, "How a written reply is scored against what this decision needs."),
    "samples": field({"type": "array", "items": {"type": "string", "minLength": 1, "maxLength": 280}},
                     "Example replies the automatic player and validate try.",
                     ["Sorry Mary, I can't say more yet. Please call 101."]),
    "target": field(POST_ID, "The post acted on (reply, quote, like, repost, delete, report).",
                    "mary_question"),
    "to": field(ID, "A persona: who a dm goes to, or who an escalate reaches.", "sergeant"),
    "exemplar": field({"type": "string", "minLength": 1, "maxLength": 600},
                      "A better response, shown at the debrief when this was not the best choice.",
                      "Thanks Mary. Officers are dealing with an incident; please call 101."),
    **OUTCOME_PROPS,
    "branches": field({"type": "array", "items": BRANCH},
                      "Outcomes tried in order before the option's own goto."),
}, ["id", "label", "action", "goto"])

DECISION = obj({
    "at": field(SECONDS, "Seconds after entering the state when the decision opens (default: the "
                "last inject's time).", 25),
    "prompt": field(TEXT, "The question the trainee answers.",
                    "Mary is frightened and asks what happened. How do you answer her?"),
    "hint": field(TEXT, "A nudge shown in Practice mode only.", "Say what you would say at the tape."),
    "time_limit": field({"type": "number", "minimum": 5, "maximum": 3600},
                        "Seconds the trainee has, usually 30 to 120 (then on_timeout is taken).", 90),
    "on_timeout": field(ID, "The id of the option taken when time runs out (not a free-text one).",
                        "leave_mary"),
    "options": field({"type": "array", "minItems": 1, "maxItems": 12, "items": OPTION},
                     "The choices, 1 to 12, numbered from 1 in the app and by --choose."),
}, ["prompt", "options"], dependentRequired={"time_limit": ["on_timeout"],
                                             "on_timeout": ["time_limit"]})

NEXT = obj({
    "after": field(SECONDS, "Seconds after entering the state when the story moves on.", 60),
    "goto": OUTCOME_PROPS["goto"],
    "effects": EFFECTS,
    "branches": field({"type": "array", "items": obj({
        "when": field(WHEN, "When this branch is taken (variables only)."),
        "goto": OUTCOME_PROPS["goto"], "effects": EFFECTS}, ["when", "goto"])},
        "Other states to move on to, tried in order, on variables only."),
}, ["after", "goto"])

STATE = obj({
    "title": field({"type": "string", "maxLength": 120}, "Shown on the map and in the debrief.",
                   "Mill Road is closed"),
    "injects": field({"type": "array", "items": INJECT}, "What arrives while the run is here."),
    "crowds": field({"type": "array", "items": CROWD}, "Bursts of many replies or quotes."),
    "decision": field(DECISION, "The question this state asks (or use 'next', not both)."),
    "next": field(NEXT, "Move on by itself after a pause (or use 'decision', not both)."),
})

REACTION = obj({
    "id": field(ID, "A name for this reaction.", "liked_the_banter_early"),
    "action": field({"oneOf": [{"enum": list(FREE_VERBS)},
                               {"type": "array", "minItems": 1, "uniqueItems": True,
                                "items": {"enum": list(FREE_VERBS)}}]},
                    "What the trainee does that this answers: one verb or a list.", "like",
                    ["like", "repost"]),
    "post": field(POST_ID, "Only this post (omit for any post).", "banter_joke"),
    "tagged": field(ID, "Only a post whose inject has this in its tags.", "conspiracy"),
    "to": field(ID, "Only a dm to or a follow of this persona.", "troll"),
    "during": field({"type": "array", "minItems": 1, "uniqueItems": True, "items": ID},
                    "Only while the run is in one of these states.", ["pressure"]),
    "when": field(WHEN, "Only when this holds (flagged, not_flagged and vars)."),
    "repeat": field({"type": "boolean"}, "Answer every time, not only the first.", True),
    "after": field(SECONDS, "Seconds before the world answers (default: at once).", 5),
    "injects": field({"type": "array", "items": INJECT},
                     "What arrives when it fires, timed from then."),
    **OUTCOME_PROPS,
    "goto": field(ID, "Optional: the story moves on to this state or ending.", "public_pile_on"),
}, ["id", "action"])

ENDING = obj({
    "title": field({"type": "string", "minLength": 1, "maxLength": 120}, "The ending's name.",
                   "Trust earned"),
    "summary": field(TEXT, "What happened, as the debrief tells it.",
                     "You kept to what could be said at the cordon."),
    "backlash": field({"type": "array", "uniqueItems": True, "items": {"enum": list(BACKLASH)}},
                      "The kinds of backlash: none is a good outcome.", [], ["public", "internal"]),
    "can_pass": field({"type": "boolean"}, "False: a run ending here fails whatever its score.",
                      False),
}, ["title", "summary", "backlash"])

LINE = {"type": "string", "minLength": 1, "maxLength": 400}
# What a trainer running the session reads beforehand: shown in docs/scenarios.md.
TRAINER_SHEET = obj({
    "learning_outcomes": field({"type": "array", "minItems": 3, "maxItems": 5, "items": LINE},
                               "3 to 5: what a trainee can do afterwards.",
                               ["Pass a press request to the press office"]),
    "watch_for": field({"type": "array", "minItems": 2, "maxItems": 5, "items": LINE},
                       "2 to 5: what to look out for in the room.",
                       ["Trainees who type details to reassure Mary"]),
    "debrief_questions": field({"type": "array", "minItems": 3, "maxItems": 3, "items": LINE},
                               "Exactly 3, to open the discussion afterwards.",
                               ["What would you have said to Mary at the tape?"]),
}, ["learning_outcomes", "watch_for", "debrief_questions"])

_TOP = {
    "schema_version": field({"const": SCHEMA_VERSION}, "The format's version: 1.", 1),
    "id": field(ID, "The scenario's id: lowercase letters, digits and _.", "cordon_questions"),
    "title": field({"type": "string", "minLength": 1, "maxLength": 120}, "The scenario's name.",
                   "Questions at the cordon"),
    "summary": field(TEXT, "A few sentences on what happens, for the start screen.",
                     "A serious assault has closed Mill Road."),
    "version": field({"type": "string", "pattern": r"^[0-9]+(\.[0-9]+){0,2}$"},
                     "Raise it when you change the scenario.", "1.0"),
    "author": field({"type": "string", "minLength": 1, "maxLength": 120}, "Who wrote it.",
                    "sm-sim training team"),
    "minutes": field({"type": "integer", "minimum": 1, "maximum": 120},
                     "How long a run takes; every timing, and the longest way through, must fit.", 12),
    "difficulty": field({"enum": ["beginner", "intermediate", "advanced"]}, "How hard it is.",
                        "beginner"),
    "themes": field({"type": "array", "minItems": 1, "items": {"type": "string", "minLength": 1}},
                    "What it is about (see docs/authoring.md for the library's).",
                    ["conversation", "confidentiality"]),
    "pass_mark": field({"type": "integer", "minimum": 0, "maximum": 100},
                       "The score, 0 to 100, a run needs to pass.", 60),
    "confidence_marking": field({"type": "boolean"}, "How sure the trainee said they were counts "
                                "in the score (certainty-based marking).", True),
    "seed": field({"type": "integer", "minimum": 0}, "The default random seed for crowds.", 2024),
    "variables": field({"type": "object", "propertyNames": ID, "additionalProperties": {"type": "number"}},
                       "Your own variables and their starting values (public_trust and "
                       "internal_risk always exist).", {"public_trust": 50}),
    "trainer_sheet": field(TRAINER_SHEET, "What the trainer reads before the session."),
    "account": field(ACCOUNT, "The trainee's own account."),
    "personas": field({"type": "object", "propertyNames": ID, "minProperties": 1,
                       "additionalProperties": PERSON},
                      "Everyone else who posts, messages or emails, by id."),
    "start": field(ID, "The first state.", "incident"),
    "states": field({"type": "object", "propertyNames": ID, "minProperties": 1,
                     "maxProperties": MAX_STATES, "additionalProperties": STATE},
                    f"The moments of the story, by id (at most {MAX_STATES:,})."),
    "endings": field({"type": "object", "propertyNames": ID, "minProperties": 1,
                      "additionalProperties": ENDING}, "How the story can end, by id."),
    "reactions": field({"type": "array", "items": REACTION},
                       "What the world does when the trainee acts on the feed, whenever they do."),
}

SCENARIO_SCHEMA: dict[str, Any] = {
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    "$id": "https://sm-sim.example/schema/scenario-1.json",
    "title": "sm-sim scenario",
    "description": "A branching social media training scenario for sm-sim. See docs/authoring.md.",
    **obj(_TOP, ["schema_version", "id", "title", "summary", "version", "author", "minutes",
                 "difficulty", "themes", "pass_mark", "account", "personas", "start", "states",
                 "endings"]),
}
