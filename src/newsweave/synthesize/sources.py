"""Independent sources: a claim's support counts original sources, not documents.

Each member sentence is traced to the source it rests on, in this order:
1. an outlet it cites ("according to the Financial Times", "the Gazette said", an attribution
   whose authority or `via` is an outlet of the story): that outlet;
2. the original of its document when the document is a copy or rewrite (dedupe's
   CopyRelations, followed to the first original);
3. an earlier member sentence it reuses nearly word for word (sentence-level reuse that the
   document-level relations miss): that sentence's source;
4. otherwise its document's outlet, so two reports by one outlet count once.
A document is named by its outlet as a reader knows it (`document_outlet`): the readers fall back to
the file's name when the input names no outlet, and a file name ("001_99d83c") names nothing a
reader can check; the outlet the page names itself is used then, else the report's headline.
Outlets with one owner (the user's outlet profiles, `--outlets FILE`) are one independent source,
named by the owner with its outlets: a chain's papers printing one story are not corroboration.
A claim is disputed when it has a denial, corroborated with two or more independent sources,
single-source otherwise; claims are ranked by independent sources, then documents.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from newsweave import lexicon
from newsweave.model import Claim, ClaimMember, CopyRelation, Document, Entity, OutletProfiles
from newsweave.outlets import outlet_key, same_outlet
from newsweave.read.source import slugify
from newsweave.read.text import page_outlet
from newsweave.settings import current as _settings

CORROBORATED = "corroborated"
SINGLE_SOURCE = "single-source"
DISPUTED = "disputed"
# How a report that names no outlet anywhere is named, with its headline's first words after it.
UNNAMED_OUTLET = "unnamed outlet"
_reporting = lexicon.for_language(lexicon.DEFAULT_LANGUAGE).reporting
_WORD = re.compile(r"[^\W_]+")


def count_sources(
    claims: Sequence[Claim],
    docs: Sequence[Document],
    relations: Sequence[CopyRelation],
    entities: Sequence[Entity] = (),
    *,
    profiles: OutletProfiles | None = None,
) -> list[Claim]:
    """Fill each claim's independent sources and label; return the claims ranked by support.

    With `profiles` (matched to `docs`), the outlets of one owner count as one source."""
    by_id = {d.id: d for d in docs}
    outlets = _outlet_names(docs, entities)
    originals = _originals(relations)
    named = {d.id: _doc_outlet(d, outlets) for d in docs}  # once per report: a page names its outlet in its text
    owners = _owners(profiles, named) if profiles else {}
    for claim in claims:
        names = _by_owner(_traced(claim.members, by_id, named, outlets, originals), owners)
        claim.sources = names
        claim.independent_sources = len(names)
        claim.denial_sources = _by_owner(_traced(claim.denials, by_id, named, outlets, originals), owners)
        claim.label = DISPUTED if claim.denials else CORROBORATED if len(names) >= 2 else SINGLE_SOURCE
    return sorted(claims, key=lambda c: (-c.independent_sources, -len(c.documents), -len(c.members), c.id))


def _traced(
    members: Sequence[ClaimMember],
    docs: dict[str, Document],
    named: dict[str, str],
    outlets: dict[str, str],
    originals: dict[str, str],
) -> list[str]:
    """The sources `members` rest on, each once, earliest first (`named`: each report's own outlet)."""
    traced: list[tuple[ClaimMember, str]] = []
    for member in sorted(members, key=lambda m: (_published(docs.get(m.doc)), m.doc, m.start)):
        traced.append((member, _source(member, traced, named, outlets, originals)))
    return list(dict.fromkeys(name for _, name in traced))


def _source(
    member: ClaimMember,
    earlier: list[tuple[ClaimMember, str]],
    named: dict[str, str],
    outlets: dict[str, str],
    originals: dict[str, str],
) -> str:
    own = named.get(member.doc, member.doc)
    cited = _cited_outlet(member, outlets)
    if cited and not same_outlet(cited, own):
        return cited
    original = originals.get(member.doc)
    if original is not None:
        return named.get(original, original)
    words = set(_WORD.findall(member.text.lower()))
    for other, name in earlier:
        if other.doc != member.doc and _jaccard(words, set(_WORD.findall(other.text.lower()))) >= _settings().sources.reuse_jaccard:
            return name
    return own


def _cited_outlet(member: ClaimMember, outlets: dict[str, str]) -> str | None:
    """The story outlet the sentence names as its source, if any."""
    for name in (member.via, member.authority):
        if name and outlet_key(name) in outlets:
            return outlets[outlet_key(name)]
    words = _WORD.findall(member.text)
    lowered = [w.lower() for w in words]
    if not _reporting.CITING_CUES & set(lowered):
        return None
    for size in (4, 3, 2, 1):  # longest names first: "Harbor Gazette" before "Gazette"
        for start in range(len(words) - size + 1):
            key = outlet_key("".join(words[start:start + size]))
            if key in outlets and (size > 1 or words[start][0].isupper()):
                return outlets[key]
    return None


def _owners(profiles: OutletProfiles, named: dict[str, str]) -> dict[str, str]:
    """Source name -> owner, for the outlets whose profile names one: by the profile's outlet key,
    and by the name each matched document's outlet goes by in the claims (matched by URL domain,
    a document's outlet may be named otherwise)."""
    owners = {}
    for profile in profiles.profiles:
        if not profile.owner:
            continue
        owners[outlet_key(profile.outlet)] = profile.owner
        for doc_id in profile.documents:
            owners[outlet_key(named.get(doc_id, doc_id))] = profile.owner
    return owners


def _by_owner(names: list[str], owners: dict[str, str]) -> list[str]:
    """The independent sources among `names`: one per owner ("Harbor Media (Harbor Gazette,
    Bayline News)"), the others as they are, in first-seen order."""
    groups: dict[str, list[str]] = {}
    for name in names:
        owner = owners.get(outlet_key(name))
        groups.setdefault(outlet_key(owner) if owner else f"\0{name}", []).append(name)  # "News Corp." and "News Corp" are one
    return [
        f"{owners[outlet_key(members[0])]} ({', '.join(members)})" if len(members) > 1 else members[0]
        for members in groups.values()
    ]


def _outlet_names(docs: Sequence[Document], entities: Sequence[Entity]) -> dict[str, str]:
    """Every spelling of every outlet (documents' sources, outlet entities and their aliases) -> one name."""
    names: dict[str, str] = {}
    for entity in entities:
        if entity.type == "OUTLET":
            for alias in (entity.name, *entity.aliases):
                names.setdefault(outlet_key(alias), entity.name)
    for doc in docs:
        if doc.source:
            names.setdefault(outlet_key(doc.source), doc.source)
    names.pop("", None)
    return names


def _doc_outlet(doc: Document, outlets: dict[str, str]) -> str:
    known = outlets.get(outlet_key(doc.source)) if doc.source else None
    return known if known and known != doc.source else document_outlet(doc)  # an outlet entity's name first


def document_outlet(doc: Document) -> str:
    """The outlet a reader knows `doc` by: its source, unless that is only its file's name (or
    empty), then the outlet its page names itself, else the file's name when it is made of words
    alone (a name the user gave it: "quayside-courier"), else its headline's first words, marked
    unnamed ("001_99d83c" is a name no reader can check)."""
    if doc.source and not _file_name(doc.source, doc):
        return doc.source
    named = page_outlet(doc.raw or doc.text)
    if named:
        return named
    if doc.source and not any(c.isdigit() for c in doc.source):
        return doc.source
    words = doc.title.split()
    if not words:
        return doc.source or doc.id
    cut = _settings().sources.unnamed_title_words
    return f"{UNNAMED_OUTLET} (“{' '.join(words[:cut])}{'…' if len(words) > cut else ''}”)"


def unnamed(outlet: str) -> bool:
    """Whether `outlet` is a report's stand-in name from its headline: a list of them says less than their count."""
    return outlet.startswith(f"{UNNAMED_OUTLET} (")


def _file_name(name: str, doc: Document) -> bool:
    """Whether `name` is the file name the readers fall back to: no spaces, and slugged, the document's id."""
    return not any(c.isspace() for c in name) and slugify(name) == doc.id.split("#")[0]


def _originals(relations: Sequence[CopyRelation]) -> dict[str, str]:
    """Copy -> its first original, following chains of copies."""
    parent = {r.copy: r.original for r in relations}
    roots = {}
    for copy in parent:
        seen, node = {copy}, parent[copy]
        while node in parent and node not in seen:
            seen.add(node)
            node = parent[node]
        roots[copy] = node
    return roots


def _published(doc: Document | None) -> str:
    return (doc.published or "9999") if doc else "9999"


def _jaccard(a: set[str], b: set[str]) -> float:
    return len(a & b) / len(a | b) if a or b else 0.0
