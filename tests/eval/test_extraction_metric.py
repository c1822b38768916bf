"""The benchmark's metric: 4-gram shingles of \\w+ tokens, multiset TP/FP/FN normalised per page."""

from __future__ import annotations

import pytest

from eval.extraction import Match, aggregate, calibration_ids, line_rule, shingle_match

TRUTH = "one two three four five six"  # shingles: 1234 2345 3456


@pytest.mark.parametrize(
    ("predicted", "expected"),
    [
        (TRUTH, Match(1.0, 0.0, 0.0)),
        ("", Match(0.0, 0.0, 1.0)),
        ("one two three four five", Match(2 / 3, 0.0, 1 / 3)),  # 1234 2345 found, 3456 missed
        ("one two three four five six seven", Match(3 / 4, 1 / 4, 0.0)),  # 4567 extra
        ("one, two! three\nfour five six", Match(1.0, 0.0, 0.0)),  # punctuation and lines do not matter
        ("One two three four five six", Match(2 / 4, 1 / 4, 1 / 4)),  # case matters
        (TRUTH + " " + TRUTH, Match(3 / 9, 6 / 9, 0.0)),  # multiset: repeats are false positives
    ],
)
def test_shingle_match(predicted: str, expected: Match) -> None:
    assert shingle_match(TRUTH, predicted) == pytest.approx(expected)


def test_short_texts_are_one_shingle() -> None:
    assert shingle_match("two words", "two words") == Match(1.0, 0.0, 0.0)
    assert shingle_match("two words", "two other") == Match(0.0, 0.5, 0.5)


@pytest.mark.parametrize(
    ("matches", "expected"),
    [
        ([Match(1.0, 0.0, 0.0), Match(0.5, 0.5, 0.0)], {"precision": 0.75, "recall": 1.0}),
        # a page with no prediction does not count in precision, only in recall
        ([Match(1.0, 0.0, 0.0), Match(0.0, 0.0, 1.0)], {"precision": 1.0, "recall": 0.5}),
    ],
)
def test_aggregate_averages_over_pages(matches: list[Match], expected: dict[str, float]) -> None:
    metrics = aggregate(matches)
    assert metrics["precision"] == pytest.approx(expected["precision"])
    assert metrics["recall"] == pytest.approx(expected["recall"])
    p, r = expected["precision"], expected["recall"]
    assert metrics["f1"] == pytest.approx(2 * p * r / (p + r), abs=1e-4)


def test_calibration_split_is_even_positions_of_sorted_ids() -> None:
    assert calibration_ids(["d", "a", "c", "b", "e"]) == (["a", "c", "e"], ["b", "d"])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Menu\nThis line has more than ten words and it ends with a full stop.",
         "This line has more than ten words and it ends with a full stop."),
        ("This line has more than ten words but it has no punctuation at all", ""),
        ("Short line.", ""),
    ],
)
def test_line_rule_baseline(text: str, expected: str) -> None:
    assert line_rule(text) == expected
