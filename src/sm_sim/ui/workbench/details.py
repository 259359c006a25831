"""What the workbench says about the box clicked: its injects, its decision and options
with where each leads and what it scores. Every word from the file is escaped."""

from __future__ import annotations

from html import escape

from ...scenario.model import Scenario
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
            f"{': ' + escape(str(inject.get('text', ''))[:140]) if inject.get('text') else ''}</li>"
            for inject in state.injects) + "</ul>")
    decision = state.decision
    if decision is not None:
        limit = f" (time limit {decision.time_limit:g}s)" if decision.time_limit else ""
        parts.append(f"<p><b>Decision{limit}:</b> {escape(decision.prompt)}</p><ol>")
        for option in decision.options:
            points = ", ".join(f"{k} {v:+d}" for k, v in option.outcome.points.items()) or "no points"
            kind = " · free text" if option.free_text else ""
            parts.append(f"<li>{escape(option.label)} <i>({escape(option.action)}{kind})</i><br>"
                         f"→ {escape(option.outcome.goto)} · {escape(points)}</li>")
        parts.append("</ol>")
    return "".join(parts)
