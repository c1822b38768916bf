"""Shared test fixtures: where the example corpus, its answer key and the shared eval data live;
the hypothesis profile of the property tests."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "examples" / "harbor-flood"
TRUTH = ROOT / "tests" / "data" / "harbor_flood_truth.json"

# The property tests (tests/properties.py) judge behaviour, never seconds: spaCy and trafilatura
# take a while on a 100,000-character line, and big generated inputs are the point. No example
# database is written into the shared working tree.
settings.register_profile(
    "newsweave",
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.large_base_example],
)
settings.load_profile("newsweave")


@pytest.fixture(scope="session")
def example_dir() -> Path:
    return EXAMPLE


@pytest.fixture(scope="session")
def truth() -> dict:
    return json.loads(TRUTH.read_text(encoding="utf-8"))
