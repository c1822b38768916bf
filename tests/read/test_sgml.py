"""LDC / TREC SGML news files (DUC, TDT, TREC, Gigaword): one document per <DOC>."""

from __future__ import annotations

import pytest

from newsweave.model import Document, Skipped
from newsweave.read.sgml import read_sgml
from newsweave.read.source import Origin

ORIGIN = Origin("duc/XIE19970202.0034", "xie19970202", "duc")

# Excerpts of real DUC 2006 files (docs/D0603C, D0606F), shortened.
XINHUA = """
<DOC>
<DOCNO> XIE19970202.0034 </DOCNO>
<DATE_TIME> 1997-02-02 </DATE_TIME>
<BODY>
<HEADLINE> Uganda Promotes Wetlands Protection </HEADLINE>
<TEXT>
<P>
KAMPALA, February 2 (Xinhua) -- Uganda has made progress in
protecting its wetlands since an international convention on
wetlands was ratified by the country in 1988.
</P>
<P>
In compliance with the convention, Uganda has made efforts to
raise awareness of the public about uses of wetlands.
</P>
</TEXT>
</BODY>
</DOC>
"""
# Hard-wrapped copy without <P>: a paragraph opens on an indented line; wire codes (&QL;) and a
# DATE_TIME in month/day/year order, which the document number's day overrides.
WRAPPED = """<DOC>
<DOCNO> APW19980610.0858 </DOCNO>
<DATE_TIME> 06/10/1998 11:09:00 </DATE_TIME>
<HEADER>
w1228 &Cx1f; wstm-
</HEADER>
<BODY>
<HEADLINE>
Antarctica in the grip of global warming, THE INDEPENDENT
</HEADLINE>
<TEXT>
\t   Greenhouse gas emissions - blamed for global warming - may cause
the collapse of the West Antarctic Ice Sheet, a new scientific study
predicted recently. &QL;
   Using recent advances in climate modelling, Michael Oppenheimer
made three predictions.
</TEXT>
</BODY>
</DOC>
"""
# Gigaword: several documents to a file, named by an id attribute.
GIGAWORD = """<DOC id="NYT_ENG_19940701.0001" type="story">
<HEADLINE>Evolution &AMP; Schools</HEADLINE>
<TEXT><P>The school board voted 5-4.</P><P>``We will appeal,'' a parent said.</P></TEXT>
</DOC>
<DOC id="NYT_ENG_19940701.0002" type="advis">
<HEADLINE>Budget for clients</HEADLINE>
</DOC>
<DOC id="AFP_ENG_19940702.0003" type="story">
<TEXT>The talks ended without a deal.</TEXT>
"""


def _row(item: Document | Skipped) -> tuple:
    if isinstance(item, Skipped):
        return ("skipped", item.path, item.reason, item.detail)
    return (item.id, item.format, item.source, item.title, item.published, item.text, item.warnings)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (XINHUA, [("xie19970202", "sgml", "Xinhua", "Uganda Promotes Wetlands Protection", "1997-02-02",
                   "KAMPALA, February 2 (Xinhua) -- Uganda has made progress in protecting its wetlands since an"
                   " international convention on wetlands was ratified by the country in 1988.\n"
                   "In compliance with the convention, Uganda has made efforts to raise awareness of the public"
                   " about uses of wetlands.", [])]),
        (WRAPPED, [("xie19970202", "sgml", "Associated Press", "Antarctica in the grip of global warming, THE INDEPENDENT",
                    "1998-06-10",
                    "Greenhouse gas emissions - blamed for global warming - may cause the collapse of the West"
                    " Antarctic Ice Sheet, a new scientific study predicted recently.\n"
                    "Using recent advances in climate modelling, Michael Oppenheimer made three predictions.", [])]),
        (GIGAWORD, [
            ("xie19970202#1", "sgml", "New York Times", "Evolution & Schools", "1994-07-01",
             "The school board voted 5-4.\n“We will appeal,” a parent said.", []),  # wire quotes made typographic
            ("skipped", "duc/XIE19970202.0034#2", "no-text", "<DOC> NYT_ENG_19940701.0002 has no <TEXT>"),
            ("xie19970202#3", "sgml", "Agence France-Presse", "", "1994-07-02", "The talks ended without a deal.",
             ["sgml: this <DOC> is not closed; read up to the next <DOC> or the end of the file"]),
        ]),
        # AP writes ''quotes'' with two apostrophes at both ends (DUC 2006 D0601A)
        ("<DOC><DOCNO> APW20000330.0197 </DOCNO><TEXT><P>   ''We've created an alliance,'' he said. The tribe's ''trust'' "
         "fund (''ours'') grew.</P></TEXT></DOC>",
         [("xie19970202", "sgml", "Associated Press", "", "2000-03-30",
           "“We've created an alliance,” he said. The tribe's “trust” fund (“ours”) grew.", [])]),
        # a lone backtick opens a quote inside a quote (DUC 2006 D0609I)
        ("<DOC><DOCNO> APW19981007.0587 </DOCNO><TEXT><P>He called it a symbol: ```City' means permanence,'' he said.</P></TEXT></DOC>",
         [("xie19970202", "sgml", "Associated Press", "", "1998-10-07",
           "He called it a symbol: “‘City' means permanence,” he said.", [])]),
        # the article stands in <BODY> before a <TEXT> that holds only a bio (DUC 2006 D0611B, NYT20000124.0244)
        ("<DOC><DOCNO> NYT20000124.0244 </DOCNO><BODY><SLUG> BC-KIDS </SLUG><HEADLINE> A Healthy Jolt </HEADLINE>\n"
         + "  " + "Organic coffee is growing faster than any other market in the world of coffee. " * 12 + "\n"
         "<TEXT><P> (Margaret Talbot is a contributing writer.) </P></TEXT></BODY></DOC>",
         [("xie19970202", "sgml", "New York Times", "A Healthy Jolt", "2000-01-24",
           ("Organic coffee is growing faster than any other market in the world of coffee. " * 12).strip()
           + "\n(Margaret Talbot is a contributing writer.)",
           ["sgml: the article stands outside <TEXT> (168 words of <BODY> read before it)"])]),
        # a wire's priority mark is not part of the headline (DUC 2006 D0614E)
        ("<DOC><DOCNO> XIE19980820.0106 </DOCNO><HEADLINE> URGENT  Canada's Top Court Rules on Quebec Separation </HEADLINE>"
         "<TEXT><P>OTTAWA, August 20 (Xinhua) -- The Supreme Court of Canada ruled.</P></TEXT></DOC>",
         [("xie19970202", "sgml", "Xinhua", "Canada's Top Court Rules on Quebec Separation", "1998-08-20",
           "OTTAWA, August 20 (Xinhua) -- The Supreme Court of Canada ruled.", [])]),
        ("<DOC><DOCNO> LOCAL-1 </DOCNO><TEXT>A report with no agency code.</TEXT></DOC>",
         [("xie19970202", "sgml", "duc", "", None, "A report with no agency code.", [])]),
    ],
    ids=["xinhua-paragraphs", "hard-wrapped", "gigaword-several", "ap-quotes", "quote-in-quote", "article-outside-text", "wire-priority", "unknown-agency"],
)
def test_read_sgml(text: str, expected: list[tuple]) -> None:
    assert [_row(item) for item in read_sgml(text, ORIGIN)] == expected
