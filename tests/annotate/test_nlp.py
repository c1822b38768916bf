"""The shared parse: entities stay within a paragraph (a line of cleaned text)."""

from __future__ import annotations

import pytest

from newsweave.annotate import nlp


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a caption's credit above the next paragraph's name: the tagger ran them into one person
        ("Fernando Caudevilla, AKA DoctorX. Photo: Joseph Cox\nCaudevilla first ventured into Silk Road forums in April 2013.",
         [("Fernando Caudevilla", "PERSON"), ("Joseph Cox", "PERSON"), ("Caudevilla", "PERSON"), ("Silk Road", "LOC"), ("April 2013", "DATE")]),
        # within a line nothing changes
        ("Fernando Caudevilla first ventured into Silk Road forums in April 2013.",
         [("Fernando Caudevilla", "PERSON"), ("first", "ORDINAL"), ("Silk Road", "LOC"), ("April 2013", "DATE")]),
    ],
)
def test_entities_within_lines(text: str, expected: list[tuple[str, str]]) -> None:
    sdoc = next(nlp.parse([text]))
    assert [(ent.text, ent.label_) for ent in sdoc.ents] == expected
