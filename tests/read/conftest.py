"""Fixtures for the reader tests: realistic article pages and WARC archives written with warcio."""

from __future__ import annotations

from collections.abc import Callable
from io import BytesIO
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

PARAGRAPHS = [
    "The river rose four metres overnight and two of the four barrier gates failed to close, officials said.",
    "About 1,200 residents of the old town were evacuated before dawn as water poured into the streets.",
    "The city engineer said the hydraulic seals on the middle gates had lost pressure minutes after the order.",
    "Council members called for an independent review of the contractor that built and maintains the barrier.",
]


def article_html(title: str, *, site: str = "The Daily Gazette", author: str = "Jane Doe", date: str = "2025-03-03") -> str:
    """A news page with the metadata trafilatura reads: og:site_name, author, publication date."""
    body = "".join(f"<p>{p} ({title})</p>" for p in PARAGRAPHS)
    return (
        "<!DOCTYPE html><html lang='en'><head>"
        f"<title>{title} | {site}</title>"
        f"<meta property='og:title' content='{title}'><meta property='og:site_name' content='{site}'>"
        f"<meta name='author' content='{author}'>"
        f"<meta property='article:published_time' content='{date}T08:00:00Z'>"
        "</head><body><nav><a href='/'>Home</a> <a href='/world'>World</a></nav>"
        f"<article><h1>{title}</h1>{body}</article>"
        "<footer>Copyright 2025</footer></body></html>"
    )


WarcPage = tuple[str, bytes, str]  # target URI, payload, content type


@pytest.fixture
def write_warc() -> Callable[[Path, list[WarcPage], bool], list[int]]:
    """Write HTTP responses to a WARC; returns each record's end offset (to cut it later)."""

    def write(path: Path, pages: list[WarcPage], compress: bool = False) -> list[int]:
        ends = []
        with path.open("wb") as stream:
            writer = WARCWriter(stream, gzip=compress)
            for uri, payload, content_type in pages:
                headers = StatusAndHeaders("200 OK", [("Content-Type", content_type)], protocol="HTTP/1.1")
                record = writer.create_warc_record(uri, "response", payload=BytesIO(payload), http_headers=headers)
                writer.write_record(record)
                ends.append(stream.tell())
        return ends

    return write
