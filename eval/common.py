"""What every evaluation returns, and where the shared data lives."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

SHARED_EVAL = Path(os.environ.get("NEWSWEAVE_SHARED_EVAL", Path(__file__).resolve().parents[2] / "shared" / "eval"))


@dataclass(slots=True)
class Score:
    """One system's figures on one task; `ours` marks newsweave's own rows (the gated ones)."""

    task: str
    system: str
    metrics: dict[str, float]
    ours: bool = False
    note: str = ""


@dataclass(slots=True)
class Skip:
    """A task that could not run here, and why (e.g. the data set is absent)."""

    task: str
    reason: str


def dataset(*parts: str) -> Path | None:
    """Path of a shared data set, or None when it is absent (the caller reports a Skip)."""
    path = SHARED_EVAL.joinpath(*parts)
    return path if path.exists() else None


Result = Score | Skip
Results = list[Result]
