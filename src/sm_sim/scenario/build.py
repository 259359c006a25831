"""Build frozen model objects from data that has passed the schema."""

from __future__ import annotations

from typing import Any, cast

from .model import (
    BUILTIN_VARIABLES,
    Account,
    Condition,
    Crowd,
    Decision,
    Ending,
    FreeVerb,
    Growth,
    Inject,
    Next,
    Option,
    Outcome,
    Person,
    Reaction,
    Rubric,
    RubricItem,
    Scenario,
    State,
    TrainerSheet,
)


def build_scenario(data: dict[str, Any], path: str = "", content_hash: str = "",
                   language: str = "en") -> Scenario:
    variables = {**BUILTIN_VARIABLES, **{k: float(v) for k, v in data.get("variables", {}).items()}}
    return Scenario(
        id=data["id"], title=data["title"], summary=data["summary"], version=str(data["version"]),
        author=data["author"], minutes=data["minutes"], difficulty=data["difficulty"],
        themes=tuple(data["themes"]), pass_mark=data["pass_mark"], seed=data.get("seed", 0),
        variables=variables, account=_account(data["account"]),
        personas={k: _person(k, v) for k, v in data["personas"].items()},
        start=data["start"],
        states={k: _state(k, v) for k, v in data["states"].items()},
        endings={k: Ending(k, v["title"], v["summary"], tuple(v["backlash"]), v.get("can_pass", True))
                 for k, v in data["endings"].items()},
        trainer_sheet=_trainer_sheet(data.get("trainer_sheet")),
        reactions=tuple(_reaction(r) for r in data.get("reactions", [])),
        confidence_marking=bool(data.get("confidence_marking", False)),
        path=path, content_hash=content_hash, language=language,
    )


def _trainer_sheet(data: dict[str, Any] | None) -> TrainerSheet | None:
    if data is None:
        return None
    return TrainerSheet(tuple(data["learning_outcomes"]), tuple(data["watch_for"]),
                        tuple(data["debrief_questions"]))


def _account(data: dict[str, Any]) -> Account:
    return Account(data["kind"], data["handle"], data["name"], data["followers"],
                   data.get("avatar"), data.get("bio", ""))


def _person(key: str, data: dict[str, Any]) -> Person:
    return Person(key, data["handle"], data["name"], data["role"], data.get("verified", False),
                  data.get("followers", 0), data.get("avatar"), data.get("bio", ""))


def _injects(items: list[dict[str, Any]]) -> tuple[Inject, ...]:
    injects = (Inject(float(i["at"]), i["type"], {k: v for k, v in i.items() if k not in ("at", "type")})
               for i in items)
    return tuple(sorted(injects, key=lambda i: i.at))


def _state(key: str, data: dict[str, Any]) -> State:
    injects = _injects(data.get("injects", []))
    return State(
        id=key, title=data.get("title", key.replace("_", " ").capitalize()),
        injects=injects,
        crowds=tuple(_crowd(c) for c in data.get("crowds", [])),
        decision=_decision(key, data["decision"], injects) if "decision" in data else None,
        next=_next(data["next"]) if "next" in data else None,
    )


def growth(data: dict[str, Any] | None) -> Growth | None:
    if not data:
        return None
    return Growth(float(data["over"]), data.get("likes", 0), data.get("reposts", 0),
                  data.get("replies", 0), data.get("views", 0))


def _crowd(data: dict[str, Any]) -> Crowd:
    return Crowd(
        at=float(data["at"]), kind=data["kind"], target=data["target"], count=data["count"],
        over=float(data["over"]), tones={k: float(v) for k, v in data["tones"].items()},
        templates={k: tuple(v) for k, v in data["templates"].items()},
        slots={k: tuple(v) for k, v in data.get("slots", {}).items()},
    )


def _decision(key: str, data: dict[str, Any], injects: tuple[Inject, ...]) -> Decision:
    default_at = max((i.at for i in injects), default=0.0)
    return Decision(
        id=key, at=float(data.get("at", default_at)), prompt=data["prompt"],
        options=tuple(_option(o) for o in data["options"]), hint=data.get("hint", ""),
        time_limit=float(data["time_limit"]) if "time_limit" in data else None,
        on_timeout=data.get("on_timeout"),
    )


def _reaction(data: dict[str, Any]) -> Reaction:
    verbs = data["action"]
    on = cast(list[FreeVerb], [verbs] if isinstance(verbs, str) else verbs)
    return Reaction(
        id=data["id"], on=tuple(on),
        outcome=_outcome({"goto": "", **data}), post=data.get("post"), tagged=data.get("tagged"),
        to=data.get("to"), during=tuple(data.get("during", [])), repeat=data.get("repeat", False),
        after=float(data.get("after", 0)), injects=_injects(data.get("injects", [])),
    )


def _outcome(data: dict[str, Any]) -> Outcome:
    return Outcome(
        goto=data["goto"], effects={k: float(v) for k, v in data.get("effects", {}).items()},
        points=dict(data.get("points", {})), guidance=tuple(data.get("guidance", [])),
        feedback=data.get("feedback", ""),
        when=_condition(data["when"]) if "when" in data else None,
    )


def _condition(data: dict[str, Any]) -> Condition:
    variables = []
    for name, text in data.get("vars", {}).items():
        parsed = Condition.parse_var(text)
        if parsed:
            variables.append((name, parsed[0], parsed[1]))
    return Condition(tuple(data.get("flagged", [])), tuple(data.get("not_flagged", [])),
                     data.get("rubric"), tuple(variables))


def _option(data: dict[str, Any]) -> Option:
    return Option(
        id=data["id"], label=data["label"], action=data["action"], outcome=_outcome(data),
        branches=tuple(_outcome(b) for b in data.get("branches", [])),
        text=data.get("text"), free_text=data.get("free_text", False),
        placeholder=data.get("placeholder", ""),
        rubric=_rubric(data["rubric"]) if "rubric" in data else None,
        samples=tuple(data.get("samples", [])), target=data.get("target"), to=data.get("to"),
        exemplar=data.get("exemplar", ""),
    )


def _rubric(data: dict[str, Any]) -> Rubric:
    def items(key: str) -> tuple[RubricItem, ...]:
        return tuple(RubricItem(i["id"], i["label"], tuple(i["patterns"]), dict(i.get("points", {})))
                     for i in data.get(key, []))
    tone, length = data.get("tone", {}), data.get("length", {})
    return Rubric(
        include=items("include"), avoid=items("avoid"),
        tone_min=tone.get("min"), tone_max=tone.get("max"), tone_points=dict(tone.get("points", {})),
        length_min=length.get("min"), length_max=length.get("max"),
        length_points=dict(length.get("points", {})),
        pass_mark=float(data.get("pass_mark", 0.6)),
    )


def _next(data: dict[str, Any]) -> Next:
    return Next(after=float(data["after"]), outcome=_outcome(data),
                branches=tuple(_outcome(b) for b in data.get("branches", [])))
