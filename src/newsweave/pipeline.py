"""The stages wired together: the one place that knows their order.

A run is a short list of named steps, each taking the corpus and giving it back and each recording
what it did (`StepReport`: documents in, out, dropped with reasons, flagged, seconds):

    read -> clean -> language -> copies -> stories -> annotate -> synthesize

Up to `copies` the work is per document (through the executor, so it runs inline, in processes or on
a cluster unchanged) or through an index (MinHash LSH finds copies without comparing all pairs).
`stories` files every document under a story (cluster.cluster_batch; a copy stays with its original);
`annotate` and `synthesize` then run story by story, so claims and quotes are only ever compared
inside one story, never across the pile. Documents in a language other than English are kept in
their story, flagged, and never given to the English annotators or the claims.

No stage takes a run down (issue 14): a document that makes a per-document stage (clean, annotate)
raise is set aside in `skipped` with the error, and the others go on; a step or a story's stage that
raises is named with its error in `run.failed` (the corpus's, or the story dossier's), its records
stay empty, and what was computed before it and the stages after it are kept.
"""

from __future__ import annotations

import dataclasses
import time
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timezone
from functools import partial
from pathlib import Path
from typing import Any, Protocol

from newsweave import __version__, lexicon, settings
from newsweave.clean.document import clean_document
from newsweave.clean.repeated import remove_repeated_lines
from newsweave.cluster import UNDETERMINED, cluster_batch, document_language, prepare, story_id
from newsweave.dedupe import find_copies
from newsweave.engine.local import map_ordered
from newsweave.model import Corpus, Document, Dossier, OutletProfiles, RunInfo, Skipped, StepReport, Story
from newsweave.profiles import match_documents
from newsweave.read import read_paths
from newsweave.read.jsonl import field_keys

class Engine(Protocol):
    """Maps a function over items in order, `chunk_size` items a task (None: its default): DaskEngine."""

    def __call__(self, fn: Callable[[Any], Any], items: Sequence[Any], chunk_size: int | None = None) -> Iterator[Any]:
        ...


# A progress callback gets (stage, done, total); total is None while it is unknown.
Progress = Callable[[str, int, int | None], None]
# Warning kind (StepReport.flagged) of a document kept but not annotated for its language.
OTHER_LANGUAGE = "other-language"


@dataclass(slots=True)
class Options:
    """What a run may do and how hard it may work."""

    max_bytes: int | None = None  # None: the settings' read.max_bytes
    field_map: dict[str, str] | None = None  # JSON input: our field -> the input's key
    workers: int = 1
    annotate: bool = True  # annotate and synthesize; False stops after filing the documents under stories
    stories: bool = True  # False: every document is of one story (the caller knows it), nothing is clustered
    brief_words: int | None = None  # None: the settings' brief.words
    focus: str | None = None  # a question the brief should answer first
    embedder: str = "onnx"  # embed.RUNTIMES: the runtime of the sentence embeddings: "onnx" (int8) or "torch"
    progress: Progress | None = None
    settings: settings.Settings | None = None  # None: the settings already in force (settings.current())
    # Maps a per-document stage over documents in order (engine/dask.py's DaskEngine); None: this
    # machine's processes (`workers`).
    engine: Engine | None = None
    outlets: OutletProfiles | None = None  # the user's outlet profiles (profiles.read_profiles): owners count once
    # True: each document's language is document_language's already (a store's documents, as clustered), so
    # the language step does not identify it again (a story's refresh would, for every member, every time).
    languages_known: bool = False
    # The documents given were each cleaned already (`clean_one`: the store keeps them so): the clean step
    # only does what needs them together (lines repeated across an outlet's reports).
    cleaned: bool = False


# A step: the corpus in, the corpus out, what it did recorded in the report.
StepFunction = Callable[[Corpus, Options, StepReport], Corpus]


@dataclass(frozen=True, slots=True)
class Step:
    """A named step: its name keys its report, its time in `run.stages` and its failure in `run.failed`."""

    name: str
    run: StepFunction


def analyze_corpus(paths: Sequence[str | Path], options: Options | None = None) -> Corpus:
    """Read every report under `paths` and make the corpus: its documents, copies and stories, each
    story annotated with its own dossier."""
    options = options or Options()
    field_keys(options.field_map)  # an unknown field name is the caller's error: raised before anything is read
    with settings.use(options.settings):
        return _run(partial(_read, paths), [str(p) for p in paths], options)


def analyze(paths: Sequence[str | Path], options: Options | None = None) -> Dossier:
    """The dossier of the reports under `paths`, taken as one story (nothing is clustered)."""
    options = dataclasses.replace(options or Options(), stories=False)
    return analyze_corpus(paths, options).dossier()


def analyze_read(documents: Sequence[Document], skipped: Sequence[Skipped], inputs: list[str],
                 options: Options | None = None) -> Corpus:
    """`analyze_corpus` of documents already read (the Python API's texts), with what reading skipped."""
    options = options or Options()
    with settings.use(options.settings):
        return _run(partial(_given, list(documents), list(skipped)), inputs, options)


def analyze_documents(documents: Sequence[Document], options: Options | None = None,
                      skipped: Sequence[Skipped] = ()) -> Dossier:
    """The dossier of documents already read that tell one story (a story of the store), with what was
    skipped of its documents: the same steps as `analyze_corpus` after reading, every document in the one
    story (with `options.cleaned`, documents cleaned one by one already)."""
    options = dataclasses.replace(options or Options(), stories=False)
    return analyze_read(documents, skipped, [], options).dossier()


def _run(read: StepFunction, inputs: list[str], options: Options) -> Corpus:
    started = time.perf_counter()
    corpus = Corpus(run=RunInfo(version=__version__, created=_now(), inputs=inputs))
    for step in (Step("read", read), *STEPS):
        report = StepReport(step.name, documents_in=len(corpus.documents))
        known = len(corpus.skipped)
        step_started = time.perf_counter()
        try:
            corpus = step.run(corpus, options, report)
        except Exception as error:  # noqa: BLE001 - one step must not take the run down
            report.failed = corpus.run.failed[step.name] = _why(error)
        report.seconds = corpus.run.stages[step.name] = round(time.perf_counter() - step_started, 4)
        report.documents_out = len(corpus.documents)
        report.dropped = dict(Counter(s.reason for s in corpus.skipped[known:]))
        corpus.steps.append(report)
    corpus.run.seconds = round(time.perf_counter() - started, 3)
    return corpus


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def _why(error: BaseException) -> str:
    return f"{type(error).__name__}: {error}"[:500]


def _silent(stage: str, done: int, total: int | None) -> None:
    pass


# -- the steps, in the order STEPS runs them after `read` ---------------------------------------------


def _read(paths: Sequence[str | Path], corpus: Corpus, options: Options, report: StepReport) -> Corpus:
    progress = options.progress or _silent
    for item in read_paths(paths, max_bytes=options.max_bytes, field_map=options.field_map):
        (corpus.documents if isinstance(item, Document) else corpus.skipped).append(item)
        progress("read", len(corpus.documents) + len(corpus.skipped), None)
    report.documents_in = len(corpus.documents) + len(corpus.skipped)  # what the inputs held
    return corpus


def _given(documents: list[Document], skipped: list[Skipped], corpus: Corpus, options: Options,
           report: StepReport) -> Corpus:
    """The read step of documents read by the caller."""
    corpus.documents, corpus.skipped = documents, skipped
    report.documents_in = len(documents) + len(skipped)
    return corpus


def _clean(corpus: Corpus, options: Options, report: StepReport) -> Corpus:
    corpus.documents, dropped = clean_documents(corpus.documents, options)
    corpus.skipped.extend(dropped)
    return corpus


def _language(corpus: Corpus, options: Options, report: StepReport) -> Corpus:
    """Each document's language (`cluster.document_language`); those the English annotators cannot read are
    flagged, and stay in the corpus. With `languages_known`, a document's language is taken as given."""
    unknown = [d for d in corpus.documents if not (options.languages_known and d.language)]
    for doc, language in zip(unknown, per_document(document_language, unknown, options, light=True)):
        doc.language = language
    for doc in corpus.documents:
        if not analysable(doc):
            warning = f"language: {doc.language}; kept, not annotated (the annotators and claims read English only)"
            if warning not in doc.warnings:
                doc.warnings.append(warning)
            report.flagged[OTHER_LANGUAGE] = report.flagged.get(OTHER_LANGUAGE, 0) + 1
    return corpus


def _copies(corpus: Corpus, options: Options, report: StepReport) -> Corpus:
    corpus.relations = find_copies(corpus.documents)  # MinHash LSH: an index, never all pairs
    return corpus


def _stories(corpus: Corpus, options: Options, report: StepReport) -> Corpus:
    """Every document filed under a story: clustered, or all in one when the caller says they are one.

    A copy joins its original's story whatever the clusterer said: a copy reports the same event. Should
    clustering raise, each document is a story of its own (with its copies), so none is lost and none is
    compared with a stranger.
    """
    documents = corpus.documents
    if not options.stories:
        assigned = {d.id: "one" for d in documents}
    else:
        try:
            assigned = cluster_batch(documents, prepared=list(per_document(prepare, documents, options, light=True)))
        except Exception as error:  # noqa: BLE001
            report.failed = corpus.run.failed["stories"] = _why(error)
            assigned = {d.id: d.id for d in documents}
    groups = _join_copies([assigned[d.id] for d in documents], {d.id: n for n, d in enumerate(documents)},
                          [(r.original, r.copy) for r in corpus.relations])
    corpus.stories = [_story([documents[n] for n in members], corpus) for members in groups]
    if options.outlets is not None:
        for story in corpus.stories:
            story.dossier.outlets = match_documents(options.outlets, story.dossier.documents)
    return corpus


def _annotate(corpus: Corpus, options: Options, report: StepReport) -> Corpus:
    """Entities, quotes, attribution and dates, story by story, of the documents in English.

    A document that makes annotation raise on its own is set aside (skipped, out of its story) and its
    story annotated without it; a story that still raises has the stage named in its `run.failed`.
    Imported here, not at the top: spaCy takes seconds to import, which `annotate=False` should not pay.
    """
    if not options.annotate:
        return corpus
    from newsweave.annotate import story as annotate_module

    progress = options.progress or _silent
    todo = sum(1 for d in corpus.documents if analysable(d))
    done = 0
    for story in corpus.stories:
        dossier = story.dossier
        english = [d for d in dossier.documents if analysable(d)]
        if len(english) < len(dossier.documents):
            report.flagged[OTHER_LANGUAGE] = report.flagged.get(OTHER_LANGUAGE, 0) + len(dossier.documents) - len(english)
        if not english:
            continue
        tick = partial(_offset, progress, done, todo)
        # spaCy hands a process whole batches: a story of one batch gains nothing from more, and pays their start
        workers = options.workers if len(english) > settings.current().nlp.batch_size else 1
        with _Clock(dossier.run).story_stage("annotate"):
            try:
                found = annotate_module.annotate_story(english, workers=workers, progress=tick, engine=options.engine)
            except Exception:  # noqa: BLE001 - find the documents that raise, set them aside, annotate the rest
                failing = _failing_documents(english, annotate_module.annotate_story)
                _set_aside(corpus, story, failing)
                english = [d for d in english if d.id not in failing]
                found = annotate_module.annotate_story(english, workers=workers, progress=tick, engine=options.engine)
            dossier.entities, dossier.quotes = found.entities, found.quotes
            dossier.attributions, dossier.dates = found.attributions, found.dates
        done += len(english)
    return corpus


def _synthesize(corpus: Corpus, options: Options, report: StepReport) -> Corpus:
    if not options.annotate:
        return corpus
    progress = options.progress or _silent
    for done, story in enumerate(corpus.stories, 1):
        if story.dossier.documents:
            synthesize(story.dossier, options)
        story.dossier.run.seconds = round(sum(story.dossier.run.stages.values()), 3)
        progress("stories", done, len(corpus.stories))
    return corpus


STEPS = (Step("clean", _clean), Step("language", _language), Step("copies", _copies), Step("stories", _stories),
         Step("annotate", _annotate), Step("synthesize", _synthesize))


# -- what the steps share ---------------------------------------------------------------------------


def analysable(doc: Document) -> bool:
    """Whether the annotators and the claims may read `doc`: English, or too short to tell."""
    return doc.language in (None, UNDETERMINED, lexicon.DEFAULT_LANGUAGE)


def clean_documents(documents: Sequence[Document], options: Options) -> tuple[list[Document], list[Skipped]]:
    """The documents cleaned (junk lines, encoding, lines repeated across an outlet's reports), and those
    left with no text as skipped. With `options.cleaned`, each document is cleaned already (`clean_one`)."""
    report = options.progress or _silent
    cleaned, failed = [], []
    mapped = iter(documents) if options.cleaned else per_document(clean_one, documents, options)
    for done, item in enumerate(mapped, 1):
        (failed if isinstance(item, Skipped) else cleaned).append(item)
        report("clean", done, len(documents))
    remove_repeated_lines(cleaned)
    emptied = [Skipped(d.path, "no-text", f"{d.id}: nothing left after cleaning") for d in cleaned if not d.text.strip()]
    return [d for d in cleaned if d.text.strip()], failed + emptied


def per_document(fn: Callable[[Document], Any], documents: Sequence[Document], options: Options,
                 light: bool = False) -> Iterator[Any]:
    """`fn` over `documents`, in order, where the run maps per-document work: its engine (Dask), else
    this machine's `workers` processes; a `light` function (under 1 ms a document: language
    identification, the clusterer's `prepare`) runs inline then, since starting a pool whose processes
    each load the language model costs more than it saves below thousands of documents."""
    if options.engine:
        return options.engine(fn, documents)
    return map(fn, documents) if light else map_ordered(fn, documents, options.workers)


def clean_one(doc: Document) -> Document | Skipped:
    """`clean_document`, or the document set aside with the error it raised (a module function: workers pickle it)."""
    try:
        return clean_document(doc)
    except Exception as error:  # noqa: BLE001 - one hostile document must not end the run
        return Skipped(doc.path, "clean-failed", f"{doc.id}: {_why(error)}")


def _join_copies(assigned: list[str], position: dict[str, int], copies: list[tuple[str, str]]) -> list[list[int]]:
    """Positions of the documents grouped by story, stories linked by a copy joined (union-find); each
    group in document order, the groups in the order of their first document."""
    parent = {story: story for story in assigned}

    def root(story: str) -> str:
        while parent[story] != story:
            parent[story] = parent[parent[story]]
            story = parent[story]
        return story

    for original, copy in copies:
        a, b = root(assigned[position[original]]), root(assigned[position[copy]])
        if a != b:
            parent[max(a, b)] = min(a, b)
    groups: dict[str, list[int]] = {}
    for n, story in enumerate(assigned):
        groups.setdefault(root(story), []).append(n)
    return list(groups.values())


def _story(documents: list[Document], corpus: Corpus) -> Story:
    """A story of `documents`: named after its earliest report, its title that report's, its dossier
    holding only them and the copy relations among them."""
    dated = sorted(range(len(documents)), key=lambda n: (documents[n].published is None, documents[n].published or "", n))
    first = documents[dated[0]]
    title = next((documents[n].title for n in dated if documents[n].title.strip()), first.id)
    ids = {d.id for d in documents}
    dossier = Dossier(
        run=RunInfo(version=__version__, created=corpus.run.created, inputs=list(dict.fromkeys(d.path for d in documents))),
        documents=documents,
        relations=[r for r in corpus.relations if r.original in ids and r.copy in ids],
    )
    return Story(story_id(first.id), title, [d.id for d in documents], dossier)


def _offset(progress: Progress, before: int, total: int, stage: str, done: int, _: int | None) -> None:
    """A story's progress as part of the whole corpus's."""
    progress(stage, before + done, total)


def _set_aside(corpus: Corpus, story: Story, failing: dict[str, Skipped]) -> None:
    """Documents annotation raised on: out of their story and the corpus, into both skipped lists."""
    corpus.documents = [d for d in corpus.documents if d.id not in failing]
    story.dossier.documents = [d for d in story.dossier.documents if d.id not in failing]
    story.documents = [d for d in story.documents if d not in failing]
    story.dossier.skipped.extend(failing.values())
    corpus.skipped.extend(failing.values())


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


@dataclass(slots=True)
class _Clock:
    """Stage times and failures, written into a dossier's run info as they happen."""

    run: RunInfo

    @contextmanager
    def stage(self, name: str) -> Iterator[None]:
        start = time.perf_counter()
        try:
            yield
        finally:
            self.run.stages[name] = round(self.run.stages.get(name, 0.0) + time.perf_counter() - start, 4)

    @contextmanager
    def story_stage(self, name: str) -> Iterator[None]:
        """A whole-story stage, timed; an error in it is recorded as the stage's failure, not raised."""
        with self.stage(name):
            try:
                yield
            except Exception as error:  # noqa: BLE001 - one stage must not take the run down
                self.run.failed[name] = _why(error)


def synthesize(dossier: Dossier, options: Options) -> None:
    """Claims, brief, timeline and provenance of an annotated dossier, set in place; the claims, brief
    and timeline read only its English documents."""
    from newsweave.synthesize.brief import write_brief
    from newsweave.synthesize.claims import CachedEmbedder, align_claims
    from newsweave.synthesize.embed import MiniLMEmbedder
    from newsweave.synthesize.parties import PartyNamer
    from newsweave.synthesize.provenance import trace_provenance
    from newsweave.synthesize.sentences import split_sentences
    from newsweave.synthesize.sources import count_sources
    from newsweave.synthesize.timeline import build_timeline

    clock = _Clock(dossier.run)
    documents, relations = [d for d in dossier.documents if analysable(d)], dossier.relations
    if documents:
        embedder = CachedEmbedder(MiniLMEmbedder(options.embedder))
        with clock.story_stage("claims"):
            sentences = split_sentences(documents, settings.current().claims.max_document_sentences)
            claims = align_claims(documents, sentences, dossier.attributions, relations, embedder, dossier.entities)
            dossier.claims = count_sources(claims, documents, relations, dossier.entities, profiles=dossier.outlets)
        with clock.story_stage("brief"):
            words = settings.current().brief.words if options.brief_words is None else options.brief_words
            parties = PartyNamer(documents, dossier.entities, dossier.quotes, dossier.attributions)
            dossier.brief = write_brief(dossier.claims, documents, words, options.focus, embedder, parties)
            for claim in dossier.claims:
                claim.shown = parties.shown(claim)
        with clock.story_stage("timeline"):
            dossier.timeline = build_timeline(documents, dossier.dates)
    with clock.story_stage("provenance"):
        dossier.provenance = trace_provenance(dossier.documents, relations, dossier.attributions, dossier.entities)
