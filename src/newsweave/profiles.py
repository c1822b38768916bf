"""Outlet profiles: what the user knows of each outlet (owner, country, their own rating), read from a CSV.

`newsweave analyze --outlets FILE` takes one row per outlet, named as the reports name it or
by its domain (docs/outlets.md). The profiles travel in the dossier; sources.py counts the
outlets of one owner as one independent source, and the reports show each source's profile.
A row that cannot be used is kept with its line number and the reason, never dropped silently:
a user who misspells a column must see which rows were not read.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from pathlib import Path

from newsweave.model import Document, OutletProfile, OutletProfiles, RejectedRow
from newsweave.outlets import outlet_key

COLUMNS = ("outlet", "owner", "country", "rating", "notes")
# Header names accepted for each column, compared lowercased with spaces, "-" and "_" removed.
HEADER_NAMES = {
    "outlet": "outlet", "domain": "outlet", "outletordomain": "outlet", "site": "outlet", "source": "outlet",
    "owner": "owner", "ownedby": "owner", "country": "country", "rating": "rating", "notes": "notes", "note": "notes",
}


class ProfilesError(ValueError):
    """The file cannot be read as outlet profiles at all (not text, or a header without an outlet column)."""


def read_profiles(path: Path) -> OutletProfiles:
    """The profiles of a CSV file, with every row that was not used and why.

    A first row made only of known column names is the header (columns in any order, unknown
    ones reported); without one, the columns are outlet, owner, country, rating, notes.
    Raises OSError when the file cannot be read and ProfilesError when it is not a profiles file.
    """
    try:
        text = path.read_bytes().decode("utf-8")
    except UnicodeDecodeError as error:
        raise ProfilesError(f"not UTF-8 text (byte {error.start})") from None
    return parse_profiles(text, str(path))


def parse_profiles(text: str, path: str | None = None) -> OutletProfiles:
    """`read_profiles` of text already read."""
    found = OutletProfiles(path=path)
    columns: tuple[str, ...] = COLUMNS
    seen: dict[str, int] = {}  # outlet key -> line of the profile
    reader = csv.reader(io.StringIO(text.removeprefix("\ufeff").replace("\0", "")), skipinitialspace=True)
    header_done = False
    line = 0
    while True:
        start = line + 1
        try:
            row = next(reader)
        except StopIteration:
            break
        except csv.Error as error:
            line = reader.line_num
            found.rejected.append(RejectedRow(start, f"not CSV: {error}", ""))
            continue
        line = reader.line_num
        cells = [c.strip() for c in row]
        if not any(cells):
            continue
        raw = ",".join(row)
        if not header_done:
            header_done = True
            header = _header(cells)
            if header is not None:
                columns, unknown = header
                for name in unknown:
                    found.rejected.append(RejectedRow(start, f"unknown column {name!r} ignored (known: {', '.join(COLUMNS)})", raw))
                continue
        problem = _problem(cells, columns)
        key = outlet_key(dict(zip(columns, cells, strict=False)).get("outlet", "")) if problem is None else ""
        if problem is None and key in seen:
            problem = f"the same outlet as line {seen[key]}"
        if problem is not None:
            found.rejected.append(RejectedRow(start, problem, raw))
            continue
        seen[key] = start
        values = {name: value for name, value in zip(columns, cells, strict=False) if name}
        found.profiles.append(OutletProfile(line=start, **values))
    return found


def _header(cells: list[str]) -> tuple[tuple[str, ...], list[str]] | None:
    """The columns a header row names (an empty name for an unknown one) and its unknown names,
    or None when the row is data. A row is a header when it names the outlet column and at most
    half of its cells are unknown."""
    names = [HEADER_NAMES.get("".join(c.lower().replace("-", " ").replace("_", " ").split())) for c in cells]
    if "outlet" not in names:
        if sum(n is not None for n in names) > len(names) // 2:
            raise ProfilesError("the header names no outlet column (outlet, domain, outlet or domain, site or source)")
        return None
    if sum(n is None for n in names) > len(names) // 2:
        return None
    duplicated = {n for n in names if n is not None and names.count(n) > 1}
    if duplicated:
        raise ProfilesError(f"the header names {', '.join(sorted(duplicated))} twice")
    return tuple(n or "" for n in names), [c for c, n in zip(cells, names, strict=True) if n is None]


def _problem(cells: list[str], columns: tuple[str, ...]) -> str | None:
    """Why a data row cannot be a profile, or None."""
    if len(cells) > len(columns) and any(cells[len(columns):]):
        return f"{len(cells)} cells, the header has {len(columns)} columns (quote a cell that holds a comma)"
    outlet = dict(zip(columns, cells, strict=False)).get("outlet", "")
    if not outlet:
        return "no outlet or domain"
    if not outlet_key(outlet):
        return f"outlet {outlet!r} has no letters or digits"
    return None


def match_documents(outlets: OutletProfiles, documents: Sequence[Document]) -> OutletProfiles:
    """A copy of `outlets` with each profile's documents: those whose outlet (`Document.source`)
    or URL domain has the profile's outlet key ("BBC" and "bbc.co.uk" are one outlet)."""
    by_key = {outlet_key(p.outlet): p.line for p in outlets.profiles}
    matched: dict[int, list[str]] = {p.line: [] for p in outlets.profiles}
    for doc in documents:
        line = next((by_key[k] for k in _document_keys(doc) if k in by_key), None)
        if line is not None:
            matched[line].append(doc.id)
    return OutletProfiles(
        path=outlets.path,
        profiles=[OutletProfile(p.outlet, p.owner, p.country, p.rating, p.notes, p.line, matched[p.line]) for p in outlets.profiles],
        rejected=list(outlets.rejected),
    )


def profile_of(outlets: OutletProfiles, doc_id: str) -> OutletProfile | None:
    """The profile a document matched, if any."""
    return next((p for p in outlets.profiles if doc_id in p.documents), None)


def _document_keys(doc: Document) -> list[str]:
    """The outlet keys a document goes by: its outlet's name first, then its URL's domain."""
    keys = [outlet_key(doc.source)] if doc.source else []
    if doc.url:
        keys.append(outlet_key(doc.url))
    return [k for k in keys if k]
