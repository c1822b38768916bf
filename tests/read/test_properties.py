"""Properties of the readers on hostile input: nothing raises, and every file, line or record comes
out as a document or is set aside with a reason (issue 14)."""

from __future__ import annotations

import gzip
import tempfile
from io import BytesIO
from pathlib import Path

from hypothesis import strategies as st
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from newsweave.model import Document, Skipped
from newsweave.read import read_paths
from newsweave.read.dates import find_date, infer_published, iso_date
from newsweave.read.decode import Unreadable, decode_bytes, declared_charset, gunzip
from newsweave.read.page import read_html_file
from newsweave.read.rss import read_feed
from newsweave.read.sniff import sniff_format
from newsweave.read.source import Origin
from newsweave.read.text import read_text
from newsweave.read.warc import read_warc
from tests.properties import long_lines, property_test, texts

ORIGIN = Origin("input/report.txt", "input-report-txt", "input")
# The reason codes read/__init__.py documents, and no other.
REASONS = {
    "binary", "empty", "undecodable", "too-large", "unsupported", "unreadable", "missing", "malformed-json",
    "malformed-warc", "malformed-feed", "no-text", "no-records",
}  # fmt: skip
FORMATS = {"gzip", "warc", "rss", "html", "json", "text"}
NAMES = st.sampled_from(["a.txt", "a.html", "a.json", "a.jsonl", "a.xml", "a.rss", "a.warc", "a.gz", "a", "a.txt.gz", "a.pdf"])


def encoded(text: str, encoding: str) -> bytes:
    return text.encode(encoding, errors="replace")


BYTES = st.one_of(
    st.binary(max_size=300),
    st.builds(encoded, texts(), st.sampled_from(["utf-8", "utf-16", "utf-32", "cp1252", "latin-1", "koi8-r", "shift_jis", "gb18030"])),
    st.builds(lambda a, b: a.encode("utf-8") + b.encode("cp1252", errors="replace"), texts(), texts()),  # mixed encodings
    st.builds(lambda t: gzip.compress(t.encode("utf-8")), texts()),
    st.builds(lambda t, cut: gzip.compress(t.encode("utf-8"))[:cut], texts(), st.integers(0, 40)),  # truncated gzip
    st.builds(lambda t: b"<html><head><meta charset='latin-1'></head><body><p>" + encoded(t, "latin-1") + b"</p></body></html>", texts()),
)


def accounted(items: list[Document | Skipped]) -> None:
    """Every item is a document with text or a skip with a documented reason."""
    assert items, "the input vanished without a document or a reason"
    for item in items:
        assert isinstance(item, Document | Skipped)
        if isinstance(item, Skipped):
            assert item.reason in REASONS, item
            assert item.path
        else:
            assert item.raw == item.text


@property_test(300, text=st.one_of(texts(), long_lines()))
def test_read_text(text: str) -> None:
    """A plain-text report is one document holding all of its text, whatever it says."""
    (doc,) = read_text(text, ORIGIN)
    assert doc.raw == text
    assert "\n" not in doc.title or "\n" in text


@property_test(300, data=BYTES, name=NAMES)
def test_decode_and_sniff(data: bytes, name: str) -> None:
    """Bytes decode to text or are refused with a reason; the sniffer always names a format."""
    assert sniff_format(data[:8192], name) in FORMATS
    declared_charset(data)
    try:
        decoded = decode_bytes(data, declared=declared_charset(data))
    except Unreadable as error:
        assert error.reason in REASONS
        return
    assert "\r" not in decoded.text
    try:
        gunzip(data, 1 << 20)
    except Unreadable as error:
        assert error.reason in REASONS


@property_test(150, data=BYTES, name=NAMES)
def test_read_paths_accounts_for_every_file(data: bytes, name: str) -> None:
    """A file of any bytes, under any name, gives documents or a skip with a documented reason."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder, name)
        path.write_bytes(data)
        accounted(list(read_paths([path])))


@st.composite
def html_pages(draw: st.DrawFn) -> str:
    """An HTML page with hostile text in its title, paragraphs and unclosed or deeply nested tags."""
    body = "".join(f"<p>{draw(texts(max_fragments=15))}</p>" for _ in range(draw(st.integers(0, 4))))
    depth = draw(st.sampled_from([0, 1, 30, 300]))
    tag = draw(st.sampled_from(["div", "span", "b", "p", "table"]))
    nested = f"<{tag}>" * depth + draw(texts(max_fragments=10)) + f"</{tag}>" * draw(st.integers(0, depth))
    title = draw(texts(max_fragments=5))
    return draw(st.sampled_from([
        f"<html><head><title>{title}</title></head><body><article>{body}{nested}</article></body></html>",
        f"<html><body>{nested}{body}",
        f"<p>{title}{body}",
        title,
    ]))  # fmt: skip


@property_test(100, html=html_pages())
def test_read_html(html: str) -> None:
    """A page gives one document, or a skip saying there was no text."""
    accounted(list(read_html_file(html, ORIGIN)))


@st.composite
def feeds(draw: st.DrawFn) -> str:
    """RSS or Atom with hostile item text, maybe cut off mid-element."""
    items = draw(st.lists(st.tuples(texts(max_fragments=5), texts(max_fragments=15), texts(max_fragments=3)), max_size=4))
    escape = draw(st.booleans())

    def esc(text: str) -> str:
        return text.replace("&", "&amp;").replace("<", "&lt;") if escape else text

    if draw(st.booleans()):
        body = "".join(f"<item><title>{esc(t)}</title><description>{esc(d)}</description><pubDate>{esc(p)}</pubDate></item>" for t, d, p in items)
        feed = f"<?xml version='1.0'?><rss version='2.0'><channel><title>Gazette</title>{body}</channel></rss>"
    else:
        body = "".join(f"<entry><title>{esc(t)}</title><content type='html'>{esc(d)}</content><updated>{esc(p)}</updated></entry>" for t, d, p in items)
        feed = f"<?xml version='1.0'?><feed xmlns='http://www.w3.org/2005/Atom'><title>Gazette</title>{body}</feed>"
    return feed[: draw(st.integers(0, len(feed)))] if draw(st.booleans()) else feed


@property_test(150, text=feeds())
def test_read_feed(text: str) -> None:
    """A feed, whole or broken, gives its items or a skip naming why."""
    accounted(list(read_feed(text, ORIGIN)))


@st.composite
def warcs(draw: st.DrawFn) -> bytes:
    """A WARC of HTML (and other) responses with hostile payloads, maybe gzipped, maybe truncated."""
    stream = BytesIO()
    writer = WARCWriter(stream, gzip=draw(st.booleans()))
    for n in range(draw(st.integers(0, 3))):
        payload = draw(st.one_of(st.binary(max_size=200), texts(max_fragments=10).map(lambda t: f"<html><body><p>{t}</p></body></html>".encode())))
        content_type = draw(st.sampled_from(["text/html", "text/html; charset=latin-1", "image/png", "text/html; charset=bogus"]))
        status = draw(st.sampled_from(["200 OK", "404 Not Found", "301 Moved"]))
        headers = StatusAndHeaders(status, [("Content-Type", content_type)], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(f"http://example.com/{n}", "response", payload=BytesIO(payload), http_headers=headers))
    data = stream.getvalue()  # its length varies with the record ids and dates warcio writes
    return data[: int(draw(st.floats(0, 1)) * len(data))] if draw(st.booleans()) else data


@property_test(150, data=warcs())
def test_read_warc(data: bytes) -> None:
    """An archive, whole or truncated anywhere, gives its pages and a skip where it breaks."""
    for item in read_warc(BytesIO(data), ORIGIN):
        accounted([item])


@property_test(300, text=st.one_of(texts(), long_lines()))
def test_read_dates(text: str) -> None:
    """Dates found in any text are real ISO days."""
    lines = [line.strip() for line in text.split("\n") if line.strip()]
    for found in (find_date(text, fallback=False), iso_date(text)):
        assert found is None or iso_date(found) == found
    inferred = infer_published(lines, text, None)
    assert inferred is None or iso_date(inferred[0]) == inferred[0]


@property_test(300, value=st.one_of(texts(max_fragments=5), st.integers(), st.floats(), st.tuples(*[st.integers()] * 9), st.none()))
def test_iso_date_of_any_value(value: object) -> None:
    """Any metadata value (string, epoch seconds, a time tuple) is a day or None."""
    found = iso_date(value)
    assert found is None or len(found) == 10
