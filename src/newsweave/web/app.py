"""The app factory: one FastAPI app over one store, its data folders and its job runner.

Pages (pages.py) and the JSON API (api.py) share one `Context`: the store (one SQLite connection
per server thread, since a connection belongs to the thread that opened it), the story catalogue,
the data folders and the jobs. No interactive API docs are mounted (they load their script from a
CDN); the OpenAPI description is at /openapi.json.
"""

from __future__ import annotations

import threading
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.staticfiles import StaticFiles

from newsweave import __version__, settings
from newsweave.store import Store
from newsweave.web.catalog import Stories
from newsweave.web.folders import DataFolders
from newsweave.web.headers import SecurityHeaders
from newsweave.web.jobs import Jobs

STATIC = Path(__file__).parent / "static"


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
        self.folders = DataFolders(config.data_dirs)
        self.jobs = Jobs(config.db, config.uploads or config.db.with_name(config.db.name + ".uploads"))
        self._local = threading.local()

    def store(self) -> Store:
        """This thread's connection to the store."""
        store = getattr(self._local, "store", None)
        if store is None:
            store = self._local.store = Store(self.config.db, busy_timeout_ms=self.config.settings.store.busy_timeout_ms)
        return store


def context(request: Request) -> Context:
    return request.app.state.web


def create_app(config: ServerConfig) -> FastAPI:
    from newsweave.web import api, pages

    Store(config.db).close()  # create or migrate the store before the first request

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        yield
        app.state.web.jobs.close()

    app = FastAPI(title="newsweave", version=__version__, docs_url=None, redoc_url=None, lifespan=lifespan,
                  description="Stories of a newsweave store, their dossiers, and analyses started from the browser.")
    app.state.web = Context(config)
    app.add_middleware(SecurityHeaders)
    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    app.include_router(api.router)
    app.include_router(pages.router)
    return app
