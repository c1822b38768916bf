"""Independent sources: copies, shared upstream outlets and one outlet's reports collapse."""

from __future__ import annotations

import dataclasses

import pytest

from newsweave.model import CopyRelation, Document, Entity, OutletProfile, OutletProfiles
from newsweave.model import Claim, ClaimMember
from newsweave.profiles import match_documents
from newsweave.synthesize.sources import CORROBORATED, DISPUTED, SINGLE_SOURCE, count_sources, document_outlet

DOCS = [
    Document(id="ft", path="ft.txt", format="text", source="Financial Times", published="2025-03-01"),
    Document(id="wire", path="wire.txt", format="text", source="Wire Service", published="2025-03-02"),
    Document(id="copy", path="copy.txt", format="text", source="Daily Copy", published="2025-03-03"),
    Document(id="a", path="a.txt", format="text", source="Alpha News", published="2025-03-02"),
    Document(id="b", path="b.txt", format="text", source="Beta Post", published="2025-03-02"),
    Document(id="c", path="c.txt", format="text", source="gamma.com", published="2025-03-02"),
    Document(id="a2", path="a2.txt", format="text", source="Alpha News", published="2025-03-04"),
]
SYNDICATED = [CopyRelation(original="wire", copy="copy", kind="duplicate", similarity=0.96, reused=1.0)]


def member(doc: str, text: str, authority: str | None = None, stance: str = "asserts") -> ClaimMember:
    return ClaimMember(doc=doc, start=0, end=len(text), text=text, stance=stance, authority=authority)


# (members, denials, relations, expected independent sources, expected label)
CASES = [
    # a claim in two independent reports
    ([member("a", "The dam failed on Sunday."), member("b", "On Sunday the dam gave way.")], [], [], 2, CORROBORATED),
    # a syndicated copy never raises the count
    ([member("wire", "The dam failed on Sunday."), member("copy", "The dam failed on Sunday.")], [], SYNDICATED, 1, SINGLE_SOURCE),
    ([member("wire", "The dam failed on Sunday."), member("copy", "The dam failed on Sunday."), member("a", "On Sunday the dam gave way.")], [], SYNDICATED, 2, CORROBORATED),
    # "according to the Financial Times" in three outlets is one source
    ([member("a", "Russia asked China for drones, according to the Financial Times.", authority="the Financial Times"),
      member("b", "According to the Financial Times, Russia sought Chinese drones."),
      member("c", "Russia requested drones from China, the Financial Times reported.")], [], [], 1, SINGLE_SOURCE),
    # ... and the FT's own report with them is still one
    ([member("ft", "Russia asked China for drones."),
      member("b", "According to the Financial Times, Russia sought Chinese drones.")], [], [], 1, SINGLE_SOURCE),
    # two reports by one outlet count once
    ([member("a", "The council voted 7-2."), member("a2", "The council's 7-2 vote stands.")], [], [], 1, SINGLE_SOURCE),
    # sentence-level reuse without a document relation collapses into the earlier sentence's source
    ([member("a", "Two of the four gates failed to close during the storm surge on Sunday."),
      member("b", "Two of the four gates failed to close during the storm surge on Sunday.")], [], [], 1, SINGLE_SOURCE),
    # a denial makes the claim disputed, whatever its support
    ([member("a", "The findings were sent to Kestrel."), member("b", "Kestrel received the findings.")],
     [member("c", "Kestrel denied it was told.", stance="denies")], [], 2, DISPUTED),
]


@pytest.mark.parametrize(("members", "denials", "relations", "independent", "label"), CASES)
def test_independent_sources(members, denials, relations, independent, label):
    claim = Claim(id="c1", text=members[0].text, members=members, denials=denials)
    (counted,) = count_sources([claim], DOCS, relations)
    assert counted.independent_sources == independent
    assert counted.label == label


# (the report's outlet, the outlet its sentence cites, expected source): a report citing its own outlet under a
# shorter name cites itself (the readability dumps: the BBC's "In an interview with the BBC, Mr Obama said ...")
@pytest.mark.parametrize(("source", "cited", "expected"), [
    ("BBC News", "BBC", ["BBC News"]),
    ("The Guardian", "theguardian.com", ["The Guardian"]),
    ("Alpha News", "Financial Times", ["Financial Times"]),
])
def test_a_report_citing_its_own_outlet_cites_itself(source, cited, expected):
    doc = Document(id="r", path="r.txt", format="text", source=source)
    text = f"In an interview with {cited}, the minister said the talks were over."
    claim = Claim(id="c1", text=text, members=[member("r", text, authority=cited)])
    (counted,) = count_sources([claim], [doc], [], [Entity(id="e1", name=cited, type="OUTLET")])
    assert counted.sources == expected


# (denials, relations, expected denial sources): the denials' reports are traced like the claim's
DENIAL_SOURCES = [
    ([member("c", "Kestrel denied it was told.", stance="denies")], [], ["gamma.com"]),
    ([member("wire", "Kestrel denied it was told.", stance="denies"), member("copy", "Kestrel denied it was told.", stance="denies")],
     SYNDICATED, ["Wire Service"]),  # a copy of the denial is not a second source
    ([member("a", "Kestrel denied it was told.", stance="denies"), member("b", "The company said it never got a warning.", stance="denies")],
     [], ["Alpha News", "Beta Post"]),
    ([], [], []),
]


@pytest.mark.parametrize(("denials", "relations", "expected"), DENIAL_SOURCES)
def test_denial_sources(denials, relations, expected):
    claim = Claim(id="c1", text="The findings were sent to Kestrel.", members=[member("ft", "The findings were sent to Kestrel.")], denials=denials)
    (counted,) = count_sources([claim], DOCS, relations)
    assert counted.denial_sources == expected


def test_claims_ranked_by_support():
    weak = Claim(id="c1", text="x", members=[member("a", "x")])
    strong = Claim(id="c2", text="y", members=[member("a", "y"), member("b", "y b"), member("c", "y c")])
    assert [c.id for c in count_sources([weak, strong], DOCS, [])] == ["c2", "c1"]


def profiles(*rows: tuple[str, str], urls: dict[str, str] | None = None) -> tuple[OutletProfiles, list[Document]]:
    """Profiles of (outlet, owner) rows matched to DOCS, some given a URL."""
    docs = [dataclasses.replace(d, url=(urls or {}).get(d.id)) for d in DOCS]
    table = OutletProfiles(path="outlets.csv", profiles=[OutletProfile(outlet, owner, line=n) for n, (outlet, owner) in enumerate(rows, 2)])
    return match_documents(table, docs), docs


# (profiles as (outlet, owner) rows, URLs of documents, members, expected sources)
OWNER_CASES = [
    # two outlets of one owner are one source, named by the owner with its outlets
    ([("Alpha News", "Crest Media"), ("Beta Post", "Crest Media")], {},
     [member("a", "The dam failed on Sunday."), member("b", "On Sunday the dam gave way.")], ["Crest Media (Alpha News, Beta Post)"]),
    # owners compared as outlet keys: "The Crest Media Group." and "crest media group"
    ([("Alpha News", "The Crest Media Group."), ("Beta Post", "crest media group")], {},
     [member("a", "The dam failed on Sunday."), member("b", "On Sunday the dam gave way.")], ["The Crest Media Group. (Alpha News, Beta Post)"]),
    # different owners stay two sources, and a third outlet without a profile is its own
    ([("Alpha News", "Crest Media"), ("Beta Post", "Dune Holdings")], {},
     [member("a", "The dam failed on Sunday."), member("b", "On Sunday the dam gave way."), member("c", "The dam broke.")],
     ["Alpha News", "Beta Post", "gamma.com"]),
    # a profile without an owner merges nothing
    ([("Alpha News", ""), ("Beta Post", "")], {},
     [member("a", "The dam failed on Sunday."), member("b", "On Sunday the dam gave way.")], ["Alpha News", "Beta Post"]),
    # matched by the domain of the document's URL when its outlet is named otherwise
    ([("alphanews.example", "Crest Media"), ("betapost.example", "Crest Media")],
     {"a": "https://www.alphanews.example/world/dam", "b": "https://betapost.example/2025/03/dam"},
     [member("a", "The dam failed on Sunday."), member("b", "On Sunday the dam gave way.")], ["Crest Media (Alpha News, Beta Post)"]),
    # the owner's outlets beside an outlet of another owner: two sources
    ([("Financial Times", "Nikkei"), ("Beta Post", "Nikkei")], {},
     [member("b", "Russia sought Chinese drones."), member("ft", "Russia asked China for drones."), member("a", "China got a request for drones.")],
     ["Nikkei (Financial Times, Beta Post)", "Alpha News"]),
]


@pytest.mark.parametrize(("rows", "urls", "members", "sources"), OWNER_CASES)
def test_outlets_with_one_owner_count_once(rows, urls, members, sources):
    table, docs = profiles(*rows, urls=urls)
    claim = Claim(id="c1", text=members[0].text, members=members)
    (counted,) = count_sources([claim], docs, [], profiles=table)
    assert (counted.sources, counted.independent_sources) == (sources, len(sources))
    assert counted.label == (CORROBORATED if len(sources) >= 2 else SINGLE_SOURCE)


# (source as read, document id, title, page text, the outlet a reader sees): never a file name
# a reader cannot check (issue 12: "001_99d83c…" in the report)
NAMED = [
    ("The Harbor Gazette", "harbor-gazette", "Gates fail", "", "The Harbor Gazette"),  # the input names it
    ("gazette.example", "a1", "Gates fail", "", "gazette.example"),  # the URL's domain
    ("gazette", "gazette-a1", "Gates fail", "", "gazette"),  # the folder the user filed it under
    ("001_99d83c41", "001-99d83c41", "Kremlin says Russia did not ask China for military help", "Body.\n© 2022 The Daily Gazette\n",
     "The Daily Gazette"),  # a file name: the page names its outlet
    ("001_99d83c41", "001-99d83c41", "Kremlin says Russia did not ask China for military help", "Body.\n",
     "unnamed outlet (“Kremlin says Russia did not ask…”)"),  # nor the page: the headline, marked
    ("text-2", "text-2", "Dam gives way", "Body.\n", "unnamed outlet (“Dam gives way”)"),  # a text given to the API
    ("quayside-courier", "quayside-courier", "Gates fail", "Body.\n", "quayside-courier"),  # a name of words the user gave the file
    ("quayside-courier", "quayside-courier", "Gates fail", "Photo Credits: Dev Anand / Quayside Courier\nBody.\n",
     "Quayside Courier"),  # the page names it in a photo credit: never the file's name
]


@pytest.mark.parametrize(("source", "doc_id", "title", "raw", "outlet"), NAMED)
def test_document_outlet(source, doc_id, title, raw, outlet):
    doc = Document(id=doc_id, path=f"{doc_id}.txt", format="text", source=source, title=title, raw=raw, text=raw)
    assert document_outlet(doc) == outlet
    claim = Claim(id="c", text="The dam failed.", members=[member(doc_id, "The dam failed.")])
    assert count_sources([claim], [doc], [])[0].sources == [outlet]
