"""The scenario format as JSON Schema: one source of truth for the loader and for editors.

``scenarios/schema.json`` is generated from ``SCENARIO_SCHEMA`` (``sm-sim schema``)
and a test keeps the two identical, so a trainer's editor completes and checks
exactly the rules the loader enforces.
"""

from __future__ import annotations

from typing import Any

from .model import ACTIONS, BACKLASH, FLAGS, FREE_VERBS

SCHEMA_VERSION = 1
ID = {"type": "string", "pattern": "^[a-z][a-z0-9_]{0,63}$"}
POST_ID = {"type": "string", "pattern": "^[a-z][a-z0-9_]{0,63}$"}
# Folders and a file under assets/; no part may start with "." (so no ".." and no hidden files).
ASSET_PATTERN = r"^assets(/[A-Za-z0-9_-][A-Za-z0-9_.-]*)+$"
HANDLE = {"type": "string", "pattern": "^@[A-Za-z0-9_]{1,30}$"}
TEXT = {"type": "string", "minLength": 1, "maxLength": 4000}
SECONDS = {"type": "number", "minimum": 0, "maximum": 7200}
COUNT = {"type": "integer", "minimum": 0, "maximum": 100_000_000}
ASSET = {"type": "string", "pattern": ASSET_PATTERN}
POINTS = {"type": "object", "propertyNames": ID,
          "additionalProperties": {"type": "integer", "minimum": -50, "maximum": 50}}
EFFECTS = {"type": "object", "propertyNames": ID,
           "additionalProperties": {"type": "number", "minimum": -1_000_000, "maximum": 1_000_000}}
FLAG = {"enum": list(FLAGS)}
ROLES = ["public", "press", "colleague", "supervisor", "professional_standards",
         "anonymous_police", "troll", "corporate_comms", "official", "community", "politician"]
INJECT_TYPES = ["post", "reply", "quote", "dm", "internal", "notification", "news", "followers",
                "metric"]
METRICS: dict[str, Any] = {"type": "object", "additionalProperties": False, "properties": {
    name: COUNT for name in ("likes", "reposts", "replies", "views")}}


def _obj(properties: dict[str, Any], required: list[str] | None = None, **extra: Any) -> dict[str, Any]:
    schema: dict[str, Any] = {"type": "object", "additionalProperties": False,
                              "properties": properties}
    if required:
        schema["required"] = required
    schema.update(extra)
    return schema


def _when_type(kind: str | list[str], required: list[str]) -> dict[str, Any]:
    kinds = [kind] if isinstance(kind, str) else kind
    return {"if": {"properties": {"type": {"enum": kinds}}, "required": ["type"]},
            "then": {"required": required}}


PERSON = _obj({
    "handle": HANDLE,
    "name": {"type": "string", "minLength": 1, "maxLength": 50},
    "role": {"enum": ROLES},
    "avatar": ASSET,
    "verified": {"type": "boolean"},
    "followers": COUNT,
    "bio": {"type": "string", "maxLength": 160},
}, ["handle", "name", "role"])

ACCOUNT = _obj({
    "kind": {"enum": ["personal", "official"]},
    "handle": HANDLE,
    "name": {"type": "string", "minLength": 1, "maxLength": 50},
    "followers": COUNT,
    "avatar": ASSET,
    "bio": {"type": "string", "maxLength": 160},
}, ["kind", "handle", "name", "followers"])

INJECT = _obj({
    "at": SECONDS,
    "type": {"enum": INJECT_TYPES},
    "id": POST_ID,
    "from": ID,
    "text": TEXT,
    "reply_to": POST_ID,
    "quote_of": POST_ID,
    "image": ASSET,
    "metrics": METRICS,
    "growth": _obj({**METRICS["properties"], "over": {**SECONDS, "exclusiveMinimum": 0}},
                   ["over"]),
    "subject": {"type": "string", "minLength": 1, "maxLength": 200},
    "urgency": {"enum": ["low", "normal", "high", "urgent"]},
    "channel": {"enum": ["email", "message"]},
    "outlet": {"type": "string", "minLength": 1, "maxLength": 80},
    "headline": {"type": "string", "minLength": 1, "maxLength": 200},
    "change": {"type": "number", "minimum": -1_000_000, "maximum": 1_000_000},
    "var": ID,
    # words a reaction can listen for ("hateful", "rumour"): liking any post tagged so
    "tags": {"type": "array", "minItems": 1, "uniqueItems": True, "items": ID},
}, ["at", "type"], allOf=[
    _when_type(["post", "reply", "quote"], ["from", "text"]),
    _when_type("reply", ["reply_to"]),
    _when_type("quote", ["quote_of"]),
    _when_type("dm", ["from", "text"]),
    _when_type("internal", ["from", "subject", "text"]),
    _when_type("notification", ["text"]),
    _when_type("news", ["outlet", "headline", "text"]),
    _when_type("followers", ["change"]),
    _when_type("metric", ["var", "change"]),
])

CROWD = _obj({
    "at": SECONDS,
    "kind": {"enum": ["reply", "quote"]},
    "target": POST_ID,
    "count": {"type": "integer", "minimum": 1, "maximum": 5000},
    "over": SECONDS,
    "tones": {"type": "object", "propertyNames": ID, "minProperties": 1,
              "additionalProperties": {"type": "number", "minimum": 0, "maximum": 100}},
    "templates": {"type": "object", "propertyNames": ID, "minProperties": 1,
                  "additionalProperties": {"type": "array", "minItems": 1, "items": TEXT}},
    "slots": {"type": "object", "propertyNames": ID,
              "additionalProperties": {"type": "array", "minItems": 1,
                                       "items": {"type": "string", "maxLength": 200}}},
}, ["at", "kind", "target", "count", "over", "tones", "templates"])

CONDITION_TEXT = {"type": "string",
                  "pattern": r"^\s*(<=|>=|==|!=|<|>)\s*-?[0-9]+(\.[0-9]+)?\s*$"}
WHEN = _obj({
    "flagged": {"type": "array", "minItems": 1, "items": FLAG},
    "not_flagged": {"type": "array", "minItems": 1, "items": FLAG},
    "rubric": {"enum": ["pass", "fail"]},
    "vars": {"type": "object", "propertyNames": ID, "minProperties": 1,
             "additionalProperties": CONDITION_TEXT},
}, minProperties=1)

OUTCOME_PROPS: dict[str, Any] = {
    "goto": ID,
    "effects": EFFECTS,
    "points": POINTS,
    "guidance": {"type": "array", "items": ID},
    "feedback": TEXT,
}
BRANCH = _obj({"when": WHEN, **OUTCOME_PROPS}, ["when", "goto"])

RUBRIC_ITEM = _obj({
    "id": ID,
    "label": {"type": "string", "minLength": 1, "maxLength": 200},
    "patterns": {"type": "array", "minItems": 1, "items": {"type": "string", "minLength": 1}},
    "points": POINTS,
}, ["id", "label", "patterns"])

RUBRIC = _obj({
    "include": {"type": "array", "items": RUBRIC_ITEM},
    "avoid": {"type": "array", "items": RUBRIC_ITEM},
    "tone": _obj({"min": {"type": "number", "minimum": -1, "maximum": 1},
                  "max": {"type": "number", "minimum": -1, "maximum": 1},
                  "points": POINTS}),
    "length": _obj({"min": {"type": "integer", "minimum": 0, "maximum": 280},
                    "max": {"type": "integer", "minimum": 1, "maximum": 280},
                    "points": POINTS}),
    "pass_mark": {"type": "number", "minimum": 0, "maximum": 1},
})

OPTION = _obj({
    "id": ID,
    "label": {"type": "string", "minLength": 1, "maxLength": 200},
    "action": {"enum": list(ACTIONS)},
    "text": {"type": "string", "minLength": 1, "maxLength": 280},
    "free_text": {"type": "boolean"},
    "placeholder": {"type": "string", "maxLength": 200},
    "rubric": RUBRIC,
    "samples": {"type": "array", "items": {"type": "string", "minLength": 1, "maxLength": 280}},
    "target": POST_ID,
    "to": ID,
    "exemplar": {"type": "string", "minLength": 1, "maxLength": 600},
    **OUTCOME_PROPS,
    "branches": {"type": "array", "items": BRANCH},
}, ["id", "label", "action", "goto"])

DECISION = _obj({
    "at": SECONDS,
    "prompt": TEXT,
    "hint": TEXT,
    "time_limit": {"type": "number", "minimum": 5, "maximum": 3600},
    "on_timeout": ID,
    "options": {"type": "array", "minItems": 1, "maxItems": 12, "items": OPTION},
}, ["prompt", "options"], dependentRequired={"time_limit": ["on_timeout"],
                                             "on_timeout": ["time_limit"]})

NEXT = _obj({
    "after": SECONDS,
    "goto": ID,
    "effects": EFFECTS,
    "branches": {"type": "array", "items": _obj({"when": WHEN, "goto": ID, "effects": EFFECTS},
                                                ["when", "goto"])},
}, ["after", "goto"])

STATE = _obj({
    "title": {"type": "string", "maxLength": 120},
    "injects": {"type": "array", "items": INJECT},
    "crowds": {"type": "array", "items": CROWD},
    "decision": DECISION,
    "next": NEXT,
})

REACTION = _obj({
    "id": ID,
    "action": {"oneOf": [{"enum": list(FREE_VERBS)},
                     {"type": "array", "minItems": 1, "uniqueItems": True,
                      "items": {"enum": list(FREE_VERBS)}}]},
    "post": POST_ID,
    "tagged": ID,
    "to": ID,
    "during": {"type": "array", "minItems": 1, "uniqueItems": True, "items": ID},
    "when": WHEN,
    "repeat": {"type": "boolean"},
    "after": SECONDS,
    "injects": {"type": "array", "items": INJECT},
    **OUTCOME_PROPS,
}, ["id", "action"])

ENDING = _obj({
    "title": {"type": "string", "minLength": 1, "maxLength": 120},
    "summary": TEXT,
    "backlash": {"type": "array", "uniqueItems": True, "items": {"enum": list(BACKLASH)}},
    "can_pass": {"type": "boolean"},
}, ["title", "summary", "backlash"])

LINE = {"type": "string", "minLength": 1, "maxLength": 400}
# What a trainer running the session reads beforehand: shown in docs/scenarios.md.
TRAINER_SHEET = _obj({
    "learning_outcomes": {"type": "array", "minItems": 3, "maxItems": 5, "items": LINE},
    "watch_for": {"type": "array", "minItems": 2, "maxItems": 5, "items": LINE},
    "debrief_questions": {"type": "array", "minItems": 3, "maxItems": 3, "items": LINE},
}, ["learning_outcomes", "watch_for", "debrief_questions"])

SCENARIO_SCHEMA: dict[str, Any] = {
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    "$id": "https://sm-sim.example/schema/scenario-1.json",
    "title": "sm-sim scenario",
    "description": "A branching social media training scenario for sm-sim. See docs/authoring.md.",
    **_obj({
        "schema_version": {"const": SCHEMA_VERSION},
        "id": ID,
        "title": {"type": "string", "minLength": 1, "maxLength": 120},
        "summary": TEXT,
        "version": {"type": "string", "pattern": r"^[0-9]+(\.[0-9]+){0,2}$"},
        "author": {"type": "string", "minLength": 1, "maxLength": 120},
        "minutes": {"type": "integer", "minimum": 1, "maximum": 120},
        "difficulty": {"enum": ["beginner", "intermediate", "advanced"]},
        "themes": {"type": "array", "minItems": 1, "items": {"type": "string", "minLength": 1}},
        "pass_mark": {"type": "integer", "minimum": 0, "maximum": 100},
        # certainty-based marking: how sure the trainee said they were counts in the score
        "confidence_marking": {"type": "boolean"},
        "seed": {"type": "integer", "minimum": 0},
        "variables": {"type": "object", "propertyNames": ID,
                      "additionalProperties": {"type": "number"}},
        "trainer_sheet": TRAINER_SHEET,
        "account": ACCOUNT,
        "personas": {"type": "object", "propertyNames": ID, "minProperties": 1,
                     "additionalProperties": PERSON},
        "start": ID,
        "states": {"type": "object", "propertyNames": ID, "minProperties": 1,
                   "additionalProperties": STATE},
        "endings": {"type": "object", "propertyNames": ID, "minProperties": 1,
                    "additionalProperties": ENDING},
        # what the world does when the trainee acts on the feed, whenever they do
        "reactions": {"type": "array", "items": REACTION},
    }, ["schema_version", "id", "title", "summary", "version", "author", "minutes", "difficulty",
        "themes", "pass_mark", "account", "personas", "start", "states", "endings"]),
}

COURSE_BLOCK = _obj({
    "title": {"type": "string", "minLength": 1, "maxLength": 120},
    "scenarios": {"type": "array", "minItems": 1, "items": ID},
}, ["title", "scenarios"])

# A training day (scenarios/course.yaml): which scenarios run, in which order.
COURSE_SCHEMA: dict[str, Any] = {
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    "title": "sm-sim course",
    **_obj({
        "schema_version": {"const": SCHEMA_VERSION},
        "title": {"type": "string", "minLength": 1, "maxLength": 120},
        "summary": TEXT,
        "morning": COURSE_BLOCK,
        "afternoon": COURSE_BLOCK,
    }, ["schema_version", "title", "summary", "morning", "afternoon"]),
}

GUIDANCE_SCHEMA: dict[str, Any] = {
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    "title": "sm-sim guidance library",
    **_obj({
        "schema_version": {"const": SCHEMA_VERSION},
        "competencies": {"type": "object", "propertyNames": ID, "minProperties": 1,
                         "additionalProperties": _obj({"title": TEXT, "description": TEXT},
                                                      ["title", "description"])},
        "sources": {"type": "object", "propertyNames": ID, "minProperties": 1,
                    "additionalProperties": _obj({"title": TEXT, "kind": TEXT}, ["title"])},
        "guidance": {"type": "object", "propertyNames": ID, "minProperties": 1,
                     "additionalProperties": _obj({
                         "title": TEXT, "summary": TEXT, "source": ID, "cite": TEXT,
                         "competencies": {"type": "array", "minItems": 1, "items": ID},
                         "principle": {"enum": ["courage", "respect_empathy", "public_service"]},
                         "example": TEXT,
                     }, ["title", "summary", "source", "cite", "competencies", "principle",
                         "example"])},
    }, ["schema_version", "competencies", "sources", "guidance"]),
}
