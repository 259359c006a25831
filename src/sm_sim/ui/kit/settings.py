"""What the app remembers between runs (QSettings): the trainee's name, mode and time limits,
the appearance (theme, text size, reduced motion), the window's geometry, where exports
were last saved and the LRS connection.

Best scores are not kept here: they are read from the attempt journals (the records).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings, QStandardPaths

from ...engine.timing import AS_WRITTEN, TimeLimits
from ...records import LrsClient, XapiSettings, secrets
from .appearance import Appearance

ORGANISATION = "sm-sim"
APPLICATION = "sm-sim"

RECENT = 8  # scenario files the start screen offers to open again


@dataclass(frozen=True)
class LrsConfig:
    """Where xAPI statements go. The password is kept in the system keyring where there is
    one (``keyring`` names it there, and ``password`` is then blank unless newly typed),
    else in the settings file, as the LRS dialog says."""

    endpoint: str = ""
    user: str = ""
    password: str = ""
    session: str = ""  # the classroom session id, recorded in every attempt's journal
    xapi_base: str = ""  # the school's own IRI for activities (blank: a placeholder)
    home_page: str = ""  # the school's trainee-account home page (blank: a placeholder)
    keyring: str = ""  # the keyring entry holding the password ("" when it is not there)

    @property
    def ready(self) -> bool:
        return bool(self.endpoint)

    def secret(self) -> str:
        """The password to send with: as typed, else from the keyring (which may be slow to
        answer: called off the GUI thread, when statements are sent)."""
        return self.password or (secrets.load(self.keyring) if self.keyring else "")

    def client(self, timeout: float = 15.0) -> LrsClient:
        """A client for this LRS (reads the keyring: call it off the GUI thread)."""
        return LrsClient(self.endpoint, self.user, self.secret(), timeout)

    def xapi(self) -> XapiSettings:
        """The addresses statements are made with; blanks fall back to placeholders."""
        default = XapiSettings()
        return XapiSettings(self.xapi_base.rstrip("/") or default.base,
                            self.home_page or default.home_page)


class Settings:
    def __init__(self, store: QSettings | None = None) -> None:
        self.store = store or QSettings()

    def _text(self, key: str, default: str = "") -> str:
        value = self.store.value(key, default)
        return value if isinstance(value, str) else default

    @property
    def reviewer(self) -> str:
        """The trainer's name, as their reviews of written answers record it."""
        return self._text("trainer/reviewer")

    @reviewer.setter
    def reviewer(self, name: str) -> None:
        self.store.setValue("trainer/reviewer", name.strip())

    @property
    def trainee(self) -> str:
        return self._text("trainee/name")

    @trainee.setter
    def trainee(self, name: str) -> None:
        self.store.setValue("trainee/name", name.strip())

    @property
    def recent_scenarios(self) -> list[Path]:
        """Scenario files opened in the workbench, newest first (those still there)."""
        value = self.store.value("workbench/recent", [])
        paths = [value] if isinstance(value, str) else value if isinstance(value, list) else []
        return [Path(p) for p in paths if isinstance(p, str) and Path(p).is_file()]

    def remember_scenario(self, path: Path) -> None:
        kept = [str(path.resolve()), *(str(p) for p in self.recent_scenarios
                                       if p.resolve() != path.resolve())]
        self.store.setValue("workbench/recent", kept[:RECENT])

    @property
    def appearance(self) -> Appearance:
        scale = self.store.value("appearance/text_scale", 1.0)
        motion = self.store.value("appearance/reduce_motion", False)
        try:
            text_scale = float(scale)  # type: ignore[arg-type]
        except (TypeError, ValueError):
            text_scale = 1.0
        return Appearance(self._text("appearance/theme", "auto"), text_scale,
                          motion is True or str(motion).lower() == "true")

    @appearance.setter
    def appearance(self, chosen: Appearance) -> None:
        self.store.setValue("appearance/theme", chosen.theme)
        self.store.setValue("appearance/text_scale", chosen.text_scale)
        self.store.setValue("appearance/reduce_motion", chosen.reduce_motion)

    @property
    def language(self) -> str:
        """``en``, ``cy`` or ``""`` (as this computer's locale says); anything else is ``""``."""
        value = self._text("appearance/language")
        return value if value in ("en", "cy") else ""

    @language.setter
    def language(self, value: str) -> None:
        self.store.setValue("appearance/language", value)

    @property
    def mode(self) -> str:
        return self._text("trainee/mode", "practice")

    @mode.setter
    def mode(self, value: str) -> None:
        self.store.setValue("trainee/mode", value)

    @property
    def time_limits(self) -> TimeLimits:
        """The time limits last started with (as written at first, or if the file is odd)."""
        try:
            return TimeLimits.parse(self._text("trainee/time_limits"))
        except ValueError:
            return AS_WRITTEN

    @time_limits.setter
    def time_limits(self, limits: TimeLimits) -> None:
        self.store.setValue("trainee/time_limits", limits.recorded() or "")

    def geometry(self) -> QByteArray | None:
        value = self.store.value("window/geometry")
        return value if isinstance(value, QByteArray) else None

    def save_geometry(self, geometry: QByteArray) -> None:
        self.store.setValue("window/geometry", geometry)

    @property
    def export_folder(self) -> Path:
        """Where the last export went; the Documents folder at first."""
        saved = self._text("exports/folder")
        if saved and Path(saved).is_dir():
            return Path(saved)
        documents = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation)
        return Path(documents) if documents else Path.home()

    @export_folder.setter
    def export_folder(self, folder: Path) -> None:
        self.store.setValue("exports/folder", str(folder))

    @property
    def lrs(self) -> LrsConfig:
        in_keyring = self._text("lrs/keyring") == "yes"
        return LrsConfig(self._text("lrs/endpoint"), self._text("lrs/user"),
                         self._text("lrs/password"), self._text("lrs/session"),
                         self._text("lrs/xapi_base"), self._text("lrs/home_page"),
                         self._secret_name() if in_keyring else "")

    @lrs.setter
    def lrs(self, config: LrsConfig) -> None:
        """Save ``config``; a password typed is put in the keyring if there is one (a
        password an older version left in this file moves there on the next save)."""
        kept = bool(config.keyring) and not config.password  # in the keyring, not retyped
        password = config.password
        if password and secrets.save(self._secret_name(), password):
            kept, password = True, ""
        for key, value in (("endpoint", config.endpoint.strip()), ("user", config.user.strip()),
                           ("password", password), ("keyring", "yes" if kept else "no"),
                           ("session", config.session.strip()),
                           ("xapi_base", config.xapi_base.strip()),
                           ("home_page", config.home_page.strip())):
            self.store.setValue(f"lrs/{key}", value)

    def _secret_name(self) -> str:
        """The keyring entry of this settings file's LRS password."""
        return f"lrs-password:{self.file_name()}"

    def file_name(self) -> str:
        """The settings file (shown where the LRS password is entered)."""
        return str(self.store.fileName())
