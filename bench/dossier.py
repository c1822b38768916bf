"""Seconds for the whole dossier of one 25-document DUC topic, beside sumy's LexRank alone.

The dossier: read the SGML, clean, drop repeated lines, dedupe, annotate (entities, quotes,
attribution, dates), sentences, claims (embeddings, stance), independent sources, the brief.
Model loading (spaCy, MiniLM) is excluded, on one core (onnxruntime, torch and BLAS threads set
to 1 by OMP_NUM_THREADS); LexRank needs no model. Both sides are CPU seconds (process time),
steady on a machine shared with other work. Budget (issue 4): the dossier at most 3x LexRank.
`python bench/dossier.py [TOPIC]` prints the table, then the dossier's time per stage.
"""

from __future__ import annotations

import os

for _name in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_name, "1")

import subprocess  # noqa: E402
import sys  # noqa: E402
import time  # noqa: E402
from pathlib import Path  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "src")]

from bench.common import main  # noqa: E402
from eval.common import dataset  # noqa: E402

# A topic of typical size: D0602B has 25 reports and 811 kept sentences (the dev topics range
# from 160 to 1164).
DEFAULT_TOPIC = "D0602B"
WORDS = 250


def topic_dir() -> Path:
    root = dataset("summarization", "duc2006-dev")
    if root is None:
        raise SystemExit("../shared/eval/summarization/duc2006-dev is absent: nothing to benchmark")
    args = [a for a in sys.argv[1:] if a.startswith("D06")]
    return root / "docs" / (args[0] if args else DEFAULT_TOPIC)


def dossier(report_stages: bool = False) -> tuple[int, float]:
    """The whole dossier of the topic; returns (documents, CPU seconds without model loading)."""
    from eval.summarization import read_topics
    from newsweave.annotate import nlp
    from newsweave.annotate.story import annotate_story
    from newsweave.clean.document import clean_document
    from newsweave.clean.repeated import remove_repeated_lines
    from newsweave.dedupe import find_copies
    from newsweave.synthesize.brief import write_brief
    from newsweave.synthesize.claims import CachedEmbedder, align_claims
    from newsweave.synthesize.embed import MiniLMEmbedder
    from newsweave.synthesize.sentences import split_sentences
    from newsweave.synthesize.sources import count_sources

    nlp.load()
    embedder = CachedEmbedder(MiniLMEmbedder())
    embedder.inner.encode(["warm up"])
    folder = topic_dir()
    focus = read_topics(folder.parents[1] / "topics.sgml").get(folder.name[:5])
    stages: dict[str, float] = {}

    def timed(name, work):
        start = time.process_time()
        result = work()
        stages[name] = stages.get(name, 0.0) + time.process_time() - start
        return result

    from eval.summarization import read_topic

    docs = timed("read", lambda: read_topic(folder))
    docs = timed("clean", lambda: [clean_document(d) for d in docs])
    timed("clean", lambda: remove_repeated_lines(docs))
    relations = timed("dedupe", lambda: find_copies(docs))
    found = timed("annotate", lambda: annotate_story(docs))
    sentences = timed("sentences", lambda: split_sentences(docs))
    claims = timed("claims", lambda: align_claims(docs, sentences, found.attributions, relations, embedder, found.entities))
    claims = timed("sources", lambda: count_sources(claims, docs, relations, found.entities))
    timed("brief", lambda: write_brief(claims, docs, words=WORDS, focus=focus, embedder=embedder))
    if report_stages:
        print(f"dossier of {folder.name}: {len(docs)} reports, {len(sentences)} sentences, {len(claims)} claims")
        for name, seconds in stages.items():
            print(f"  {name:<10} {seconds:>7.2f} s")
        print(f"  {'total':<10} {sum(stages.values()):>7.2f} s")
    return len(docs), sum(stages.values())


def lexrank() -> int:
    from eval.summarization import read_topic, sumy_summary

    docs = read_topic(topic_dir())
    sumy_summary(docs, "lexrank")
    return len(docs)


CONTENDERS = {"newsweave dossier (250-word brief)": dossier, "sumy lexrank summary": lexrank}

if __name__ == "__main__":
    if "--stages" in sys.argv:
        dossier(report_stages=True)
    else:
        rows = main(CONTENDERS, __file__, "docs")
        if rows:
            ratio = rows["newsweave dossier (250-word brief)"]["seconds"] / rows["sumy lexrank summary"]["seconds"]
            print(f"dossier / lexrank: {ratio:.1f}x (budget 3x)")
            print(subprocess.run([sys.executable, __file__, "--stages", *sys.argv[1:]], check=True,
                                 capture_output=True, text=True, cwd=ROOT).stdout)
