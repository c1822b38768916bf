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
from typing import NamedTuple

import dateparser

from newsweave import lexicon
from newsweave.settings import current as _settings

_calendar = lexicon.for_language(lexicon.DEFAULT_LANGUAGE).calendar

_MONTH = r"(?P<month>" + "|".join(sorted(_calendar.MONTHS, key=len, reverse=True)) + r")\.?"
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
            number = int(month) if month.isdigit() else _calendar.MONTHS[month.lower()]
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


# --- publication dates inferred from plain text ------------------------------------------

# "PLACE, [STATE,] Month Day[, Year] [(Agency)] --": a year-less one takes the latest year the text names.
_MONTH_DAY = re.sub(r"\(\?P<\w+>", "(?:", rf"(?i:{_MONTH}\s+{_DAY}|{_DAY}\s+{_MONTH})")
_DATELINE = re.compile(
    rf"^(?:[A-Z][A-Za-z.'’-]*(?:\s+[A-Z][A-Za-z.'’-]*)*)(?:,\s+[A-Z][A-Za-z.]*(?:\s+[A-Z][A-Za-z.]*)*)?,\s+"
    rf"(?P<when>{_MONTH_DAY})(?:,?\s+{_YEAR})?\s*(?:\([^)]{{1,40}}\)\s*)?(?:--|[-–—_])"
)
# Dates after these words in a line are not the publication: update stamps, access dates.
_NOT_PUBLISHED = re.compile(
    r"\b(?:(?:last\s+)?updated|(?:last\s+)?modified|last\s+edited|edited|retrieved|accessed|archived|mis\s+à\s+jour)\b",
    re.IGNORECASE,
)
# Short dated lines that are no stamp: an infobox's fact, opened by what happened that day ("Founded
# February 28, 1998; 18 years ago", Wikipedia's Mozilla page; "Born 12 May 1907"), and a reference
# list's entry, opened by its back-link ("^ "Mac vendors ponder Netscape gambit.". Macworld. 1 May 1998.").
_DATED_FACT = re.compile(
    r"^(?:\^|\W*(?:founded|born|died|established|released|opened|launched|formed|incorporated|premiered|first\s+aired)\b)",
    re.IGNORECASE)
# A wire lead's weekday names the dateline's day ("GENEVA, July 9 (Xinhua) -- ... warned here on
# Tuesday"); allowing the day before too would let two years fit as often as one.
_WEEKDAY = re.compile(r"\b(?:" + "|".join(name.title() for name in _calendar.WEEKDAY_NAMES) + r")\b")
# A day, a word and a year, either order: the shape of a date in a language our patterns do not
# know; only such a piece goes to dateparser (about 50 ms a call while it guesses the language).
_WORDED_DATE = re.compile(r"\b\d{1,2}\.?\s+[^\W\d_]{3,}\.?,?\s+(?:19|20)\d\d\b|\b[^\W\d_]{3,}\.?\s+\d{1,2},?\s+(?:19|20)\d\d\b")
_DIGIT = re.compile(r"\d")
_YEAR_IN_TEXT = re.compile(r"(?<![\d,.])(?:19|20)\d\d(?![\d,])")
# A numeric stamp that could be read either way is read month first, as US sites print it and
# as the dates annotator reads slashes ("11.03.17 in Gadgetry", "Posted 3/4/2025"): the method
# says the day was inferred.
_US_NUMERIC = re.compile(r"(?<![\d/.])(?P<m>\d{1,2})[/.](?P<d>\d{1,2})[/.](?P<y>(?:19|20)\d\d|\d\d)(?![\d/.]\d)")


# A page title's parts ("<headline> - 21/12/2018 - Esporte - Folha"): one may be its date.
_TITLE_PARTS = re.compile(r"\s+(?:[|·•»]|[-–—]{1,2})\s+")


class InferredDate(NamedTuple):
    """A publication day read from a text, and how: see docs/schema.md, `published_inferred`."""

    day: str
    method: str


def _dateline_day(line: str, text: str) -> str | None:
    """The day of a wire dateline ("MADRID, February 17 (Xinhua) --"). A year-less one takes the
    one year, among those the text names and the year after each, in which that day falls on
    the weekday its lead names ("said on Wednesday"); else None."""
    match = _DATELINE.match(line)
    if not match:
        return None
    if match["year"]:
        return find_date(match.group(), fallback=False)
    lead = _WEEKDAY.search(line)
    if lead is None:
        return None
    weekday = _calendar.WEEKDAYS[lead.group().lower()]
    fits = {
        day
        for year in {int(y) + step for y in _YEAR_IN_TEXT.findall(text) for step in (0, 1)}
        if (day := find_date(f"{match['when']} {year}", fallback=False))
        and dt.date.fromisoformat(day).weekday() == weekday
    }
    return fits.pop() if len(fits) == 1 else None


def _stamp_day(line: str) -> str | None:
    """The publication day in a short dated line (the part before any update cue); None for a
    longer line, an infobox's dated fact or a reference (`_DATED_FACT`)."""
    if not _DIGIT.search(line):  # most lines: no date at all
        return None
    line = line[: m.start()] if (m := _NOT_PUBLISHED.search(line)) else line
    if len(line.split()) > _settings().metadata.dated_line_max_words or _DATED_FACT.match(line):
        return None
    if (day := find_date(line, fallback=False)) is not None:
        return day
    if match := _US_NUMERIC.search(line):
        year = int(match["y"])
        year += 0 if year > 99 else 2000 if year < _settings().metadata.century_pivot else 1900
        return _day(year, int(match["m"]), int(match["d"]))
    if match := _WORDED_DATE.search(line):  # "Journal numérique 30 avril 2015": dateparser knows the month
        return find_date(match.group())
    return None


def _latest_mentioned(text: str) -> str | None:
    """The latest full date the text names, leaving out one that stands far past the others."""
    days = sorted(
        {day for pattern in (_ISO, _MONTH_FIRST, _DAY_FIRST) for m in pattern.finditer(text) if (day := find_date(m.group(), fallback=False))}
    )
    if len(days) > 1 and (dt.date.fromisoformat(days[-1]) - dt.date.fromisoformat(days[-2])).days > _settings().metadata.latest_gap_days:
        days.pop()
    return days[-1] if days else None


def infer_published(lines: list[str], text: str, updated: str | None) -> InferredDate | None:
    """The publication day of a text with no "Published" line, by the first cue that gives one:
    a wire dateline, the first short dated line, an update date (the publication is no later),
    else the latest date mentioned. `lines` are the text's non-empty lines up to any
    end-of-article marker (teasers below it carry other articles' dates)."""
    for line in lines[:_settings().metadata.dateline_lines]:
        if day := _dateline_day(line, text):
            return InferredDate(day, "dateline")
    for line in lines:
        parts = [line] if line is not lines[0] else [part for part in _TITLE_PARTS.split(line) if part]
        if day := next((day for part in parts if (day := _stamp_day(part))), None):
            return InferredDate(day, "dated-line")
    if updated:
        return InferredDate(updated, "last-updated-line")
    day = _latest_mentioned("\n".join(lines))
    return InferredDate(day, "latest-mentioned") if day else None
