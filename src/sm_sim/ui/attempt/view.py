"""AttemptView: the screen of a running attempt, laid out like the social network it imitates.

    [ Chirrup · scenario · gauges · mode · clock · pause · speed                         ]
    [ nav rail ][ Home / Notifications / Messages / Profile ][ Your move (the decision) ]
    [          ][                                            ][ Work inbox | News        ]

Everything here is fed by the session's bridge signals; nothing reads the engine.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from itertools import pairwise

from PySide6.QtCore import QEvent, QObject, QPoint, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QGraphicsOpacityEffect,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ...engine import events as ev
from ...scenario.model import POST_ACTIONS, Option
from ..feed.model import FeedModel, about_trainee
from ..feed.store import FeedItem, FeedStore
from ..feed.view import FeedView
from ..kit.announce import announce
from ..kit.appearance import grow, notifier
from ..kit.avatars import Assets
from ..kit.language import QT_TRANSLATE_NOOP, translate
from ..session.attempt import AttemptSession
from . import shortcuts
from .acting import FeedActions
from .bar import AttemptBar
from .compose import ComposePanel, default_target_text
from .inbox import InboxPanel
from .messages import MessagesView
from .nav_rail import PAGES, NavRail
from .profile import ProfilePage
from .side_widgets import NewsCard, badge_text

TITLES = {key: title for key, title, _ in PAGES}  # shown with translate("NavRail", ...)
COMPACT_BELOW = 1200  # a laptop in a training room: the nav rail shows icons only
CENTRE_MAX, SIDE_MIN, SIDE_MAX = 680, 330, 600


HELD = QT_TRANSLATE_NOOP("AttemptView", "Paused by your trainer. Your time is not running; the "
                         "session goes on when they say.")


class AttemptView(QWidget):
    status = Signal(str)  # a short message for the status bar

    def __init__(self, session: AttemptSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        scenario = session.scenario
        self.assets = Assets(scenario.path)
        self.store = FeedStore(scenario.account.handle, self)
        self.bar = AttemptBar(scenario.title, session.mode, dict(scenario.variables), self)
        self.nav = NavRail(self)
        self.nav.set_account(scenario.account.name, scenario.account.handle)
        self.home = FeedView(FeedModel(self.store, parent=self), self.assets,
                             self.tr("The feed is quiet. Posts will arrive here."), self)
        self.home.setAccessibleName(self.tr("Home timeline"))
        self.notifications = FeedView(FeedModel(self.store, about_trainee, self), self.assets,
                                      self.tr("Mentions, replies and quote-posts of your posts."),
                                      self)
        self.notifications.setAccessibleName(self.tr("Notifications"))
        self.messages = MessagesView(self.assets, self)
        self.profile = ProfilePage(scenario.account, self.store, self.assets, self)
        self.compose = ComposePanel(self)
        self.compose.confidence.set_marking(scenario.confidence_marking)
        self.compose.target_text = self._target_text
        self.compose.time_limits = session.time_limits
        self.acting = FeedActions(session, self.store, self.compose, self, self.assets)
        self.inbox = InboxPanel(self)
        self.news_box = QVBoxLayout()
        self.side_tabs = QTabWidget(self, objectName="sideTabs")
        self._unread = {"notifications": 0, "messages": 0}
        self._news = 0
        self._build_layout()
        self._connect()
        shortcuts.install(self, self._key_bindings())
        notifier().changed.connect(self._fit_columns)

    # -- layout -----------------------------------------------------------------------------
    def _build_layout(self) -> None:
        self.pages = QStackedWidget(self)
        for widget in (self.home, self.notifications, self.messages, self.profile):
            self.pages.addWidget(widget)
        centre = QFrame(self, objectName="centre")
        column = QVBoxLayout(centre)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        self.page_title = QLabel(translate("NavRail", TITLES["home"]), centre, objectName="pageTitle")
        column.addWidget(self.page_title)
        column.addWidget(self.pages, 1)
        self.compose_scroll = compose_scroll = QScrollArea(self, objectName="composeScroll")
        compose_scroll.setWidget(self.compose)
        compose_scroll.setWidgetResizable(True)
        compose_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        compose_scroll.setAccessibleName(self.tr("Your move"))
        self.compose.focus_after = compose_scroll
        news_page = QScrollArea(self, objectName="newsScroll")
        news_widget = QWidget(news_page, objectName="newsList")
        news_widget.setLayout(self.news_box)
        self.news_box.setContentsMargins(12, 12, 12, 12)
        self.news_box.setSpacing(10)
        self.news_empty = QLabel(self.tr("No press coverage yet."), news_widget, objectName="muted")
        self.news_box.addWidget(self.news_empty)
        self.news_box.addStretch(1)
        news_page.setWidget(news_widget)
        news_page.setWidgetResizable(True)
        self.side_tabs.addTab(self.inbox, self.tr("Work inbox"))
        self.side_tabs.addTab(news_page, self.tr("News"))
        self.side = side = QSplitter(Qt.Orientation.Vertical, self, objectName="side")
        side.addWidget(compose_scroll)
        side.addWidget(self.side_tabs)
        # Reading order down the side column: the decision, then the tabs under it and what
        # they hold (the inbox's parts were made before the column that now holds them).
        for before, after in pairwise((compose_scroll, self.side_tabs, self.inbox.list,
                                       self.inbox.reader, news_page)):
            QWidget.setTabOrder(before, after)
        side.setSizes([520, 330])
        # A feed is a reading column, as on the real thing. (A splitter sets its own maximum
        # from its children's, so the limits go on the children.)
        centre.setMaximumWidth(CENTRE_MAX)
        compose_scroll.setMaximumWidth(SIDE_MAX)
        self.side_tabs.setMaximumWidth(SIDE_MAX)
        side.setMinimumWidth(SIDE_MIN)
        side.installEventFilter(self)
        self.body = body = QSplitter(Qt.Orientation.Horizontal, self)
        body.addWidget(self.nav)
        body.addWidget(centre)
        body.addWidget(side)
        body.setSizes([228, 600, 560])
        body.setStretchFactor(1, 1)
        body.setChildrenCollapsible(False)
        row = QHBoxLayout()  # on a big screen the columns stand in the middle
        row.setContentsMargins(0, 0, 0, 0)
        row.addStretch(1)
        row.addWidget(body, 1000)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.bar)
        self.held_note = QLabel(self.tr(HELD), self, objectName="heldNote", wordWrap=True)
        self.held_note.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.held_note.hide()
        layout.addWidget(self.held_note)
        layout.addLayout(row, 1)

    def hold(self, held: bool) -> None:
        """The trainer paused the room (or let it go on): nothing can be done meanwhile, and
        the note says why."""
        self.held_note.setVisible(held)
        self.body.setEnabled(not held)
        self.bar.pause.setEnabled(not held)
        # the style sheet draws enabled and disabled alike: faded, it looks out of reach
        faded = self.body.graphicsEffect()
        if faded is None:
            faded = QGraphicsOpacityEffect(self.body, opacity=0.45)
            self.body.setGraphicsEffect(faded)
        faded.setEnabled(held)

    def _connect(self) -> None:
        bridge, clock = self.session.bridge, self.session.clock
        bridge.post_published.connect(self.store.add_post)
        bridge.metrics_changed.connect(self.store.change_metrics)
        bridge.post_acted_on.connect(self.store.act_on)
        bridge.notification.connect(self.store.add_notice)
        bridge.message.connect(self._on_bridge_message)
        bridge.internal_message.connect(self.inbox.add)
        bridge.news_published.connect(self._on_bridge_news_published)
        bridge.followers_changed.connect(self.profile.set_followers)
        bridge.variable_changed.connect(lambda name, _old, new: self.bar.set_variable(name, new))
        bridge.decision_opened.connect(self._on_bridge_decision_opened)
        bridge.decision_closed.connect(self._on_bridge_decision_closed)
        clock.ticked.connect(self._on_clock_ticked)
        self.bar.pause_toggled.connect(clock.set_paused)
        self.bar.speed_chosen.connect(clock.set_speed)
        self.nav.page_chosen.connect(self.show_page)
        self.compose.act_requested.connect(self._on_compose_act_requested)
        self.compose.content_changed.connect(self._fit_side)
        self.notifications.feed.posts_inserted.connect(
            lambda n: self._bump("notifications", n))
        self.inbox.unread_changed.connect(
            lambda n: self.side_tabs.setTabText(0, badge_text(self.tr("Work inbox"), n)))
        for view in (self.home, self.notifications, self.profile.view):
            view.delegate.action_clicked.connect(self.act_on_post)
            view.delegate.menu_requested.connect(self.acting.open_menu)
        self.acting.status.connect(self.status)
        self.acting.done.connect(lambda: self._key_feed().setFocus())
        self.nav.post_requested.connect(self.acting.new_post)
        self.messages.reply_requested.connect(partial(self.acting.to_person, "dm"))

    # -- pages and badges -------------------------------------------------------------------
    def show_page(self, key: str) -> None:
        index = [k for k, _, _ in PAGES].index(key)
        self.pages.setCurrentIndex(index)
        self.nav.set_current(key)
        self.page_title.setText(translate("NavRail", TITLES[key]))
        if key in self._unread:
            self._unread[key] = 0
            self.nav.set_badge(key, 0)

    def _fit_side(self) -> None:
        """Give the decision the height it needs; the inbox keeps the rest (at least its tabs
        and a message while a decision is open, two when none is, or what it says while it
        is empty)."""
        total = self.side.height()
        if total <= 0:
            return
        layout = self.compose.body
        layout.activate()
        width = self.compose_scroll.viewport().width()
        needed = layout.totalHeightForWidth(width) if layout.hasHeightForWidth() else \
            self.compose.sizeHint().height()
        rows = 1 if self.compose.decision is not None else 2
        tabs = self.side_tabs
        inbox = tabs.height() - tabs.currentWidget().height() + self.inbox.least_height(
            self.inbox.width() or self.side.width(), rows)
        height = max(120, min(needed + 4, total - inbox))
        self.side.setSizes([height, total - height])

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_columns()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """The side column resized on its own (the nav rail beside it changed width): what
        the inbox needs changes with its width."""
        if watched is self.side and event.type() == QEvent.Type.Resize:
            self._fit_side()
        return False

    def _fit_columns(self, _appearance: object = None) -> None:
        """Icons only in the nav rail when the window is narrow for its text size."""
        compact = self.width() < COMPACT_BELOW * grow(self.font())
        self.nav.set_compact(compact)
        self.bar.set_compact(compact)
        sizes = self.body.sizes()  # the splitter keeps the rail's old width unless told
        if sizes and sizes[0] != self.nav.maximumWidth():
            sizes[1] += sizes[0] - self.nav.maximumWidth()
            sizes[0] = self.nav.maximumWidth()
            self.body.setSizes(sizes)
        self._fit_side()

    def current_page(self) -> str:
        return PAGES[self.pages.currentIndex()][0]

    def _bump(self, key: str, count: int) -> None:
        if self.current_page() != key:
            self._unread[key] += count
            self.nav.set_badge(key, self._unread[key])

    def catch_up(self) -> None:
        """A resumed attempt: show at once all it had shown before it stopped."""
        now = self.session.now
        while self.store.pending:
            self.store.flush(now)
        self._on_clock_ticked(now)

    # -- bridge slots -----------------------------------------------------------------------
    def _on_clock_ticked(self, now: float) -> None:
        self.store.flush(now)
        self.bar.set_now(now)
        self.compose.set_now(now)

    def _on_bridge_message(self, message: ev.MessageReceived | ev.MessageSent) -> None:
        self.messages.add(message)
        if isinstance(message, ev.MessageReceived):
            self._bump("messages", 1)

    def _on_bridge_news_published(self, news: ev.NewsPublished) -> None:
        self.news_empty.hide()
        card = NewsCard(news, self)
        self.news_box.insertWidget(0, card)
        announce(card, card.accessibleName())
        self._news += 1
        self.side_tabs.setTabText(1, badge_text(self.tr("News"), self._news))

    def _on_bridge_decision_opened(self, opened: ev.DecisionOpened) -> None:
        decision = self.session.scenario.states[opened.decision].decision
        if decision is not None:
            self.compose.open_decision(decision, opened.deadline, self.session.mode.hints, opened.t)

    def _on_bridge_decision_closed(self, closed: ev.DecisionClosed) -> None:
        note = ""
        decision = self.session.scenario.states[closed.decision].decision
        if closed.timed_out and decision is not None:
            note = self.tr("Time ran out — the default was: {option}").format(
                option=decision.option(closed.option).label)
            self.status.emit(note)
            announce(self.compose, note)
        self.compose.close_decision(note)

    def _on_compose_act_requested(self, option_id: str, text: str | None,
                                  confidence: str | None) -> None:
        self.session.act(option_id, text, confidence)
        self.store.flush(self.session.now)
        self.home.setFocus()  # the send button has gone: keys and shortcuts carry on from the feed

    # -- keyboard ---------------------------------------------------------------------------
    def _key_bindings(self) -> list[tuple[str, Callable[[], object]]]:
        """The keys ``shortcuts.HELP`` lists; J/K/L/R/T act on the page shown."""
        bindings: list[tuple[str, Callable[[], object]]] = [
            ("Ctrl+Return", self.compose.submit), ("Ctrl+Enter", self.compose.submit),
            ("J", lambda: self._key_feed().step_post(1)), ("K", lambda: self._key_feed().step_post(-1)),
            ("L", lambda: self._act_on_focused("like")), ("R", lambda: self._act_on_focused("reply")),
            ("T", lambda: self._act_on_focused("repost")), ("B", lambda: self._act_on_focused("bookmark")),
            ("Q", lambda: self._act_on_focused("quote")), ("N", self.acting.new_post),
            ("Shift+F10", self._menu_on_focused), ("Menu", self._menu_on_focused),
            (".", lambda: self._key_feed().jump_to_top()), ("P", self._toggle_pause),
            ("Ctrl+I", self._open_inbox),
        ]
        bindings += [(str(n), partial(self.compose.select, n)) for n in range(1, 10)]
        bindings += [(f"Alt+{n}", partial(self.show_page, key))
                     for n, (key, _, _) in enumerate(PAGES, start=1)]
        return bindings

    def _key_feed(self) -> FeedView:
        page = self.current_page()
        if page == "notifications":
            return self.notifications
        if page == "profile":
            return self.profile.view
        self.show_page("home")
        return self.home

    def _focused(self, button: str) -> tuple[str, QPoint] | None:
        """The focused post and where its ``button`` is on screen (for a menu to open at)."""
        view = self._key_feed()
        item = view.current_item()
        if item is None:
            self.status.emit(self.tr("Use J and K to move to a post first."))
            return None
        view.scrollTo(view.currentIndex())
        slot = view.slot_rect(item.post_id, button) or view.visualRect(view.currentIndex())
        return item.post_id, view.viewport().mapToGlobal(slot.bottomLeft())

    def _act_on_focused(self, action: str) -> None:
        if focused := self._focused(action):
            post_id, where = focused
            self.acting.on_post(post_id, action, where)

    def _toggle_pause(self) -> None:
        if self.session.mode.can_pause:
            self.bar.pause.toggle()

    def _open_inbox(self) -> None:
        self.side_tabs.setCurrentIndex(0)
        self.inbox.list.setFocus()

    # -- acting on posts --------------------------------------------------------------------
    def resolve(self, target: str | None) -> FeedItem | None:
        """The post a scenario option points at (its id, a revisit of it, or the last post)."""
        return self.store.get(self.session.resolve_post(target))

    def act_on_post(self, post_id: str, action: str) -> bool:
        """A post's reply, repost, like or bookmark (a click or its key): the open decision's
        option if it asks for just this, else a free action."""
        return self.acting.on_post(post_id, action)

    def _menu_on_focused(self) -> None:
        if focused := self._focused("more"):
            self.acting.open_menu(*focused)
    def _target_text(self, option: Option) -> str:
        target = self.resolve(option.target)
        persona = self.session.scenario.personas.get(option.to or "")
        if option.action == "dm" and persona:
            return self.tr("Message to {handle}").format(handle=persona.handle)
        if option.action == "reply" and target:
            return self.tr("Replying to {handle}").format(handle=target.published.handle)
        if option.action in ("quote", *POST_ACTIONS) and target:
            doing = {"quote": self.tr("Quoting {handle}: {text}"),
                     "like": self.tr("Liking {handle}: {text}"),
                     "repost": self.tr("Reposting {handle}: {text}"),
                     "report": self.tr("Reporting {handle}: {text}"),
                     "delete": self.tr("Deleting {handle}: {text}")}[option.action]
            text = target.published.text
            return doing.format(handle=target.published.handle,
                                text=f"“{text[:90]}{'…' if len(text) > 90 else ''}”")
        if option.action == "escalate":
            return (self.tr("Passing this to {name}").format(name=persona.name) if persona
                    else self.tr("Passing this to your supervisor"))
        return default_target_text(option)
