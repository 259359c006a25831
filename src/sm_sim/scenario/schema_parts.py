"""The pieces the scenario schema is built of: value types, people, injects, crowds,
conditions and outcomes, each field with the description and examples an editor shows on
hover (VS Code's YAML extension reads them from scenarios/schema.json)."""

from __future__ import annotations

from typing import Any

from .model import FLAGS, ROLE_WORDS

ID_PATTERN = "^[a-z][a-z0-9_]{0,63}$"
ID = {"type": "string", "pattern": ID_PATTERN}
POST_ID = {"type": "string", "pattern": ID_PATTERN}
# Folders and a file under assets/; no part may start with "." (so no ".." and no hidden files).
ASSET_PATTERN = r"^assets(/[A-Za-z0-9_-][A-Za-z0-9_.-]*)+$"
HANDLE = {"type": "string", "pattern": "^@[A-Za-z0-9_]{1,30}$"}
TEXT = {"type": "string", "minLength": 1, "maxLength": 4000}
SECONDS = {"type": "number", "minimum": 0, "maximum": 7200}
COUNT = {"type": "integer", "minimum": 0, "maximum": 100_000_000}
ASSET = {"type": "string", "pattern": ASSET_PATTERN}
FLAG = {"enum": list(FLAGS)}
ROLES = list(ROLE_WORDS)
INJECT_TYPES = ["post", "reply", "quote", "dm", "internal", "notification", "news", "followers",
                "metric"]
CONDITION_TEXT = {"type": "string",
                  "pattern": r"^\s*(<=|>=|==|!=|<|>)\s*-?[0-9]+(\.[0-9]+)?\s*$"}


def field(schema: dict[str, Any], description: str, *examples: Any) -> dict[str, Any]:
    """``schema`` with the words an editor shows for it, and examples of good values."""
    described = {**schema, "description": description}
    if examples:
        described["examples"] = list(examples)
    return described


def obj(properties: dict[str, Any], required: list[str] | None = None, **extra: Any) -> dict[str, Any]:
    schema: dict[str, Any] = {"type": "object", "additionalProperties": False,
                              "properties": properties}
    if required:
        schema["required"] = required
    schema.update(extra)
    return schema


def when_type(kind: str | list[str], required: list[str]) -> dict[str, Any]:
    kinds = [kind] if isinstance(kind, str) else kind
    return {"if": {"properties": {"type": {"enum": kinds}}, "required": ["type"]},
            "then": {"required": required}}


def points(description: str) -> dict[str, Any]:
    return field({"type": "object", "propertyNames": ID,
                  "additionalProperties": {"type": "integer", "minimum": -50, "maximum": 50}},
                 description, {"confidentiality": 10, "public_engagement": -5})


EFFECTS = field({"type": "object", "propertyNames": ID,
                 "additionalProperties": {"type": "number", "minimum": -1_000_000, "maximum": 1_000_000}},
                "Changes to variables (and 'followers') when this happens.",
                {"public_trust": -5, "internal_risk": 40, "followers": -100})
_NAME = {"type": "string", "minLength": 1, "maxLength": 50}
_BIO = {"type": "string", "maxLength": 160}
METRIC_WORDS = {"likes": "likes", "reposts": "reposts", "replies": "replies", "views": "views"}


def metrics(description: str, over: bool = False) -> dict[str, Any]:
    props = {name: field(COUNT, f"How many {words}.", 120) for name, words in METRIC_WORDS.items()}
    if over:
        props["over"] = field({**SECONDS, "exclusiveMinimum": 0},
                              "Seconds over which the counts climb (fast at first, then levelling off).", 240)
        return field(obj(props, ["over"]), description, {"over": 240, "likes": 340, "views": 96000})
    return field(obj(props), description, {"likes": 12, "replies": 3})


PERSON = obj({
    "handle": field(HANDLE, "Their handle, starting with @.", "@MaryOnMillRd"),
    "name": field(_NAME, "The name shown above their posts.", "Mary Quinn"),
    "role": field({"enum": ROLES}, "Who they are: it sets the badge and how the debrief speaks of "
                  "them.", "public"),
    "avatar": field(ASSET, "A square picture under assets/ (at least 72 pixels); initials are drawn "
                    "without one.", "assets/avatars/mary.png"),
    "verified": field({"type": "boolean"}, "Whether a verified tick shows beside their name.", False),
    "followers": field(COUNT, "How many follow them (shown on their profile).", 310),
    "bio": field(_BIO, "The line under their name on their profile.", "Mill Road born and bred."),
}, ["handle", "name", "role"])

ACCOUNT = obj({
    "kind": field({"enum": ["personal", "official"]}, "Whether the trainee posts as themselves "
                  "or as a team or force account.", "official"),
    "handle": field(HANDLE, "The account's handle, starting with @.", "@EastbridgeNPT"),
    "name": field(_NAME, "The account's name.", "Eastbridge Neighbourhood Team"),
    "followers": field(COUNT, "How many follow the account when the scenario starts.", 4200),
    "avatar": field(ASSET, "A square picture under assets/ (at least 72 pixels).",
                    "assets/avatars/eastbridge_police.png"),
    "bio": field(_BIO, "The line under the account's name.", "Your neighbourhood team."),
}, ["kind", "handle", "name", "followers"])

INJECT = obj({
    "at": field(SECONDS, "Seconds after the state is entered when this arrives.", 0, 25),
    "type": field({"enum": INJECT_TYPES}, "What arrives: a post, reply, quote, DM, internal "
                  "message, notification, news card, a follower change or a variable change.", "post"),
    "id": field(POST_ID, "A name for this post, so replies, crowds, options and reactions can "
                "refer to it.", "mary_question"),
    "from": field(ID, "The persona it comes from, or 'trainee' for a post the trainee made "
                  "before the scenario starts.", "mary", "trainee"),
    "text": field(TEXT, "What it says.", "What's happened on Mill Road? I can see police tape."),
    "reply_to": field(POST_ID, "The id of the post this replies to.", "mary_question"),
    "quote_of": field(POST_ID, "The id of the post this quotes.", "force_appeal"),
    "image": field(ASSET, "A landscape picture under assets/ (at least 400 pixels wide).",
                   "assets/images/mill_road_cordon.png"),
    "metrics": metrics("The post's starting counts."),
    "growth": metrics("How the post's counts climb, as a post going viral does.", over=True),
    "subject": field({"type": "string", "minLength": 1, "maxLength": 200},
                     "An internal message's subject line.", "Your reply on Mill Road"),
    "urgency": field({"enum": ["low", "normal", "high", "urgent"]},
                     "How an internal message is marked.", "urgent"),
    "channel": field({"enum": ["email", "message"]}, "Whether an internal message is an email or "
                     "a chat message.", "message"),
    "outlet": field({"type": "string", "minLength": 1, "maxLength": 80},
                    "The news outlet's name.", "Eastbridge Gazette"),
    "headline": field({"type": "string", "minLength": 1, "maxLength": 200},
                      "The news card's headline.", "Police post victim's address online"),
    "change": field({"type": "number", "minimum": -1_000_000, "maximum": 1_000_000},
                    "How much the followers count or the variable moves.", -120, 15),
    "var": field(ID, "The variable a 'metric' inject moves.", "public_trust"),
    "tags": field({"type": "array", "minItems": 1, "uniqueItems": True, "items": ID},
                  "Words a reaction can listen for ('tagged:'), e.g. liking any post tagged so.",
                  ["hateful"], ["rumour", "conspiracy"]),
}, ["at", "type"], allOf=[
    when_type(["post", "reply", "quote"], ["from", "text"]),
    when_type("reply", ["reply_to"]),
    when_type("quote", ["quote_of"]),
    when_type("dm", ["from", "text"]),
    when_type("internal", ["from", "subject", "text"]),
    when_type("notification", ["text"]),
    when_type("news", ["outlet", "headline", "text"]),
    when_type("followers", ["change"]),
    when_type("metric", ["var", "change"]),
])

CROWD = obj({
    "at": field(SECONDS, "Seconds after the state is entered when the burst starts.", 10),
    "kind": field({"enum": ["reply", "quote"]}, "Whether the crowd replies to or quotes the post.",
                  "reply"),
    "target": field(POST_ID, "The post the crowd piles on (a post id, or last_post).",
                    "troll_quote", "last_post"),
    "count": field({"type": "integer", "minimum": 1, "maximum": 5000}, "How many posts.", 60),
    "over": field(SECONDS, "Seconds the burst is spread over (most arrive early).", 120),
    "tones": field({"type": "object", "propertyNames": ID, "minProperties": 1,
                    "additionalProperties": {"type": "number", "minimum": 0, "maximum": 100}},
                   "Each tone's relative weight.", {"hostile": 6, "supportive": 2, "neutral": 2}),
    "templates": field({"type": "object", "propertyNames": ID, "minProperties": 1,
                        "additionalProperties": {"type": "array", "minItems": 1, "items": TEXT}},
                       "For each tone, lines to pick from; {slot} fills in a word from 'slots'.",
                       {"hostile": ["{opener} the police never tell us anything"]}),
    "slots": field({"type": "object", "propertyNames": ID,
                    "additionalProperties": {"type": "array", "minItems": 1,
                                             "items": {"type": "string", "maxLength": 200}}},
                   "Words for each {slot} in the templates.", {"opener": ["Honestly", "Typical."]}),
}, ["at", "kind", "target", "count", "over", "tones", "templates"])

WHEN = obj({
    "flagged": field({"type": "array", "minItems": 1, "items": FLAG},
                     "Holds when the detectors found any of these in the trainee's words.",
                     ["personal_data", "operational_detail"]),
    "not_flagged": field({"type": "array", "minItems": 1, "items": FLAG},
                         "Holds when the detectors found none of these.", ["signposting"]),
    "rubric": field({"enum": ["pass", "fail"]}, "Holds when the written reply passed (or failed) "
                    "the option's rubric.", "fail"),
    "vars": field({"type": "object", "propertyNames": ID, "minProperties": 1,
                   "additionalProperties": CONDITION_TEXT},
                  "Comparisons on variables, all of which must hold.", {"internal_risk": ">= 40"}),
}, minProperties=1)

OUTCOME_PROPS: dict[str, Any] = {
    "goto": field(ID, "The state or ending this leads to.", "late_shift", "ending_trust"),
    "effects": EFFECTS,
    "points": points("Points per competency, -50 to 50 (competency ids from guidance.yaml)."),
    "guidance": field({"type": "array", "items": ID}, "Ids from guidance.yaml that justify the "
                      "points; the debrief shows their citations. Needed wherever points are.",
                      ["cordon_rule", "confidentiality"]),
    "feedback": field(TEXT, "What the debrief says about this choice and what it led to.",
                      "You kept to what could be said at the cordon."),
}
