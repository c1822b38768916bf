"""Datelines: where the words of a report's first line begin, one row per real dateline (DUC 2006 dev)."""

from __future__ import annotations

import pytest

from newsweave.read.dateline import dateline_end, skip_dateline


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("WASHINGTON (AP) -- American Indian reservations would get an infusion of $1.2 billion", "American Indian"),
        ("PINE RIDGE, S.D. (AP) -- President Clinton turned the attention of his national poverty tour", "President Clinton"),
        ("GROZNY, Russia (AP) -- Russia's air force pumped up the pressure on breakaway Chechnya", "Russia's air force"),
        ("BEIJING (AP) _ Accusing foreign media of plotting to disrupt relations with Macau", "Accusing"),
        ("NEWARK, N.J. _ Cranberry farmers have been quietly expanding into more and more unregulated acreage", "Cranberry"),
        ("JERUSALEM, June 11 (Xinhua) -- Israeli Army ordered Thursday to set up a force of civilian guards", "Israeli Army"),
        ("BEIDAIHE (Hebei), March 5 (Xinhua) -- China will enhance its efforts", "China will"),
        ("WINNIPEG, Canada, August 7 (Xinhua) -- The human aspect should be considered", "The human"),
        ("WASHINGTON (AP -- Rising ocean temperatures, perhaps caused by global climate change", "Rising"),
        ("BUFFALO, N.Y. (AP) - For the first 15 years of their farming lives", "For the first"),
        ("PORT HALDEN — Federal auditors will examine how a $48 million grant was spent", "Federal auditors"),
        # a web page's Title Case place with its state (the plain-text dumps of ../shared/eval/extraction)
        ("Dekalb, Ill. — Mike Glass threw for three touchdowns and ran for another", "Mike Glass"),
        ("New York, NY – The range of native ad units now available have powered native ad spending", "The range"),
        # no dateline: the line's own words
        ("Why — especially — does it seem like certain people come out of nowhere", "Why"),
        ("However, Smith — who had led the board — resigned", "However"),
        ("American Indians are the victims of violent crimes at more than twice the national average", "American Indians"),
        ("WASHINGTON, D.C. 20003 Tel: 202-547-4512 Fax: 202-546-4194", "WASHINGTON"),
        ("IN the treatment of rheumatic disorders the mainstay drugs are", "IN the"),
    ],
)
def test_first_line(text: str, words: str) -> None:
    assert text[skip_dateline(text, 0, len(text)):].startswith(words)


@pytest.mark.parametrize(
    ("text", "start", "words"),
    [
        ("Title of the page\nHAYS, Kan. (AP) -- A smaller wheat crop", 18, "A smaller"),  # a dateline opening a later line
        ("He said BEIJING (AP) _ was quiet.", 8, "BEIJING"),  # not at a line start: no dateline
    ],
)
def test_only_at_a_line_start(text: str, start: int, words: str) -> None:
    assert text[skip_dateline(text, start, len(text)):].startswith(words)


@pytest.mark.parametrize("text", ["ABC (a" * 3000, "ABC" + ", Bb" * 5000 + " x", "ABC, " + "Bb 12 " * 5000, "A" * 100_000])
def test_hostile_lines_give_no_dateline(text: str) -> None:
    """Lines that once backtracked without end (every part of the pattern is bounded now)."""
    assert skip_dateline(text, 0, len(text)) == 0


@pytest.mark.parametrize(
    ("statement", "start", "shown"),
    [
        # a report's opening statement is shown without its dateline
        ("NEWARK, N.J. _ Cranberry farmers have been quietly expanding into more and more unregulated acreage.", 0, "Cranberry farmers"),
        ("JERUSALEM, June 11 (Xinhua) -- Israeli Army ordered Thursday to set up a force of civilian guards.", 0, "Israeli Army"),
        # a statement further into its report has none, and a dateline with nothing after it stays
        ("BEIJING (AP) _ Accusing foreign media of plotting to disrupt relations with Macau.", 120, "BEIJING"),
        ("WASHINGTON (AP) -- ", 0, "WASHINGTON"),
    ],
)
def test_dateline_end(statement: str, start: int, shown: str) -> None:
    assert statement[dateline_end(statement, start):].startswith(shown)
