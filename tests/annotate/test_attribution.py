"""Attribution: authority, anonymity, cue, outlet and first-to-report, one row per construction."""

from __future__ import annotations

import pytest

from newsweave.annotate import nlp
from newsweave.annotate.attribution import extract_attributions


def attributions_of(text: str, outlets: tuple[str, ...] = ()) -> list[tuple]:
    sdoc = next(nlp.parse([text]))
    return [(text[a.start:a.end], a.authority, a.anonymous, a.cue, a.via, a.first_to_report) for a in extract_attributions("d", sdoc, outlets)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A U.S. official told POLITICO that the deal was dead.", [("that the deal was dead", "A U.S. official", True, "told", "POLITICO", False)]),
        (
            "The talks collapsed, according to the Financial Times, which first reported the news.",
            [("The talks collapsed", "the Financial Times", False, "according to", "the Financial Times", True)],
        ),
        ("According to Reuters, the plant was closed.", [("the plant was closed", "Reuters", False, "according to", "Reuters", False)]),
        ("American officials said the strike had hit its target.", [("the strike had hit its target", "American officials", True, "said", None, False)]),
        ("Experts warned that prices would rise.", [("that prices would rise", "Experts", True, "warned", None, False)]),
        (
            "Sources familiar with the matter said the merger was off.",
            [("the merger was off", "Sources familiar with the matter", True, "said", None, False)],
        ),
        ("Reports said the border was closed.", [("the border was closed", "Reports", True, "said", None, False)]),
        (  # pronoun resolved to the person named before
            "Angela Merkel spoke to reporters. She said the government had no comment.",
            [("the government had no comment", "Angela Merkel", False, "said", None, False)],
        ),
        ("The Washington Post reported that the talks had stalled.", [("that the talks had stalled", "The Washington Post", False, "reported", "The Washington Post", False)]),
        ("The ministry denied that troops had crossed the border.", [("that troops had crossed the border", "The ministry", False, "denied", None, False)]),
        ("The river rose by two metres overnight.", []),
    ],
)
def test_constructions(text: str, expected: list[tuple]) -> None:
    assert attributions_of(text) == expected


def test_outlets_given_by_the_caller() -> None:
    found = attributions_of("A senior aide told Meduza that the talks were over.", outlets=("Meduza",))
    assert found == [("that the talks were over", "A senior aide", True, "told", "Meduza", False)]


@pytest.mark.parametrize(
    "text",
    [
        "“Unbalanced, the official said. " * 30,
        " ".join(["word"] * 5000) + " according to officials.",
        "Le ministre a déclaré que les négociations avaient échoué, selon l'AFP.",
        " ".join(f"“Claim {i} holds,” a source said." for i in range(100)),
    ],
    ids=["unbalanced", "5000-word-sentence", "other-language", "100-quotes"],
)
def test_hostile_text_gives_a_result(text: str) -> None:
    assert isinstance(attributions_of(text), list)
