"""Checks the schema cannot express: references, reachability, dead ends, timings and scores.

They walk the raw data (which keeps each value's line and column) and report every
problem found, not just the first.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from .diagnostics import Diagnostic, make
from .guidance import GuidanceLibrary
from .model import BUILTIN_VARIABLES, TRAINEE, Scenario
from .shape import dotted
from .yamlsrc import Path_, Source

LAST_POST = "last_post"  # a reserved post id: the trainee's most recent post
BUILTIN_SLOTS = {"target_handle", "trainee_handle", "trainee_name"}
SLOT = re.compile(r"\{([a-z][a-z0-9_]*)\}")
NEEDS_TARGET = {"reply", "quote", "like", "repost", "delete", "report"}
WRITES_TEXT = {"reply", "quote", "post", "dm"}


class _Checker:
    def __init__(self, source: Source, library: GuidanceLibrary | None, asset_roots: list[Path]):
        self.source = source
        self.data: dict[str, Any] = source.data
        self.library = library
        self.asset_roots = asset_roots
        self.found: list[Diagnostic] = []

    def report(self, at: Path_, code: str, message: str, hint: str = "", key: bool = False) -> None:
        line, col = self.source.where(at, key=key)
        self.found.append(make(self.source.path, line, col, code, message, hint))

    def states(self) -> Iterator[tuple[str, dict[str, Any]]]:
        yield from self.data["states"].items()


def check_semantics(source: Source, library: GuidanceLibrary | None,
                    asset_roots: list[Path]) -> list[Diagnostic]:
    checker = _Checker(source, library, asset_roots)
    for check in _CHECKS:
        check(checker)
    return sorted(checker.found, key=lambda d: (d.line, d.col))


def _check_ids(c: _Checker) -> None:
    states, endings = set(c.data["states"]), set(c.data["endings"])
    for name in sorted(states & endings):
        c.report(("endings", name), "SC044", f"'{name}' is both a state and an ending", key=True)
    if c.data["start"] not in states:
        c.report(("start",), "SC030", f"start state '{c.data['start']}' does not exist",
                 _suggest(c.data["start"], states))
    for key, state in c.states():
        if ("decision" in state) == ("next" in state):
            c.report(("states", key), "SC042",
                     f"state '{key}' has {'both' if 'decision' in state else 'neither'} "
                     "'decision' and 'next'", key=True)


def _outcomes(c: _Checker) -> Iterator[tuple[Path_, dict[str, Any], bool]]:
    """Every outcome in the file: (path, data, may use flag/rubric conditions)."""
    for key, state in c.states():
        decision = state.get("decision", {})
        for i, option in enumerate(decision.get("options", [])):
            at: Path_ = ("states", key, "decision", "options", i)
            yield at, option, False
            for j, branch in enumerate(option.get("branches", [])):
                yield (*at, "branches", j), branch, bool(option.get("free_text"))
        if "next" in state:
            at = ("states", key, "next")
            yield at, state["next"], False
            for j, branch in enumerate(state["next"].get("branches", [])):
                yield (*at, "branches", j), branch, False


def _check_outcomes(c: _Checker) -> None:
    targets = set(c.data["states"]) | set(c.data["endings"])
    variables = {*BUILTIN_VARIABLES, *c.data.get("variables", {}), "followers"}
    for at, outcome, free_text in _outcomes(c):
        if outcome["goto"] not in targets:
            c.report((*at, "goto"), "SC030", f"goto '{outcome['goto']}' is not a state or ending",
                     _suggest(outcome["goto"], targets))
        for name in outcome.get("effects", {}):
            if name not in variables:
                c.report((*at, "effects", name), "SC037", f"effect on unknown variable '{name}'",
                         _suggest(name, variables), key=True)
        _check_points(c, at, outcome)
        when = outcome.get("when", {})
        for name in when.get("vars", {}):
            if name not in variables:
                c.report((*at, "when", "vars", name), "SC037", f"condition on unknown variable '{name}'",
                         _suggest(name, variables), key=True)
        if not free_text and ({"flagged", "not_flagged", "rubric"} & set(when)):
            c.report((*at, "when"), "SC043", "flag and rubric conditions apply only to a free-text option")


def _check_points(c: _Checker, at: Path_, holder: dict[str, Any]) -> None:
    if c.library is None:
        return
    for name in holder.get("points", {}):
        if name not in c.library.competencies:
            c.report((*at, "points", name), "SC033", f"unknown competency '{name}'",
                     _suggest(name, set(c.library.competencies)), key=True)
    for i, gid in enumerate(holder.get("guidance", [])):
        if gid not in c.library.entries:
            c.report((*at, "guidance", i), "SC032", f"unknown guidance id '{gid}'",
                     _suggest(gid, set(c.library.entries)))


def _check_people_and_posts(c: _Checker) -> None:
    personas = set(c.data["personas"])
    post_ids: dict[str, Path_] = {}
    trainee_posts = {LAST_POST}
    for key, state in c.states():
        for i, inject in enumerate(state.get("injects", [])):
            at: Path_ = ("states", key, "injects", i)
            sender = inject.get("from")
            allowed = personas | ({TRAINEE} if inject["type"] in ("post", "reply", "quote") else set())
            if sender is not None and sender not in allowed:
                c.report((*at, "from"), "SC031", f"unknown persona '{sender}'", _suggest(sender, allowed))
            if "id" in inject:
                if inject["id"] in post_ids or inject["id"] == LAST_POST:
                    c.report((*at, "id"), "SC036", f"post id '{inject['id']}' is used twice")
                post_ids[inject["id"]] = at
                if sender == TRAINEE:
                    trainee_posts.add(inject["id"])
    known = set(post_ids) | {LAST_POST}
    for at, ref in _post_refs(c):
        if ref not in known:
            c.report(at, "SC035", f"no post has id '{ref}'", _suggest(ref, known))
    _check_options(c, personas, trainee_posts)


def _post_refs(c: _Checker) -> Iterator[tuple[Path_, str]]:
    for key, state in c.states():
        for i, inject in enumerate(state.get("injects", [])):
            for field in ("reply_to", "quote_of"):
                if field in inject:
                    yield ("states", key, "injects", i, field), inject[field]
        for i, crowd in enumerate(state.get("crowds", [])):
            yield ("states", key, "crowds", i, "target"), crowd["target"]
        for i, option in enumerate(state.get("decision", {}).get("options", [])):
            if "target" in option:
                yield ("states", key, "decision", "options", i, "target"), option["target"]


def _check_options(c: _Checker, personas: set[str], trainee_posts: set[str]) -> None:
    for key, state in c.states():
        decision = state.get("decision")
        if not decision:
            continue
        ids = [o["id"] for o in decision["options"]]
        for i, option in enumerate(decision["options"]):
            at: Path_ = ("states", key, "decision", "options", i)
            if option["id"] in ids[:i]:
                c.report((*at, "id"), "SC036", f"option id '{option['id']}' is used twice")
            for problem in _option_fit(option, personas, trainee_posts):
                c.report(at, "SC045", f"option '{option['id']}': {problem}")
            _check_rubric(c, (*at, "rubric"), option.get("rubric", {}))
        timeout = decision.get("on_timeout")
        if timeout is not None and timeout not in ids:
            c.report(("states", key, "decision", "on_timeout"), "SC038",
                     f"on_timeout '{timeout}' is not an option here", _suggest(timeout, set(ids)))
        elif timeout is not None and decision["options"][ids.index(timeout)].get("free_text"):
            c.report(("states", key, "decision", "on_timeout"), "SC038",
                     f"on_timeout '{timeout}' is a free-text option; nobody wrote anything",
                     "point on_timeout at an 'ignore' option")


def _check_rubric(c: _Checker, at: Path_, rubric: dict[str, Any]) -> None:
    for kind in ("include", "avoid"):
        for i, item in enumerate(rubric.get(kind, [])):
            _check_points(c, (*at, kind, i), item)
    for kind in ("tone", "length"):
        if kind in rubric:
            _check_points(c, (*at, kind), rubric[kind])


def _option_fit(option: dict[str, Any], personas: set[str], trainee_posts: set[str]) -> list[str]:
    action, problems = option["action"], []
    if action in NEEDS_TARGET and "target" not in option:
        problems.append(f"'{action}' needs a 'target' post id")
    if action in WRITES_TEXT and not option.get("free_text") and "text" not in option:
        problems.append(f"'{action}' needs drafted 'text' or 'free_text: true'")
    if action not in WRITES_TEXT and (option.get("free_text") or "text" in option):
        problems.append(f"'{action}' does not write text; remove 'text'/'free_text'")
    if not option.get("free_text") and ({"rubric", "samples", "placeholder"} & set(option)):
        problems.append("'rubric', 'samples' and 'placeholder' need 'free_text: true'")
    if action == "dm" and "to" not in option:
        problems.append("'dm' needs 'to' (a persona id)")
    if "to" in option and option["to"] not in personas:
        problems.append(f"'to' names unknown persona '{option['to']}'")
    if action == "delete" and option.get("target") not in trainee_posts:
        problems.append("'delete' can only target one of the trainee's own posts")
    return problems


def _check_crowds(c: _Checker) -> None:
    for key, state in c.states():
        for i, crowd in enumerate(state.get("crowds", [])):
            at: Path_ = ("states", key, "crowds", i)
            for tone, weight in crowd["tones"].items():
                if weight > 0 and tone not in crowd["templates"]:
                    c.report((*at, "tones", tone), "SC054", f"tone '{tone}' has no templates", key=True)
            slots = BUILTIN_SLOTS | set(crowd.get("slots", {}))
            for tone, texts in crowd["templates"].items():
                for j, text in enumerate(texts):
                    for slot in SLOT.findall(text):
                        if slot not in slots:
                            c.report((*at, "templates", tone, j), "SC039",
                                     f"template uses unknown slot '{{{slot}}}'", _suggest(slot, slots))


def _check_assets(c: _Checker) -> None:
    def walk(node: Any, at: Path_) -> Iterator[tuple[Path_, str]]:
        if isinstance(node, dict):
            for k, v in node.items():
                if k in ("avatar", "image") and isinstance(v, str):
                    yield (*at, k), v
                else:
                    yield from walk(v, (*at, k))
        elif isinstance(node, list):
            for i, v in enumerate(node):
                yield from walk(v, (*at, i))
    for at, asset in walk(c.data, ()):
        if not any((root / asset).is_file() for root in c.asset_roots):
            c.report(at, "SC034", f"asset '{asset}' not found",
                     f"looked in: {', '.join(str(r) for r in c.asset_roots)}")


def _check_timings(c: _Checker) -> None:
    limit = c.data["minutes"] * 60
    for key, state in c.states():
        timed: list[tuple[Path_, float]] = []
        timed += [(("states", key, "injects", i, "at"), inj["at"])
                  for i, inj in enumerate(state.get("injects", []))]
        timed += [(("states", key, "crowds", i, "over"), cr["at"] + cr["over"])
                  for i, cr in enumerate(state.get("crowds", []))]
        if "decision" in state and "at" in state["decision"]:
            timed.append((("states", key, "decision", "at"), state["decision"]["at"]))
        if "next" in state:
            timed.append((("states", key, "next", "after"), state["next"]["after"]))
        for at, seconds in timed:
            if seconds > limit:
                c.report(at, "SC050", f"{dotted(at)} is {seconds:g}s, beyond the scenario's "
                         f"{c.data['minutes']} minutes ({limit}s)")


def _check_graph(c: _Checker) -> None:
    states, endings = c.data["states"], set(c.data["endings"])
    edges = {key: _gotos(state) for key, state in states.items()}
    reached, todo = set(), [c.data["start"]]
    while todo:
        node = todo.pop()
        if node not in reached:
            reached.add(node)
            todo.extend(edges.get(node, ()))
    for name in [*states, *endings]:
        if name not in reached and c.data["start"] in states:
            where = "states" if name in states else "endings"
            c.report((where, name), "SC040", f"'{name}' cannot be reached from '{c.data['start']}'",
                     key=True)
    can_end, changed = set(endings), True
    while changed:
        before = len(can_end)
        can_end |= {k for k, targets in edges.items() if can_end.intersection(targets)}
        changed = len(can_end) != before
    for name in states:
        if name in reached and name not in can_end:
            c.report(("states", name), "SC041", f"from '{name}' no path leads to an ending", key=True)


def _gotos(state: dict[str, Any]) -> list[str]:
    found = []
    for option in state.get("decision", {}).get("options", []):
        found.append(option["goto"])
        found.extend(b["goto"] for b in option.get("branches", []))
    if "next" in state:
        found.append(state["next"]["goto"])
        found.extend(b["goto"] for b in state["next"].get("branches", []))
    return found


def _suggest(name: str, known: set[str]) -> str:
    close = difflib.get_close_matches(name, sorted(known), n=1)
    if close:
        return f"did you mean '{close[0]}'?"
    listed = ", ".join(sorted(known)[:8])
    return f"known: {listed}" if listed else ""


def check_scores(scenario: Scenario, source: Source) -> list[Diagnostic]:
    """Warn where a decision's options all score the same (nothing to learn from the choice)."""
    found = []
    for key, state in scenario.states.items():
        options = state.decision.options if state.decision else ()
        distinct = {tuple(sorted(o.outcome.points.items())) for o in options}
        if options and len(distinct) < 2 and not any(o.free_text or o.branches for o in options):
            line, col = source.where(("states", key, "decision"), key=True)
            found.append(make(source.path, line, col, "SC052",
                              f"every option of decision '{key}' scores the same"))
    return found


_CHECKS: list[Callable[[_Checker], None]] = [
    _check_ids, _check_outcomes, _check_people_and_posts, _check_crowds, _check_assets,
    _check_timings, _check_graph,
]
