"""End to end on the bundled example against its answer key (tests/data/harbor_flood_truth.json).

Issue 2's "done means" for the demo: every junk line removed with its reason, no article line
removed, the entity residue repaired, the copy and the rewrite related to their originals.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsweave.model import Document, Dossier
from newsweave.pipeline import Options, analyze

ROOT = Path(__file__).resolve().parents[1]
TRUTH = json.loads((ROOT / "tests" / "data" / "harbor_flood_truth.json").read_text(encoding="utf-8"))
REPORTS = [pytest.param(r, id=r["key"]) for r in TRUTH["reports"]]
# The answer key names copies "syndicated" or "rewrite"; these are the relation kinds each may take.
COPY_KINDS = {"syndicated": {"duplicate", "near-duplicate", "reuse"}, "rewrite": {"rewrite"}}


@pytest.fixture(scope="module")
def dossier() -> Dossier:
    return analyze([ROOT / "examples" / "harbor-flood"], Options(annotate=False))


@pytest.fixture(scope="module")
def by_key(dossier) -> dict[str, Document]:
    """Truth key ("file" or "file#record") -> our document, records numbered in file order."""
    found = {}
    for report in TRUTH["reports"]:
        docs = [d for d in dossier.documents if Path(d.path).name == report["file"]]
        found[report["key"]] = docs[report["record"] or 0]
    return found


def _lines(text: str) -> set[str]:
    return {line.strip() for line in text.splitlines() if line.strip()}


def test_every_report_is_read(dossier):
    assert len(dossier.documents) == len(TRUTH["reports"])
    assert dossier.skipped == []


@pytest.mark.parametrize("report", REPORTS)
def test_every_junk_line_is_removed_with_a_reason(by_key, report):
    doc = by_key[report["key"]]
    kept = _lines(doc.text)
    assert [j for j in report["junk"] if j.strip() in kept] == []
    assert all(r.reason for r in doc.removed)


@pytest.mark.parametrize("report", REPORTS)
def test_no_article_line_is_removed(by_key, report):
    doc = by_key[report["key"]]
    allowed = {j.strip() for j in report["junk"] + report.get("junk_optional", []) + report.get("article_optional", [])}
    title_line = report.get("title_line", "")
    breadcrumb = title_line[: len(title_line) - len(report["title"])] if title_line.endswith(report["title"]) else ""
    allowed |= {title_line.strip(), report["title"].strip(), breadcrumb.strip()}
    wrongly_removed = [r.text for r in doc.removed if r.text.strip() and r.text.strip() not in allowed]
    assert wrongly_removed == []
    kept = _lines(doc.text)
    assert report["article_first_line"].strip() in kept
    assert report["article_last_line"].strip() in kept


@pytest.mark.parametrize("report", REPORTS)
def test_metadata(by_key, report):
    doc = by_key[report["key"]]
    assert (doc.title, doc.published, doc.updated) == (report["title"], report["published"], report["updated"])


def test_entity_residue_is_repaired(by_key):
    doc = by_key["quayside-courier.txt"]
    assert [r.kind for r in doc.repairs] == ["entity-residue"]
    assert "”;" not in doc.text and "’;" not in doc.text and "–;" not in doc.text
    assert "city’s" in doc.text and "can’t" in doc.text


def test_copies_and_rewrites_point_to_their_originals(dossier, by_key):
    found = {(r.original, r.copy): r for r in dossier.relations}
    assert len(found) == len(TRUTH["copies"])
    for expected in TRUTH["copies"]:
        relation = found[(by_key[expected["original"]].id, by_key[expected["copy"]].id)]
        assert relation.kind in COPY_KINDS[expected["kind"]]
        if expected["kind"] == "rewrite":
            assert relation.cites_original


def test_worker_processes_give_the_same_documents(dossier):
    parallel = analyze([ROOT / "examples" / "harbor-flood"], Options(annotate=False, workers=2))
    assert parallel.documents == dossier.documents
    assert parallel.relations == dossier.relations
