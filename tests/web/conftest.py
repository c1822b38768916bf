"""The web app's test store, built once a session from real text with the real pipeline: nine DUC 2006
dev articles of two topics (Star Wars retail, child car seats) and one hostile article, ingested by
`newsweave.ingest`. The hostile story's dossier then gets a quote, a speaker, an entity and a denial
whose text is hostile too (the pipeline need not find a speaker named `<img onerror>`; the pages must
still show one as text). Tests that write get their own copy of the store.
"""

from __future__ import annotations

import dataclasses
import json
import shutil
import time
from pathlib import Path

import pytest

from eval.common import dataset
from eval.summarization import read_duc_document
from newsweave import settings
from newsweave.ingest import ingest
from newsweave.model import ClaimMember, Dossier, Entity, Mention, Quote, from_dict
from newsweave.store import Store
from newsweave.web.app import create_app
from newsweave.web.context import ServerConfig

TOPICS = (("D0604D", slice(0, 5)), ("D0608H", slice(1, 5)))
# Each payload sets window.__xss or opens a dialog if it ever runs.
PAYLOADS = (
    "<script>window.__xss = 1; alert(1)</script>",
    '<img src="x" onerror="window.__xss = 2; alert(2)">',
    '<a href="javascript:window.__xss = 3">read more</a>',
    "</textarea><script>window.__xss = 4</script>",
    '<b><i>broken <div onmouseover="window.__xss = 5" <svg onload=alert(6)> "\'><iframe src=javascript:alert(7)>',
)
HOSTILE_TITLE = "Harbor council <script>alert('title')</script> meets <img src=x onerror=alert('title')>"
HOSTILE_SPEAKER = '<img src=x onerror="window.__xss = 8">Mayor'
HOSTILE_ENTITY = "<svg onload=alert(9)>Harbor Board"


def hostile_text() -> str:
    lines = [HOSTILE_TITLE, "2024-03-04", ""]
    for n, payload in enumerate(PAYLOADS, 1):
        lines.append(f"Residents of the harbor district said the council posted {payload} on its flood page "
                     f"on Monday, item {n} of the record.")
    lines.append('"The barriers held," Mayor Ana Ruiz told reporters on Tuesday, but the council denied it.')
    lines += ["Advertisement", "Share on Facebook", "Share on Twitter",
              "Subscribe to our newsletter <img src=x onerror=alert(12)>", "Copyright 2024 Harbor Gazette. All rights reserved."]
    return "\n".join(lines) + "\n"


def _inputs(folder: Path) -> None:
    root = dataset("summarization", "duc2006-dev", "docs")
    if root is None:
        pytest.skip("../shared/eval/summarization/duc2006-dev is absent")
    for topic, pick in TOPICS:
        for path in sorted((root / topic).iterdir())[pick]:
            doc = read_duc_document(path)
            record = {"title": doc.title, "text": doc.text, "published": doc.published, "sitename": doc.source}
            (folder / f"{doc.id}.json").write_text(json.dumps(record), encoding="utf-8")
    (folder / "hostile.txt").write_text(hostile_text(), encoding="utf-8")


def _plant(store: Store) -> str:
    """Hostile records in the hostile story's dossier; returns that story's id."""
    story = next(row.id for row in store.stories() if row.title == HOSTILE_TITLE)
    dossier = from_dict(Dossier, store.dossier(story))
    doc = dossier.documents[0]
    start = doc.text.index(PAYLOADS[0])
    end = start + len(PAYLOADS[0])
    dossier.entities.append(Entity("e-hostile", HOSTILE_ENTITY, "PERSON", [HOSTILE_ENTITY, "</textarea>Board"],
                                   ["<script>alert(10)</script> chair"], [Mention(doc.id, start, end, PAYLOADS[0])]))
    dossier.quotes.append(Quote(doc.id, PAYLOADS[1] + " " + PAYLOADS[3], start, end, "direct", speaker=HOSTILE_SPEAKER,
                                speaker_entity="e-hostile", cue="<b>said"))
    dossier.quotes.append(Quote(doc.id, PAYLOADS[2], start, end, "direct", speaker=HOSTILE_SPEAKER))
    if dossier.claims:
        dossier.claims[0].denials.append(ClaimMember(doc.id, start, end, PAYLOADS[4], "denies", "denied",
                                                     speaker=HOSTILE_SPEAKER))
        dossier.claims[0].label = "disputed"
    store.save_dossier(story, dossier, {d.id for d in store.documents_of(story)})
    return story


@dataclasses.dataclass(slots=True)
class Corpus:
    db: Path  # the store: read it, never write it (copy it first)
    inputs: Path
    hostile: str  # the hostile story's id
    stories: dict[str, str]  # id -> title

    def copy(self, folder: Path) -> Path:
        """A copy of the store that a test may write."""
        folder.mkdir(parents=True, exist_ok=True)
        target = folder / "store.db"
        shutil.copyfile(self.db, target)
        return target


@pytest.fixture(scope="session")
def corpus(tmp_path_factory) -> Corpus:
    root = tmp_path_factory.mktemp("web-corpus")
    inputs = root / "inputs"
    inputs.mkdir()
    _inputs(inputs)
    db = root / "store.db"
    with Store(db) as store:
        report = ingest([inputs], store)
        assert report.stored == len(list(inputs.iterdir())), report.skipped
        hostile = _plant(store)
        stories = {row.id: row.title for row in store.stories()}
        store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # the whole store in the one file that copies take
    return Corpus(db, inputs, hostile, stories)


@pytest.fixture(scope="module")
def client(corpus):
    """A TestClient of a read-write app over the shared store (its tests only read)."""
    from fastapi.testclient import TestClient

    with TestClient(create_app(ServerConfig(corpus.db, [corpus.inputs]))) as test_client:
        yield test_client


def finished(client, job: str) -> dict:
    """The job's status once it is done or failed (polled as the job page does; bounded)."""
    for _ in range(1200):
        status = client.get(f"/api/jobs/{job}").json()
        if status["state"] in ("done", "failed"):
            return status
        time.sleep(0.25)
    raise AssertionError(f"job {job} still {status['state']} after 1200 polls")


@pytest.fixture
def app_over(corpus, tmp_path):
    """An app factory over a fresh copy of the store: `app_over(read_only=..., web={...}, data_dirs=[...])`."""
    from fastapi.testclient import TestClient

    clients = []

    def make(read_only: bool = False, web: dict | None = None, data_dirs: list[Path] | None = None) -> TestClient:
        config = ServerConfig(corpus.copy(tmp_path / f"app{len(clients)}"), data_dirs if data_dirs is not None else [corpus.inputs],
                              read_only, settings.from_mapping({"web": web or {}}))
        clients.append(TestClient(create_app(config)).__enter__())
        return clients[-1]

    yield make
    for test_client in clients:
        test_client.__exit__(None, None, None)
