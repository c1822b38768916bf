"""Ids, outlets and fallbacks."""

from __future__ import annotations

from pathlib import PurePath

import pytest

from newsweave.read.source import IdRegistry, domain_of, fallback_source, pick_source, slugify


@pytest.mark.parametrize(
    ("text", "slug"),
    [("Gazette/Flood Report", "gazette-flood-report"), ("wire", "wire"), ("Über!!", "ber"), ("***", "document")],
)
def test_slugify(text: str, slug: str) -> None:
    assert slugify(text) == slug


def test_ids_are_unique_and_stable() -> None:
    registry = IdRegistry()
    claimed = [registry.claim(PurePath(p)) for p in ["gazette-flood.txt", "gazette-flood.html", "gazette-flood.HTML", "sub/wire.jsonl",
                                                     "APW20000303.0115", "APW20000303.0253"]]
    assert claimed == ["gazette-flood", "gazette-flood-html", "gazette-flood-html-2", "sub-wire",
                       "apw20000303-0115", "apw20000303-0253"]  # an LDC document number keeps its digits


@pytest.mark.parametrize(
    ("url", "domain"),
    [
        ("https://www.gazette.example/news/1", "gazette.example"),
        ("http://News.Wire.example:8080/x", "news.wire.example"),
        ("not a url", None),
        ("http://[bad", None),
        (None, None),
    ],
)
def test_domain_of(url: str | None, domain: str | None) -> None:
    assert domain_of(url) == domain


@pytest.mark.parametrize(
    ("site", "url", "fallback", "source"),
    [
        ("The Daily Gazette", "https://www.gazette.example/a", "file", "The Daily Gazette"),
        ("  ", "https://www.gazette.example/a", "file", "gazette.example"),
        (None, None, "file", "file"),
    ],
)
def test_pick_source(site: str | None, url: str | None, fallback: str, source: str) -> None:
    assert pick_source(site, url, fallback) == source


@pytest.mark.parametrize(
    ("relative", "source"),
    [("gazette-flood.txt", "gazette-flood"), ("harbor-gazette/flood.txt", "harbor-gazette"), ("a/b/c.warc.gz", "b")],
)
def test_fallback_source(relative: str, source: str) -> None:
    assert fallback_source(PurePath(relative)) == source
