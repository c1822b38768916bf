"""The story catalogue: one summary per story (title, sources, dates, disputed and single-source counts,
entity names, searchable words), computed from the store once and kept until the store changes.

Why a catalogue: the list must sort by size or disputed claims and search by entity, which means
reading every dossier; doing that per request would cost the whole store's JSON each time. The
store's `data_version` says when another connection (an ingest) committed, and only then is the
catalogue rebuilt.
"""

from __future__ import annotations

import json
import re
import threading
from dataclasses import dataclass, field

from newsweave.store import Store

SORTS = ("recent", "size", "disputed")
_WORD = re.compile(r"\w+")


@dataclass(slots=True)
class StorySummary:
    """What a row of the story list shows, and what search matches against."""

    id: str
    title: str
    documents: int
    sources: list[str]
    first: str | None  # earliest publication date of its documents
    last: str | None
    ingested: str  # when its latest document arrived
    claims: int
    disputed: int
    single_source: int
    computed: bool  # its dossier exists (an ingest computes it after storing the documents)
    entities: list[str] = field(default_factory=list)  # entity names and aliases
    words: frozenset[str] = frozenset()  # lower-cased words of its titles, brief and entity names


@dataclass(slots=True)
class Catalogue:
    version: int
    stories: list[StorySummary]
    by_id: dict[str, StorySummary]


class Stories:
    """The summaries of a store's stories, rebuilt when the store has changed."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._current: Catalogue | None = None

    def catalogue(self, store: Store) -> Catalogue:
        version = store.data_version()
        current = self._current
        if current is not None and current.version == version:
            return current
        with self._lock:
            if self._current is None or self._current.version != version:
                self._current = _build(store, version)
            return self._current

    def search(self, store: Store, words: str = "", entity: str = "", sort: str = "recent") -> list[StorySummary]:
        """Stories holding every word of `words` and an entity whose name contains `entity`, sorted."""
        stories = self.catalogue(store).stories
        wanted = set(_WORD.findall(words.lower()))
        if wanted:
            stories = [s for s in stories if wanted <= s.words]
        needle = " ".join(entity.lower().split())
        if needle:
            stories = [s for s in stories if any(needle in name.lower() for name in s.entities)]
        key = {
            "recent": lambda s: (s.last or "", s.ingested),
            "size": lambda s: (s.documents, s.claims),
            "disputed": lambda s: (s.disputed, s.single_source, s.documents),
        }[sort]
        return sorted(stories, key=key, reverse=True)


def _build(store: Store, version: int) -> Catalogue:
    dossiers = dict(store.dossier_texts())
    summaries = []
    for row in store.stories():
        dossier = json.loads(dossiers[row.id]) if dossiers.get(row.id) else None
        dates = sorted(d.published[:10] for d in row.documents if d.published)
        summaries.append(_summary(row.id, row.title, row.documents, dates, dossier))
    return Catalogue(version, summaries, {s.id: s for s in summaries})


def _summary(story: str, title: str, documents: list, dates: list[str], dossier: dict | None) -> StorySummary:
    claims = (dossier or {}).get("claims", [])
    entities = [name for e in (dossier or {}).get("entities", []) for name in dict.fromkeys([e["name"], *e["aliases"]])]
    sources = list(dict.fromkeys(d["source"] for d in (dossier or {}).get("documents", []) if d["source"]))
    text = " ".join([title, *(d.title for d in documents), *(b["text"] for b in (dossier or {}).get("brief", [])),
                     *entities])
    return StorySummary(
        id=story, title=title or documents[0].title, documents=len(documents), sources=sources,
        first=dates[0] if dates else None, last=dates[-1] if dates else None,
        ingested=max(d.ingested for d in documents), claims=len(claims),
        disputed=sum(c["label"] == "disputed" for c in claims),
        single_source=sum(c["label"] == "single-source" for c in claims),
        computed=dossier is not None, entities=entities, words=frozenset(_WORD.findall(text.lower())),
    )
