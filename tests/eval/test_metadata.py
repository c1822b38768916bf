"""The metadata evaluation's own rules: how titles are compared and what is stripped from DUC articles."""

import pytest

from eval.metadata import duc_text, normal_title


@pytest.mark.parametrize(
    "ours, truth, same",
    [
        ("Obama admits US gun laws are his 'biggest frustration'", "obama admits us gun laws are his 'biggest frustration", True),
        ("  On Behalf of “Literally”  ", "On Behalf of  “Literally”", True),
        ("Lupita Nyong'o's $150K Pearl Oscar Dress -- STOLEN!!!", "Lupita Nyong'o's $150K Pearl Oscar Dress -- STOLEN", True),
        ("The seven secrets hotel owners keep", "Seven secrets hotel owners keep", False),
        ("Hermitian matrix - Wikipedia", "Hermitian matrix", False),
    ],
)
def test_titles_compare_normalised(ours, truth, same):
    assert (normal_title(ours) == normal_title(truth)) is same


def test_duc_text_drops_every_dated_field():
    sgml = (
        "<DOC>\n<DOCNO> NYT19980612.0403 </DOCNO>\n<DOCTYPE> NEWS STORY </DOCTYPE>\n<DATE_TIME> 1998-06-12 22:16 </DATE_TIME>\n"
        "<HEADER>\nA7460 BC-INDIANAID-AZR 06-12 1422\n</HEADER>\n<BODY>\n<SLUG> BC-INDIANAID-AZR </SLUG>\n"
        "<HEADLINE>\nINDIAN LEADERS TALK\n</HEADLINE>\n By PAT KOSSAN c.1998 The Arizona Republic\n<TEXT>\n<P>\n"
        "   PHOENIX _ Victoria Molina wants\nstrangers to stop.\n</P>\n</TEXT>\n</BODY>\n<TRAILER> NYT-06-12-98 2216EDT </TRAILER>\n</DOC>\n"
    )
    assert duc_text(sgml).split("\n") == [
        "INDIAN LEADERS TALK", "By PAT KOSSAN c.1998 The Arizona Republic", "PHOENIX _ Victoria Molina wants strangers to stop."
    ]
