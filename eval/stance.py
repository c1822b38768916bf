"""Stance of headlines toward claims on Emergent (Ferreira & Vlachos 2016), ours beside two baselines.

../shared/eval/stance/emergent/url-versions-2015-06-14-clean-train.csv pairs a claim with an
article headline labelled for / against / observing; our labels map asserts -> for,
denies -> against, reports -> observing. Every system is scored by stratified 10-fold
cross-validation on that file with the same folds, and anything learned is fitted inside
each fold only. Rows:

- `newsweave`: the rule cascade of `stance()`, as the pipeline runs it; nothing is fitted, so
  its figure is the same under any folding;
- `newsweave cues-logreg`: logistic regression over `cue_features` (every rule's verdict and
  the lexicon cues) plus the headline-claim cosine of MiniLM embeddings: whether a learned
  layer over the same evidence adds anything;
- `newsweave cues+bow-logreg`: the same over the cues, the cosine and the headline's word unigrams
  and bigrams (present or not): 0.807 under the stratified folds, 0.771 on claims never seen in
  training (`accuracy_by_claim`); the gap is the headline words one claim's headlines share
  across folds, so issue 12's 0.80 holds only where the claim was seen; the pipeline keeps the rules;
- `bow-logreg`: logistic regression over headline word unigrams and bigrams;
- `majority`: the most frequent label of the training folds.

Each row also carries `*_by_claim` figures from folds that keep all headlines of one claim
together (StratifiedGroupKFold): the score on claims never seen in training, which the
bag-of-words baseline, learning claim-specific words, finds harder.

The `newsweave` row also carries `accuracy_tune` / `accuracy_heldout` (and macro-F1): the claims,
sorted by claim id, split by alternate position into two halves (120 claims each, every headline
of a claim on its claim's side). Rules are written from errors on the tune half only; the
held-out half is scored, never read for errors (issue 12's 0.80 is meant for it).
"""

from __future__ import annotations

import csv
from collections.abc import Callable, Sequence
from typing import NamedTuple

import numpy as np
from sklearn.feature_extraction import DictVectorizer
from sklearn.feature_extraction.text import CountVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import accuracy_score, f1_score
from sklearn.model_selection import StratifiedGroupKFold, StratifiedKFold
from sklearn.pipeline import make_pipeline, make_union
from sklearn.preprocessing import FunctionTransformer

from eval.common import Results, Score, Skip, dataset
from newsweave.annotate import nlp
from newsweave.synthesize import stance as stance_rules
from newsweave.synthesize.embed import MiniLMEmbedder

TASK = "stance/emergent"
FILE = "url-versions-2015-06-14-clean-train.csv"
TO_EMERGENT = {stance_rules.ASSERTS: "for", stance_rules.DENIES: "against", stance_rules.REPORTS: "observing"}
FOLDS = 10
SEED = 0
# Inverse regularisation of the logistic regressions; sklearn's default, left untuned so the
# folds measure the features rather than a search over them.
C = 1.0
_NOTE = "stratified 10-fold CV on the Emergent train file, same folds for every system; published: 0.73 accuracy on its test split"


class Pair(NamedTuple):
    claim: str
    headline: str
    label: str
    claim_id: str


def run() -> Results:
    """Ours (the rules, and a learned layer over their cues), bag-of-words and majority, on the same folds."""
    path = dataset("stance", "emergent", FILE)
    if path is None:
        return [Skip(TASK, f"../shared/eval/stance/emergent/{FILE} is absent")]
    pairs = _read(path)
    labels = np.array([p.label for p in pairs])
    folds = {
        "": list(StratifiedKFold(FOLDS, shuffle=True, random_state=SEED).split(pairs, labels)),
        "_by_claim": list(
            StratifiedGroupKFold(FOLDS, shuffle=True, random_state=SEED).split(pairs, labels, [p.claim_id for p in pairs])
        ),
    }
    features, rule_labels = _features(pairs)
    systems: dict[str, Callable[[np.ndarray, np.ndarray], np.ndarray]] = {
        "newsweave": lambda _train, test: rule_labels[test],
        "newsweave cues-logreg": _fitted(
            lambda: make_pipeline(DictVectorizer(), LogisticRegression(C=C, max_iter=2000)), features, labels
        ),
        "newsweave cues+bow-logreg": _fitted(
            lambda: make_pipeline(
                make_union(make_pipeline(FunctionTransformer(_cues_of), DictVectorizer()),
                           make_pipeline(FunctionTransformer(_headlines_of), CountVectorizer(ngram_range=(1, 2), binary=True))),
                LogisticRegression(C=C, max_iter=3000),
            ),
            list(zip(features, [p.headline for p in pairs], strict=True)),
            labels,
        ),
        "bow-logreg": _fitted(
            lambda: make_pipeline(CountVectorizer(ngram_range=(1, 2), lowercase=True), LogisticRegression(C=C, max_iter=2000)),
            [p.headline for p in pairs],
            labels,
        ),
        "majority": lambda train, test: np.full(len(test), _majority(labels[train])),
    }
    scores = [
        Score(TASK, name, _metrics(predict, labels, folds), ours=name == "newsweave", note=_NOTE)
        for name, predict in systems.items()
    ]
    scores[0].metrics.update(_halves_metrics(rule_labels, labels, tune_half(pairs)))
    return scores


def tune_half(pairs: Sequence[Pair]) -> np.ndarray:
    """Whether each pair's claim is in the tune half: claim ids sorted, alternate positions (even = tune)."""
    tune = set(sorted({p.claim_id for p in pairs})[0::2])
    return np.array([p.claim_id in tune for p in pairs])


def _halves_metrics(predicted: np.ndarray, labels: np.ndarray, tune: np.ndarray) -> dict[str, float]:
    """Accuracy and macro-F1 of fixed predictions on the tune half and on the held-out half."""
    metrics: dict[str, float] = {}
    for name, part in (("tune", tune), ("heldout", ~tune)):
        metrics[f"accuracy_{name}"] = float(accuracy_score(labels[part], predicted[part]))
        metrics[f"macro_f1_{name}"] = float(f1_score(labels[part], predicted[part], average="macro"))
    return metrics


def _read(path) -> list[Pair]:
    with path.open(encoding="utf-8", newline="") as handle:
        return [
            Pair(row["claimHeadline"], row["articleHeadline"], row["articleHeadlineStance"], row["claimId"])
            for row in csv.DictReader(handle)
        ]


def _features(pairs: Sequence[Pair]) -> tuple[list[dict[str, float]], np.ndarray]:
    """Per pair: the stance cue features plus headline-claim cosine; and the rule cascade's label."""
    claims = list(dict.fromkeys(p.claim for p in pairs))
    claim_docs = dict(zip(claims, nlp.parse(claims), strict=True))
    embedder = MiniLMEmbedder()
    claim_vectors = dict(zip(claims, embedder.encode(claims), strict=True))
    headline_vectors = embedder.encode([p.headline for p in pairs])
    features, rule_labels = [], []
    for pair, doc, vector in zip(pairs, nlp.parse([p.headline for p in pairs]), headline_vectors, strict=True):
        claim_doc = claim_docs[pair.claim]
        row = stance_rules.cue_features(doc, claim_doc)
        row["cosine"] = float(vector @ claim_vectors[pair.claim])
        features.append(row)
        rule_labels.append(TO_EMERGENT[stance_rules.decide(doc, claim_doc).label])
    return features, np.array(rule_labels)


def _fitted(make: Callable, inputs: Sequence, labels: np.ndarray) -> Callable[[np.ndarray, np.ndarray], np.ndarray]:
    """A predictor that fits a fresh model on the training fold and labels the test fold."""

    def predict(train: np.ndarray, test: np.ndarray) -> np.ndarray:
        model = make().fit([inputs[i] for i in train], labels[train])
        return model.predict([inputs[i] for i in test])

    return predict


def _cues_of(rows: Sequence[tuple[dict[str, float], str]]) -> list[dict[str, float]]:
    return [cues for cues, _ in rows]


def _headlines_of(rows: Sequence[tuple[dict[str, float], str]]) -> list[str]:
    return [headline for _, headline in rows]


def _majority(labels: np.ndarray) -> str:
    values, counts = np.unique(labels, return_counts=True)
    return str(values[np.argmax(counts)])


def _metrics(predict: Callable, labels: np.ndarray, folds: dict[str, list]) -> dict[str, float]:
    """Accuracy and macro-F1 over the pooled out-of-fold predictions, for each way of folding."""
    metrics: dict[str, float] = {}
    for suffix, splits in folds.items():
        predicted = np.empty(len(labels), dtype=object)
        for train, test in splits:
            predicted[test] = predict(train, test)
        metrics[f"accuracy{suffix}"] = float(accuracy_score(labels, predicted))
        metrics[f"macro_f1{suffix}"] = float(f1_score(labels, predicted, average="macro"))
    return metrics


if __name__ == "__main__":
    for result in run():
        print(result)
