"""Shared test fixtures: where the example corpus, its answer key and the shared eval data live."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "examples" / "harbor-flood"
TRUTH = ROOT / "tests" / "data" / "harbor_flood_truth.json"


@pytest.fixture(scope="session")
def example_dir() -> Path:
    return EXAMPLE


@pytest.fixture(scope="session")
def truth() -> dict:
    return json.loads(TRUTH.read_text(encoding="utf-8"))
