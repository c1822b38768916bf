"""Stream cost for N = 1k, 10k, 100k generated articles (`--sizes`): clustering alone, ingest into the store,
and ingest with the Dask engine on 1 and 2 workers (`--modes`).

The stream is built from real sentences: the DUC 2006 dev documents (../shared/eval). Each story
starts from one DUC article (its lead and a random draw of its sentences) and then gets copies
(the same text), rewrites (sentences dropped and reordered, a new title) and follow-ups (later
sentences of the same article plus sentences of another article of its topic), spread over a few
days; 300 articles arrive a day, so stories go dormant and the active window stays the same size
whatever N is. Each (size, mode) runs in its own process, the stream generated before the clock starts:
- cluster: `StoryClusterer.add` over the stream (CPU seconds: one thread);
- ingest: `newsweave ingest --no-annotate` of the stream as one JSONL file into a new SQLite store:
  read, clean, cluster, store in batches, then each changed story's dossier recomputed (cleaning and
  copies; annotating 100k articles with spaCy is another budget: bench/annotate.py);
- dask-1, dask-2: the same ingest with `--engine dask` on a LocalCluster of 1 or 2 worker processes.
Printed per row: CPU seconds (of the process and, for Dask, of its worker processes over their whole life:
steady on a machine shared with other work; a worker's start, its imports and models, is about 5 CPU s
of it, measured as the Dask rows' excess over `ingest` at N = 100) and wall seconds, articles per CPU second, CPU microseconds per article and its
growth against the previous size (10x the articles must cost < 12x), peak RSS of the process and of its
largest worker, dossiers computed, stories at the end.
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
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from eval.common import dataset  # noqa: E402
from eval.summarization import read_duc_document  # noqa: E402
from newsweave.cluster import StoryClusterer, where_documents_are  # noqa: E402
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


def one(n: int, mode: str) -> None:
    docs = stream(n, sources())
    with tempfile.TemporaryDirectory() as tmp:
        feed = Path(tmp) / "stream"  # files of FILE_ARTICLES (100k in one file is above [read] max_bytes)
        feed.mkdir()
        for start in range(0, n, FILE_ARTICLES):
            (feed / f"{start // FILE_ARTICLES:04d}.jsonl").write_text("".join(
                json.dumps({"title": d.title, "text": d.text, "published": d.published}) + "\n"
                for d in docs[start:start + FILE_ARTICLES]), encoding="utf-8")
        wall, cpu = time.perf_counter(), _cpu()
        if mode == "cluster":
            clusterer = StoryClusterer()
            clusterer.add_many(docs)
            stories, dossiers, read = len(set(where_documents_are(clusterer.events).values())), 0, n
        else:
            engine = None
            if mode.startswith("dask-"):
                from newsweave.engine.dask import DaskEngine

                engine = DaskEngine(workers=int(mode.split("-")[1]))
                wall, cpu = time.perf_counter(), _cpu()  # the cluster's start-up excluded
            with Store(Path(tmp) / "s.db") as store:
                report = ingest([feed], store, Options(annotate=False, engine=engine))
                stories, dossiers, read = store.story_count(), len(report.refreshed), report.read
            if engine is not None:
                engine.close()  # its worker processes end and are reaped: their CPU time is counted
        wall, cpu = time.perf_counter() - wall, _cpu() - cpu
    print(json.dumps({"n": n, "mode": mode, "wall": wall, "cpu": cpu, "read": read, "stories": stories,
                      "dossiers": dossiers, "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
                      "worker_mb": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024}))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1000,10000,100000", help="comma-separated article counts")
    parser.add_argument("--modes", default=",".join(MODES), help=f"comma-separated, of {', '.join(MODES)}")
    parser.add_argument("--one", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    modes = args.modes.split(",")
    if args.one:
        one(args.one, modes[0])
        return
    print(f"{'articles':>9} {'mode':>7} {'cpu s':>8} {'wall s':>8} {'art/cpu s':>10} {'us/art':>7} {'growth':>8} "
          f"{'peak MB':>8} {'wkr MB':>7} {'dossiers':>9} {'stories':>8}", flush=True)
    previous: dict[str, dict] = {}
    for n in [int(s) for s in args.sizes.split(",")]:
        for mode in modes:
            out = subprocess.run([sys.executable, __file__, "--one", str(n), "--modes", mode],
                                 capture_output=True, text=True)
            if out.returncode:
                print(f"{n:>9} {mode:>7} failed: {out.stderr.strip().splitlines()[-1:]}", flush=True)
                continue
            row = json.loads(out.stdout.strip().splitlines()[-1])
            if row["read"] != n:  # (exact copies are read, and stored once)
                print(f"{n:>9} {mode:>7} read {row['read']} of {n}", flush=True)
            last = previous.get(mode)
            growth = f"{row['cpu'] / last['cpu'] * last['n'] / n * 10:.1f}x/10x" if last else ""
            print(f"{n:>9} {mode:>7} {row['cpu']:>8.1f} {row['wall']:>8.1f} {n / row['cpu']:>10.0f} "
                  f"{row['cpu'] / n * 1e6:>7.0f} {growth:>8} {row['peak_mb']:>8.0f} "
                  f"{row['worker_mb'] if mode.startswith('dask') else 0:>7.0f} {row['dossiers']:>9} "
                  f"{row['stories']:>8}", flush=True)
            previous[mode] = row

if __name__ == "__main__":
    main()
