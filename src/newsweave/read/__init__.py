"""Readers: one module per input format, each turning bytes into `Document`s or `Skipped` records.

`read_paths` walks files and directories (recursively, in sorted order, hidden names skipped),
sniffs each file's format from its content first and its extension second, and hands it to the
reader for that format: text, html (`page`), json (`jsonl`), warc, rss, sgml (LDC/TREC `<DOC>` files). Gzip files are
unpacked and sniffed again (`.html.gz`, `.jsonl.gz`), except WARC, which warcio streams.
A file that cannot be read becomes a `Skipped` entry with a reason code (binary, empty,
undecodable, too-large, unsupported, unreadable, missing, malformed-json, malformed-warc,
malformed-feed, no-text) and the walk goes on: no input ends a batch.
"""

from __future__ import annotations

import os
from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path, PurePath

from newsweave.model import Document, Skipped
from newsweave.read.decode import (
    Unreadable,
    check_size,
    declared_charset,
    decode_bytes,
    gunzip,
)
from newsweave.read.jsonl import field_keys, read_json, record_document
from newsweave.read.page import read_html_file
from newsweave.read.rss import read_feed
from newsweave.read.sgml import read_sgml
from newsweave.read.sniff import UNSUPPORTED_EXTENSIONS, sniff_format, suffix_of
from newsweave.read.source import IdRegistry, Origin, fallback_source, relative_to_root
from newsweave.read.text import read_text
from newsweave.read.warc import read_warc
from newsweave.settings import current as _settings

__all__ = ["read_items", "read_paths"]

# Extensions read one JSON object per line, without first trying the file as one JSON value.
JSON_LINES_SUFFIXES = frozenset({".jsonl", ".ndjson"})


def _is_hidden(name: str) -> bool:
    return name.startswith(".")


def _walk(root: Path) -> list[Path]:
    """Files below `root`, sorted by their path below it; hidden files and folders left out."""
    found = []
    for folder, dirs, files in os.walk(root):
        dirs[:] = [d for d in dirs if not _is_hidden(d)]
        found.extend(Path(folder, name) for name in files if not _is_hidden(name))
    return sorted(found, key=lambda path: path.relative_to(root).as_posix())


def read_paths(
    paths: Sequence[str | Path],
    *,
    max_bytes: int | None = None,
    field_map: Mapping[str, str] | None = None,
) -> Iterator[Document | Skipped]:
    """Every document in `paths`, and every input that could not be read with its reason.

    `max_bytes` (default: read.max_bytes) limits each file read into memory (and each decompressed file); WARC files are
    streamed and not limited as a whole. `field_map` maps our field names to a JSON export's
    keys (see `newsweave.read.jsonl`).
    """
    max_bytes = _settings().read.max_bytes if max_bytes is None else max_bytes
    field_keys(field_map)  # an unknown field name is a usage error: raise before reading anything
    ids = IdRegistry()
    for given in paths:
        root = Path(given)
        if root.is_dir():
            files, base = _walk(root), root
        elif root.is_file():
            files, base = [root], root.parent
        else:
            yield Skipped(str(root), "missing", "no such file or directory")
            continue
        for file in files:
            relative = relative_to_root(file, base)
            origin = Origin(str(file), ids.claim(relative), fallback_source(relative))
            yield from _accounted(_read_file(file, origin, max_bytes, field_map), origin.path)


def _accounted(items: Iterator[Document | Skipped], path: str) -> Iterator[Document | Skipped]:
    """A file that yields nothing (`[]`, a feed or WARC with no records) is named, never lost silently."""
    empty = True
    for item in items:
        empty = False
        yield item
    if empty:
        yield Skipped(path, "no-records", "the file holds no reports")


def read_items(
    items: Sequence[str | tuple[str, str] | Mapping[str, object]],
    *,
    field_map: Mapping[str, str] | None = None,
) -> Iterator[Document | Skipped]:
    """Documents from inputs held in memory, read as a file of the same content would be.

    A string is a report's content (plain text, HTML, a feed or JSON, sniffed as for a file); a
    (title, text) pair and a mapping are one record with those fields (`field_map` as for JSON
    files). Document ids are `text-1`, `text-2`, ... in input order, and so is the outlet where the
    content names none.
    """
    keys = field_keys(field_map)
    ids = IdRegistry()
    for n, item in enumerate(items, 1):
        name = f"text-{n}"
        origin = Origin(f"<{name}>", ids.claim(PurePath(name)), name)
        if isinstance(item, str):
            kind = sniff_format(item[: _settings().read.sample_bytes].encode("utf-8", "replace"), name)
            yield from _dispatch(kind if kind in ("html", "rss", "json", "sgml") else "text", item, origin, name, field_map)
        else:
            record = dict(zip(("title", "text"), item, strict=True)) if isinstance(item, tuple) else item
            yield record_document(record, origin, origin.doc_id, origin.path, keys)


def _read_file(
    file: Path, origin: Origin, max_bytes: int, field_map: Mapping[str, str] | None
) -> Iterator[Document | Skipped]:
    if suffix_of(file.name) in UNSUPPORTED_EXTENSIONS:
        yield Skipped(origin.path, "unsupported", f"{suffix_of(file.name)} files are not read")
        return
    try:
        with file.open("rb") as stream:
            head = stream.read(_settings().read.sample_bytes)
            if not head:
                raise Unreadable("empty", "no bytes")
            kind = sniff_format(head, file.name)
            if kind == "warc":
                stream.seek(0)
                yield from read_warc(stream, origin)
                return
            check_size(file.stat().st_size, max_bytes)
            stream.seek(0)
            data = stream.read()
        if kind == "gzip":
            data = gunzip(data, max_bytes)
            kind = sniff_format(data[:_settings().read.sample_bytes], file.name)
            if kind == "gzip":
                raise Unreadable("unsupported", "gzip inside gzip")
        if kind == "html":
            check_size(len(data), _settings().read.max_html_bytes, "HTML page", "[read] max_html_bytes in a --config file")
        markup = kind in ("html", "rss")
        decoded = decode_bytes(data, declared=declared_charset(data) if markup else None)
    except Unreadable as error:
        yield Skipped(origin.path, error.reason, error.detail)
        return
    except OSError as error:
        yield Skipped(origin.path, "unreadable", f"{type(error).__name__}: {error.strerror or error}")
        return
    for item in _dispatch(kind, decoded.text, origin, file.name, field_map):
        if isinstance(item, Document) and decoded.how in ("declared", "detected"):
            item.warnings.append(f"encoding: {decoded.how} {decoded.encoding}, not UTF-8")
        yield item


def _dispatch(
    kind: str, text: str, origin: Origin, name: str, field_map: Mapping[str, str] | None
) -> Iterator[Document | Skipped]:
    if kind == "html":
        return read_html_file(text, origin)
    if kind == "rss":
        return read_feed(text, origin)
    if kind == "sgml":
        return read_sgml(text, origin)
    if kind == "json":
        return read_json(text, origin, field_map=field_map, lines=suffix_of(name) in JSON_LINES_SUFFIXES)
    return read_text(text, origin)
