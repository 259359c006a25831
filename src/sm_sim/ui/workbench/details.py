"""What the workbench says about the box clicked: its injects, its decision and options
with where each leads and what it scores. Every word from the file is escaped, and shown as
written (titles, texts, ids, inject types and actions)."""

from __future__ import annotations

from html import escape

from ...scenario.model import Condition, Outcome, Scenario
from ...scenario.storymap import MapNode
from ..kit.language import translate
from .map_view import node_words


def details_html(node: MapNode, scenario: Scenario | None) -> str:
    line = translate("Workbench", "line {line}").format(line=node.line) if node.line else ""
    head = f"<h3>{escape(node.title)}</h3><p><i>{escape(node.id)} · {escape(node_words(node))}" \
           f"{' · ' + escape(line) if line else ''}</i></p>"
    if scenario is None:
        fix = translate("Workbench", "Fix the file's errors to see this state's injects and options.")
        return f"{head}<p>{escape(fix)}</p>"
    if node.kind == "ending":
        ending = scenario.endings.get(node.id)
        return head + (f"<p>{escape(ending.summary)}</p>" if ending else "")
    state = scenario.states.get(node.id)
    if state is None:
        return head
    parts = [head]
    if state.injects:
        arrives = translate("Workbench", "What arrives")
        parts.append(f"<p><b>{escape(arrives)}</b></p><ul>" + "".join(
            f"<li>{inject.at:g}s · {escape(inject.type)}"
            f"{': ' + escape(_short(str(inject.get('text', '')))) if inject.get('text') else ''}</li>"
            for inject in state.injects) + "</ul>")
    decision = state.decision
    if decision is not None:
        said = translate("Workbench", "Decision (time limit {limit}s):").format(
            limit=f"{decision.time_limit:g}") if decision.time_limit \
            else translate("Workbench", "Decision:")
        parts.append(f"<p><b>{escape(said)}</b> {escape(decision.prompt)}</p><ol>")
        free = translate("Workbench", "free text")
        otherwise = translate("Workbench", "otherwise")
        for option in decision.options:
            kind = f" · {escape(free)}" if option.free_text else ""
            ways = "".join(f"<br>{escape(_when(b.when))} → {escape(b.goto)} · {escape(_points(b))}"
                           for b in option.branches)  # tried first, in order
            last = f"{escape(otherwise)} " if option.branches else ""
            parts.append(f"<li>{escape(option.label)} <i>({escape(option.action)}{kind})</i>{ways}"
                         f"<br>{last}→ {escape(option.outcome.goto)} · "
                         f"{escape(_points(option.outcome))}</li>")
        parts.append("</ol>")
    return "".join(parts)


def _short(text: str, most: int = 140) -> str:
    """The start of a long text, ending in an ellipsis so it reads as cut."""
    return text if len(text) <= most else text[: most - 1].rstrip() + "…"


def _points(outcome: Outcome) -> str:
    return ", ".join(f"{k} {v:+d}" for k, v in outcome.points.items()) \
        or translate("Workbench", "no points")


def _when(condition: Condition | None) -> str:
    """A branch's condition in a few words: 'if cover >= 1', 'if flagged personal_data'."""
    if condition is None:
        return translate("Workbench", "if")
    either, both = translate("Workbench", " or "), translate("Workbench", " and ")
    said = [f"{name} {op} {value:g}" for name, op, value in condition.vars]
    if condition.flagged:
        said.append(translate("Workbench", "flagged {flags}").format(
            flags=either.join(condition.flagged)))
    if condition.not_flagged:
        said.append(translate("Workbench", "not flagged {flags}").format(
            flags=either.join(condition.not_flagged)))
    if condition.rubric:
        said.append(translate("Workbench", "rubric {rubric}").format(rubric=condition.rubric))
    return translate("Workbench", "if {conditions}").format(conditions=both.join(said))
