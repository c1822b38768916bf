"""Properties of the annotate stages on hostile text: entities, quotes and speakers, attribution and dates
never raise, and every record's offsets point inside the document text and slice to the recorded text
(issue 14). spaCy is loaded once per process (nlp.load is cached); each example parses one text."""

from __future__ import annotations

from datetime import date

import pytest

from hypothesis import strategies as st

from newsweave.annotate import nlp
from newsweave.annotate.attribution import extract_attributions
from newsweave.annotate.dates import extract_dates, find_date_expressions, resolve, resolve_story_dates
from newsweave.annotate.entities import extract_mentions, merge_entities
from newsweave.annotate.quotes import extract_quotes, quote_spans
from newsweave.annotate.story import annotate_story
from newsweave.model import Document
from tests.properties import LONG_LINE, PUBLISHED, date_phrases, long_lines, page_texts, property_test, quoted_texts, stories, texts

TYPES = {"PERSON", "ORG", "PLACE", "OUTLET"}
PRECISIONS = {"day", "week", "month", "year", "weekday-in-window", "unknown"}
KINDS = {"direct", "indirect", "partial"}


def inside(text: str, start: int | None, end: int | None) -> bool:
    return start is not None and end is not None and 0 <= start <= end <= len(text)


def assert_no_stage_failed(doc: Document) -> None:
    """The stages' catch-alls keep a run going; on any text they should have nothing to catch."""
    assert not [w for w in doc.warnings if "skipped after" in w], doc.warnings


# Parsed by spaCy in every example: no LONG_LINE here (test_long_lines below takes a few).
TEXT = st.one_of(texts(), quoted_texts(), page_texts(max_lines=12, long=False))


@property_test(200, text=TEXT)
def test_entities_quotes_and_attribution(text: str) -> None:
    """Mentions, quotes, speakers and attributions of any text slice to what they record."""
    sdoc = next(nlp.parse([text]))
    mentions = list(extract_mentions("d", sdoc))
    for m in mentions:
        assert inside(text, m.start, m.end) and text[m.start:m.end] == m.text and m.text.strip(), m
        assert m.type in TYPES
    for entity in merge_entities(mentions, ["Gazette", "example.com"]):
        assert entity.name and entity.mentions and entity.type in TYPES
    for q in extract_quotes("d", sdoc):
        assert inside(text, q.start, q.end) and text[q.start:q.end] == q.text, q
        assert q.kind in KINDS
        if q.speaker_start is not None:
            assert inside(text, q.speaker_start, q.speaker_end) and text[q.speaker_start:q.speaker_end] == q.speaker, q
    for a in extract_attributions("d", sdoc, ["Gazette"]):
        assert inside(text, a.start, a.end) and a.authority and a.cue, a
        if a.authority_start is not None:
            assert inside(text, a.authority_start, a.authority_end), a
            assert text[a.authority_start:a.authority_end] == a.authority, a


@property_test(300, text=st.one_of(TEXT, long_lines()))
def test_quote_spans(text: str) -> None:
    """Quoted spans lie inside the text, in order, without overlapping, each opening on a mark."""
    at = 0
    for start, end in quote_spans(text):
        assert at <= start < end <= len(text)
        assert text[start] in "“„«\"'"
        at = end


@property_test(300, text=st.one_of(texts(), page_texts(), long_lines()), published=PUBLISHED)
def test_extract_dates(text: str, published: str | None) -> None:
    """Every date found slices to its text and resolves to real ISO days, start before end."""
    for span in find_date_expressions(text):
        assert inside(text, span.start, span.end) and text[span.start:span.end] == span.text
    for mention in extract_dates("d", text, published):
        assert inside(text, mention.start, mention.end) and text[mention.start:mention.end] == mention.text
        assert mention.precision in PRECISIONS
        assert (mention.value is None) == (mention.precision == "unknown")
        if mention.value is not None:
            assert date.fromisoformat(mention.value) <= date.fromisoformat(mention.end_value or mention.value)


@property_test(300, phrase=date_phrases(), base=st.one_of(st.none(), st.dates()))
def test_resolve_any_date_phrase(phrase: str, base: date | None) -> None:
    """Any date from year 1 to 9999, or range of any length, resolves to real days or to unknown."""
    mention = resolve(phrase, base)
    assert mention.precision in PRECISIONS
    if mention.value is not None:
        assert date.fromisoformat(mention.value) <= date.fromisoformat(mention.end_value or mention.value)


@property_test(100, docs=stories())
def test_story_dates(docs: list[Document]) -> None:
    """A story's dates, undated reports read against an inferred window, all slice to their text."""
    texts_of = {d.id: d.text for d in docs}
    for mention in resolve_story_dates(docs):
        text = texts_of[mention.doc]
        assert inside(text, mention.start, mention.end) and text[mention.start:mention.end] == mention.text
        assert mention.precision in PRECISIONS
        if mention.value is not None:
            assert date.fromisoformat(mention.value) <= date.fromisoformat(mention.end_value or mention.value)
    for doc in docs:
        assert_no_stage_failed(doc)


@property_test(60, docs=stories())
def test_annotate_story(docs: list[Document]) -> None:
    """The whole annotate stage: no extractor gives up on a document, and every record points into its text."""
    found = annotate_story(docs)
    texts_of = {d.id: d.text for d in docs}
    for doc in docs:
        assert_no_stage_failed(doc)
    for entity in found.entities:
        for m in entity.mentions:
            assert texts_of[m.doc][m.start:m.end] == m.text
    ids = {e.id for e in found.entities}
    for q in found.quotes:
        assert texts_of[q.doc][q.start:q.end] == q.text
        assert q.speaker_entity is None or q.speaker_entity in ids
    for a in found.attributions:
        assert inside(texts_of[a.doc], a.start, a.end)
        assert a.authority_entity is None or a.authority_entity in ids


@pytest.mark.parametrize("unit", ["word ", "1", *(pytest.param(u, marks=pytest.mark.slow) for u in ("“said ", "| ", "Jane Doe said “"))])
def test_long_lines(unit: str) -> None:
    """A line of LONG_LINE characters goes through every annotate stage, its records inside the text (the
    lines of many cues parse for a minute each: under the slow marker)."""
    text = "The mayor said on Monday that the gates failed.\n" + (unit * (LONG_LINE // len(unit) + 1))[:LONG_LINE]
    doc = Document(id="d", path="d", format="text", raw=text, text=text, published="2025-03-04")
    found = annotate_story([doc])
    assert_no_stage_failed(doc)
    for record in (*found.quotes, *found.attributions, *found.dates):
        assert inside(text, record.start, record.end)
