"""RSS and Atom feeds: each item that carries its article (content:encoded, content or summary).

feedparser normalises RSS 0.9x/1.0/2.0 and Atom to one shape. An item's text is its fullest
content (content:encoded / Atom content, else the summary); markup goes through
`extract_html`. The outlet is the item's own <source> (aggregators relay other feeds), else
the feed's title, else the link's domain. feedparser answers for a missing `updated` with the
pubDate; an update date is kept only when the feed gives one that differs from the publication.
feedparser reads broken XML leniently (`bozo`): what it recovers is kept, with a warning.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import feedparser

from newsweave.model import Document, Skipped
from newsweave.read.dates import iso_date
from newsweave.read.page import html_document, looks_like_html
from newsweave.read.source import Origin, pick_source


def _item_text(entry: Any) -> str:
    """The fullest text an item carries."""
    candidates = [part.get("value", "") for part in entry.get("content") or []]
    candidates.append(entry.get("summary") or "")
    return max(candidates, key=lambda text: len(text.strip())).strip()


def read_feed(text: str, origin: Origin) -> Iterator[Document | Skipped]:
    """One document per item with text; items without text are Skipped `no-text`."""
    feed = feedparser.parse(text)
    if not feed.entries:
        if feed.bozo:
            yield Skipped(origin.path, "malformed-feed", str(feed.get("bozo_exception", "not a feed")))
        else:
            yield Skipped(origin.path, "no-text", "the feed has no items")
        return
    channel = feed.feed
    for n, entry in enumerate(feed.entries, start=1):
        item = _item_document(entry, channel, origin, n)
        if feed.bozo and isinstance(item, Document):
            item.warnings.append(f"feed: malformed XML read leniently ({feed.get('bozo_exception')})")
        yield item


def _item_document(entry: Any, channel: Any, origin: Origin, n: int) -> Document | Skipped:
    where = f"{origin.path}#{n}"
    url = entry.get("link") or None
    body = _item_text(entry)
    if not body:
        return Skipped(where, "no-text", f"item {entry.get('title', '')!r} has no content or summary")
    published = iso_date(entry.get("published_parsed"))
    updated = iso_date(dict.get(entry, "updated_parsed"))  # not entry.get: it falls back on the pubDate
    item_source = (entry.get("source") or {}).get("title")
    known = {
        "title": entry.get("title") or "",
        "author": entry.get("author") or None,
        "published": published,
        "updated": updated if updated != published else None,
        "source": pick_source(item_source or channel.get("title"), url or channel.get("link"), origin.fallback_source),
        "language": channel.get("language") or None,
    }
    if looks_like_html(body):
        return html_document(body, origin, doc_id=origin.record_id(n), fmt="rss", where=where, url=url, known=known)
    return Document(
        id=origin.record_id(n),
        path=origin.path,
        format="rss",
        source=known["source"],
        url=url,
        title=known["title"],
        published=known["published"],
        updated=known["updated"],
        author=known["author"],
        language=known["language"],
        raw=body,
        text=body,
    )
