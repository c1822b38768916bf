"""dossier.json: the versioned machine-readable form (schema in docs/dossier.schema.json)."""

from __future__ import annotations

import json
from pathlib import Path

from newsweave.model import Dossier, from_dict, to_dict


def dumps(dossier: Dossier) -> str:
    """The dossier as pretty-printed JSON text."""
    return json.dumps(to_dict(dossier), ensure_ascii=False, indent=1)


def write(dossier: Dossier, path: Path) -> None:
    path.write_text(dumps(dossier) + "\n", encoding="utf-8")


def read(path: Path) -> Dossier:
    """A dossier back from its JSON file."""
    return from_dict(Dossier, json.loads(path.read_text(encoding="utf-8")))
