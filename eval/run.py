"""`make eval`: every evaluation in one run, one table, and the gate on pinned floors.

Each task module's `run()` scores newsweave beside its peers with one scorer. The gate
(trafilatura's model) fails the run when one of our figures drops below its floor in
eval/floors.json; a task whose data set is absent is reported as skipped, not failed.
"""

from __future__ import annotations

import importlib
import json
import sys
import time
from pathlib import Path

from eval.common import Results, Score, Skip

TASKS = ("eval.encoding", "eval.extraction", "eval.metadata", "eval.attribution", "eval.stance", "eval.claims",
         "eval.summarization", "eval.pyramid", "eval.clustering", "eval.timeline")
FLOORS = Path(__file__).with_name("floors.json")


def main(argv: list[str]) -> int:
    wanted = [t for t in TASKS if not argv or any(a in t for a in argv)]
    floors = json.loads(FLOORS.read_text())  # read first: a broken gate should fail before the long run
    results: Results = []
    for name in wanted:
        started = time.perf_counter()
        results.extend(importlib.import_module(name).run())
        print(f"[{name} took {time.perf_counter() - started:.0f}s]", file=sys.stderr)
    print(format_table(results))
    failures = check_floors(results, floors)
    for line in failures:
        print(f"FLOOR: {line}")
    return 1 if failures else 0


def format_table(results: Results) -> str:
    """One plain-text table: task, system, metrics; ours marked with '*'."""
    lines = [f"{'task':<28} {'system':<34} metrics", "-" * 100]
    for r in results:
        if isinstance(r, Skip):
            lines.append(f"{r.task:<28} {'(skipped)':<34} {r.reason}")
            continue
        metrics = "  ".join(f"{k}={v:.3f}" if isinstance(v, float) else f"{k}={v}" for k, v in r.metrics.items())
        lines.append(f"{r.task:<28} {('* ' if r.ours else '  ') + r.system:<34} {metrics}")
    return "\n".join(lines)


def check_floors(results: Results, floors: dict[str, dict[str, dict[str, float]]]) -> list[str]:
    """Our figures below their floors (task -> system -> metric -> floor), as readable lines.

    A task that did not run here (data set absent) is not a failure; a gated row missing from a
    task that did run is.
    """
    ran = {r.task for r in results if isinstance(r, Score)}
    ours = {(r.task, r.system): r for r in results if isinstance(r, Score) and r.ours}
    failures = []
    for task, systems in floors.items():
        if task not in ran:
            continue
        for system, metrics in systems.items():
            score = ours.get((task, system))
            for metric, floor in metrics.items():
                value = score.metrics.get(metric) if score else None
                if value is None or value < floor:
                    failures.append(f"{task} / {system}: {metric} = {value} is below the floor {floor}")
    return failures


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
