"""Analyses started from the browser: uploaded files or a data folder, ingested into the store.

One job at a time (the store takes one writer; a second ingest would only wait on the first), run by
the existing `ingest` on its own connection in a worker thread, with progress kept for the status
endpoint the job page polls. Uploaded files are kept beside the store (`<db>.uploads/<job>/`), since
the dossiers name the paths their documents were read from.
"""

from __future__ import annotations

import re
import threading
import uuid
from collections import OrderedDict
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from newsweave import settings
from newsweave.ingest import ingest
from newsweave.pipeline import Options
from newsweave.store import Store

_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")


@dataclass(slots=True)
class Job:
    """What the job page shows: where it stands, what it read, what it skipped and why, what is new."""

    id: str
    source: str  # "upload of 3 files" | "data folder 0: topics/flood"
    files: int
    state: str = "queued"  # queued | running | done | failed
    read: int = 0
    stored: int = 0
    known: int = 0
    skipped: list[dict] = field(default_factory=list)  # {"path", "reason", "detail"}
    new_stories: list[dict] = field(default_factory=list)  # {"id", "title"}
    updated_stories: list[dict] = field(default_factory=list)
    error: str = ""
    seconds: float = 0.0


def safe_name(name: str, index: int) -> str:
    """An uploaded file's name reduced to its last part and plain characters (never a path)."""
    last = re.split(r"[\\/]", name or "")[-1]
    cleaned = _UNSAFE.sub("_", last).lstrip(".") or "upload"
    return f"{index:03d}-{cleaned[:120]}"


class Jobs:
    def __init__(self, db: Path, uploads: Path) -> None:
        self.db = db
        self.uploads = uploads
        self._jobs: OrderedDict[str, Job] = OrderedDict()
        self._lock = threading.Lock()
        self._worker = ThreadPoolExecutor(max_workers=1, thread_name_prefix="newsweave-job")

    def upload_folder(self) -> tuple[str, Path]:
        """A new job id and the folder its uploaded files go to."""
        job = uuid.uuid4().hex[:12]
        folder = self.uploads / job
        folder.mkdir(parents=True)
        return job, folder

    def start(self, job_id: str, source: str, paths: list[Path], skipped: list[dict]) -> Job:
        job = Job(job_id, source, len(paths), skipped=list(skipped))
        with self._lock:
            self._jobs[job.id] = job
            while len(self._jobs) > settings.current().web.max_jobs:
                self._jobs.popitem(last=False)
        self._worker.submit(self._run, job, paths, settings.current())
        return job

    def get(self, job_id: str) -> Job | None:
        return self._jobs.get(job_id)

    def all(self) -> list[Job]:
        return list(reversed(self._jobs.values()))

    def close(self) -> None:
        self._worker.shutdown(wait=True, cancel_futures=True)

    def _run(self, job: Job, paths: list[Path], in_force: settings.Settings) -> None:
        job.state = "running"

        def progress(stage: str, done: int, total: int | None) -> None:
            job.read = done

        try:
            with Store(self.db, busy_timeout_ms=in_force.store.busy_timeout_ms) as store:
                before = {row.id for row in store.stories()}
                result = ingest(paths, store, Options(progress=progress, settings=in_force))
                titles = {row.id: row.title for row in store.stories()}
        except Exception as error:  # noqa: BLE001 - a failed job is reported on its page, the server goes on
            job.state, job.error = "failed", f"{type(error).__name__}: {error}"
            return
        job.read, job.stored, job.known, job.seconds = result.read, result.stored, result.known, result.seconds
        job.skipped += [{"path": s.path, "reason": s.reason, "detail": s.detail} for s in result.skipped]
        refreshed = [story for story in dict.fromkeys(result.refreshed) if story in titles]
        job.new_stories = [{"id": s, "title": titles[s]} for s in refreshed if s not in before]
        job.updated_stories = [{"id": s, "title": titles[s]} for s in refreshed if s in before]
        job.state = "done"
