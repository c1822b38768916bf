"""Main-text extraction on two sets of real pages, with the scrapinghub benchmark's own metric.

The sets: scrapinghub's article-extraction benchmark (181 pages) and readability's test pages
(122), each with the same two tasks, every row scored by `shingle_match` / `aggregate` in one run:

- `extraction/html` (`extraction/html-readability`): our HTML path (`extract_html` then
  `clean_lines(..., extracted=True)`) beside trafilatura alone, default and favor_precision;
- `extraction/plaintext` (`extraction/plaintext-readability`): our line cleaner on the scraper's
  full-page dumps (`plaintext/<id>.txt`) beside keep-every-line and the line rule (>= 10 words
  ending in sentence punctuation).

The metric is the benchmark's (scrapinghub/article-extraction-benchmark, evaluate.py): per page,
`\\w+` tokens joined into 4-gram shingles, TP/FP/FN by shingle counts normalised per page;
precision averaged over pages that predicted something, recall over pages with a truth; F1 from
the two averages. The line cleaner's constants were calibrated on the even positions of the sorted
page ids only (`calibration_ids`); `f1_heldout` is the same score on the odd positions.
"""

from __future__ import annotations

import gzip
import json
import re
from collections import Counter
from collections.abc import Callable, Iterable
from pathlib import Path
from statistics import mean
from typing import NamedTuple

from eval.common import Results, Score, Skip, dataset

SHINGLE_SIZE = 4  # the benchmark's n-gram length
LINE_RULE_MIN_WORDS = 10  # the line-rule baseline: lines of >= 10 words ...
LINE_RULE_END = re.compile(r"[.!?][\"'”’)\]]*\s*$")  # ... ending in sentence punctuation

_TOKEN = re.compile(r"\w+")


class Match(NamedTuple):
    """One page's shingle counts, normalised so that long pages weigh no more than short ones."""

    tp: float
    fp: float
    fn: float


def shingles(text: str, size: int = SHINGLE_SIZE) -> Counter[tuple[str, ...]]:
    """Multiset of word n-grams; a text shorter than `size` words is one shingle of all its words."""
    tokens = _TOKEN.findall(text or "")
    if len(tokens) < size:
        return Counter([tuple(tokens)] if tokens else [])
    return Counter(tuple(tokens[i : i + size]) for i in range(len(tokens) - size + 1))


def shingle_match(truth: str, predicted: str) -> Match:
    """TP/FP/FN of `predicted` against `truth` by shingle counts, divided by their sum."""
    want, got = shingles(truth), shingles(predicted)
    tp = sum((want & got).values())
    fp = sum((got - want).values())
    fn = sum((want - got).values())
    total = tp + fp + fn
    if total == 0:
        return Match(0.0, 0.0, 0.0)
    return Match(tp / total, fp / total, fn / total)


def _precision(m: Match) -> float:
    if m.fp == m.fn == 0:
        return 1.0
    return m.tp / (m.tp + m.fp) if m.tp + m.fp else 0.0


def _recall(m: Match) -> float:
    if m.fp == m.fn == 0:
        return 1.0
    return m.tp / (m.tp + m.fn) if m.tp + m.fn else 0.0


def aggregate(matches: Iterable[Match]) -> dict[str, float]:
    """Precision and recall averaged over pages (as the benchmark does), and F1 of the averages."""
    matches = list(matches)
    precision = mean([_precision(m) for m in matches if m.tp + m.fp > 0] or [0.0])
    recall = mean([_recall(m) for m in matches if m.tp + m.fn > 0] or [0.0])
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"f1": round(f1, 4), "precision": round(precision, 4), "recall": round(recall, 4)}


def calibration_ids(ids: Iterable[str]) -> tuple[list[str], list[str]]:
    """The split the line cleaner was tuned on: sorted ids, even positions; odd positions held out."""
    ordered = sorted(ids)
    return ordered[0::2], ordered[1::2]


def line_rule(text: str) -> str:
    """Baseline: keep lines of at least 10 words that end in sentence punctuation."""
    return "\n".join(
        line
        for line in text.split("\n")
        if len(line.split()) >= LINE_RULE_MIN_WORDS and LINE_RULE_END.search(line)
    )


class Page(NamedTuple):
    id: str
    truth: str
    plaintext: str | None
    html_path: Path


def load_pages(root: Path) -> list[Page]:
    """Every page of the set, with its ground truth and its plain-text dump when present."""
    truth = json.loads((root / "ground-truth.json").read_text(encoding="utf-8"))
    pages = []
    for page_id in sorted(truth):
        dump = root / "plaintext" / f"{page_id}.txt"
        pages.append(
            Page(
                page_id,
                truth[page_id].get("articleBody", ""),
                dump.read_text(encoding="utf-8") if dump.exists() else None,
                root / "html" / f"{page_id}.html.gz",
            )
        )
    return pages


def score_system(pages: list[Page], predict: Callable[[Page], str]) -> dict[str, float]:
    """All-pages metrics of one system, plus the same on the calibration and held-out halves."""
    matches = {p.id: shingle_match(p.truth, predict(p)) for p in pages}
    calibration, heldout = calibration_ids(matches)
    metrics = aggregate(matches.values())
    metrics["f1_calibration"] = aggregate(matches[i] for i in calibration)["f1"]
    metrics["f1_heldout"] = aggregate(matches[i] for i in heldout)["f1"]
    return metrics


def _read_html(page: Page) -> str:
    return gzip.decompress(page.html_path.read_bytes()).decode("utf-8")


def _plaintext_rows(pages: list[Page], task: str) -> Results:
    from newsweave.clean.lines import clean_lines

    dumps = [p for p in pages if p.plaintext is not None]
    if not dumps:
        return [Skip(task, "no plaintext/ dumps in the set")]
    return [
        Score(task, "newsweave", score_system(dumps, lambda p: clean_lines(p.plaintext).text), ours=True),
        Score(task, "keep-every-line", score_system(dumps, lambda p: p.plaintext)),
        Score(task, "line-rule", score_system(dumps, lambda p: line_rule(p.plaintext)),
              note=">= 10 words ending in sentence punctuation"),
    ]


def _html_rows(pages: list[Page], task: str) -> Results:
    from trafilatura import extract

    from newsweave.clean.lines import clean_lines
    from newsweave.read.html import extract_html

    htmls = {p.id: _read_html(p) for p in pages if p.html_path.exists()}
    if not htmls:
        return [Skip(task, "no html/ pages in the set")]
    pages = [p for p in pages if p.id in htmls]

    def ours(page: Page) -> str:
        extracted = extract_html(htmls[page.id])
        return clean_lines(extracted.text, title=extracted.title, extracted=True).text if extracted else ""

    def trafilatura(favor_precision: bool) -> Callable[[Page], str]:
        # as the benchmark's own runner calls it (extractors/run_trafilatura.py): no comments
        return lambda page: extract(htmls[page.id], include_comments=False, favor_precision=favor_precision) or ""

    return [
        Score(task, "newsweave", score_system(pages, ours), ours=True),
        Score(task, "trafilatura", score_system(pages, trafilatura(False))),
        Score(task, "trafilatura favor_precision", score_system(pages, trafilatura(True))),
    ]


# Each set's folder under ../shared/eval/extraction and the suffix of its task names.
SETS = {"scrapinghub": "", "readability": "-readability"}


def run() -> Results:
    """Both extraction tasks on each set, or a Skip for each task of a set that is absent."""
    results: Results = []
    for name, suffix in SETS.items():
        html_task, plaintext_task = f"extraction/html{suffix}", f"extraction/plaintext{suffix}"
        root = dataset("extraction", name)
        if root is None:
            reason = f"../shared/eval/extraction/{name} is absent"
            results += [Skip(html_task, reason), Skip(plaintext_task, reason)]
            continue
        pages = load_pages(root)
        results += _html_rows(pages, html_task) + _plaintext_rows(pages, plaintext_task)
    return results
