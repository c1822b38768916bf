"""The Dask executor: pure functions mapped over a Dask cluster, results gathered in input order.

What an ingest sends (ingest.py): per document, cleaning and the clusterer's `prepare` (language
identification and term weights) in one function, `[engine] chunk_size` documents a task (a chunk
amortises scheduling and pickling; a document travels once each way); per story, the whole dossier of
each story `ingest._refresh` recomputes, one task per story. These are the same functions the local engine runs,
so a run gives the same documents, stories and dossiers.

What stays on the client, and why: the assignment of each document to a story. It reads and changes
the active stories, and it is blocked: a document is scored only against the stories of its language
that share one of its terms (the clusterer's index is keyed by language and term), never all pairs.
The language blocks are not run apart on workers: they share the hashed document frequencies, the
clock that sends stories dormant and the `max_active` bound, so only the stream's order gives the local
engine's stories; the store commits each batch's documents with the state they leave (a killed
ingest resumes from it), so a block's state would come back every batch; and a one-language stream,
the usual one, is a single block. On bench/stream.py's stream the assignment costs about 1.3 ms a
document and `prepare` about 0.8 ms (load 16), which the workers take.
`dask[distributed]` is the extra `newsweave[dask]`: imported only when this engine starts.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from typing import Any, TypeVar

from newsweave import settings

A = TypeVar("A")
B = TypeVar("B")

INSTALL_HINT = "--engine dask needs: pip install 'newsweave[dask]'"


class DaskMissing(RuntimeError):
    """dask[distributed] is not installed: the message says how to install it."""


class DaskEngine:
    """A Dask client, with the LocalCluster it started when no scheduler address was given.

    Use it as a context manager so the client (and any cluster it started) shut down with the run.
    """

    def __init__(self, address: str | None = None, workers: int = 1, processes: bool = True) -> None:
        try:
            from dask.distributed import Client, LocalCluster
        except ImportError:
            raise DaskMissing(INSTALL_HINT) from None
        self._cluster = None
        if address is None:
            self._cluster = LocalCluster(n_workers=max(1, workers), threads_per_worker=1, processes=processes,
                                         dashboard_address=None)
            address = self._cluster.scheduler_address
        self.client = Client(address)

    def __call__(self, fn: Callable[[A], B], items: Sequence[A], chunk_size: int | None = None) -> Iterator[B]:
        """`fn` over `items` on the cluster, in order, `chunk_size` items a task (None: `[engine]
        chunk_size`, for per-document work; 1 for a heavy unit such as a story's dossier); each task runs
        with the caller's settings in force."""
        items = list(items)
        if not items:
            return iter(())
        in_force = settings.current()
        size = chunk_size or in_force.engine.chunk_size
        chunks = [items[i:i + size] for i in range(0, len(items), size)]
        futures = self.client.map(_run_chunk, [fn] * len(chunks), [in_force] * len(chunks), chunks, pure=False)
        return (result for future in futures for result in future.result())

    def close(self) -> None:
        self.client.close()
        if self._cluster is not None:
            self._cluster.close()

    def __enter__(self) -> DaskEngine:
        return self

    def __exit__(self, *exc: Any) -> None:
        self.close()


def _run_chunk(fn: Callable[[A], B], in_force: settings.Settings, chunk: list[A]) -> list[B]:
    """One task: a worker's thread has no settings of its own (a context variable does not travel)."""
    with settings.use(in_force):
        return [fn(item) for item in chunk]
