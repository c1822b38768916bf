"""Which reader a file needs: its content decides first, its extension second.

Scrapers save HTML as .txt and feeds as .php; a name is a weak hint. The sniffer looks at the
first bytes (after a byte-order mark, white space, an XML declaration, comments and a doctype)
and falls back on the extension only when the content says nothing definite.
"""

from __future__ import annotations

import re
import zlib

GZIP_MAGIC = b"\x1f\x8b"

# Formats we know are documents but cannot read: refused by name, without reading them.
UNSUPPORTED_EXTENSIONS = frozenset(
    ".pdf .doc .docx .odt .rtf .epub .xls .xlsx .ods .ppt .pptx .zip .tar .tgz .bz2 .xz .7z .rar"
    " .png .jpg .jpeg .gif .webp .bmp .tif .tiff .svg .mp3 .mp4 .wav .mov .avi .exe .so .dll".split()
)
_EXTENSION_FORMATS = {
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".json": "json",
    ".jsonl": "json",
    ".ndjson": "json",
    ".warc": "warc",
    ".rss": "rss",
    ".atom": "rss",
    ".xml": "rss",
}
# Leading matter that says nothing about the format.
_PREAMBLE = re.compile(rb"\A(?:\xef\xbb\xbf|\s+|<\?xml[^>]*\?>|<!--.*?-->|<!doctype[^>]*>)*", re.IGNORECASE | re.DOTALL)
_SGML_DOC = re.compile(rb"\A<DOC\b", re.IGNORECASE)  # LDC/TREC news: <DOC><DOCNO>...; not <!DOCTYPE>
_FEED_ROOT = re.compile(rb"\A<(?:rss|feed|rdf:rdf)\b", re.IGNORECASE)
_HTML_START = re.compile(rb"\A<(?:html|head|body|meta|title|link|script|style|div|p|article)\b", re.IGNORECASE)
_HTML_DOCTYPE = re.compile(rb"<!doctype\s+html", re.IGNORECASE)
# An object with a quoted key, or a list of objects/strings: JSON, not prose that opens with a brace.
_JSON_START = re.compile(rb'\A(?:\{\s*"|\[\s*(?:\{|"|\]))')


def suffix_of(name: str) -> str:
    """The extension that names the format: `crawl.warc.gz` -> `.warc`, `page.HTML` -> `.html`."""
    lowered = name.lower()
    if lowered.endswith(".gz"):
        lowered = lowered[:-3]
    dot = lowered.rfind(".")
    return lowered[dot:] if dot > 0 else ""


def _gunzip_head(head: bytes) -> bytes:
    """The first decompressed bytes of a gzip stream (a .warc.gz is streamed, not unpacked whole)."""
    try:
        return zlib.decompressobj(wbits=16 + zlib.MAX_WBITS).decompress(head, 16)
    except zlib.error:
        return b""


def sniff_format(head: bytes, name: str) -> str:
    """One of gzip, warc, rss, sgml, html, json, text for the file `name` that starts with `head`.

    `gzip` means "unpack and sniff again"; gzip-compressed WARC is `warc`, read as a stream."""
    if head.startswith(GZIP_MAGIC):
        return "warc" if _gunzip_head(head).startswith(b"WARC/") else "gzip"
    if head.startswith(b"WARC/"):
        return "warc"
    if head[:2] in (b"\xff\xfe", b"\xfe\xff") or head[:4] == b"\x00\x00\xfe\xff":
        head = head.lstrip(b"\xff\xfe\x00").replace(b"\x00", b"")  # UTF-16/32: sniff its ASCII subset
    body = head[_PREAMBLE.match(head).end() :]
    if _FEED_ROOT.match(body):
        return "rss"
    if _SGML_DOC.match(body):
        return "sgml"
    if _HTML_START.match(body) or _HTML_DOCTYPE.search(head[:1024]):
        return "html"
    if _JSON_START.match(body):
        return "json"
    return _EXTENSION_FORMATS.get(suffix_of(name), "text")
