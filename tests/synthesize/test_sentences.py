"""Sentences: a bare quoted answer is kept as a sentence of its own, so the question before it is answered."""

from __future__ import annotations

import pytest

from newsweave.model import Document
from newsweave.synthesize.sentences import bare_answer, split_sentences

# (text, its sentences)
SPLITS = [
    ('Peskov was asked whether Russia had requested aid. "No," he said.',
     ["Peskov was asked whether Russia had requested aid.", '"No," he said.']),
    ('Reporters asked the spokesman if the ministry was warned. His answer: "No." Funerals were held on Friday.',
     ["Reporters asked the spokesman if the ministry was warned.", 'His answer: "No."', "Funerals were held on Friday."]),
    ('Asked whether the company knew, Ms. Lund paused. "No. We did not," she said.',
     ["Asked whether the company knew, Ms. Lund paused.", '"No. We did not," she said.']),
    ("The flat is No. 4 on the list of homes due for repair.", ["The flat is No. 4 on the list of homes due for repair."]),
    ("The council met. It adjourned at noon on Friday.", ["It adjourned at noon on Friday."]),  # short statements still dropped
]


@pytest.mark.parametrize(("text", "expected"), SPLITS)
def test_split_keeps_bare_answers(text, expected):
    doc = Document(id="a", path="a", format="text", source="a", text=text)
    assert [s.text for s in split_sentences([doc])] == expected


# (sentence, the negative answer its quote opens with, or None)
ANSWERS = [
    ('"No," he said.', "No"),
    ('His answer: "No."', "No"),
    ("“Nope,” the spokesman said.", "Nope"),
    ('"No comment," he said.', None),
    ('"No decision has been made," she said.', None),
    ("No one was hurt in the blast on Friday.", None),
]


@pytest.mark.parametrize(("text", "expected"), ANSWERS)
def test_bare_answer(text, expected):
    assert bare_answer(text) == expected
