"""Junk inside a sentence: a person's hover card scraped into the text beside their name.

Some outlets (The Hill on every politician it names) put a pop-up card after a linked name: the
name again, in full, the card's latest headlines and a "MORE" link. Scraped as text it lands in the
sentence ("Rep. Ilhan Omar Ilhan Omar Hillicon Valley: Progressives oppose ... | Senators call for ...
MORE (D-Minn.), the U.S. Attorney's Office ... announced"); from HTML the pieces come glued ("Ilhan
OmarIlhan OmarHillicon Valley: ..."). The sentence, its quotes and its names are wrong until the card
goes. A card is known by its shape: after a name, at once, a name ending in the same surname, up to
`MAX_CARD_CHARS` of headlines and "MORE" in capitals. The name before it stays.
"""

from __future__ import annotations

import re

from newsweave import lexicon
from newsweave.model import Repair

# A card's name and headlines: The Hill's cards hold a name and three headlines, at most about 500 characters.
MAX_CARD_CHARS = 1000
_TITLES = lexicon.for_language(lexicon.DEFAULT_LANGUAGE).titles
_TITLE_WORDS = frozenset(_TITLES.TITLE_WORDS) | frozenset(_TITLES.HONORIFICS)
_SURNAME = r"[A-Z][a-z'’-]+(?:[A-Z][a-z'’-]+)?"  # "Omar", "McConnell"; a glued "OmarIlhan" is two words
_GAP = r"[ \t]"  # a card lies within its line
_HOVER_CARD = re.compile(
    rf"(?<![\w'’-])(?P<given>[A-Z][\w.'’-]*?){_GAP}+(?P<surname>{_SURNAME})"  # the name as the sentence writes it
    rf"{_GAP}*(?P<card>(?P<full>(?:[A-Z(][\w.'’()-]*{_GAP}+){{0,4}}?)(?P=surname)"  # the card's name: "Ilhan Omar", "Kristi Lynn Noem"
    rf"{_GAP}*\S[^\n]{{10,{MAX_CARD_CHARS}}}?{_GAP}?MORE)"  # its headlines, up to its "MORE" link
)
_MORE = re.compile(r"MORE(?![\w'’-])")
# How far before its "MORE" a card may open: the name before it, the card's name and its headlines.
_CARD_REACH = MAX_CARD_CHARS + 200


def cut_hover_cards(text: str) -> tuple[str, Repair | None]:
    """`text` without hover cards, and the repair that says how many went and shows the first.

    A card's name holds the given name the sentence wrote ("Kristi Noem Kristi Lynn Noem", "Mitch
    McConnell Addison (Mitch) Mitch McConnell"): that tells the card from a run of names that only
    repeats a surname ("Gov. Kristi | Noem Kristi ..."). Where the sentence wrote a title, not a given
    name ("President Trump Donald John Trump"), the card is taken once no card with a given name is left.
    """
    cards: list[str] = []
    if "MORE" not in text:  # nearly every text: no card to look for
        return text, None
    for by_title in (False, True):
        text = _cut(text, cards, by_title)
    if not cards:
        return text, None
    first = cards[0] if len(cards[0]) <= 120 else cards[0][:117] + "..."
    return text, Repair(kind="hover-card", count=len(cards), example=f"dropped after a name: {first}")


def _cut(text: str, cards: list[str], by_title: bool) -> str:
    """`text` less the cards ending at each "MORE": a card is looked for only in the reach before one, so a
    long page of repeated names costs its "MORE"s, not its length times a card's."""
    kept, at = [], 0
    for more in _MORE.finditer(text):
        start = max(at, more.start() - _CARD_REACH)
        while start < more.start() and (match := _HOVER_CARD.search(text, start, more.end())) is not None:
            given = match["given"].strip(".").lower()
            full = {word.strip("().").lower() for word in match["full"].split()}
            if match.end() == more.end() and ((given in _TITLE_WORDS) if by_title else (given in full)):
                kept.append(text[at:match.start("card")].rstrip() if text[match.end():match.end() + 1] in " ,.;:)" else text[at:match.start("card")])
                cards.append(match["card"])
                at = match.end()
                break
            start = match.start() + 1
    return "".join(kept) + text[at:]
