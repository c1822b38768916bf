"""The local executor: a per-document function over documents, inline or in worker processes.

Per-document stages are pure functions of one document (DESIGN.md), so they parallelise by
plain mapping; results keep the input order so output is deterministic whatever the workers.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from typing import TypeVar
from newsweave import settings

A = TypeVar("A")
B = TypeVar("B")



def map_ordered(fn: Callable[[A], B], items: Iterable[A], workers: int = 1) -> Iterator[B]:
    """`fn` over `items` in order; `workers` > 1 spreads the work over that many processes.

    Each worker process starts with the caller's settings in force (a context variable does not cross
    processes).
    """
    if workers <= 1:
        yield from map(fn, items)
        return
    in_force = settings.current()
    with ProcessPoolExecutor(max_workers=workers, initializer=settings.install, initargs=(in_force,)) as pool:
        yield from pool.map(fn, items, chunksize=in_force.engine.chunk_size)
