"""FeedActions: what the trainee does to posts and people on the feed, whenever they like.

A click on a post's reply, repost, like or bookmark, its "…" menu (report, mute, block,
delete, message, follow) or the keys J/K/L/R/T/B/N lands here. When the open decision has an
option doing just that, the option is chosen in the decision panel, to be sent with a
confidence as any choice is; otherwise it is a free action, done at once (or once the
trainee has written their words), and the scenario's reactions may answer it.
"""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QObject, QPoint, Signal
from PySide6.QtGui import QCursor
from PySide6.QtWidgets import QMenu, QWidget

from ...engine.run import ActionError
from ...scenario.model import PERSON_VERBS, Option
from ..dialogs.write import MESSAGE_LIMIT, POST_LIMIT, WriteDialog
from ..feed.store import FeedItem, FeedStore
from ..kit import icons
from ..kit.avatars import Assets
from ..kit.language import QT_TRANSLATE_NOOP, say, translate
from ..kit.theme import current
from ..session.attempt import AttemptSession
from .compose import ComposePanel
from .person import PersonProfile

DONE = {"like": QT_TRANSLATE_NOOP("FeedActions", "You liked {who}'s post."),
        "repost": QT_TRANSLATE_NOOP("FeedActions", "You reposted {who}'s post."),
        "bookmark": QT_TRANSLATE_NOOP("FeedActions", "Saved to your bookmarks."),
        "report": QT_TRANSLATE_NOOP("FeedActions", "You reported {who}'s post."),
        "mute": QT_TRANSLATE_NOOP("FeedActions", "You muted {who}."),
        "block": QT_TRANSLATE_NOOP("FeedActions", "You blocked {who}."),
        "delete": QT_TRANSLATE_NOOP("FeedActions", "Your post was deleted."),
        "follow": QT_TRANSLATE_NOOP("FeedActions", "You now follow {who}."),
        "reply": QT_TRANSLATE_NOOP("FeedActions", "Your reply to {who} is posted."),
        "quote": QT_TRANSLATE_NOOP("FeedActions", "Your quote-post is out."),
        "post": QT_TRANSLATE_NOOP("FeedActions", "Your post is out."),
        "dm": QT_TRANSLATE_NOOP("FeedActions", "Message sent to {who}.")}


def excerpt(text: str, limit: int = 90) -> str:
    return f"“{text[:limit]}{'…' if len(text) > limit else ''}”"


class FeedActions(QObject):
    status = Signal(str)  # what happened, or why it could not, for the status bar
    done = Signal()  # a free action went through: the feed may move focus back

    def __init__(self, session: AttemptSession, store: FeedStore, compose: ComposePanel,
                 parent: QWidget, assets: Assets | None = None) -> None:
        super().__init__(parent)
        self.session, self.store, self.compose = session, store, compose
        self.window = parent
        self.writing: WriteDialog | None = None  # the one open "write" dialog, if any
        self.menu: QMenu | None = None
        self.profile: PersonProfile | None = None
        self.assets = assets
        session.finished.connect(self._close_all)

    def _close_all(self) -> None:
        """The run is over: nothing more can be sent, so no menu or dialog stays over the debrief."""
        for window in (self.menu, self.writing, self.profile):
            if window is not None:
                window.close()

    # -- the post's own buttons ----------------------------------------------------------------
    def on_post(self, post_id: str, verb: str, where: QPoint | None = None) -> bool:
        """A post's button or key: reply, repost (a menu at ``where``, or at the pointer:
        repost or quote), like, bookmark."""
        item = self.store.get(post_id)
        if item is None:
            return False
        if verb == "repost":
            return self.open_menu(post_id, where or QCursor.pos(), repost=True)
        option = self.option_for(verb, post_id)
        if option is not None:  # the decision asks for this: choose it there
            chosen = self.compose.select_id(option.id)
            if chosen and option.free_text:
                self.compose.editor.setFocus()
            return chosen
        if verb in ("reply", "quote"):
            self.write(verb, post_id)
            return True
        return self.do(verb, post_id)

    def open_menu(self, post_id: str, where: QPoint, repost: bool = False) -> bool:
        """The post's "…" menu (or, for ``repost``, repost or quote), at ``where``."""
        item = self.store.get(post_id)
        if item is None or item.published.kind == "notice":
            return False
        menu = self.menu = QMenu(self.window)
        menu.setObjectName("repostMenu" if repost else "postMenu")
        for verb, label, icon in self._menu_entries(item, repost):
            action = menu.addAction(icons.icon(icon, current().text), label)
            action.setObjectName(f"menu_{verb}")
            action.triggered.connect(partial(self._chosen, post_id, verb))
        menu.popup(where)
        return True

    def _menu_entries(self, item: FeedItem, repost: bool) -> list[tuple[str, str, str]]:
        post = item.published
        if repost:  # the real network offers no way back from a repost here either
            quote = [("quote", self.tr("Quote"), "quote")]
            return quote if item.reposted else [("repost", self.tr("Repost"), "repost"), *quote]
        if item.by_trainee:
            return [("delete", self.tr("Delete post"), "delete")]
        handle = post.handle
        entries = [("report", self.tr("Report post"), "report"),
                   ("mute", self.tr("Mute {handle}").format(handle=handle), "mute"),
                   ("block", self.tr("Block {handle}").format(handle=handle), "block")]
        if post.author_id in self.session.scenario.personas:  # someone with a profile
            entries = [("profile", self.tr("View {handle}'s profile").format(handle=handle), "profile"),
                       ("dm", self.tr("Message {handle}").format(handle=handle), "dm"),
                       ("follow", self.tr("Follow {handle}").format(handle=handle), "follow"),
                       *entries]
        return entries

    def _chosen(self, post_id: str, verb: str) -> None:
        item = self.store.get(post_id)
        if item is None:
            return
        if verb == "profile":
            self.show_profile(item.published.author_id)
        elif verb in PERSON_VERBS:
            self.to_person(verb, item.published.author_id)
        elif (option := self.option_for(verb, post_id)) is not None:
            self.compose.select_id(option.id)
        elif verb == "quote":
            self.write("quote", post_id)
        else:
            self.do(verb, post_id)

    def option_for(self, verb: str, post_id: str | None, to: str | None = None) -> Option | None:
        """The open decision's option doing ``verb`` to this post or person: one that takes
        the trainee's own words first, else a drafted one (chosen in the panel, not sent)."""
        found = self.session.answering(verb, post_id, to)
        if found is not None:
            return found
        for option in self.compose.options:
            if option.action == verb and self.session.resolve_post(option.target) == post_id \
                    and (to is None or option.to == to):
                return option
        return None

    # -- people and the trainee's own posts ------------------------------------------------------
    def to_person(self, verb: str, person_id: str) -> bool:
        option = self.option_for(verb, None, person_id)
        if option is not None:
            return self.compose.select_id(option.id)
        if verb == "dm":
            self.write("dm", to=person_id)
            return True
        return self.do("follow", to=person_id)

    def show_profile(self, person_id: str) -> PersonProfile | None:
        """The person's profile (one at a time), with Follow and Message."""
        person = self.session.scenario.personas.get(person_id)
        if person is None:
            return None
        if self.profile is not None:
            self.profile.close()
        profile = self.profile = PersonProfile(
            person, self.store, lambda: person_id in self.session.run.state.following,
            self.to_person, self.assets, self.window)
        profile.finished.connect(lambda _: setattr(self, "profile", None))
        profile.show()
        return profile

    def new_post(self) -> bool:
        option = self.option_for("post", None)
        if option is not None:
            return self.compose.select_id(option.id)
        self.write("post")
        return True

    def write(self, verb: str, post_id: str | None = None, to: str | None = None) -> WriteDialog:
        """Open the dialog for the trainee's own words; they go out when posted. Words already
        being written elsewhere are never thrown away: that dialog comes forward instead."""
        if self.writing is not None:
            if self.writing.text().strip():
                self.status.emit(self.tr("Finish or cancel what you are writing first."))
                self.writing.raise_()
                self.writing.activateWindow()
                return self.writing
            self.writing.close()
        item = self.store.get(post_id)
        person = self.session.scenario.personas.get(to or "")
        about = dict(handle=item.published.handle, text=excerpt(item.published.text)) if item else {}
        title, context, send = {
            "reply": (self.tr("Reply"), self.tr("Replying to {handle}: {text}").format(**about)
                      if item else "", self.tr("Reply")),
            "quote": (self.tr("Quote post"), self.tr("Quoting {handle}: {text}").format(**about)
                      if item else "", self.tr("Post")),
            "post": (self.tr("New post"), self.tr("Posting as {handle}").format(
                handle=self.session.scenario.account.handle), self.tr("Post")),
            "dm": (self.tr("New message"), self.tr("To {name} ({handle})").format(
                name=person.name, handle=person.handle) if person else "", self.tr("Send")),
        }[verb]
        dialog = self.writing = WriteDialog(
            title, lambda text: self.do(verb, post_id, text, to), context, send,
            MESSAGE_LIMIT if verb == "dm" else POST_LIMIT, self.window, posting=verb in ("quote", "post"))
        dialog.finished.connect(lambda _: setattr(self, "writing", None))
        dialog.show()  # not modal: the feed goes on while they write
        dialog.activateWindow()  # but the keys go to the words
        dialog.editor.setFocus()
        return dialog

    # -- doing it --------------------------------------------------------------------------------
    def do(self, verb: str, post_id: str | None = None, text: str | None = None,
           to: str | None = None) -> bool:
        """Do it now; say what happened, or why it could not be done."""
        item = self.store.get(post_id)
        person = self.session.scenario.personas.get(to or "")
        who = item.published.handle if item else person.handle if person else ""
        try:
            self.session.do(verb, post_id, text, to)
        except ActionError as err:
            said = say(str(err))
            self.status.emit(said[:1].upper() + said[1:] + ".")
            return False
        self.store.flush(self.session.now)
        self.status.emit(translate("FeedActions", DONE[verb]).format(who=who))
        self.done.emit()
        return True
