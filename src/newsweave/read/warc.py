"""WARC archives (.warc, .warc.gz): every successful HTML response is a page to read.

The archive is streamed record by record with warcio, so its size is not limited; each page's
payload is limited to read.max_html_bytes. Only `response` records with a 2xx status and an HTML content
type are reports; requests, metadata, redirects, error pages and images are the crawl's
bookkeeping and pass without a trace. The target URI is the page's URL; the outlet is the
page's site name, else the URI's domain. The WARC-Date is when the page was crawled, not
published, and is not used as a date.

A truncated or malformed record ends the archive: every record read before it is kept and the
break is a Skipped `malformed-warc` entry with its offset. warcio reports a truncated gzip
member by stopping early, and a truncated plain record by a short read, so both are checked
here rather than trusted to raise.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import IO, NamedTuple

from warcio.archiveiterator import ArchiveIterator

from newsweave.model import Document, Skipped
from newsweave.read.decode import Unreadable, decode_bytes, declared_charset
from newsweave.read.page import html_document
from newsweave.read.source import Origin
from newsweave.settings import current as _settings



class Response(NamedTuple):
    """An HTML response from the archive, or the reason it could not be taken."""

    offset: int
    uri: str | None
    charset: str | None
    body: bytes | None  # None when the payload is above the page limit


class Broken(NamedTuple):
    """Where the archive stops making sense, and why."""

    offset: int
    detail: str


def _charset(content_type: str) -> str | None:
    for param in content_type.split(";")[1:]:
        name, _, value = param.partition("=")
        if name.strip().lower() == "charset":
            return value.strip().strip("\"'") or None
    return None


def _read_payload(stream: IO[bytes], limit: int) -> bytes | None:
    """The payload, or None past `limit` (warcio skips the rest of the record)."""
    chunks: list[bytes] = []
    size = 0
    while chunk := stream.read(_settings().read.chunk_bytes):
        size += len(chunk)
        if size > limit:
            return None
        chunks.append(chunk)
    return b"".join(chunks)


def iter_html_responses(stream: IO[bytes], limit: int | None = None) -> Iterator[Response | Broken]:
    """The archive's HTML responses in order, ending with `Broken` if the archive is damaged.

    A payload above `limit` bytes (default: read.max_html_bytes) is not kept."""
    limit = _settings().read.max_html_bytes if limit is None else limit
    end = 0  # where the last complete record ended
    try:
        records = ArchiveIterator(stream)
        for record in records:
            http = record.http_headers
            content_type = (http.get_header("Content-Type") or "") if http else ""
            wanted = (
                record.rec_type == "response"
                and http is not None
                and http.get_statuscode().startswith("2")
                and "html" in content_type.lower()
            )
            body = _read_payload(record.content_stream(), limit) if wanted else None
            offset = records.get_record_offset()
            length = records.get_record_length()
            if record.rec_type is None or record.length is None:
                yield Broken(offset, f"record at offset {offset} has no WARC-Type or Content-Length header")
                return
            if getattr(record.raw_stream, "limit", 0) > 0:
                yield Broken(offset, f"record at offset {offset} is truncated")
                return
            end = offset + length
            if wanted:
                uri = record.rec_headers.get_header("WARC-Target-URI")
                yield Response(offset, uri, _charset(content_type), body)
    except Exception as error:  # warcio raises many kinds on damaged input (ArchiveLoadFailed, zlib, EOF, Attribute)
        yield Broken(end, f"unreadable record at offset {end}: {type(error).__name__}: {error}")
        return
    stream.seek(end)
    trailer = stream.read(_settings().read.trailer_probe_bytes)
    if trailer.strip():
        start = end + len(trailer) - len(trailer.lstrip())  # past the blank lines that close a record
        yield Broken(start, f"truncated or malformed record at offset {start}")


def read_warc(stream: IO[bytes], origin: Origin) -> Iterator[Document | Skipped]:
    """One document per HTML response; damaged records and unreadable pages are Skipped."""
    n = 0
    for item in iter_html_responses(stream):
        if isinstance(item, Broken):
            yield Skipped(origin.path, "malformed-warc", item.detail)
            return
        n += 1
        where = f"{origin.path}#{n}"
        if item.body is None:
            yield Skipped(where, "too-large", f"page at offset {item.offset} is above {_settings().read.max_html_bytes:,} bytes")
            continue
        try:
            decoded = decode_bytes(item.body, declared=item.charset or declared_charset(item.body))
        except Unreadable as error:
            yield Skipped(where, error.reason, f"page at offset {item.offset}: {error.detail}")
            continue
        yield html_document(decoded.text, origin, doc_id=origin.record_id(n), fmt="warc", where=where, url=item.uri)
