"""The app factory: one FastAPI app over one store, its data folders and its job runner.

Pages (pages.py) and the JSON API (api.py) share one `Context` (context.py): the store (one SQLite
connection per server thread, since a connection belongs to the thread that opened it), the story
catalogue, the data folders and the jobs. No interactive API docs are mounted (they load their script from a
CDN); the OpenAPI description is at /openapi.json.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

from fastapi import FastAPI
from fastapi.staticfiles import StaticFiles

from newsweave import __version__
from newsweave.store import Store
from newsweave.web import api, pages
from newsweave.web.context import Context, ServerConfig
from newsweave.web.headers import SecurityHeaders

STATIC = Path(__file__).parent / "static"


def create_app(config: ServerConfig) -> FastAPI:
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
