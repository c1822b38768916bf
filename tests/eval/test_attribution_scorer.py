"""The PolNeAR scorer: brat parsing, quote categories, and one-to-one matching at >= 50% both ways."""

from __future__ import annotations

import pytest

from eval.attribution import GoldText, Item, Tokens, category, match, parse_ann, score, source_right
from eval.common import dataset


@pytest.mark.parametrize(
    ("gold", "predicted", "expected"),
    [
        ([{1, 2, 3, 4}], [{1, 2, 3, 4}], [(0, 0)]),
        ([{1, 2, 3, 4}], [{1, 2}], [(0, 0)]),  # half of gold, all of predicted
        ([{1, 2, 3, 4}], [{1}], []),  # a quarter of gold
        ([{1, 2}], [{1, 2, 3, 4, 5}], []),  # all of gold, under half of predicted
        ([{1, 2, 3, 4}], [{1, 2, 3}, {1, 2, 3, 4}], [(0, 1)]),  # one to one, largest overlap first
        ([{1, 2}, {3, 4}], [{1, 2, 3, 4}], [(0, 0)]),  # one prediction serves one gold only
        ([], [{1}], []),
    ],
)
def test_match(gold: list[set[int]], predicted: list[set[int]], expected: list[tuple[int, int]]) -> None:
    assert match([frozenset(g) for g in gold], [frozenset(p) for p in predicted]) == expected


@pytest.mark.parametrize(
    ("gold", "predicted", "expected"),
    [({1, 2}, {2}, True), ({1, 2, 3}, {4}, False), (set(), set(), True), ({1}, set(), False)],
)
def test_source_right(gold: set[int], predicted: set[int], expected: bool) -> None:
    assert source_right(frozenset(gold), frozenset(predicted)) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("“We will win,” he said.", "direct"),
        ("that he would “certainly” win", "partial"),
        ("that he would win", "indirect"),
    ],
)
def test_category(text: str, expected: str) -> None:
    end = text.index("”", 1) + 1 if expected == "direct" else len(text)
    assert category(text, ((0, end),)) == expected


def test_category_of_split_quote() -> None:
    text = "“One,” he said, “two.”"
    assert category(text, ((0, 6), (16, 22))) == "direct"


def test_parse_ann_joins_discontinuous_content() -> None:
    ann = "T1\tSource 0 2\the\nT2\tCue 3 7\tsaid\nT3\tContent 8 12;20 24\tx\nT4\tAttribution 3 7\tsaid\nE1\tAttribution:T4 Content:T3 Cue:T2 Source:T1\n"
    assert parse_ann(ann) == [Item(((8, 12), (20, 24)), ((0, 2),))]


def test_tokens_of_fragments() -> None:
    tokens = Tokens("He said: the deal is dead.")
    assert tokens.of(((9, 25),)) == frozenset({2, 3, 4, 5})


def test_score_counts_each_annotator_file() -> None:
    text = "Ann said the deal is dead."
    gold = [Item(((9, 25),), ((0, 3),))]
    metrics = score([GoldText("t", text, [gold, gold])], [[Item(((9, 25),), ((0, 3),))]])
    assert (metrics["gold"], metrics["content_f1"], metrics["source_accuracy"], metrics["recall_indirect"]) == (2.0, 1.0, 1.0, 1.0)


def test_polnear_dev_is_readable() -> None:
    root = dataset("attribution", "polnear", "dev")
    if root is None:
        pytest.skip("../shared/eval/attribution/polnear is absent")
    from eval.attribution import load_split

    texts = load_split(root)
    # 2,320 relations, one of which has no Content span to score
    assert sum(len(a) for t in texts for a in t.annotations) == 2319
