"""EngineBridge: the one place engine events become Qt signals.

Widgets connect to these signals and never reach into the engine. The engine calls
its listeners synchronously on the thread that advanced it, which is always the GUI
thread here (the clock driver or a button), so the signals are direct calls.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal

from ...engine import events as ev


class EngineBridge(QObject):
    post_published = Signal(object)  # ev.PostPublished
    metrics_changed = Signal(object)  # ev.MetricsChanged
    post_acted_on = Signal(object)  # ev.PostActedOn
    message = Signal(object)  # ev.MessageReceived | ev.MessageSent
    internal_message = Signal(object)  # ev.InternalMessageReceived
    notification = Signal(object)  # ev.NotificationShown
    news_published = Signal(object)  # ev.NewsPublished
    followers_changed = Signal(int, int)  # change, followers
    variable_changed = Signal(str, float, float)  # name, old, new
    state_entered = Signal(str, str)  # state id, title
    decision_opened = Signal(object)  # ev.DecisionOpened
    action_taken = Signal(object)  # ev.ActionTaken
    reply_judged = Signal(object)  # ev.ReplyJudged
    escalated = Signal(object)  # ev.Escalated
    decision_closed = Signal(object)  # ev.DecisionClosed
    run_ended = Signal(object)  # ev.RunEnded

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._routes: dict[type[ev.Event], Callable[[Any], None]] = {
            ev.PostPublished: self.post_published.emit,
            ev.MetricsChanged: self.metrics_changed.emit,
            ev.PostActedOn: self.post_acted_on.emit,
            ev.MessageReceived: self.message.emit,
            ev.MessageSent: self.message.emit,
            ev.InternalMessageReceived: self.internal_message.emit,
            ev.NotificationShown: self.notification.emit,
            ev.NewsPublished: self.news_published.emit,
            ev.FollowersChanged: lambda e: self.followers_changed.emit(e.change, e.followers),
            ev.VariableChanged: lambda e: self.variable_changed.emit(e.name, e.old, e.new),
            ev.StateEntered: lambda e: self.state_entered.emit(e.state, e.title),
            ev.DecisionOpened: self.decision_opened.emit,
            ev.ActionTaken: self.action_taken.emit,
            ev.ReplyJudged: self.reply_judged.emit,
            ev.Escalated: self.escalated.emit,
            ev.DecisionClosed: self.decision_closed.emit,
            ev.RunEnded: self.run_ended.emit,
        }

    def relay(self, event: ev.Event) -> None:
        """The engine listener: pass ``event`` on as its signal."""
        route = self._routes.get(type(event))
        if route is not None:
            route(event)
