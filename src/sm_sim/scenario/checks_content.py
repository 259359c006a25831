"""Checks on what a scenario contains: people and posts, options and rubrics, crowds and
pictures. Each takes the shared ``Checker`` and reports every problem it finds."""

from __future__ import annotations

import difflib
from collections.abc import Callable, Iterator
from typing import Any

from .checker import Checker, check_points, option_name
from .diagnostics import listed, suggest
from .images import MAX_BYTES, image_info, poor_fit, too_large
from .model import BUILTIN_SLOTS, LAST_POST, POST_ACTIONS, SLOT, TRAINEE
from .yamlsrc import Path_

NEEDS_TARGET = {"reply", "quote", *POST_ACTIONS}
WRITES_TEXT = {"reply", "quote", "post", "dm"}


def _check_people_and_posts(c: Checker) -> None:
    personas = c.parts.known("personas")
    post_ids: dict[str, Path_] = {}
    loose = dict(c.parts.post_ids())  # ids given in malformed parts still exist
    trainee_posts = {LAST_POST, *(post for post, author in loose.items() if author == TRAINEE)}
    for key, state in c.states():
        for i, inject in enumerate(state.get("injects", [])):
            at: Path_ = ("states", key, "injects", i)
            sender = inject.get("from")
            allowed = (personas or set()) | ({TRAINEE} if inject["type"] in ("post", "reply", "quote")
                                             else set())
            if sender is not None and personas is not None and sender not in allowed:
                c.report((*at, "from"), "SC031", f"unknown persona '{sender}'", suggest(sender, allowed))
            if "id" in inject:
                if inject["id"] in post_ids or inject["id"] == LAST_POST:
                    c.report((*at, "id"), "SC036", f"post id '{inject['id']}' is used twice")
                post_ids[inject["id"]] = at
                if sender == TRAINEE:
                    trainee_posts.add(inject["id"])
    known = set(post_ids) | {LAST_POST} | set(loose)
    for at, ref in _post_refs(c):
        if ref not in known:
            c.report(at, "SC035", f"no post has id '{ref}'", suggest(ref, known))
    _check_options(c, personas, trainee_posts)


def _post_refs(c: Checker) -> Iterator[tuple[Path_, str]]:
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


def _check_options(c: Checker, personas: set[str] | None, trainee_posts: set[str]) -> None:
    for key, state in c.states():
        decision = state.get("decision")
        if not decision:
            continue
        ids = [o["id"] for o in decision["options"]]
        for i, option in enumerate(decision["options"]):
            at: Path_ = ("states", key, "decision", "options", i)
            if option["id"] in ids[:i]:
                c.report((*at, "id"), "SC036", f"{option_name(key, i, option)} has the id of option "
                         f"{ids.index(option['id']) + 1}")
            for problem in _option_fit(option, personas, trainee_posts):
                c.report(at, "SC045", f"{option_name(key, i, option)}: {problem}")
            _check_rubric(c, (*at, "rubric"), option.get("rubric", {}))
        timeout = decision.get("on_timeout")
        if timeout is not None and timeout not in ids:
            c.report(("states", key, "decision", "on_timeout"), "SC038",
                     f"on_timeout '{timeout}' is not an option here", suggest(timeout, set(ids)))
        elif timeout is not None and decision["options"][ids.index(timeout)].get("free_text"):
            c.report(("states", key, "decision", "on_timeout"), "SC038",
                     f"on_timeout '{timeout}' (option {ids.index(timeout) + 1}) is a free-text option; "
                     "nobody wrote anything",
                     "point on_timeout at an 'ignore' option")


def _check_rubric(c: Checker, at: Path_, rubric: dict[str, Any]) -> None:
    for kind in ("include", "avoid"):
        for i, item in enumerate(rubric.get(kind, [])):
            check_points(c, (*at, kind, i), item)
    for kind in ("tone", "length"):
        if kind in rubric:
            check_points(c, (*at, kind), rubric[kind])


def _option_fit(option: dict[str, Any], personas: set[str] | None, trainee_posts: set[str]) -> list[str]:
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
    if "to" in option and personas is not None and option["to"] not in personas:
        problems.append(f"'to' names unknown persona '{option['to']}'")
    if action == "delete" and option.get("target") not in trainee_posts:
        problems.append("'delete' can only target one of the trainee's own posts")
    return problems


def _check_crowds(c: Checker) -> None:
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
                                     f"template uses unknown slot '{{{slot}}}'", suggest(slot, slots))


def _check_assets(c: Checker) -> None:
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
        _check_asset(c, at, asset)


def _check_asset(c: Checker, at: Path_, asset: str) -> None:
    """The first root that holds the asset must hold it inside its assets/ folder (no
    ``..`` or symlink out), and it must be an image of a size the app can show."""
    roots = [root for root in c.asset_roots if (root / asset).is_file()]
    if not roots:
        _not_found(c, at, asset)
        return
    path = roots[0] / asset
    if not path.resolve().is_relative_to((roots[0] / "assets").resolve()):
        c.report(at, "SC046", f"asset '{asset}' leads outside the assets folder, to "
                 f"{path.resolve()}")
        return
    try:
        if path.stat().st_size > MAX_BYTES:
            c.report(at, "SC048", f"asset '{asset}' is larger than {MAX_BYTES // 1_000_000} MB")
            return
        info = image_info(path)
    except OSError as err:
        c.report(at, "SC034", f"asset '{asset}' cannot be read ({err.strerror or err})")
        return
    if info is None:
        c.report(at, "SC047", f"asset '{asset}' is not a PNG, JPEG or GIF image")
    elif reason := too_large(info):
        c.report(at, "SC048", f"asset '{asset}' is too large to show: {reason}")
    elif reason := poor_fit(info, str(at[-1])):
        c.report(at, "SC049", f"{'avatar' if at[-1] == 'avatar' else 'post picture'} '{asset}' "
                 f"will look wrong: {reason}")


def _not_found(c: Checker, at: Path_, asset: str) -> None:
    """Say the folders looked in, and a file of a like name in one of them."""
    folders = list(dict.fromkeys((root / asset).parent for root in c.asset_roots))
    name = asset.rsplit("/", 1)[-1]
    near = [f for folder in folders if folder.is_dir() for f in
            difflib.get_close_matches(name, sorted(p.name for p in folder.iterdir()), n=1)]
    hint = f"did you mean '{near[0]}'? " if near else ""
    c.report(at, "SC034", f"asset '{asset}' not found: looked for {name} in "
             f"{listed([str(f) for f in folders], 4)}",
             f"{hint}put {name} in {folders[0]}, or fix the path")


CONTENT_CHECKS: list[Callable[[Checker], None]] = [_check_people_and_posts, _check_crowds, _check_assets]
