"""Who said what in the example corpus, against its answer key (tests/data/harbor_flood_truth.json).

Issue 3's "done means" for speech: every quote's speaker right, every anonymous authority
flagged, every outlet that a report names as its source found. A key quote is found when one of
our quotes in its report contains its words (or they contain ours, or ours holds most of them:
the key sometimes keeps a trailing cue, "..., the newspaper reported"); its speaker is right when
the entity our quote links to has the key's canonical name, or, for an anonymous source, when
our quote is flagged anonymous. The counts are printed with `pytest -s`.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from newsweave.model import Attribution, Dossier, Quote
from newsweave.pipeline import analyze

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = ROOT / "examples" / "harbor-flood"
TRUTH = ROOT / "tests" / "data" / "harbor_flood_truth.json"
KEY = json.loads(TRUTH.read_text(encoding="utf-8")) if TRUTH.exists() else {"quotes": [], "anonymous_authorities": [], "cited_outlets": [], "cited_outlets_other_cues": []}
WORD = re.compile(r"\w+")
# Share of a key quote's words one of ours must hold when neither text contains the other.
MIN_WORD_SHARE = 0.6


def _form(text: str) -> str:
    """A name or quote as the answer key compares them: case, curly apostrophes, "the" and edge
    punctuation aside."""
    text = text.replace("’", "'").replace("\n", " ").casefold().strip().strip("“”\"' ").rstrip(".,").strip()
    return re.sub(r"^the\s+", "", text)


@pytest.fixture(scope="module")
def dossier() -> Dossier:
    if not EXAMPLE.exists() or not TRUTH.exists():
        pytest.skip("examples/harbor-flood or its answer key is absent")
    return analyze([EXAMPLE])


@pytest.fixture(scope="module")
def doc_of(dossier) -> dict[str, str]:
    """Answer-key report key ("file" or "file#record") -> our document id."""
    found = {}
    for report in KEY["reports"]:
        docs = [d for d in dossier.documents if Path(d.path).name == report["file"]]
        found[report["key"]] = docs[report["record"] or 0].id
    return found


def _holds(ours: str, key: str) -> bool:
    ours, key = _form(ours), _form(key)
    if key in ours or (ours and ours in key and len(ours) * 2 > len(key)):
        return True
    words = WORD.findall(key)
    return bool(words) and sum(w in set(WORD.findall(ours)) for w in words) >= MIN_WORD_SHARE * len(words)


def _speaker_right(dossier: Dossier, quote: Quote, expected: dict) -> bool:
    if expected["speaker"] is None:
        return quote.anonymous
    names = {e.id: e.name for e in dossier.entities}
    return quote.speaker_entity is not None and _form(names[quote.speaker_entity]) == _form(expected["speaker"])


def _quote_for(dossier: Dossier, doc: str, expected: dict) -> Quote | None:
    candidates = [q for q in dossier.quotes if q.doc == doc and _holds(q.text, expected["text"])]
    right = [q for q in candidates if _speaker_right(dossier, q, expected)]
    return (right or candidates or [None])[0]


@pytest.mark.parametrize("expected", KEY["quotes"], ids=lambda q: f"{q['file']}:{q['text'][:30]}")
def test_quote_found_with_its_speaker(dossier, doc_of, expected):
    quote = _quote_for(dossier, doc_of[expected["file"]], expected)
    assert quote is not None, "quote not found"
    assert _speaker_right(dossier, quote, expected), f"speaker {quote.speaker!r} -> {quote.speaker_entity}, key {expected['speaker']!r}"


@pytest.mark.parametrize("expected", KEY["anonymous_authorities"], ids=lambda a: f"{a['file']}:{a['text']}")
def test_anonymous_authority_flagged(dossier, doc_of, expected):
    doc = doc_of[expected["file"]]
    found = [a for a in dossier.attributions if a.doc == doc and (_form(a.authority) in _form(expected["text"]) or _form(expected["text"]) in _form(a.authority))]
    assert found, "authority not found"
    assert all(a.anonymous for a in found)
    if expected.get("via"):
        assert any(a.via and _form(a.via) == _form(expected["via"]) for a in found)


def _names_outlet(item: Attribution, outlet: str) -> bool:
    return item.via is not None and (_form(item.via) == _form(outlet) or _form(outlet).endswith(_form(item.via)))


@pytest.mark.parametrize("expected", KEY["cited_outlets"] + KEY["cited_outlets_other_cues"], ids=lambda c: f"{c['file']}:{c['text']}")
def test_outlet_named_as_source_found(dossier, doc_of, expected):
    doc = doc_of[expected["file"]]
    found = [a for a in dossier.attributions if a.doc == doc and _names_outlet(a, expected["outlet"])]
    assert found, "outlet not found"
    if expected.get("first_to_report"):
        assert any(a.first_to_report for a in found)


def test_speech_counts(dossier, doc_of):
    """The figures for the report: quotes found, speakers right, authorities, outlets."""
    quotes = [(e, _quote_for(dossier, doc_of[e["file"]], e)) for e in KEY["quotes"]]
    found = sum(q is not None for _, q in quotes)
    right = sum(q is not None and _speaker_right(dossier, q, e) for e, q in quotes)
    print(f"\nquotes found {found}/{len(quotes)}, speakers right {right}/{len(quotes)}")
    assert right == found == len(quotes)


@pytest.mark.parametrize("expected", KEY.get("not_quotes", []), ids=lambda q: q["text"])
def test_titles_in_quotation_marks_are_no_quotes(dossier, doc_of, expected):
    doc = doc_of[expected["file"]]
    assert [q.text for q in dossier.quotes if q.doc == doc and _form(q.text) == _form(expected["text"])] == []
