"""Plain-text reports: the first line is the title; metadata comes from cue lines.

Scraped text keeps the page's byline block as lines: "By Jane Doe", "Published March 3,
2025", "Last updated on March 4, 2025 at 9:12 am", "Source: Daily Gazette". A cue line is a
short line that starts with a cue; one line may hold several ("Posted on March 3, 2025 by Jane
Doe | Updated March 4"). An update date is never taken for a publication date: the two are
kept apart. Cue lines after an end-of-article marker ("Related articles", a comment form)
belong to other articles' teasers and are not read. The lines stay in the text: removing
them is the cleaner's job, which records why.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import NamedTuple

from newsweave.model import Document
from newsweave.read.dates import find_date
from newsweave.read.source import Origin

# A cue line is short: byline blocks run to ~12 words ("Posted on Monday, March 3, 2025 at
# 10:14 am by Jane Doe and John Roe"); article sentences that open with "By" run longer.
# No line of max_words words is longer than this many characters per word, spaces included.
LONGEST_WORD = 40
MAX_CUE_WORDS = 20
# An author is a name, not a clause: at most this many words.
MAX_AUTHOR_WORDS = 8

# Byline blocks join fields with separators: "Northshore Public Radio | By Sam Idowu".
_SEPARATORS = re.compile(r"\s+[|·•]\s+|\s+[-–—]\s+")
# Inside a cue, the next cue starts a new field: "Posted on March 3, 2025 by Jane Doe".
_NEXT_CUE = re.compile(
    r"\s*,?\s+(?=(?:by|written\s+by|(?:last\s+)?updated|published|posted|modified)\b)", re.IGNORECASE
)
_PUBLISHED = re.compile(r"^(?:first\s+)?(?:published|posted|date\s+published)(?:\s+on)?\s*[:\-–]?\s*(?P<value>.*)$", re.I)
_UPDATED = re.compile(r"^(?:last\s+)?(?:updated|modified)(?:\s+on)?\s*[:\-–]?\s*(?P<value>.*)$", re.I)
_AUTHOR = re.compile(r"^(?:written\s+by|by|author)\s*:?\s+(?P<value>.+)$", re.I)
_SOURCE = re.compile(r"^source\s*:\s*(?P<value>.+)$", re.I)
_CUE_START = re.compile(r"^(?:first\s+published|published|posted|date\s+published|last\s+updated|updated|last\s+modified|modified|written\s+by|by|author|source)\b", re.I)
# Where the article ends and teasers, comments or newsletters begin.
_END_OF_ARTICLE = re.compile(
    r"^(?:related(?:\s+(?:articles?|posts?|stories|news|coverage))?|read\s+(?:more|next|also)|more\s+(?:from|stories|news)|"
    r"you\s+(?:may|might)\s+also\s+like|recommended(?:\s+for\s+you)?|leave\s+a\s+(?:comment|reply)|"
    r"please\s+enter\s+your\s+comment|comments?|\d+\s+comments?|facebook\s+comments|what\s+do\s+you\s+think)\b",
    re.I,
)
# A marker is a short line of its own ("Related articles", "3 Comments"), not a sentence.
MAX_MARKER_WORDS = 6
# Words allowed inside a name besides capitalised ones ("Ana de la Cruz", "Jane Doe and John Roe").
_NAME_PARTICLES = {"and", "de", "del", "della", "der", "di", "da", "du", "la", "le", "van", "von", "bin", "al", "y", "&"}
_NOT_NAMES = {
    "the", "a", "an", "this", "that", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
    "november", "december", "noon", "midnight", "now", "then", "tomorrow", "today", "tonight", "yesterday",
}  # fmt: skip
_NAME_END = re.compile(r"\s*(?:,|\bfor\b|\bat\b|\bon\b|\bin\b|\(|$)")


class TextMetadata(NamedTuple):
    """What a plain-text report says about itself."""

    title: str
    published: str | None
    updated: str | None
    author: str | None
    source: str | None


def _author(value: str) -> str | None:
    """The name at the start of a byline value, or None if the value is not a name."""
    name = value[: _NAME_END.search(value).start()].strip(" .:;")
    words = name.split()
    if not words or len(words) > MAX_AUTHOR_WORDS or words[0].lower().strip(",.") in _NOT_NAMES:
        return None
    for word in words:
        lowered = word.lower()
        if not (word[0].isupper() or lowered in _NAME_PARTICLES or lowered.split("-")[0] in _NAME_PARTICLES):
            return None
    return name


def _too_long(line: str, max_words: int) -> bool:
    """More than `max_words` words; prose lines (most lines) are told by length without splitting."""
    return len(line) > LONGEST_WORD * max_words or len(line.split()) > max_words


def _cues(line: str) -> list[str]:
    """The cue pieces of a line: none unless the line is short and a piece opens with a cue."""
    if _too_long(line, MAX_CUE_WORDS):
        return []
    pieces = [piece for piece in _SEPARATORS.split(line) if _CUE_START.match(piece)]
    return [cue.strip() for piece in pieces for cue in _NEXT_CUE.split(piece)]


def read_metadata(text: str) -> TextMetadata:
    """Title and cue-line metadata of a plain-text report; each field None when absent."""
    lines = [line.strip() for line in text.split("\n")]
    lines = [line for line in lines if line]
    title = next((line for line in lines if not _cues(line)), "")
    found: dict[str, str] = {}
    for line in lines:
        if line is not title and not _too_long(line, MAX_MARKER_WORDS) and _END_OF_ARTICLE.match(line):
            break
        for cue in _cues(line):
            _read_cue(cue, found)
    return TextMetadata(title, found.get("published"), found.get("updated"), found.get("author"), found.get("source"))


def _read_cue(piece: str, found: dict[str, str]) -> None:
    """Record what one cue says, keeping the first value of each field."""
    if match := _UPDATED.match(piece):
        if "updated" not in found and (date := find_date(match["value"])):
            found["updated"] = date
    elif match := _PUBLISHED.match(piece):
        if "published" not in found and (date := find_date(match["value"])):
            found["published"] = date
    elif match := _SOURCE.match(piece):
        found.setdefault("source", match["value"].strip(" ."))
    elif match := _AUTHOR.match(piece):
        if "author" not in found and (name := _author(match["value"])):
            found["author"] = name


def read_text(text: str, origin: Origin) -> Iterator[Document]:
    """One plain-text report as a Document; `raw` and `text` are the whole decoded text."""
    meta = read_metadata(text)
    yield Document(
        id=origin.doc_id,
        path=origin.path,
        format="text",
        source=meta.source or origin.fallback_source,
        title=meta.title,
        published=meta.published,
        updated=meta.updated,
        author=meta.author,
        raw=text,
        text=text,
    )
