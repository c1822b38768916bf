"""The stages wired together: the one place that knows their order.

read -> clean -> repeated lines per source -> copies -> annotate. Per-document stages go
through the executor so they run inline, in processes, or (later) on a cluster unchanged.
Every stage's wall time is recorded in the dossier's run info.

No stage takes a run down (issue 14): a document that makes a per-document stage (clean, annotate)
raise is set aside in `skipped` with the error, and the others go on; a whole-story stage that
raises is named with its error in `run.failed`, its records stay empty, and what was computed
before it and the stages after it are kept.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from newsweave import __version__, settings
from newsweave.clean.document import clean_document
from newsweave.clean.repeated import remove_repeated_lines
from newsweave.dedupe import find_copies
from newsweave.engine.local import map_ordered
from newsweave.model import Document, Dossier, OutletProfiles, RunInfo, Skipped
from newsweave.profiles import match_documents
from newsweave.read import read_paths

# A progress callback gets (stage, done, total); total is None while it is unknown.
Progress = Callable[[str, int, int | None], None]


@dataclass(slots=True)
class Options:
    """What a run may do and how hard it may work."""

    max_bytes: int | None = None  # None: the settings' read.max_bytes
    field_map: dict[str, str] | None = None  # JSON input: our field -> the input's key
    workers: int = 1
    annotate: bool = True  # annotate and synthesize; False stops after finding copies
    brief_words: int | None = None  # None: the settings' brief.words
    focus: str | None = None  # a question the brief should answer first
    embedder: str = "onnx"  # embed.RUNTIMES: the runtime of the sentence embeddings: "onnx" (int8) or "torch"
    progress: Progress | None = None
    settings: settings.Settings | None = None  # None: the settings already in force (settings.current())
    # Maps a per-document stage over documents in order (engine/dask.py's DaskEngine); None: this
    # machine's processes (`workers`).
    engine: Callable[[Callable[[Document], Any], Sequence[Document]], Iterator[Any]] | None = None
    outlets: OutletProfiles | None = None  # the user's outlet profiles (profiles.read_profiles): owners count once


@dataclass(slots=True)
class _Clock:
    stages: dict[str, float] = field(default_factory=dict)
    failed: dict[str, str] = field(default_factory=dict)

    @contextmanager
    def stage(self, name: str) -> Iterator[None]:
        start = time.perf_counter()
        try:
            yield
        finally:
            self.stages[name] = round(self.stages.get(name, 0.0) + time.perf_counter() - start, 4)

    @contextmanager
    def story_stage(self, name: str) -> Iterator[None]:
        """A whole-story stage, timed; an error in it is recorded as the stage's failure, not raised."""
        with self.stage(name):
            try:
                yield
            except Exception as error:  # noqa: BLE001 - one stage must not take the run down
                self.failed[name] = _why(error)


def _why(error: BaseException) -> str:
    return f"{type(error).__name__}: {error}"[:500]


def analyze(paths: Sequence[str | Path], options: Options | None = None) -> Dossier:
    """Read, clean, relate and annotate every report under `paths` into one dossier."""
    options = options or Options()
    with settings.use(options.settings):
        return _analyze(paths, options)


def _analyze(paths: Sequence[str | Path], options: Options) -> Dossier:
    report = options.progress or (lambda stage, done, total: None)
    started = time.perf_counter()
    clock = _Clock()

    documents: list[Document] = []
    skipped: list[Skipped] = []
    with clock.stage("read"):
        for item in read_paths(paths, max_bytes=options.max_bytes, field_map=options.field_map):
            (documents if isinstance(item, Document) else skipped).append(item)
            report("read", len(documents) + len(skipped), None)
    return _analyze_read(documents, skipped, [str(p) for p in paths], options, clock, started)


def analyze_documents(documents: Sequence[Document], options: Options | None = None) -> Dossier:
    """The dossier of documents already read (one story of the store): clean, relate, annotate, synthesize."""
    options = options or Options()
    with settings.use(options.settings):
        return _analyze_read(list(documents), [], [], options, _Clock(), time.perf_counter())


def _analyze_read(documents: list[Document], skipped: list[Skipped], inputs: list[str], options: Options,
                  clock: _Clock, started: float) -> Dossier:
    report = options.progress or (lambda stage, done, total: None)
    with clock.stage("clean"):
        documents, emptied = clean_documents(documents, options)
        skipped.extend(emptied)

    relations = []
    with clock.story_stage("dedupe"):
        relations = find_copies(documents)

    dossier = Dossier(
        run=RunInfo(
            version=__version__,
            created=datetime.now(timezone.utc).isoformat(timespec="seconds"),
            inputs=inputs,
        ),
        documents=documents,
        skipped=skipped,
        relations=relations,
    )
    if options.outlets is not None:
        dossier.outlets = match_documents(options.outlets, documents)
    if options.annotate and documents:
        _annotate_and_synthesize(dossier, options, clock, report)

    dossier.run.stages = clock.stages
    dossier.run.failed = clock.failed
    dossier.run.seconds = round(time.perf_counter() - started, 3)
    return dossier


def clean_documents(documents: Sequence[Document], options: Options) -> tuple[list[Document], list[Skipped]]:
    """The documents cleaned (junk lines, encoding, lines repeated across an outlet's reports), and those
    left with no text as skipped."""
    report = options.progress or (lambda stage, done, total: None)
    cleaned, failed = [], []
    mapped = options.engine(clean_one, documents) if options.engine else map_ordered(clean_one, documents, options.workers)
    for done, item in enumerate(mapped, 1):
        (failed if isinstance(item, Skipped) else cleaned).append(item)
        report("clean", done, len(documents))
    remove_repeated_lines(cleaned)
    emptied = [Skipped(d.path, "no-text", f"{d.id}: nothing left after cleaning") for d in cleaned if not d.text.strip()]
    return [d for d in cleaned if d.text.strip()], failed + emptied


def clean_one(doc: Document) -> Document | Skipped:
    """`clean_document`, or the document set aside with the error it raised (a module function: workers pickle it)."""
    try:
        return clean_document(doc)
    except Exception as error:  # noqa: BLE001 - one hostile document must not end the run
        return Skipped(doc.path, "clean-failed", f"{doc.id}: {_why(error)}")


def _annotate_and_synthesize(dossier: Dossier, options: Options, clock: _Clock, report: Progress) -> None:
    """Entities, quotes, attribution and dates, then claims, brief, timeline and provenance.

    Imported here, not at the top: spaCy and the embedding runtime take seconds to import, which a run with
    `annotate=False` (or `--help`) should not pay.
    """
    from newsweave.annotate.story import StoryAnnotations, annotate_story

    found = StoryAnnotations()
    with clock.story_stage("annotate"):  # fails as a stage only when no document alone makes it raise
        try:
            found = annotate_story(dossier.documents, workers=options.workers, progress=report, engine=options.engine)
        except Exception:  # noqa: BLE001 - find the documents that raise, set them aside, annotate the rest
            failing = _failing_documents(dossier.documents, annotate_story)
            dossier.skipped.extend(failing.values())
            dossier.documents = [d for d in dossier.documents if d.id not in failing]
            found = annotate_story(dossier.documents, workers=options.workers, progress=report, engine=options.engine)
    dossier.entities = found.entities
    dossier.quotes = found.quotes
    dossier.attributions = found.attributions
    dossier.dates = found.dates
    synthesize(dossier, options, clock)


def _failing_documents(documents: Sequence[Document], annotate_story: Callable) -> dict[str, Skipped]:
    """The documents that make `annotate_story` raise on their own, each with its error.

    Only run after the whole story raised, so a run without a failing document pays nothing for it.
    """
    failing = {}
    for doc in documents:
        try:
            annotate_story([doc])
        except Exception as error:  # noqa: BLE001
            failing[doc.id] = Skipped(doc.path, "annotate-failed", f"{doc.id}: {_why(error)}")
    return failing


def synthesize(dossier: Dossier, options: Options, clock: _Clock | None = None) -> None:
    """Claims, brief, timeline and provenance of an annotated dossier, set in place."""
    from newsweave.synthesize.brief import write_brief
    from newsweave.synthesize.claims import CachedEmbedder, align_claims
    from newsweave.synthesize.embed import MiniLMEmbedder
    from newsweave.synthesize.provenance import trace_provenance
    from newsweave.synthesize.sentences import split_sentences
    from newsweave.synthesize.sources import count_sources
    from newsweave.synthesize.timeline import build_timeline

    clock = clock or _Clock()
    documents, relations = dossier.documents, dossier.relations
    embedder = CachedEmbedder(MiniLMEmbedder(options.embedder))
    with clock.story_stage("claims"):
        claims = align_claims(documents, split_sentences(documents), dossier.attributions, relations, embedder,
                              dossier.entities)
        dossier.claims = count_sources(claims, documents, relations, dossier.entities, profiles=dossier.outlets)
    with clock.story_stage("brief"):
        words = settings.current().brief.words if options.brief_words is None else options.brief_words
        dossier.brief = write_brief(dossier.claims, documents, words, options.focus, embedder)
    with clock.story_stage("timeline"):
        dossier.timeline = build_timeline(documents, dossier.dates)
    with clock.story_stage("provenance"):
        dossier.provenance = trace_provenance(documents, relations, dossier.attributions, dossier.entities)
    dossier.run.failed.update(clock.failed)
