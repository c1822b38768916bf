"""MinHash LSH: newsweave's own (dedupe.py) beside datasketch's, on the same shingles, in one run.

Input: the scrapinghub plain-text dumps (../shared/eval/extraction/*/plaintext/*.txt) and, per dump,
a seeded near-copy (3% of words replaced) and a reuse (its first 70% then another dump's words), so
there are pairs to find. Both sides get the same 5-word shingle hashes (our Shingler, low 32 bits),
the same num_perm and the same bands x rows (settings [dedupe]); each runs in its own process
(bench/common.py: CPU seconds, peak RSS). The candidate pairs of both are compared: found by both / by
either (pairs near the LSH threshold are found by chance, each side with its own random hash
family, so agreement there is below 1), and on the planted pairs. Why this matters: datasketch is only a dev dependency; this figure is why we keep our own.
"""

from __future__ import annotations

import json
import random
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import ROOT, main  # noqa: E402

from newsweave.dedupe import Shingler, candidate_pairs, minhash_signatures  # noqa: E402
from newsweave.settings import DEFAULTS  # noqa: E402

SEED = 7
EDITS = 0.03
REUSE_PREFIX = 0.7
S = DEFAULTS.dedupe


def corpus() -> list[list[str]]:
    """Token lists: every dump, a near-copy of each and a reuse of each."""
    dumps = sorted((ROOT.parent / "shared" / "eval" / "extraction").glob("*/plaintext/*.txt"))
    shingler = Shingler()
    texts = [shingler.tokens(p.read_text(encoding="utf-8")) for p in dumps]
    rng = random.Random(SEED)
    vocab = sorted({t for tokens in texts for t in tokens})
    near = [[rng.choice(vocab) if rng.random() < EDITS else t for t in tokens] for tokens in texts]
    reuse = [tokens[: int(len(tokens) * REUSE_PREFIX)] + texts[(k + 1) % len(texts)][int(len(tokens) * REUSE_PREFIX):]
             for k, tokens in enumerate(texts)]
    return texts + near + reuse


def _save(name: str, pairs: set[tuple[int, int]]) -> None:
    (Path(tempfile.gettempdir()) / f"dedupe_minhash-{name}.json").write_text(json.dumps(sorted(pairs)))


def ours() -> tuple[int, float]:
    docs = corpus()
    started = time.process_time()
    signatures, signed = minhash_signatures(docs, len(docs), Shingler())
    pairs = candidate_pairs(signatures, signed, np.arange(len(docs)))
    seconds = time.process_time() - started
    _save("newsweave", set(pairs))
    return len(docs), seconds


def datasketch() -> tuple[int, float]:
    from datasketch import MinHash, MinHashLSH

    docs = corpus()
    started = time.process_time()
    shingler = Shingler()
    lsh = MinHashLSH(num_perm=S.num_perm, params=(S.bands, S.rows))
    hashes = []
    for k, tokens in enumerate(docs):
        shingles = shingler.shingles(tokens, S.shingle_words) & np.uint64(0xFFFFFFFF)
        minhash = MinHash(num_perm=S.num_perm)
        minhash.update_batch([int(h).to_bytes(4, "little") for h in shingles])
        lsh.insert(k, minhash)
        hashes.append(minhash)
    pairs = {(min(k, j), max(k, j)) for k, m in enumerate(hashes) for j in lsh.query(m) if j != k}
    seconds = time.process_time() - started
    _save("datasketch", pairs)
    return len(docs), seconds


CONTENDERS = {"newsweave": ours, "datasketch": datasketch}

if __name__ == "__main__":
    rows = main(CONTENDERS, __file__, "docs")
    if rows:
        found = {n: {tuple(p) for p in json.loads((Path(tempfile.gettempdir()) / f"dedupe_minhash-{n}.json").read_text())}
                 for n in CONTENDERS}
        both, either = found["newsweave"] & found["datasketch"], found["newsweave"] | found["datasketch"]
        print(f"pairs: newsweave {len(found['newsweave'])}, datasketch {len(found['datasketch'])}, "
              f"both {len(both)}, either {len(either)}, agreement {len(both) / max(len(either), 1):.3f} "
              f"(num_perm {S.num_perm}, {S.bands} bands x {S.rows} rows, {S.shingle_words}-word shingles)")
        n = rows["newsweave"]["items"] // 3  # planted: dump k's near-copy is k + n, its reuse k + 2n
        planted = {(k, k + n) for k in range(n)} | {(k, k + 2 * n) for k in range(n)}
        print("planted pairs found: " + ", ".join(f"{name} {len(found[name] & planted)}/{len(planted)}" for name in CONTENDERS))
