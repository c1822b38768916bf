"""Online story clustering cost for N = 1k, 10k, 100k generated articles (`--sizes` to choose).

The stream is built from real sentences: the DUC 2006 dev documents (../shared/eval). Each story
starts from one DUC article (its lead and a random draw of its sentences) and then gets copies
(the same text), rewrites (sentences dropped and reordered, a new title) and follow-ups (later
sentences of the same article plus sentences of another article of its topic), spread over a few
days; 300 articles arrive a day, so stories go dormant and the active window stays the same size
whatever N is. Each size runs in its own process: CPU seconds of clustering alone (generation
excluded), articles per second, the process's peak RSS, the clusterer's state size, and the growth
ratio against the previous size (10x the articles must cost < 12x the time).
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import subprocess
import sys
import time
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from eval.common import dataset  # noqa: E402
from eval.summarization import read_duc_document  # noqa: E402
from newsweave.cluster import StoryClusterer  # noqa: E402
from newsweave.model import Document  # noqa: E402

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


def one(n: int) -> None:
    docs = stream(n, sources())
    clusterer = StoryClusterer()
    started = time.process_time()
    clusterer.add_many(docs)
    seconds = time.process_time() - started
    state = len(json.dumps(clusterer.to_state()))
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({"n": n, "seconds": seconds, "peak_mb": peak, "state_kb": state / 1024,
                      "active": len(clusterer.to_state()["stories"]),
                      "opened": sum(e.kind == "open" for e in clusterer.events)}))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1000,10000,100000", help="comma-separated article counts")
    parser.add_argument("--one", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        one(args.one)
        return
    print(f"{'articles':>9} {'cpu s':>8} {'art/s':>8} {'peak MB':>8} {'state KB':>9} {'active':>7} {'stories':>8} {'growth':>7}")
    previous = None
    for n in [int(s) for s in args.sizes.split(",")]:
        out = subprocess.run([sys.executable, __file__, "--one", str(n)], capture_output=True, text=True, check=True)
        row = json.loads(out.stdout.strip().splitlines()[-1])
        growth = ""
        if previous:
            growth = f"{(row['seconds'] / previous['seconds']) / (n / previous['n']) * 10:.1f}x/10x"
        print(f"{n:>9} {row['seconds']:>8.1f} {n / row['seconds']:>8.0f} {row['peak_mb']:>8.0f} "
              f"{row['state_kb']:>9.0f} {row['active']:>7} {row['opened']:>8} {growth:>7}", flush=True)
        previous = row


if __name__ == "__main__":
    main()
