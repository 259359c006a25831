"""What the app remembers between runs (QSettings): the trainee's name, the theme,
the window's geometry and each scenario's best score on this computer."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings

ORGANISATION = "sm-sim"
APPLICATION = "sm-sim"


class Settings:
    def __init__(self, store: QSettings | None = None) -> None:
        self.store = store or QSettings()

    def _text(self, key: str, default: str = "") -> str:
        value = self.store.value(key, default)
        return value if isinstance(value, str) else default

    @property
    def trainee(self) -> str:
        return self._text("trainee/name")

    @trainee.setter
    def trainee(self, name: str) -> None:
        self.store.setValue("trainee/name", name.strip())

    @property
    def theme(self) -> str:
        return self._text("appearance/theme", "auto")

    @property
    def mode(self) -> str:
        return self._text("trainee/mode", "practice")

    @mode.setter
    def mode(self, value: str) -> None:
        self.store.setValue("trainee/mode", value)

    def geometry(self) -> QByteArray | None:
        value = self.store.value("window/geometry")
        return value if isinstance(value, QByteArray) else None

    def save_geometry(self, geometry: QByteArray) -> None:
        self.store.setValue("window/geometry", geometry)

    def best(self, scenario_id: str) -> int | None:
        value = self.store.value(f"results/{scenario_id}/best")
        try:
            return None if value is None else int(value)
        except (TypeError, ValueError):
            return None

    def record_score(self, scenario_id: str, score: int) -> None:
        best = self.best(scenario_id)
        if best is None or score > best:
            self.store.setValue(f"results/{scenario_id}/best", score)
