"""The scenario map: boxes for states and endings, arrows for options, drawn where the
layered layout puts them. Zoom with Ctrl+wheel or the + and − keys, pan by dragging; a
click on a box says which one (``node_clicked``)."""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, Qt, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QKeyEvent,
    QPainter,
    QPainterPath,
    QPen,
    QResizeEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsPathItem,
    QGraphicsRectItem,
    QGraphicsScene,
    QGraphicsSimpleTextItem,
    QGraphicsView,
    QWidget,
)

from ...scenario.storymap import Arrow, MapNode, StoryMap, layout
from ..kit.appearance import notifier
from ..kit.language import QT_TRANSLATE_NOOP, say, translate
from ..kit.theme import current, plain_tip

BOX_W, PAD = 170.0, 8.0
GAP_MIN, GAP_MAX = 70.0, 220.0  # between columns: room for the widest arrow label, within these
FILL = {"good": "good", "public": "bad", "internal": "warn", "internal+public": "bad"}
WORDS = {"decision": QT_TRANSLATE_NOOP("Workbench", "decision"),
         "auto": QT_TRANSLATE_NOOP("Workbench", "automatic"),
         "missing": QT_TRANSLATE_NOOP("Workbench", "not in the file")}
ENDINGS = {"good": QT_TRANSLATE_NOOP("Workbench", "ending: good"),
           "public": QT_TRANSLATE_NOOP("Workbench", "ending: public backlash"),
           "internal": QT_TRANSLATE_NOOP("Workbench", "ending: internal backlash"),
           "internal+public": QT_TRANSLATE_NOOP("Workbench", "ending: internal + public backlash")}


def node_words(node: MapNode) -> str:
    """What a box says under its title: its kind, its outcome, what is wrong with it."""
    if node.kind != "ending":
        said = [translate("Workbench", WORDS[node.kind])]
    elif node.outcome in ENDINGS:
        said = [translate("Workbench", ENDINGS[node.outcome])]
    else:  # a kind of backlash the map has no words for
        said = [translate("Workbench", "ending: {outcome} backlash").format(
            outcome=node.outcome.replace("+", " + "))]
    if not node.reachable:
        said.append(translate("Workbench", "cannot be reached"))
    if node.trap:
        said.append(translate("Workbench", "no way out to an ending"))
    return " · ".join(said)


def arrow_label(arrow: Arrow) -> str:
    """What an arrow says beside it: its option (or its pause), or how many options go that way."""
    if len(arrow.labels) == 1:
        return say(arrow.labels[0])
    return translate("Workbench", "{count} options").format(count=len(arrow.labels))


def arrow_tip(arrow: Arrow) -> str:
    return "\n".join(say(label) for label in arrow.labels)


def box_tip(node: MapNode, seen: bool = True) -> str:
    said = f"{node.title} ({node.id}) — {node_words(node)}"
    return plain_tip(said if seen else translate("Workbench", "{said} · not yet visited").format(
        said=said))


def _lines(text: str, metrics: QFontMetricsF) -> list[str]:
    """``text`` wrapped at spaces to the inside of a box (a word longer than that keeps its line)."""
    lines: list[str] = []
    for word in text.split():
        trial = f"{lines[-1]} {word}" if lines else word
        if lines and metrics.horizontalAdvance(trial) <= BOX_W - 2 * PAD:
            lines[-1] = trial
        else:
            lines.append(word)
    return lines or [""]


class _Box(QGraphicsRectItem):
    def __init__(self, node: MapNode, width: float, height: float) -> None:
        super().__init__(-width / 2, -height / 2, width, height)
        self.node = node
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setToolTip(box_tip(node))


class MapView(QGraphicsView):
    node_clicked = Signal(str)  # node id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("storyMap")
        self.setScene(QGraphicsScene(self))
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setAccessibleName(translate("Workbench", "Scenario map"))
        self.boxes: dict[str, _Box] = {}
        self.arrows: list[tuple[Arrow, tuple[QGraphicsItem, ...]]] = []
        self.story: StoryMap | None = None
        self.visited: tuple[set[str], set[tuple[str, str]]] | None = None  # None: nothing played
        self.zoomed = False  # the trainer has zoomed: a resize no longer fits the map
        self.scene().selectionChanged.connect(self._on_scene_selection_changed)
        notifier().changed.connect(self._on_appearance_changed)

    def _on_appearance_changed(self, _appearance: object) -> None:
        """Drawn again in the new theme's colours and text size, at the same place."""
        if self.story is not None:
            self.show_map(self.story)

    # -- drawing ------------------------------------------------------------------------------
    def show_map(self, story: StoryMap) -> None:
        """Draw ``story``, keeping the zoom and the box in the middle (a reload keeps place)."""
        centre = self.mapToScene(self.viewport().rect().center())
        had = bool(self.boxes)
        self.story = story
        scene = self.scene()
        scene.clear()
        self.boxes, self.arrows = {}, []
        font = QFont(self.font())
        metrics = QFontMetricsF(font)
        sizes = {n.id: (BOX_W, self._height(n, metrics)) for n in story.nodes}
        places = layout(story, sizes, (40.0, self._column_gap(story, metrics)))
        for arrow in story.arrows():
            if arrow.source in places and arrow.target in places:
                self._arrow(places[arrow.source], places[arrow.target], arrow)
        for node in story.nodes:
            self._box(node, places.get(node.id, (0.0, 0.0)), sizes[node.id], metrics)
        scene.setSceneRect(scene.itemsBoundingRect().adjusted(-40, -40, 40, 40))
        self.show_coverage(self.visited)
        if had:
            self.centerOn(centre)
        else:
            self.fit()

    @staticmethod
    def _height(node: MapNode, metrics: QFontMetricsF) -> float:
        lines = len(_lines(node.title, metrics)) + len(_lines(node_words(node), metrics))
        return lines * metrics.height() + 3 * PAD

    @staticmethod
    def _column_gap(story: StoryMap, metrics: QFontMetricsF) -> float:
        """Wide enough for the arrow labels between two columns, so no box hides one."""
        widest = max((metrics.horizontalAdvance(arrow_label(a)) for a in story.arrows()), default=0.0)
        return min(max(widest + 4 * PAD, GAP_MIN), GAP_MAX)

    def _box(self, node: MapNode, at: tuple[float, float], size: tuple[float, float],
             metrics: QFontMetricsF) -> None:
        theme = current()
        box = _Box(node, *size)
        box.setPos(*at)
        colour = theme.color(FILL.get(node.outcome, "card")) if node.kind == "ending" \
            else theme.color("card")
        if node.kind == "ending":
            colour = QColor(colour)
            colour.setAlpha(70)
        box.setBrush(QBrush(colour))
        problem = not node.reachable or node.trap or node.kind == "missing"
        box.setPen(QPen(theme.color("bad" if problem else "border"), 3 if problem else 1.2,
                        Qt.PenStyle.DashLine if problem else Qt.PenStyle.SolidLine))
        self.scene().addItem(box)
        self.boxes[node.id] = box
        top = -size[1] / 2 + PAD
        for number, line in enumerate(_lines(node.title, metrics)):  # the title, wrapped
            self._line(box, line, top + number * metrics.height(), theme.color("text"))
        words = _lines(node_words(node), metrics)  # and what it is, wrapped beneath
        bottom = size[1] / 2 - PAD - len(words) * metrics.height()
        for number, line in enumerate(words):
            self._line(box, line, bottom + number * metrics.height(),
                       theme.color("bad" if problem else "muted"))

    @staticmethod
    def _line(box: _Box, text: str, y: float, colour: QColor) -> None:
        item = QGraphicsSimpleTextItem(text, box)
        item.setBrush(colour)
        item.setPos(-BOX_W / 2 + PAD, y)

    def _arrow(self, start: tuple[float, float], end: tuple[float, float], arrow: Arrow) -> None:
        label, tip, timed = arrow_label(arrow), arrow_tip(arrow), arrow.timed
        theme = current()
        a = QPointF(start[0] + BOX_W / 2, start[1])
        b = QPointF(end[0] - BOX_W / 2, end[1])
        path = QPainterPath(a)
        bend = max(40.0, abs(b.x() - a.x()) / 2)
        path.cubicTo(a + QPointF(bend, 0), b - QPointF(bend, 0), b)
        angle = math.atan2(b.y() - (b - QPointF(bend, 0)).y(), b.x() - (b - QPointF(bend, 0)).x())
        for side in (-0.45, 0.45):
            path.moveTo(b)
            path.lineTo(b - QPointF(10 * math.cos(angle + side), 10 * math.sin(angle + side)))
        item = QGraphicsPathItem(path)
        item.setPen(QPen(theme.color("muted"), 1.2, Qt.PenStyle.DashLine if timed
                         else Qt.PenStyle.SolidLine))
        item.setZValue(-1)
        item.setToolTip(tip)
        self.scene().addItem(item)
        text = QGraphicsSimpleTextItem(label)
        text.setToolTip(tip)
        text.setBrush(theme.color("accent"))
        mid = path.pointAtPercent(0.5)
        text.setPos(mid.x() - text.boundingRect().width() / 2, mid.y() - text.boundingRect().height())
        text.setZValue(-0.5)
        self.scene().addItem(text)
        self.arrows.append((arrow, (item, text)))

    # -- coverage -----------------------------------------------------------------------------
    def show_coverage(self, visited: tuple[set[str], set[tuple[str, str]]] | None) -> None:
        """Dim the boxes and arrows not yet visited: ``visited`` is (states and endings
        entered, (state, option) taken); None when nothing has been played, so nothing is dim."""
        self.visited = visited
        places, options = visited or (set(), set())
        for node_id, box in self.boxes.items():
            seen = visited is None or node_id in places
            box.setOpacity(1.0 if seen else 0.45)
            box.setToolTip(box_tip(box.node, seen))
        for arrow, items in self.arrows:
            # An option with branches draws an arrow to each place it may lead: only the way
            # a play went (its box entered) is bright.
            seen = visited is None or (arrow.target in places and (
                arrow.source in places if arrow.timed else
                any((arrow.source, label.split(" (if")[0]) in options for label in arrow.labels)))
            for part in items:
                part.setOpacity(1.0 if seen else 0.35)

    # -- looking around -----------------------------------------------------------------------
    def fit(self) -> None:
        self.fitInView(self.scene().sceneRect(), Qt.AspectRatioMode.KeepAspectRatio)

    def zoom(self, factor: float) -> None:
        scale = self.transform().m11() * factor
        if 0.1 <= scale <= 4.0:
            self.scale(factor, factor)
            self.zoomed = True

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if not self.zoomed and self.boxes:
            self.fit()

    def find_node(self, text: str) -> str | None:
        """Select and centre the first box whose id or title holds ``text``; its id."""
        needle = text.casefold().strip()
        for node_id, box in self.boxes.items():
            if needle and (needle in node_id.casefold() or needle in box.node.title.casefold()):
                self.select(node_id)
                return node_id
        return None

    def select(self, node_id: str) -> None:
        box = self.boxes.get(node_id)
        if box is not None:
            self.scene().clearSelection()
            box.setSelected(True)
            self.centerOn(box)

    def wheelEvent(self, event: QWheelEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.zoom(1.15 if event.angleDelta().y() > 0 else 1 / 1.15)
        else:
            super().wheelEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.zoom(1.2)
        elif event.key() == Qt.Key.Key_Minus:
            self.zoom(1 / 1.2)
        elif event.key() == Qt.Key.Key_0:
            self.fit()
        else:
            super().keyPressEvent(event)

    def _on_scene_selection_changed(self) -> None:
        chosen = [i for i in self.scene().selectedItems() if isinstance(i, _Box)]
        if chosen:
            self.node_clicked.emit(chosen[0].node.id)
