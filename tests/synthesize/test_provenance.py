"""Provenance: the outlet named first to report, the earliest report, the documents nobody copied."""

from newsweave.model import Attribution, CopyRelation, Document, Entity
from newsweave.synthesize.provenance import trace_provenance

DOCS = [
    Document(id="gazette", path="g", format="text", published="2025-03-03T06:00:00", text="x"),
    Document(id="herald", path="h", format="text", published="2025-03-04", text="x"),
    Document(id="bayline", path="b", format="json", published="2025-03-04", text="x"),
    Document(id="lantern", path="l", format="text", text="x"),
]
OUTLET = Entity("e1", "The Harbor Gazette", "OUTLET", aliases=["Harbor Gazette", "Gazette"])


def test_first_to_report_is_grouped_by_outlet_entity():
    attributions = [
        Attribution("bayline", 0, 10, "The Harbor Gazette", False, "according to", via="The Harbor Gazette",
                    first_to_report=True),
        Attribution("herald", 5, 20, "the Gazette", False, "first disclosed by", via="Gazette", first_to_report=True),
        Attribution("lantern", 0, 5, "a city official", True, "said"),
    ]
    found = trace_provenance(DOCS, [], attributions, [OUTLET]).first_reported_by
    assert [(f.outlet, f.entity, f.named_by) for f in found] == [("The Harbor Gazette", "e1", ["bayline", "herald"])]


def test_earliest_report_and_originals():
    relations = [CopyRelation("gazette", "herald", "duplicate", 0.96, 1.0)]
    provenance = trace_provenance(DOCS, relations, [], [])
    assert provenance.earliest_published == "2025-03-03"
    assert provenance.earliest_documents == ["gazette"]
    assert provenance.originals == ["gazette", "bayline", "lantern"]
