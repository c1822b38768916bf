"""Lines repeated across documents of one source are that outlet's junk; prose and copies are not."""

from __future__ import annotations

import pytest

from newsweave.clean.repeated import REASON, remove_repeated_lines
from newsweave.model import Document, RemovedLine

PROMO = "Get the Harbor Daily in your inbox every morning"
STOCK = "The company did not respond to a request for comment on Monday."


def doc(doc_id: str, source: str, lines: list[str]) -> Document:
    text = "\n".join(lines)
    return Document(id=doc_id, path=f"{doc_id}.txt", format="text", source=source, raw=text, text=text)


def article(n: int) -> list[str]:
    return [f"Paragraph {n}.{i} of a different story about the harbour, told at some length here." for i in range(4)]


@pytest.mark.parametrize(
    ("sources", "line", "removed"),
    [
        (["daily", "daily"], PROMO, True),  # the outlet's promo on both pages
        (["daily", "weekly"], PROMO, False),  # different outlets: not this outlet's boilerplate
        (["daily", "daily"], STOCK, False),  # prose recurs legitimately
        (["daily", "daily"], "Short promo", False),  # too short: left to the lexicon
        (["", ""], PROMO, False),  # unknown source
    ],
)
def test_repeated_lines_per_source(sources: list[str], line: str, removed: bool) -> None:
    docs = [doc(f"d{i}", source, article(i)[:2] + [line] + article(i)[2:]) for i, source in enumerate(sources)]
    remove_repeated_lines(docs)
    for d in docs:
        assert (line not in d.text.split("\n")) is removed
        assert (RemovedLine(line, REASON, 2) in d.removed) is removed


def test_copies_are_left_to_dedupe() -> None:
    lines = ["Flood barriers fail along the Harbor river", "Live updates from the lower town", PROMO]
    docs = [doc("a", "daily", lines), doc("b", "daily", lines)]
    remove_repeated_lines(docs)
    assert [d.text for d in docs] == ["\n".join(lines)] * 2
    assert [d.removed for d in docs] == [[], []]


def test_index_points_into_the_text_before_cleaning() -> None:
    raw = "\n".join(["Menu", ""] + article(0)[:1] + [PROMO] + article(0)[1:])
    first = Document(id="a", path="a.txt", format="text", source="daily", raw=raw,
                     text="\n".join(article(0)[:1] + [PROMO] + article(0)[1:]),
                     removed=[RemovedLine("Menu", "shape:menu", 0)])
    second = doc("b", "daily", [PROMO] + article(1))
    remove_repeated_lines([first, second])
    assert RemovedLine(PROMO, REASON, 3) in first.removed
    assert RemovedLine(PROMO, REASON, 0) in second.removed


# An opinion section's list on every page (the Washington Examiner's in the web pile): its writers' names
# between their pieces' standfirsts, which are prose.
SIDEBAR = [
    "Eddie Scarry",
    "After three days of congressional hearings, only one witness has emerged so far with a legitimate gripe.",
    "Becket Adams",
    "It is not enough for newsrooms to report simply on the backgrounds of the House's key impeachment witnesses.",
    "Tom Rogan",
    "Beyond the partisan whirlwind of impeachment hearings, the United States-Ukraine relationship remains strong.",
    "Tiana Lowe",
]
# Background an outlet's follow-up stories share: paragraph after paragraph of prose.
BACKGROUND = [f"Background paragraph {i} that the outlet's follow-up stories repeat word for word, as they often do." for i in range(7)]


@pytest.mark.parametrize(
    ("shared", "removed"),
    [
        (SIDEBAR, True),
        (BACKGROUND, False),
        (SIDEBAR[:4], False),  # too short a run to tell a list from a passage two stories share
    ],
)
def test_a_repeated_list_goes_with_its_prose(shared: list[str], removed: bool) -> None:
    docs = [doc(f"d{i}", "daily", article(i) + shared + article(i + 10)) for i in range(2)]
    remove_repeated_lines(docs)
    for d in docs:
        kept = d.text.split("\n")
        assert all((line not in kept) is removed for line in shared if len(line.split()) >= 10)
        assert all(line in kept for line in article(0 if d.id == "d0" else 1))
