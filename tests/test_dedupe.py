"""Copy relations: duplicates, near-duplicates, reuse and attributed rewrites, found by blocking."""

from __future__ import annotations

import random

import pytest

from newsweave.dedupe import find_copies
from newsweave.model import CopyRelation, Document

VOCABULARY = (
    "harbor barrier gate storm surge council mayor engineer report inspection contractor city port water "
    "residents flood seal repair vote budget review night morning street quay neighborhood official said "
    "would could after before during because while with from into over under about against between "
    "the a of and to in on for at by was were had has have is are be been it they she he we"
).split()


def prose(seed: int, words: int) -> str:
    """Deterministic article-like text: sentences of words drawn from VOCABULARY."""
    rng = random.Random(seed)
    out = []
    for k in range(words):
        word = rng.choice(VOCABULARY)
        out.append(word.capitalize() if k % 12 == 0 else word)
        if k % 12 == 11:
            out[-1] += "."
    return " ".join(out)


def doc(id: str, text: str, source: str = "", published: str | None = None) -> Document:
    return Document(id=id, path=f"{id}.txt", format="text", source=source, text=text, published=published)


ARTICLE = prose(1, 300)
SHORT_ARTICLE = (
    "Two of the four steel gates that were meant to seal Halden Harbor against the storm surge had been "
    "flagged for advanced corrosion in an inspection last month. The report, prepared for the port "
    "authority by an engineering firm, recommended replacing the seals before the spring storm season. "
    "Twelve days later the contractor certified all four gates as fully operational."
)
GAZETTE = (
    "Two of the four steel gates meant to seal Halden Harbor against Sunday's storm surge had been flagged "
    "for advanced corrosion in an inspection last month, according to a copy of the report obtained by the "
    "Gazette. The report, prepared for the Halden Port Authority by the engineering firm Alder & Finch, found "
    "that the hydraulic seals on the barrier's two middle gates were corroded well beyond the manufacturer's "
    "tolerance and recommended that they be replaced before the spring storm season. Twelve days later, "
    "Kestrel Marine Works, the contractor that maintains the barrier, certified all four gates as fully "
    "operational. On Sunday evening gates 2 and 3 stalled partway through their closing cycle and seawater "
    "poured into Lower Quay, where about 1,200 residents were evacuated."
)
REWRITE = (
    "An inspection last month found advanced corrosion on two of the barrier's four steel gates, the Harbor "
    "Gazette reported on Tuesday. According to the report obtained by the Gazette, the engineering firm Alder "
    "& Finch told the Halden Port Authority that the hydraulic seals on the two middle gates should be replaced "
    "before the spring storm season. Kestrel Marine Works nonetheless certified the gates as operational less "
    "than two weeks later. Gates 2 and 3 stalled on Sunday evening, flooding Lower Quay and forcing about 1,200 "
    "residents from their homes."
)
INDEPENDENT = (
    "Water was still standing in the streets of Lower Quay on Monday morning as crews pumped out basements. "
    "Residents who spent the night in a school gym said nobody had warned them the barrier might not close. "
    "The mayor promised an independent review of the failure and said the city would withhold payments to "
    "Kestrel Marine Works until it was complete. The company said its engineers were examining the gates and "
    "that it would cooperate fully with any inquiry."
)


def relation_of(relations: list[CopyRelation]) -> tuple[str, str, str, bool] | None:
    assert len(relations) <= 1, relations
    return (relations[0].original, relations[0].copy, relations[0].kind, relations[0].cites_original) if relations else None


@pytest.mark.parametrize(
    ("docs", "expected"),
    [
        pytest.param([doc("a", ARTICLE), doc("b", ARTICLE)], ("a", "b", "duplicate", False), id="identical texts"),
        pytest.param(
            [
                doc("wire", SHORT_ARTICLE, published="2025-03-04"),
                doc("copy", "Photo Credits: Lena Varga\n" + SHORT_ARTICLE.replace("Twelve days", "Eleven days"), published="2025-03-05"),
            ],
            ("wire", "copy", "near-duplicate", False),
            id="copy with a leftover junk line and one changed word",
        ),
        pytest.param(
            [
                doc("b", " ".join(ARTICLE.split()[:210]) + " " + prose(2, 90), published="2025-03-05T10:00:00"),
                doc("a", ARTICLE, published="2025-03-04T09:00:00+00:00"),
            ],
            ("a", "b", "reuse", False),
            id="first 70 percent plus new text",
        ),
        pytest.param(
            [doc("gazette", GAZETTE, source="The Harbor Gazette"), doc("other", INDEPENDENT, source="Bayline News")],
            None,
            id="independent reports of one event",
        ),
        pytest.param(
            [
                doc("gazette", GAZETTE, source="The Harbor Gazette", published="2025-03-04"),
                doc("bayline", REWRITE, source="baylinenews.com", published="2025-03-04"),
                doc("other", INDEPENDENT, source="Civic Lantern", published="2025-03-04"),
            ],
            ("gazette", "bayline", "rewrite", True),
            id="paraphrase naming the original's outlet",
        ),
        pytest.param(
            [doc("gazette", GAZETTE, source="The Harbor Gazette"), doc("self", REWRITE, source="harborgazette.com")],
            None,
            id="an outlet naming itself is not a rewrite",
        ),
        pytest.param([doc("a", ""), doc("b", ""), doc("c", "one two")], None, id="empty and tiny texts"),
    ],
)
def test_find_copies(docs: list[Document], expected: tuple[str, str, str, bool] | None) -> None:
    assert relation_of(find_copies(docs)) == expected


def test_reuse_share() -> None:
    reused = find_copies(
        [doc("a", ARTICLE, published="2025-03-04"), doc("b", " ".join(ARTICLE.split()[:210]) + " " + prose(2, 90), published="2025-03-05")]
    )
    assert reused[0].reused == pytest.approx(0.7, abs=0.03)
    assert reused[0].similarity == pytest.approx(0.54, abs=0.03)


def test_output_order_is_deterministic() -> None:
    docs = [doc(f"d{k}", prose(10 + k // 3, 200)) for k in range(12)]  # groups of three identical texts
    relations = find_copies(docs)
    position = {d.id: k for k, d in enumerate(docs)}
    pairs = [(r.original, r.copy) for r in relations]
    assert pairs == sorted(pairs, key=lambda p: (position[p[0]], position[p[1]]))
    assert len(pairs) == 8  # each of a group's copies linked to its most original text, not to each other
    assert find_copies(docs) == relations
