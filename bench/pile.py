"""A pile of unrelated real pages through one whole `newsweave analyze`: time, memory, growth.

Issue 14's targets: the 303 plain-text dumps under ../shared/eval/extraction/*/plaintext in one run
exit 0 with a dossier and a report and peak memory under 2.5 GB, and 3x the pages cost less than
4x the time. Pages are taken in a fixed order: the plain-text dumps (303), then the same sites'
HTML pages (`extraction/*/html/*.html.gz`, 303), then the DUC 2006 dev reports (625 LDC SGML
files, read as they are), so `--pages 1000` is 1,000 real pages.

Each size runs `newsweave analyze DIR -o OUT -q` in its own process (onnxruntime and BLAS held to
one thread, as the other benchmarks); the figures are that process's wall and CPU seconds and its
peak RSS (`os.wait4`), the exit status, and the stories the pile was filed under ("written": the
dossier and report of one story, or index.json and index.html of several).

`python bench/pile.py` runs 100 and 303 pages; `python bench/pile.py 100 303 1000` picks sizes.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "src")]

from eval.common import dataset  # noqa: E402

DEFAULT_SIZES = (100, 303)
PEAK_TARGET_MB = 2500  # 303 pages, issue 14
GROWTH_TARGET = 4.0  # time ratio for 3x the pages, issue 14


def pages(folder: Path, wanted: int) -> int:
    """Link (or write) the first `wanted` real pages into `folder`; returns how many there were."""
    extraction = dataset("extraction", "scrapinghub")
    if extraction is None:
        raise SystemExit("../shared/eval/extraction is absent: nothing to benchmark")
    root = extraction.parent
    sources = sorted(root.glob("*/plaintext/*")) + sorted(root.glob("*/html/*.html.gz"))
    count = 0
    for source in sources[:wanted]:
        (folder / f"{count:04d}-{source.parent.parent.name}-{source.name}").symlink_to(source)
        count += 1
    duc = dataset("summarization", "duc2006-dev")
    if count < wanted and duc is not None:
        for path in sorted((duc / "docs").glob("*/*")):
            if count >= wanted:
                break
            (folder / f"{count:04d}-duc-{path.name}").symlink_to(path)
            count += 1
    return count


def run(size: int) -> dict:
    """One `newsweave analyze` of `size` pages in a child process: its figures."""
    with tempfile.TemporaryDirectory(prefix=f"pile{size}-") as tmp:
        folder, out = Path(tmp) / "in", Path(tmp) / "out"
        folder.mkdir()
        found = pages(folder, size)
        env = {**os.environ, "OMP_NUM_THREADS": "1", "OPENBLAS_NUM_THREADS": "1", "MKL_NUM_THREADS": "1"}
        started = time.perf_counter()
        child = subprocess.Popen([str(Path(sys.executable).with_name("newsweave")), "analyze", str(folder), "-o", str(out), "-q"],
                                 env=env, stderr=subprocess.PIPE, text=True)
        stderr = child.stderr.read() if child.stderr else ""
        _, status, usage = os.wait4(child.pid, 0)
        wall = time.perf_counter() - started
        several = (out / "index.json").exists()
        written = ("index.json", "index.html") if several else ("dossier.json", "report.html")
        return {
            "pages": found, "wall": wall, "cpu": usage.ru_utime + usage.ru_stime, "peak_mb": usage.ru_maxrss / 1024,
            "exit": os.waitstatus_to_exitcode(status), "written": all((out / n).exists() for n in written),
            "stories": len(json.loads((out / "index.json").read_text())["stories"]) if several else 1,
            "traceback": "Traceback" in stderr, "stderr": stderr.strip().splitlines()[-3:],
        }


def main(argv: list[str]) -> int:
    sizes = [int(a) for a in argv] or list(DEFAULT_SIZES)
    rows = []
    print(f"{'pages':>6} {'stories':>8} {'wall s':>8} {'cpu s':>8} {'peak MB':>8} {'exit':>5} {'written':>8} {'traceback':>10}")
    for size in sizes:
        r = run(size)
        rows.append(r)
        print(f"{r['pages']:>6} {r['stories']:>8} {r['wall']:>8.1f} {r['cpu']:>8.1f} {r['peak_mb']:>8.0f} {r['exit']:>5} {r['written']!s:>8} {r['traceback']!s:>10}",
              flush=True)
        for line in r["stderr"] if r["exit"] or r["traceback"] else ():
            print(f"       {line}")
    for small, large in zip(rows, rows[1:]):
        print(f"{large['pages'] / small['pages']:.1f}x the pages: {large['wall'] / small['wall']:.2f}x the wall time, "
              f"{large['cpu'] / small['cpu']:.2f}x the CPU time, {large['peak_mb'] / small['peak_mb']:.2f}x the peak memory")
    ok = all(r["exit"] == 0 and r["written"] and not r["traceback"] for r in rows)
    ok &= all(r["peak_mb"] < PEAK_TARGET_MB for r in rows if r["pages"] <= 303)
    ok &= all(large["cpu"] / small["cpu"] < GROWTH_TARGET * (large["pages"] / small["pages"]) / 3
              for small, large in zip(rows, rows[1:]))
    print("targets (exit 0, dossier and report, no traceback, < 2.5 GB up to 303 pages, 3x pages < 4x time):",
          "met" if ok else "NOT met")
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
