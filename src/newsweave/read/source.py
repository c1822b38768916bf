"""Where a report comes from: its id, its display path and the outlet that published it.

Every reader names its documents the same way, so ids stay stable across runs and formats:
the slug of the file path relative to the input root, plus `#n` for the n-th record of a
multi-record file. The outlet is the site name when the format gives one, else the URL's
domain without "www.", else the folder (or, at the top of the input, the file) it was found in.
"""

from __future__ import annotations

import re
from pathlib import Path, PurePath
from typing import NamedTuple
from urllib.parse import urlsplit

_SLUG_JUNK = re.compile(r"[^a-z0-9]+")


class Origin(NamedTuple):
    """The file a reader is working on: how to name it and what to call its outlet by default."""

    path: str  # the file path as the user gave it, for messages and Document.path
    doc_id: str  # unique id of the file's document (records add "#n")
    fallback_source: str  # outlet to use when the content names none

    def record_id(self, n: int) -> str:
        """Id of the n-th record (1-based) of a multi-record file."""
        return f"{self.doc_id}#{n}"


def slugify(text: str) -> str:
    """Lower-case ASCII words joined by "-": `Gazette/Flood Report` -> `gazette-flood-report`."""
    return _SLUG_JUNK.sub("-", text.lower()).strip("-") or "document"


def _without_suffixes(path: PurePath) -> PurePath:
    """`wire.jsonl` -> `wire`, `crawl.warc.gz` -> `crawl` (compressed suffixes go with the format);
    a number after the dot is part of the name, not a format (`APW19980610.0858`, an LDC document)."""
    name = path.name
    if name.lower().endswith(".gz"):
        name = name[:-3]
    if PurePath(name).suffix[1:].isdigit():
        return path.with_name(name)
    return path.with_name(PurePath(name).stem or name)


class IdRegistry:
    """Hands out one unique id per file: the slug, else the slug with its extension, else a counter."""

    def __init__(self) -> None:
        self._taken: set[str] = set()

    def claim(self, relative: PurePath) -> str:
        candidates = [slugify(_without_suffixes(relative).as_posix()), slugify(relative.as_posix())]
        for candidate in candidates:
            if candidate not in self._taken:
                self._taken.add(candidate)
                return candidate
        n = 2
        while f"{candidates[-1]}-{n}" in self._taken:
            n += 1
        self._taken.add(f"{candidates[-1]}-{n}")
        return f"{candidates[-1]}-{n}"


def fallback_source(relative: PurePath) -> str:
    """The folder a file sits in below the input root, else the file's own name without extension."""
    if len(relative.parts) > 1:
        return relative.parts[-2]
    return _without_suffixes(relative).name


def domain_of(url: str | None) -> str | None:
    """`https://www.gazette.example/news/1` -> `gazette.example`; None when there is no host."""
    if not url:
        return None
    try:
        host = urlsplit(url.strip()).hostname
    except ValueError:
        return None
    if not host:
        return None
    return host[4:] if host.startswith("www.") else host


def pick_source(site: str | None, url: str | None, fallback: str) -> str:
    """The outlet: its name when given, else the URL's domain, else the fallback."""
    if site and site.strip():
        return site.strip()
    return domain_of(url) or fallback


def relative_to_root(file: Path, root: Path) -> PurePath:
    """The file's path below the input root (the root itself when a file was given directly)."""
    try:
        return file.relative_to(root)
    except ValueError:
        return PurePath(file.name)
