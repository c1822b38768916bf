"""Provenance: who the reports name as first to report, the earliest report, and the originals.

Copy relations (who copies or rewrites whom, with the share reused) come from the dedupe
stage and stay in `Dossier.relations`; this stage adds what the reports themselves say about
where the story started ("according to the Gazette, which first reported ...") and what the
publication dates show.
"""

from __future__ import annotations

from collections.abc import Sequence

from newsweave.model import Attribution, CopyRelation, Document, Entity, Evidence, FirstReport, Provenance
from newsweave.outlets import outlet_key


def trace_provenance(
    docs: Sequence[Document],
    relations: Sequence[CopyRelation],
    attributions: Sequence[Attribution],
    entities: Sequence[Entity],
) -> Provenance:
    """First-to-report outlets as the reports name them, the earliest dated reports, the originals."""
    outlet_ids = {outlet_key(alias): e.id for e in entities if e.type == "OUTLET" for alias in (e.name, *e.aliases)}
    names = {e.id: e.name for e in entities}
    first: dict[str, FirstReport] = {}
    for item in attributions:
        if not item.first_to_report or not item.via:
            continue
        entity = outlet_ids.get(outlet_key(item.via))
        key = entity or outlet_key(item.via)
        report = first.setdefault(key, FirstReport(outlet=names.get(entity or "", item.via), named_by=[], entity=entity))
        if item.doc not in report.named_by:
            report.named_by.append(item.doc)
        report.evidence.append(Evidence(item.doc, item.start, item.end))

    dated = [d for d in docs if d.published]
    earliest = min((d.published[:10] for d in dated), default=None)
    copies = {r.copy for r in relations}
    return Provenance(
        first_reported_by=sorted(first.values(), key=lambda r: (-len(r.named_by), r.outlet)),
        earliest_published=earliest,
        earliest_documents=[d.id for d in dated if d.published[:10] == earliest],
        originals=[d.id for d in docs if d.id not in copies],
    )

