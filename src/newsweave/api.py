"""The Python API: the pipeline and its stages for people who script their analyses.

`analyze_corpus` is the pipeline itself (what `newsweave analyze` writes): a `Corpus` of the documents,
the copies among them and the stories they tell, each `Story` with its own dossier. `analyze` takes
its inputs as one story and returns that story's `Dossier` (`newsweave analyze`'s dossier.json when
the pile is one story). The stage functions are thin wrappers over the pipeline's own functions, for
those who need only a part:

    reading = read(["reports/"])                # Reading(documents, skipped)
    documents, emptied = clean(reading.documents)
    relations = find_copies(documents)
    found = annotate(documents)                 # entities, quotes, attributions, dates
    dossier = synthesize(documents, relations, found, focus="Who was warned?")

Inputs are paths (files or folders, as on the command line) and, for those who have strings rather
than files, report texts, (title, text) pairs and mappings of fields (title, text, published, author,
source, url, language). A `str` is a path when such a file or folder exists or when it holds no
white space (a missing one is then reported as skipped), else a report's text; a `pathlib.Path` is
always a path. A tuple of two strings is one (title, text) pair: give several inputs as a list. `settings` is a `Settings`, a TOML file's path, or a
mapping of overrides ({"brief": {"words": 200}}); each call runs with them in force.
"""

from __future__ import annotations

import os
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from datetime import datetime, timezone
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

from newsweave import __version__
from newsweave import settings as _settings
from newsweave.dedupe import find_copies as _find_copies
from newsweave.model import CopyRelation, Corpus, Document, Dossier, RunInfo, Skipped
from newsweave.pipeline import Options, analyze_read, clean_documents
from newsweave.pipeline import analyze_corpus as _analyze_paths
from newsweave.pipeline import synthesize as _synthesize
from newsweave.read import read_items, read_paths

if TYPE_CHECKING:
    from newsweave.annotate.story import StoryAnnotations

Input = str | os.PathLike[str] | tuple[str, str] | Mapping[str, Any]
SettingsLike = _settings.Settings | str | os.PathLike[str] | Mapping[str, Mapping[str, Any]] | None


class Reading(NamedTuple):
    """What `read` found: the documents, and every input that could not be read with its reason."""

    documents: list[Document]
    skipped: list[Skipped]


def analyze(
    inputs: Input | Sequence[Input],
    *,
    focus: str | None = None,
    words: int | None = None,
    settings: SettingsLike = None,
    annotate: bool = True,
    workers: int = 1,
    embedder: str = "onnx",
    field_map: Mapping[str, str] | None = None,
) -> Dossier:
    """The dossier of `inputs` taken as one story: read, clean, find copies, annotate, synthesize.

    `focus` bends the brief toward a question; `words` is its budget (default: the settings' brief.words);
    `annotate=False` stops after finding copies. A pile of several stories: `analyze_corpus`.
    """
    return analyze_corpus(inputs, focus=focus, words=words, settings=settings, annotate=annotate, workers=workers,
                          embedder=embedder, field_map=field_map, stories=False).dossier()


def analyze_corpus(
    inputs: Input | Sequence[Input],
    *,
    focus: str | None = None,
    words: int | None = None,
    settings: SettingsLike = None,
    annotate: bool = True,
    workers: int = 1,
    embedder: str = "onnx",
    field_map: Mapping[str, str] | None = None,
    stories: bool = True,
) -> Corpus:
    """The corpus of `inputs` (as `newsweave analyze`): its documents, what was skipped, the copies among
    them, and its stories, each with its own dossier; `steps` says what each step did.

    `stories=False` takes every document as one story. The other arguments are `analyze`'s.
    """
    options = Options(field_map=dict(field_map) if field_map else None, workers=workers, annotate=annotate,
                      stories=stories, brief_words=words, focus=focus, embedder=embedder,
                      settings=resolve_settings(settings))
    paths, held = _split(inputs)
    if not held:
        return _analyze_paths(paths, options)
    with _settings.use(options.settings):
        reading = _read(paths, held, field_map)
    inputs_named = [str(p) for p in paths] + [f"<text-{n}>" for n in range(1, len(held) + 1)]
    return analyze_read(reading.documents, reading.skipped, inputs_named, options)


def read(inputs: Input | Sequence[Input], *, settings: SettingsLike = None,
         field_map: Mapping[str, str] | None = None) -> Reading:
    """The documents of `inputs` (paths, texts, (title, text) pairs, mappings), and what could not be read."""
    paths, held = _split(inputs)
    with _in_force(settings):
        return _read(paths, held, field_map)


def clean(documents: Sequence[Document], *, settings: SettingsLike = None) -> tuple[list[Document], list[Skipped]]:
    """The documents with page junk removed and encoding repaired (each removal and repair recorded), and
    those left with no text, as skipped."""
    with _in_force(settings) as in_force:
        return clean_documents(documents, Options(settings=in_force))


def find_copies(documents: Sequence[Document], *, settings: SettingsLike = None) -> list[CopyRelation]:
    """Who copied whom among cleaned documents: duplicates, near-duplicates, reuse and rewrites."""
    with _in_force(settings):
        return _find_copies(documents)


def annotate(documents: Sequence[Document], *, settings: SettingsLike = None, workers: int = 1) -> StoryAnnotations:
    """Entities, quotes, attributions and dates of cleaned documents (spaCy is loaded on the first call)."""
    from newsweave.annotate.story import annotate_story

    with _in_force(settings):
        return annotate_story(documents, workers=workers)


def synthesize(
    documents: Sequence[Document],
    relations: Sequence[CopyRelation],
    annotations: StoryAnnotations,
    *,
    focus: str | None = None,
    words: int | None = None,
    settings: SettingsLike = None,
    embedder: str = "onnx",
) -> Dossier:
    """The dossier of annotated documents: claims with their sources, the cited brief, timeline, provenance."""
    dossier = Dossier(
        run=RunInfo(version=__version__, created=datetime.now(timezone.utc).isoformat(timespec="seconds"),
                    inputs=[d.path for d in documents]),
        documents=list(documents),
        relations=list(relations),
        entities=annotations.entities,
        quotes=annotations.quotes,
        attributions=annotations.attributions,
        dates=annotations.dates,
    )
    with _in_force(settings) as in_force:
        _synthesize(dossier, Options(brief_words=words, focus=focus, embedder=embedder, settings=in_force))
    return dossier


def resolve_settings(settings: SettingsLike) -> _settings.Settings | None:
    """`settings` as a `Settings`: as given, loaded from a TOML file, or the defaults with a mapping's
    overrides; None stays None (the settings already in force)."""
    if settings is None or isinstance(settings, _settings.Settings):
        return settings
    if isinstance(settings, Mapping):
        return _settings.from_mapping(settings)
    return _settings.load(settings)


@contextmanager
def _in_force(settings: SettingsLike) -> Iterator[_settings.Settings]:
    with _settings.use(resolve_settings(settings)) as in_force:
        yield in_force


def _split(inputs: Input | Sequence[Input]) -> tuple[list[Path], list[str | tuple[str, str] | Mapping[str, Any]]]:
    """(paths, inputs held in memory), each in the order given."""
    if isinstance(inputs, (str, os.PathLike, Mapping)) or (
        isinstance(inputs, tuple) and len(inputs) == 2 and all(isinstance(x, str) for x in inputs)
    ):
        inputs = [inputs]
    paths: list[Path] = []
    held: list[str | tuple[str, str] | Mapping[str, Any]] = []
    for item in inputs:
        if isinstance(item, os.PathLike) or (isinstance(item, str) and _names_a_path(item)):
            paths.append(Path(item))
        else:
            held.append(item)
    return paths, held


def _names_a_path(text: str) -> bool:
    if not any(c.isspace() for c in text):
        return True
    try:
        return "\n" not in text and Path(text).exists()
    except OSError:  # a name too long for the file system is a text
        return False


def _read(paths: list[Path], held: list, field_map: Mapping[str, str] | None) -> Reading:
    reading = Reading([], [])
    for item in [*read_paths(paths, field_map=field_map), *read_items(held, field_map=field_map)]:
        (reading.documents if isinstance(item, Document) else reading.skipped).append(item)
    return reading
