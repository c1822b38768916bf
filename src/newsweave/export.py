"""`newsweave export`: a dossier as flat tables (CSV, JSONL or Parquet) for spreadsheets, pandas, DuckDB.

Every table has fixed, typed columns (so an empty table still has its header and Parquet schema)
and holds only scalars: lists such as an entity's aliases are joined with "; ", and the nested
records (claim members, denials, mentions, removed lines) are tables of their own that link back by
id. The tables and their columns are documented in docs/export.md. The folder is newsweave.output's:
an export replaces the previous export there (another format's tables too), and leaves everything else.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from newsweave import output
from newsweave.model import ClaimMember, Dossier
from newsweave.synthesize.sentences import word_count

FORMATS = ("csv", "jsonl", "parquet")
_EXTENSION = {"csv": ".csv", "jsonl": ".jsonl", "parquet": ".parquet"}
_JOIN = "; "

Row = dict[str, Any]


class ExportError(Exception):
    """The export cannot be made as asked (a missing optional library); the message says what to do."""


def _documents(d: Dossier) -> Iterator[Row]:
    for doc in d.documents:
        yield {"document_id": doc.id, "source": doc.source, "url": doc.url, "title": doc.title,
               "published": doc.published, "published_inferred": doc.published_inferred, "updated": doc.updated,
               "author": doc.author, "path": doc.path, "format": doc.format, "language": doc.language,
               "word_count": word_count(doc.text), "removed_lines": len(doc.removed)}


def _removed_lines(d: Dossier) -> Iterator[Row]:
    for doc in d.documents:
        for removed in doc.removed:
            yield {"document_id": doc.id, "line": removed.line, "reason": removed.reason, "text": removed.text}


def _relations(d: Dossier) -> Iterator[Row]:
    for r in d.relations:
        yield {"original_id": r.original, "copy_id": r.copy, "kind": r.kind, "similarity": r.similarity,
               "reused": r.reused, "cites_original": r.cites_original}


def _claims(d: Dossier) -> Iterator[Row]:
    for c in d.claims:
        yield {"claim_id": c.id, "text": c.text, "label": c.label, "independent_sources": c.independent_sources,
               "documents": len(c.documents), "members": len(c.members), "denials": len(c.denials),
               "sources": _JOIN.join(c.sources)}


def _member(claim_id: str, m: ClaimMember) -> Row:
    return {"claim_id": claim_id, "document_id": m.doc, "start": m.start, "end": m.end, "stance": m.stance,
            "text": m.text, "cue": m.cue, "speaker": m.speaker, "authority": m.authority, "anonymous": m.anonymous,
            "via": m.via}


def _claim_members(d: Dossier) -> Iterator[Row]:
    for c in d.claims:
        for m in c.members:
            yield _member(c.id, m)


def _denials(d: Dossier) -> Iterator[Row]:
    for c in d.claims:
        for m in c.denials:
            row = _member(c.id, m)
            # Who denies: the speaker named in the sentence, else its authority, else the outlet itself.
            row["denier"] = m.speaker or m.authority or _source(d, m.doc)
            yield row


def _source(d: Dossier, doc_id: str) -> str | None:
    return next((doc.source for doc in d.documents if doc.id == doc_id), None)


def _quotes(d: Dossier) -> Iterator[Row]:
    for index, q in enumerate(d.quotes, 1):
        yield {"quote_id": f"q{index}", "document_id": q.doc, "start": q.start, "end": q.end, "kind": q.kind,
               "text": q.text, "speaker": q.speaker, "speaker_entity_id": q.speaker_entity, "anonymous": q.anonymous,
               "cue": q.cue}


def _entities(d: Dossier) -> Iterator[Row]:
    for e in d.entities:
        yield {"entity_id": e.id, "name": e.name, "type": e.type, "aliases": _JOIN.join(e.aliases),
               "roles": _JOIN.join(e.roles), "mentions": len(e.mentions),
               "documents": len({m.doc for m in e.mentions})}


def _entity_mentions(d: Dossier) -> Iterator[Row]:
    for e in d.entities:
        for m in e.mentions:
            yield {"entity_id": e.id, "document_id": m.doc, "start": m.start, "end": m.end, "text": m.text}


def _outlet_profiles(d: Dossier) -> Iterator[Row]:
    for p in d.outlets.profiles:
        yield {"outlet": p.outlet, "owner": p.owner, "country": p.country, "rating": p.rating, "notes": p.notes,
               "line": p.line, "document_ids": _JOIN.join(p.documents)}


_S, _I, _F, _B = str, int, float, bool
_MEMBER = {"claim_id": _S, "document_id": _S, "start": _I, "end": _I, "stance": _S, "text": _S, "cue": _S,
           "speaker": _S, "authority": _S, "anonymous": _B, "via": _S}

# name -> (rows, column types): the column order of every format.
TABLES: dict[str, tuple[Callable[[Dossier], Iterator[Row]], dict[str, type]]] = {
    "documents": (_documents, {"document_id": _S, "source": _S, "url": _S, "title": _S, "published": _S,
                               "published_inferred": _S, "updated": _S, "author": _S, "path": _S, "format": _S,
                               "language": _S, "word_count": _I, "removed_lines": _I}),
    "removed_lines": (_removed_lines, {"document_id": _S, "line": _I, "reason": _S, "text": _S}),
    "relations": (_relations, {"original_id": _S, "copy_id": _S, "kind": _S, "similarity": _F, "reused": _F,
                               "cites_original": _B}),
    "claims": (_claims, {"claim_id": _S, "text": _S, "label": _S, "independent_sources": _I, "documents": _I,
                         "members": _I, "denials": _I, "sources": _S}),
    "claim_members": (_claim_members, _MEMBER),
    "denials": (_denials, {**_MEMBER, "denier": _S}),
    "quotes": (_quotes, {"quote_id": _S, "document_id": _S, "start": _I, "end": _I, "kind": _S, "text": _S,
                         "speaker": _S, "speaker_entity_id": _S, "anonymous": _B, "cue": _S}),
    "entities": (_entities, {"entity_id": _S, "name": _S, "type": _S, "aliases": _S, "roles": _S, "mentions": _I,
                             "documents": _I}),
    "entity_mentions": (_entity_mentions, {"entity_id": _S, "document_id": _S, "start": _I, "end": _I, "text": _S}),
    "outlet_profiles": (_outlet_profiles, {"outlet": _S, "owner": _S, "country": _S, "rating": _S, "notes": _S,
                                           "line": _I, "document_ids": _S}),
}


def tables(dossier: Dossier) -> dict[str, list[Row]]:
    """Every table's rows, each row a dict in the table's column order."""
    return {name: list(rows(dossier)) for name, (rows, _) in TABLES.items()}


def export(dossier: Dossier, fmt: str, out: Path, *, overwrite: bool = False) -> output.Manifest:
    """Write one file per table into `out` in format `fmt`, in place of the previous export there; the
    manifest of the files written. OutputRefused when `out` holds tables no run recorded, unless `overwrite`."""
    writer = _parquet_writer() if fmt == "parquet" else {"csv": _write_csv, "jsonl": _write_jsonl}[fmt]
    manifest = output.begin(out, LAYOUT, table_files(fmt), overwrite)
    for name, rows in tables(dossier).items():
        writer(out / f"{name}{_EXTENSION[fmt]}", rows, TABLES[name][1])
    return output.finish(out, manifest)


def table_files(fmt: str) -> list[str]:
    """The files of an export in format `fmt`, in the order written."""
    return [f"{name}{_EXTENSION[fmt]}" for name in TABLES]


def _present(out: Path) -> list[str]:
    """The files in `out` bearing the name of a table in any format."""
    return [name for fmt in FORMATS for name in table_files(fmt) if (out / name).is_file()]


def _legacy(out: Path) -> list[str]:
    """The files of an export before manifests: every table of a format (an export writes them all)."""
    return [name for fmt in FORMATS if all((out / n).is_file() for n in table_files(fmt)) for name in table_files(fmt)]


LAYOUT = output.Layout("export", names=_present, legacy=_legacy)


def _write_csv(path: Path, rows: list[Row], columns: dict[str, type]) -> None:
    """RFC 4180 CSV with a header; None is an empty cell, booleans are `true`/`false`."""
    with path.open("w", encoding="utf-8", newline="") as f:
        writer = csv.DictWriter(f, fieldnames=list(columns))
        writer.writeheader()
        writer.writerows({k: _csv_cell(v) for k, v in row.items()} for row in rows)


def _csv_cell(value: Any) -> Any:
    if isinstance(value, bool):
        return "true" if value else "false"
    return value


def _write_jsonl(path: Path, rows: list[Row], columns: dict[str, type]) -> None:
    with path.open("w", encoding="utf-8") as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")


def _parquet_writer() -> Callable[[Path, list[Row], dict[str, type]], None]:
    """The Parquet writer; pyarrow is imported only here, since it is an optional extra."""
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError:
        raise ExportError("--format parquet needs pyarrow: pip install 'newsweave[parquet]'") from None
    types = {str: pa.string(), int: pa.int64(), float: pa.float64(), bool: pa.bool_()}

    def write(path: Path, rows: list[Row], columns: dict[str, type]) -> None:
        schema = pa.schema([(name, types[tp]) for name, tp in columns.items()])
        pq.write_table(pa.Table.from_pylist(rows, schema=schema), path)

    return write
