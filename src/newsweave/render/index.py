"""A corpus of several stories on disk: index.json and index.html beside one folder per story.

    DIR/index.json                  the stories, their documents, the steps' reports, what was skipped
    DIR/index.html                  the same for reading, linking each story's report
    DIR/stories/<story>/dossier.json, report.html, report.md

Each story's dossier.json is the one-story format (docs/schema.md), so `newsweave export` and every
reader of a dossier take it as is. The index format is versioned by INDEX_VERSION (docs/schema.md). `LAYOUT` tells the output folder
(newsweave.output) which files are `analyze`'s, in either layout.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from newsweave.model import Corpus, RunInfo, Skipped, StepReport, to_dict
from newsweave.output import Layout
from newsweave.render import json as render_json
from newsweave.render.report import REPORTS, render_template, write_reports

INDEX_VERSION = "newsweave-index/0.1"
STORIES = "stories"  # the folder of the stories' folders
DOSSIER, INDEX_JSON, INDEX_HTML = "dossier.json", "index.json", "index.html"
STORY_FILES = (DOSSIER, *REPORTS)  # a story's folder, or the whole output of a pile of one story
INDEX_FILES = (INDEX_JSON, INDEX_HTML)


@dataclass(slots=True)
class IndexDocument:
    """A document as the index lists it: enough to find it, not its text."""

    id: str
    path: str
    url: str | None
    title: str
    published: str | None
    language: str | None


@dataclass(slots=True)
class IndexStory:
    """One story: its folder (relative to the index), its documents and how much its dossier holds."""

    id: str
    title: str
    folder: str  # stories/<id>: dossier.json, report.html, report.md
    documents: list[IndexDocument]
    claims: int
    denials: int
    failed: dict[str, str] = field(default_factory=dict)  # the story's stages that raised, with their errors


@dataclass(slots=True)
class Index:
    """index.json: what a run over a pile of several stories made."""

    run: RunInfo
    stories: list[IndexStory]
    steps: list[StepReport]
    skipped: list[Skipped]
    schema: str = INDEX_VERSION


def build_index(corpus: Corpus) -> Index:
    stories = [
        IndexStory(
            id=story.id, title=story.title, folder=f"{STORIES}/{story.id}",
            documents=[IndexDocument(d.id, d.path, d.url, d.title, d.published, d.language) for d in story.dossier.documents],
            claims=len(story.dossier.claims), denials=sum(len(c.denials) for c in story.dossier.claims),
            failed=dict(story.dossier.run.failed),
        )
        for story in corpus.stories
    ]
    return Index(run=corpus.run, stories=stories, steps=corpus.steps, skipped=corpus.skipped)


def write_corpus(corpus: Corpus, out_dir: Path) -> dict[str, str]:
    """Every story's dossier and reports, then index.json and index.html; returns each page that could not
    be drawn (path relative to `out_dir`) with the error. A file that cannot be written raises."""
    unrendered = {}
    for story in corpus.stories:
        folder = out_dir / STORIES / story.id
        folder.mkdir(parents=True, exist_ok=True)
        render_json.write(story.dossier, folder / DOSSIER)  # first: a report that fails keeps it
        _, failed = write_reports(story.dossier, folder)
        unrendered.update({f"{STORIES}/{story.id}/{name}": why for name, why in failed.items()})
    index = build_index(corpus)
    (out_dir / INDEX_JSON).write_text(json.dumps(to_dict(index), ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    try:
        page = render_template("index.html.j2", index=index, documents=len(corpus.documents))
    except Exception as error:  # noqa: BLE001 - a drawing bug must not cost the user the stories
        unrendered[INDEX_HTML] = f"{type(error).__name__}: {error}"
    else:
        (out_dir / INDEX_HTML).write_text(page, encoding="utf-8")
    return unrendered


def corpus_files(corpus: Corpus) -> list[str]:
    """The files `write_corpus` writes, relative to its folder, in the order written."""
    return [f"{STORIES}/{story.id}/{name}" for story in corpus.stories for name in STORY_FILES] + list(INDEX_FILES)


def _folders(out: Path) -> list[str]:
    """The prefixes of the folders that may hold a story's files: `out` itself and each story folder."""
    return ["", *(f"{STORIES}/{d.name}/" for d in sorted((out / STORIES).glob("*")) if d.is_dir())]


def _present(out: Path) -> list[str]:
    """The files in `out` bearing a name of either layout."""
    names = [f"{folder}{name}" for folder in _folders(out) for name in STORY_FILES] + list(INDEX_FILES)
    return [name for name in names if (out / name).is_file()]


def _legacy(out: Path) -> list[str]:
    """The files of a run before manifests: a folder's story files beside a dossier.json of a newsweave
    schema, the index files beside an index.json of one."""
    groups = [(f"{folder}{DOSSIER}", "newsweave-dossier/", [f"{folder}{n}" for n in STORY_FILES])
              for folder in _folders(out)] + [(INDEX_JSON, "newsweave-index/", list(INDEX_FILES))]
    return [name for first, schema, names in groups if _schema(out / first).startswith(schema)
            for name in names if (out / name).is_file()]


def _schema(path: Path) -> str:
    """The `schema` of a JSON file; "" when it has none or cannot be read."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return ""
    return str(data.get("schema", "")) if isinstance(data, dict) else ""


LAYOUT = Layout("analyze", names=_present, legacy=_legacy)
