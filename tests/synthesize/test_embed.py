"""The MiniLM embedder on the real offline model: shape, norm, and meaning."""

from __future__ import annotations

import numpy as np
import pytest

from newsweave.synthesize.embed import DIMENSIONS, Embedder, MiniLMEmbedder

PARAPHRASES = [
    ("The flood wall failed at 3 a.m. on Sunday.", "Early on Sunday the harbor's flood barrier gave way.", "The central bank kept interest rates unchanged."),
    ("Russia asked China for military aid.", "Moscow has requested military assistance from Beijing.", "Apple will sell 19 million watches this year."),
    ("The mayor resigned after the scandal.", "Following the scandal, the mayor stepped down.", "A tropical spider burrowed under a man's skin."),
]


@pytest.fixture(scope="module")
def embedder() -> Embedder:
    return MiniLMEmbedder()


@pytest.mark.parametrize(("anchor", "paraphrase", "unrelated"), PARAPHRASES)
def test_paraphrase_is_closer_than_unrelated(embedder: Embedder, anchor: str, paraphrase: str, unrelated: str) -> None:
    vectors = embedder.encode([anchor, paraphrase, unrelated])
    assert vectors[0] @ vectors[1] > vectors[0] @ vectors[2] + 0.3


@pytest.mark.parametrize("sentences", [["One sentence."], ["First.", "Second one is longer than the first.", ""]])
def test_rows_are_unit_float32(embedder: Embedder, sentences: list[str]) -> None:
    vectors = embedder.encode(sentences)
    assert vectors.shape == (len(sentences), DIMENSIONS)
    assert vectors.dtype == np.float32
    np.testing.assert_allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-5)


def test_empty_input_gives_empty_matrix(embedder: Embedder) -> None:
    assert embedder.encode([]).shape == (0, DIMENSIONS)


def test_one_string_is_refused(embedder: Embedder) -> None:
    with pytest.raises(TypeError):
        embedder.encode("not a list")
