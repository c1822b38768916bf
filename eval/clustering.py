"""Story clustering of a labelled stream: the DUC 2006 dev topics interleaved by date, clustered online.

Each of the 25 topics is one event (some of the same kind: several trials, several disasters); its 25
articles come from AP, NYT and Xinhua over months or years. The stream is every article of a half of
the topics in publication order. newsweave's `StoryClusterer` (settings calibrated on the odd-numbered
topics, see settings.Cluster) is scored beside two baselines on the same TF-IDF vectors (sklearn, fitted
on the half): a single-pass clusterer (join the nearest centroid above a threshold, else open) and batch
average-link agglomerative clustering; their thresholds are chosen on the odd half in this run. Metrics:
B-cubed and pairwise precision, recall and F1 (and, for ours, the merges and splits the stream saw). The
gated half is the even one, never calibrated on.
"""

from __future__ import annotations

import dataclasses
from collections import Counter
from collections.abc import Callable, Sequence

import numpy as np

from eval.common import Results, Score, Skip, dataset
from eval.summarization import read_duc_document
from newsweave.cluster import StoryClusterer, where_documents_are
from newsweave.model import Document
from newsweave.settings import DEFAULTS

TASK = "clustering/duc2006-dev"
# The DUC topics run over up to three years, with gaps of many months between articles of one topic:
# the eval's quiet period spans the collection (the default, 30 days, suits a live news stream).
QUIET_DAYS = 1200.0
GRID = [round(0.05 * i, 2) for i in range(1, 9)]


def run() -> Results:
    root = dataset("summarization", "duc2006-dev", "docs")
    if root is None:
        return [Skip(TASK, "../shared/eval/summarization/duc2006-dev is absent")]
    halves = {"odd": [], "even": []}
    for topic_dir in sorted(p for p in root.iterdir() if p.is_dir()):
        half = "odd" if int(topic_dir.name[3:5]) % 2 else "even"
        for path in sorted(topic_dir.iterdir()):
            doc = read_duc_document(path)
            if not doc.text.strip():
                continue  # nothing left after cleaning: `analyze` skips it too (a photo package's captions)
            doc.id = f"{topic_dir.name}/{doc.id}"  # an article filed under two topics stays two items
            halves[half].append((doc, topic_dir.name))
    streams = {h: sorted(items, key=lambda it: (it[0].published or "", it[0].id)) for h, items in halves.items()}
    single_t = _calibrate(lambda docs, t: single_pass(_tfidf(docs), t), streams["odd"])
    agglo_t = _calibrate(lambda docs, t: agglomerative(_tfidf(docs), t), streams["odd"])
    settings = dataclasses.replace(DEFAULTS.cluster, quiet_days=QUIET_DAYS)
    results: Results = []
    for half in ("even", "odd"):
        docs = [d for d, _ in streams[half]]
        gold = [label for _, label in streams[half]]
        note = "calibrated on" if half == "odd" else "held out"
        predicted, changes = _online(docs, settings)
        results.append(Score(f"{TASK}/{half}", "newsweave (online)", scores(gold, predicted) | changes, ours=True,
                             note=note))
        for system, predicted in ((f"single-pass tf-idf (t={single_t})", single_pass(_tfidf(docs), single_t)),
                                  (f"agglomerative avg-link (t={agglo_t})", agglomerative(_tfidf(docs), agglo_t))):
            results.append(Score(f"{TASK}/{half}", system, scores(gold, predicted), ours=False, note=note))
    return results


def _online(docs: Sequence[Document], settings) -> tuple[list[str], dict[str, float]]:
    """Each document's final story (after merges and splits), and how many merges and splits there were."""
    clusterer = StoryClusterer(settings)
    clusterer.add_many([dataclasses.replace(d) for d in docs])
    final = where_documents_are(clusterer.events)
    changes = Counter(e.kind for e in clusterer.events)
    return [final[d.id] for d in docs], {"merges": float(changes["merge"]), "splits": float(changes["split"])}


def _tfidf(docs: Sequence[Document]):
    from sklearn.feature_extraction.text import TfidfVectorizer

    return TfidfVectorizer(stop_words="english", sublinear_tf=True, min_df=1).fit_transform(
        [d.title + "\n" + d.text for d in docs])


def single_pass(vectors, threshold: float) -> list[int]:
    """Each row joins the most similar cluster centroid (cosine) when >= threshold, else opens one."""
    centroids: list[np.ndarray] = []
    labels = []
    for row in vectors:
        v = row.toarray()[0]
        best, score = -1, -1.0
        for i, c in enumerate(centroids):
            s = float(v @ c) / (np.linalg.norm(c) or 1.0)
            if s > score:
                best, score = i, s
        if score >= threshold:
            centroids[best] = centroids[best] + v
            labels.append(best)
        else:
            centroids.append(v.copy())
            labels.append(len(centroids) - 1)
    return labels


def agglomerative(vectors, threshold: float) -> list[int]:
    """Batch average-link clustering, cut where cosine similarity falls below the threshold."""
    from sklearn.cluster import AgglomerativeClustering

    model = AgglomerativeClustering(n_clusters=None, metric="cosine", linkage="average",
                                    distance_threshold=1 - threshold)
    return model.fit_predict(vectors.toarray()).tolist()


def _calibrate(system: Callable, stream: list) -> float:
    docs = [d for d, _ in stream]
    gold = [label for _, label in stream]
    return max(GRID, key=lambda t: (scores(gold, system(docs, t))["bcubed_f1"], -t))


def scores(gold: Sequence, predicted: Sequence) -> dict[str, float]:
    """B-cubed (per item, averaged) and pairwise (over all pairs) precision, recall and F1."""
    n = len(gold)
    joint = Counter(zip(gold, predicted))
    gold_size, pred_size = Counter(gold), Counter(predicted)
    bp = sum(joint[(g, p)] / pred_size[p] for g, p in zip(gold, predicted)) / n
    br = sum(joint[(g, p)] / gold_size[g] for g, p in zip(gold, predicted)) / n
    together = sum(c * (c - 1) / 2 for c in joint.values())
    pred_pairs = sum(c * (c - 1) / 2 for c in pred_size.values())
    gold_pairs = sum(c * (c - 1) / 2 for c in gold_size.values())
    pp = together / pred_pairs if pred_pairs else 1.0
    pr = together / gold_pairs if gold_pairs else 1.0
    return {"bcubed_p": bp, "bcubed_r": br, "bcubed_f1": _f1(bp, br),
            "pair_p": pp, "pair_r": pr, "pair_f1": _f1(pp, pr), "stories": float(len(pred_size))}


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0
