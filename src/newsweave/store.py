"""The SQLite store: documents, stories, their dossiers and the clusterer's state, kept current.

Why it is shaped so:
- Documents are keyed by a hash of their content, so the same article read twice (from one file
  or two) is stored once, and a rerun of an interrupted ingest skips what is already there.
- One transaction per batch holds the batch's documents, their stories and the clusterer's state:
  a kill between batches loses nothing committed, and the clusterer resumes from exactly the
  documents stored.
- Each batch costs what it brings, not what is stored: the clusterer's state is kept as one row per
  active story, and a batch rewrites only the stories it touched; only those stories are looked at
  for deletion; stale stories are found through a partial index; a story's dossier is a row of its own
  table, so a change to the story's counts does not rewrite it.
- Each document is stored as read and as cleaned (its own cleaning, `pipeline.clean_one`), so a story's
  dossier is recomputed from its cleaned documents without cleaning them again.
- WAL mode, short transactions and a busy timeout let a reader query while a writer writes.
- A story whose documents changed is marked stale in that same transaction, with a count of the
  documents that joined or left it since its dossier (so an ingest can put off recomputing a large story
  until it has grown by a share of itself); its dossier is recomputed afterwards, and a stale mark left
  by a kill is picked up by the next ingest.
- The schema is versioned (`PRAGMA user_version`) and brought up to date by an ordered list of
  migrations, each run once in its own transaction.
"""

from __future__ import annotations

import base64
import hashlib
import json
import sqlite3
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from newsweave.model import Document, Dossier, from_dict, to_dict
from newsweave.render import json as render_json


def _create(db: sqlite3.Connection) -> None:
    # Statement by statement: `executescript` would commit the migration's transaction half-way.
    for statement in _split("""
        CREATE TABLE documents (
            key TEXT PRIMARY KEY,          -- content hash: the same article is stored once
            id TEXT NOT NULL UNIQUE,       -- the document id dossiers refer to
            story TEXT NOT NULL,
            path TEXT NOT NULL,
            url TEXT,
            title TEXT NOT NULL,
            published TEXT,
            ingested TEXT NOT NULL,        -- ISO 8601 UTC, microseconds: `updates --since`
            data TEXT NOT NULL             -- the Document as read (before cleaning), as JSON
        );
        CREATE INDEX documents_story ON documents (story);
        CREATE INDEX documents_ingested ON documents (ingested);
        CREATE TABLE stories (
            id TEXT PRIMARY KEY,
            title TEXT NOT NULL,
            stale INTEGER NOT NULL,        -- 1: its documents changed since its dossier was computed
            dossier TEXT                   -- dossier.json of the story's documents
        );
        CREATE TABLE clusterer (
            id INTEGER PRIMARY KEY CHECK (id = 1),
            state TEXT NOT NULL,           -- StoryClusterer.to_state(), as of the documents stored
            generation INTEGER NOT NULL    -- +1 per batch: an ingest that loaded an older state is not alone
        );
    """):
        db.execute(statement)


def _split(script: str) -> list[str]:
    """The statements of a schema script (no semicolons inside them), comments dropped."""
    lines = [line.split("--")[0] for line in script.splitlines()]
    return [part.strip() for part in "\n".join(lines).split(";") if part.strip()]


def _add_language(db: sqlite3.Connection) -> None:
    """Version 2: each document's language (the one it was clustered under: `cluster.document_language`: detected, else declared, else "und").
    Documents stored before get theirs from their stored title and text."""
    from newsweave.cluster import document_language

    db.execute("ALTER TABLE documents ADD COLUMN language TEXT")  # ISO 639-1, "und" when too short to tell
    for key, data in db.execute("SELECT key, data FROM documents").fetchall():
        language = document_language(from_dict(Document, json.loads(data)))
        db.execute("UPDATE documents SET language = ? WHERE key = ?", (language, key))


def _incremental(db: sqlite3.Connection) -> None:
    """Version 3: a batch writes what it changed, not the whole state. The clusterer's state, one JSON
    text rewritten per batch, becomes a row per active story (`cluster_stories`) and a row of counts
    and frequencies; documents get a column for their cleaned form (NULL for those stored before: a
    refresh cleans them); stories count their documents and the changes since their dossier."""
    old = db.execute("SELECT state, generation FROM clusterer WHERE id = 1").fetchone()
    db.execute("DROP TABLE clusterer")
    for statement in _split("""
        CREATE TABLE clusterer (
            id INTEGER PRIMARY KEY CHECK (id = 1),
            n INTEGER NOT NULL,            -- documents the clusterer has seen
            now REAL,                      -- its latest publication time (days since the epoch)
            df BLOB NOT NULL,              -- StoryClusterer.frequencies(): the hashed document frequencies
            generation INTEGER NOT NULL    -- +1 per batch: an ingest that loaded an older state is not alone
        );
        CREATE TABLE cluster_stories (
            id TEXT PRIMARY KEY,
            state TEXT NOT NULL            -- the story's entry of StoryClusterer.to_state(), as JSON
        );
        ALTER TABLE documents ADD COLUMN cleaned TEXT;  -- the Document after pipeline.clean_one, as JSON
        ALTER TABLE stories ADD COLUMN documents INTEGER NOT NULL DEFAULT 0;  -- how many it holds
        ALTER TABLE stories ADD COLUMN changes INTEGER NOT NULL DEFAULT 0;  -- joined or left since its dossier
        CREATE INDEX stories_stale ON stories (stale) WHERE stale = 1;
    """):
        db.execute(statement)
    db.execute("UPDATE stories SET documents = (SELECT count(*) FROM documents WHERE story = stories.id)")
    db.execute("UPDATE stories SET changes = documents WHERE stale = 1")
    if old is not None:
        state = json.loads(old[0])
        db.execute("INSERT INTO clusterer VALUES (1, ?, ?, ?, ?)",
                   (state["n"], state["now"], base64.b64decode(state["df"]), old[1]))
        db.executemany("INSERT INTO cluster_stories VALUES (?, ?)",
                       [(story["id"], json.dumps(story)) for story in state["stories"]])


def _dossier_table(db: sqlite3.Connection) -> None:
    """Version 4: dossiers in a table of their own. In the stories row, a story's multi-megabyte dossier was
    rewritten with each batch's change to its counts (SQLite writes a row whole): a cost that grew with the
    story, once per batch."""
    for statement in _split("""
        CREATE TABLE dossiers (
            story TEXT PRIMARY KEY,
            dossier TEXT NOT NULL          -- dossier.json of the story's documents when it was computed
        );
        INSERT INTO dossiers (story, dossier) SELECT id, dossier FROM stories WHERE dossier IS NOT NULL;
        ALTER TABLE stories DROP COLUMN dossier;
    """):
        db.execute(statement)


# The schema's history: MIGRATIONS[i] takes the schema from version i to i + 1.
MIGRATIONS: list[Callable[[sqlite3.Connection], None]] = [_create, _add_language, _incremental, _dossier_table]


@dataclass(slots=True)
class StoredDocument:
    """A document as `stories` lists it."""

    id: str
    url: str | None
    path: str
    title: str
    published: str | None
    ingested: str
    language: str | None = None  # as clustered (`cluster.document_language`): detected, else declared, else "und"


@dataclass(slots=True)
class StoryRow:
    """A story and its documents, in ingest order."""

    id: str
    title: str
    documents: list[StoredDocument]


@dataclass(slots=True)
class NewDocument:
    """A document to store: its content key, the document after clustering, as read and as cleaned (JSON:
    before clustering set its language), and its story."""

    key: str
    document: Document
    as_read: str
    cleaned: str
    story: str


def content_key(doc: Document) -> str:
    """The hash that makes an article the same article: its title and its text as read."""
    return hashlib.sha256(f"{doc.title}\n{doc.raw}".encode("utf-8", "surrogatepass")).hexdigest()


def now() -> str:
    """The current time as the store writes it (ISO 8601 UTC with microseconds: it sorts as text)."""
    return datetime.now(timezone.utc).isoformat(timespec="microseconds")


def as_ingest_time(text: str) -> str:
    """A user's time (ISO 8601; UTC when it names no zone) as the store writes it, for comparisons."""
    moment = datetime.fromisoformat(text.strip().replace("Z", "+00:00"))
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=timezone.utc)
    return moment.astimezone(timezone.utc).isoformat(timespec="microseconds")


class IngestConflict(RuntimeError):
    """Two ingests wrote to one store at once: the later batch is refused rather than lose clustering state."""


class Store:
    """One SQLite file. Open it, use it, close it (or use it as a context manager)."""

    def __init__(self, path: str | Path, busy_timeout_ms: int = 30_000) -> None:
        self.path = Path(path)
        self.db = sqlite3.connect(self.path, isolation_level=None, timeout=busy_timeout_ms / 1000)  # the busy timeout
        self.db.execute("PRAGMA journal_mode = WAL")
        self.db.execute("PRAGMA synchronous = NORMAL")  # WAL: durable at checkpoints, never corrupt
        self._migrate()

    def _migrate(self) -> None:
        while (version := self.db.execute("PRAGMA user_version").fetchone()[0]) < len(MIGRATIONS):
            with self.transaction():
                if self.db.execute("PRAGMA user_version").fetchone()[0] != version:
                    continue  # another process migrated meanwhile
                MIGRATIONS[version](self.db)
                self.db.execute(f"PRAGMA user_version = {version + 1}")

    def transaction(self) -> _Transaction:
        """BEGIN IMMEDIATE ... COMMIT (ROLLBACK on error): the write lock is taken up front, so two
        writers queue on the busy timeout instead of failing half-way."""
        return _Transaction(self.db)

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # writing

    def known_keys(self, keys: Iterable[str]) -> set[str]:
        """Which of `keys` are stored already."""
        return self._stored("key", keys)

    def taken_ids(self, ids: Iterable[str]) -> set[str]:
        """Which of `ids` stored documents have."""
        return self._stored("id", ids)

    def _stored(self, column: str, values: Iterable[str]) -> set[str]:
        """Which of `values` some stored document has in `column` (a unique one: key or id)."""
        values = list(values)
        found: set[str] = set()
        for i in range(0, len(values), 500):
            part = values[i:i + 500]
            marks = ",".join("?" * len(part))
            found.update(v for (v,) in self.db.execute(f"SELECT {column} FROM documents WHERE {column} IN ({marks})",
                                                       part))
        return found

    def add_batch(self, new: Sequence[NewDocument], moves: dict[str, str], clusterer: dict, generation: int) -> int:
        """Store a batch, the documents the clusterer moved (doc id -> story) and what changed in its state
        (`StoryClusterer.changed_state` since the batch began), atomically.

        `generation` is that of the state the clusterer was loaded from; if another ingest stored a batch
        since, nothing is written (`IngestConflict`). Returns the new generation.
        """
        when = now()
        with self.transaction():
            if self._generation() != generation:
                raise IngestConflict(f"{self.path}: another ingest wrote to the store meanwhile; run this one again")
            # First the stored documents that merges and splits moved (so a story a split opens is titled by
            # its first document), then the new ones.
            left: set[str] = set()  # stories documents left: gone if that emptied them
            touched: dict[str, list] = {}  # story -> [its title if new, documents joined - left, changes]
            for doc_id, story in moves.items():
                old = self.db.execute("SELECT story, title FROM documents WHERE id = ?", (doc_id,)).fetchone()
                if old and old[0] != story:
                    self.db.execute("UPDATE documents SET story = ? WHERE id = ?", (story, doc_id))
                    _touch(touched, old[0], "", -1)
                    _touch(touched, story, old[1], 1)
                    left.add(old[0])
            for item in new:  # each in the story it ends the batch in: one it joined and left is not touched
                doc = item.document
                story = moves.get(doc.id, item.story)
                self.db.execute(
                    "INSERT INTO documents (key, id, story, path, url, title, published, ingested, data, language,"
                    " cleaned) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (item.key, doc.id, story, doc.path, doc.url, doc.title, doc.published, when, item.as_read,
                     doc.language, item.cleaned))
                _touch(touched, story, doc.title, 1)
            for story, (title, joined, changes) in touched.items():  # one write per story
                self.db.execute("INSERT INTO stories (id, title, stale, documents, changes) VALUES (?, ?, 1, ?, ?)"
                                " ON CONFLICT (id) DO UPDATE SET stale = 1, documents = documents + excluded.documents,"
                                " changes = changes + excluded.changes", (story, title, joined, changes))
            for story in left:
                if self.db.execute("SELECT 1 FROM documents WHERE story = ?", (story,)).fetchone() is None:
                    self.db.execute("DELETE FROM stories WHERE id = ?", (story,))
                    self.db.execute("DELETE FROM dossiers WHERE story = ?", (story,))
            self.db.execute("INSERT INTO clusterer (id, n, now, df, generation) VALUES (1, ?, ?, ?, ?)"
                            " ON CONFLICT (id) DO UPDATE SET n = excluded.n, now = excluded.now, df = excluded.df,"
                            " generation = excluded.generation",
                            (clusterer["n"], clusterer["now"], clusterer["df"], generation + 1))
            for story, state in clusterer["stories"].items():
                if state is None:
                    self.db.execute("DELETE FROM cluster_stories WHERE id = ?", (story,))
                else:
                    self.db.execute("INSERT INTO cluster_stories (id, state) VALUES (?, ?) ON CONFLICT (id)"
                                    " DO UPDATE SET state = excluded.state", (story, json.dumps(state)))
        return generation + 1

    def save_dossier(self, story: str, dossier: Dossier, computed_from: set[str]) -> None:
        """The story's dossier computed from the documents `computed_from`; the story stays stale if
        documents joined it meanwhile (another ingest)."""
        with self.transaction():
            current = {i for (i,) in self.db.execute("SELECT id FROM documents WHERE story = ?", (story,))}
            self.db.execute("UPDATE stories SET stale = ?, changes = ? WHERE id = ?",
                            (int(current != computed_from), len(current ^ computed_from), story))
            self.db.execute("INSERT INTO dossiers (story, dossier) VALUES (?, ?) ON CONFLICT (story)"
                            " DO UPDATE SET dossier = excluded.dossier", (story, render_json.dumps(dossier)))

    # reading

    def clusterer_state(self) -> tuple[dict | None, int]:
        """The clusterer's stored state (`StoryClusterer.from_state` reads it; None before the first batch)
        and its generation."""
        with self._snapshot():
            row = self.db.execute("SELECT n, now, df, generation FROM clusterer WHERE id = 1").fetchone()
            stories = [json.loads(state)
                       for (state,) in self.db.execute("SELECT state FROM cluster_stories ORDER BY rowid")]
        if row is None:
            return None, 0
        n, when, df, generation = row
        return {"n": n, "now": when, "df": df, "stories": stories}, generation

    def _generation(self) -> int:
        row = self.db.execute("SELECT generation FROM clusterer WHERE id = 1").fetchone()
        return row[0] if row else 0

    def stale_stories(self, share: float | None = None) -> list[str]:
        """Stories whose documents changed since their dossier; with a `share`, only those with no dossier yet
        or whose documents that joined or left since it are at least that share of the documents they hold."""
        return [story for story, _ in self.stale_story_sizes(share)]

    def stale_story_sizes(self, share: float | None = None) -> list[tuple[str, int]]:
        """`stale_stories` with the documents each holds."""
        if share is None:
            return self.db.execute("SELECT id, documents FROM stories WHERE stale = 1 ORDER BY rowid").fetchall()
        return self.db.execute("SELECT id, documents FROM stories WHERE stale = 1 AND (changes >= ? * documents OR"
                               " NOT EXISTS (SELECT 1 FROM dossiers WHERE story = id)) ORDER BY rowid", (share,)).fetchall()

    def documents_of(self, story: str) -> list[Document]:
        """The story's documents as read (before cleaning), in ingest order, each with its stored language
        (`cluster.document_language`'s, as clustered)."""
        return [self._document(data, language)
                for data, language in self.db.execute("SELECT data, language FROM documents WHERE story = ?"
                                                      " ORDER BY rowid", (story,))]

    def cleaned_documents_of(self, story: str) -> tuple[list[Document], set[str]]:
        """The story's documents in ingest order, each as cleaned (`pipeline.clean_one`) where that is stored,
        else as read, with its stored language; and the ids of those given as read (stored before version 3
        of the schema)."""
        docs, as_read = [], set()
        for data, cleaned, language in self.db.execute("SELECT data, cleaned, language FROM documents"
                                                       " WHERE story = ? ORDER BY rowid", (story,)):
            docs.append(self._document(cleaned or data, language))
            if cleaned is None:
                as_read.add(docs[-1].id)
        return docs, as_read

    @staticmethod
    def _document(data: str, language: str | None) -> Document:
        """A stored document with the language it was clustered under (`cluster.document_language`'s)."""
        doc = from_dict(Document, json.loads(data))
        doc.language = language or doc.language
        return doc

    def count(self) -> int:
        return self.db.execute("SELECT count(*) FROM documents").fetchone()[0]

    def story_count(self) -> int:
        return self.db.execute("SELECT count(*) FROM stories").fetchone()[0]

    def stories(self) -> list[StoryRow]:
        """Every story with its documents, stories in order of their first document."""
        with self._snapshot():
            rows = self.db.execute(
                "SELECT d.story, s.title, d.id, d.url, d.path, d.title, d.published, d.ingested, d.language"
                " FROM documents d JOIN stories s ON s.id = d.story ORDER BY d.rowid").fetchall()
        by_story: dict[str, StoryRow] = {}
        for story, title, *doc in rows:
            by_story.setdefault(story, StoryRow(story, title, [])).documents.append(StoredDocument(*doc))
        return list(by_story.values())

    def dossier(self, story: str) -> dict | None:
        """The story's dossier.json content; None for an unknown story or one not computed yet."""
        row = self.db.execute("SELECT dossier FROM dossiers WHERE story = ?", (story,)).fetchone()
        return json.loads(row[0]) if row and row[0] else None

    def dossier_texts(self) -> list[tuple[str, str | None]]:
        """(story, dossier.json text or None) of every story, in one read: the web app's story catalogue."""
        with self._snapshot():
            return self.db.execute("SELECT s.id, d.dossier FROM stories s LEFT JOIN dossiers d ON d.story = s.id"
                                   " ORDER BY s.rowid").fetchall()

    def updates(self, since: str) -> list[dict]:
        """Per story, what its documents ingested after `since` (as_ingest_time) brought: the documents,
        and the claims, denials and dated events of its current dossier that those documents carry."""
        with self._snapshot():
            rows = self.db.execute(
                "SELECT d.story, d.id, d.url, d.path, d.title, d.published, d.ingested, d.language, x.dossier"
                " FROM documents d LEFT JOIN dossiers x ON x.story = d.story"
                " WHERE d.ingested > ? ORDER BY d.rowid", (since,)).fetchall()
        found: dict[str, dict] = {}
        dossiers: dict[str, dict] = {}
        for story, *doc, dossier in rows:
            entry = found.setdefault(story, {"story": story, "documents": [], "claims": [], "denials": [], "dates": []})
            entry["documents"].append(to_dict(StoredDocument(*doc)))
            dossiers[story] = json.loads(dossier) if dossier else {}
        for story, entry in found.items():
            new = {d["id"] for d in entry["documents"]}
            for claim in dossiers[story].get("claims", []):
                members = [m for m in claim["members"] if m["doc"] in new]
                if members:
                    entry["claims"].append({"id": claim["id"], "text": claim["text"], "label": claim["label"],
                                            "documents": list(dict.fromkeys(m["doc"] for m in members))})
                entry["denials"].extend({"claim": claim["id"], "doc": m["doc"], "text": m["text"]}
                                        for m in claim["denials"] if m["doc"] in new)
            entry["dates"] = [event for event in dossiers[story].get("timeline", [])
                              if any(e["doc"] in new for e in event["evidence"])]
        return list(found.values())

    def _snapshot(self) -> _Transaction:
        """A read transaction: every query inside sees one state of the file, whatever a writer does."""
        return _Transaction(self.db, "BEGIN DEFERRED")


def _touch(touched: dict[str, list], story: str, title: str, joined: int) -> None:
    """The story gained (`joined` 1) or lost (-1) a document in this batch: counted, written once at its end."""
    entry = touched.setdefault(story, [title, 0, 0])
    entry[1] += joined
    entry[2] += 1


class _Transaction:
    def __init__(self, db: sqlite3.Connection, begin: str = "BEGIN IMMEDIATE") -> None:
        self._db, self._begin = db, begin

    def __enter__(self) -> None:
        self._db.execute(self._begin)

    def __exit__(self, kind: type | None, *rest: object) -> None:
        self._db.execute("COMMIT" if kind is None else "ROLLBACK")
