"""Checks on what a scenario contains: people and posts, options and rubrics, crowds and
pictures. Each takes the shared ``Checker`` and reports every problem it finds."""

from __future__ import annotations

import difflib
from collections.abc import Callable, Iterator
from typing import Any

from ..i18n import N_
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
                c.report((*at, "from"), "SC031", N_("unknown persona '{name}'").format(name=sender),
                         suggest(sender, allowed))
            if "id" in inject:
                if inject["id"] in post_ids or inject["id"] == LAST_POST:
                    c.report((*at, "id"), "SC036",
                             N_("post id '{name}' is used twice").format(name=inject["id"]))
                post_ids[inject["id"]] = at
                if sender == TRAINEE:
                    trainee_posts.add(inject["id"])
    known = set(post_ids) | {LAST_POST} | set(loose)
    for at, ref in _post_refs(c):
        if ref not in known:
            c.report(at, "SC035", N_("no post has id '{name}'").format(name=ref), suggest(ref, known))
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
                c.report((*at, "id"), "SC036", N_("{option} has the id of option {number}").format(
                    option=option_name(key, i, option), number=ids.index(option["id"]) + 1))
            for problem in _option_fit(option, personas, trainee_posts):
                c.report(at, "SC045", N_("option {number} ('{option}') of decision '{decision}': "
                                         "{problem}").format(number=i + 1, option=option.get("id", "?"),
                                                             decision=key, problem=problem))
            _check_rubric(c, (*at, "rubric"), option.get("rubric", {}))
        timeout = decision.get("on_timeout")
        if timeout is not None and timeout not in ids:
            c.report(("states", key, "decision", "on_timeout"), "SC038",
                     N_("on_timeout '{name}' is not an option here").format(name=timeout),
                     suggest(timeout, set(ids)))
        elif timeout is not None and decision["options"][ids.index(timeout)].get("free_text"):
            c.report(("states", key, "decision", "on_timeout"), "SC038",
                     N_("on_timeout '{name}' (option {number}) is a free-text option; nobody wrote "
                        "anything").format(name=timeout, number=ids.index(timeout) + 1),
                     N_("point on_timeout at an 'ignore' option"))


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
        problems.append(N_("'{action}' needs a 'target' post id").format(action=action))
    if action in WRITES_TEXT and not option.get("free_text") and "text" not in option:
        problems.append(N_("'{action}' needs drafted 'text' or 'free_text: true'").format(action=action))
    if action not in WRITES_TEXT and (option.get("free_text") or "text" in option):
        problems.append(N_("'{action}' does not write text; remove 'text'/'free_text'").format(
            action=action))
    if not option.get("free_text") and ({"rubric", "samples", "placeholder"} & set(option)):
        problems.append(N_("'rubric', 'samples' and 'placeholder' need 'free_text: true'"))
    if action == "dm" and "to" not in option:
        problems.append(N_("'dm' needs 'to' (a persona id)"))
    if "to" in option and personas is not None and option["to"] not in personas:
        problems.append(N_("'to' names unknown persona '{name}'").format(name=option["to"]))
    if action == "delete" and option.get("target") not in trainee_posts:
        problems.append(N_("'delete' can only target one of the trainee's own posts"))
    return problems


def _check_crowds(c: Checker) -> None:
    for key, state in c.states():
        for i, crowd in enumerate(state.get("crowds", [])):
            at: Path_ = ("states", key, "crowds", i)
            for tone, weight in crowd["tones"].items():
                if weight > 0 and tone not in crowd["templates"]:
                    c.report((*at, "tones", tone), "SC054",
                             N_("tone '{tone}' has no templates").format(tone=tone), key=True)
            slots = BUILTIN_SLOTS | set(crowd.get("slots", {}))
            for tone, texts in crowd["templates"].items():
                for j, text in enumerate(texts):
                    for slot in SLOT.findall(text):
                        if slot not in slots:
                            c.report((*at, "templates", tone, j), "SC039",
                                     N_("template uses unknown slot '{slot}'").format(
                                         slot=f"{{{slot}}}"), suggest(slot, slots))


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
        c.report(at, "SC046", N_("asset '{asset}' leads outside the assets folder, to {path}").format(
            asset=asset, path=path.resolve()))
        return
    try:
        if path.stat().st_size > MAX_BYTES:
            c.report(at, "SC048", N_("asset '{asset}' is larger than {limit} MB").format(
                asset=asset, limit=MAX_BYTES // 1_000_000))
            return
        info = image_info(path)
    except OSError as err:
        c.report(at, "SC034", N_("asset '{asset}' cannot be read ({reason})").format(
            asset=asset, reason=err.strerror or err))
        return
    if info is None:
        c.report(at, "SC047", N_("asset '{asset}' is not a PNG, JPEG or GIF image").format(asset=asset))
    elif reason := too_large(info):
        c.report(at, "SC048", N_("asset '{asset}' is too large to show: {reason}").format(
            asset=asset, reason=reason))
    elif reason := poor_fit(info, str(at[-1])):
        said = (N_("avatar '{asset}' will look wrong: {reason}") if at[-1] == "avatar"
                else N_("post picture '{asset}' will look wrong: {reason}"))
        c.report(at, "SC049", said.format(asset=asset, reason=reason))


def _not_found(c: Checker, at: Path_, asset: str) -> None:
    """Say the folders looked in, and a file of a like name in one of them."""
    folders = list(dict.fromkeys((root / asset).parent for root in c.asset_roots))
    name = asset.rsplit("/", 1)[-1]
    near = [f for folder in folders if folder.is_dir() for f in
            difflib.get_close_matches(name, sorted(p.name for p in folder.iterdir()), n=1)]
    hint = (N_("did you mean '{near}'? put {name} in {folder}, or fix the path") if near
            else N_("put {name} in {folder}, or fix the path"))
    c.report(at, "SC034", N_("asset '{asset}' not found: looked for {name} in {folders}").format(
                 asset=asset, name=name, folders=listed([str(f) for f in folders], 4)),
             hint.format(near=near[0] if near else "", name=name, folder=folders[0]))


CONTENT_CHECKS: list[Callable[[Checker], None]] = [_check_people_and_posts, _check_crowds, _check_assets]
