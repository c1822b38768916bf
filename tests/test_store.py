"""The story store on a real SQLite file: schema, idempotent ingest, stories kept current, updates since a time."""

from __future__ import annotations

import dataclasses
import json
import shutil
import sqlite3
from pathlib import Path

import pytest

from newsweave.cluster import StoryClusterer
from newsweave.ingest import ingest
from newsweave.model import Document, Dossier, RunInfo, to_dict
from newsweave.pipeline import Options, analyze_documents
from newsweave.render import json as render_json
from newsweave.settings import DEFAULTS
from newsweave.store import MIGRATIONS, IngestConflict, NewDocument, Store, as_ingest_time, now
from tests.stories import (BRIDGE, BUILDERS_TRIAL, TAIWAN, TRIAL_A, TRIAL_B, TURKEY, TURKEY_FOLLOW_UP,
                           TURKEY_REWRITE)

# Three unrelated events; each article draws on its event's own names, places and words.
EVENTS = {
    "quake": ("Lisbon", "earthquake", "Seismology Institute director Ana Costa", "aftershocks", "Alfama district",
              "magnitude 6.1", "collapsed buildings"),
    "trial": ("Burlington", "embezzlement trial", "Judge Helen Marsh", "jurors", "county treasurer Paul Dwyer",
              "$2.3 million", "forged invoices"),
    "strike": ("Rotterdam", "dock strike", "union leader Pieter de Vries", "container ships", "Maasvlakte terminal",
               "wage offer", "port authority"),
}


def article(event: str, n: int) -> str:
    """Report `n` on `event`: its headline and sentences in the event's own words, worded a little differently each time."""
    place, thing, person, crowd, where, figure, detail = EVENTS[event]
    lines = [
        f"{place} {thing}: {person.split()[-1]} on {detail}",
        f"{person} described the {thing} in {place} ({n + 1}).",
        f"{crowd.capitalize()} at {where}, {figure}, {detail}.",
        f"\"The {thing} in {place} is not over,\" {person} told {crowd} at {where} on March {n + 2}, 2025.",
    ]
    return "\n".join(lines) + "\n"


def write_stream(folder, plan: list[tuple[str, int]]) -> list[str]:
    """Files `<event>-<n>.txt` in `folder` for each (event, n) of `plan`; their paths, in plan order."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for event, n in plan:
        path = folder / f"{event}-{n}.txt"
        path.write_text(article(event, n), encoding="utf-8")
        paths.append(str(path))
    return paths


def stored_paths(db) -> list[str]:
    with sqlite3.connect(db) as conn:
        return sorted(path for (path,) in conn.execute("SELECT path FROM documents"))


def test_a_new_file_gets_every_migration_once(tmp_path):
    db = tmp_path / "s.db"
    for _ in range(2):  # the second open finds the schema current and changes nothing
        Store(db).close()
    with sqlite3.connect(db) as conn:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == len(MIGRATIONS)
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        tables = {name for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert {"documents", "stories", "clusterer"} <= tables


@pytest.mark.parametrize("case", [
    "the same file given twice",
    "a copy under another name",
    "the same JSONL record twice in one file",
    "the same file in a second ingest",
])
def test_the_same_article_is_stored_once(tmp_path, case):
    folder = tmp_path / "in"
    (one,) = write_stream(folder, [("quake", 1)])
    if case == "the same file given twice":
        runs = [[one, one]]
    elif case == "a copy under another name":
        runs = [[one, shutil.copy(one, folder / "copy.txt")]]
    elif case == "the same JSONL record twice in one file":
        record = json.dumps({"title": "Lisbon earthquake", "text": article("quake", 1)})
        (folder / "dump.jsonl").write_text(f"{record}\n{record}\n", encoding="utf-8")
        runs = [[str(folder / "dump.jsonl")]]
    else:
        runs = [[one], [one]]
    with Store(tmp_path / "s.db") as store:
        reports = [ingest(paths, store, Options(annotate=False)) for paths in runs]
        assert store.count() == 1
        assert sum(r.stored for r in reports) == 1
        assert sum(r.known for r in reports) == sum(r.read for r in reports) - 1
        assert [len(s.documents) for s in store.stories()] == [1]


def test_only_changed_stories_are_recomputed_and_their_dossiers_hold_their_documents(tmp_path):
    first = write_stream(tmp_path / "a", [(e, n) for n in range(3) for e in EVENTS])
    later = write_stream(tmp_path / "b", [("trial", 7)])
    with Store(tmp_path / "s.db") as store:
        ingest(first, store, Options(annotate=False))
        before = {s.id: s for s in store.stories()}
        assert len(before) == len(EVENTS)
        report = ingest(later, store, Options(annotate=False))
        after = {s.id: s for s in store.stories()}
        (changed,) = [s for s in after if len(after[s].documents) != len(before[s].documents)]
        assert report.refreshed == [changed]
        for story in after.values():
            assert [d["id"] for d in store.dossier(story.id)["documents"]] == [d.id for d in story.documents]
        assert store.stale_stories() == []


def test_updates_since_list_exactly_what_the_second_half_added_story_by_story(tmp_path):
    plan = [(e, n) for n in range(4) for e in EVENTS]  # interleaved as a stream would bring them
    paths = write_stream(tmp_path / "in", plan)
    half = len(paths) // 2
    with Store(tmp_path / "s.db") as store:
        ingest(paths[:half], store, Options())
        between = now()
        ingest(paths[half:], store, Options())
        story_of = {d.path: s.id for s in store.stories() for d in s.documents}
        expected: dict[str, list[str]] = {}
        for path in paths[half:]:
            expected.setdefault(story_of[path], []).append(path)
        found = store.updates(as_ingest_time(between))
        assert {u["story"]: [d["path"] for d in u["documents"]] for u in found} == expected
        assert store.updates(now()) == []
        for update in found:
            new = {d["id"] for d in update["documents"]}
            assert all(set(c["documents"]) <= new for c in update["claims"])
            assert all(d["doc"] in new for d in update["denials"])
            assert all(any(e["doc"] in new for e in event["evidence"]) for event in update["dates"])
        assert any(update["claims"] for update in found)


def test_a_batch_from_a_clusterer_state_another_ingest_has_moved_past_is_refused(tmp_path):
    """Two ingests at once would each save a clusterer that never saw the other's documents."""
    paths = write_stream(tmp_path / "in", [("quake", 1)])
    with Store(tmp_path / "s.db") as first, Store(tmp_path / "s.db") as second:
        _, generation = first.clusterer_state()
        ingest(paths, second, Options(annotate=False))
        with pytest.raises(IngestConflict):
            first.add_batch([], {}, StoryClusterer().changed_state(0), generation)
        assert second.count() == 1


def test_documents_a_merge_moves_follow_it_and_the_emptied_story_goes(tmp_path):
    """The clusterer's merge events move stored documents: both stories are recomputed, the emptied one removed."""
    docs = [Document(id=f"d{i}", path=f"d{i}.txt", format="text", title=f"t{i}", raw=f"text {i}") for i in range(3)]
    with Store(tmp_path / "s.db") as store:
        state = StoryClusterer().changed_state(0)
        generation = store.add_batch([NewDocument(f"k{i}", d, json.dumps(to_dict(d)), json.dumps(to_dict(d)), story)
                                      for i, (d, story) in enumerate(zip(docs, ["a", "a", "b"]))], {}, state, 0)
        for story in ("a", "b"):
            store.save_dossier(story, Dossier(run=RunInfo("v", "now", [])), {d.id for d in store.documents_of(story)})
        store.add_batch([], {"d2": "a"}, state, generation)
        assert [(s.id, [d.id for d in s.documents]) for s in store.stories()] == [("a", ["d0", "d1", "d2"])]
        assert store.stale_stories() == ["a"]


def test_the_language_migration_gives_documents_stored_before_it_their_language(tmp_path):
    """A version-1 store (before documents had a language) opened by this version: each document gets one."""
    db = tmp_path / "s.db"
    records = {"en": ("Lisbon earthquake", article("quake", 1)),
               "fr": ("Séisme à Lisbonne", "Un séisme de magnitude 6,1 a frappé Lisbonne mardi; des immeubles se sont "
                      "effondrés dans le quartier d'Alfama, selon l'institut de sismologie."),
               "und": ("Lisbon", "Quake.")}
    conn = sqlite3.connect(db, isolation_level=None)
    MIGRATIONS[0](conn)
    for language, (title, text) in records.items():
        doc = Document(id=language, path=f"{language}.txt", format="text", title=title, raw=text, text=text)
        conn.execute("INSERT INTO documents VALUES (?, ?, 'a', ?, NULL, ?, NULL, ?, ?)",
                     (language, language, doc.path, title, now(), json.dumps(to_dict(doc))))
    conn.execute("INSERT INTO stories VALUES ('a', 'Lisbon earthquake', 1, NULL)")
    conn.execute("PRAGMA user_version = 1")
    conn.close()
    with Store(db) as store:
        assert {d.id: d.language for s in store.stories() for d in s.documents} == {k: k for k in records}
        assert {d.id: d.language for d in store.documents_of("a")} == {k: k for k in records}


def write_records(path, records: list[tuple[tuple[str, str], str]]) -> str:
    """A JSONL file of ((title, text), published) records; its path."""
    path.write_text("".join(json.dumps({"title": title, "text": text, "published": published}) + "\n"
                            for (title, text), published in records), encoding="utf-8")
    return str(path)


def clustering(**changes) -> Options:
    return Options(annotate=False, settings=dataclasses.replace(
        DEFAULTS, cluster=dataclasses.replace(DEFAULTS.cluster, **changes)))


QUAKE = [(TURKEY, "1999-08-17"), (TURKEY_REWRITE, "1999-08-17"), (TURKEY_FOLLOW_UP, "1999-08-20")]
PINOCHET = [(TRIAL_A, "1999-08-18")]
SPLITTING = clustering(split_core=3, split_min=2)  # a core of three: the builders' trial drifts from the quake
TRIAL = [(report, f"1999-09-0{i + 1}") for i, report in enumerate(BUILDERS_TRIAL)]
# (case, first ingest, second ingest, settings, stories whose documents the second changes)
CHANGES = [
    ("a report joins a story", QUAKE + PINOCHET, [(BRIDGE, "1999-08-25")], clustering(), 1),
    ("a report opens a story", QUAKE, PINOCHET, clustering(), 1),
    # A high join threshold: the follow-up opens a story of its own, the rewrite joins the first and the
    # two quake stories' centroids then merge: one story grows, the other goes.
    ("two stories merge", [QUAKE[0], QUAKE[2], *PINOCHET], [QUAKE[1]], clustering(threshold=0.5), 1),
    # The first trial report, stored in the quake story, leaves it with the second: both stories change.
    ("a story splits", [*QUAKE, *PINOCHET, (BRIDGE, "1999-08-25"), TRIAL[0]], TRIAL[1:2], SPLITTING, 2),
    # Both trial reports arrive in one batch: the first joins the quake story and leaves it before it is
    # stored, so the quake story's documents, and its dossier, stay as they were.
    ("a story splits within the batch", [*QUAKE, *PINOCHET, (BRIDGE, "1999-08-25")], TRIAL[:2], SPLITTING, 1),
]


@pytest.mark.parametrize("case, first, second, options, count", CHANGES, ids=[c[0] for c in CHANGES])
def test_an_ingest_recomputes_exactly_the_stories_it_changed(tmp_path, case, first, second, options, count):
    """One dossier computation per story whose documents changed (joined, opened, merged into, split from or
    into); every other story's dossier is left as it was; each dossier holds its story's documents."""
    with Store(tmp_path / "s.db") as store:
        ingest([write_records(tmp_path / "first.jsonl", first)], store, options)
        before = {s.id: [d.id for d in s.documents] for s in store.stories()}
        dossiers = {story: store.db.execute("SELECT dossier FROM dossiers WHERE story = ?", (story,)).fetchone()[0]
                    for story in before}
        between = now()
        report = ingest([write_records(tmp_path / "second.jsonl", second)], store, options)
        after = {s.id: [d.id for d in s.documents] for s in store.stories()}
        arrived = {(s.id, d.title) for s in store.stories() for d in s.documents if d.ingested > between}
        assert {title for _, title in arrived} == {title for (title, _), _ in second}
        assert {(u["story"], d["title"]) for u in store.updates(between) for d in u["documents"]} == arrived
        changed = sorted(story for story, docs in after.items() if before.get(story) != docs)
        assert sorted(report.refreshed) == changed and len(report.refreshed) == len(set(report.refreshed))
        assert len(changed) == count, case
        if "merge" in case:
            assert len(after) == len(before) - 1  # the story merged away is gone
        for story, docs in after.items():
            assert [d["id"] for d in store.dossier(story)["documents"]] == docs
            if story not in changed:
                assert store.db.execute("SELECT dossier FROM dossiers WHERE story = ?", (story,)).fetchone()[0] \
                    == dossiers[story]
        assert store.stale_stories() == []
        if "split" in case:  # the split is in the stored state: the next report of the trial joins its story
            ingest([write_records(tmp_path / "third.jsonl", TRIAL[2:])], store, options)
            (trial,) = [s for s in store.stories() if s.title == BUILDERS_TRIAL[0][0]]
            assert [d.title for d in trial.documents] == [title for title, _ in BUILDERS_TRIAL]


def without_times(dossier: dict) -> dict:
    """A dossier without what differs between two computations of it: when, and how long each stage took."""
    run = {k: v for k, v in dossier["run"].items() if k not in ("created", "seconds", "stages")}
    return {**dossier, "run": {**run, "stages": sorted(dossier["run"]["stages"])}}


def stored_dossiers(store: Store) -> dict[str, dict]:
    return {s.id: without_times(store.dossier(s.id)) for s in store.stories()}


def test_a_version_2_store_migrates_and_a_further_ingest_goes_on_as_in_a_store_of_this_version(tmp_path, monkeypatch):
    """tests/data/store-v2.sqlite was made by version 2 of the schema (commit bb57240): the reports 0 and 1 of
    each event (`article`, files in/<event>-<n>.txt, relative paths) ingested with --no-annotate. Migrated, it
    holds the clusterer state it held; reports 2 and 3 then give it the stories and dossiers that a store
    of this version, given the same two ingests, has (its older documents cleaned at their first refresh)."""
    monkeypatch.chdir(tmp_path)
    first = write_stream(tmp_path / "in", [(e, n) for n in range(2) for e in EVENTS])
    second = write_stream(tmp_path / "in", [(e, n) for n in range(2, 4) for e in EVENTS])
    relative = [[str(Path(p).relative_to(tmp_path)) for p in paths] for paths in (first, second)]
    shutil.copy(Path(__file__).parent / "data" / "store-v2.sqlite", tmp_path / "old.db")
    with sqlite3.connect(tmp_path / "old.db") as conn:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == 2
        (old_state,) = conn.execute("SELECT state FROM clusterer").fetchone()
    with Store(tmp_path / "old.db") as old, Store(tmp_path / "new.db") as new:
        migrated, generation = old.clusterer_state()
        assert generation == 1
        assert StoryClusterer.from_state(migrated).to_state() == StoryClusterer.from_state(json.loads(old_state)).to_state()
        assert old.stale_stories() == []
        assert all(old.dossier(s.id) is not None for s in old.stories())  # moved to their own table (version 4)
        ingest(relative[0], new, Options(annotate=False))
        assert [(s.id, [d.id for d in s.documents]) for s in old.stories()] == \
               [(s.id, [d.id for d in s.documents]) for s in new.stories()]
        reports = [ingest(relative[1], store, Options(annotate=False)) for store in (old, new)]
        assert [r.stored for r in reports] == [len(EVENTS) * 2] * 2
        assert [(s.id, [d.id for d in s.documents]) for s in old.stories()] == \
               [(s.id, [d.id for d in s.documents]) for s in new.stories()]
        assert len(old.stories()) == len(EVENTS)
        assert stored_dossiers(old) == stored_dossiers(new)


def test_each_stored_dossier_is_the_one_computed_from_scratch(tmp_path, example_dir):
    """Dossiers recomputed from the stored cleaned documents, batch after batch, are the dossiers of the
    stories' documents as read, computed from scratch (the example corpus, annotated)."""
    options = Options(settings=dataclasses.replace(
        DEFAULTS, store=dataclasses.replace(DEFAULTS.store, batch_size=2, refresh_share=0.0)))
    with Store(tmp_path / "s.db") as store:
        report = ingest([example_dir], store, options)
        assert report.dossiers > len(report.refreshed)  # stories were recomputed from stored documents, again
        for story in store.stories():
            scratch = analyze_documents(store.documents_of(story.id), Options())
            scratch.run.inputs = list(dict.fromkeys(d.path for d in store.documents_of(story.id)))
            assert without_times(store.dossier(story.id)) == without_times(json.loads(render_json.dumps(scratch)))


# Reports 1 and 3 of the quake before its rewrite, three trials, a quake a month later: with a high join
# threshold the rewrite merges the quake's two stories; with a low one the builders' trial splits from it.
STREAM = [QUAKE[0], QUAKE[2], *PINOCHET, QUAKE[1], (BRIDGE, "1999-08-25"), *TRIAL, (TRIAL_B, "1999-09-20"),
          (TAIWAN, "1999-10-01")]


@pytest.mark.parametrize("threshold, events", [(0.5, {"merge", "dormant"}), (0.2, {"split", "dormant"})])
def test_the_stored_clusterer_state_is_that_of_one_clusterer_given_every_document(tmp_path, threshold, events):
    """Ingests of a batch or two each, stories opened, joined, merged or split and gone dormant between them,
    leave in the store the state that one clusterer has after the same documents in the same order."""
    options = clustering(split_core=3, split_min=2, quiet_days=10, threshold=threshold)
    options.settings = dataclasses.replace(options.settings, store=dataclasses.replace(DEFAULTS.store, batch_size=2))
    with Store(tmp_path / "s.db") as store:
        for n in range(0, len(STREAM), 3):
            ingest([write_records(tmp_path / f"{n}.jsonl", STREAM[n:n + 3])], store, options)
            whole = replay(store, options)
            stored, _ = store.clusterer_state()
            assert by_id(StoryClusterer.from_state(stored, options.settings.cluster).to_state()) == by_id(whole.to_state())
        assert {event.kind for event in whole.events} - {"open", "join"} == events


def replay(store: Store, options: Options) -> StoryClusterer:
    """One clusterer given the store's documents in ingest order, as cleaned."""
    clusterer = StoryClusterer(options.settings.cluster)
    order = {doc_id: n for n, doc_id in enumerate(
        i for (i,) in store.db.execute("SELECT id FROM documents ORDER BY rowid"))}
    docs = sorted((d for s in store.stories() for d in store.cleaned_documents_of(s.id)[0]), key=lambda d: order[d.id])
    clusterer.add_many(docs)
    return clusterer


def by_id(state: dict) -> dict:
    return {**state, "stories": sorted(state["stories"], key=lambda s: s["id"])}
