"""Ingest through this machine's executor: worker processes file documents as one process does."""

from __future__ import annotations

import dataclasses

import pytest

from newsweave import settings
from newsweave.ingest import dossier_rounds, ingest
from newsweave.settings import DEFAULTS
from newsweave.pipeline import Options
from newsweave.store import Store
from tests.piles import write_mixed_pile


def _stories(pile, db, workers: int) -> list[tuple]:
    with Store(db) as store:
        ingest([pile], store, Options(annotate=False, workers=workers))
        return [(story.id, [(d.id, d.language) for d in story.documents]) for story in store.stories()]


@pytest.mark.parametrize("workers", [2, 3])
def test_worker_processes_give_the_stories_of_one(tmp_path, workers):
    """Cleaning runs in the processes, the clusterer's prepare inline: the same stories, languages kept."""
    pile = tmp_path / "pile"
    pile.mkdir()
    write_mixed_pile(pile)
    one = _stories(pile, tmp_path / "one.db", 1)
    assert {language for _, docs in one for _, language in docs} == {"en", "fr"}
    assert _stories(pile, tmp_path / f"{workers}.db", workers) == one


ROUNDS = [
    # (case, stale stories with their documents, rounds)
    ("small stories share a round", [("a", 10), ("b", 20), ("c", 30)], [["a", "b", "c"]]),
    ("a round ends at the document budget", [("a", 60), ("b", 50), ("c", 10)], [["a"], ["b", "c"]]),
    ("a story above the budget goes alone", [("a", 5), ("big", 500), ("c", 5)], [["a"], ["big"], ["c"]]),
    ("a round ends at the story count", [(s, 1) for s in "abcde"], [["a", "b", "c"], ["d", "e"]]),
    ("nothing stale", [], []),
]


@pytest.mark.parametrize("case, stale, rounds", ROUNDS, ids=[c[0] for c in ROUNDS])
def test_an_engine_computes_dossiers_in_rounds_bounded_by_stories_and_documents(case, stale, rounds):
    limits = dataclasses.replace(DEFAULTS.engine, dossiers_in_flight=3, documents_in_flight=100)
    with settings.use(dataclasses.replace(DEFAULTS, engine=limits)):
        assert dossier_rounds(stale) == rounds
