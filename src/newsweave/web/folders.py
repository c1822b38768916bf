"""The data folders the server may read (`--data-dir`), and the guard that keeps every read inside them.

A name given by a browser is joined to one data folder and resolved (symlinks followed, `..`
collapsed); whatever lands outside that folder is refused. The files of a folder are listed the
same way, one by one, so a symlink inside a data folder that points out of it is refused too.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path


class Refused(ValueError):
    """A name the server will not read: outside every data folder, or not there at all. Says why."""

    def __init__(self, message: str, status: int = 403) -> None:
        super().__init__(message)
        self.status = status


@dataclass(slots=True)
class Listing:
    """A folder's readable files, and those refused with their reasons."""

    folder: Path
    files: list[Path]
    refused: list[tuple[str, str]]  # (name relative to the data folder, why)


class DataFolders:
    def __init__(self, roots: list[Path]) -> None:
        self.roots = [Path(r).resolve() for r in roots]

    def resolve(self, root: int, name: str) -> tuple[Path, Path]:
        """(data folder, the folder `name` under it), or Refused."""
        if not 0 <= root < len(self.roots):
            raise Refused(f"no data folder number {root} (the server has {len(self.roots)})", 404)
        base = self.roots[root]
        if "\x00" in name:
            raise Refused("a folder name cannot hold a NUL character", 400)
        target = (base / name).resolve()  # an absolute `name` replaces `base`, and is refused below
        if not target.is_relative_to(base):
            raise Refused(f"{name!r} is outside the data folder {base}: only folders under it can be read")
        if not target.is_dir():
            raise Refused(f"{name!r}: no such folder under the data folder {base}", 404)
        return base, target

    def files(self, root: int, name: str, limit: int) -> Listing:
        """Every regular file under the folder, symlinks out of the data folder refused; at most `limit`."""
        base, target = self.resolve(root, name)
        files: list[Path] = []
        refused: list[tuple[str, str]] = []
        for folder, dirs, names in os.walk(target):  # symlinked folders are not entered
            dirs.sort()
            for entry in sorted(names):
                path = Path(folder) / entry
                shown = str(path.relative_to(base))
                real = path.resolve()
                if not real.is_relative_to(base):
                    refused.append((shown, "points outside the data folder"))
                elif real.is_file():
                    files.append(real)
                if len(files) > limit:
                    raise Refused(f"{name!r} holds more than {limit} files ([web] max_folder_files); "
                                  "name a smaller folder or use `newsweave ingest`", 413)
        return Listing(target, files, refused)
