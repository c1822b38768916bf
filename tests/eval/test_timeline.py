"""The timeline scorer: marked sentences of one date that share an SCU are one event; a merged pair is scored."""

from __future__ import annotations

import pytest

from eval.claims import Counts, Line, Topic
from eval.timeline import NEVER, _count, _dated
from newsweave.model import DateMention, Document

A = "On Monday the dam at Alder broke after heavy rain.\nThe mayor spoke on Monday about schools."
B = "The Alder dam broke on Monday after days of heavy rain.\nA bridge closed in 1998."


def _topic() -> Topic:
    docs = [Document(id=i, path=i, format="text", source=i[:3], raw=t, text=t) for i, t in (("APW19990302.0001", A), ("NYT19990303.0002", B))]
    first, second = A.split("\n"), B.split("\n")
    marked = [
        Line(docs[0].id, 0, len(first[0]), first[0], frozenset({"dam"})),
        Line(docs[0].id, len(first[0]) + 1, len(A), first[1], frozenset({"mayor"})),
        Line(docs[1].id, 0, len(second[0]), second[0], frozenset({"dam"})),
        Line(docs[1].id, len(second[0]) + 1, len(B), second[1], frozenset({"bridge"})),
    ]
    return _dated(Topic("D0601a", docs, marked))


def _monday(doc: str, text: str) -> DateMention:
    at = text.index("Monday")
    return DateMention(doc, "Monday", at, at + 6, "1999-03-01", "day")


def _dates(topic: Topic) -> list[DateMention]:
    a, b = topic.docs
    second_monday = A.index("Monday", A.index("mayor"))
    return [_monday(a.id, A), DateMention(a.id, "Monday", second_monday, second_monday + 6, "1999-03-01", "day"),
            _monday(b.id, B), DateMention(b.id, "1998", B.index("1998"), B.index("1998") + 4, "1998-01-01", "year")]


# (same_event_overlap, tp / fp / fn): the three Monday sentences are the pairs; the dam's two are the gold one
CASES = [
    (0.0, (1, 2, 0)),  # one date, one event: every pair merged
    (0.2, (1, 0, 0)),  # the dam sentences share their words, the mayor's do not
    (NEVER, (0, 0, 1)),  # each sentence its own event
]


@pytest.mark.parametrize(("overlap", "expected"), CASES)
def test_pairs_of_one_date_scored_against_scus(overlap, expected):
    topic = _topic()
    counts = Counts()
    _count(topic, _dates(topic), overlap, counts)
    assert (counts.tp, counts.fp, counts.fn) == expected


def test_reports_dated_by_their_document_id():
    assert [d.published for d in _topic().docs] == ["1999-03-02", "1999-03-03"]
