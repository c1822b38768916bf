"""Outlet profiles: a CSV read into profiles, every row not used named with its line and reason."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsweave.model import Document
from newsweave.profiles import ProfilesError, match_documents, parse_profiles, read_profiles

HEADER = "outlet,owner,country,rating,notes\n"


def read(text: str) -> tuple[list[tuple], list[tuple[int, str]]]:
    found = parse_profiles(text, "outlets.csv")
    profiles = [(p.line, p.outlet, p.owner, p.country, p.rating, p.notes) for p in found.profiles]
    return profiles, [(r.line, r.reason) for r in found.rejected]


# (file text, expected profiles as (line, outlet, owner, country, rating, notes), expected rejected rows as (line, reason))
CASES = [
    (HEADER + "The Harbor Gazette,Harbor Media,UK,4/5,local daily\n",
     [(2, "The Harbor Gazette", "Harbor Media", "UK", "4/5", "local daily")], []),
    # no header: the columns in their documented order; short rows leave the rest empty
    ("harborgazette.com,Harbor Media\n", [(1, "harborgazette.com", "Harbor Media", "", "", "")], []),
    # header in another order, names in other spellings, a byte-order mark, CRLF, spaces after commas
    ("\ufeffDomain, Owned-By, Rating\r\nbaylinenews.com, Harbor Media, 3/5\r\n",
     [(2, "baylinenews.com", "Harbor Media", "", "3/5", "")], []),
    # a quoted cell keeps its comma and its line break; the line numbers stay the file's
    (HEADER + 'Meridian Standard,Meridian Trust,US,4/5,"nonprofit,\nreader-funded"\nBayline News,Harbor Media,UK,,\n',
     [(2, "Meridian Standard", "Meridian Trust", "US", "4/5", "nonprofit,\nreader-funded"), (4, "Bayline News", "Harbor Media", "UK", "", "")], []),
    # blank lines are skipped, not rows
    (HEADER + "\n\nBayline News,Harbor Media\n", [(4, "Bayline News", "Harbor Media", "", "", "")], []),
    # bad rows: no outlet, no letters, too many cells, the same outlet twice (by outlet key)
    (HEADER + ",Harbor Media,UK\n---,Harbor Media\nBayline News,Harbor Media,UK,3/5,a note,an extra cell\n"
     "The Harbor Gazette,Harbor Media\nharbor-gazette,Other Owner\n",
     [(5, "The Harbor Gazette", "Harbor Media", "", "", "")],
     [(2, "no outlet or domain"), (3, "outlet '---' has no letters or digits"),
      (4, "6 cells, the header has 5 columns (quote a cell that holds a comma)"), (6, "the same outlet as line 5")]),
    # an unknown header column is reported once and ignored; the rows are used
    ("outlet,owner,bias\nBayline News,Harbor Media,left\n",
     [(2, "Bayline News", "Harbor Media", "", "", "")], [(1, "unknown column 'bias' ignored (known: outlet, owner, country, rating, notes)")]),
    # trailing empty cells beyond the columns are no problem
    ("outlet,owner\nBayline News,Harbor Media,,\n", [(2, "Bayline News", "Harbor Media", "", "", "")], []),
    ("", [], []),
]


@pytest.mark.parametrize(("text", "profiles", "rejected"), CASES)
def test_rows(text: str, profiles: list[tuple], rejected: list[tuple[int, str]]) -> None:
    assert read(text) == (profiles, rejected)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("name,owner,country\nBayline News,Harbor Media,UK\n", "the header names no outlet column"),
        ("outlet,domain,owner\nBayline News,baylinenews.com,Harbor Media\n", "the header names outlet twice"),
    ],
)
def test_unusable_header(text: str, message: str) -> None:
    with pytest.raises(ProfilesError, match=message):
        parse_profiles(text)


@pytest.mark.parametrize(
    ("content", "error"),
    [(b"outlet,owner\nLa D\xe9p\xeache,Groupe\n", ProfilesError), (None, OSError)],
    ids=["not-utf8", "missing"],
)
def test_unreadable_file(tmp_path: Path, content: bytes | None, error: type[Exception]) -> None:
    path = tmp_path / "outlets.csv"
    if content is not None:
        path.write_bytes(content)
    with pytest.raises(error):
        read_profiles(path)


DOCS = [
    Document(id="g1", path="g1.html", format="html", source="The Harbor Gazette"),
    Document(id="g2", path="g2.txt", format="text", source="harbor-gazette"),
    Document(id="b1", path="b1.html", format="html", source="Bayline", url="https://www.baylinenews.com/2025/03/flood"),
    Document(id="x1", path="x1.txt", format="text", source="Other Paper"),
    Document(id="n1", path="n1.txt", format="text"),
]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # by the outlet's name in any spelling, and by the URL's domain
        (HEADER + "Harbor Gazette,Harbor Media\nbaylinenews.com,Harbor Media\n", {"Harbor Gazette": ["g1", "g2"], "baylinenews.com": ["b1"]}),
        # the outlet name wins over the URL when both match a profile
        (HEADER + "Bayline,Owner A\nbaylinenews.com,Owner B\n", {"Bayline": ["b1"], "baylinenews.com": []}),
        (HEADER + "Nobody Reads This,Owner\n", {"Nobody Reads This": []}),
    ],
)
def test_matching_documents(text: str, expected: dict[str, list[str]]) -> None:
    table = parse_profiles(text)
    matched = match_documents(table, DOCS)
    assert {p.outlet: p.documents for p in matched.profiles} == expected
    assert all(not p.documents for p in table.profiles)  # the table read once serves every story unchanged
