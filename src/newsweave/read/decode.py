"""Bytes to text, without assuming an encoding, and the reasons input cannot become text.

The order is a cascade, each step only when the last could not decide: a byte-order mark;
emptiness and binary content; strict UTF-8 (the fast path: most input is UTF-8); the
charset the file or its server declares; and last charset-normalizer's detection. Whatever
cannot be read raises `Unreadable` with a short reason code that the caller records as a
`Skipped` entry, so a bad file is named and the batch goes on.
"""

from __future__ import annotations

import codecs
import re
import zlib
from typing import NamedTuple

from charset_normalizer import from_bytes
from newsweave.settings import current as _settings

PREFERRED_LEGACY = "cp1252"
PREFERRED_LEGACY_LANGUAGES = frozenset(
    "English French German Spanish Portuguese Italian Dutch Danish Swedish Norwegian Finnish Catalan"
    " Indonesian Unknown".split()
)

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_CONTROL_BYTES = bytes(set(range(32)) - {9, 10, 11, 12, 13} | {127})
_DECLARED_CHARSET = re.compile(
    rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)|<\?xml[^>]+encoding\s*=\s*["']([A-Za-z0-9_.:-]+)""",
    re.IGNORECASE,
)
_LATIN1_LABELS = {"latin_1", "iso8859_1", "ascii"}


class Unreadable(Exception):
    """Input that cannot become text; `reason` is the code recorded in `Skipped.reason`."""

    def __init__(self, reason: str, detail: str = "") -> None:
        super().__init__(f"{reason}: {detail}" if detail else reason)
        self.reason = reason
        self.detail = detail


class Decoded(NamedTuple):
    """Text with the encoding it was read in and how that encoding was chosen."""

    text: str
    encoding: str
    how: str  # bom | utf-8 | declared | detected


def check_size(size: int, limit: int, what: str = "file", raised_by: str = "--max-bytes N") -> None:
    """Refuse input above the documented limit before reading it, naming what raises the limit."""
    if size > limit:
        raise Unreadable("too-large", f"{what} of {size:,} bytes is above the limit of {limit:,} ({raised_by} raises it)")


def is_binary(sample: bytes) -> bool:
    """NUL bytes or many control bytes: an image, archive or executable, not text."""
    if not sample:
        return False
    if b"\x00" in sample:
        return True
    controls = len(sample) - len(sample.translate(None, _CONTROL_BYTES))
    return controls / len(sample) > _settings().read.max_control_ratio


def gunzip(data: bytes, limit: int) -> bytes:
    """Decompress a gzip file, refusing output above `limit` (a gzip bomb is a too-large file)."""
    inflater = zlib.decompressobj(wbits=16 + zlib.MAX_WBITS)
    try:
        out = inflater.decompress(data, limit + 1)
    except zlib.error as error:
        raise Unreadable("undecodable", f"broken gzip data: {error}") from error
    check_size(len(out), limit, "decompressed content")
    if not inflater.eof:
        raise Unreadable("undecodable", "truncated gzip data")
    return out


def declared_charset(data: bytes) -> str | None:
    """The charset a markup file declares in its head (`<meta charset>`, `<?xml encoding>`)."""
    match = _DECLARED_CHARSET.search(data[:_settings().read.sample_bytes])
    if not match:
        return None
    return (match.group(1) or match.group(2)).decode("ascii")


def _codec_name(label: str | None) -> str | None:
    """Python's codec for a charset label, with Latin-1 read as windows-1252 as browsers do."""
    if not label:
        return None
    try:
        name = codecs.lookup(label.strip().lower()).name
    except LookupError:
        return None
    return PREFERRED_LEGACY if name.replace("-", "_") in _LATIN1_LABELS else name


def _normalise(text: str) -> str:
    """Universal newlines; the byte-order mark is not text."""
    return text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n")


def decode_bytes(data: bytes, declared: str | None = None) -> Decoded:
    """Decode `data`; `declared` is a charset named by the file or its server, tried after UTF-8.

    Raises `Unreadable` with reason `empty`, `binary` or `undecodable`.
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                text = data[len(bom) :].decode(encoding)
            except UnicodeDecodeError as error:
                raise Unreadable("undecodable", f"invalid {encoding} after its byte-order mark: {error}") from error
            if not text.strip():
                raise Unreadable("empty", "only a byte-order mark and white space")
            return Decoded(_normalise(text), encoding, "bom")
    if not data.strip():
        raise Unreadable("empty", "no bytes" if not data else "only white space")
    if is_binary(data[:_settings().read.sample_bytes]):
        raise Unreadable("binary", "NUL or control bytes: not a text file")
    try:
        return Decoded(_normalise(data.decode("utf-8")), "utf-8", "utf-8")
    except UnicodeDecodeError:
        pass
    codec = _codec_name(declared)
    if codec:
        try:
            return Decoded(_normalise(data.decode(codec)), codec, "declared")
        except UnicodeDecodeError:
            pass
    return _detect(data)


def _detect(data: bytes) -> Decoded:
    matches = from_bytes(data)
    best = matches.best()
    if best is None:
        raise Unreadable("undecodable", "not UTF-8 and no encoding fits the bytes")
    encoding = best.encoding
    for match in matches:
        if (
            PREFERRED_LEGACY in match.could_be_from_charset
            and match.chaos <= best.chaos + _settings().read.detection_tie
            and match.language in PREFERRED_LEGACY_LANGUAGES
        ):
            encoding = PREFERRED_LEGACY
            break
    try:
        text = data.decode(encoding)
    except (UnicodeDecodeError, LookupError) as error:
        raise Unreadable("undecodable", f"detected {encoding} does not decode: {error}") from error
    return Decoded(_normalise(text), encoding, "detected")

