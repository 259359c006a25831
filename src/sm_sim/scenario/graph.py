"""The state graph as Graphviz DOT: states as boxes, endings coloured by outcome."""

from __future__ import annotations

from .model import Outcome, Scenario

_ENDING_COLOURS = {(): "palegreen", ("public",): "lightsalmon", ("internal",): "khaki"}


def _quote(text: str) -> str:
    return '"' + text.replace('"', '\\"').replace("\n", " ") + '"'


def _edge_label(prefix: str, outcome: Outcome) -> str:
    parts = [prefix]
    if outcome.when is not None:
        when = outcome.when
        parts += [f"flagged {'/'.join(when.flagged)}"] if when.flagged else []
        parts += [f"not {'/'.join(when.not_flagged)}"] if when.not_flagged else []
        parts += [f"rubric {when.rubric}"] if when.rubric else []
        parts += [f"{name} {op} {value:g}" for name, op, value in when.vars]
    return "\\n".join(parts)


def to_dot(scenario: Scenario) -> str:
    lines = [f"digraph {_quote(scenario.id)} {{", "  rankdir=LR;",
             '  node [shape=box, style="rounded,filled", fillcolor=white, fontname="Helvetica"];',
             f"  __start [shape=point]; __start -> {_quote(scenario.start)};"]
    for state in scenario.states.values():
        kind = "decision" if state.decision else "auto"
        label = state.title + "\\n(" + kind + ")"
        lines.append(f"  {_quote(state.id)} [label={_quote(label)}];")
    for ending in scenario.endings.values():
        colour = _ENDING_COLOURS.get(tuple(sorted(ending.backlash)), "tomato")
        lines.append(f"  {_quote(ending.id)} [shape=doubleoctagon, fillcolor={colour}, "
                     f"label={_quote(ending.title)}];")
    for state in scenario.states.values():
        if state.decision:
            for option in state.decision.options:
                for outcome in option.outcomes:
                    label = _edge_label(option.id, outcome)
                    lines.append(f"  {_quote(state.id)} -> {_quote(outcome.goto)} "
                                 f"[label={_quote(label)}];")
        if state.next:
            for outcome in state.next.outcomes:
                label = _edge_label(f"after {state.next.after:g}s", outcome)
                lines.append(f"  {_quote(state.id)} -> {_quote(outcome.goto)} "
                             f"[label={_quote(label)}, style=dashed];")
    lines.append("}")
    return "\n".join(lines) + "\n"
