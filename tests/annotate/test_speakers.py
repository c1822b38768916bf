"""Speakers: the source phrase cut from the parse, and the name it resolves to, one row per case."""

from __future__ import annotations

import pytest

from newsweave.annotate import nlp
from newsweave.annotate.speakers import SpeakerResolver, noun_phrase


def phrase_of(text: str, word: str) -> str:
    sdoc = next(nlp.parse([text]))
    head = next(t for t in sdoc if t.text == word)
    start, end = noun_phrase(head)
    return text[start:end]


def resolved(text: str, source: str, occurrence: int = 0) -> tuple[str | None, bool]:
    """The name the `occurrence`-th `source` in `text` resolves to, and whether it is anonymous."""
    sdoc = next(nlp.parse([text]))
    resolver = SpeakerResolver(sdoc)
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(source, start + 1)
    speaker = resolver.resolve((start, start + len(source)))
    return speaker.name, speaker.anonymous


@pytest.mark.parametrize(
    ("text", "head", "expected"),
    [
        ("Dmitry Peskov, who speaks for the Kremlin, said nothing.", "Peskov", "Dmitry Peskov"),
        ("Alder & Finch wrote the report.", "Finch", "Alder & Finch"),  # a name is never cut
        ("A spokesperson for the ministry said the talks were over.", "spokesperson", "A spokesperson for the ministry"),
    ],
)
def test_noun_phrase(text: str, head: str, expected: str) -> None:
    assert phrase_of(text, head) == expected


@pytest.mark.parametrize(
    ("text", "source", "occurrence", "expected"),
    [
        ("Anna Berg opened the meeting. Berg said the vote would go ahead.", "Berg", 1, ("Anna Berg", False)),
        ("Officials said the storm had passed.", "Officials", 0, ("Officials", True)),
        (
            "Kestrel Marine Works repaired the gates. The company said it had received no warning.",
            "The company", 0, ("Kestrel Marine Works", False),
        ),
        (  # a copy of a document speaks for its author, named in the next sentence
            "The gates were flagged, according to a copy of the inspection report obtained by The Harbor Gazette. "
            "The report, prepared by the engineering firm Alder & Finch, urged repairs.",
            "a copy of the inspection report obtained by The Harbor Gazette", 0, ("the engineering firm Alder & Finch", False),
        ),
        (  # a named person keeps their name over an organisation in apposition
            "Dean Baker, Center for Economic and Policy Research, disagreed.",
            "Dean Baker, Center for Economic and Policy Research", 0, ("Dean Baker", False),
        ),
        ("They said the plan would fail.", "They", 0, (None, False)),
    ],
)
def test_resolution(text: str, source: str, occurrence: int, expected: tuple) -> None:
    assert resolved(text, source, occurrence) == expected
