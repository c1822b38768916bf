"""Properties of the synthesize stages on hostile text: sentence splitting, claims, stance, brief and
timeline never raise, and every record's span points inside its document and slices to its text
(issue 14). The stories are annotated for real (spaCy) and embedded for real (MiniLM, int8 ONNX)."""

from __future__ import annotations

from datetime import date

from hypothesis import strategies as st

from newsweave.annotate.dates import resolve_story_dates
from newsweave.annotate.story import annotate_story
from newsweave.model import Document
from newsweave.synthesize.brief import write_brief
from newsweave.synthesize.claims import CachedEmbedder, align_claims
from newsweave.synthesize.embed import MiniLMEmbedder
from newsweave.synthesize.sentences import document_sentences, split_sentences, word_count
from newsweave.synthesize.sources import CORROBORATED, DISPUTED, SINGLE_SOURCE, count_sources
from newsweave.synthesize.stance import stance
from newsweave.synthesize.timeline import PRECISION_ORDER, build_timeline
from tests.properties import long_lines, page_texts, property_test, quoted_texts, stories, texts

STANCES = {"asserts", "denies", "reports"}
LABELS = {CORROBORATED, SINGLE_SOURCE, DISPUTED}
EMBEDDER = CachedEmbedder(MiniLMEmbedder("onnx"))


def points_into(texts_of: dict[str, str], doc: str, start: int, end: int, text: str | None = None) -> None:
    assert 0 <= start < end <= len(texts_of[doc]), (doc, start, end)
    if text is not None:
        assert texts_of[doc][start:end] == text, (texts_of[doc][start:end], text)


@property_test(300, text=st.one_of(texts(), quoted_texts(), page_texts(), long_lines()), title=texts(max_fragments=5))
def test_sentences_slice_to_their_text(text: str, title: str) -> None:
    """Sentences lie inside the document, in order, never overlapping, each the slice it records."""
    doc = Document(id="d", path="d", format="text", title=title, raw=text, text=text)
    at = 0
    for index, sentence in enumerate(document_sentences(doc)):
        assert sentence.index == index and at <= sentence.start
        points_into({"d": text}, "d", sentence.start, sentence.end, sentence.text)
        assert sentence.text == sentence.text.strip()
        at = sentence.end


@property_test(200, text=st.one_of(texts(), quoted_texts()))
def test_stance_of_any_sentence(text: str) -> None:
    """Any text, and any text read against a claim, has one of the three stances."""
    assert stance(text).label in STANCES
    assert stance(text, "The gates failed on Sunday.").label in STANCES


@property_test(150, docs=stories())
def test_timeline(docs: list[Document]) -> None:
    """Events are in date order, each period well formed, each piece of evidence a sentence of its report."""
    timeline = build_timeline(docs, resolve_story_dates(docs))
    texts_of = {d.id: d.text for d in docs}
    keys = [(e.date, PRECISION_ORDER.get(e.precision, 9), e.end_date or e.date) for e in timeline]
    assert keys == sorted(keys)
    for event in timeline:
        assert date.fromisoformat(event.date) < date.fromisoformat(event.end_date) if event.end_date else True
        assert event.evidence and event.text
        for ev in event.evidence:
            points_into(texts_of, ev.doc, ev.start, ev.end)
        assert any(texts_of[ev.doc][ev.start:ev.end] == event.text for ev in event.evidence)


@property_test(40, docs=stories(), words=st.integers(0, 200), focus=st.one_of(st.none(), texts(max_fragments=5)))
def test_claims_and_brief(docs: list[Document], words: int, focus: str | None) -> None:
    """Claims of annotated hostile text: members slice to their sentences, labels are known; the brief
    keeps within its budget, quotes sentences of the reports that carry its claims and cites only those."""
    found = annotate_story(docs)
    texts_of = {d.id: d.text for d in docs}
    claims = align_claims(docs, split_sentences(docs), found.attributions, [], EMBEDDER, found.entities)
    claims = count_sources(claims, docs, [], found.entities)
    for claim in claims:
        assert claim.id and claim.text and claim.members and claim.label in LABELS
        for member in (*claim.members, *claim.denials):
            points_into(texts_of, member.doc, member.start, member.end, member.text)
            assert member.stance in STANCES
    brief = write_brief(claims, docs, words, focus, EMBEDDER)
    assert sum(word_count(s.statement) for s in brief) <= max(words, 0)
    by_id = {c.id: c for c in claims}
    for sentence in brief:
        claim = by_id[sentence.claim]
        # the claim's sentence, whole as a report carrying the claim wrote it
        assert any(sentence.statement in texts_of[doc] for doc in claim.documents) and sentence.statement in sentence.text
        assert sentence.citations and set(sentence.citations) <= set(claim.documents)

