"""What the human-readable reports show, computed once for both Markdown and HTML."""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field

from newsweave.model import CopyRelation, Document, Dossier, Entity, Quote

ENTITY_TYPES = (("PERSON", "People"), ("ORG", "Organisations"), ("PLACE", "Places"), ("OUTLET", "Outlets"))
# Text shown for a quote whose speaker could not be recovered.
UNKNOWN_SPEAKER = "unknown speaker"


@dataclass(slots=True)
class DocumentView:
    doc: Document
    words: int
    reasons: list[tuple[str, int]]  # removal reasons with their counts, most frequent first
    copies_of: list[CopyRelation] = field(default_factory=list)  # relations where this doc is the copy


@dataclass(slots=True)
class ReportView:
    dossier: Dossier
    documents: list[DocumentView]
    titles: dict[str, str]
    entity_groups: list[tuple[str, list[Entity]]]
    quotes_by_speaker: list[tuple[str, list[Quote]]]
    removed_total: int
    texts: dict[str, str]

    def excerpt(self, doc: str, start: int, end: int) -> str:
        """The evidence a span points at, on one line."""
        return " ".join(self.texts.get(doc, "")[start:end].split())


def build_view(dossier: Dossier) -> ReportView:
    """Group and count the dossier for reading: per document, per entity type, per speaker."""
    copies: dict[str, list[CopyRelation]] = defaultdict(list)
    for rel in dossier.relations:
        copies[rel.copy].append(rel)
    documents = [
        DocumentView(
            doc=d,
            words=len(d.text.split()),
            reasons=Counter(r.reason for r in d.removed).most_common(),
            copies_of=copies.get(d.id, []),
        )
        for d in dossier.documents
    ]
    groups = [
        (label, [e for e in dossier.entities if e.type == kind])
        for kind, label in ENTITY_TYPES
    ]
    names = {e.id: e.name for e in dossier.entities}
    speakers: dict[str, list[Quote]] = defaultdict(list)
    for q in dossier.quotes:
        speaker = names.get(q.speaker_entity or "") or q.speaker or UNKNOWN_SPEAKER
        speakers[speaker].append(q)
    ordered = sorted(speakers.items(), key=lambda kv: (kv[0] == UNKNOWN_SPEAKER, -len(kv[1]), kv[0]))
    return ReportView(
        dossier=dossier,
        documents=documents,
        titles={d.id: d.title or d.id for d in dossier.documents},
        entity_groups=[(label, ents) for label, ents in groups if ents],
        quotes_by_speaker=ordered,
        removed_total=sum(len(d.removed) for d in dossier.documents),
        texts={d.id: d.text for d in dossier.documents},
    )
