"""JSON and JSON Lines: one report per object, whichever crawler wrote them.

The default mapping knows the field names of news-please (title, maintext, date_publish,
date_modify, authors, source_domain, url, language, description), trafilatura's JSON output
(title, text / raw_text, date, author, sitename / source-hostname, hostname, source = the URL,
language, excerpt) and Common Crawl news exports (WARC-Target-URI / url, content / text / body,
published / date, domain). For each of our fields the first key present with a usable value
wins. `field_map` ({our field: their key}) overrides the search for the fields it names: then
only that key is read. Our fields: title, text, published, updated, author, source, url,
language, description.

A file is one object, a list of objects, an object holding one list of objects (`{"articles":
[...]}`), or one object per line. A malformed line becomes a Skipped entry naming `path:line`
and the JSON error, and the rest of the file goes on. Text that holds markup goes through
`extract_html`; a record with no text but a description keeps the description, with a warning.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping
from typing import Any

from newsweave.model import Document, Skipped
from newsweave.read.dates import iso_date
from newsweave.read.page import html_document, looks_like_html
from newsweave.read.source import Origin, pick_source

# Keys searched for each of our fields, best first. Outlet names come before domains, so
# `sitename` ("The Daily Gazette") beats `source_domain` ("gazette.example").
DEFAULT_FIELD_KEYS: dict[str, tuple[str, ...]] = {
    "title": ("title", "headline"),
    "text": ("maintext", "text", "raw_text", "content", "body", "article", "articleBody", "html", "raw_html"),
    "published": ("date_publish", "date", "published", "datePublished", "publish_date", "published_at", "pubDate"),
    "updated": ("date_modify", "updated", "dateModified", "modified", "updated_at", "last_modified"),
    "author": ("authors", "author", "byline", "creator"),
    "source": (
        "sitename", "source-hostname", "site_name", "outlet", "publisher", "source_name", "source",
        "source_domain", "hostname", "domain",
    ),
    "url": ("url", "WARC-Target-URI", "warc_target_uri", "link", "canonical_url", "source", "source_url"),
    "language": ("language", "lang"),
    "description": ("description", "excerpt", "summary"),
}  # fmt: skip


def _as_text(value: Any) -> str | None:
    """A field value as one string: lists of names are joined, `{"name": ...}` objects unwrapped."""
    if isinstance(value, str):
        return value.strip() or None
    if isinstance(value, Mapping):
        return _as_text(value.get("name"))
    if isinstance(value, list):
        parts = [part for part in (_as_text(item) for item in value) if part]
        return ", ".join(parts) or None
    return None


def _is_url(value: str) -> bool:
    return value.startswith(("http://", "https://", "//"))


def _lookup(record: Mapping[str, Any], field: str, keys: Mapping[str, tuple[str, ...]]) -> Any:
    for key in keys[field]:
        value = record.get(key)
        if value in (None, "", []):
            continue
        if field == "url":
            if isinstance(value, str) and _is_url(value.strip()):
                return value.strip()
            continue
        if field in ("published", "updated"):
            return value
        text = _as_text(value)
        if text and not (field == "source" and _is_url(text)):
            return text
    return None


def field_keys(field_map: Mapping[str, str] | None) -> dict[str, tuple[str, ...]]:
    """The key search order with `field_map` applied; unknown fields of ours are a clear error."""
    keys = dict(DEFAULT_FIELD_KEYS)
    for ours, theirs in (field_map or {}).items():
        if ours not in keys:
            raise ValueError(f"field_map: unknown field {ours!r}; known fields: {', '.join(keys)}")
        keys[ours] = (theirs,)
    return keys


def record_document(
    record: Mapping[str, Any], origin: Origin, doc_id: str, where: str, keys: Mapping[str, tuple[str, ...]]
) -> Document | Skipped:
    """One JSON object as a Document, or the reason it is not one."""
    url = _lookup(record, "url", keys)
    known = {
        "title": _lookup(record, "title", keys),
        "author": _lookup(record, "author", keys),
        "published": iso_date(_lookup(record, "published", keys)),
        "updated": iso_date(_lookup(record, "updated", keys)),
        "source": _lookup(record, "source", keys),
        "language": _lookup(record, "language", keys),
    }
    text = _lookup(record, "text", keys)
    warnings = []
    if not text:
        text = _lookup(record, "description", keys)
        if not text:
            return Skipped(where, "no-text", "no text field (" + ", ".join(keys["text"]) + ")")
        warnings.append("text: the record has no article text; its description is used instead")
    if looks_like_html(text):
        document = html_document(text, origin, doc_id=doc_id, fmt="json", where=where, url=url, known=known)
        if isinstance(document, Document):
            document.warnings.extend(warnings)
        return document
    return Document(
        id=doc_id,
        path=origin.path,
        format="json",
        source=pick_source(known["source"], url, origin.fallback_source),
        url=url,
        title=known["title"] or "",
        published=known["published"],
        updated=known["updated"],
        author=known["author"],
        language=known["language"],
        raw=text,
        text=text,
        warnings=warnings,
    )


def _records_of(value: Any) -> list[Any] | None:
    """The records a parsed JSON file holds: a list, or the one list inside a wrapper object."""
    if isinstance(value, list):
        return value
    if isinstance(value, dict):
        lists = [v for v in value.values() if isinstance(v, list) and v and all(isinstance(x, dict) for x in v)]
        if len(lists) == 1 and not any(isinstance(v, str) and len(v) > 200 for v in value.values()):
            return lists[0]
    return None


def read_json(
    text: str, origin: Origin, *, field_map: Mapping[str, str] | None = None, lines: bool = False
) -> Iterator[Document | Skipped]:
    """Documents of a JSON or JSON Lines file; `lines` reads it line by line without trying the
    whole file as one JSON value first (the .jsonl / .ndjson extensions)."""
    keys = field_keys(field_map)
    if not lines:
        try:
            value = json.loads(text)
        except json.JSONDecodeError as error:
            first = next((line for line in text.split("\n") if line.strip()), "")
            if not _parses(first):
                yield Skipped(f"{origin.path}:{error.lineno}", "malformed-json", error.msg + f" (column {error.colno})")
                return
        else:
            records = _records_of(value)
            if records is None:
                if isinstance(value, dict):
                    yield record_document(value, origin, origin.doc_id, origin.path, keys)
                else:
                    yield Skipped(origin.path, "malformed-json", f"a JSON {type(value).__name__}, not an object or a list")
                return
            for n, record in enumerate(records, start=1):
                yield _record_or_skip(record, origin, n, f"{origin.path}#{n}", keys)
            return
    yield from _read_lines(text, origin, keys)


def _parses(line: str) -> bool:
    try:
        json.loads(line)
    except json.JSONDecodeError:
        return False
    return True


def _record_or_skip(
    record: Any, origin: Origin, n: int, where: str, keys: Mapping[str, tuple[str, ...]]
) -> Document | Skipped:
    if not isinstance(record, dict):
        return Skipped(where, "malformed-json", f"a JSON {type(record).__name__}, not an object")
    return record_document(record, origin, origin.record_id(n), where, keys)


def _read_lines(text: str, origin: Origin, keys: Mapping[str, tuple[str, ...]]) -> Iterator[Document | Skipped]:
    """One object per line; record n is the n-th non-blank line, so ids survive a broken line."""
    n = 0
    for lineno, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        n += 1
        where = f"{origin.path}:{lineno}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as error:
            yield Skipped(where, "malformed-json", f"{error.msg} (column {error.colno})")
            continue
        yield _record_or_skip(record, origin, n, where, keys)
