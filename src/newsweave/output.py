"""The output folder of a run (`analyze -o DIR`, `export --to DIR`): its manifest, and the last run cleared.

Every run writes DIR/newsweave-manifest.json naming the files it wrote, relative to DIR. The next run
into DIR removes exactly those files (and the folders they leave empty) before it writes, so a folder
never shows two runs at once: a one-story run after a three-story run leaves no index.html beside its
dossier.json, nor the story folders the new run did not write. Files the user put in DIR are never
touched. The manifest is written twice: before the first file, naming every file the run means to
write (`complete` false), and after the last, naming those it wrote; an interrupted run is cleared
like any other.

A file bearing a name the command writes (dossier.json, index.html, stories/*/report.md, claims.csv
...) that no manifest names is refused, with exit status 3, unless `--overwrite` is given: the run
would write over it, or a reader would take it for this run's output, and newsweave cannot tell whose
it is. Refusing before the analysis (`check`) costs the user nothing; warning instead would leave a
folder that misleads. Folders written before manifests existed are recognised by their content
(a dossier.json or index.json of a newsweave schema, the complete set of an export's tables) and
cleared like a manifest's files. A folder holding another command's run is refused: `export --to`
the folder of `analyze -o` would otherwise remove the dossier the tables come from.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path, PurePosixPath

from newsweave import __version__
from newsweave.model import from_dict, to_dict

MANIFEST = "newsweave-manifest.json"
MANIFEST_VERSION = "newsweave-manifest/0.1"


@dataclass(slots=True)
class Manifest:
    """newsweave-manifest.json: which command wrote which files of the folder, with which version, when."""

    command: str  # "analyze" | "export"
    version: str  # newsweave's
    created: str  # ISO 8601, UTC, when the run began writing
    complete: bool  # false while the run writes: `files` then names what it means to write
    files: list[str] = field(default_factory=list)  # relative to the folder, "/" between parts, in order
    schema: str = MANIFEST_VERSION


@dataclass(frozen=True, slots=True)
class Layout:
    """What a command writes into its folder, for recognising its files: `names` lists the files present
    that bear a name it writes; `legacy` those of a run by a version before manifests, known by content."""

    command: str
    names: Callable[[Path], list[str]]
    legacy: Callable[[Path], list[str]]


class OutputRefused(Exception):
    """The folder holds files newsweave cannot vouch for, or another command's run; the message says what to do."""


@dataclass(slots=True)
class Previous:
    """What the folder holds before a run: the last run's files (removed before writing) and the files
    bearing one of the layout's names that no run recorded."""

    files: list[str]
    unvouched: list[str]


def survey(out: Path, layout: Layout) -> Previous:
    """The folder's last run and its unvouched files, changing nothing; OutputRefused when the last run
    is another command's."""
    manifest = read_manifest(out)
    if manifest is not None and manifest.command != layout.command:
        raise OutputRefused(f"{out} holds the output of `newsweave {manifest.command}` ({out / MANIFEST}); "
                            f"write to another folder")
    files = manifest.files if manifest is not None else layout.legacy(out)
    vouched = set(files)
    unvouched = [name for name in layout.names(out) if name not in vouched]
    if manifest is None and (out / MANIFEST).exists():
        unvouched.append(MANIFEST)  # unreadable or altered: not ours to trust, and the run writes over it
    return Previous(files, unvouched)


def check(out: Path, layout: Layout, overwrite: bool) -> Previous:
    """`survey`, refusing unvouched files unless `overwrite`."""
    previous = survey(out, layout)
    if previous.unvouched and not overwrite:
        shown = ", ".join(str(out / name) for name in previous.unvouched[:5])
        more = f" and {len(previous.unvouched) - 5} more" if len(previous.unvouched) > 5 else ""
        raise OutputRefused(f"{out} holds files of newsweave's names that no newsweave run recorded writing: "
                            f"{shown}{more}; move them, write to another folder, or pass --overwrite")
    return previous


def begin(out: Path, layout: Layout, plan: list[str], overwrite: bool) -> Manifest:
    """Clear the last run from `out` (after `check`) and record `plan`, the files this run means to write,
    in the pending manifest it returns. With `overwrite`, unvouched files are written over or left as they are."""
    previous = check(out, layout, overwrite)  # again: the folder may have changed during the analysis
    for name in previous.files:
        path = out / name
        if path.is_file() or path.is_symlink():
            path.unlink()
    for folder in sorted({p for name in previous.files for p in PurePosixPath(name).parents if p.parts},
                         key=lambda p: len(p.parts), reverse=True):
        if (out / folder).is_dir() and not any((out / folder).iterdir()):
            (out / folder).rmdir()
    out.mkdir(parents=True, exist_ok=True)
    manifest = Manifest(command=layout.command, version=__version__, complete=False, files=list(plan),
                        created=datetime.now(timezone.utc).isoformat(timespec="seconds"))
    _write(out, manifest)
    return manifest


def finish(out: Path, manifest: Manifest) -> Manifest:
    """The manifest of the files of the plan the run wrote (a report that could not be drawn is not),
    written into `out`."""
    done = Manifest(command=manifest.command, version=manifest.version, created=manifest.created, complete=True,
                    files=[name for name in manifest.files if (out / name).is_file()])
    _write(out, done)
    return done


def read_manifest(out: Path) -> Manifest | None:
    """The folder's manifest; None when there is none, or it is not one newsweave wrote (not JSON, another
    schema, a file outside the folder)."""
    try:
        manifest = from_dict(Manifest, json.loads((out / MANIFEST).read_text(encoding="utf-8")))
    except (OSError, ValueError, TypeError, AttributeError, KeyError):
        return None
    if not isinstance(manifest, Manifest) or not str(manifest.schema).startswith("newsweave-manifest/"):
        return None
    if not all(isinstance(name, str) and _inside(out, name) for name in manifest.files):
        return None
    return manifest


def _inside(out: Path, name: str) -> bool:
    """A plain relative name in the folder (no "..", not absolute, not the manifest), its folder not a
    link out of it."""
    parts = PurePosixPath(name).parts
    if not parts or name.startswith("/") or ".." in parts or "\\" in name or name == MANIFEST:
        return False
    return (out / name).parent.resolve().is_relative_to(out.resolve())


def _write(out: Path, manifest: Manifest) -> None:
    (out / MANIFEST).write_text(json.dumps(to_dict(manifest), indent=1) + "\n", encoding="utf-8")
