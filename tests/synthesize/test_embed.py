"""The MiniLM embedder on the real offline model, both runtimes: shape, norm, meaning, agreement."""

from __future__ import annotations

import numpy as np
import pytest

from newsweave.synthesize.embed import DIMENSIONS, RUNTIMES, Embedder, MiniLMEmbedder

PARAPHRASES = [
    ("The flood wall failed at 3 a.m. on Sunday.", "Early on Sunday the harbor's flood barrier gave way.", "The central bank kept interest rates unchanged."),
    ("Russia asked China for military aid.", "Moscow has requested military assistance from Beijing.", "Apple will sell 19 million watches this year."),
    ("The mayor resigned after the scandal.", "Following the scandal, the mayor stepped down.", "A tropical spider burrowed under a man's skin."),
]


@pytest.fixture(scope="module", params=RUNTIMES)
def embedder(request: pytest.FixtureRequest) -> Embedder:
    return MiniLMEmbedder(request.param)


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


# Sentences of every length class the claims stage embeds: a fragment, a news sentence, a
# sentence past the 256-piece limit (both runtimes truncate alike), one with odd characters.
AGREEMENT = [
    "Gates failed.",
    "Two of the barrier\u2019s four gates failed to close during the storm surge on Sunday, officials said.",
    " ".join(["The council met again on Tuesday to discuss the barrier's repair costs."] * 30),
    "\u201cWe were told it would hold,\u201d said Ana\u00efs O\u2019Brien \u2014 a resident of Lower Quay.",
]


def test_runtimes_agree() -> None:
    """The int8 ONNX export is the same model: each row within a cosine of 0.99 of torch's."""
    onnx, torch = MiniLMEmbedder("onnx").encode(AGREEMENT), MiniLMEmbedder("torch").encode(AGREEMENT)
    assert np.all((onnx * torch).sum(axis=1) > 0.99)


def test_unknown_runtime_is_refused() -> None:
    with pytest.raises(ValueError, match="unknown embedding runtime"):
        MiniLMEmbedder("tensorflow")
