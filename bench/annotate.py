"""Words per second of the annotate stages beside spaCy's own nlp.pipe over the same texts.

The parse is the floor: the stages need tagger, parser, lemmatizer and NER, so the peer is
`nlp.pipe` with exactly those components over the same cleaned texts. The issue's budget:
the annotate stages cost at most 1.3x that pass. Texts: the example corpus's cleaned
documents repeated to about 50,000 words.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import ROOT, main  # noqa: E402

TARGET_WORDS = 50_000


def _documents():
    from newsweave.pipeline import Options, analyze

    docs = analyze([ROOT / "examples" / "harbor-flood"], Options(annotate=False)).documents
    words = sum(len(d.text.split()) for d in docs)
    copies = max(1, TARGET_WORDS // max(words, 1))
    out = []
    for n in range(copies):
        for d in docs:
            clone = type(d)(**{f: getattr(d, f) for f in d.__slots__})
            clone.id = f"{d.id}~{n}"
            out.append(clone)
    return out


def spacy_pipe() -> tuple[int, float]:
    from newsweave.annotate.nlp import load
    from newsweave.settings import DEFAULTS

    docs = _documents()
    nlp = load()
    started = time.process_time()
    for _ in nlp.pipe((d.text for d in docs), batch_size=DEFAULTS.nlp.batch_size):
        pass
    return sum(len(d.text.split()) for d in docs), time.process_time() - started


def newsweave_annotate() -> tuple[int, float]:
    from newsweave.annotate.nlp import load
    from newsweave.annotate.story import annotate_story

    docs = _documents()
    load()  # load time is not part of either figure
    started = time.process_time()
    annotate_story(docs)
    return sum(len(d.text.split()) for d in docs), time.process_time() - started


CONTENDERS = {"peer: spaCy nlp.pipe (same components)": spacy_pipe, "newsweave annotate stages": newsweave_annotate}

if __name__ == "__main__":
    rows = main(CONTENDERS, __file__, "words")
    if rows:
        ratio = rows["newsweave annotate stages"]["seconds"] / rows["peer: spaCy nlp.pipe (same components)"]["seconds"]
        print(f"annotate / spaCy pass: {ratio:.2f}x (budget 1.30x)")
