"""Reachability on a scenario's graph, in time linear in its states and edges: what the
start reaches, and what can still reach an ending (checks and the workbench's map)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping


def reached_from(start: str, edges: Mapping[str, Iterable[str]]) -> set[str]:
    reached, todo = {start}, [start]
    while todo:
        for target in edges.get(todo.pop(), ()):
            if target not in reached:
                reached.add(target)
                todo.append(target)
    return reached


def reaching(goals: Iterable[str], edges: Mapping[str, Iterable[str]]) -> set[str]:
    """Every node with a path to one of ``goals`` (the goals included)."""
    back: dict[str, list[str]] = {}
    for source, targets in edges.items():
        for target in targets:
            back.setdefault(target, []).append(source)
    found = set(goals)
    todo = list(found)
    while todo:
        for source in back.get(todo.pop(), ()):
            if source not in found:
                found.add(source)
                todo.append(source)
    return found
