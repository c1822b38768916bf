"""The local executor: a per-document function over documents, inline or in worker processes.

Per-document stages are pure functions of one document (DESIGN.md), so they parallelise by
plain mapping; results keep the input order so output is deterministic whatever the workers.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from typing import TypeVar

A = TypeVar("A")
B = TypeVar("B")

# Documents sent to a worker at a time: per-document work is ~1 ms, so batches amortise pickling.
CHUNK_SIZE = 64


def map_ordered(fn: Callable[[A], B], items: Iterable[A], workers: int = 1) -> Iterator[B]:
    """`fn` over `items` in order; `workers` > 1 spreads the work over that many processes."""
    if workers <= 1:
        yield from map(fn, items)
        return
    with ProcessPoolExecutor(max_workers=workers) as pool:
        yield from pool.map(fn, items, chunksize=CHUNK_SIZE)
