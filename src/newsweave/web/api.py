"""The JSON API: the store's commands (`stories`, `show`, `updates`) and the dossier's parts, entities
across stories, data folders and analysis jobs. FastAPI describes it at /openapi.json.

A dossier is returned as its dossier.json content (schema: `newsweave schema`), exactly as
`newsweave show STORY --json` prints it.
"""

from __future__ import annotations

from dataclasses import asdict
from typing import Any, Literal

from fastapi import APIRouter, Depends, HTTPException, Query, Request
from fastapi.responses import JSONResponse
from pydantic import BaseModel

from newsweave.model import to_dict
from newsweave.store import as_ingest_time
from newsweave.web.context import Context, context
from newsweave.web.catalog import SORTS, StorySummary
from newsweave.web.entities import entity_report
from newsweave.web.folders import Refused
from newsweave.web.uploads import start_analysis

router = APIRouter(prefix="/api", tags=["api"])
Sort = Literal[SORTS]  # type: ignore[valid-type]


class StoryItem(BaseModel):
    id: str
    title: str
    documents: int
    sources: list[str]
    first: str | None
    last: str | None
    ingested: str
    claims: int
    disputed: int
    single_source: int
    computed: bool
    entities: list[str]


class JobItem(BaseModel):
    id: str
    source: str
    files: int
    state: Literal["queued", "running", "done", "failed"]
    read: int
    stored: int
    known: int
    skipped: list[dict[str, str]]
    new_stories: list[dict[str, str]]
    updated_stories: list[dict[str, str]]
    error: str
    seconds: float


def item(summary: StorySummary) -> dict[str, Any]:
    fields = asdict(summary)
    fields.pop("words")
    return fields


def refusal(error: Refused) -> JSONResponse:
    return JSONResponse({"detail": str(error)}, status_code=error.status)


@router.get("/stories", response_model=list[StoryItem], summary="The stories, searched and sorted")
def stories(ctx: Context = Depends(context), q: str = "", entity: str = "", sort: Sort = "recent") -> list[dict]:
    """Stories holding every word of `q` (titles, brief, entity names) and an entity whose name or alias
    contains `entity`; sorted by the latest publication date, the number of documents, or disputed claims."""
    return [item(s) for s in ctx.stories.search(ctx.store(), ctx.version(), q, entity, sort)]


@router.get("/stories/{story}", summary="One story's dossier (`newsweave show STORY --json`)")
def dossier(story: str, ctx: Context = Depends(context)) -> dict:
    found = ctx.store().dossier(story)
    if found is None:
        raise HTTPException(404, f"{story}: no such story, or its dossier is not computed yet")
    return found


@router.get("/stories/{story}/documents", summary="A story's documents as stored (`newsweave stories --json`)")
def documents(story: str, ctx: Context = Depends(context)) -> list[dict]:
    rows = [row for row in ctx.store().stories() if row.id == story]
    if not rows:
        raise HTTPException(404, f"{story}: no such story")
    return to_dict(rows[0].documents)


@router.get("/stories/{story}/documents/{doc}", summary="One document of a story, cleaned, with its removed lines")
def document(story: str, doc: str, ctx: Context = Depends(context)) -> dict:
    for d in (ctx.store().dossier(story) or {}).get("documents", []):
        if d["id"] == doc:
            return d
    raise HTTPException(404, f"{story}/{doc}: no such document")


@router.get("/updates", summary="What arrived after a time (`newsweave updates --since TIME --json`)")
def updates(since: str = Query(description="ISO 8601, UTC unless it names a zone"), ctx: Context = Depends(context)) -> list[dict]:
    try:
        moment = as_ingest_time(since)
    except ValueError:
        raise HTTPException(422, f"since wants an ISO 8601 time such as 2026-12-04T09:00, got {since!r}") from None
    return ctx.store().updates(moment)


@router.get("/entities", summary="An entity across stories: each story naming it, and every quote of theirs")
def entity(name: str = Query(min_length=1), ctx: Context = Depends(context)) -> dict:
    return to_dict(entity_report(ctx, name))


@router.get("/folders", summary="The data folders, or the files of a folder under one (never outside it)")
def folders(root: int | None = None, folder: str = "", ctx: Context = Depends(context)):
    if root is None:
        return [{"root": i, "path": str(p)} for i, p in enumerate(ctx.folders.roots)]
    try:
        listing = ctx.folders.files(root, folder or ".", ctx.config.settings.web.max_folder_files)
    except Refused as error:
        return refusal(error)
    base = ctx.folders.roots[root]
    return {"root": root, "folder": str(listing.folder.relative_to(base)),
            "files": [str(p.relative_to(base)) for p in listing.files],
            "refused": [{"path": p, "reason": why} for p, why in listing.refused]}


@router.post("/jobs", status_code=202, response_model=JobItem, summary="Analyse uploaded files or a data folder",
             openapi_extra={"requestBody": {"content": {"multipart/form-data": {"schema": {
                 "type": "object", "properties": {
                     "files": {"type": "array", "items": {"type": "string", "format": "binary"}},
                     "root": {"type": "integer", "description": "number of the data folder (GET /api/folders)"},
                     "folder": {"type": "string", "description": "a folder under that data folder"}}}}}}})
async def start(request: Request, ctx: Context = Depends(context)):
    """Multipart form: `files` (repeatable), or `root` and `folder`. Refused in read-only mode (403), past
    the upload limits (413), or for a folder outside the data folders (403)."""
    try:
        job = await start_analysis(ctx, request)
    except Refused as error:
        return refusal(error)
    return asdict(job)


@router.get("/jobs", response_model=list[JobItem], summary="Analysis jobs, newest first")
def jobs(ctx: Context = Depends(context)) -> list[dict]:
    return [asdict(job) for job in ctx.jobs.all()]


@router.get("/jobs/{job}", response_model=JobItem, summary="One analysis job's progress (the job page polls it)")
def job(job: str, ctx: Context = Depends(context)) -> dict:
    found = ctx.jobs.get(job)
    if found is None:
        raise HTTPException(404, f"{job}: no such job")
    return asdict(found)
