"""Ingest: read -> clean -> cluster online -> store, batch by batch; then the changed stories' dossiers.

The stream's counterpart of `pipeline.analyze`: documents arrive in batches of `[store] batch_size`;
each batch is one transaction of the store with what changed in the clusterer's state, so an interrupted
ingest, rerun on the same inputs, skips what is stored (by content) and goes on where it stopped. Only
stories that gained or lost documents get their dossier recomputed (`pipeline.analyze_documents`, from
the documents as the batch cleaned them): during the ingest once they have changed by `[store]
refresh_share` of themselves, and all of them at its end. So a batch costs what it brings, whatever the
store holds: the ingest's cost grows with the stream, not with its square.
"""

from __future__ import annotations

import dataclasses
import json
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path

from newsweave import settings
from newsweave.cluster import Prepared, StoryClusterer, prepare
from newsweave.model import Document, Dossier, Skipped, to_dict
from newsweave.pipeline import Options, analyze_documents, clean_one, per_document
from newsweave.read import read_paths
from newsweave.store import NewDocument, Store, content_key

# Clusterer events after which documents sit in another story than the one `add` returned.
MOVING_EVENTS = frozenset({"merge", "split"})


@dataclass(slots=True)
class IngestReport:
    """What one ingest did: counts, the inputs it could not use with their reasons, the stories it refreshed."""

    read: int = 0  # documents read
    stored: int = 0  # documents stored now
    known: int = 0  # documents whose content was stored already (this run or before): not stored again
    skipped: list[Skipped] = field(default_factory=list)
    refreshed: list[str] = field(default_factory=list)  # stories whose dossier was recomputed, each once
    dossiers: int = 0  # dossiers computed: a story recomputed during the ingest and at its end counts twice
    seconds: float = 0.0


def ingest(paths: Sequence[str | Path], store: Store, options: Options | None = None) -> IngestReport:
    """Add every report under `paths` to `store`, then bring the dossiers of changed stories up to date."""
    options = options or Options()
    with settings.use(options.settings):
        started = time.perf_counter()
        report = options.progress or (lambda stage, done, total: None)
        state, generation = store.clusterer_state()
        clusterer = StoryClusterer.from_state(state) if state is not None else StoryClusterer()
        result = IngestReport()
        _refresh(store, options, result)  # stories a killed run left stale
        size, share = settings.current().store.batch_size, settings.current().store.refresh_share
        batch: list[Document] = []
        for item in read_paths(paths, max_bytes=options.max_bytes, field_map=options.field_map):
            if isinstance(item, Skipped):
                result.skipped.append(item)
                continue
            result.read += 1
            batch.append(item)
            if len(batch) >= size:
                generation = _ingest_batch(batch, store, clusterer, generation, options, result)
                _refresh(store, options, result, share)
                report("ingest", result.read, None)
                batch = []
        if batch:
            _ingest_batch(batch, store, clusterer, generation, options, result)
            report("ingest", result.read, None)
        _refresh(store, options, result)  # every story the ingest changed, current at its end
        result.refreshed = list(dict.fromkeys(result.refreshed))
        result.seconds = round(time.perf_counter() - started, 3)
        return result


def _ingest_batch(batch: list[Document], store: Store, clusterer: StoryClusterer, generation: int, options: Options,
                  result: IngestReport) -> int:
    """Store one batch; returns the clusterer state's new generation."""
    firsts: dict[str, Document] = {}
    for doc in batch:
        firsts.setdefault(content_key(doc), doc)
    stored = store.known_keys(firsts)
    fresh = [(key, doc) for key, doc in firsts.items() if key not in stored]
    result.known += len(batch) - len(fresh)
    taken = store.taken_ids(doc.id for _, doc in fresh)
    for key, doc in fresh:  # a file of the same name stored before (or earlier in the batch) keeps its id
        if doc.id in taken:
            doc.id = f"{doc.id}-{key[:10]}"
        taken.add(doc.id)
    as_read = [_json(doc) for _, doc in fresh]
    docs = [doc for _, doc in fresh]
    new = []
    if options.engine:  # on a cluster the clusterer's share travels with the cleaning
        mapped = options.engine(clean_and_prepare, docs)
    else:  # here it is cheaper inline than in this batch's process pool (pipeline.per_document, light)
        mapped = map(_prepared, per_document(clean_one, docs, options))
    for (key, _), raw, (doc, prepared) in zip(fresh, as_read, mapped):
        if isinstance(doc, Skipped):  # the cleaner raised on it
            result.skipped.append(doc)
            continue
        if prepared is None:
            result.skipped.append(Skipped(doc.path, "no-text", f"{doc.id}: nothing left after cleaning"))
            continue
        clean = _json(doc)  # before the clusterer sets its language, as a dossier computed from scratch sees it
        new.append(NewDocument(key, doc, raw, clean, clusterer.add(doc, prepared)))
    if not clusterer.events:
        return generation  # nothing new: nothing to write
    moves = {doc_id: event.story for event in clusterer.events if event.kind in MOVING_EVENTS
             for doc_id in event.documents}
    generation = store.add_batch(new, moves, clusterer.changed_state(0), generation)
    clusterer.events.clear()  # stored: the ingest's memory stays bounded by the clusterer's window
    result.stored += len(new)
    return generation


def clean_and_prepare(doc: Document) -> tuple[Document | Skipped, Prepared | None]:
    """A document cleaned and prepared for the clusterer in one task, so that on an engine it travels
    once each way and only the assignment to a story is left to this process."""
    return _prepared(clean_one(doc))


def _prepared(cleaned: Document | Skipped) -> tuple[Document | Skipped, Prepared | None]:
    """A cleaned document with its `prepare` (None: it was set aside, or no text is left)."""
    if isinstance(cleaned, Skipped) or not cleaned.text.strip():
        return cleaned, None
    return cleaned, prepare(cleaned)


def _json(doc: Document) -> str:
    return json.dumps(to_dict(doc), ensure_ascii=False)


def _refresh(store: Store, options: Options, result: IngestReport, share: float | None = None) -> None:
    """Recompute the dossier of every stale story (with a `share`, of those changed by that share of
    themselves: `Store.stale_stories`) from its stored cleaned documents, each saved in its own short
    transaction.

    On an engine each story's dossier is one task (its documents sent once, every stage run where they
    are), a round of stories at a time (`dossier_rounds`): the stories are independent, so the workers
    compute them side by side, and the client only stores them.
    """
    quiet = dataclasses.replace(options, progress=None, languages_known=True, cleaned=True)
    stale = store.stale_story_sizes(share)
    for stories in dossier_rounds(stale) if options.engine else [[story] for story, _ in stale]:
        stored = [store.cleaned_documents_of(story) for story in stories]
        cleaned = [_cleaned(docs, as_read) for docs, as_read in stored]
        if options.engine:
            on_worker = partial(_dossier, options=dataclasses.replace(quiet, engine=None, workers=1))
            dossiers = options.engine(on_worker, cleaned, chunk_size=1)
        else:
            dossiers = (_dossier(item, quiet) for item in cleaned)
        for story, (docs, _), dossier in zip(stories, stored, dossiers):
            dossier.run.inputs = list(dict.fromkeys(d.path for d in docs))
            store.save_dossier(story, dossier, {d.id for d in docs})
            result.dossiers += 1
            result.refreshed.append(story)


def dossier_rounds(stories: Sequence[tuple[str, int]]) -> list[list[str]]:
    """Stale stories (id, documents held) in the rounds an engine computes at once: up to `[engine]
    dossiers_in_flight` stories and `documents_in_flight` of their documents, a larger story alone. The
    client holds a round's documents and dossiers: this bounds them by the budget and the largest story,
    not by as many of the largest stories as are in flight."""
    limits = settings.current().engine
    rounds: list[list[str]] = []
    held = 0
    for story, documents in stories:
        if not rounds or len(rounds[-1]) >= limits.dossiers_in_flight or held + documents > limits.documents_in_flight:
            rounds.append([])
            held = 0
        rounds[-1].append(story)
        held += documents
    return rounds


def _cleaned(docs: list[Document], as_read: set[str]) -> tuple[list[Document], list[Skipped]]:
    """A story's stored documents all cleaned (`as_read`: those stored before their cleaned form was, cleaned
    now), and those the cleaner raised on."""
    cleaned = [clean_one(d) if d.id in as_read else d for d in docs]
    return [d for d in cleaned if isinstance(d, Document)], [d for d in cleaned if isinstance(d, Skipped)]


def _dossier(story: tuple[list[Document], list[Skipped]], options: Options) -> Dossier:
    """A story's dossier from its cleaned documents and those cleaning skipped (a module function: workers
    pickle it)."""
    return analyze_documents(story[0], options, story[1])
