"""The report's view model: what each report does with each claim, as the claims matrix shows it."""

import pytest

from newsweave.model import Claim, ClaimMember, Document, Dossier, Quote, RunInfo
from newsweave.render.report import render
from newsweave.render.view import DENIAL_QUOTED, build_view

CLAIM = "Russia asked China for military equipment."
DENIAL = "The Kremlin denied that Russia had asked China for help."


def member(doc: str, stance: str, text: str = CLAIM) -> ClaimMember:
    return ClaimMember(doc, 0, len(text), text, stance)


# (members of "a", denials in "a", the cell of report "a"): a report quoting a party's denial beside
# the claim it carries is no denier; only a report whose one word on the claim is a denial denies
CELLS = [
    (["asserts"], [], "asserts"),
    (["reports"], [], "reports"),
    (["reports", "asserts"], [], "asserts"),
    ([], ["denies"], "denies"),
    (["reports"], ["denies"], DENIAL_QUOTED),
    (["asserts"], ["denies"], DENIAL_QUOTED),
    ([], [], "silent"),
]


def dossier(stances: list[str], denials: list[str]) -> Dossier:
    docs = [Document(id=k, path=f"{k}.txt", format="text", source=k, text=CLAIM) for k in ("a", "b")]
    claim = Claim("c1", CLAIM, [member("b", "asserts")] + [member("a", s) for s in stances], [member("a", s, DENIAL) for s in denials])
    return Dossier(run=RunInfo(version="0", created="now", inputs=["in"]), documents=docs, claims=[claim])


@pytest.mark.parametrize(("stances", "denials", "cell"), CELLS)
def test_each_cell_says_what_the_report_does_with_the_claim(stances, denials, cell):
    (row,) = build_view(dossier(stances, denials)).matrix
    assert row.cells == [cell, "asserts"]


@pytest.mark.parametrize("template", ["report.md.j2", "report.html.j2"])
def test_reports_name_a_quoted_denial(template):
    assert DENIAL_QUOTED in render(dossier(["reports"], ["denies"]), template)


FRANK = "He says he doubts he would have won his first election if he had announced in 1980 that he was gay."


def said(doc: str, text: str, kind: str = "indirect") -> Quote:
    start = FRANK.index(text)
    return Quote(doc, text, start, start + len(text), kind, speaker="Barney Frank")


# (quotes of one speaker, the ones "Who said what" shows): one inside another of the same report is shown once
NESTED = [
    ([said("a", FRANK[7:-1]), said("a", FRANK[15:-1]), said("a", "that he was gay")], [FRANK[7:-1]]),
    ([said("a", FRANK[7:-1]), said("b", "that he was gay")], [FRANK[7:-1], "that he was gay"]),  # another report
    ([said("a", FRANK[7:40]), said("a", FRANK[30:60])], [FRANK[7:40], FRANK[30:60]]),  # overlapping, neither inside
]


@pytest.mark.parametrize(("quotes", "shown"), NESTED)
def test_a_quote_inside_another_of_its_speaker_is_shown_once(quotes, shown):
    docs = [Document(id=k, path=f"{k}.txt", format="text", source=k, text=FRANK) for k in ("a", "b")]
    view = build_view(Dossier(run=RunInfo(version="0", created="now", inputs=["in"]), documents=docs, quotes=quotes))
    assert [q.text for q in dict(view.quotes_by_speaker)["Barney Frank"]] == shown
