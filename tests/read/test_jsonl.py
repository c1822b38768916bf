"""JSON and JSON Lines from news-please, trafilatura and Common Crawl news exports."""

from __future__ import annotations

import json

import pytest

from newsweave.model import Document, Skipped
from newsweave.read.jsonl import read_json
from newsweave.read.source import Origin

from .conftest import article_html

ORIGIN = Origin("in/wire.jsonl", "wire", "wire")
TEXT = "The river rose four metres overnight and two gates failed to close, officials said."

NEWS_PLEASE = {
    "authors": ["Maya Torres", "Eli Brooks"],
    "date_download": "2025-03-04 16:02:11",
    "date_modify": "2025-03-05 09:00:00",
    "date_publish": "2025-03-04 15:20:00",
    "description": "A summary.",
    "language": "en",
    "maintext": TEXT,
    "source_domain": "baylinenews.com",
    "title": "Barrier gates flagged",
    "url": "https://baylinenews.com/region/barrier",
}
TRAFILATURA = {
    "title": "Barrier gates flagged",
    "author": "Jane Doe",
    "source": "https://www.gazette.example/news/barrier",
    "source-hostname": "The Daily Gazette",
    "hostname": "gazette.example",
    "excerpt": "A summary.",
    "date": "2025-03-03",
    "text": TEXT,
    "language": "en",
}
COMMON_CRAWL = {"WARC-Target-URI": "https://www.wire.example/a", "content": TEXT, "published": "2025-03-02T08:00:00Z"}


def _fields(document: Document) -> tuple:
    return (
        document.id, document.source, document.url, document.title, document.published, document.updated,
        document.author, document.language, document.raw,
    )  # fmt: skip


@pytest.mark.parametrize(
    ("record", "field_map", "expected"),
    [
        (
            NEWS_PLEASE,
            None,
            ("wire#1", "baylinenews.com", "https://baylinenews.com/region/barrier", "Barrier gates flagged",
             "2025-03-04", "2025-03-05", "Maya Torres, Eli Brooks", "en", TEXT),
        ),
        (
            TRAFILATURA,
            None,
            ("wire#1", "The Daily Gazette", "https://www.gazette.example/news/barrier", "Barrier gates flagged",
             "2025-03-03", None, "Jane Doe", "en", TEXT),
        ),
        (
            COMMON_CRAWL,
            None,
            ("wire#1", "wire.example", "https://www.wire.example/a", "", "2025-03-02", None, None, None, TEXT),
        ),
        (
            {"headline": "H", "story": TEXT, "when": "March 1, 2025", "outlet": "Wire Co"},
            {"text": "story", "published": "when"},
            ("wire#1", "Wire Co", None, "H", "2025-03-01", None, None, None, TEXT),
        ),
        (
            {**NEWS_PLEASE, "date_publish": None, "pub": "2025-01-01"},
            {"published": "pub"},
            ("wire#1", "baylinenews.com", "https://baylinenews.com/region/barrier", "Barrier gates flagged",
             "2025-01-01", "2025-03-05", "Maya Torres, Eli Brooks", "en", TEXT),
        ),
        (
            {"text": TEXT, "author": {"name": "Ann Lee"}, "url": "not a url", "source": "https://x.example/a"},
            None,
            ("wire#1", "x.example", "https://x.example/a", "", None, None, "Ann Lee", None, TEXT),
        ),
    ],
)  # fmt: skip
def test_record_metadata(record: dict, field_map: dict | None, expected: tuple) -> None:
    (document,) = read_json(json.dumps(record) + "\n", ORIGIN, field_map=field_map, lines=True)
    assert isinstance(document, Document)
    assert document.format == "json"
    assert _fields(document) == expected


def test_html_in_a_field_goes_through_extract_html() -> None:
    record = {"title": "From the record", "html": article_html("Flood barriers fail"), "url": "https://www.gazette.example/a"}
    (document,) = read_json(json.dumps(record), ORIGIN)
    assert isinstance(document, Document)
    assert "<p>" not in document.text and "two of the four barrier gates failed" in document.text
    assert (document.id, document.title, document.source, document.author, document.published) == (
        "wire", "From the record", "The Daily Gazette", "Jane Doe", "2025-03-03",
    )  # fmt: skip


def test_description_stands_in_for_missing_text_with_a_warning() -> None:
    (document,) = read_json(json.dumps({"title": "T", "description": "Only a summary."}), ORIGIN)
    assert isinstance(document, Document)
    assert document.text == "Only a summary." and document.warnings


@pytest.mark.parametrize(
    ("content", "lines", "expected"),
    [
        # one malformed line between two good ones: named by path:line, the rest goes on
        (
            json.dumps(NEWS_PLEASE) + '\n{"title": broken\n' + json.dumps(TRAFILATURA) + "\n",
            True,
            ["wire#1", ("in/wire.jsonl:2", "malformed-json"), "wire#3"],
        ),
        # blank lines do not count as records; ids follow record positions
        ("\n" + json.dumps(COMMON_CRAWL) + "\n\n" + json.dumps(COMMON_CRAWL) + "\n", True, ["wire#1", "wire#2"]),
        # a .json file holding JSON Lines is read line by line
        (json.dumps(COMMON_CRAWL) + "\n" + json.dumps(COMMON_CRAWL), False, ["wire#1", "wire#2"]),
        # one object, a list, a wrapper object
        (json.dumps(NEWS_PLEASE, indent=2), False, ["wire"]),
        (json.dumps([NEWS_PLEASE, 3, TRAFILATURA]), False, ["wire#1", ("in/wire.jsonl#2", "malformed-json"), "wire#3"]),
        (json.dumps({"count": 2, "articles": [NEWS_PLEASE, TRAFILATURA]}), False, ["wire#1", "wire#2"]),
        # records with no text, files that are not JSON objects
        (json.dumps({"title": "no text"}) + "\n", True, [("in/wire.jsonl:1", "no-text")]),
        ("[1, 2", False, [("in/wire.jsonl:1", "malformed-json")]),
        ('{\n  "title": "pretty but broken",\n  "text": \n}', False, [("in/wire.jsonl:4", "malformed-json")]),
        ('"just a string"', False, [("in/wire.jsonl", "malformed-json")]),
        ("[3]\n", True, [("in/wire.jsonl:1", "malformed-json")]),
    ],
)
def test_records_and_skips(content: str, lines: bool, expected: list) -> None:
    got = [
        item.id if isinstance(item, Document) else (item.path, item.reason) for item in read_json(content, ORIGIN, lines=lines)
    ]
    assert got == expected


def test_unknown_field_in_field_map_is_a_clear_error() -> None:
    with pytest.raises(ValueError, match="unknown field 'body'"):
        list(read_json("{}", ORIGIN, field_map={"body": "content"}))


def test_skips_explain_themselves() -> None:
    (skipped,) = read_json('{"title": broken', ORIGIN, lines=True)
    assert isinstance(skipped, Skipped) and "Expecting value" in skipped.detail
