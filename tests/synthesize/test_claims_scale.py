"""The claims stage at scale (issue 14): scores a block at a time, clusters over the sparse graph of
close pairs, and gives the same claims as the dense all-pairs computation it replaced."""

from __future__ import annotations

import logging

import numpy as np
import pytest
from scipy.cluster.hierarchy import fcluster, linkage
from scipy.spatial.distance import squareform

from newsweave.model import Document
from newsweave.pipeline import Options, clean_documents
from newsweave.read import read_paths
from newsweave.settings import current
from newsweave.synthesize import claims as claims_module
from newsweave.synthesize.claims import CachedEmbedder, PairScorer, _clusters, _core, align_claims
from newsweave.synthesize.embed import MiniLMEmbedder
from newsweave.synthesize.sentences import split_sentences


@pytest.fixture(scope="module")
def embedder() -> CachedEmbedder:
    return CachedEmbedder(MiniLMEmbedder())


@pytest.fixture(scope="module")
def docs(example_dir) -> list[Document]:
    read = [d for d in read_paths([example_dir]) if isinstance(d, Document)]
    return clean_documents(read, Options())[0]


def _dense_clusters(scorer: PairScorer, rows: list[int], threshold: float) -> list[set[int]]:
    """The reference: average linkage over the full matrix of `rows`, as before issue 14."""
    top = 2.0 * (1 + current().claims.key_weight + current().claims.lexical_weight)
    distance = np.clip(top - scorer.block(rows, rows), 0.0, None)
    np.fill_diagonal(distance, 0.0)
    labels = fcluster(linkage(squareform(distance, checks=False), method="average"), t=top - threshold, criterion="distance")
    return sorted(({r for r, label in zip(rows, labels) if label == wanted} for wanted in set(labels)), key=min)


@pytest.mark.parametrize("threshold", [0.6, 0.9, 1.2])
def test_component_clustering_equals_dense_average_linkage(docs, embedder, threshold):
    sentences = split_sentences(docs)
    scorer = PairScorer(sentences, embedder.encode([_core(s.text) for s in sentences]))
    rows = list(range(len(sentences)))
    found = [set(group) for group in _clusters(scorer, rows, threshold)]
    assert sorted(found, key=min) == _dense_clusters(scorer, rows, threshold)
    assert [min(g) for g in found] == sorted(min(g) for g in found), "groups come in the order of their first row"


def _claims(docs, embedder):
    return [(c.text, [(m.doc, m.start, m.end, m.stance) for m in c.members], [(m.doc, m.start) for m in c.denials])
            for c in align_claims(docs, split_sentences(docs), [], [], embedder)]


@pytest.mark.parametrize("block_cells", [1, 97, 5_000])
def test_claims_do_not_depend_on_the_block_size(docs, embedder, monkeypatch, block_cells):
    expected = _claims(docs, embedder)
    monkeypatch.setattr(claims_module, "BLOCK_CELLS", block_cells)
    assert _claims(docs, embedder) == expected


def test_a_component_too_large_is_split_with_a_warning(docs, embedder, monkeypatch, caplog):
    monkeypatch.setattr(claims_module, "MAX_COMPONENT_ROWS", 2)
    with caplog.at_level(logging.WARNING, logger="newsweave.synthesize.claims"):
        found = _claims(docs, embedder)
    assert found, "the story still has its claims"
    assert "clustered in parts of 2" in caplog.text
