"""The reports: self-contained, article text escaped, every section present when it has content."""

import re

import pytest

from newsweave.model import CopyRelation, Document, Dossier, Quote, RemovedLine, RunInfo
from newsweave.render.report import counted, describe_inputs, render

HOSTILE = '<script>alert(1)</script> & "quotes" <img src=x onerror=alert(2)>'


def dossier(text: str = "Body.") -> Dossier:
    docs = [
        Document(id="a", path="a.txt", format="text", source="Gazette", title=HOSTILE, raw=text, text=text,
                 removed=[RemovedLine(HOSTILE, "cue:advertisement", 3)]),
        Document(id="b", path="b.txt", format="text", source="Wire", title="B", raw=text, text=text),
    ]
    return Dossier(
        run=RunInfo(version="0", created="now", inputs=["in"]),
        documents=docs,
        relations=[CopyRelation("a", "b", "duplicate", 1.0, 1.0)],
        quotes=[Quote("a", HOSTILE, 0, 4, "direct", "Ruiz")],
    )


def test_html_escapes_article_text():
    html = render(dossier(HOSTILE), "report.html.j2")
    assert "<script>alert(1)</script>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "onerror=alert(2)>" not in html


def test_html_makes_no_network_requests():
    html = render(dossier(), "report.html.j2")
    assert not re.search(r"""(src|href)=["']?(https?:)?//""", html)
    assert "<script" not in html
    assert "default-src 'none'" in html


@pytest.mark.parametrize("template", ["report.md.j2", "report.html.j2"])
@pytest.mark.parametrize("expected", ["cue:advertisement", "duplicate", "Ruiz", "Gazette"])
def test_reports_show_removals_copies_and_quotes(template, expected):
    assert expected in render(dossier(), template)


def test_brief_citations_open_the_cited_sentence_in_its_source():
    from newsweave.model import BriefSentence, Claim, ClaimMember

    text = "Two gates failed on Sunday. The mayor ordered a review."
    d = dossier(text)
    d.claims = [Claim("c1", "Two gates failed on Sunday.", members=[
        ClaimMember("a", 0, 27, "Two gates failed on Sunday.", "asserts"),
        ClaimMember("b", 0, 27, "Two gates failed on Sunday.", "asserts")], independent_sources=2, label="corroborated")]
    d.brief = [BriefSentence("Two gates failed on Sunday.", "Two gates failed on Sunday.", ["a", "b"], "corroborated", "c1")]
    html = render(d, "report.html.j2")
    links = re.findall(r'class="cite" href="#([^"]+)"', html)
    assert links == ["s-a-0", "s-b-0"]
    assert all(f'<mark id="{anchor}">Two gates failed on Sunday.</mark>' in html for anchor in links)
    assert "Claims, and who carries them" in html


def profiled() -> Dossier:
    from newsweave.model import OutletProfile, OutletProfiles, RejectedRow

    found = dossier()
    found.outlets = OutletProfiles(
        path="my-outlets.csv",
        profiles=[OutletProfile("Gazette", "Harbor Media", "UK", "4/5", "local daily", 2, ["a"]),
                  OutletProfile("Unused Daily", "Nobody", line=3)],
        rejected=[RejectedRow(4, "no outlet or domain", ",Harbor Media")],
    )
    return found


@pytest.mark.parametrize("template", ["report.md.j2", "report.html.j2"])
@pytest.mark.parametrize(
    "expected",
    [
        "Outlet profiles",
        "owner: Harbor Media; country: UK; your rating: 4/5; notes: local daily",  # beside the source
        "Profiles that match no report: Unused Daily",
        "line 4: no outlet or domain",
    ],
)
def test_reports_show_each_sources_profile(template, expected):
    assert expected in render(profiled(), template)


@pytest.mark.parametrize("template", ["report.md.j2", "report.html.j2"])
def test_no_profiles_section_without_a_profiles_file(template):
    assert "Outlet profiles" not in render(dossier(), template)


# (count, noun, plural, the words a report prints)
COUNTS = [(1, "document", None, "1 document"), (5, "document", None, "5 documents"), (0, "input", None, "0 inputs"),
          (1, "story", "stories", "1 story"), (2, "story", "stories", "2 stories")]


@pytest.mark.parametrize(("n", "noun", "plural", "expected"), COUNTS)
def test_counts_read_in_the_right_number(n, noun, plural, expected):
    assert counted(n, noun, plural) == expected


# (inputs, how the report's header names them): a dozen paths are their folder, not a line of paths
INPUTS = [
    (["in"], "in"),
    (["a/1.txt", "a/2.txt", "b/3.txt"], "a/1.txt, a/2.txt, b/3.txt"),
    ([f"/data/duc/D0617H/APW{i}" for i in range(12)], "12 files in /data/duc/D0617H"),
    (["/x/a.txt", "y/b.txt", "/x/c.txt", "/x/d.txt"], "4 files"),
]


@pytest.mark.parametrize(("paths", "expected"), INPUTS)
def test_inputs_are_named_briefly(paths, expected):
    assert describe_inputs(paths) == expected
