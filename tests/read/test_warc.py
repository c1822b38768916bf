"""WARC archives: HTML responses become documents; a damaged record ends the archive, keeping what came before."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from newsweave.model import Document
from newsweave.read.source import Origin
from newsweave.read.warc import read_warc

from .conftest import article_html

HTML = "text/html; charset=utf-8"
PAGES = [
    ("https://www.gazette.example/news/1", article_html("First report").encode(), HTML),
    ("https://www.gazette.example/logo.png", b"\x89PNG\r\n\x1a\n\x00\x00", "image/png"),
    ("https://wire.example/2", article_html("Second report", site="").encode(), "text/html"),
    ("https://www.gazette.example/news/3", article_html("Café at the harbor").encode("cp1252"), "text/html; charset=windows-1252"),
]


def _read(path: Path) -> list:
    with path.open("rb") as stream:
        items = list(read_warc(stream, Origin(str(path), "crawl", "crawl")))
    return [(i.id, i.format, i.source, i.url, i.title) if isinstance(i, Document) else (i.reason, i.detail) for i in items]


COMPLETE = [
    ("crawl#1", "warc", "The Daily Gazette", "https://www.gazette.example/news/1", "First report"),
    ("crawl#2", "warc", "wire.example", "https://wire.example/2", "Second report"),  # no site name: the domain
    ("crawl#3", "warc", "The Daily Gazette", "https://www.gazette.example/news/3", "Café at the harbor"),
]


@pytest.mark.parametrize("compress", [False, True])
def test_html_responses_become_documents(tmp_path: Path, write_warc: Callable, compress: bool) -> None:
    path = tmp_path / ("crawl.warc.gz" if compress else "crawl.warc")
    write_warc(path, PAGES, compress)
    assert _read(path) == COMPLETE


@pytest.mark.parametrize(
    ("compress", "cut_into", "kept"),
    [
        (False, 3, 2),  # a cut inside the last record keeps the two pages before it
        (True, 3, 2),
        (False, 0, 0),  # a cut inside the first record keeps nothing, and says where
        (True, 0, 0),
        (False, 1, 1),  # the PNG record is cut: the page before it survives
    ],
)
def test_truncated_archive(tmp_path: Path, write_warc: Callable, compress: bool, cut_into: int, kept: int) -> None:
    path = tmp_path / "crawl.warc"
    ends = write_warc(path, PAGES, compress)
    start = ends[cut_into - 1] if cut_into else 0
    path.write_bytes(path.read_bytes()[: start + (ends[cut_into] - start) // 2])
    got = _read(path)
    assert got[:-1] == COMPLETE[:kept]
    reason, detail = got[-1]
    assert reason == "malformed-warc" and f"offset {start}" in detail


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"WARC/1.0\r\nthis is not a header block", "malformed-warc"),
        (b"WARC/", "malformed-warc"),
    ],
)
def test_garbage_is_a_malformed_warc(tmp_path: Path, content: bytes, reason: str) -> None:
    path = tmp_path / "bad.warc"
    path.write_bytes(content)
    assert [r for r, _ in _read(path)] == [reason]
