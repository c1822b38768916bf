"""`newsweave export`: every table loads back with its own library, row counts match the dossier, ids link."""

from __future__ import annotations

import csv
import json
import sys
from pathlib import Path

import pytest

from newsweave import output
from newsweave.cli import main
from newsweave.export import TABLES, table_files
from newsweave.render import json as render_json

def _csv(path: Path) -> list[dict]:
    with path.open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def _jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def _parquet(path: Path) -> list[dict]:
    import pyarrow.parquet as pq

    return pq.read_table(path).to_pylist()


LOADERS = {"csv": (_csv, ".csv"), "jsonl": (_jsonl, ".jsonl"), "parquet": (_parquet, ".parquet")}


@pytest.fixture(scope="module")
def dossier_path(tmp_path_factory, example_dir) -> Path:
    out = tmp_path_factory.mktemp("analyzed")
    outlets = out / "outlets.csv"
    outlets.write_text("outlet,owner,country\nharbor-gazette,Harbor Media,UK\nbayline-news,Harbor Media,UK\n", encoding="utf-8")
    assert main(["analyze", str(example_dir), "-o", str(out), "-q", "--outlets", str(outlets)]) == 0
    return out / "dossier.json"


@pytest.mark.parametrize("fmt", sorted(LOADERS))
def test_tables_load_back_count_and_link(fmt, dossier_path, tmp_path):
    assert main(["export", str(dossier_path), "--format", fmt, "--to", str(tmp_path)]) == 0
    load, ext = LOADERS[fmt]
    t = {name: load(tmp_path / f"{name}{ext}") for name in TABLES}
    d = render_json.read(dossier_path)

    expected_rows = {
        "documents": len(d.documents),
        "removed_lines": sum(len(doc.removed) for doc in d.documents),
        "relations": len(d.relations),
        "claims": len(d.claims),
        "claim_members": sum(len(c.members) for c in d.claims),
        "denials": sum(len(c.denials) for c in d.claims),
        "quotes": len(d.quotes),
        "entities": len(d.entities),
        "entity_mentions": sum(len(e.mentions) for e in d.entities),
        "outlet_profiles": len(d.outlets.profiles),
    }
    assert {name: len(rows) for name, rows in t.items()} == expected_rows
    assert all(expected_rows[name] for name in ("claims", "denials", "quotes", "entities", "removed_lines", "outlet_profiles"))
    for name, rows in t.items():
        assert all(list(row) == list(TABLES[name][1]) for row in rows), name

    docs = {row["document_id"] for row in t["documents"]}
    claims = {row["claim_id"] for row in t["claims"]}
    entities = {row["entity_id"] for row in t["entities"]}
    links = [  # (table, column, the ids it must point into)
        ("removed_lines", "document_id", docs),
        ("relations", "original_id", docs),
        ("relations", "copy_id", docs),
        ("claim_members", "document_id", docs),
        ("claim_members", "claim_id", claims),
        ("denials", "document_id", docs),
        ("denials", "claim_id", claims),
        ("quotes", "document_id", docs),
        ("entity_mentions", "document_id", docs),
        ("entity_mentions", "entity_id", entities),
    ]
    for table, column, ids in links:
        assert {row[column] for row in t[table]} <= ids, (table, column)
    assert {row["speaker_entity_id"] for row in t["quotes"]} - {None, ""} <= entities
    matched = [doc for row in t["outlet_profiles"] for doc in row["document_ids"].split("; ") if doc]
    assert matched and set(matched) <= docs

    # The support counts are the dossier's, and members/denials per claim add up to the linked rows.
    for row, claim in zip(t["claims"], d.claims):
        assert (row["claim_id"], int(row["independent_sources"]), int(row["documents"]), int(row["denials"])) == (
            claim.id, claim.independent_sources, len(claim.documents), len(claim.denials))
        assert int(row["members"]) == sum(m["claim_id"] == claim.id for m in t["claim_members"])
    # Offsets are evidence: each member's span is its text in the document's cleaned text.
    text = {doc.id: doc.text for doc in d.documents}
    for m in t["claim_members"]:
        assert text[m["document_id"]][int(m["start"]):int(m["end"])] == m["text"]


@pytest.mark.parametrize(
    ("content", "status", "message"),
    [
        (None, 1, "cannot read"),  # no such file
        ("not json at all", 1, "not a newsweave dossier.json"),
        ("[1, 2]", 1, "not a newsweave dossier.json"),
        ('{"documents": []}', 1, "not a newsweave dossier.json"),
    ],
)
def test_what_is_not_a_dossier_is_named(content, status, message, tmp_path, capsys):
    path = tmp_path / "dossier.json"
    if content is not None:
        path.write_text(content, encoding="utf-8")
    assert main(["export", str(path), "--format", "csv", "--to", str(tmp_path / "out")]) == status
    assert message in capsys.readouterr().err
    assert not (tmp_path / "out").exists()


def test_parquet_without_pyarrow_says_how_to_install(dossier_path, tmp_path, monkeypatch, capsys):
    for name in [m for m in sys.modules if m == "pyarrow" or m.startswith("pyarrow.")]:
        monkeypatch.delitem(sys.modules, name)
    monkeypatch.setitem(sys.modules, "pyarrow", None)  # import pyarrow raises ImportError
    assert main(["export", str(dossier_path), "--format", "parquet", "--to", str(tmp_path)]) == 2
    assert capsys.readouterr().err.strip() == (
        "newsweave: --format parquet needs pyarrow: pip install 'newsweave[parquet]'")


# -- the folder: an export replaces the previous export there, and nothing else (newsweave.output) -----


def _tables(out: Path) -> list[str]:
    return sorted(p.name for p in out.iterdir())


@pytest.mark.parametrize(
    ("first", "manifest", "second"),
    [
        ("csv", True, "jsonl"),  # another format: the CSV tables are gone
        ("jsonl", True, "parquet"),
        ("csv", True, "csv"),
        ("csv", False, "jsonl"),  # an export before manifests: known by its complete set of tables
        ("csv", False, "csv"),
    ],
)
def test_an_export_replaces_the_previous_one(dossier_path, tmp_path, first, manifest, second):
    out = tmp_path / "tables"
    assert main(["export", str(dossier_path), "--format", first, "--to", str(out)]) == 0
    if not manifest:
        (out / output.MANIFEST).unlink()
    (out / "notes.txt").write_text("mine", encoding="utf-8")
    assert main(["export", str(dossier_path), "--format", second, "--to", str(out)]) == 0
    assert _tables(out) == sorted([*table_files(second), output.MANIFEST, "notes.txt"])
    assert json.loads((out / output.MANIFEST).read_text(encoding="utf-8"))["files"] == table_files(second)


@pytest.mark.parametrize(
    ("before", "overwrite", "expected_exit"),
    [
        (["claims.csv"], False, 3),  # one table alone: whose is it?
        (["claims.csv"], True, 0),
        (["my.csv"], False, 0),
    ],
)
def test_tables_no_run_recorded_are_refused_unless_overwrite(dossier_path, tmp_path, capsys, before, overwrite,
                                                           expected_exit):
    out = tmp_path / "tables"
    out.mkdir()
    for name in before:
        (out / name).write_text("mine", encoding="utf-8")
    argv = ["export", str(dossier_path), "--format", "csv", "--to", str(out), *(["--overwrite"] if overwrite else [])]
    assert main(argv) == expected_exit
    if expected_exit:
        assert _tables(out) == before and "--overwrite" in capsys.readouterr().err


def test_an_export_into_the_folder_of_an_analysis_is_refused(dossier_path, tmp_path, capsys):
    """It would remove the dossier it reads; the other way round, an analysis would remove the tables."""
    folder = dossier_path.parent
    before = _tables(folder)
    assert main(["export", str(dossier_path), "--format", "csv", "--to", str(folder)]) == 3
    assert _tables(folder) == before
    assert "holds the output of `newsweave analyze`" in capsys.readouterr().err
    tables = tmp_path / "tables"
    assert main(["export", str(dossier_path), "--format", "csv", "--to", str(tables)]) == 0
    assert main(["analyze", str(tmp_path / "nothing"), "-o", str(tables), "-q", "--no-annotate"]) == 3
    assert "holds the output of `newsweave export`" in capsys.readouterr().err
