"""What the human-readable reports show, computed once for both Markdown and HTML."""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date

from newsweave.model import BriefSentence, Claim, CopyRelation, Document, Dossier, Entity, OutletProfile, Quote, TimelineEvent
from newsweave.settings import current as _settings

ENTITY_TYPES = (("PERSON", "People"), ("ORG", "Organisations"), ("PLACE", "Places"), ("OUTLET", "Outlets"))
# Text shown for a quote whose speaker could not be recovered.
UNKNOWN_SPEAKER = "unknown speaker"
# A claims-matrix cell of a report that carries the claim and quotes a party's denial of it.
DENIAL_QUOTED = "carries, quotes denial"




def anchor(doc: str, start: int) -> str:
    """The HTML id of the sentence of `doc` that starts at `start`."""
    return f"s-{doc}-{start}"


@dataclass(slots=True)
class Citation:
    """A link from a brief sentence or a claim to the sentence that supports it."""

    doc: str
    anchor: str


@dataclass(slots=True)
class BriefView:
    sentence: BriefSentence
    citations: list[Citation]


@dataclass(slots=True)
class MatrixRow:
    """One claim across the documents: each cell asserts, reports, denies, DENIAL_QUOTED or is silent."""

    number: int
    claim: Claim
    cells: list[str]


@dataclass(slots=True)
class TimelinePoint:
    """Where one timeline event sits in the drawing: x from its date, a bar for periods."""

    event: TimelineEvent
    x: float
    width: float  # 0 for a single day
    row: int  # stacked rows so events on nearby days do not overlap


@dataclass(slots=True)
class DocumentView:
    doc: Document
    words: int
    reasons: list[tuple[str, int]]  # removal reasons with their counts, most frequent first
    copies_of: list[CopyRelation] = field(default_factory=list)  # relations where this doc is the copy
    segments: list[tuple[str, str | None]] = field(default_factory=list)  # cleaned text, claim sentences anchored
    alone: list[Claim] = field(default_factory=list)  # claims no other document carries
    profile: OutletProfile | None = None  # the user's profile of its outlet (--outlets FILE)
    profile_text: str = ""  # that profile on one line: "owner: ...; country: ...; your rating: ..."


@dataclass(slots=True)
class ReportView:
    dossier: Dossier
    documents: list[DocumentView]
    titles: dict[str, str]
    entity_groups: list[tuple[str, list[Entity]]]
    quotes_by_speaker: list[tuple[str, list[Quote]]]
    removed_total: int
    texts: dict[str, str]
    timeline: list[TimelinePoint]
    ticks: list[tuple[float, str]]  # x and label of the month marks on the drawn timeline
    brief: list[BriefView]
    matrix: list[MatrixRow]

    def excerpt(self, doc: str, start: int, end: int) -> str:
        """The evidence a span points at, on one line."""
        return " ".join(self.texts.get(doc, "")[start:end].split())


def build_view(dossier: Dossier) -> ReportView:
    """Group and count the dossier for reading: per document, per entity type, per speaker."""
    copies: dict[str, list[CopyRelation]] = defaultdict(list)
    for rel in dossier.relations:
        copies[rel.copy].append(rel)
    spans: dict[str, set[tuple[int, int]]] = defaultdict(set)
    for claim in dossier.claims:
        for member in (*claim.members, *claim.denials):
            spans[member.doc].add((member.start, member.end))
    profiles = {doc: p for p in dossier.outlets.profiles for doc in p.documents}
    documents = [
        DocumentView(
            doc=d,
            words=len(d.text.split()),
            reasons=Counter(r.reason for r in d.removed).most_common(),
            copies_of=copies.get(d.id, []),
            segments=segments(d, spans.get(d.id, set())),
            alone=[c for c in dossier.claims if c.documents == [d.id] and not c.denials],
            profile=profiles.get(d.id),
            profile_text=describe_profile(profiles[d.id]) if d.id in profiles else "",
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
    ordered = sorted(((name, _outermost(said)) for name, said in speakers.items()),
                     key=lambda kv: (kv[0] == UNKNOWN_SPEAKER, -len(kv[1]), kv[0]))
    return ReportView(
        dossier=dossier,
        documents=documents,
        titles={d.id: d.title or d.id for d in dossier.documents},
        entity_groups=[(label, ents) for label, ents in groups if ents],
        quotes_by_speaker=ordered,
        removed_total=sum(len(d.removed) for d in dossier.documents),
        texts={d.id: d.text for d in dossier.documents},
        **_timeline_drawing(dossier.timeline),
        brief=_brief(dossier),
        matrix=[
            MatrixRow(n, claim, [_cell(claim, d.id) for d in dossier.documents])
            for n, claim in enumerate(dossier.claims[:_settings().report.matrix_claims], 1)
        ],
    )


def describe_profile(profile: OutletProfile) -> str:
    """A profile on one line, its empty fields left out: "owner: Harbor Media; country: UK; your rating: 3/5"."""
    fields = (("owner", profile.owner), ("country", profile.country), ("your rating", profile.rating), ("notes", profile.notes))
    return "; ".join(f"{name}: {value}" for name, value in fields if value) or "no details given"


def _brief(dossier: Dossier) -> list[BriefView]:
    """Each brief sentence with a link to the supporting sentence in every document it cites."""
    claims = {c.id: c for c in dossier.claims}
    out = []
    for sentence in dossier.brief:
        members = claims[sentence.claim].members if sentence.claim in claims else []
        first = {}
        for m in members:
            first.setdefault(m.doc, m.start)
        out.append(BriefView(sentence, [Citation(doc, anchor(doc, first[doc])) for doc in sentence.citations
                                        if doc in first]))
    return out


def _outermost(quotes: list[Quote]) -> list[Quote]:
    """A speaker's quotes less those inside another of theirs in the same report: "says he doubts he would
    have won ... if he had announced in 1980 that he was gay" is shown once, not again as "doubts: he would
    have won ..." and "announced: that he was gay" (DUC 2006 dev, D0619A). The dossier keeps them all."""
    inside: set[int] = set()
    widest: dict[str, tuple[int, int]] = {}  # doc -> span of the quote reaching furthest so far
    for q in sorted(quotes, key=lambda q: (q.doc, q.start, -q.end)):  # one pass: an outer quote comes first
        start, end = widest.get(q.doc, (-1, -1))
        if q.end <= end and (start, end) != (q.start, q.end):
            inside.add(id(q))
        elif q.end > end:
            widest[q.doc] = (q.start, q.end)
    return [q for q in quotes if id(q) not in inside]


def _cell(claim: Claim, doc: str) -> str:
    """What the document does with the claim. A report that carries the claim and quotes a party
    denying it ("U.S. officials said Russia asked ... 'I've never heard of that,' Liu said") is
    not a denier: it is DENIAL_QUOTED; only a report whose one word on the claim is the denial denies."""
    stances = {m.stance for m in claim.members if m.doc == doc}
    if any(m.doc == doc for m in claim.denials):
        return DENIAL_QUOTED if stances else "denies"
    if not stances:
        return "silent"
    return "asserts" if "asserts" in stances else min(stances)


def segments(doc: Document, spans: set[tuple[int, int]]) -> list[tuple[str, str | None]]:
    """The cleaned text cut into plain runs and anchored claim sentences (overlaps dropped)."""
    out: list[tuple[str, str | None]] = []
    at = 0
    for start, end in sorted(spans):
        if start < at:
            continue
        if start > at:
            out.append((doc.text[at:start], None))
        out.append((doc.text[start:end], anchor(doc.id, start)))
        at = end
    if at < len(doc.text):
        out.append((doc.text[at:], None))
    return out


def _timeline_drawing(events: list[TimelineEvent]) -> dict:
    """Positions of the events on a time axis scaled to report.timeline_width, with month ticks.

    The axis spans report.timeline_window_days from the start that the most events overlap; an event
    overlapping the window is drawn cut at its edges, so a story dated by years ("In 1839", "from
    1840 to 1841"), every event longer than the window, still draws the one the window holds.
    """
    if not events:
        return {"timeline": [], "ticks": []}
    window_days = _settings().report.timeline_window_days
    spans = [(date.fromisoformat(e.date).toordinal(), date.fromisoformat(e.end_date or e.date).toordinal()) for e in events]
    spans = [(a, max(a, b)) for a, b in spans]

    def overlapping(begin: int) -> int:
        return sum(1 for a, b in spans if a <= begin + window_days and b >= begin)

    begin = max(sorted({a for a, _ in spans}), key=overlapping)  # the earliest of the busiest starts
    stop = min(begin + window_days, date.max.toordinal())
    chosen = [(e, (date.fromordinal(max(a, begin)), date.fromordinal(min(b, stop))))
              for e, (a, b) in zip(events, spans, strict=True) if a <= stop and b >= begin]
    events = [e for e, _ in chosen]
    days = [d for _, d in chosen]
    first = min(a for a, _ in days)
    last = max(b for _, b in days)
    span = max((last - first).days, 1)
    scale = (_settings().report.timeline_width - 2 * _settings().report.timeline_margin) / span
    points: list[TimelinePoint] = []
    row_end: list[float] = []  # right edge of the last item in each row
    for event, (a, b) in zip(events, days, strict=True):
        x, width = _settings().report.timeline_margin + (a - first).days * scale, (b - a).days * scale
        row = next((r for r, edge in enumerate(row_end) if x > edge + 6), len(row_end))
        if row == len(row_end):
            row_end.append(0.0)
        row_end[row] = x + width
        points.append(TimelinePoint(event, round(x, 1), round(width, 1), row))
    ticks = []
    month = date(first.year, first.month, 1)
    while month <= last:
        if month >= first:
            ticks.append((round(_settings().report.timeline_margin + (month - first).days * scale, 1), month.strftime("%b %Y")))
        if month.year == date.max.year and month.month == 12:
            break
        month = date(month.year + month.month // 12, month.month % 12 + 1, 1)
    return {"timeline": points, "ticks": ticks}
