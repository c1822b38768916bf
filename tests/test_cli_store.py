"""`newsweave ingest`, `stories`, `show` and `updates` as users run them: real processes on a real SQLite file.

The two process tests measure the store, not spaCy: they ingest with `--no-annotate`.
"""

from __future__ import annotations

import json
import random
import signal
import sqlite3
import subprocess
import sys
import time

import pytest

from newsweave.cli import main


def write_pile(folder, count: int, seed: int = 0) -> set[str]:
    """`count` small reports, each of words of its own (made-up names): as many stories as reports, so the
    test measures the store, not the refreshing of big stories. Their paths."""
    rng = random.Random(seed)
    folder.mkdir()
    paths = set()
    for i in range(count):
        words = ["".join(rng.choice("bcdfghklmnprstvz") + rng.choice("aeiou") for _ in range(3)) for _ in range(30)]
        path = folder / f"report-{i:05d}.txt"
        path.write_text(f"{' '.join(words[:4]).title()}\n{' '.join(words).capitalize()}.\n", encoding="utf-8")
        paths.add(str(path))
    return paths


def batch_config(tmp_path, size: int):
    config = tmp_path / "batches.toml"
    config.write_text(f"[store]\nbatch_size = {size}\n", encoding="utf-8")
    return config


def newsweave(*args: str) -> list[str]:
    return [sys.executable, "-m", "newsweave", *args]


def stored(db) -> int:
    """Documents committed so far, read as any other reader would (0 before the schema exists)."""
    try:
        with sqlite3.connect(db, timeout=30) as conn:
            return conn.execute("SELECT count(*) FROM documents").fetchone()[0]
    except sqlite3.OperationalError:
        return 0


def test_an_ingest_killed_midway_resumes_and_stores_every_file_exactly_once(tmp_path):
    paths = write_pile(tmp_path / "pile", 2000)
    db = tmp_path / "s.db"
    args = newsweave("ingest", str(tmp_path / "pile"), "--db", str(db), "--no-annotate", "-q",
                     "--config", str(batch_config(tmp_path, 50)))
    writer = subprocess.Popen(args, stderr=subprocess.PIPE)
    while stored(db) < 200 and writer.poll() is None:
        time.sleep(0.05)
    assert writer.poll() is None, "the ingest ended before it could be killed"
    writer.send_signal(signal.SIGKILL)
    writer.wait()
    at_kill = stored(db)
    assert 0 < at_kill < len(paths)

    rerun = subprocess.run([*args, "--json"], capture_output=True, text=True)
    assert rerun.returncode == 0, rerun.stderr
    summary = json.loads(rerun.stdout)
    assert summary["read"] == len(paths)
    assert summary["known"] >= at_kill and summary["stored"] + summary["known"] == len(paths)
    with sqlite3.connect(db) as conn:
        counts = dict(conn.execute("SELECT path, count(*) FROM documents GROUP BY path"))
        homeless = conn.execute("SELECT count(*) FROM documents WHERE story NOT IN (SELECT id FROM stories)").fetchone()[0]
        stale = conn.execute("SELECT count(*) FROM stories WHERE stale = 1 OR id NOT IN (SELECT story FROM dossiers)").fetchone()[0]
    assert set(counts) == paths
    assert set(counts.values()) == {1}
    assert (homeless, stale) == (0, 0)


def test_stories_can_be_read_while_an_ingest_writes(tmp_path):
    write_pile(tmp_path / "pile", 600, seed=1)
    db = tmp_path / "s.db"
    writer = subprocess.Popen(newsweave("ingest", str(tmp_path / "pile"), "--db", str(db), "--no-annotate", "-q",
                                        "--config", str(batch_config(tmp_path, 20))), stderr=subprocess.PIPE)
    while stored(db) == 0 and writer.poll() is None:
        time.sleep(0.05)
    seen, during = [], 0
    while writer.poll() is None:
        read = subprocess.run(newsweave("stories", "--db", str(db), "--json"), capture_output=True, text=True)
        assert read.returncode == 0, read.stderr
        stories = json.loads(read.stdout)
        assert all(story["documents"] for story in stories)
        seen.append(sum(len(story["documents"]) for story in stories))
        during += writer.poll() is None
    assert writer.wait() == 0
    assert during >= 1, "no read overlapped the ingest"
    assert seen == sorted(seen) and seen[-1] <= 600


@pytest.fixture(scope="module")
def store_of_example(tmp_path_factory, example_dir):
    """The example corpus ingested once (annotated), for the reading commands."""
    db = tmp_path_factory.mktemp("store") / "s.db"
    assert main(["ingest", str(example_dir), "--db", str(db), "-q"]) == 0
    return db


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_stories_json_lists_each_story_with_its_documents(store_of_example, capsys):
    code, out, _ = run(capsys, "stories", "--db", str(store_of_example), "--json")
    stories = json.loads(out)
    assert code == 0 and stories
    for story in stories:
        assert {"id", "title", "documents"} <= set(story)
        for doc in story["documents"]:
            assert {"id", "url", "path", "title", "published", "ingested"} <= set(doc)
    assert sum(len(s["documents"]) for s in stories) == 8  # the example's 7 files, one holding 2 records


def test_show_json_is_the_story_dossier_and_the_text_form_its_report(store_of_example, capsys):
    _, out, _ = run(capsys, "stories", "--db", str(store_of_example), "--json")
    story = json.loads(out)[0]
    code, out, _ = run(capsys, "show", story["id"], "--db", str(store_of_example), "--json")
    dossier = json.loads(out)
    assert code == 0
    assert [d["id"] for d in dossier["documents"]] == [d["id"] for d in story["documents"]]
    assert dossier["claims"] and dossier["schema"].startswith("newsweave-dossier/")
    code, out, _ = run(capsys, "show", story["id"], "--db", str(store_of_example))
    assert code == 0 and out.startswith("#")


@pytest.mark.parametrize("argv, code, says", [
    (["show", "no-such-story"], 1, "no such story"),
    (["updates", "--since", "yesterday"], 2, "ISO 8601"),
    (["updates", "--since", "2000-01-01"], 0, ""),
    (["updates", "--since", "2999-01-01", "--json"], 0, ""),
])
def test_reading_commands_name_what_is_wrong(store_of_example, capsys, argv, code, says):
    got, out, err = run(capsys, *argv, "--db", str(store_of_example))
    assert got == code
    assert says in err
    if "--json" in argv:
        assert json.loads(out) == []


@pytest.mark.parametrize("argv, code, says", [
    (["stories", "--db", "{tmp}/absent.db"], 2, "no such store"),
    (["stories", "--db", "{tmp}/notes.txt"], 2, "cannot open the store"),
    (["ingest", "{tmp}/empty", "--db", "{tmp}/s.db", "-q"], 1, ""),
    (["ingest", "{tmp}/empty", "--db", "{tmp}/s.db", "--scheduler", "tcp://127.0.0.1:1"], 2, "--engine dask"),
])
def test_store_commands_fail_with_a_reason(tmp_path, capsys, argv, code, says):
    (tmp_path / "empty").mkdir()
    (tmp_path / "empty" / "blank.txt").write_text("", encoding="utf-8")
    (tmp_path / "notes.txt").write_text("not a database, " * 100, encoding="utf-8")
    got, _, err = run(capsys, *(a.format(tmp=tmp_path) for a in argv))
    assert got == code
    assert says in err


ENGLISH = ("Harbour barrier gates fail inspection",
           "Two of the gates on the harbour barrier failed their spring inspection, the port engineer said on "
           "Tuesday, and the city council will vote on the repair budget next week.")
FRENCH = ("Les portes de la digue du port échouent à l'inspection",
          "Deux des portes de la digue du port ont échoué à leur inspection de printemps, a déclaré mardi "
          "l'ingénieur du port, et le conseil municipal votera la semaine prochaine sur le budget des réparations.")


def ingest_json(capsys, tmp_path, records: list[dict], *extra: str) -> tuple[int, dict | None, str, list[dict]]:
    """`ingest` of one JSONL file of `records` into a new store: exit status, summary, stderr, `stories --json`."""
    (tmp_path / "in").mkdir(exist_ok=True)
    (tmp_path / "in" / "feed.jsonl").write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    db = str(tmp_path / "s.db")
    code, out, err = run(capsys, "ingest", str(tmp_path / "in"), "--db", db, "--no-annotate", "--json", *extra)
    summary = json.loads(out) if out else None
    stories = json.loads(run(capsys, "stories", "--db", db, "--json")[1]) if summary else []
    return code, summary, err, stories


@pytest.mark.parametrize("extra, code, stored, skipped, says", [
    ([], 1, 0, ["no-text"] * 2, ""),  # our keys are not theirs: the records have no text we recognise
    (["--field-map", "title=headline", "--field-map", "text=story_body"], 0, 2, [], ""),
    (["--field-map", "text=story_body", "--max-bytes", "100"], 1, 0, ["too-large"], ""),
    (["--field-map", "body=story_body"], 2, None, None, "unknown field 'body'"),
    (["--field-map", "text"], 2, None, None, "OURS=THEIRS"),
])
def test_ingest_reads_as_analyze_does_with_max_bytes_and_field_map(tmp_path, capsys, extra, code, stored, skipped, says):
    records = [{"headline": title, "story_body": text} for title, text in (ENGLISH, FRENCH)]
    got, summary, err, _ = ingest_json(capsys, tmp_path, records, *extra)
    assert got == code
    assert says in err
    if stored is None:  # a usage error: nothing read, no store made
        assert summary is None and not (tmp_path / "s.db").exists()
    else:
        assert summary["stored"] == stored
        assert [s["reason"] for s in summary["skipped"]] == skipped


def test_stories_json_shows_each_documents_language(tmp_path, capsys):
    records = [{"title": title, "text": text} for title, text in (ENGLISH, FRENCH)]
    code, summary, _, stories = ingest_json(capsys, tmp_path, records)
    assert code == 0 and summary["stored"] == 2
    languages = {d["title"]: d["language"] for s in stories for d in s["documents"]}
    assert languages == {ENGLISH[0]: "en", FRENCH[0]: "fr"}
    assert len(stories) == 2  # one event, two languages: two stories
