"""Times from the records (ISO 8601, UTC) as a person in the classroom reads them: local."""

from __future__ import annotations

from ..records.times import parse_iso


def local_time(text: str, short: bool = False) -> str:
    """``21 Nov 2024 12:44`` in this computer's time zone (``short``: ``21/11/24 12:44``);
    the text as it is if unreadable."""
    try:
        return parse_iso(text).astimezone().strftime("%d/%m/%y %H:%M" if short else
                                                     "%d %b %Y %H:%M")
    except ValueError:
        return text
