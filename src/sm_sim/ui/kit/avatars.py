"""Scenario images and round avatars (the persona's picture, else initials on a colour).

Image paths in a scenario are relative to the scenario's project folder, its own
folder or the built-in data, the same roots the loader checks.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication, QPainter, QPainterPath, QPixmap

from ...data import data_root
from .theme import AVATAR_COLOURS


class Assets:
    """Finds and caches the pictures one scenario refers to."""

    def __init__(self, scenario_path: str | Path = "") -> None:
        roots = [data_root()]
        if scenario_path:
            path = Path(scenario_path).resolve()
            roots = [path.parent.parent, path.parent, *roots]
        self.roots = list(dict.fromkeys(roots))
        self._cache: dict[str, QPixmap | None] = {}

    def find(self, relative: str | None) -> Path | None:
        if not relative:
            return None
        for root in self.roots:
            candidate = root / relative
            if candidate.is_file():
                return candidate
        return None

    def pixmap(self, relative: str | None) -> QPixmap | None:
        if not relative:
            return None
        if relative not in self._cache:
            path = self.find(relative)
            pixmap = QPixmap(str(path)) if path else QPixmap()
            self._cache[relative] = None if pixmap.isNull() else pixmap
        return self._cache[relative]


def initials(name: str) -> str:
    words = [w for w in name.replace("@", " ").replace("_", " ").split() if w[:1].isalnum()]
    if not words:
        return "?"
    letters = words[0][0] + (words[1][0] if len(words) > 1 else "")
    return letters.upper()


def colour_for(key: str) -> QColor:
    digest = hashlib.blake2s(key.lower().encode("utf-8"), digest_size=2).digest()
    return QColor(AVATAR_COLOURS[int.from_bytes(digest, "big") % len(AVATAR_COLOURS)])


def _ratio() -> float:
    screen = QGuiApplication.primaryScreen()
    return screen.devicePixelRatio() if screen else 1.0


def _round(source: QPixmap | None, name: str, handle: str, size: int, ratio: float) -> QPixmap:
    pixels = max(1, round(size * ratio))
    result = QPixmap(pixels, pixels)
    result.fill(Qt.GlobalColor.transparent)
    painter = QPainter(result)
    painter.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.SmoothPixmapTransform)
    clip = QPainterPath()
    clip.addEllipse(QRectF(0, 0, pixels, pixels))
    painter.setClipPath(clip)
    if source is not None:
        scaled = source.scaled(pixels, pixels, Qt.AspectRatioMode.KeepAspectRatioByExpanding,
                               Qt.TransformationMode.SmoothTransformation)
        painter.drawPixmap((pixels - scaled.width()) // 2, (pixels - scaled.height()) // 2, scaled)
    else:
        painter.fillRect(result.rect(), colour_for(handle or name))
        font = QFont()
        font.setBold(True)
        font.setPixelSize(max(6, int(pixels * 0.38)))
        painter.setFont(font)
        painter.setPen(QColor("#ffffff"))
        painter.drawText(result.rect(), Qt.AlignmentFlag.AlignCenter, initials(name or handle))
    painter.end()
    result.setDevicePixelRatio(ratio)
    return result


def avatar(assets: Assets | None, path: str | None, name: str, handle: str, size: int) -> QPixmap:
    """A round avatar ``size`` logical pixels across."""
    source = assets.pixmap(path) if assets else None
    ratio = _ratio()
    key = (id(source) if source is not None else 0, name, handle, size, ratio)
    found = _AVATARS.get(key)
    if found is None:
        if len(_AVATARS) > 4096:
            _AVATARS.clear()
        found = _AVATARS[key] = _round(source, name, handle, size, ratio)
    return found


_AVATARS: dict[tuple[int, str, str, int, float], QPixmap] = {}
