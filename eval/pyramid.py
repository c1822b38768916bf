"""Brief content by the pyramid method on the 10 SCU-marked DUC 2006 dev topics: a lower bound.

The pyramid of a topic (`pyramids/<topic>.pyr`) lists its summary content units (SCUs: one fact
each) with the human summaries that state them; an SCU's weight is how many of the 4 summaries
do. The modified pyramid score of a summary is the weight of the SCUs it states over the most
weight any summary of X SCUs could state, X the models' average SCU count (DUC 2006's score).

Which SCUs an extractive summary states is read from the SCU-marked reports (`scu-marked/`): a
summary states the SCUs marked on the report sentences it reproduces. A summary sentence
reproduces a marked sentence when one holds the other and the shorter has at least
`MIN_SHARED_WORDS` of the longer's words (our sentence splitter and DUC's differ at the edges).
Unmarked sentences may still state an SCU, so every row is a lower bound, ours and the
baselines' alike: one scorer for all, each summary cut to 250 words. The official rows come
from `pyramid-scores.tsv` (full human annotation of each summary: not the same scorer, shown
for scale; best system .272).

The brief's constants are tuned on the odd-numbered DUC dev topics (eval/summarization.py): each row
gives the lower bound on the odd SCU-marked topics (D0601, D0603, D0605, D0615, D0617) and on the even
ones (D0608, D0614, D0616, D0620, D0624) beside the mean of all 10; the official rows likewise.
"""

from __future__ import annotations

import re
import statistics
import xml.etree.ElementTree as ET
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path

from eval.claims import Topic, read_topic
from eval.common import Results, Score, Skip, dataset
from eval.summarization import DOC_DATE, HALVES, WORDS, lead_summary, newsweave_brief, read_topics, sumy_summary
from newsweave.model import Document
from newsweave.synthesize.claims import CachedEmbedder
from newsweave.synthesize.embed import MiniLMEmbedder
from newsweave.synthesize.sentences import document_sentences

TASK = "brief/duc2006-pyramid"
MIN_SHARED_WORDS = 0.5
_WORD = re.compile(r"[^\W_]+")


def run() -> Results:
    root = dataset("summarization", "duc2006-dev")
    if root is None or not (root / "scu-marked").is_dir():
        return [Skip(TASK, "../shared/eval/summarization/duc2006-dev/scu-marked is absent")]
    focus = read_topics(root / "topics.sgml")
    embedder = CachedEmbedder(MiniLMEmbedder())
    systems: dict[str, Callable[[Topic], list[str]]] = {
        "newsweave (focus)": lambda t: [s.statement for s in newsweave_brief(t.docs, focus[t.name[:5]], embedder)],
        "newsweave": lambda t: [s.statement for s in newsweave_brief(t.docs, None, embedder)],
        "lead baseline": lambda t: _sentences(lead_summary(t.docs)),
        "sumy LexRank": lambda t: _sentences(sumy_summary(t.docs, "lexrank")),
    }
    scores: dict[str, list[tuple[str, float]]] = defaultdict(list)
    for path in sorted((root / "scu-marked").glob("*.scu")):
        topic = read_topic(path)
        for doc in topic.docs:  # dated by their ids, as eval.summarization dates them (the lead is the latest)
            if stamp := DOC_DATE.match(doc.id):
                doc.published = "-".join(stamp.groups())
        weights, ideal = read_pyramid(root / "pyramids" / f"{topic.name[:5]}.pyr")
        for name, summarize in systems.items():
            stated = states(_cut(summarize(topic)), topic)
            scores[name].append((_half(topic.name), sum(weights.get(u, 0) for u in stated) / ideal))
    results: Results = [
        Score(TASK, name, {"pyramid_lower_bound": round(statistics.mean(s for _, s in v), 3), **_by_half(v, "pyramid_lower_bound"),
                           "topics": len(v)}, ours=name.startswith("newsweave"))
        for name, v in scores.items()
    ]
    return results + official_rows(root / "pyramid-scores.tsv", {_half(p.name) + p.name[:5].upper() for p in (root / "scu-marked").glob("*.scu")})


def _half(topic: str) -> str:
    """"odd" or "even": the half of the dev topics a topic (D0601...) belongs to."""
    return "odd" if int(topic[1:5]) % 2 else "even"


def _by_half(scores: list[tuple[str, float]], metric: str) -> dict[str, float]:
    return {f"{metric}_{half}": round(statistics.mean(s for h, s in scores if h == half), 3)
            for half in HALVES if any(h == half for h, _ in scores)}


def read_pyramid(path: Path) -> tuple[dict[str, int], float]:
    """SCU uid -> weight (how many model summaries state it), and the ideal score's denominator:
    the weight of the X heaviest SCUs, X the models' mean SCU count (DUC's modified score)."""
    root = ET.parse(path).getroot()
    lines = [line.text or "" for line in root.find("text").findall("line")]
    starts, at = [], 0
    for line in lines:  # contributor offsets count in the lines joined by "\n"
        if re.fullmatch(r"D\d+\.M\.\d+\.[A-Z]\.[A-Z]", line.strip()):
            starts.append(at)
        at += len(line) + 1

    def model(offset: int) -> int:
        return sum(1 for s in starts if s <= offset)

    weights, per_model = {}, defaultdict(int)
    for scu in root.findall("scu"):
        models = {model(int(part.get("start"))) for c in scu.findall("contributor") for part in c.findall("part")}
        weights[scu.get("uid")] = len(models)
        for m in models:
            per_model[m] += 1
    size = round(statistics.mean(per_model.values()))
    return weights, float(sum(sorted(weights.values(), reverse=True)[:size]))


def states(sentences: list[str], topic: Topic) -> set[str]:
    """The SCUs marked on the report sentences that `sentences` reproduce."""
    found: set[str] = set()
    words = [_words(s) for s in sentences]
    for line in topic.marked:
        line_words = _words(line.text)
        if any(_reproduces(w, line_words) for w in words):
            found |= line.scus
    return found


def _reproduces(a: list[str], b: list[str]) -> bool:
    short, long = (a, b) if len(a) <= len(b) else (b, a)
    if not short or len(short) < MIN_SHARED_WORDS * len(long):
        return False
    return f" {' '.join(short)} " in f" {' '.join(long)} "


def _sentences(text: str) -> list[str]:
    return [s.text for s in document_sentences(Document(id="summary", path="", format="text", text=text))]


def _words(text: str) -> list[str]:
    return _WORD.findall(text.casefold())


def _cut(sentences: list[str]) -> list[str]:
    """The sentences that fit in the first WORDS words (the last one cut there)."""
    kept, left = [], WORDS
    for sentence in sentences:
        words = sentence.split()
        if left <= 0:
            break
        kept.append(" ".join(words[:left]))
        left -= len(words)
    return kept


def official_rows(path: Path, marked: set[str] = frozenset()) -> Results:
    """The official modified pyramid scores (full human annotation) of the best, median and lead systems,
    and the best system of each half of the SCU-marked topics (`marked`: half + topic, "oddD0601")."""
    per_peer: dict[str, list[tuple[str, float]]] = defaultdict(list)
    for row in path.read_text(encoding="utf-8").splitlines()[1:]:
        cells = row.split("\t")
        if len(cells) > 2:
            per_peer[cells[1]].append((cells[0], float(cells[2])))
    means = {peer: statistics.mean(s for _, s in v) for peer, v in per_peer.items()}
    best = max(means, key=means.get)
    note = "official, full annotation (not this scorer)"
    results: Results = [
        Score(TASK, f"[best DUC system, peer {best}]", {"pyramid": round(means[best], 3)}, note=note),
        Score(TASK, "[median DUC system]", {"pyramid": round(statistics.median(means.values()), 3)}, note=note),
        Score(TASK, "[lead baseline, peer 1]", {"pyramid": round(means.get("1", 0.0), 3)}, note=note),
    ]
    for half in HALVES:
        there = {peer: [s for topic, s in v if half + topic in marked] for peer, v in per_peer.items()}
        there = {peer: statistics.mean(v) for peer, v in there.items() if v}
        if there:
            top = max(there, key=there.get)
            results.append(Score(TASK, f"[best DUC system, {half} SCU-marked topics, peer {top}]",
                                 {f"pyramid_{half}": round(there[top], 3)}, note=note))
    return results
