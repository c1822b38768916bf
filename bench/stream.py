"""Stream cost for N = 1k, 10k, 100k generated articles (`--sizes`): clustering alone, ingest into the store,
and ingest with the Dask engine on 1 and 2 workers (`--modes`).

The stream is built from real sentences: the DUC 2006 dev documents (../shared/eval). Each story
starts from one DUC article (its lead and a random draw of its sentences) and then gets copies
(the same text), rewrites (sentences dropped and reordered, a new title) and follow-ups (later
sentences of the same article plus sentences of another article of its topic), spread over a few
days; 300 articles arrive a day, so stories go dormant and the active window stays the same size
whatever N is (as far as the stream goes: the clusterer may still join stories of one DUC topic into one
that never goes quiet; the `largest` column shows it). The stream is written once per size as JSONL files
of FILE_ARTICLES articles; each (size, mode) then runs in its own process, which reads those files one
article at a time, so its peak memory is its own, not the generated stream's:
- cluster: `StoryClusterer.add` over the stream (CPU seconds: one thread);
- ingest: `newsweave ingest --no-annotate` of the files into a new SQLite store: read, clean, cluster
  (the cluster row's work, on the cleaned articles), store in batches, and each changed story's dossier
  recomputed (copies, from the stored cleaned documents; annotating 100k articles with spaCy is another
  budget: bench/annotate.py);
- dask-1, dask-2: the same ingest with `--engine dask` on a LocalCluster of 1 or 2 worker processes.
Printed per row: CPU seconds (of the process and, for Dask, of its worker processes over their whole life:
steady on a machine shared with other work; a worker's start, its imports and models, is about 5 CPU s
of it, measured as the Dask rows' excess over `ingest` at N = 100) and wall seconds, articles per CPU second, CPU microseconds per article and its
growth against the previous size (10x the articles must cost < 12x), peak RSS of the process and of its
largest worker, dossiers computed (a story recomputed during the ingest and at its end counts twice),
stories at the end and the largest story's articles (cluster: of the stories still active at the end).
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from common import peak_mb  # noqa: E402
from newsweave.cluster import StoryClusterer  # noqa: E402
from newsweave.ingest import ingest  # noqa: E402
from newsweave.model import Document  # noqa: E402
from newsweave.pipeline import Options  # noqa: E402
from newsweave.store import Store  # noqa: E402

MODES = ("cluster", "ingest", "dask-1", "dask-2")
FILE_ARTICLES = 5000

PER_DAY = 300
SEED = 7


def sources() -> list[tuple[str, str, list[str]]]:
    """(topic, title, sentences) of every DUC dev article."""
    from eval.common import dataset  # only the process that writes the stream pays these imports
    from eval.summarization import read_duc_document

    root = dataset("summarization", "duc2006-dev", "docs")
    if root is None:
        raise SystemExit("../shared/eval/summarization/duc2006-dev is absent")
    out = []
    for topic in sorted(p for p in root.iterdir() if p.is_dir()):
        for path in sorted(topic.iterdir()):
            doc = read_duc_document(path)
            sentences = [s.strip() + "." for s in doc.text.replace("\n", " ").split(". ") if len(s.split()) > 4]
            if len(sentences) >= 6:
                out.append((topic.name, doc.title, sentences))
    return out


def stream(n: int, pool: list[tuple[str, str, list[str]]]) -> list[Document]:
    """n articles in arrival order: stories of 1-12 articles (originals, copies, rewrites, follow-ups)."""
    rng = random.Random(SEED)
    by_topic: dict[str, list[tuple[str, str, list[str]]]] = {}
    for item in pool:
        by_topic.setdefault(item[0], []).append(item)
    start = date(2001, 1, 1)
    pending: list[tuple[int, Document]] = []  # (arrival slot, article)
    slot = 0
    story = 0
    while slot < n:
        topic, title, sentences = rng.choice(pool)
        base = sentences[:3] + rng.sample(sentences[3:], min(5, len(sentences) - 3))
        size = rng.randint(1, 12)
        for k in range(size):
            day = start + timedelta(days=(slot + rng.randint(0, 3 * PER_DAY)) // PER_DAY)
            kind = "original" if k == 0 else rng.choice(("copy", "rewrite", "follow-up"))
            if kind in ("original", "copy"):
                body, head = base, title
            elif kind == "rewrite":
                body, head = rng.sample(base, max(3, len(base) - 2)), "Update: " + title
            else:
                other = rng.choice(by_topic[topic])[2]
                body = base[:2] + rng.sample(sentences, min(3, len(sentences))) + rng.sample(other, min(3, len(other)))
                head = title + " (follow-up)"
            doc = Document(id=f"s{story}-{k}", path="", format="text", title=head, text="\n".join(body),
                           published=day.isoformat())
            pending.append((slot + rng.randint(0, 2 * PER_DAY), doc))
        slot += size
        story += 1
    pending.sort(key=lambda item: (item[1].published, item[0]))
    return [doc for _, doc in pending[:n]]


def _cpu() -> float:
    """CPU seconds of this process and of its children that have ended (the Dask workers, once closed)."""
    return sum(resource.getrusage(who).ru_utime + resource.getrusage(who).ru_stime
               for who in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN))


def write_stream(n: int, folder: Path) -> None:
    """The stream of n articles as JSONL files of FILE_ARTICLES (100k in one file is above [read] max_bytes)."""
    docs = stream(n, sources())
    for start in range(0, n, FILE_ARTICLES):
        (folder / f"{start // FILE_ARTICLES:04d}.jsonl").write_text("".join(
            json.dumps({"title": d.title, "text": d.text, "published": d.published}) + "\n"
            for d in docs[start:start + FILE_ARTICLES]), encoding="utf-8")


def articles(feed: Path) -> Iterator[Document]:
    """The stream's articles, read from its files one at a time."""
    for path in sorted(feed.iterdir()):
        with path.open(encoding="utf-8") as lines:
            for k, line in enumerate(lines):
                record = json.loads(line)
                yield Document(id=f"{path.stem}#{k}", path="", format="text", title=record["title"],
                               text=record["text"], published=record["published"])


def one(n: int, mode: str, feed: Path) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        wall, cpu = time.perf_counter(), _cpu()
        if mode == "cluster":
            clusterer = StoryClusterer()
            read = stories = 0
            for doc in articles(feed):
                clusterer.add(doc)
                read += 1
                # A story opens with an open or a split and goes with a merge; events are dropped as they are
                # counted, as an ingest drops them once stored (else they would be the memory that grows).
                stories += sum((e.kind in ("open", "split")) - (e.kind == "merge") for e in clusterer.events)
                clusterer.events.clear()
            dossiers, largest = 0, max((st["size"] for st in clusterer.to_state()["stories"]), default=0)
        else:
            engine = None
            if mode.startswith("dask-"):
                from newsweave.engine.dask import DaskEngine

                engine = DaskEngine(workers=int(mode.split("-")[1]))
                wall, cpu = time.perf_counter(), _cpu()  # the cluster's start-up excluded
            with Store(Path(tmp) / "s.db") as store:
                report = ingest([feed], store, Options(annotate=False, engine=engine))
                stories, dossiers, read = store.story_count(), report.dossiers, report.read
                largest = store.db.execute("SELECT max(documents) FROM stories").fetchone()[0]
            if engine is not None:
                engine.close()  # its worker processes end and are reaped: their CPU time is counted
        wall, cpu = time.perf_counter() - wall, _cpu() - cpu
    print(json.dumps({"n": n, "mode": mode, "wall": wall, "cpu": cpu, "read": read, "stories": stories,
                      "dossiers": dossiers, "largest": largest,
                      "peak_mb": peak_mb(),
                      "worker_mb": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024}))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", nargs="+", default=["1000,10000,100000"],
                        help="article counts (or comma-separated)")
    parser.add_argument("--modes", nargs="+", default=[",".join(MODES)],
                        help=f"of {', '.join(MODES)} (or comma-separated)")
    parser.add_argument("--one", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--feed", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    modes = [mode for item in args.modes for mode in item.split(",")]
    if args.one:
        one(args.one, modes[0], args.feed)
        return
    print(f"{'articles':>9} {'mode':>7} {'cpu s':>8} {'wall s':>8} {'art/cpu s':>10} {'us/art':>7} {'growth':>8} "
          f"{'peak MB':>8} {'wkr MB':>7} {'dossiers':>9} {'stories':>8} {'largest':>8}", flush=True)
    previous: dict[str, dict] = {}
    for n in [int(size) for item in args.sizes for size in item.split(",")]:
        with tempfile.TemporaryDirectory() as feed:
            write_stream(n, Path(feed))
            for mode in modes:
                run_one(n, mode, Path(feed), previous)


def run_one(n: int, mode: str, feed: Path, previous: dict[str, dict]) -> None:
    """One (size, mode) in its own process; its row printed."""
    out = subprocess.run([sys.executable, __file__, "--one", str(n), "--modes", mode, "--feed", str(feed)],
                         capture_output=True, text=True)
    if out.returncode:
        print(f"{n:>9} {mode:>7} failed: {out.stderr.strip().splitlines()[-1:]}", flush=True)
        return
    row = json.loads(out.stdout.strip().splitlines()[-1])
    if row["read"] != n:  # (exact copies are read, and stored once)
        print(f"{n:>9} {mode:>7} read {row['read']} of {n}", flush=True)
    last = previous.get(mode)
    growth = f"{row['cpu'] / last['cpu'] * last['n'] / n * 10:.1f}x/10x" if last else ""
    print(f"{n:>9} {mode:>7} {row['cpu']:>8.1f} {row['wall']:>8.1f} {n / row['cpu']:>10.0f} "
          f"{row['cpu'] / n * 1e6:>7.0f} {growth:>8} {row['peak_mb']:>8.0f} "
          f"{row['worker_mb'] if mode.startswith('dask') else 0:>7.0f} {row['dossiers']:>9} "
          f"{row['stories']:>8} {row['largest']:>8}", flush=True)
    previous[mode] = row

if __name__ == "__main__":
    main()
