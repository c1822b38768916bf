"""The shared parse: entities are names alone, within a paragraph (a line of cleaned text), without a possessive,
a company's name an organisation."""

from __future__ import annotations

import pytest

from newsweave.annotate import nlp


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a caption's credit above the next paragraph's name: the tagger ran them into one person
        ("Fernando Caudevilla, AKA DoctorX. Photo: Joseph Cox\nCaudevilla first ventured into Silk Road forums in April 2013.",
         [("Fernando Caudevilla", "PERSON"), ("Joseph Cox", "PERSON"), ("Caudevilla", "PERSON"), ("Silk Road", "LOC"), ("April 2013", "DATE")]),
        # the tagger takes the possessive in; a speaker named after the span kept it (the web pile: "Julian Assange's")
        ("With the end of Julian Assange's legal troubles in Sweden, one long chapter is over.",
         [("Julian Assange", "PERSON"), ("Sweden", "GPE"), ("one", "CARDINAL")]),
        # a company's last word makes the tagger's person an organisation (the web pile: BBC News, Fox News); not a surname
        ("Dick Clark Productions denied that it had settled.", [("Dick Clark Productions", "ORG")]),
        ("Margaret Court won the title in 1970.", [("Margaret Court", "PERSON"), ("1970", "DATE")]),
        # a verb or a role the tagger ran into a name is no part of it (the web pile: "rang Taylor" kept the patient's
        # "Taylor"s from "Martin Taylor"); a name's particle is
        ("Dempsey picked up the phone and rang Taylor.", [("Taylor", "PERSON")]),
        ("The neon signs were perfect for the street, de Miranda said.", [("de Miranda", "PERSON")]),
        # nor the clause the tagger ran an organisation into (the web pile: "American Music Awards after Swift" was the
        # speaker of Swift's accusation); a name's own lowercase word stays
        ("On Monday, Big Machine Records issued a statement that appeared to make it possible for Swift to perform her songs "
         "at the upcoming American Music Awards after Swift publicly scolded her former label, accusing the Braun-owned "
         "company of preventing her from performing her earlier hits.",
         [("Monday", "DATE"), ("Big Machine Records", "ORG"), ("Swift", "PRODUCT"), ("American Music Awards", "ORG"), ("Braun", "ORG")]),
        ("The Bank of America said profits rose.", [("The Bank of America", "ORG")]),
        ("“All it took was one bad infection and Mike would wipe out every penny he had,” Teresa Nielsen Hayden explained.",
         [("one", "CARDINAL"), ("Mike", "PERSON"), ("every penny", "MONEY"), ("Teresa Nielsen Hayden", "WORK_OF_ART")]),
        # within a line nothing changes
        ("Fernando Caudevilla first ventured into Silk Road forums in April 2013.",
         [("Fernando Caudevilla", "PERSON"), ("first", "ORDINAL"), ("Silk Road", "LOC"), ("April 2013", "DATE")]),
    ],
)
def test_entities_are_names_alone(text: str, expected: list[tuple[str, str]]) -> None:
    sdoc = next(nlp.parse([text]))
    assert [(ent.text, ent.label_) for ent in sdoc.ents] == expected


@pytest.mark.parametrize(
    ("word", "suffix", "pos", "expected"),
    [
        # a verb's participle, an adjective's adverb: words that open a sentence and NER runs into names
        ("questioning", "ing", "verb", True),
        ("hosting", "ing", "verb", True),
        ("slamming", "ing", "verb", True),  # a doubled consonant
        ("naturally", "ly", "adj", True),
        ("impressively", "ly", "adj", True),
        ("happily", "ly", "adj", True),  # "y" as "i"
        ("simply", "ly", "adj", True),  # "-le"
        # given names with those endings
        ("sterling", "ing", "verb", False),
        ("irving", "ing", "verb", False),
        ("emily", "ly", "adj", False),
        ("kelly", "ly", "adj", False),
        ("king", "ing", "verb", False),  # too short a stem to tell
    ],
)
def test_inflected(word: str, suffix: str, pos: str, expected: bool) -> None:
    assert nlp.inflected(word, suffix, pos) is expected


@pytest.mark.parametrize(
    ("lengths", "size", "max_chars", "expected"),
    [
        ([10] * 5, 2, 1000, [[10, 10], [10, 10], [10]]),  # by count
        ([40, 40, 40, 10], 64, 100, [[40, 40], [40, 10]]),  # by characters: the parse's memory follows them
        ([10, 500, 10], 64, 100, [[10], [500], [10]]),  # a text longer than the bound is a batch alone
        ([], 64, 100, []),
    ],
)
def test_batches(lengths: list[int], size: int, max_chars: int, expected: list[list[int]]) -> None:
    texts = ["x" * n for n in lengths]
    assert [[len(t) for t in batch] for batch in nlp._batches(texts, size, max_chars)] == expected


def test_parse_keeps_order_across_batches() -> None:
    texts = [f"Ana Lind said the gates failed on day {k}." for k in range(70)]  # more than one batch of 64
    assert [d.text for d in nlp.parse(texts)] == texts


@pytest.mark.parametrize(
    ("text", "proposed", "label", "expected"),
    [
        # a name stops before a clause or a verb the tagger ran it into ...
        ("The American Music Awards after Swift spoke were quiet.", "American Music Awards after Swift", "ORG", "American Music Awards"),
        ("Teresa Nielsen Hayden explained it.", "Teresa Nielsen Hayden explained", "WORK_OF_ART", "Teresa Nielsen Hayden"),
        # ... a date or an amount is no name, and keeps its words
        ("They met the day before Christmas.", "the day before Christmas", "DATE", "the day before Christmas"),
        ("It rose two percent after the vote.", "two percent after the vote", "PERCENT", "two percent after the vote"),
    ],
)
def test_name_bounds(text: str, proposed: str, label: str, expected: str) -> None:
    """The bounds set on a span proposed by hand (so the test does not depend on what the model tags)."""
    sdoc = nlp.load()(text)
    start = text.index(proposed)
    span = sdoc.char_span(start, start + len(proposed), label=label, alignment_mode="expand")
    first, last = nlp._name_bounds(span)
    assert sdoc[first:last].text == expected
