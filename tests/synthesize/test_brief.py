"""The brief: every sentence cited, the budget held, weak claims marked, never stated as fact."""

from __future__ import annotations

import pytest

from newsweave.model import Claim, ClaimMember, Document
from newsweave.synthesize.brief import _signature, _words, write_brief
from newsweave.synthesize.embed import MiniLMEmbedder
from newsweave.synthesize.sentences import word_count
from newsweave.synthesize.sources import CORROBORATED, DISPUTED, SINGLE_SOURCE


@pytest.fixture(scope="module")
def embedder() -> MiniLMEmbedder:
    return MiniLMEmbedder()


DOCS = [
    Document(id="a", path="a", format="text", source="Alpha News", published="2025-03-03", text="x" * 400),
    Document(id="b", path="b", format="text", source="Beta Post", published="2025-03-04", text="x" * 400),
    Document(id="c", path="c", format="text", source="Gamma Radio", published="2025-03-02", text="x" * 400),
]


def claim(cid: str, text: str, docs: list[str], label: str, sources: list[str], denier: str | None = None) -> Claim:
    members = [ClaimMember(doc=d, start=10 * i, end=10 * i + len(text), text=text, stance="asserts") for i, d in enumerate(docs)]
    denials = [ClaimMember(doc="c", start=0, end=5, text="It denied it.", stance="denies", speaker=denier)] if denier else []
    return Claim(id=cid, text=text, members=members, denials=denials, independent_sources=len(sources), sources=sources, label=label)


CLAIMS = [
    claim("c1", "Two of the four gates of the barrier failed to close during the storm surge on Sunday.", ["a", "b", "c"], CORROBORATED, ["Alpha News", "Beta Post", "Gamma Radio"]),
    claim("c2", "The mayor ordered an independent engineering review of the harbor barrier on Monday.", ["a", "b"], CORROBORATED, ["Alpha News", "Beta Post"]),
    claim("c3", "Federal auditors will examine how a grant of 48 million dollars was spent on the barrier.", ["b"], SINGLE_SOURCE, ["Beta Post"]),
    claim("c4", "The inspection findings were sent to the contractor twelve days before the certification.", ["a"], DISPUTED, ["Alpha News"], denier="Kestrel"),
    claim("c5", "About 1,200 residents of the waterfront neighbourhood were evacuated from their homes overnight.", ["c", "a"], CORROBORATED, ["Gamma Radio", "Alpha News"]),
]


@pytest.mark.parametrize("words", [0, 10, 20, 40, 60, 120, 250])
def test_budget_holds_and_every_sentence_cites(words, embedder):
    brief = write_brief(CLAIMS, DOCS, words=words, embedder=embedder)
    assert sum(word_count(s.statement) for s in brief) <= words
    by_id = {c.id: c for c in CLAIMS}
    for sentence in brief:
        assert sentence.citations == by_id[sentence.claim].documents  # every supporting document
        assert sentence.citations


@pytest.mark.parametrize(("cid", "marker"), [
    ("c1", None),
    ("c2", None),
    ("c3", "(according to Beta Post alone)"),
    ("c4", "(Kestrel disputes this)"),
])
def test_single_source_and_disputed_marked(cid, marker, embedder):
    brief = {s.claim: s for s in write_brief(CLAIMS, DOCS, words=250, embedder=embedder)}
    sentence = brief[cid]
    if marker is None:
        assert sentence.text == sentence.statement
    else:
        assert sentence.text.endswith(marker)
        assert sentence.label in (SINGLE_SOURCE, DISPUTED)


def test_best_supported_first_and_read_in_date_order(embedder):
    brief = write_brief(CLAIMS, DOCS, words=20, embedder=embedder)
    assert [s.claim for s in brief] == ["c1"]  # the only claim of three sources comes first
    full = write_brief(CLAIMS, DOCS, words=250, embedder=embedder)
    earliest = [min((d.published for d in DOCS if d.id in s.citations)) for s in full]
    assert earliest == sorted(earliest)


@pytest.mark.parametrize(("focus", "expected"), [
    ("Will federal auditors examine how the grant was spent?", "c3"),
    ("How many residents were evacuated from their homes?", "c5"),
])
def test_focus_bends_selection(focus, expected, embedder):
    focused = write_brief(CLAIMS, DOCS, words=35, focus=focus, embedder=embedder)
    plain = write_brief(CLAIMS, DOCS, words=35, embedder=embedder)
    assert expected in [s.claim for s in focused]
    assert expected not in [s.claim for s in plain]


def test_no_claims_no_brief(embedder):
    assert write_brief([], DOCS, words=120, embedder=embedder) == []


# A quote alone, in curly or straight marks, needs its speaker's sentence: never a brief sentence.
BARE_QUOTES = [
    "\u201cEvery gate passed its certification test on the day of the inspection.\u201d",
    '"Every gate passed its certification test on the day of the inspection."',
    "\u2018Every gate passed its certification test on the day of the inspection.\u2019",
]


@pytest.mark.parametrize("text", BARE_QUOTES)
def test_bare_quote_is_left_out(text, embedder):
    quoted = claim("q", text, ["a", "b"], CORROBORATED, ["Alpha News", "Beta Post"])
    assert "q" not in [s.claim for s in write_brief([quoted, *CLAIMS], DOCS, words=250, embedder=embedder)]


@pytest.mark.parametrize(("text", "expected"), [
    ("The gates failed to close.", {"gate", "failed", "close"}),
    ("Residents' homes: 300 flooded!", {"resident", "home", "flooded"}),
    ("The press was told the mass evacuation is over.", {"press", "told", "mass", "evacuation"}),
    ("", set()),
])
def test_words(text, expected):
    assert _words(text) == expected


def test_signature_favours_the_words_every_report_uses():
    docs = {d.id: Document(id=d.id, path=d.id, format="text", text=text)
            for d, text in zip(DOCS, ["The barrier gates failed.", "Gates of the barrier failed again.", "The barrier gates held a pier."])}
    common, rare = _signature([_words("barrier gates"), _words("pier held")], docs)
    assert common == pytest.approx(1.0) and rare == pytest.approx(1 / 3)
