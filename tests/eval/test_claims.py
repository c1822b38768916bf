"""The SCU alignment scorer: gold pairs share an SCU across reports; a claim holding both aligns them."""

from __future__ import annotations

import pytest

import numpy as np

from eval.claims import Line, Topic, _f1, _lines, _score, claim_pairs, half_of

MARKED = [
    Line("a", 0, 20, "one", frozenset({"1"})),
    Line("a", 21, 40, "two", frozenset({"1", "2"})),  # same report as the first: never a pair
    Line("b", 0, 30, "three", frozenset({"2"})),
    Line("c", 0, 30, "four", frozenset({"3"})),
]
TOPIC = Topic("D0601a", [], MARKED)

# (claims as member spans, expected tp / fp / fn): gold cross-report pairs are (two, three) only
CASES = [
    ([], (0, 0, 1)),
    ([[("a", 21, 30), ("b", 5, 10)]], (1, 0, 0)),  # a unit inside each sentence is enough
    ([[("a", 0, 5), ("b", 0, 30), ("c", 0, 30)]], (0, 3, 1)),  # one claim, three sentences: three pairs, none gold
    ([[("a", 21, 40), ("b", 0, 30)], [("b", 0, 30), ("c", 0, 30)]], (1, 1, 0)),  # claims overlap: union of pairs
]


@pytest.mark.parametrize(("claims", "expected"), CASES)
def test_pairs_scored_against_scus(claims, expected):
    counts = _score([TOPIC], lambda topic: claim_pairs(topic, claims))
    assert (counts.tp, counts.fp, counts.fn) == expected


@pytest.mark.parametrize(("topic", "half"), [("D0601a", "odd"), ("D0608h", "even"), ("D0617h", "odd"), ("D0624f", "even")])
def test_halves(topic, half):
    assert half_of(topic) == half


# (a report's text as read_topic joins its lines, each line's offset and text): the fit finds the marked lines by offset
LINES = [
    ("one\ntwo words\n\nfour", [(0, "one"), (4, "two words"), (14, ""), (15, "four")]),
    ("single", [(0, "single")]),
]


@pytest.mark.parametrize(("text", "expected"), LINES)
def test_lines(text, expected):
    assert _lines(text) == expected
    assert all(text[at:at + len(line)] == line for at, line in expected)


# (gold, predicted, F1)
F1 = [
    ([1, 1, 0, 0], [1, 0, 1, 0], 0.5),  # tp 1, fp 1, fn 1
    ([1, 1, 0], [1, 1, 0], 1.0),
    ([1, 0], [0, 1], 0.0),
    ([0, 0], [0, 0], 0.0),  # nothing to find: no credit
]


@pytest.mark.parametrize(("gold", "predicted", "expected"), F1)
def test_f1(gold, predicted, expected):
    assert _f1(np.array(gold, dtype=bool), np.array(predicted, dtype=bool)) == pytest.approx(expected)
