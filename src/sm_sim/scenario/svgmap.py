"""The scenario's map as SVG, for handouts and slides, with no Graphviz and no Qt: the same
layered layout as the workbench's map (``storymap.layout``), boxes coloured as there
(endings by outcome, unreachable states and traps marked), each option an arrow with its
label. All text is escaped: a scenario's words never become markup."""

from __future__ import annotations

from html import escape

from .storymap import MapNode, StoryMap, layout

BOX_W, BOX_H = 170.0, 54.0
MARGIN = 30.0
FILL = {"good": "#c9e8d4", "public": "#f3c7cc", "internal": "#f3d2c1", "internal+public": "#ecc3cf",
        "decision": "#ffffff", "auto": "#f6f7f9", "missing": "#fff4e5"}
KIND_WORDS = {"decision": "decision", "auto": "automatic", "missing": "missing: no such state"}


def _fill(node: MapNode) -> str:
    return FILL.get(node.outcome if node.kind == "ending" else node.kind, "#ffffff")


def _caption(node: MapNode) -> str:
    if node.kind == "ending":
        return "ending: " + {"good": "good", "internal+public": "both backlashes"}.get(
            node.outcome, f"{node.outcome} backlash")
    words = KIND_WORDS.get(node.kind, node.kind)
    if not node.reachable:
        words += " · unreachable"
    elif node.trap:
        words += " · no way to an ending"
    return words


def _lines(text: str, width: int = 24) -> list[str]:
    """The title wrapped to the box (two lines, the second cut with an ellipsis)."""
    words, lines, line = text.split(), [], ""
    for word in words:
        if line and len(line) + 1 + len(word) > width:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}".strip()
    lines.append(line)
    if len(lines) > 2:
        lines = [lines[0], lines[1][: width - 1] + "…"]
    return lines


def to_svg(story: StoryMap, title: str = "") -> str:
    places = layout(story, {n.id: (BOX_W, BOX_H) for n in story.nodes})
    xs = [x for x, _ in places.values()] or [0.0]
    ys = [y for _, y in places.values()] or [0.0]
    left, top = min(xs) - BOX_W / 2 - MARGIN, min(ys) - BOX_H / 2 - MARGIN - (24 if title else 0)
    width = max(xs) - min(xs) + BOX_W + 2 * MARGIN
    height = max(ys) - min(ys) + BOX_H + 2 * MARGIN + (24 if title else 0)
    out = [f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="{left:.0f} {top:.0f} {width:.0f} '
           f'{height:.0f}" width="{width:.0f}" height="{height:.0f}" font-family="sans-serif">',
           '<defs><marker id="arrow" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="7" '
           'markerHeight="7" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" '
           'fill="#6b6fd6"/></marker></defs>',
           f'<rect x="{left:.0f}" y="{top:.0f}" width="{width:.0f}" height="{height:.0f}" fill="#ffffff"/>']
    if title:
        out.append(f'<text x="{left + MARGIN:.0f}" y="{top + 24:.0f}" font-size="16" '
                   f'font-weight="bold">{escape(title)}</text>')
    for edge in story.arrows():
        if edge.source not in places or edge.target not in places or edge.source == edge.target:
            continue
        (x1, y1), (x2, y2) = places[edge.source], places[edge.target]
        x1 += BOX_W / 2
        x2 -= BOX_W / 2
        dash = ' stroke-dasharray="5,4"' if edge.timed else ""
        out.append(f'<path d="M{x1:.1f},{y1:.1f} C{(x1 + x2) / 2:.1f},{y1:.1f} {(x1 + x2) / 2:.1f},'
                   f'{y2:.1f} {x2:.1f},{y2:.1f}" fill="none" stroke="#8a8fa0"{dash} '
                   f'marker-end="url(#arrow)"/>')
        out.append(f'<text x="{(x1 + x2) / 2:.1f}" y="{(y1 + y2) / 2 - 4:.1f}" font-size="10" '
                   f'fill="#4b4fc4" text-anchor="middle"><title>{escape(chr(10).join(edge.labels))}'
                   f'</title>{escape(edge.label)}</text>')
    for node in story.nodes:
        if node.id not in places:
            continue
        x, y = places[node.id]
        x0, y0 = x - BOX_W / 2, y - BOX_H / 2
        stroke = ' stroke-dasharray="4,3"' if node.id == story.start else ""
        border = "#c2410c" if (node.trap or not node.reachable or node.kind == "missing") else "#9aa1ad"
        out.append(f'<g><title>{escape(node.id)}</title><rect x="{x0:.1f}" y="{y0:.1f}" '
                   f'width="{BOX_W:.0f}" height="{BOX_H:.0f}" rx="4" fill="{_fill(node)}" '
                   f'stroke="{border}"{stroke}/>')
        for i, line in enumerate(_lines(node.title or node.id)):
            out.append(f'<text x="{x0 + 8:.1f}" y="{y0 + 17 + 13 * i:.1f}" font-size="12">'
                       f'{escape(line)}</text>')
        out.append(f'<text x="{x0 + 8:.1f}" y="{y0 + BOX_H - 7:.1f}" font-size="10" '
                   f'fill="#5b6671">{escape(_caption(node))}</text></g>')
    out.append("</svg>\n")
    return "\n".join(out)
