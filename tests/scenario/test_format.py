"""The published schema matches the loader's, and the example uses every part of the format."""

from __future__ import annotations

import json

import pytest

from sm_sim.cli import main
from sm_sim.cli.diagnostics_doc import diagnostics_markdown
from sm_sim.scenario.diagnostics import CODES, catalogue_markdown
from sm_sim.scenario.schema import ACTIONS, COURSE_SCHEMA, GUIDANCE_SCHEMA, INJECT_TYPES, SCENARIO_SCHEMA

from ..conftest import EXAMPLE, ROOT, SCENARIOS


def test_published_schema_is_the_loaders_schema():
    published = json.loads((SCENARIOS / "schema.json").read_text())
    assert published == SCENARIO_SCHEMA


def test_published_course_schema_is_the_loaders_schema():
    published = json.loads((SCENARIOS / "course.schema.json").read_text())
    assert published == COURSE_SCHEMA
    assert (SCENARIOS / "course.yaml").read_text().splitlines()[0] == \
        "# yaml-language-server: $schema=course.schema.json"


def test_published_guidance_schema_is_the_loaders_schema():
    """guidance.yaml is checked with GUIDANCE_SCHEMA; editors get the same rules from the file."""
    published = json.loads((SCENARIOS / "guidance.schema.json").read_text())
    assert published == GUIDANCE_SCHEMA
    assert (SCENARIOS / "guidance.yaml").read_text().splitlines()[0] == \
        "# yaml-language-server: $schema=guidance.schema.json"


def _properties(schema: object, at: str = "") -> list[tuple[str, dict]]:
    """Every property a schema defines, at any depth, with where it is (an 'if' only tests)."""
    found: list[tuple[str, dict]] = []
    if isinstance(schema, dict):
        for key, sub in schema.items():
            if key == "properties" and isinstance(sub, dict):
                for name, inner in sub.items():
                    found += [(f"{at}.{name}", inner), *_properties(inner, f"{at}.{name}")]
            elif key != "if":
                found += _properties(sub, f"{at}/{key}")
    elif isinstance(schema, list):
        for i, part in enumerate(schema):
            found += _properties(part, f"{at}[{i}]")
    return found


@pytest.mark.parametrize("schema", [SCENARIO_SCHEMA, GUIDANCE_SCHEMA, COURSE_SCHEMA],
                         ids=["scenario", "guidance", "course"])
def test_every_property_has_a_description_and_every_value_an_example(schema):
    properties = dict(_properties(schema))
    assert len(properties) > (150 if schema is SCENARIO_SCHEMA else 8)
    undescribed = [at for at, sub in properties.items() if not sub.get("description")]
    assert undescribed == []
    # a value typed in (text, a number, a list of them) has an example; a mapping has keys
    leaves = [at for at, sub in properties.items() if sub.get("type") != "object"
              and not (sub.get("type") == "array" and sub.get("items", {}).get("type") == "object")]
    assert [at for at in leaves if not properties[at].get("examples")] == []


def test_generated_diagnostics_doc_is_current():
    """The table and an example of every code, each made afresh by the validator from its
    failing example file: a message that changes, or an example that stops failing, fails here."""
    made = diagnostics_markdown(ROOT / "tests" / "scenario" / "bad")
    assert (ROOT / "docs" / "diagnostics.md").read_text() == made
    assert made.startswith(catalogue_markdown().split("\n", 2)[0])
    for code in CODES:
        assert f"### {code}: " in made
        assert f"does not report {code}" not in made


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
