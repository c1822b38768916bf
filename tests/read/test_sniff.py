"""Format sniffing: content first, extension second."""

from __future__ import annotations

import gzip

import pytest

from newsweave.read.sniff import sniff_format, suffix_of


@pytest.mark.parametrize(
    ("head", "name", "expected"),
    [
        (b"<!DOCTYPE html>\n<html><body>", "page.txt", "html"),  # content beats the extension
        (b"\xef\xbb\xbf  <html lang='en'>", "page", "html"),
        (b"<!-- saved by a scraper -->\n<div class='x'>", "page.dat", "html"),
        (b'<?xml version="1.0"?>\n<rss version="2.0">', "feed.php", "rss"),
        (b'<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">', "f", "rss"),
        (b"<rdf:RDF xmlns:rdf=", "f", "rss"),
        (b"\n<DOC>\n<DOCNO> NYT19990810.0105 </DOCNO>", "NYT19990810.0105", "sgml"),  # LDC / TREC news
        (b'<DOC id="AFP_ENG_20050101.0001" type="story">', "afp_eng_200501", "sgml"),
        (b"<!DOCTYPE html><html>", "doc.html", "html"),  # a doctype is not a <DOC>
        (b'{"title": "A"}', "dump.txt", "json"),
        (b'[{"title": "A"}]', "dump", "json"),
        (b"{ a brace that opens prose }", "note.txt", "text"),
        (b"WARC/1.0\r\nWARC-Type: warcinfo", "crawl.bin", "warc"),
        (gzip.compress(b"WARC/1.1\r\nWARC-Type: response"), "crawl.warc.gz", "warc"),
        (gzip.compress(b"<html></html>"), "page.html.gz", "gzip"),
        ("<html><body>".encode("utf-16"), "page", "html"),
        (b"Flood barriers fail\nBy Jane Doe", "report.txt", "text"),
        (b"Flood barriers fail", "report.html", "html"),  # nothing definite: the extension decides
        (b"Flood barriers fail", "report.jsonl", "json"),
        (b"Flood barriers fail", "report", "text"),
    ],
)
def test_sniff_format(head: bytes, name: str, expected: str) -> None:
    assert sniff_format(head, name) == expected


@pytest.mark.parametrize(
    ("name", "suffix"),
    [("crawl.warc.gz", ".warc"), ("Page.HTML", ".html"), ("README", ""), (".hidden", ""), ("a.b.jsonl", ".jsonl")],
)
def test_suffix_of(name: str, suffix: str) -> None:
    assert suffix_of(name) == suffix
