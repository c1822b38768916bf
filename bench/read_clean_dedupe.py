"""read + clean + dedupe over the example corpus's plain-text reports replicated to 10,000 files.

Each replica keeps its report's junk lines verbatim (the cleaner must still find them) and
swaps half of the article's words for other words of the corpus (seeded), so replicas are
distinct documents rather than 2,000 duplicates of five. Replicas sit in one folder per outlet
(the report's file name), as a crawl would store them, so the outlet of each is known. Peers on the same files: reading
plus ftfy alone, and reading plus datasketch MinHash LSH alone - the two costs the issue
names as the floor (about 1,600 and 2,000 documents a second).
"""

from __future__ import annotations

import random
import re
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import ROOT, main  # noqa: E402

COUNT = 10_000
SEED = 7
CORPUS = Path(tempfile.gettempdir()) / f"newsweave-bench-plain-{COUNT}-v2"
WORD = re.compile(r"\w+")


def build_corpus() -> Path:
    """Write the replicas once; later runs reuse them."""
    if (CORPUS / ".done").exists():
        return CORPUS
    CORPUS.mkdir(parents=True, exist_ok=True)
    reports = sorted((ROOT / "examples" / "harbor-flood").glob("*.txt"))
    texts = [p.read_text(encoding="utf-8") for p in reports]
    for report in reports:
        (CORPUS / report.stem).mkdir(exist_ok=True)
    vocab = sorted({w for t in texts for w in WORD.findall(t) if w.isalpha() and len(w) > 3})
    rng = random.Random(SEED)
    for i in range(COUNT):
        lines = texts[i % len(texts)].splitlines()
        out = []
        for line in lines:
            if len(line.split()) >= 12:  # article prose: swap words
                line = WORD.sub(lambda m: rng.choice(vocab) if rng.random() < 0.5 else m.group(0), line)
            out.append(line)
        outlet = reports[i % len(reports)].stem
        (CORPUS / outlet / f"report-{i:05d}.txt").write_text("\n".join(out) + "\n", encoding="utf-8")
    (CORPUS / ".done").write_text("")
    return CORPUS


def newsweave_pipeline() -> int:
    from newsweave.pipeline import Options, analyze

    return len(analyze([build_corpus()], Options(annotate=False)).documents)


def read_plus_ftfy() -> int:
    import ftfy

    files = sorted(build_corpus().glob("*/*.txt"))
    for path in files:
        ftfy.fix_text(path.read_text(encoding="utf-8"), uncurl_quotes=False)
    return len(files)


def read_plus_minhash_lsh() -> int:
    from datasketch import MinHash, MinHashLSH

    files = sorted(build_corpus().glob("*/*.txt"))
    lsh = MinHashLSH(threshold=0.8, num_perm=128)
    for path in files:
        words = WORD.findall(path.read_text(encoding="utf-8").lower())
        shingles = {" ".join(words[i : i + 5]).encode() for i in range(max(1, len(words) - 4))}
        m = MinHash(num_perm=128)
        m.update_batch(list(shingles))
        lsh.query(m)
        lsh.insert(path.name, m)
    return len(files)


CONTENDERS = {
    "newsweave read+clean+dedupe": newsweave_pipeline,
    "peer: read + ftfy.fix_text": read_plus_ftfy,
    "peer: read + datasketch MinHash LSH": read_plus_minhash_lsh,
}

if __name__ == "__main__":
    build_corpus()
    main(CONTENDERS, __file__, "docs")
