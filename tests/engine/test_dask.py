"""The Dask engine on a real `distributed.LocalCluster`: the same results as the local engine."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

pytest.importorskip("dask.distributed")

from newsweave.clean.document import clean_document  # noqa: E402
from newsweave.cli import main  # noqa: E402
from newsweave.engine.dask import INSTALL_HINT, DaskEngine  # noqa: E402
from newsweave.engine.local import map_ordered  # noqa: E402
from newsweave.model import Document, to_dict  # noqa: E402
from newsweave.ingest import ingest  # noqa: E402
from newsweave.pipeline import Options, analyze_corpus  # noqa: E402
from newsweave.store import Store  # noqa: E402
from tests.piles import write_mixed_pile  # noqa: E402


@pytest.fixture(scope="module")
def engine():
    """One worker process (the pickling is real), shut down after the module."""
    with DaskEngine(workers=1) as started:
        yield started


def _stories_and_dossiers(db, example_dir, engine) -> list[tuple]:
    """The example ingested into a new store: each story's documents and its dossier, minus times."""
    with Store(db) as store:
        ingest([example_dir], store, Options(engine=engine))
        found = []
        for story in store.stories():
            dossier = store.dossier(story.id)
            del dossier["run"]  # when it was made, how long each stage took
            found.append((story.id, story.title, [(d.id, d.path) for d in story.documents], dossier))
    return found


def test_stories_and_dossiers_of_the_example_are_the_local_ones(engine, example_dir, tmp_path):
    local = _stories_and_dossiers(tmp_path / "local.db", example_dir, None)
    assert local and all(dossier["claims"] for *_, dossier in local)
    assert _stories_and_dossiers(tmp_path / "dask.db", example_dir, engine) == local


def _ingested(pile, tmp_path, engine) -> list[tuple]:
    """Each story of the pile ingested without annotation: its id and its documents with their language."""
    with Store(tmp_path / f"{'dask' if engine else 'local'}.db") as store:
        ingest([pile], store, Options(annotate=False, engine=engine))
        return [(story.id, [(d.id, d.language) for d in story.documents]) for story in store.stories()]


def _analyzed(pile, tmp_path, engine) -> list[tuple]:
    """Each story of the pile's corpus (`analyze`, clustered in one batch): its id and its documents' languages."""
    corpus = analyze_corpus([pile], Options(annotate=False, engine=engine))
    language = {d.id: d.language for d in corpus.documents}
    return [(story.id, [(d, language[d]) for d in story.documents]) for story in corpus.stories]


@pytest.mark.parametrize("pile, languages", [("example", {"en"}), ("two languages", {"en", "fr"})])
@pytest.mark.parametrize("run", [_ingested, _analyzed])
def test_stories_are_the_local_ones(engine, example_dir, tmp_path, run, pile, languages):
    """The clusterer's per-document work runs on the workers, the assignment on the client: the same stories,
    every story of one language."""
    folder = example_dir
    if pile == "two languages":
        folder = tmp_path / "pile"
        folder.mkdir()
        write_mixed_pile(folder)
    local = run(folder, tmp_path, None)
    assert {language for _, docs in local for _, language in docs} == languages
    assert all(len({language for _, language in docs}) == 1 for _, docs in local)
    assert run(folder, tmp_path, engine) == local


def test_ingest_points_at_an_existing_scheduler(engine, example_dir, tmp_path, capsys):
    """What the README shows: `--engine dask --scheduler ADDRESS`; the stories are those of the local engine."""
    stories = []
    for name, extra in (("local", []), ("dask", ["--engine", "dask", "--scheduler", engine.client.scheduler.address])):
        db = str(tmp_path / f"{name}.db")
        assert main(["ingest", str(example_dir), "--db", db, "--no-annotate", "-q", *extra]) == 0
        assert main(["stories", "--db", db, "--json"]) == 0
        stories.append([{**s, "documents": [{**d, "ingested": None} for d in s["documents"]]}
                        for s in json.loads(capsys.readouterr().out)])
    assert stories[0] == stories[1]


@pytest.mark.parametrize("texts", [
    [],  # nothing to send
    ["One line."],
    [f"Report {i}.\nShare this article\nThe harbour flooded on Sunday, officials said." for i in range(150)],  # > one chunk
])
def test_map_keeps_order_and_results(engine, texts):
    def docs():
        return [Document(id=f"d{i}", path=f"d{i}.txt", format="text", raw=text) for i, text in enumerate(texts)]

    assert [to_dict(d) for d in engine(clean_document, docs())] == [to_dict(d) for d in map_ordered(clean_document, docs())]


def test_missing_dask_is_named_with_its_install_line(tmp_path, example_dir):
    """With `distributed` unimportable, `--engine dask` says what to install and exits 2."""
    blocker = tmp_path / "distributed.py"
    blocker.write_text("raise ImportError('blocked for the test')\n")
    run = subprocess.run(
        [sys.executable, "-m", "newsweave", "ingest", str(example_dir), "--db", str(tmp_path / "s.db"), "--engine", "dask"],
        capture_output=True, text=True, env={"PYTHONPATH": str(tmp_path), "PATH": ""},
    )
    assert run.returncode == 2
    assert INSTALL_HINT in run.stderr
