"""What every request handler reads (`Context`): the configuration, the store, the catalogue, folders and jobs.

Its own module so that the app (app.py) imports the routers (api.py, pages.py) and the routers import
the context, without a loop.
"""

from __future__ import annotations

import sqlite3
import threading
from dataclasses import dataclass, field
from pathlib import Path

from fastapi import Request

from newsweave import settings
from newsweave.store import Store
from newsweave.web.cache import PageCache
from newsweave.web.catalog import Stories
from newsweave.web.folders import DataFolders
from newsweave.web.jobs import Jobs


@dataclass(slots=True)
class ServerConfig:
    db: Path
    data_dirs: list[Path] = field(default_factory=list)
    read_only: bool = False
    settings: settings.Settings = settings.DEFAULTS
    uploads: Path | None = None  # where uploaded files are kept; None: beside the store, `<db>.uploads`


class Context:
    """What every request handler reads: the configuration, the store, the catalogue, folders and jobs."""

    def __init__(self, config: ServerConfig) -> None:
        self.config = config
        self.stories = Stories()
        self.pages = PageCache(config.settings.web.page_cache)
        self.folders = DataFolders(config.data_dirs)
        self.jobs = Jobs(config.db, config.uploads or config.db.with_name(config.db.name + ".uploads"))
        self._local = threading.local()
        # One connection that only watches: `PRAGMA data_version` is per connection, so versions read on
        # the threads' own connections could not be compared; this one's changes on every commit of any other.
        self._watch = sqlite3.connect(config.db, check_same_thread=False)
        self._watch_lock = threading.Lock()

    def version(self) -> int:
        """The store's version: it changes whenever anything is committed to it (an ingest)."""
        with self._watch_lock:
            return self._watch.execute("PRAGMA data_version").fetchone()[0]

    def store(self) -> Store:
        """This thread's connection to the store."""
        store = getattr(self._local, "store", None)
        if store is None:
            store = self._local.store = Store(self.config.db, busy_timeout_ms=self.config.settings.store.busy_timeout_ms)
        return store


def context(request: Request) -> Context:
    return request.app.state.web
