"""An analysis request from the browser or the API: uploaded files or a named data folder, checked
against the server's limits ([web] settings) and mode before anything is kept, then handed to the jobs.

Every refusal says which limit or rule it hit, so a user knows what to change.
"""

from __future__ import annotations

import shutil
import uuid
from urllib.parse import urlsplit

from fastapi import Request
from starlette.exceptions import HTTPException
from starlette.datastructures import UploadFile

from newsweave.web.context import Context
from newsweave.web.folders import Refused
from newsweave.web.jobs import Job, safe_name

PART_OVERHEAD = 64 * 1024  # multipart headers and boundaries around each file, generously


async def start_analysis(ctx: Context, request: Request) -> Job:
    """A running job for the request, or Refused (with the HTTP status to answer)."""
    limits = ctx.config.settings.web
    if ctx.config.read_only:
        raise Refused("this server is read-only (--read-only): it takes no uploads and starts no analysis")
    origin = request.headers.get("origin")
    if origin and urlsplit(origin).netloc != request.headers.get("host"):
        raise Refused(f"a page of {origin} may not start an analysis here (cross-site request)")
    cap = limits.max_upload_files * (limits.max_upload_bytes + PART_OVERHEAD)
    length = request.headers.get("content-length", "")
    if length.isdigit() and int(length) > cap:
        raise Refused(f"the request is {int(length):,} bytes; an upload may hold at most {limits.max_upload_files} files "
                      f"of {limits.max_upload_bytes:,} bytes ([web] max_upload_files, max_upload_bytes)", 413)
    try:
        form = await request.form(max_files=limits.max_upload_files, max_fields=20)
    except HTTPException as error:
        too_many = "files" in str(error.detail).lower()
        raise Refused(f"{error.detail} ([web] max_upload_files is {limits.max_upload_files})" if too_many
                      else f"the form could not be read: {error.detail}", 413 if too_many else 400) from None
    files = [f for f in form.getlist("files") if isinstance(f, UploadFile) and f.filename]
    folder = str(form.get("folder") or "").strip()
    if files and folder:
        raise Refused("send files or name a folder, not both", 400)
    if files:
        return _uploaded(ctx, files)
    if folder:
        return _folder(ctx, str(form.get("root") or "0"), folder)
    raise Refused("choose files to upload, or name a folder under one of the server's data folders", 400)


def _uploaded(ctx: Context, files: list[UploadFile]) -> Job:
    limit = ctx.config.settings.web.max_upload_bytes
    large = [f"{f.filename} ({f.size:,} bytes)" for f in files if (f.size or 0) > limit]
    if large:
        raise Refused(f"{', '.join(large)}: larger than the {limit:,} bytes a file may have ([web] max_upload_bytes)", 413)
    job_id, dest = ctx.jobs.upload_folder()
    paths = []
    for index, upload in enumerate(files):
        path = dest / safe_name(upload.filename or "", index)
        with path.open("wb") as out:
            shutil.copyfileobj(upload.file, out)
        paths.append(path)
    return ctx.jobs.start(job_id, f"upload of {len(paths)} file{'s' * (len(paths) != 1)}", paths, [])


def _folder(ctx: Context, root: str, name: str) -> Job:
    if not ctx.folders.roots:
        raise Refused("this server reads no folder: it was started without --data-dir")
    if not root.isdigit():
        raise Refused(f"root must be the number of a data folder, got {root!r}", 400)
    listing = ctx.folders.files(int(root), name, ctx.config.settings.web.max_folder_files)
    refused = [{"path": path, "reason": "outside-data-folder", "detail": why} for path, why in listing.refused]
    if not listing.files:
        raise Refused(f"{name!r} holds no file the server may read"
                      + (f" ({len(refused)} point outside the data folder)" if refused else ""), 400)
    return ctx.jobs.start(uuid.uuid4().hex[:12], f"data folder {root}: {name}", listing.files, refused)
