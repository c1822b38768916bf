"""Whether a place is inside a quote: the end of the text before it."""

from __future__ import annotations

import pytest

from newsweave.annotate.quote_marks import closing_mark, inside_quote, inside_quote_on_line


@pytest.mark.parametrize(
    ("before", "inside"),
    [
        ("“We will not allow", True),
        ("“We will not allow it,” he said, and", False),
        ('"We will not allow', True),  # a straight mark opens ...
        ('"We will not allow it," he said, and', False),  # ... and closes: counted in pairs
        ("«Nous ne", True),
        ("„Wir werden", True),
        ("“A” and “B", True),
        ("is clear.” He said", False),  # a stray closing mark (the quote opened a sentence before) closes nothing
        ("is clear.” He said “no", True),
        ("Israel's settlements", False),  # an apostrophe is no quote mark
        ('The bezels on the 13" are large, and a 14', False),  # an inch mark opens nothing ...
        ('He called it "Apollo 13" and', False),  # ... but a mark after a figure closes one that is open
        ('The 65" TV was "too', True),
        ("", False),
    ],
)
def test_inside_quote(before: str, inside: bool) -> None:
    assert inside_quote(before) is inside


# (text, positions asked, whether each is inside a quote opened on its own line): a line break closes all
ON_LINE = [
    ("“We will not allow it,” Sondland said. “He", [3, 27, 40], [True, False, True]),
    ("“An open quote\nSondland said", [5, 16], [True, False]),
    ('The 65" TV was "too big', [5, 17], [False, True]),
    ("no marks at all", [0, 5], [False, False]),
    ("", [], []),
]


@pytest.mark.parametrize(("text", "positions", "inside"), ON_LINE)
def test_inside_quote_on_line(text: str, positions: list[int], inside: list[bool]) -> None:
    assert inside_quote_on_line(text, positions) == inside
    # the same answers as `inside_quote` of each position's line before it
    assert inside == [inside_quote(text[text.rfind("\n", 0, at) + 1:at]) for at in positions]


@pytest.mark.parametrize(
    ("text", "mark"),
    [
        ('Morrison told the committee, "I feared at the time of the call how it would play.', '"'),  # the web pile, CBS News
        ("He said, “We are safe.", "”"),
        ("Il a dit « Nous sommes prêts.", "»"),
        ("He said, “We are safe,” and left.", ""),
        ('He said, "We are safe," and left.', ""),
        ("“A” and “B", "”"),
        ("is clear.” He left.", ""),  # a stray closing mark closes nothing and opens nothing
        ("Israel's settlements grew.", ""),
        # a straight mark after a stop closes a quote opened before the sentence (Bartleby, in the web pile)
        ('In the afternoon I charge the foe, thus!"--and he made a violent thrust with the ruler.', ""),
        ('"We are safe.', '"'),
    ],
)
def test_closing_mark(text: str, mark: str) -> None:
    assert closing_mark(text) == mark
