"""The data model: typed dataclasses that flow through every stage, and their JSON form.

One `Document` per report travels from the readers to the renderers; later stages add
story-level records (copy relations, entities, quotes, attributions, dates) that point
back into `Document.text` by character offsets, so every extracted thing has evidence.
The JSON form is versioned by `SCHEMA_VERSION` and documented in docs/schema.md;
`newsweave.schema` derives the JSON Schema from these classes.
"""

from __future__ import annotations

import dataclasses
import functools
import types
import typing
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, TypeVar

SCHEMA_VERSION = "newsweave-dossier/0.6"


@dataclass(slots=True)
class RemovedLine:
    """A line the cleaner dropped, with why, so the user can audit the cut."""

    text: str
    reason: str
    line: int  # index of the line in the text before line cleaning


@dataclass(slots=True)
class Repair:
    """One kind of text repair applied to a document, with how often and an example."""

    kind: str
    count: int
    example: str = ""


@dataclass(slots=True)
class Document:
    """One news report: what was read, and what cleaning made of it."""

    id: str
    path: str
    format: str  # text | html | json | warc | rss | sgml
    source: str = ""  # outlet name or domain
    url: str | None = None
    title: str = ""
    published: str | None = None  # ISO 8601 publication date; never an update date
    published_inferred: str | None = None  # how `published` was read from the text (None: from metadata)
    updated: str | None = None  # ISO 8601 "last updated" date, kept apart from `published`
    author: str | None = None
    language: str | None = None
    raw: str = ""  # the text as read (main text for HTML), before repair and line cleaning
    text: str = ""  # the cleaned text every offset refers to
    removed: list[RemovedLine] = field(default_factory=list)
    repairs: list[Repair] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


@dataclass(slots=True)
class Skipped:
    """Input that could not become a document: named, with a reason, never dropped silently."""

    path: str
    reason: str  # short code: binary, empty, undecodable, malformed-json, malformed-warc, too-large, ...
    detail: str = ""


@dataclass(slots=True)
class CopyRelation:
    """`copy` reuses text of `original`: a duplicate, near-duplicate, reuse or attributed rewrite."""

    original: str  # document id
    copy: str  # document id
    kind: str  # duplicate | near-duplicate | reuse | rewrite
    similarity: float  # Jaccard similarity of word shingles
    reused: float  # share of the copy's shingles found in the original (containment)
    cites_original: bool = False  # the copy names the original's outlet as its source


@dataclass(slots=True)
class Mention:
    """Where an entity is named: document id and character span in its cleaned text."""

    doc: str
    start: int
    end: int
    text: str


@dataclass(slots=True)
class Entity:
    """A person, organisation, place or outlet, merged across spellings and documents."""

    id: str
    name: str  # canonical name: the fullest form found
    type: str  # PERSON | ORG | PLACE | OUTLET
    aliases: list[str] = field(default_factory=list)
    roles: list[str] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)


@dataclass(slots=True)
class Quote:
    """Something someone said, direct or reported, with the speaker resolved where possible."""

    doc: str
    text: str
    start: int
    end: int
    kind: str  # direct | indirect | partial
    speaker: str | None = None  # the speaker as named in the text; None when unknown
    speaker_entity: str | None = None  # Entity.id when resolved
    speaker_start: int | None = None
    speaker_end: int | None = None
    anonymous: bool = False  # "an official", "a spokesperson"
    cue: str | None = None  # the reporting verb or phrase


@dataclass(slots=True)
class Attribution:
    """A sentence reported on someone's authority: who, named or not, by which cue, via which outlet."""

    doc: str
    start: int  # the attributed content span
    end: int
    authority: str
    anonymous: bool
    cue: str
    authority_entity: str | None = None
    authority_start: int | None = None  # span of the authority's name, when it is in the text
    authority_end: int | None = None
    via: str | None = None  # the outlet it came through ("told POLITICO")
    first_to_report: bool = False  # "which first reported the news"


@dataclass(slots=True)
class DateMention:
    """A temporal expression resolved against the document's date, with its precision."""

    doc: str
    text: str
    start: int
    end: int
    value: str | None  # ISO 8601 date (start of the period); None when unresolved
    precision: str  # day | week | month | year | weekday-in-window | unknown
    end_value: str | None = None  # last day of the period or window, when not a single day
    inferred: bool = False  # resolved against a date window or a publication date inferred from the text


@dataclass(slots=True)
class Evidence:
    """A span of one document's cleaned text that a story-level record rests on."""

    doc: str
    start: int
    end: int


@dataclass(slots=True)
class TimelineEvent:
    """One dated event of the story, merged across the documents that report it."""

    date: str  # ISO 8601, first day of the period
    precision: str  # as DateMention.precision
    text: str  # the sentence that reports it, from the earliest report
    evidence: list[Evidence] = field(default_factory=list)  # every sentence that dates it so
    end_date: str | None = None  # last day, when the period is longer than a day
    inferred: bool = False  # every report of it resolved the date against an inferred window

    @property
    def documents(self) -> list[str]:
        """Ids of the documents that report it, in evidence order (a report may date it in two sentences)."""
        return list(dict.fromkeys(e.doc for e in self.evidence))


@dataclass(slots=True)
class FirstReport:
    """An outlet that the story's reports name as first to report, and who names it."""

    outlet: str
    named_by: list[str]  # document ids
    evidence: list[Evidence] = field(default_factory=list)
    entity: str | None = None  # Entity.id of the outlet


@dataclass(slots=True)
class Provenance:
    """Where the story comes from: who is named first to report, the earliest report, the originals."""

    first_reported_by: list[FirstReport] = field(default_factory=list)
    earliest_published: str | None = None  # ISO date of the earliest dated report
    earliest_documents: list[str] = field(default_factory=list)
    originals: list[str] = field(default_factory=list)  # documents that copy no other document


@dataclass(slots=True)
class ClaimMember:
    """One sentence carrying (or denying) a claim: where it is, its stance, on whose authority."""

    doc: str
    start: int
    end: int
    text: str
    stance: str  # asserts | denies | reports
    cue: str = ""  # the words that decided the stance
    speaker: str | None = None  # who asserts or denies it, when named in the sentence
    authority: str | None = None  # the dossier's attribution overlapping the sentence
    anonymous: bool = False
    via: str | None = None  # the outlet the authority spoke through


@dataclass(slots=True)
class Claim:
    """A statement made across the story: who carries it, who denies it, and how well it stands."""

    id: str
    text: str  # the most central member sentence, quoted as is
    members: list[ClaimMember] = field(default_factory=list)
    denials: list[ClaimMember] = field(default_factory=list)
    independent_sources: int = 0  # filled by sources.count_sources
    sources: list[str] = field(default_factory=list)  # the independent sources' names
    denial_sources: list[str] = field(default_factory=list)  # the independent sources that report its denials
    label: str = ""  # corroborated | single-source | disputed
    shown: str = ""  # `text` read alone: each person it names by one word or by "he" named in full, "[Jake Sullivan] said"

    @property
    def documents(self) -> list[str]:
        """Ids of the documents that carry the claim, in first-seen order."""
        return list(dict.fromkeys(m.doc for m in self.members))


@dataclass(slots=True)
class BriefSentence:
    """One sentence of the brief: what it says, which documents support it, how well it stands."""

    text: str  # the statement with who carries it and who disputes it: "... (reported by A and B)"
    statement: str  # the claim's sentence as its report wrote it
    citations: list[str] = field(default_factory=list)  # ids of every document that carries the claim
    label: str = ""  # corroborated | single-source | disputed
    claim: str = ""  # Claim.id
    sources: list[str] = field(default_factory=list)  # the outlets that carry it (its independent sources)
    deniers: list[str] = field(default_factory=list)  # the parties (entities) that deny it


@dataclass(slots=True)
class OutletProfile:
    """What the user knows of one outlet (`--outlets FILE`): who owns it, where, their own rating."""

    outlet: str  # as the file names it: an outlet's name or its domain
    owner: str = ""
    country: str = ""
    rating: str = ""  # the user's own rating, as written
    notes: str = ""
    line: int = 0  # its line in the file
    documents: list[str] = field(default_factory=list)  # ids of the documents it matched, by outlet or URL domain


@dataclass(slots=True)
class RejectedRow:
    """A row of the outlet profiles file that was not used, and why."""

    line: int
    reason: str
    text: str  # the row as read


@dataclass(slots=True)
class OutletProfiles:
    """The outlet profiles the run was given: the file, its profiles, and the rows not used."""

    path: str | None = None  # None: no --outlets file
    profiles: list[OutletProfile] = field(default_factory=list)
    rejected: list[RejectedRow] = field(default_factory=list)


@dataclass(slots=True)
class RunInfo:
    """How the dossier was made."""

    version: str
    created: str
    inputs: list[str]
    seconds: float = 0.0
    stages: dict[str, float] = field(default_factory=dict)
    failed: dict[str, str] = field(default_factory=dict)  # whole-story stage -> the error that stopped it; its records are empty


@dataclass(slots=True)
class Dossier:
    """Everything one run found: documents, what was skipped, and the story-level records."""

    run: RunInfo
    documents: list[Document] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)
    relations: list[CopyRelation] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    attributions: list[Attribution] = field(default_factory=list)
    dates: list[DateMention] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    brief: list[BriefSentence] = field(default_factory=list)
    timeline: list[TimelineEvent] = field(default_factory=list)
    provenance: Provenance = field(default_factory=Provenance)
    outlets: OutletProfiles = field(default_factory=OutletProfiles)  # the sources' profiles (--outlets FILE)
    schema: str = SCHEMA_VERSION


@dataclass(slots=True)
class StepReport:
    """What one step of the pipeline did, so a run over a pile accounts for every document."""

    step: str
    documents_in: int = 0
    documents_out: int = 0
    dropped: dict[str, int] = field(default_factory=dict)  # skip reason -> documents set aside (each named in `skipped`)
    flagged: dict[str, int] = field(default_factory=dict)  # warning kind -> documents kept with that warning
    seconds: float = 0.0
    failed: str | None = None  # the error that stopped the step; the corpus is kept as it was before it


@dataclass(slots=True)
class Story:
    """One story of a corpus: the documents that report one event, and the dossier made of them alone."""

    id: str
    title: str
    documents: list[str]  # document ids, in the corpus's order
    dossier: Dossier


@dataclass(slots=True)
class Corpus:
    """A pile of reports: its documents, what was skipped, the copies among them and the stories they tell.

    Everything compared across documents (claims, quotes) is compared inside one story; copies are found
    corpus-wide through an index (MinHash LSH), never over all pairs.
    """

    run: RunInfo
    documents: list[Document] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)
    relations: list[CopyRelation] = field(default_factory=list)
    stories: list[Story] = field(default_factory=list)
    steps: list[StepReport] = field(default_factory=list)

    def dossier(self) -> Dossier:
        """The corpus as one dossier, when it holds at most one story (dossier.json of the one-story layout):
        the story's records with the corpus's skipped inputs, relations and run."""
        if len(self.stories) > 1:
            raise ValueError(f"the corpus holds {len(self.stories)} stories: take each story's dossier")
        story = self.stories[0].dossier if self.stories else Dossier(run=self.run)
        run = dataclasses.replace(self.run, stages={**self.run.stages, **story.run.stages},
                                  failed={**self.run.failed, **story.run.failed})
        return dataclasses.replace(story, run=run, documents=self.documents, skipped=self.skipped,
                                   relations=self.relations)


T = TypeVar("T")


def to_dict(obj: Any) -> Any:
    """Plain JSON-ready structure of a model object (dataclasses, lists, dicts, scalars)."""
    if dataclasses.is_dataclass(obj):
        return {f.name: to_dict(getattr(obj, f.name)) for f in dataclasses.fields(obj)}
    if isinstance(obj, list | tuple):
        return [to_dict(x) for x in obj]
    if isinstance(obj, dict):
        return {k: to_dict(v) for k, v in obj.items()}
    return obj


def from_dict(cls: type[T], data: Any) -> T:
    """Rebuild a model object from `to_dict` output, guided by the type hints."""
    return _builder(cls)(data)


def _same(data: Any) -> Any:
    return data


@functools.cache
def _builder(tp: Any) -> Callable[[Any], Any]:
    """The function that builds a `tp` from its JSON form, made once per type: reading the type hints
    per object cost more than building it (a story page's dossier has thousands of records)."""
    origin = typing.get_origin(tp)
    if origin in (typing.Union, types.UnionType):
        return _builder(next(a for a in typing.get_args(tp) if a is not type(None)))
    if origin is list:
        item = _builder(typing.get_args(tp)[0])
        return lambda data: None if data is None else [item(x) for x in data]
    if origin is dict:
        value = _builder(typing.get_args(tp)[1])
        return lambda data: None if data is None else {k: value(v) for k, v in data.items()}
    if dataclasses.is_dataclass(tp):
        known = {f.name for f in dataclasses.fields(tp)}
        fields = {name: _builder(hint) for name, hint in typing.get_type_hints(tp).items() if name in known}
        return lambda data: None if data is None else tp(**{k: fields[k](v) for k, v in data.items() if k in fields})
    return _same
