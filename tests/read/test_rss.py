"""RSS and Atom items with their content."""

from __future__ import annotations

import pytest

from newsweave.model import Document
from newsweave.read.rss import read_feed
from newsweave.read.source import Origin

ORIGIN = Origin("in/feed.xml", "feed", "feed")
PARAS = "".join(
    f"<p>Paragraph {n}: the river rose four metres overnight and two barrier gates failed, officials said.</p>"
    for n in range(4)
)
RSS = f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel><title>The Daily Gazette</title><link>https://www.gazette.example/</link><language>en</language>
<item><title>Flood barriers fail</title><link>https://www.gazette.example/news/flood</link>
<dc:creator>Jane Doe</dc:creator><pubDate>Mon, 03 Mar 2025 10:14:00 +0000</pubDate>
<description>Short summary.</description><content:encoded><![CDATA[{PARAS}]]></content:encoded></item>
<item><title>Summary only</title><link>https://www.gazette.example/news/summary</link>
<description>Two gates failed to close as the surge rolled in.</description>
<source url="https://wire.example/rss">Wire Co</source></item>
<item><title>Empty one</title><link>https://www.gazette.example/news/empty</link></item>
</channel></rss>"""
ATOM = """<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Wire</title>
<entry><title>X</title><link href="https://www.wire.example/x"/><author><name>Ann Lee</name></author>
<published>2025-03-03T10:00:00Z</published><updated>2025-03-04T10:00:00Z</updated>
<content type="text">Plain text content of the entry.</content></entry>
<entry><title>Y</title><link href="https://www.wire.example/y"/><updated>2025-03-05T10:00:00Z</updated>
<summary>Only an update date.</summary></entry></feed>"""


def _row(item: Document) -> tuple:
    return (item.id, item.format, item.source, item.url, item.title, item.published, item.updated, item.author, item.language)


@pytest.mark.parametrize(
    ("feed", "expected"),
    [
        (
            RSS,
            [
                ("feed#1", "rss", "The Daily Gazette", "https://www.gazette.example/news/flood", "Flood barriers fail",
                 "2025-03-03", None, "Jane Doe", "en"),
                ("feed#2", "rss", "Wire Co", "https://www.gazette.example/news/summary", "Summary only",
                 None, None, None, "en"),
                ("in/feed.xml#3", "no-text"),
            ],
        ),
        (
            ATOM,
            [
                ("feed#1", "rss", "Wire", "https://www.wire.example/x", "X", "2025-03-03", "2025-03-04", "Ann Lee", None),
                ("feed#2", "rss", "Wire", "https://www.wire.example/y", "Y", None, "2025-03-05", None, None),
            ],
        ),
        ('<?xml version="1.0"?><rss version="2.0"><channel><title>Quiet</title></channel></rss>', [("in/feed.xml", "no-text")]),
        ("<rss><channel><item><title>broken", [("in/feed.xml#1", "no-text")]),  # feedparser recovers the item
        ("<rss><chan", [("in/feed.xml", "malformed-feed")]),
    ],
)  # fmt: skip
def test_feed_items(feed: str, expected: list) -> None:
    got = [_row(item) if isinstance(item, Document) else (item.path, item.reason) for item in read_feed(feed, ORIGIN)]
    assert got == expected


@pytest.mark.parametrize(
    ("feed", "n", "text"),
    [(RSS, 0, "Paragraph 0: the river rose"), (RSS, 1, "Two gates failed"), (ATOM, 0, "Plain text content")],
)
def test_item_text(feed: str, n: int, text: str) -> None:
    item = list(read_feed(feed, ORIGIN))[n]
    assert isinstance(item, Document)
    assert item.text.startswith(text) and "<p>" not in item.text and item.raw == item.text


def test_broken_xml_recovered_leniently_carries_a_warning() -> None:
    (item,) = read_feed("<rss><channel><item><title>T</title><description>Some text.</description></item>", ORIGIN)
    assert isinstance(item, Document) and item.text == "Some text."
    assert any(warning.startswith("feed: malformed XML") for warning in item.warnings)
