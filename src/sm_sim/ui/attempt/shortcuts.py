"""Keyboard use of an attempt. Single keys give way to a text box that has the focus
(Qt offers the key to the focused editor first), so typing a reply never triggers them."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut

from ..feed.view import FeedView
from .nav_rail import PAGES

if TYPE_CHECKING:
    from .view import AttemptView

HELP = (
    ("1 – 9", "choose an option"), ("Ctrl+Enter", "send"), ("J / K", "next / previous post"),
    ("L", "like the focused post"), ("R", "reply to the focused post"),
    ("T", "back to the newest posts"), ("P", "pause (Practice)"),
    ("Alt+1 – 4", "Home, Notifications, Messages, Profile"), ("Ctrl+I", "work inbox"),
)


def help_text() -> str:
    return "\n".join(f"{keys}: {what}" for keys, what in HELP)


def install_shortcuts(view: AttemptView) -> list[QShortcut]:
    """Attach the attempt's shortcuts to ``view``; they work wherever its focus is."""
    bindings: list[tuple[str, Callable[[], object]]] = [  # J/K/L/R/T act on the current page
        ("Ctrl+Return", view.compose.submit), ("Ctrl+Enter", view.compose.submit),
        ("J", lambda: _feed(view).step_post(1)), ("K", lambda: _feed(view).step_post(-1)),
        ("L", lambda: _on_focused(view, "like")), ("R", lambda: _on_focused(view, "reply")),
        ("T", lambda: _feed(view).jump_to_top()), ("P", lambda: _toggle_pause(view)),
        ("Ctrl+I", lambda: _open_inbox(view)),
    ]
    bindings += [(str(n), partial(view.compose.select, n)) for n in range(1, 10)]
    bindings += [(f"Alt+{n}", partial(view.show_page, key))
                 for n, (key, _, _) in enumerate(PAGES, start=1)]
    made = []
    for keys, action in bindings:
        shortcut = QShortcut(QKeySequence(keys), view)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(action)
        made.append(shortcut)
    return made


def _feed(view: AttemptView) -> FeedView:
    page = view.current_page()
    if page == "notifications":
        return view.notifications
    if page == "profile":
        return view.profile.view
    view.show_page("home")
    return view.home


def _on_focused(view: AttemptView, action: str) -> None:
    item = _feed(view).current_item()
    if item is None:
        view.status.emit("Use J and K to move to a post first.")
        return
    if view.act_on_post(item.post_id, action) and action == "reply":
        view.compose.editor.setFocus()


def _toggle_pause(view: AttemptView) -> None:
    if view.session.mode.can_pause:
        view.bar.pause.toggle()


def _open_inbox(view: AttemptView) -> None:
    view.side_tabs.setCurrentIndex(0)
    view.inbox.list.setFocus()
