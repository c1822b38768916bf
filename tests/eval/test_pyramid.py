"""The pyramid lower bound's pieces: SCU weights read from a real DUC pyramid, and when a summary
sentence reproduces a marked report sentence."""

from __future__ import annotations

import pytest

from eval.common import dataset
from eval.pyramid import _cut, _reproduces, _words, read_pyramid


@pytest.mark.parametrize("summary, marked, reproduced", [
    ("The dam held.", "The dam held.", True),
    ("Officials said the dam held after a week of rain.", "the dam held after a week of rain", True),  # splitters differ at the edges
    ("The dam held.", "Officials said on Monday that the dam held after a week of heavy rain.", False),  # too little of it
    ("The dam failed.", "The dam held.", False),
    ("", "The dam held.", False),
])
def test_reproduces(summary: str, marked: str, reproduced: bool) -> None:
    assert _reproduces(_words(summary), _words(marked)) is reproduced


def test_cut_keeps_the_first_250_words() -> None:
    kept = _cut(["one two three " * 50, "four five " * 100, "never reached"])
    assert sum(len(s.split()) for s in kept) == 250 and len(kept) == 2


def test_read_pyramid_weights_are_model_counts() -> None:
    root = dataset("summarization", "duc2006-dev")
    if root is None or not (root / "pyramids" / "D0601.pyr").exists():
        pytest.skip("../shared/eval/summarization/duc2006-dev/pyramids is absent")
    weights, ideal = read_pyramid(root / "pyramids" / "D0601.pyr")
    assert set(weights.values()) <= {1, 2, 3, 4} and max(weights.values()) == 4
    assert len(weights) == 94  # the pyramid's SCUs
    assert ideal > 0 and ideal == int(ideal)
