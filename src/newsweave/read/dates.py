"""Publication and update dates as ISO 8601 days (`2025-03-03`), never invented.

Readers meet dates in many shapes: ISO stamps in JSON, RFC 822 in feeds, "Monday, March 3,
2025 at 10:14 am" in plain-text cue lines. The common shapes are matched by our own patterns
(fast, and they never guess); anything else goes to dateparser with settings that require a
day, a month and a year and turn off relative dates ("2 hours ago" has no anchor here).
A date that lacks a part, or a numeric date whose day and month could be swapped, is None.
The day is kept and the time dropped: downstream stages reason in days.
"""

from __future__ import annotations

import datetime as dt
import re
import time

import dateparser

from newsweave.calendar_names import MONTHS as _MONTHS

_MONTH = r"(?P<month>" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19|20)\d\d)"
_ISO = re.compile(r"(?<!\d)(?P<year>(?:19|20)\d\d)-(?P<month>\d\d)-(?P<day>\d\d)(?!\d)")
_MONTH_FIRST = re.compile(rf"\b{_MONTH}\s+{_DAY},?\s+{_YEAR}\b", re.IGNORECASE)
_DAY_FIRST = re.compile(rf"\b{_DAY}(?:\s+of)?\s+{_MONTH},?\s+{_YEAR}\b", re.IGNORECASE)
_NUMERIC = re.compile(r"(?<![\d/.])(?P<a>\d{1,2})[/.](?P<b>\d{1,2})[/.](?P<year>(?:19|20)\d\d)(?![\d/.])")

_DATEPARSER_SETTINGS = {
    "REQUIRE_PARTS": ["day", "month", "year"],
    "PARSERS": ["custom-formats", "absolute-time"],
    "RETURN_AS_TIMEZONE_AWARE": False,
}


def _day(year: int, month: int, day: int) -> str | None:
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return None


def _numeric(match: re.Match[str]) -> str | None:
    """dd/mm/yyyy or mm/dd/yyyy: only when one of the two cannot be a month."""
    a, b, year = int(match["a"]), int(match["b"]), int(match["year"])
    if a > 12 >= b:
        return _day(year, b, a)
    if b > 12 >= a:
        return _day(year, a, b)
    if a == b:
        return _day(year, a, a)
    return None


def find_date(text: str, *, fallback: bool = True) -> str | None:
    """The first full date (day, month, year) written in `text`, as `YYYY-MM-DD`; else None.

    `fallback` lets dateparser try what our patterns do not know (other languages, odd orders).
    """
    for pattern in (_ISO, _MONTH_FIRST, _DAY_FIRST):
        match = pattern.search(text)
        if match:
            month = match["month"]
            number = int(month) if month.isdigit() else _MONTHS[month.lower()]
            return _day(int(match["year"]), number, int(match["day"]))
    match = _NUMERIC.search(text)
    if match:
        return _numeric(match)
    if not fallback or not re.search(r"\d", text):
        return None
    parsed = dateparser.parse(text[:100], settings=_DATEPARSER_SETTINGS)
    return parsed.date().isoformat() if parsed else None


def iso_date(value: object) -> str | None:
    """A date-like metadata value (ISO string, date, datetime, time.struct_time) as `YYYY-MM-DD`."""
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime | dt.date):
        return (value.date() if isinstance(value, dt.datetime) else value).isoformat()
    if isinstance(value, time.struct_time):
        return _day(value.tm_year, value.tm_mon, value.tm_mday)
    if isinstance(value, int | float) and not isinstance(value, bool):
        return _epoch_day(float(value))
    if isinstance(value, str):
        return find_date(value.strip())
    return None


def _epoch_day(seconds: float) -> str | None:
    """Unix timestamps (seconds, or milliseconds as some exports write them)."""
    if seconds > 1e11:
        seconds /= 1000
    try:
        return dt.datetime.fromtimestamp(seconds, dt.UTC).date().isoformat()
    except (OverflowError, OSError, ValueError):
        return None
