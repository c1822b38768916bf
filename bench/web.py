"""The web app under load on loopback: requests per second and p50/p99 latency of the story list and
story pages of a 10k-document store, beside Python's http.server serving the same pages pre-rendered.

The store: 10,000 distinct articles of bench/stream.py's generator (real DUC 2006 dev sentences, with
stories, copies, rewrites and follow-ups), ingested by `newsweave ingest` into SQLite; the clusterer
gathers them into a few dozen stories of 1 to several hundred documents. Annotating every story
(entities, quotes, claims, brief) costs seconds per document on this machine (the claims step grows
faster than the story), hours for 10k, so the ingest runs with --no-annotate (the pipeline's real
dossiers of cleaned documents and copy relations; its duration is printed from the store's ingest
times). Then the story pages requested, the `--stories` stories nearest the median story size, get
their full dossiers from `pipeline.analyze_documents` (seconds per document printed), as an ingest with
annotation would have stored them; the largest stories are not requested. The story list reads
every story's dossier.

Load: `newsweave serve --read-only` in its own process; `--clients` threads on keep-alive connections
send `--requests` GETs per target (the story pages cycle through the annotated stories), each target
capped at `--seconds`. The first request of each target warms the server (it builds the story
catalogue once) and is not counted. Nothing but 127.0.0.1 is ever addressed.
"""

from __future__ import annotations

import argparse
import http.client
import json
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import zlib
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from urllib.parse import quote

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from stream import sources, stream  # noqa: E402

from newsweave.pipeline import Options, analyze_documents  # noqa: E402
from newsweave.store import Store  # noqa: E402

TARGET_P99_MS = 200.0


@dataclass(slots=True)
class Load:
    requests: int
    seconds: float
    latencies_ms: list[float]
    errors: int

    def line(self, name: str) -> str:
        ms = sorted(self.latencies_ms)
        p50 = statistics.median(ms)
        p99 = ms[min(len(ms) - 1, int(len(ms) * 0.99))]
        return (f"{name:<34} {self.requests:>6} {self.requests / self.seconds:>8.1f} {p50:>8.1f} {p99:>8.1f}"
                f" {self.errors:>6}  {'ok' if p99 < TARGET_P99_MS else 'over'}")


def build_store(db: Path, documents: int, annotated: int) -> list[str]:
    """The 10k-document store (kept at `db` for reruns); returns the ids of the fully annotated stories."""
    if not db.exists():
        docs, seen = [], set()
        for doc in stream(documents * 14 // 10, sources()):
            if (doc.title, doc.text) not in seen and len(docs) < documents:
                seen.add((doc.title, doc.text))
                docs.append(doc)
        with tempfile.TemporaryDirectory() as folder:
            path = Path(folder) / "stream.jsonl"
            with path.open("w", encoding="utf-8") as out:
                for doc in docs:
                    out.write(json.dumps({"title": doc.title, "text": doc.text, "published": doc.published,
                                          "sitename": f"Wire {zlib.crc32(doc.id.encode()) % 7}"}) + "\n")
            subprocess.run([sys.executable, "-m", "newsweave", "ingest", str(path), "--db", str(db), "--no-annotate", "-q"],
                           check=True, env=_env())
    with Store(db) as store:
        times = [d.ingested for row in store.stories() for d in row.documents]
        took = datetime.fromisoformat(max(times)) - datetime.fromisoformat(min(times))
        print(f"ingest --no-annotate of {len(times)} documents: {took.total_seconds():.0f} s (first to last stored)")
        by_size = sorted(store.stories(), key=lambda row: len(row.documents))
        median = len(by_size[len(by_size) // 2].documents)
        rows = sorted(by_size, key=lambda row: (abs(len(row.documents) - median), row.id))[:annotated]
        done = 0
        started = time.perf_counter()
        for row in rows:
            dossier = store.dossier(row.id)
            if dossier and dossier["claims"]:
                continue  # annotated by an earlier run
            docs = store.documents_of(row.id)
            full = analyze_documents(docs, Options())
            full.run.inputs = list(dict.fromkeys(d.path for d in docs))
            store.save_dossier(row.id, full, {d.id for d in docs})
            done += len(docs)
        if done:
            seconds = time.perf_counter() - started
            print(f"full dossiers of the {len(rows)} requested stories: {done} documents in {seconds:.0f} s "
                  f"({seconds / done:.2f} s a document; all {store.count()} would take about "
                  f"{seconds / done * store.count() / 3600:.1f} h)", flush=True)
        print(f"store: {store.count()} documents, {store.story_count()} stories of 1 to {len(by_size[-1].documents)} "
              f"documents (median {median}); story pages requested: {len(rows)} stories of "
              f"{min(len(r.documents) for r in rows)} to {max(len(r.documents) for r in rows)} documents", flush=True)
        return [row.id for row in rows]


def _env() -> dict:
    import os

    return {**os.environ, "PYTHONPATH": str(ROOT / "src")}


def _wait(port: int, process: subprocess.Popen) -> None:
    for _ in range(600):
        if process.poll() is not None:
            raise SystemExit(f"the server on port {port} exited with {process.returncode}")
        try:
            connection = http.client.HTTPConnection("127.0.0.1", port, timeout=5)
            connection.request("GET", "/")
            connection.getresponse().read()
            return
        except OSError:
            time.sleep(0.2)
    raise SystemExit(f"no server on port {port}")


def load(port: int, paths: list[str], clients: int, requests: int, cap: float) -> Load:
    """`requests` GETs of `paths` (cycled) from `clients` threads, stopped at `cap` seconds."""
    lock = threading.Lock()
    counter = iter(range(requests))
    latencies: list[float] = []
    errors = 0
    deadline = time.perf_counter() + cap

    def client() -> None:
        nonlocal errors
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
        while time.perf_counter() < deadline:
            with lock:
                n = next(counter, None)
            if n is None:
                return
            started = time.perf_counter()
            try:
                connection.request("GET", paths[n % len(paths)])
                answer = connection.getresponse()
                answer.read()
                ok = answer.status == 200
            except OSError:
                ok = False
                connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
            elapsed = (time.perf_counter() - started) * 1000
            with lock:
                latencies.append(elapsed)
                errors += not ok

    threads = [threading.Thread(target=client) for _ in range(clients)]
    started = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return Load(len(latencies), time.perf_counter() - started, latencies, errors)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, default=Path(tempfile.gettempdir()) / "newsweave-bench-web.db",
                        help="the store (built when absent, reused when present)")
    parser.add_argument("--documents", type=int, default=10_000)
    parser.add_argument("--stories", type=int, default=10,
                        help="story pages requested: the stories nearest the median size, fully annotated")
    parser.add_argument("--clients", type=int, default=8)
    parser.add_argument("--requests", type=int, default=2000, help="requests per target")
    parser.add_argument("--seconds", type=float, default=60.0, help="time cap per target")
    parser.add_argument("--port", type=int, default=8771)
    args = parser.parse_args()
    stories = build_store(args.db, args.documents, args.stories)
    pages = {"story list": ["/"], "story pages": [f"/stories/{quote(s, safe='')}" for s in stories]}
    print(f"{args.clients} clients, {args.requests} requests per target, capped at {args.seconds:.0f} s; target p99 < "
          f"{TARGET_P99_MS:.0f} ms")
    print(f"{'':<34} {'reqs':>6} {'req/s':>8} {'p50 ms':>8} {'p99 ms':>8} {'errors':>6}")
    server = subprocess.Popen([sys.executable, "-m", "newsweave", "serve", "--db", str(args.db), "--read-only",
                               "--port", str(args.port)], env=_env(), stderr=subprocess.DEVNULL)
    with tempfile.TemporaryDirectory() as static:
        try:
            _wait(args.port, server)
            static_pages = {}
            for name, paths in pages.items():
                load(args.port, paths[:1], 1, 1, args.seconds)  # warm: the catalogue is built on the first request
                print(load(args.port, paths, args.clients, args.requests, args.seconds).line(f"newsweave serve: {name}"),
                      flush=True)
                static_pages[name] = [_save(args.port, path, Path(static), i) for i, path in enumerate(paths)]
        finally:
            server.terminate()
            server.wait()
        peer = subprocess.Popen([sys.executable, "-m", "http.server", str(args.port + 1), "--bind", "127.0.0.1",
                                 "--directory", static], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            _wait(args.port + 1, peer)
            for name, paths in static_pages.items():
                print(load(args.port + 1, paths, args.clients, args.requests, args.seconds).line(
                    f"http.server, pre-rendered: {name}"), flush=True)
        finally:
            peer.terminate()
            peer.wait()


def _save(port: int, path: str, folder: Path, index: int) -> str:
    """The page as the app renders it, written as a static file; its path on the peer."""
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    connection.request("GET", path)
    name = f"page{index}-{'list' if path == '/' else 'story'}.html"
    (folder / name).write_bytes(connection.getresponse().read())
    return f"/{name}"


if __name__ == "__main__":
    main()
