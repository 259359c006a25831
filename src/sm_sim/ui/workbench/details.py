"""What the workbench says about the box clicked: its injects, its decision and options
with where each leads and what it scores. Every word from the file is escaped."""

from __future__ import annotations

from html import escape

from ...scenario.model import Condition, Outcome, Scenario
from ...scenario.storymap import MapNode
from .map_view import node_words


def details_html(node: MapNode, scenario: Scenario | None) -> str:
    head = f"<h3>{escape(node.title)}</h3><p><i>{escape(node.id)} · {escape(node_words(node))}" \
           f"{f' · line {node.line}' if node.line else ''}</i></p>"
    if scenario is None:
        return head + "<p>Fix the file's errors to see this state's injects and options.</p>"
    if node.kind == "ending":
        ending = scenario.endings.get(node.id)
        return head + (f"<p>{escape(ending.summary)}</p>" if ending else "")
    state = scenario.states.get(node.id)
    if state is None:
        return head
    parts = [head]
    if state.injects:
        parts.append("<p><b>What arrives</b></p><ul>" + "".join(
            f"<li>{inject.at:g}s · {escape(inject.type)}"
            f"{': ' + escape(_short(str(inject.get('text', '')))) if inject.get('text') else ''}</li>"
            for inject in state.injects) + "</ul>")
    decision = state.decision
    if decision is not None:
        limit = f" (time limit {decision.time_limit:g}s)" if decision.time_limit else ""
        parts.append(f"<p><b>Decision{limit}:</b> {escape(decision.prompt)}</p><ol>")
        for option in decision.options:
            kind = " · free text" if option.free_text else ""
            ways = "".join(f"<br>{escape(_when(b.when))} → {escape(b.goto)} · {escape(_points(b))}"
                           for b in option.branches)  # tried first, in order
            otherwise = "otherwise " if option.branches else ""
            parts.append(f"<li>{escape(option.label)} <i>({escape(option.action)}{kind})</i>{ways}"
                         f"<br>{otherwise}→ {escape(option.outcome.goto)} · "
                         f"{escape(_points(option.outcome))}</li>")
        parts.append("</ol>")
    return "".join(parts)


def _short(text: str, most: int = 140) -> str:
    """The start of a long text, ending in an ellipsis so it reads as cut."""
    return text if len(text) <= most else text[: most - 1].rstrip() + "…"


def _points(outcome: Outcome) -> str:
    return ", ".join(f"{k} {v:+d}" for k, v in outcome.points.items()) or "no points"


def _when(condition: Condition | None) -> str:
    """A branch's condition in a few words: 'if cover >= 1', 'if flagged personal_data'."""
    if condition is None:
        return "if"
    said = [f"{name} {op} {value:g}" for name, op, value in condition.vars]
    said += [f"flagged {' or '.join(condition.flagged)}"] if condition.flagged else []
    said += [f"not flagged {' or '.join(condition.not_flagged)}"] if condition.not_flagged else []
    said += [f"rubric {condition.rubric}"] if condition.rubric else []
    return "if " + " and ".join(said)
