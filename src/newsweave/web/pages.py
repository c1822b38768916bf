"""The HTML pages: story list, story, document, entity, analyse form and job progress.

Server-rendered from Jinja2 templates with autoescaping on for everything (article text is untrusted);
the story page reuses the HTML report's view (render/view.py) and its pictures (pictures.html.j2).
Citations link to the cited sentence in its document page, where `:target` highlights it.
"""

from __future__ import annotations

import math
from collections import Counter
from functools import lru_cache
from urllib.parse import quote, urlencode

from fastapi import APIRouter, Depends, HTTPException, Request
from fastapi.responses import HTMLResponse, RedirectResponse
from fastapi.templating import Jinja2Templates
from jinja2 import ChoiceLoader, Environment, PackageLoader, StrictUndefined

from newsweave import settings
from newsweave.model import Document, Dossier, from_dict
from newsweave.render.view import anchor, build_view, segments
from newsweave.web.context import Context, context
from newsweave.web.catalog import SORTS
from newsweave.web.entities import entity_report
from newsweave.web.folders import Refused
from newsweave.web.uploads import start_analysis

router = APIRouter(include_in_schema=False)


@lru_cache(maxsize=1)
def templates() -> Jinja2Templates:
    env = Environment(
        loader=ChoiceLoader([PackageLoader("newsweave.web", "templates"), PackageLoader("newsweave.render", "templates")]),
        autoescape=True,  # every template, whatever its name
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["q"] = lambda text: quote(str(text), safe="")
    env.globals["anchor"] = anchor
    return Jinja2Templates(env=env)


def page(request: Request, name: str, status: int = 200, **values) -> HTMLResponse:
    ctx = context(request)
    return templates().TemplateResponse(request, name, {"read_only": ctx.config.read_only, **values}, status_code=status)


def _dossier(ctx: Context, story: str) -> Dossier:
    found = ctx.store().dossier(story)
    if found is None:
        raise HTTPException(404, f"{story}: no such story, or its dossier is not computed yet")
    return from_dict(Dossier, found)


@router.get("/", response_class=HTMLResponse)
def story_list(request: Request, q: str = "", entity: str = "", sort: str = "recent", page_number: int = 1,
               ctx: Context = Depends(context)):
    sort = sort if sort in SORTS else "recent"
    found = ctx.stories.search(ctx.store(), ctx.version(), q, entity, sort)
    size = ctx.config.settings.web.page_size
    pages = max(1, math.ceil(len(found) / size))
    number = min(max(page_number, 1), pages)
    link = {"q": q, "entity": entity, "sort": sort}
    return page(request, "list.html.j2", stories=found[(number - 1) * size:number * size], total=len(found), q=q,
                entity=entity, sort=sort, sorts=SORTS, number=number, pages=pages,
                previous=urlencode({**link, "page_number": number - 1}), next=urlencode({**link, "page_number": number + 1}))


@router.get("/stories/{story}", response_class=HTMLResponse)
def story_page(request: Request, story: str, claims: str = "", ctx: Context = Depends(context)):
    """The story; its claims numbered as in the claims x sources picture, the best supported
    `[web] story_claims` and every disputed one unless `claims=all`. Served from the page cache until
    the store changes."""
    key = (story, claims == "all", ctx.version())
    return HTMLResponse(ctx.pages.get(key, lambda: _story_page(request, story, claims == "all", ctx)))


def _story_page(request: Request, story: str, every_claim: bool, ctx: Context) -> bytes:
    dossier = _dossier(ctx, story)
    with settings.use(ctx.config.settings):
        view = build_view(dossier)
    summary = ctx.stories.catalogue(ctx.store(), ctx.version()).by_id.get(story)
    shown = ctx.config.settings.web.story_claims
    listed = [(n, c) for n, c in enumerate(dossier.claims, 1) if every_claim or n <= shown or c.label == "disputed"]
    return page(request, "story.html.j2", story=story, summary=summary, view=view, d=dossier, claims=listed).body


@router.get("/stories/{story}/documents/{doc}", response_class=HTMLResponse)
def document_page(request: Request, story: str, doc: str, removed: bool = False, mark: str = "",
                  ctx: Context = Depends(context)):
    """A document's cleaned text, claim sentences anchored (a citation's target) and `mark=START-END`
    (a quote) highlighted; its removed lines when `removed` is asked for."""
    dossier = _dossier(ctx, story)
    document = next((d for d in dossier.documents if d.id == doc), None)
    if document is None:
        raise HTTPException(404, f"{story}/{doc}: no such document")
    spans = {(m.start, m.end) for c in dossier.claims for m in (*c.members, *c.denials) if m.doc == doc}
    marked = _span(mark, document)
    if marked:  # the requested span takes the place of the claim sentences it overlaps
        spans = {s for s in spans if s[1] <= marked[0] or s[0] >= marked[1]} | {marked}
    copies = [r for r in dossier.relations if doc in (r.copy, r.original)]
    titles = {d.id: d.title or d.id for d in dossier.documents}
    return page(request, "document.html.j2", story=story, doc=document, segments=segments(document, spans),
                removed=removed, marked=anchor(doc, marked[0]) if marked else "", copies=copies, titles=titles,
                reasons=Counter(line.reason for line in document.removed).most_common())


def _span(mark: str, document: Document) -> tuple[int, int] | None:
    start, _, end = mark.partition("-")
    if not (start.isdigit() and end.isdigit()) or not int(start) < int(end) <= len(document.text):
        return None
    return int(start), int(end)


@router.get("/entities", response_class=HTMLResponse)
def entity_page(request: Request, name: str = "", ctx: Context = Depends(context)):
    if not name.strip():
        return RedirectResponse("/", status_code=303)
    return page(request, "entity.html.j2", report=entity_report(ctx, name))


@router.get("/analyse", response_class=HTMLResponse)
def analyse_form(request: Request, ctx: Context = Depends(context)):
    return page(request, "analyse.html.j2", roots=ctx.folders.roots, limits=ctx.config.settings.web, error="",
                jobs=ctx.jobs.all(), status=403 if ctx.config.read_only else 200)


@router.post("/analyse", response_class=HTMLResponse)
async def analyse(request: Request, ctx: Context = Depends(context)):
    try:
        job = await start_analysis(ctx, request)
    except Refused as error:
        return page(request, "analyse.html.j2", roots=ctx.folders.roots, limits=ctx.config.settings.web,
                    error=str(error), jobs=ctx.jobs.all(), status=error.status)
    return RedirectResponse(f"/jobs/{job.id}", status_code=303)


@router.get("/jobs/{job}", response_class=HTMLResponse)
def job_page(request: Request, job: str, ctx: Context = Depends(context)):
    found = ctx.jobs.get(job)
    if found is None:
        raise HTTPException(404, f"{job}: no such job")
    return page(request, "job.html.j2", job=found, poll_ms=ctx.config.settings.web.poll_ms)
