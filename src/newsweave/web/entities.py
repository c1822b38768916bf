"""An entity across stories: the stories whose dossiers name it (by name or alias, any case), its
type and roles in each, and every quote attributed to it."""

from __future__ import annotations

from dataclasses import dataclass, field

from newsweave.web.context import Context


@dataclass(slots=True)
class EntityInStory:
    story: str
    title: str
    entity: str  # the Entity.id inside that story's dossier
    name: str
    type: str
    roles: list[str]
    aliases: list[str]
    mentions: int


@dataclass(slots=True)
class QuoteOf:
    story: str
    doc: str
    doc_title: str
    start: int
    text: str
    kind: str


@dataclass(slots=True)
class EntityReport:
    name: str
    stories: list[EntityInStory] = field(default_factory=list)
    quotes: list[QuoteOf] = field(default_factory=list)


def entity_report(ctx: Context, name: str) -> EntityReport:
    """Every story naming `name` exactly (case and spacing aside), with the quotes of that entity."""
    wanted = " ".join(name.lower().split())
    report = EntityReport(" ".join(name.split()))
    store = ctx.store()
    for summary in ctx.stories.catalogue(store, ctx.version()).stories:
        if wanted not in {" ".join(n.lower().split()) for n in summary.entities}:
            continue
        dossier = store.dossier(summary.id) or {}
        titles = {d["id"]: d["title"] or d["id"] for d in dossier.get("documents", [])}
        for e in dossier.get("entities", []):
            if wanted not in {" ".join(n.lower().split()) for n in (e["name"], *e["aliases"])}:
                continue
            report.stories.append(EntityInStory(summary.id, summary.title, e["id"], e["name"], e["type"], e["roles"],
                                                [a for a in e["aliases"] if a != e["name"]], len(e["mentions"])))
            report.quotes += [QuoteOf(summary.id, q["doc"], titles.get(q["doc"], q["doc"]), q["start"], q["text"], q["kind"])
                              for q in dossier.get("quotes", []) if q["speaker_entity"] == e["id"]]
    return report
