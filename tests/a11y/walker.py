"""A screen reader's view of sm-sim, over AT-SPI: run by ``test_screen_reader.py`` with the
system Python (it needs PyGObject and the Atspi typelib, which the project's Python lacks),
inside the private session bus the test starts.

    python3 walker.py OUT.json -- APP COMMAND…

It starts the app, finds it on the accessibility bus by its process id, and then does only
what a screen reader and its user can: read the tree (roles, names, descriptions, states,
relations, positions), listen for focus and announcement events, press Tab, and call the
actions and text editing a control offers. It walks the start screen, starts a scenario,
reads the live feed, plays every decision to the debrief and reads that. What it met goes
to OUT.json as one JSON object (stdout is shared with the bus's daemons); the test makes
the assertions. Every wait has a deadline, and the app is ended whatever happens.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
import time
import warnings
from collections.abc import Callable, Iterator
from typing import Any

import gi

gi.require_version("Atspi", "2.0")
from gi.repository import Atspi, GLib  # noqa: E402

warnings.simplefilter("ignore", DeprecationWarning)  # libatspi's per-interface getters

TAB = 0xFF09  # the X keysym
CALL_MS = 5000  # the longest one AT-SPI call may take
WAIT = 20.0  # the longest a step may take (seconds); the test allows for all of them
MOST_CHILDREN = 60  # of a list: a feed can hold hundreds of posts
MOST_DECISIONS = 8
S = Atspi.StateType
STATES = {"showing": S.SHOWING, "focusable": S.FOCUSABLE, "focused": S.FOCUSED,
          "enabled": S.ENABLED, "checked": S.CHECKED, "checkable": S.CHECKABLE}


class Stuck(Exception):
    """A step did not happen in time (what it waited for is the message)."""


# -- reading the tree ------------------------------------------------------------------------
def states(node: Atspi.Accessible) -> list[str]:
    held = node.get_state_set()
    return [name for name, state in STATES.items() if held.contains(state)]


def actions(node: Atspi.Accessible) -> list[str]:
    try:
        return [node.get_action_name(i) for i in range(node.get_n_actions())]
    except GLib.Error:  # no Action interface
        return []


def extents(node: Atspi.Accessible) -> list[int] | None:
    try:
        box = node.get_extents(Atspi.CoordType.SCREEN)
    except GLib.Error:
        return None
    return [box.x, box.y, box.width, box.height]


def labelled_by(node: Atspi.Accessible) -> list[str]:
    names = []
    for relation in node.get_relation_set() or []:
        if relation.get_relation_type() == Atspi.RelationType.LABELLED_BY:
            names += [relation.get_target(i).get_name() for i in range(relation.get_n_targets())]
    return names


def describe(node: Atspi.Accessible, where: bool = False) -> dict[str, Any]:
    """What a screen reader can say of ``node``."""
    seen: dict[str, Any] = {"role": node.get_role_name(), "name": node.get_name(),
                            "description": node.get_description(), "states": states(node),
                            "actions": actions(node)}
    label = labelled_by(node)
    if label:
        seen["labelled_by"] = label
    if where:
        seen["extents"] = extents(node)
    return seen


def children(node: Atspi.Accessible) -> list[Atspi.Accessible]:
    count = min(node.get_child_count(), MOST_CHILDREN)
    return [c for c in (node.get_child_at_index(i) for i in range(count)) if c is not None]


def shown(root: Atspi.Accessible) -> Iterator[Atspi.Accessible]:
    """Every node under ``root`` that is on screen, in tree order."""
    for child in children(root):
        try:
            if not child.get_state_set().contains(S.SHOWING):
                continue
        except GLib.Error:  # gone while we looked (the feed moves)
            continue
        yield child
        yield from shown(child)


def matches(node: Atspi.Accessible, role: str | None, name: str | None) -> bool:
    return ((role is None or node.get_role_name() == role)
            and (name is None or re.search(name, node.get_name() or "") is not None))


def find_all(root: Atspi.Accessible, role: str | None = None,
             name: str | None = None) -> list[Atspi.Accessible]:
    return [n for n in shown(root) if matches(n, role, name)]


def find(root: Atspi.Accessible, role: str | None = None,
         name: str | None = None) -> Atspi.Accessible | None:
    return next((n for n in shown(root) if matches(n, role, name)), None)


def same(one: Atspi.Accessible | None, other: Atspi.Accessible | None) -> bool:
    return one is not None and other is not None and one.path == other.path


def holds(node: Atspi.Accessible, other: Atspi.Accessible) -> bool:
    """Whether ``other`` is somewhere inside ``node``."""
    parent = other.get_parent()
    while parent is not None and parent.get_role_name() != "application":
        if same(parent, node):
            return True
        parent = parent.get_parent()
    return False


# -- the session -----------------------------------------------------------------------------
class Reader:
    """The app as a screen reader has it: its root, and the focus and announcement events it
    has sent since the reader started listening."""

    def __init__(self, pid: int) -> None:
        self.pid = pid
        self.events: list[dict[str, Any]] = []
        self.focused: Atspi.Accessible | None = None
        self._listeners = []
        for kind in ("object:state-changed:focused", "object:announcement"):
            listener = Atspi.EventListener.new(self._on_event)
            listener.register(kind)
            self._listeners.append(listener)
        self.app = self.wait(self._find_app, "the app on the accessibility bus")

    def _find_app(self) -> Atspi.Accessible | None:
        desktop = Atspi.get_desktop(0)
        for app in children(desktop):
            if app.get_process_id() == self.pid:
                return app
        return None

    def _on_event(self, event: Atspi.Event) -> None:
        try:
            if event.type.startswith("object:state-changed:focused"):
                if event.detail1 and event.source.get_process_id() == self.pid:
                    self.focused = event.source
                    self.events.append({"focus": describe(event.source)})
            elif event.source.get_process_id() == self.pid:
                said = event.any_data if isinstance(event.any_data, str) else str(event.any_data)
                self.events.append({"announced": said, "politeness": event.detail1,
                                    "by": event.source.get_role_name()})
        except GLib.Error:
            pass  # the source went away as it spoke

    def pump(self, seconds: float = 0.0) -> None:
        """Take in the events that have arrived (for ``seconds`` at least)."""
        context = GLib.MainContext.default()
        end = time.monotonic() + seconds
        while True:
            while context.iteration(False):
                pass
            if time.monotonic() >= end:
                return
            time.sleep(0.02)

    def wait(self, found: Callable[[], Any], what: str, timeout: float = WAIT) -> Any:
        """``found()``'s first true answer, asked until ``timeout``; else Stuck(what)."""
        end = time.monotonic() + timeout
        while True:
            self.pump()
            try:
                answer = found()
            except GLib.Error:  # a node went away while we looked: look again
                answer = None
            if answer:
                return answer
            if time.monotonic() > end:
                raise Stuck(f"waited {timeout:.0f} s for {what}")
            time.sleep(0.1)

    def frame(self) -> Atspi.Accessible:
        return self.wait(lambda: find(self.app, "frame"), "main window")

    def press_tab(self) -> Atspi.Accessible | None:
        """Tab, and what took the focus (None when nothing did)."""
        before = len(self.events)
        Atspi.generate_keyboard_event(TAB, None, Atspi.KeySynthType.SYM)
        try:
            self.wait(lambda: any("focus" in e for e in self.events[before:]), "focus change", 3.0)
        except Stuck:
            return None
        return self.focused

    def tab_round(self, most: int = 60) -> list[dict[str, Any]]:
        """Press Tab until the focus comes back to where it was: each control it reached, in
        turn, with where it is once the round is done (a scrolling page moves to show what has
        the focus, so places taken as the focus arrives would not compare)."""
        start, stops = self.focused, []
        for _ in range(most):
            stop = self.press_tab()
            if stop is None or same(stop, start) or any(same(stop, s) for s in stops):
                break
            stops.append(stop)
        if start is not None:
            stops.insert(0, start)
        return [{**describe(stop, where=True),
                 "container": any(holds(stop, other) for other in stops)} for stop in stops]


def act(node: Atspi.Accessible, name: str) -> None:
    """Do the action ``name`` ("Press", "Toggle"…) that ``node`` offers."""
    offered = actions(node)
    if name not in offered:
        raise Stuck(f"action {name!r} on {node.get_role_name()} {node.get_name()!r} "
                    f"(it offers {offered})")
    Atspi.Action.do_action(node, offered.index(name))


# -- the screens -----------------------------------------------------------------------------
def start_screen(reader: Reader, seen: dict[str, Any]) -> None:
    frame = reader.frame()
    seen["window"] = describe(frame)
    card = reader.wait(lambda: find(frame, None, r"^Questions at the cordon"),
                       "scenario card for 'Questions at the cordon'")
    name = find(frame, "text", r"^Your name$")
    start = find(frame, "push button", r"^Start")
    if name is None or start is None:
        raise Stuck("name field or Start button on the start screen")
    seen["start_before_name"] = describe(start)
    seen["controls"] = [describe(n) for n in shown(frame) if "focusable" in states(n)]
    seen["groups"] = [{**describe(n), "holds": [describe(c) for c in children(n)]} for n in shown(frame)
                      if n.get_role_name() in ("panel", "filler", "scroll pane") and n.get_name()]
    name.set_text_contents("PC Sam Okafor")
    if "checked" not in states(card):
        act(card, "Toggle")
    reader.wait(lambda: "checked" in states(card) and "enabled" in states(start),
                "the scenario chosen and Start enabled")
    seen["name_typed"] = name.get_text(0, -1)
    seen["card"] = describe(card)
    seen["start"] = describe(start)
    name.grab_focus()
    reader.wait(lambda: same(reader.focused, name), "focus on the name field")
    seen["tab_round"] = reader.tab_round()
    act(start, "Press")


def attempt(reader: Reader, seen: dict[str, Any]) -> None:
    frame = reader.frame()
    home = reader.wait(lambda: find(frame, "list", r"^Home timeline$"), "Home timeline")
    first = reader.wait(lambda: find(frame, "check box", r"^Option 1: "), "the first decision's options")
    seen["focused"] = describe(reader.focused) if reader.focused else None
    seen["posts"] = [describe(n) for n in children(home) if n.get_role_name() == "list item"]
    seen["labels"] = [describe(n) for n in shown(frame) if n.get_role_name() == "label"]
    seen["named"] = [describe(n) for n in shown(frame) if n.get_name() and n.get_role_name()
                     in ("filler", "panel", "push button", "check box", "list", "page tab")]
    seen["options"] = [describe(n) for n in find_all(frame, "check box", r"^Option \d+: ")]
    first.grab_focus()
    reader.wait(lambda: same(reader.focused, first), "focus on option 1")
    seen["tab_round"] = reader.tab_round()


def gone(node: Atspi.Accessible) -> bool:
    try:
        held = node.get_state_set()
    except GLib.Error:
        return True
    return held.contains(S.DEFUNCT) or not held.contains(S.SHOWING)


def decision_or_debrief(reader: Reader, frame: Atspi.Accessible) -> list[Atspi.Accessible]:
    """The open decision's options, or [] once the debrief is up."""
    found = reader.wait(lambda: find_all(frame, "check box", r"^Option \d+: ")
                        or find(frame, "label", r"^Score \d+ / 100"), "a decision or the debrief")
    return found if isinstance(found, list) else []


def play(reader: Reader, seen: dict[str, Any]) -> None:
    """Every decision by actions alone: the first by the Toggle action on option 2 (a reply
    that gives details away, so the inbox, the news and the gauges all have news), the rest by
    Press on option 1; then Send. What was said and where the focus went as each was sent."""
    frame = reader.frame()
    seen["decisions"] = []
    options = decision_or_debrief(reader, frame)
    while options:
        if len(seen["decisions"]) == MOST_DECISIONS:
            raise Stuck(f"the debrief after {MOST_DECISIONS} decisions")
        first = not seen["decisions"]
        record = {"options": [o.get_name() for o in options],
                  "countdown": [describe(n) for n in find_all(frame, "label", r"^Time left")],
                  "clock": [describe(n) for n in find_all(frame, "label", r"^Time into")]}
        chosen = options[1] if first else options[0]
        send = choose(reader, frame, chosen, "Toggle" if first else "Press")
        record.update(chosen=describe(chosen), send=describe(send))
        before = len(reader.events)
        options = send_it(reader, frame, send, chosen)
        record["after"] = reader.events[before:]
        seen["decisions"].append(record)


def choose(reader: Reader, frame: Atspi.Accessible, option: Atspi.Accessible,
           how: str) -> Atspi.Accessible:
    """Choose ``option`` by its action ``how``: the Send button, once it is there to press."""
    act(option, how)
    send = reader.wait(lambda: find(frame, "push button", r"send your choice$"), "a Send button")
    reader.wait(lambda: "checked" in states(option) and "enabled" in states(send),
                "the option checked and Send enabled")
    return send


def send_it(reader: Reader, frame: Atspi.Accessible, send: Atspi.Accessible,
            chosen: Atspi.Accessible) -> list[Atspi.Accessible]:
    """Press Send: the next decision's options once it opens, or [] at the debrief."""
    act(send, "Press")
    reader.wait(lambda: gone(chosen), "the decision to close once sent")
    options = decision_or_debrief(reader, frame)
    reader.pump(0.3)  # what is said as it opens
    return options


def debrief(reader: Reader, seen: dict[str, Any]) -> None:
    frame = reader.frame()
    reader.wait(lambda: find(frame, "label", r"^Score \d+ / 100"), "the debrief's score")
    reader.pump(0.3)
    seen["focused"] = describe(reader.focused) if reader.focused else None
    seen["labels"] = [describe(n) for n in shown(frame) if n.get_role_name() == "label"]
    seen["named"] = [describe(n) for n in shown(frame) if n.get_name() and n.get_role_name()
                     not in ("label", "frame")]
    seen["tab_round"] = reader.tab_round()


PHASES = [("start_screen", start_screen), ("attempt", attempt), ("play", play),
          ("debrief", debrief)]


def walk(pid: int) -> dict[str, Any]:
    seen: dict[str, Any] = {}
    reader = Reader(pid)
    for name, phase in PHASES:
        seen[name] = {}
        try:
            phase(reader, seen[name])
        except (Stuck, GLib.Error) as err:
            seen["error"] = f"{name}: {err}"
            break
    return seen


def main(argv: list[str]) -> int:
    out, app_command = argv[1], argv[argv.index("--") + 1:]
    Atspi.set_timeout(CALL_MS, CALL_MS)
    # In the walker's own process group, which the test ends whatever happens here.
    app = subprocess.Popen(app_command)
    try:
        try:
            seen = walk(app.pid)
        except Stuck as err:
            seen = {"error": str(err)}
        seen["app_running"] = app.poll() is None
    finally:
        app.terminate()
        try:
            app.wait(5)
        except subprocess.TimeoutExpired:
            app.kill()
            app.wait(5)
    with open(out, "w", encoding="utf-8") as file:
        json.dump(seen, file, indent=1)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
