"""Plain-text reports: title and cue-line metadata, update dates kept apart from publication."""

from __future__ import annotations

import pytest

from newsweave.read.source import Origin
from newsweave.read.text import TextMetadata, read_metadata, read_text

BODY = "The river rose four metres overnight and two gates failed to close, officials said.\n"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Flood barriers fail\nBy Jane Doe, Reuters\nPublished March 3, 2025\n" + BODY,
            TextMetadata("Flood barriers fail", "2025-03-03", None, "Jane Doe", None, "published-line"),
        ),
        (
            "Flood barriers fail\nLast updated on March 4, 2025 at 9:12 am\n" + BODY,
            TextMetadata("Flood barriers fail", "2025-03-04", "2025-03-04", None, None, "last-updated-line"),  # marked as an update
        ),
        (
            "Title\nPublished 11:30 a.m. March 4, 2025\nLast updated on March 5, 2025 at 2:15 pm\n" + BODY,
            TextMetadata("Title", "2025-03-04", "2025-03-05", None, None, "published-line"),
        ),
        (
            "Title\nPosted on Monday, 3rd March 2025 by Ana de la Cruz | Updated 2025-03-05\n" + BODY,
            TextMetadata("Title", "2025-03-03", "2025-03-05", "Ana de la Cruz", None, "published-line"),
        ),
        (
            "Title\nNorthshore Public Radio | By Sam Idowu\n" + BODY,
            TextMetadata("Title", None, None, "Sam Idowu", None),
        ),
        ("Title\nWritten by Priya Castellanos\n" + BODY, TextMetadata("Title", None, None, "Priya Castellanos", None)),
        ("Title\n" + BODY + "Source: Daily Gazette\n", TextMetadata("Title", None, None, None, "Daily Gazette")),
        (
            "\n\n  Published: 03/03/2025\nThe title comes after a cue line\n" + BODY,
            TextMetadata("The title comes after a cue line", "2025-03-03", None, None, None, "published-line"),
        ),
        # sentences that open with "By" are not bylines
        ("Title\nBy Monday evening the river had crested.\n" + BODY, TextMetadata("Title", None, None, None, None)),
        ("Title\nBy the time crews arrived the street was under water.\n", TextMetadata("Title", None, None, None, None)),
        ("Title\nPhotographed by Lena Varga\n", TextMetadata("Title", None, None, None, None)),
        # teasers after the end of the article belong to other articles
        (
            "Title\n" + BODY + "Related articles\nPublished March 9, 2025\nBy Tom Teaser\n",
            TextMetadata("Title", None, None, None, None),
        ),
        ("Published March 2025\n" + BODY, TextMetadata(BODY.strip(), None, None, None, None)),  # no day: no date
        ("", TextMetadata("", None, None, None, None)),
    ],
)
def test_read_metadata(text: str, expected: TextMetadata) -> None:
    assert read_metadata(text) == expected


@pytest.mark.parametrize(
    ("text", "source"),
    [("Title\n" + BODY, "gazette-flood"), ("Title\n" + BODY + "Source: Daily Gazette", "Daily Gazette")],
)
def test_read_text_document(text: str, source: str) -> None:
    (document,) = read_text(text, Origin("in/gazette-flood.txt", "gazette-flood", "gazette-flood"))
    assert (document.id, document.format, document.source, document.title) == ("gazette-flood", "text", source, "Title")
    assert document.raw == document.text == text
