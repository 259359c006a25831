"""PersonProfile: someone in the scenario as their profile shows them — picture, name,
handle, bio, followers and their posts in this run — with Follow and Message buttons,
as on the real network. Opened from a post's "…" menu; not modal, so the feed goes on."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...scenario.model import Person
from ..feed.model import FeedModel
from ..feed.store import FeedItem, FeedStore
from ..feed.view import FeedView
from ..kit import icons
from ..kit.avatars import Assets, avatar
from ..kit.theme import PLAIN


class PersonProfile(QDialog):
    def __init__(self, person: Person, store: FeedStore, following: Callable[[], bool],
                 act: Callable[[str, str], object], assets: Assets | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.person, self._following, self._act = person, following, act
        self.setWindowTitle(f"{person.name} ({person.handle})")
        self.setObjectName("personProfile")
        layout = QVBoxLayout(self)
        header = QFrame(self, objectName="profileHeader")
        grid = QGridLayout(header)
        grid.setHorizontalSpacing(14)
        picture = QLabel(header)
        picture.setPixmap(avatar(assets, person.avatar, person.name, person.handle, 72))
        grid.addWidget(picture, 0, 0, 4, 1)
        grid.addWidget(QLabel(person.name, header, objectName="profileName", textFormat=PLAIN,
                              wordWrap=True), 0, 1)
        if person.verified:
            badge = QLabel(header)
            icons.Tint(badge, "verified", "accent")
            grid.addWidget(badge, 0, 2)
        grid.addWidget(QLabel(person.handle, header, objectName="muted", textFormat=PLAIN), 1, 1, 1, 3)
        if person.bio:
            grid.addWidget(QLabel(person.bio, header, wordWrap=True, textFormat=PLAIN), 2, 1, 1, 3)
        followers = self.tr("{count} followers").format(count=f"{person.followers:,}")
        grid.addWidget(QLabel(followers, header, objectName="followers", textFormat=PLAIN), 3, 1)
        grid.setColumnStretch(3, 1)
        layout.addWidget(header)
        row = QHBoxLayout()
        self.follow = QPushButton(self, objectName="secondaryButton")
        icons.Tint(self.follow, "follow", "text")
        self.follow.clicked.connect(self._on_follow_clicked)
        self.message = QPushButton(self.tr("Message"), self, objectName="secondaryButton")
        icons.Tint(self.message, "dm", "text")
        self.message.clicked.connect(lambda: act("dm", person.id))
        row.addWidget(self.follow)
        row.addWidget(self.message)
        row.addStretch(1)
        layout.addLayout(row)
        self.posts = FeedModel(store, self._by_them, self)
        self.posts.load_existing()
        self.view = FeedView(self.posts, assets,
                             self.tr("{handle} has not posted in this run yet.").format(
                                 handle=person.handle),
                             self)
        self.view.setAccessibleName(self.tr("Posts by {name}").format(name=person.name))
        layout.addWidget(self.view, 1)
        self.refresh()
        self.resize(520, 600)

    def _by_them(self, item: FeedItem, store: FeedStore) -> bool:
        return item.published.author_id == self.person.id

    def _on_follow_clicked(self) -> None:
        self._act("follow", self.person.id)
        self.refresh()

    def refresh(self) -> None:
        followed = self._following()
        self.follow.setText(self.tr("Following") if followed else self.tr("Follow"))
        self.follow.setEnabled(not followed)

