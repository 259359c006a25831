"""Wall-clock times for records. The engine never reads the clock; the records layer may."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import UTC, datetime

Now = Callable[[], datetime]


def utc_now() -> datetime:
    return datetime.now(UTC)


def iso(moment: datetime) -> str:
    """ISO 8601 in UTC with milliseconds: ``2024-11-21T12:44:07.469Z``."""
    return moment.astimezone(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def parse_iso(text: str) -> datetime:
    moment = datetime.fromisoformat(text.replace("Z", "+00:00"))
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def local_time(text: str, short: bool = False) -> str:
    """``21 Nov 2024 12:44`` in this computer's time zone (``short``: ``21/11/24 12:44``);
    the text as it is if unreadable."""
    try:
        return parse_iso(text).astimezone().strftime("%d/%m/%y %H:%M" if short else
                                                     "%d %b %Y %H:%M")
    except ValueError:
        return text


def stamp(text: str) -> str:
    """A file-name friendly form of an ISO time: ``20241121-124407``."""
    return parse_iso(text).strftime("%Y%m%d-%H%M%S")


def spreadsheet_time(text: str) -> str:
    """``2024-11-21 12:44:07`` (UTC): a form Excel and LibreOffice read as a date and time."""
    return parse_iso(text).strftime("%Y-%m-%d %H:%M:%S")


def iso_duration(seconds: float) -> str:
    """ISO 8601 duration as xAPI wants it, to the hundredth of a second: ``PT1H2M3.5S``."""
    hundredths = max(0, round(seconds * 100))
    hours, rest = divmod(hundredths, 360_000)
    minutes, rest = divmod(rest, 6_000)
    secs = f"{rest // 100}.{rest % 100:02d}".rstrip("0").rstrip(".")
    text = "PT" + (f"{hours}H" if hours else "") + (f"{minutes}M" if minutes else "")
    return text + (f"{secs}S" if rest or not (hours or minutes) else "")


def active_seconds(started: str, walls: Iterable[str], resumed: Iterable[str], end: datetime) -> float:
    """Time spent on the attempt: from start to end less the gaps between a crash and a resume.

    A gap runs from the last thing written before a resume to the resume itself.
    """
    stamps = sorted(parse_iso(w) for w in walls if w)
    segment = parse_iso(started)
    total = 0.0
    for text in sorted(resumed):
        back = parse_iso(text)
        last = max((s for s in stamps if segment <= s < back), default=segment)
        total += (last - segment).total_seconds()
        segment = back
    return total + max(0.0, (end - segment).total_seconds())
