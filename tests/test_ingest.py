"""Ingest through this machine's executor: worker processes file documents as one process does."""

from __future__ import annotations

import pytest

from newsweave.ingest import ingest
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
