"""Hover cards scraped into a sentence go, with the name before them; text that only looks alike stays."""

from __future__ import annotations

import pytest

from newsweave.clean.document import clean_document
from newsweave.clean.inline import cut_hover_cards
from newsweave.model import Document

OMAR_CARD = (
    "Hillicon Valley: Progressives oppose funding bill over surveillance authority | Senators call for 5G security "
    "coordinator Omar asks court to apply 'system of compassion' in sentencing man convicted of threatening her MORE"
)


@pytest.mark.parametrize(
    ("text", "expected", "cards"),
    [
        pytest.param(
            f"A New York man pleaded guilty to charges he threatened to kill Rep. Ilhan Omar Ilhan Omar {OMAR_CARD} (D-Minn.), "
            "the U.S. Attorney’s Office announced Monday.",
            "A New York man pleaded guilty to charges he threatened to kill Rep. Ilhan Omar (D-Minn.), the U.S. Attorney’s Office announced Monday.",
            1,
            id="the card after a name, as a plain-text dump has it",
        ),
        pytest.param(
            f"threatened to kill Rep. Ilhan OmarIlhan Omar{OMAR_CARD} (D-Minn.), the office said.",
            "threatened to kill Rep. Ilhan Omar (D-Minn.), the office said.",
            1,
            id="glued, as trafilatura gives it from the page",
        ),
        pytest.param(
            "South Dakota Gov. Kristi Noem Kristi Lynn Noem South Dakota governor doubles down on 'meth, we're on it' "
            "anti-drug campaign South Dakota drops pipeline protest laws after lawsuit MORE (R) is defending the campaign.",
            "South Dakota Gov. Kristi Noem (R) is defending the campaign.",
            1,
            id="the card's name is fuller; a title before the given name stays",
        ),
        pytest.param(
            "Senate Majority Leader Mitch McConnell Addison (Mitch) Mitch McConnell Trump rallies with Kentucky governor | "
            "GOP senators back trade deal MORE (R-Ky.) said on Tuesday.",
            "Senate Majority Leader Mitch McConnell (R-Ky.) said on Tuesday.",
            1,
            id="a nickname in brackets and a capital inside the surname",
        ),
        pytest.param(
            "President Trump Donald John Trump Trump leads in Iowa | Senate trial looms over impeachment MORE said on Friday.",
            "President Trump said on Friday.",
            1,
            id="a title where the given name would be",
        ),
        pytest.param(
            "Rep. Alexandria Ocasio-Cortez Alexandria Ocasio-Cortez Overnight Energy: Mark Ruffalo pushes Congress on "
            "'forever chemicals' | Lawmakers spar MORE (D-N.Y.) linked the incident to the comments.",
            "Rep. Alexandria Ocasio-Cortez (D-N.Y.) linked the incident to the comments.",
            1,
            id="a hyphenated surname",
        ),
        pytest.param(
            "President Trump said Smith Smith is MORE than a friend.",
            "President Trump said Smith Smith is MORE than a friend.",
            0,
            id="a repeated surname without a given name before it stays",
        ),
        pytest.param(
            "Sponsored Links\nPromoted Links Promoted Links\nMORE",
            "Sponsored Links\nPromoted Links Promoted Links\nMORE",
            0,
            id="a card lies within one line",
        ),
        pytest.param(
            "Jane Smith Smith & Wesson shares rose on Tuesday, and analysts expect MORE gains.",
            "Jane Smith Smith & Wesson shares rose on Tuesday, and analysts expect MORE gains.",
            0,
            id="a surname running into a company of that name: no card name holds the given name",
        ),
    ],
)
def test_cut_hover_cards(text: str, expected: str, cards: int) -> None:
    cleaned, repair = cut_hover_cards(text)
    assert cleaned == expected
    assert (repair.count if repair else 0) == cards


def test_a_cut_card_is_a_repair_of_the_document() -> None:
    doc = Document(id="d1", path="d1.txt", format="text", title="New York man pleads guilty to threatening to kill Omar",
                   raw=f"A New York man pleaded guilty to threatening to kill Rep. Ilhan Omar Ilhan Omar {OMAR_CARD} (D-Minn.), prosecutors said.")
    cleaned = clean_document(doc)
    assert "Hillicon" not in cleaned.text
    assert [(r.kind, r.count) for r in cleaned.repairs] == [("hover-card", 1)]
    assert "Hillicon Valley" in cleaned.repairs[0].example
