"""The timeline: one entry per event with all its evidence, in order, unresolved dates left out."""

import pytest

from newsweave.annotate.dates import resolve_story_dates
from newsweave.model import DateMention, Document
from newsweave.read.source import Origin
from newsweave.read.text import read_text
from newsweave.synthesize.timeline import build_timeline


def doc(doc_id: str, text: str, published: str | None = "2025-03-04") -> Document:
    return Document(id=doc_id, path=doc_id, format="text", published=published, raw=text, text=text)


def mention(d: Document, expression: str, value: str | None, precision: str = "day", end: str | None = None,
            inferred: bool = False) -> DateMention:
    start = d.text.index(expression)
    return DateMention(d.id, expression, start, start + len(expression), value, precision, end, inferred)


A = doc("a", "Two of the four barrier gates failed to close on Sunday during the storm surge.")
B = doc("b", "The barrier gates failed to close during the storm surge on March 2, officials said.")
C = doc("c", "Residents of Lower Quay were evacuated by boat on Sunday after midnight.", published=None)
D = doc("d", "The council will vote on the contract in April, the chairman told reporters.")
E = doc("e", "Fire crews pulled two people from a stalled car on Sunday night.")
F = doc("f", "The mayor did not speak to reporters on Sunday night.")


@pytest.mark.parametrize(
    "mentions, expected",
    [
        # the same event reported twice with different wording and expressions: one entry, two evidence
        ([mention(A, "Sunday", "2025-03-02"), mention(B, "March 2", "2025-03-02")], [("2025-03-02", 2)]),
        # the same day, different events: two entries
        ([mention(A, "Sunday", "2025-03-02"), mention(C, "Sunday", "2025-03-02")], [("2025-03-02", 1), ("2025-03-02", 1)]),
        # ... however much of the date's own words they share
        ([mention(E, "Sunday night", "2025-03-02"), mention(F, "Sunday night", "2025-03-02")], [("2025-03-02", 1), ("2025-03-02", 1)]),
        # chronological order whatever the input order
        ([mention(D, "April", "2025-04-01", "month", "2025-04-30"), mention(A, "Sunday", "2025-03-02")],
         [("2025-03-02", 1), ("2025-04-01", 1)]),
        # an unresolved expression is not placed on the timeline
        ([mention(A, "Sunday", None, "unknown")], []),
    ],
)
def test_events_merge_across_documents_in_order(mentions, expected):
    timeline = build_timeline([A, B, C, D, E, F], mentions)
    assert [(e.date, len(e.evidence)) for e in timeline] == expected


def test_entries_keep_precision_range_and_inference():
    timeline = build_timeline([C, D], [mention(C, "Sunday", "2025-03-02", "weekday-in-window", inferred=True),
                                       mention(D, "April", "2025-04-01", "month", "2025-04-30")])
    assert [(e.precision, e.end_date, e.inferred) for e in timeline] == [
        ("weekday-in-window", None, True), ("month", "2025-04-30", False)]
    assert timeline[0].text.startswith("Residents of Lower Quay")
    assert C.text[timeline[0].evidence[0].start:timeline[0].evidence[0].end] == timeline[0].text


# Undated reports as scrapers keep them (written for this test after the reporting of the
# Zambian drought of February 2024 and of the strikes on Ukraine in October 2022): no
# metadata, a dateline, an update line or only dates of earlier events.
UNDATED_REPORTS = [
    "Zambia declares drought a national disaster\nLast updated on February 29, 2024 at 6:10 pm\n"
    "LUSAKA — President Hakainde Hichilema on Thursday declared the drought a national disaster, saying the dry "
    "spell had destroyed about half of the maize crop planted since November.\n",
    "Ukraine asks allies for air defence after strikes\nKYIV, Oct 11 (Reuters) - Ukraine's president on "
    "Tuesday asked Western leaders for more air defence systems after the biggest missile strikes since Russia "
    "invaded on Feb. 24, 2022 hit cities across the country on Monday.\n",
]


@pytest.mark.parametrize("text", UNDATED_REPORTS)
def test_undated_report_has_a_timeline(text):
    """A report with no publication date in metadata still dates what it tells, marked inferred."""
    (report,) = read_text(text, Origin("r.txt", "r", "r"))
    timeline = build_timeline([report], resolve_story_dates([report]))
    assert report.published_inferred is not None
    assert timeline and any(event.inferred for event in timeline)
