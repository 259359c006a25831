"""The published schema matches the loader's, and the example uses every part of the format."""

from __future__ import annotations

import json

from sm_sim.cli import main
from sm_sim.scenario.diagnostics import catalogue_markdown
from sm_sim.scenario.schema import ACTIONS, COURSE_SCHEMA, INJECT_TYPES, SCENARIO_SCHEMA

from ..conftest import EXAMPLE, ROOT, SCENARIOS


def test_published_schema_is_the_loaders_schema():
    published = json.loads((SCENARIOS / "schema.json").read_text())
    assert published == SCENARIO_SCHEMA


def test_published_course_schema_is_the_loaders_schema():
    published = json.loads((SCENARIOS / "course.schema.json").read_text())
    assert published == COURSE_SCHEMA
    assert (SCENARIOS / "course.yaml").read_text().splitlines()[0] == \
        "# yaml-language-server: $schema=course.schema.json"


def test_generated_diagnostics_doc_is_current():
    assert (ROOT / "docs" / "diagnostics.md").read_text() == catalogue_markdown()


def test_example_points_editors_at_the_schema():
    assert EXAMPLE.read_text().splitlines()[0] == "# yaml-language-server: $schema=schema.json"


def test_example_exercises_every_feature(example):
    scenario = example.scenario
    injects = {i.type for s in scenario.states.values() for i in s.injects}
    assert injects == set(INJECT_TYPES)
    options = [o for d in scenario.decisions() for o in d.options]
    assert {o.action for o in options} == set(ACTIONS)
    assert any(o.free_text and o.rubric for o in options)
    conditions = [b.when for o in options for b in o.branches]
    conditions += [b.when for s in scenario.states.values() if s.next for b in s.next.branches]
    assert any(c.flagged for c in conditions)
    assert any(c.rubric for c in conditions)
    assert any(c.vars for c in conditions)
    assert any(d.time_limit and d.on_timeout for d in scenario.decisions())
    assert any(s.crowds for s in scenario.states.values())
    assert {e.backlash for e in scenario.endings.values()} >= {(), ("public",), ("internal",)}
    assert scenario.account.kind == "official"
    assert {p.role for p in scenario.personas.values()} >= {
        "public", "press", "supervisor", "professional_standards", "anonymous_police", "troll"}
    assert any(p.avatar for p in scenario.personas.values())


def test_graph_lists_every_state_and_edge(example, capsys):
    assert main(["graph", str(EXAMPLE)]) == 0
    dot = capsys.readouterr().out
    assert dot.startswith('digraph "cordon_questions" {') and dot.rstrip().endswith("}")
    for name in [*example.scenario.states, *example.scenario.endings]:
        assert f'"{name}" [' in dot
    edges = sum(len(o.outcomes) for d in example.scenario.decisions() for o in d.options)
    edges += sum(len(s.next.outcomes) for s in example.scenario.states.values() if s.next)
    assert dot.count(" -> ") == edges + 1
