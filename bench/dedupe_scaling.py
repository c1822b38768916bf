"""Dedupe cost for 10k vs 100k documents: find_copies beside all pairs (datasketch: dedupe_minhash.py).

Synthetic corpus (seeded): ~300-word documents drawn from a Zipf-distributed vocabulary of
50,000 made-up words; 10% are planted near-copies of an earlier document (3% of words
replaced) and 5% reuse an earlier document's first 70% followed by new text. Peers, on the
same 10k documents: exact all-pairs Jaccard timed on a sample of
documents against all others and extrapolated to every pair - what blocking saves.
Documents come from 500 made-up outlets, so the outlet-name index does real work.
Timings are CPU seconds of the measured work (time.process_time: robust when other jobs share
the machine), corpus generation excluded; peak MB is the child process's whole peak RSS.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import main  # noqa: E402

from newsweave.dedupe import Shingler, find_copies  # noqa: E402
from newsweave.settings import DEFAULTS  # noqa: E402
from newsweave.model import Document  # noqa: E402

SEED = 11
WORDS = 300
VOCABULARY = 50_000
NEAR_COPY_SHARE = 0.10
NEAR_COPY_EDITS = 0.03
REUSE_SHARE = 0.05
REUSE_PREFIX = 0.7
OUTLETS = 500  # sources named after rarer vocabulary words, so the outlet-name index does real work
ALL_PAIRS_SAMPLE = 50  # documents compared with all others in the all-pairs peer


def corpus(count: int) -> tuple[list[Document], dict[tuple[int, int], str]]:
    """`count` documents and the planted pairs {(original, copy): "near-copy" | "reuse"}."""
    rng = np.random.default_rng(SEED)
    letters = np.array(list("abcdefghijklmnopqrstuvwxyz"))
    vocab = np.array(["".join(rng.choice(letters, size=rng.integers(3, 10))) for _ in range(VOCABULARY)])
    weights = 1.0 / np.arange(1, VOCABULARY + 1) ** 1.05
    words = rng.choice(VOCABULARY, size=(count, WORDS), p=weights / weights.sum())
    kinds = rng.random(count)
    planted: dict[tuple[int, int], str] = {}
    for k in range(1, count):
        source = int(rng.integers(0, k))
        if kinds[k] < NEAR_COPY_SHARE:
            edits = rng.random(WORDS) < NEAR_COPY_EDITS
            words[k] = np.where(edits, words[k], words[source])
            planted[(source, k)] = "near-copy"
        elif kinds[k] < NEAR_COPY_SHARE + REUSE_SHARE:
            words[k, : int(WORDS * REUSE_PREFIX)] = words[source, : int(WORDS * REUSE_PREFIX)]
            planted[(source, k)] = "reuse"
    outlets = [f"The {vocab[1000 + 2 * k].title()} {vocab[1001 + 2 * k].title()}" for k in range(OUTLETS)]
    docs = [
        Document(id=f"d{k}", path=f"d{k}.txt", format="text", source=outlets[k % OUTLETS], text=" ".join(vocab[row].tolist()))
        for k, row in enumerate(words)
    ]
    return docs, planted


def newsweave(count: int) -> tuple[int, float]:
    docs, _ = corpus(count)
    started = time.process_time()
    find_copies(docs)
    return count, time.process_time() - started


def all_pairs(count: int) -> tuple[int, float]:
    docs, _ = corpus(count)
    shingler = Shingler()
    started = time.process_time()
    sets = [shingler.shingle_set(doc.text, DEFAULTS.dedupe.shingle_words) for doc in docs]
    signing = time.process_time() - started
    started = time.process_time()
    for i in range(ALL_PAIRS_SAMPLE):
        for j in range(count):
            if i != j:
                np.intersect1d(sets[i], sets[j], assume_unique=True)
    per_pair = (time.process_time() - started) / (ALL_PAIRS_SAMPLE * (count - 1))
    return count, signing + per_pair * count * (count - 1) / 2


CONTENDERS = {
    "newsweave find_copies 10k": lambda: newsweave(10_000),
    "newsweave find_copies 100k": lambda: newsweave(100_000),
    "all-pairs Jaccard 10k (extrapolated)": lambda: all_pairs(10_000),
}


def planted_recall(count: int) -> None:
    """How many planted pairs find_copies recovers, by planted kind (in the parent, 10k)."""
    docs, planted = corpus(count)
    found = {(int(r.original[1:]), int(r.copy[1:])): r.kind for r in find_copies(docs)}
    for kind in ("near-copy", "reuse"):
        pairs = [pair for pair, planted_kind in planted.items() if planted_kind == kind]
        hits = sum(pair in found or pair[::-1] in found for pair in pairs)
        print(f"planted {kind}: {hits}/{len(pairs)} recovered")
    extra = sum(pair not in planted and pair[::-1] not in planted for pair in found)
    print(f"relations found: {len(found)}; not planted (copies of a shared original, etc.): {extra}")


if __name__ == "__main__":
    rows = main(CONTENDERS, __file__, "docs")
    if rows:
        small, large = rows["newsweave find_copies 10k"], rows["newsweave find_copies 100k"]
        print(f"cost ratio 100k / 10k: {large['seconds'] / small['seconds']:.1f}x (near-linear: < 12x)")
        planted_recall(10_000)
