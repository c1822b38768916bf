"""Executors: run a per-document function over many documents, in this process, in processes, or on Dask."""
