"""Text repair: entity residue detected per document and repaired, ftfy's fixes kept, quotes kept curly, drop caps joined."""

from __future__ import annotations

import ftfy
import pytest

from newsweave.clean.encoding import fix_text_fast, has_entity_residue, repair_text


@pytest.mark.parametrize(
    ("text", "expected", "kinds"),
    [
        pytest.param(
            "The mayor wasn”;t at the “;State of the Union”; –; he’;d left.",
            "The mayor wasn’t at the “State of the Union” – he’d left.",
            ["entity-residue"],
            id="residue repaired",
        ),
        pytest.param(
            "He called it “a disgrace”; the mayor disagreed.",
            "He called it “a disgrace”; the mayor disagreed.",
            [],
            id="single legitimate quote-semicolon untouched",
        ),
        pytest.param(
            "She said “no”; he said “yes”; they argued about the “plan” and the “wall”.",
            "She said “no”; he said “yes”; they argued about the “plan” and the “wall”.",
            [],
            id="two legitimate quote-semicolons among many quotes untouched",
        ),
        pytest.param("Council’;s plan", "Council’s plan", ["entity-residue"], id="in-word residue in a title"),
        pytest.param(
            "Officials called it “;a disaster”;; others disagreed —; loudly.",
            "Officials called it “a disaster”; others disagreed — loudly.",
            ["entity-residue"],
            id="real semicolon after residue kept",
        ),
        pytest.param("The café is open\nLe cafÃ© est ouvert", "The café is open\nLe café est ouvert", ["ftfy"], id="mojibake fixed by ftfy"),
        pytest.param(
            "He wasnâ€™;t at the â€œ;State of the Unionâ€\x9d; today â€“; again.",
            "He wasn’t at the “State of the Union” today – again.",
            ["entity-residue", "ftfy"],
            id="residue hidden in mojibake",
        ),
        pytest.param("“Quotes” stay ‘curly’ – always.", "“Quotes” stay ‘curly’ – always.", [], id="curly quotes kept curly"),
        pytest.param("Plain ASCII; with 'quotes'; untouched.", "Plain ASCII; with 'quotes'; untouched.", [], id="ASCII untouched"),
        pytest.param("Tom &amp; Jerry", "Tom & Jerry", ["ftfy"], id="HTML entity unescaped by ftfy"),
        pytest.param("", "", [], id="empty string"),
        # drop caps split from their word (the web pile: the Telegraph, the Guardian)
        pytest.param("T he Davis Cup Final began on Monday.", "The Davis Cup Final began on Monday.", ["drop-cap"], id="drop cap of a common word"),
        pytest.param("Z imbabwe President Robert Mugabe resigned.\nZimbabwe celebrated.", "Zimbabwe President Robert Mugabe resigned.\nZimbabwe celebrated.",
                     ["drop-cap"], id="drop cap of a word written elsewhere"),
        pytest.param("M uch of the focus on day one was about the staging.", "Much of the focus on day one was about the staging.",
                     ["drop-cap"], id="drop cap of a word that opens sentences, written nowhere else"),
        pytest.param("F uelling speculation, the army moved in.", "F uelling speculation, the army moved in.", [], id="a word written nowhere else stays"),
        pytest.param("T cells attack the virus.\nThe T cells multiply and then the tcells die.", "T cells attack the virus.\nThe T cells multiply and then the tcells die.",
                     [], id="written apart inside a line: not a drop cap"),
        # a possessive split from its word by a link's end (the web pile: Science Alert, the New York Times)
        pytest.param("But according to NPR ’s Feng, the couple had been moved.", "But according to NPR’s Feng, the couple had been moved.",
                     ["possessive"], id="possessive split from its word"),
        pytest.param("Yahoo 's sale. The word 's' is a letter.", "Yahoo's sale. The word 's' is a letter.", ["possessive"],
                     id="a quoted letter is no possessive"),
        # invisible characters inside words (the web pile: the Washington Post's soft hyphens, Lifehacker's zero-width spaces)
        pytest.param("Obama and Netan\u00adyahu met Vladi\u00admir Putin.", "Obama and Netanyahu met Vladimir Putin.", ["invisible"],
                     id="soft hyphens dropped"),
        pytest.param("Read more twocents.\u200blifehacker.\u200bcom\n\ufeffNext", "Read more twocents.lifehacker.com\nNext", ["ftfy", "invisible"],
                     id="zero-width spaces and a byte-order mark dropped (ftfy takes the mark)"),
        pytest.param("Australia y Ocean\u00c3\u00ada", "Australia y Oceanía", ["ftfy"], id="a soft hyphen inside mojibake is half a letter: ftfy's"),
        pytest.param("می\u200cخواهم 👩\u200d💻", "می\u200cخواهم 👩\u200d💻", [], id="joiners that scripts and emoji need stay"),
        pytest.param("O assunto foi levantado.\nA bout of flu kept him home.", "O assunto foi levantado.\nA bout of flu kept him home.", [], id="letters that are words"),
    ],
)
def test_repair_text(text: str, expected: str, kinds: list[str]) -> None:
    repaired, repairs = repair_text(text)
    assert repaired == expected
    assert [repair.kind for repair in repairs] == kinds
    assert all(repair.count > 0 and repair.example for repair in repairs)


@pytest.mark.parametrize(
    ("text", "count", "example"),
    [
        # found by tests/clean/test_properties.py: with difflib aligning every line, repeated lines made
        # this quadratic (20,000 pairs of lines ran for minutes)
        pytest.param("x\n\x00\n" * 20_000, 20_000, "\\x00 -> ", id="many repeated lines, each NUL line changed"),
        pytest.param("ok\ncafÃ©\nok\nÃ©\n", 2, "cafÃ© -> café", id="changed lines counted pairwise"),
        pytest.param("a\rb\ncafÃ©", 3, "a\\rb\\ncafÃ© -> a\\nb", id="line breaks changed: lines aligned"),
    ],
)
def test_ftfy_repair_counts_changed_lines(text: str, count: int, example: str) -> None:
    (repair,) = repair_text(text)[1]
    assert (repair.kind, repair.count) == ("ftfy", count)
    assert repair.example.startswith(example)


@pytest.mark.parametrize(
    ("text", "example"),
    [
        ("The mayor wasn”;t at the “;State of the Union”; –; he’;d left.", "wasn”;t -> wasn’t"),
        ("“;Hello”; –; world –; again", "“;Hello”; -> “Hello”"),
    ],
)
def test_residue_example(text: str, example: str) -> None:
    _, repairs = repair_text(text)
    assert repairs[0].example == example


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("a “b”; c", False),
        ("“;a”; –; b", True),
        ("wasn’;t", True),
        ("no typography; at all", False),
    ],
)
def test_has_entity_residue(text: str, expected: bool) -> None:
    assert has_entity_residue(text) is expected


@pytest.mark.parametrize(
    "text",
    [
        "a <b> c\nTom &amp; Jerry\n",
        "Tom &amp; Jerry\na <b>\n&lt;x&gt;",
        "a\r\nb\r\ncafÃ©\r\n",
        "x\u2028y",
        "plain\ncafÃ©\nplain &amp;\n<p>\nmore &amp;\nÃ©",
        "bell\x07 here\nand \x1b[31mred\x1b[0m",
        "",
    ],
)
def test_fix_text_fast_equals_ftfy(text: str) -> None:
    assert fix_text_fast(text) == ftfy.fix_text(text, uncurl_quotes=False)
