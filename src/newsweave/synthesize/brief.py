"""The brief: a short account built from the best supported claims, every sentence cited.

Selection is MMR (maximal marginal relevance): each step takes the claim whose relevance,
less its similarity to what is already chosen, is highest. Relevance mixes support
(independent sources, then documents), centrality (closeness to the story as a whole, in
meaning and in the words most of its reports use), the position of the claim in its reports
(news puts what matters first) and, with `focus`, the closeness to the question, in meaning
and in words. The chosen sentences are ordered by their reports' publication
dates and positions. A single-source or disputed claim is marked in its text ("according to
X alone", "X disputes this") and never stated as settled fact.

The word budget counts the statements, not the markers and citations: those are provenance
apparatus the renderers show beside the text, like the citation links.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

import numpy as np
from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

from newsweave.model import BriefSentence, Claim, Document
from newsweave.synthesize.embed import Embedder, MiniLMEmbedder
from newsweave.synthesize.sentences import word_count
from newsweave.synthesize.sources import DISPUTED, SINGLE_SOURCE
from newsweave.settings import current as _settings

# Quotes alone ("“That is a problem all by itself.”") need their speaker's sentence to make sense:
# a statement that opens with a mark of these and ends with one (or with a period) is left out.
QUOTE_MARKS = "“”\"'‘’`"
_WORD = re.compile(r"[^\W\d_]+")


def write_brief(
    claims: Sequence[Claim],
    docs: Sequence[Document],
    words: int = 120,
    focus: str | None = None,
    embedder: Embedder | None = None,
) -> list[BriefSentence]:
    """At most `words` words of statements, best supported first, ordered to read well.

    `embedder` should be the one the claims stage used (claims.CachedEmbedder) so the
    vectors are not computed twice; without one, MiniLM is loaded.
    """
    by_id = {d.id: d for d in docs}
    candidates = [c for c in claims if c.members and _usable(c.text)]
    if not candidates or words <= 0:
        return []
    embedder = embedder or MiniLMEmbedder()
    vectors = embedder.encode([c.text for c in candidates])
    relevance = _relevance(candidates, vectors, by_id, focus, embedder)

    chosen: list[int] = []
    budget = words
    left = set(range(len(candidates)))
    while left and budget >= _settings().brief.min_sentence_words:
        redundancy = (vectors[list(left)] @ vectors[chosen].T).max(axis=1) if chosen else np.zeros(len(left))
        mmr = _settings().brief.mmr_lambda
        order = sorted(zip(left, mmr * relevance[list(left)] - (1 - mmr) * redundancy, strict=True), key=lambda x: -x[1])
        pick = next((i for i, _ in order if word_count(candidates[i].text) <= budget), None)
        if pick is None:
            break
        chosen.append(pick)
        left.discard(pick)
        budget -= word_count(candidates[pick].text)

    picked = sorted((candidates[i] for i in chosen), key=lambda c: _reading_order(c, by_id))
    return [_sentence(c, by_id) for c in picked]


def _usable(text: str) -> bool:
    stripped = text.strip()
    return word_count(stripped) >= _settings().brief.min_sentence_words and not (stripped[0] in QUOTE_MARKS and stripped[-1] in QUOTE_MARKS + ".")


def _relevance(
    claims: Sequence[Claim],
    vectors: np.ndarray,
    docs: dict[str, Document],
    focus: str | None,
    embedder: Embedder,
) -> np.ndarray:
    support = np.array([c.independent_sources + 0.25 * len(c.documents) for c in claims], dtype=np.float32)
    support = (support - support.min()) / max(float(support.max() - support.min()), 1e-6)
    weights = np.array([len(c.members) for c in claims], dtype=np.float32)
    centre = (vectors * weights[:, None]).sum(axis=0)
    centre /= max(float(np.linalg.norm(centre)), 1e-6)
    centrality = vectors @ centre
    position = np.array([_position(c, docs) for c in claims], dtype=np.float32)
    weight = _settings().brief
    relevance = weight.support_weight * support + weight.centrality_weight * centrality + weight.position_weight * position
    words = [_words(c.text) for c in claims]
    relevance += weight.signature_weight * _signature(words, docs)
    if focus:
        question = embedder.encode([focus])[0]
        asked = _words(focus)
        lexical = np.array([len(asked & w) / max(np.sqrt(len(asked) * len(w)), 1.0) for w in words], dtype=np.float32)
        relevance += weight.focus_weight * (vectors @ question) + weight.focus_lexical_weight * lexical
    return relevance


def _words(text: str) -> set[str]:
    """Content words, lower-cased, a plural -s dropped: enough to match a question's words."""
    found = set()
    for word in _WORD.findall(text.lower()):
        if len(word) > 2 and word not in ENGLISH_STOP_WORDS:
            found.add(word[:-1] if word.endswith("s") and not word.endswith("ss") else word)
    return found


def _signature(words: Sequence[set[str]], docs: dict[str, Document]) -> np.ndarray:
    """Per claim, the mean share of the story's reports that use each of its content words."""
    frequency = Counter(w for d in docs.values() for w in _words(d.text))
    n = max(len(docs), 1)
    return np.array([sum(frequency[w] for w in ws) / (n * len(ws)) if ws else 0.0 for ws in words], dtype=np.float32)


def _position(claim: Claim, docs: dict[str, Document]) -> float:
    """1.0 for a claim in a report's first line, falling toward 0 at the end of it."""
    best = 0.0
    for m in claim.members:
        doc = docs.get(m.doc)
        if doc and doc.text:
            best = max(best, 1.0 - m.start / len(doc.text))
    return best


def _reading_order(claim: Claim, docs: dict[str, Document]) -> tuple[str, str, int]:
    """Earliest supporting report's date, then that report, then the position in it."""
    first = min(claim.members, key=lambda m: ((docs[m.doc].published or "9999") if m.doc in docs else "9999", m.start))
    doc = docs.get(first.doc)
    return ((doc.published or "9999") if doc else "9999", first.doc, first.start)


def _sentence(claim: Claim, docs: dict[str, Document]) -> BriefSentence:
    text = claim.text
    if claim.label == DISPUTED:
        deniers = list(dict.fromkeys(d.speaker or d.authority or _outlet(d.doc, docs) for d in claim.denials))
        text = f"{text} ({_names(deniers)} {'disputes' if len(deniers) == 1 else 'dispute'} this)"
    elif claim.label == SINGLE_SOURCE:
        source = claim.sources[0] if claim.sources else _outlet(claim.members[0].doc, docs)
        text = f"{text} (according to {source} alone)"
    return BriefSentence(text=text, statement=claim.text, citations=claim.documents, label=claim.label, claim=claim.id)


def _outlet(doc_id: str, docs: dict[str, Document]) -> str:
    doc = docs.get(doc_id)
    return doc.source if doc and doc.source else doc_id


def _names(names: list[str]) -> str:
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]
