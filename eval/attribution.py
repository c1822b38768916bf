"""Attribution on PolNeAR dev: who said what in 2016 political news, scored beside two peers.

Gold: brat standoff, one .ann file per annotator of a text (some dev texts have several; each
file is scored as its own gold set, which is how dev counts 2,319 scoreable relations). A relation
links Content, Source and Cue spans; content may be discontinuous (a split quote).

One scorer for every system, on word tokens (`\\w+`) of the text:
- content: gold and predicted spans are matched one to one, the pairs sharing most tokens first,
  when they share at least half of each side's tokens (the issue's rule); precision, recall, F1.
- source accuracy, over matched pairs only: right when the gold and predicted sources share at
  least half of the shorter one's tokens, or when both are empty (gold leaves some relations
  without a source, e.g. "is expected to"). Sources are compared where written, by position:
  "he" is right only if it is the mention gold marks, and "McCain" is wrong against a gold
  "Senator John McCain" elsewhere in the text. Half of the shorter side, not of each side,
  because gold sources run to whole noun phrases with appositions and relative clauses
  ("Jonah Pratt, who chairs the committee,") while systems give the head phrase ("Jonah Pratt");
  a shared head word is the same source. The rule would reward an overlong predicted source,
  so every system here predicts a noun phrase (the subject, agent or "according to" object),
  never a clause; all three are scored by the same rule.
- recall split by the gold content's quoting: fully quoted, partly quoted, indirect.
Peers: textacy's direct_quotations run per paragraph (it raises on unbalanced quotes: such a
paragraph gives nothing) and a "say / according to" rule over the same spaCy parse.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import NamedTuple

from spacy.tokens import Doc
from textacy.extract.triples import direct_quotations

from eval.common import Result, Results, Score, Skip, dataset
from newsweave.annotate import nlp
from newsweave.annotate.attribution import find_attributions
from newsweave.annotate.speakers import noun_phrase

TASK = "attribution/polnear-dev"
SPLIT = "dev"
MIN_SHARE = 0.5  # the task's matching rule: >= 50% token overlap both ways
WORD = re.compile(r"\w+")
QUOTE_MARKS = "“”\"„«»"
CATEGORIES = ("direct", "partial", "indirect")

Fragments = tuple[tuple[int, int], ...]


class Item(NamedTuple):
    """One attribution, gold or predicted: content and source as character fragments."""

    content: Fragments
    source: Fragments


class GoldText(NamedTuple):
    name: str
    text: str
    annotations: list[list[Item]]  # one list per annotator file


System = Callable[[Doc], list[Item]]


def run() -> Results:
    """Scores of newsweave, textacy direct_quotations and the say-rule on PolNeAR dev."""
    return run_part(SPLIT)


def run_part(split: str, first: int = 0, last: int | None = None, peers: bool = True) -> Results:
    """The scores on texts `first`..`last` (in name order) of one split: dev is reported, train
    is where the rules are checked ("train 0 300": the part the quote rules were tuned on)."""
    root = dataset("attribution", "polnear", split)
    if root is None:
        return [Skip(TASK, "../shared/eval/attribution/polnear is absent")]
    texts = load_split(root)[first:last]
    docs = list(nlp.parse([t.text for t in texts]))
    systems: list[tuple[str, System, bool]] = [("newsweave", newsweave_items, True)]
    if peers:
        systems += [("textacy direct_quotations", textacy_items, False), ("say-rule", say_rule_items, False)]
    results: list[Result] = []
    for name, system, ours in systems:
        predictions = [system(doc) for doc in docs]
        metrics = score(texts, predictions)
        results.append(Score(TASK, name, metrics, ours=ours, note=f"{int(metrics['gold'])} gold relations"))
    return results


def load_split(root: Path) -> list[GoldText]:
    """Texts of one PolNeAR split with every annotator's relations."""
    texts = []
    for path in sorted((root / "text").glob("*.txt")):
        annotations = [parse_ann(ann.read_text(encoding="utf-8")) for ann in sorted((root / "attributions").glob(f"{path.stem}_*.ann"))]
        if annotations:
            texts.append(GoldText(path.stem, path.read_text(encoding="utf-8"), annotations))
    return texts


def parse_ann(ann: str) -> list[Item]:
    """Relations of one brat .ann file as (content, source) fragments; Cue spans are not scored."""
    spans: dict[str, tuple[str, Fragments]] = {}
    relations = []
    for line in ann.splitlines():
        fields = line.split("\t")
        if line.startswith("T") and len(fields) >= 2:
            label, _, offsets = fields[1].partition(" ")
            fragments = tuple(tuple(int(x) for x in part.split()) for part in offsets.split(";"))
            spans[fields[0]] = (label, fragments)  # type: ignore[assignment]
        elif line.startswith("E") and len(fields) >= 2:
            relations.append([arg.split(":", 1) for arg in fields[1].split()])
    items = []
    for arguments in relations:
        content: list[tuple[int, int]] = []
        source: list[tuple[int, int]] = []
        for role, ref in arguments[1:]:
            if ref in spans and role.startswith("Content"):
                content.extend(spans[ref][1])
            elif ref in spans and role.startswith("Source"):
                source.extend(spans[ref][1])
        if content:
            items.append(Item(tuple(content), tuple(source)))
    return items


def category(text: str, content: Fragments) -> str:
    """direct when every fragment is quoted from end to end, partial when one holds a quote mark."""
    pieces = [text[s:e].strip().rstrip(".,;:!?—–- ").lstrip("—–- ") for s, e in content]
    if all(p and p[0] in QUOTE_MARKS and (p[-1] in QUOTE_MARKS or p.endswith(tuple(QUOTE_MARKS))) for p in pieces):
        return "direct"
    if any(mark in text[s:e] for s, e in content for mark in QUOTE_MARKS):
        return "partial"
    return "indirect"


class Tokens:
    """Word-token positions of one text, to turn character fragments into token sets."""

    def __init__(self, text: str) -> None:
        matches = list(WORD.finditer(text))
        self.starts = [m.start() for m in matches]
        self.ends = [m.end() for m in matches]

    def of(self, fragments: Fragments) -> frozenset[int]:
        """Tokens lying wholly inside any fragment."""
        found: set[int] = set()
        for start, end in fragments:
            first = bisect.bisect_left(self.starts, start)
            last = bisect.bisect_right(self.ends, end)
            found.update(range(first, last))
        return frozenset(found)


def match(gold: list[frozenset[int]], predicted: list[frozenset[int]]) -> list[tuple[int, int]]:
    """One-to-one (gold, predicted) index pairs sharing >= MIN_SHARE of each side's tokens,
    the pairs with most shared tokens taken first."""
    candidates = []
    by_token: dict[int, list[int]] = {}
    for p, tokens in enumerate(predicted):
        for t in tokens:
            by_token.setdefault(t, []).append(p)
    for g, tokens in enumerate(gold):
        shared: dict[int, int] = {}
        for t in tokens:
            for p in by_token.get(t, ()):
                shared[p] = shared.get(p, 0) + 1
        for p, n in shared.items():
            if n >= MIN_SHARE * len(tokens) and n >= MIN_SHARE * len(predicted[p]):
                candidates.append((-n, g, p))
    used_g: set[int] = set()
    used_p: set[int] = set()
    pairs = []
    for _, g, p in sorted(candidates):
        if g not in used_g and p not in used_p:
            used_g.add(g)
            used_p.add(p)
            pairs.append((g, p))
    return pairs


def source_right(gold: frozenset[int], predicted: frozenset[int]) -> bool:
    """Sources agree when they share at least half of the shorter one's tokens."""
    if not gold or not predicted:
        return not gold and not predicted
    return len(gold & predicted) >= MIN_SHARE * min(len(gold), len(predicted))


def score(texts: list[GoldText], predictions: list[list[Item]]) -> dict[str, float]:
    """Content P/R/F1, source accuracy on matched content, and recall per gold category."""
    n_gold = n_pred = n_match = n_source = 0
    per_category = {c: [0, 0] for c in CATEGORIES}  # matched, gold
    for gold_text, predicted in zip(texts, predictions, strict=True):
        tokens = Tokens(gold_text.text)
        pred_content = [tokens.of(item.content) for item in predicted]
        pred_source = [tokens.of(item.source) for item in predicted]
        for annotation in gold_text.annotations:
            gold_content = [tokens.of(item.content) for item in annotation]
            pairs = match(gold_content, pred_content)
            n_gold += len(annotation)
            n_pred += len(predicted)
            n_match += len(pairs)
            n_source += sum(source_right(tokens.of(annotation[g].source), pred_source[p]) for g, p in pairs)
            matched = {g for g, _ in pairs}
            for g, item in enumerate(annotation):
                counts = per_category[category(gold_text.text, item.content)]
                counts[0] += g in matched
                counts[1] += 1
    precision = n_match / n_pred if n_pred else 0.0
    recall = n_match / n_gold if n_gold else 0.0
    metrics = {
        "content_f1": 2 * precision * recall / (precision + recall) if precision + recall else 0.0,
        "content_precision": precision,
        "content_recall": recall,
        "source_accuracy": n_source / n_match if n_match else 0.0,
    }
    for name, (hit, total) in per_category.items():
        metrics[f"recall_{name}"] = hit / total if total else 0.0
        metrics[f"gold_{name}"] = float(total)
    metrics["gold"] = float(n_gold)
    return metrics


def newsweave_items(sdoc: Doc) -> list[Item]:
    """Our attributions: content span and the source as written; the pieces of a split quote
    (one cue, several quotes) become one item, as in the gold."""
    items: list[Item] = []
    last_cue = None
    for found in find_attributions(sdoc):
        cue = found.reported.cue_span
        source = (found.authority_span,) if found.authority_span else ()
        if cue is not None and cue == last_cue and items:
            items[-1] = Item(items[-1].content + (found.reported.content,), items[-1].source)
        else:
            items.append(Item((found.reported.content,), source))
        last_cue = cue
    return items


def textacy_items(sdoc: Doc) -> list[Item]:
    """textacy's direct_quotations per paragraph; a paragraph it raises on gives nothing."""
    items = []
    for start, end in _paragraph_tokens(sdoc):
        paragraph = sdoc[start:end].as_doc()
        offset = sdoc[start].idx
        try:
            triples = list(direct_quotations(paragraph))
        except (ValueError, IndexError, RuntimeError):
            continue
        for triple in triples:
            content = _fragments(triple.content, offset)
            speaker = _fragments(triple.speaker, offset)
            if content:
                items.append(Item(content, speaker))
    return items


def say_rule_items(sdoc: Doc) -> list[Item]:
    """The baseline rule: "X says/said (that) Y" and "according to X, Y" over the parse."""
    items = []
    for token in sdoc:
        if token.lemma_.lower() == "say" and token.pos_ in ("VERB", "AUX"):
            clauses = [c for c in token.children if c.dep_ == "ccomp"]
            subjects = [c for c in token.children if c.dep_ in ("nsubj", "nsubjpass")]
            if clauses:
                c = clauses[0]
                content = ((c.left_edge.idx, c.right_edge.idx + len(c.right_edge)),)
                source = (noun_phrase(subjects[0]),) if subjects else ()
                items.append(Item(content, source))
        elif token.lower_ == "according" and token.i + 1 < len(sdoc) and sdoc[token.i + 1].lower_ == "to":
            sent = token.sent
            objects = [c for c in sdoc[token.i + 1].children if c.dep_ == "pobj"]
            source = (noun_phrase(objects[0]),) if objects else ()
            if token.left_edge.i > sent.start:
                content = ((sent.start_char, sdoc[token.left_edge.i - 1].idx),)
            else:
                end = token.right_edge.i + 1
                content = ((sdoc[min(end, len(sdoc) - 1)].idx, sent.end_char),)
            items.append(Item(content, source))
    return items


def _paragraph_tokens(sdoc: Doc) -> Iterator[tuple[int, int]]:
    """Token ranges of the paragraphs (split at line breaks)."""
    start = 0
    for token in sdoc:
        if "\n" in token.text:
            if token.i > start:
                yield start, token.i
            start = token.i + 1
    if start < len(sdoc):
        yield start, len(sdoc)


def _fragments(tokens: Iterable, offset: int) -> Fragments:
    """Character fragments of a textacy token list, shifted into the document."""
    return tuple((offset + t.idx, offset + t.idx + len(t)) for t in tokens)


if __name__ == "__main__":  # python -m eval.attribution train 0 300: newsweave alone on a part of a split
    import sys

    split, *bounds = sys.argv[1:] or [SPLIT]
    for result in run_part(split, *map(int, bounds), peers=False):
        print(f"{split} {' '.join(bounds)}: " + ("  ".join(f"{k}={v:.4f}" for k, v in result.metrics.items()) if isinstance(result, Score) else result.reason))
