"""A scenario's map, for the trainer's workbench: states and endings as boxes, options as
labelled arrows, laid out in layers by grandalf (a Sugiyama layout). Read from the file's
data, not the built scenario, so a file with errors (an unreachable state, a goto to
nowhere) still has a map that shows them."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from grandalf.graphs import Edge, Graph, Vertex
from grandalf.layouts import SugiyamaLayout

from .reach import reached_from, reaching
from .yamlsrc import Source

Kind = str  # decision | auto | ending | missing


@dataclass(frozen=True)
class MapNode:
    id: str
    title: str
    kind: Kind
    outcome: str = ""  # endings: good | public | internal | internal+public
    reachable: bool = True
    trap: bool = False  # reachable, but no path from it leads to an ending
    line: int = 0  # where it is written


@dataclass(frozen=True)
class MapEdge:
    source: str
    target: str
    label: str
    timed: bool = False  # an automatic step after a pause, not a choice


@dataclass(frozen=True)
class Arrow:
    """One arrow per pair of boxes, carrying every option that goes that way."""

    source: str
    target: str
    labels: tuple[str, ...]
    timed: bool

    @property
    def label(self) -> str:
        return self.labels[0] if len(self.labels) == 1 else f"{len(self.labels)} options"


@dataclass(frozen=True)
class StoryMap:
    start: str
    nodes: tuple[MapNode, ...]
    edges: tuple[MapEdge, ...]

    def node(self, node_id: str) -> MapNode | None:
        return next((n for n in self.nodes if n.id == node_id), None)

    def arrows(self) -> list[Arrow]:
        grouped: dict[tuple[str, str], list[MapEdge]] = {}
        for edge in self.edges:
            grouped.setdefault((edge.source, edge.target), []).append(edge)
        return [Arrow(s, t, tuple(e.label for e in group), any(e.timed for e in group))
                for (s, t), group in grouped.items()]


def story_map(source: Source) -> StoryMap | None:
    """The map of a scenario file, or None when it is not yet shaped like one."""
    data = source.data
    if not (isinstance(data, dict) and isinstance(data.get("states"), dict)
            and isinstance(data.get("endings"), dict) and isinstance(data.get("start"), str)):
        return None
    states: dict[str, Any] = {k: v for k, v in data["states"].items() if isinstance(v, dict)}
    endings: dict[str, Any] = {k: v for k, v in data["endings"].items() if isinstance(v, dict)}
    edges = list(_edges(states))
    graph: dict[str, list[str]] = {}
    for edge in edges:
        graph.setdefault(edge.source, []).append(edge.target)
    reached = reached_from(data["start"], graph)
    can_end = reaching(endings, graph)
    nodes = [MapNode(k, str(s.get("title", k)), "decision" if "decision" in s else "auto",
                     reachable=k in reached, trap=k in reached and k not in can_end,
                     line=source.where(("states", k), key=True)[0]) for k, s in states.items()]
    nodes += [MapNode(k, str(e.get("title", k)), "ending", _outcome(e.get("backlash")),
                      reachable=k in reached, line=source.where(("endings", k), key=True)[0])
              for k, e in endings.items()]
    known = {n.id for n in nodes}
    nodes += [MapNode(t, t, "missing") for t in dict.fromkeys(e.target for e in edges)
              if t not in known]
    return StoryMap(data["start"], tuple(nodes), tuple(edges))


def _edges(states: dict[str, Any]) -> Iterator[MapEdge]:
    for key, state in states.items():
        decision = state.get("decision")
        for option in decision.get("options", []) if isinstance(decision, dict) else []:
            if not isinstance(option, dict):
                continue
            label = str(option.get("id", "?"))
            for outcome in [option, *option.get("branches", [])]:
                if isinstance(outcome, dict) and isinstance(outcome.get("goto"), str):
                    yield MapEdge(key, outcome["goto"], label + (" (if …)" if outcome is not option
                                                                 else ""))
        step = state.get("next")
        if isinstance(step, dict):
            for outcome in [step, *step.get("branches", [])]:
                if isinstance(outcome, dict) and isinstance(outcome.get("goto"), str):
                    yield MapEdge(key, outcome["goto"], f"after {step.get('after', '?')}s", True)


def _outcome(backlash: object) -> str:
    kinds = sorted(b for b in backlash if isinstance(b, str)) if isinstance(backlash, list) else []
    return "+".join(kinds) if kinds else "good"


def layout(story: StoryMap, sizes: dict[str, tuple[float, float]],
           gap: tuple[float, float] = (40.0, 70.0)) -> dict[str, tuple[float, float]]:
    """Centre points of each box in a layered drawing, left to right from the start."""
    vertices = {n.id: Vertex(n.id) for n in story.nodes}
    for node_id, vertex in vertices.items():
        width, height = sizes.get(node_id, (160.0, 60.0))
        vertex.view = _View(height, width)  # laid out top-down, then turned to run left-right
    edges = [Edge(vertices[e.source], vertices[e.target]) for e in story.edges
             if e.source in vertices and e.target in vertices and e.source != e.target]
    graph = Graph(list(vertices.values()), edges)
    places: dict[str, tuple[float, float]] = {}
    offset = 0.0
    for component in graph.C:
        sugiyama = SugiyamaLayout(component)
        sugiyama.xspace, sugiyama.yspace = gap
        roots = [v for v in component.sV if v.data == story.start] or None
        sugiyama.init_all(roots=roots)
        sugiyama.draw()
        xs = [v.view.xy[0] for v in component.sV]
        low = min(xs) - max(v.view.w for v in component.sV)
        for vertex in component.sV:
            x, y = vertex.view.xy
            places[vertex.data] = (y, x - low + offset)
        offset += max(xs) - low + gap[0] * 3
    return places


class _View:
    """What grandalf needs of a box: its size, and a place to put its position."""

    def __init__(self, w: float, h: float) -> None:
        self.w, self.h = w, h
        self.xy = (0.0, 0.0)
