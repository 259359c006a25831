"""Small layout helpers shared by the app's pages."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QScrollArea, QWidget


def show_centred(scroll: QScrollArea, page: QWidget, max_width: int, weight: int) -> None:
    """Show ``page`` in ``scroll`` as a centred column at most ``max_width`` wide, as a
    reading page on a wide screen is."""
    page.setMaximumWidth(max_width)
    wrapper = QWidget(scroll)
    outer = QHBoxLayout(wrapper)
    outer.addStretch(1)
    outer.addWidget(page, weight)
    outer.addStretch(1)
    scroll.setWidget(wrapper)
