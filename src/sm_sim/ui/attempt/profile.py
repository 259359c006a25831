"""The trainee's profile: who they post as, the follower count moving, their own posts."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QVBoxLayout, QWidget

from ...scenario.model import Account
from ..feed.model import FeedModel, own_posts
from ..feed.store import FeedStore
from ..feed.view import FeedView
from ..kit import icons
from ..kit.avatars import Assets, avatar
from ..kit.language import translate
from ..kit.theme import PLAIN


def followers_text(count: int) -> str:
    return translate("ProfilePage", "{count} followers").format(count=f"<b>{count:,}</b>")


class ProfilePage(QWidget):
    def __init__(self, account: Account, store: FeedStore, assets: Assets | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.followers = account.followers
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        header = QFrame(self, objectName="profileHeader")
        grid = QGridLayout(header)
        grid.setContentsMargins(16, 16, 16, 12)
        grid.setHorizontalSpacing(14)
        picture = QLabel(header)
        picture.setPixmap(avatar(assets, account.avatar, account.name, account.handle, 72))
        grid.addWidget(picture, 0, 0, 4, 1)
        name = QLabel(account.name, header, objectName="profileName", textFormat=PLAIN, wordWrap=True)
        if account.kind == "official":
            badge = QLabel(header)
            icons.Tint(badge, "verified", "accent")
            grid.addWidget(badge, 0, 2)
        grid.addWidget(name, 0, 1)
        grid.addWidget(QLabel(account.handle, header, objectName="muted", textFormat=PLAIN), 1, 1, 1, 3)
        grid.addWidget(QLabel(account.bio, header, wordWrap=True, textFormat=PLAIN), 2, 1, 1, 3)
        self.count = QLabel(followers_text(account.followers), header, objectName="followers")
        self.count.setAccessibleName(self.tr("Followers"))
        self.delta = QLabel("", header, objectName="followerDelta")
        grid.addWidget(self.count, 3, 1)
        grid.addWidget(self.delta, 3, 2, 1, 2)
        grid.setColumnStretch(3, 1)
        layout.addWidget(header)
        self.posts = FeedModel(store, own_posts, self)
        self.view = FeedView(self.posts, assets, self.tr("Your posts will appear here."), self)
        self.view.setAccessibleName(self.tr("Your posts"))
        layout.addWidget(self.view, 1)

    def set_followers(self, change: int, followers: int) -> None:
        self.followers = followers
        self.count.setText(followers_text(followers))
        self.delta.setText(self.tr("{change} just now").format(change=f"{change:+,}") if change else "")
        self.delta.setProperty("down", change < 0)
        self.delta.style().unpolish(self.delta)
        self.delta.style().polish(self.delta)
