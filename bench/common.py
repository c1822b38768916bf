"""Benchmark plumbing: run each contender in a fresh process so peak memory is its own.

`python bench/X.py` runs every contender of X through `compare`, which starts a child
process per contender (`python bench/X.py --one NAME`) and prints one table. Figures are CPU
seconds of the child (process time: steady on a machine shared with other work, and equal to
wall time for single-threaded work), items per CPU second, and the child's peak RSS.
"""

from __future__ import annotations

import json
import resource
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def run_one(contenders: dict[str, Callable[[], int | tuple[int, float]]], name: str) -> None:
    """Child side: run one contender, print its figures as JSON.

    A contender returns its item count, or (items, seconds) when only part of its work is
    the thing measured (set-up such as loading a model excluded on both sides alike).
    """
    started = time.process_time()
    result = contenders[name]()
    items, seconds = result if isinstance(result, tuple) else (result, time.process_time() - started)
    print(json.dumps({"name": name, "items": items, "seconds": seconds, "peak_mb": peak_mb()}))


def peak_mb() -> float:
    """This process's peak RSS in MB. On Linux VmHWM, the high-water mark of the process's own memory:
    ru_maxrss keeps, through fork and exec, the peak of the parent the process was started from (a
    benchmark parent that generated 100k articles gave each child its 560 MB)."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def compare(script: str, names: list[str], unit: str, extra: list[str] | None = None) -> list[dict]:
    """Parent side: each contender in its own process; prints and returns the table rows."""
    rows = []
    for name in names:
        out = subprocess.run(
            [sys.executable, script, "--one", name, *(extra or [])],
            check=True, capture_output=True, text=True, cwd=ROOT,
        ).stdout.strip().splitlines()[-1]
        rows.append(json.loads(out))
    print(f"{'contender':<40} {unit + '/s':>12} {'cpu s':>9} {unit:>8} {'peak MB':>9}")
    for r in rows:
        print(f"{r['name']:<40} {r['items'] / r['seconds']:>12.0f} {r['seconds']:>9.2f} {r['items']:>8} {r['peak_mb']:>9.0f}")
    return rows


def main(contenders: dict[str, Callable[[], int | tuple[int, float]]], script: str, unit: str) -> dict[str, dict]:
    """Entry point of a benchmark script: `--one NAME` in the child, the whole table otherwise."""
    if "--one" in sys.argv:
        run_one(contenders, sys.argv[sys.argv.index("--one") + 1])
        return {}
    return {r["name"]: r for r in compare(script, list(contenders), unit)}
