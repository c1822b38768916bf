"""Rendered pages are kept per key (story, store version) and the least recently used is dropped first."""

from __future__ import annotations

import pytest

from newsweave.web.cache import PageCache


@pytest.mark.parametrize("size, keys, renders", [
    (2, ["a", "a", "a"], ["a"]),
    (2, ["a", "b", "a", "b"], ["a", "b"]),
    (2, ["a", "b", "c", "a"], ["a", "b", "c", "a"]),  # a was the least recently used when c came
    (2, ["a", "b", "a", "c", "a", "b"], ["a", "b", "c", "b"]),  # using a kept it; b went
])
def test_cache_renders_each_key_once_while_kept(size, keys, renders):
    cache = PageCache(size)
    rendered = []
    for key in keys:
        assert cache.get(key, lambda key=key: rendered.append(key) or key.encode()) == key.encode()
    assert rendered == renders


def test_a_changed_store_draws_the_story_page_again(app_over, corpus):
    client = app_over()
    before = client.get(f"/stories/{corpus.hostile}").text
    assert client.get(f"/stories/{corpus.hostile}").text == before  # served again
    started = client.post("/api/jobs", files=[("files", ("more.txt", b"Harbor council meets again\n2024-03-05\n\n"
                                                          b"Residents of the harbor district said the council met again "
                                                          b"on Tuesday about the flood page, officials said.\n", "text/plain"))])
    from tests.web.conftest import finished

    job = finished(client, started.json()["id"])
    changed = [s["id"] for s in job["new_stories"] + job["updated_stories"]]
    assert changed
    assert client.get("/api/stories").json()  # the catalogue sees the new version
    for story in changed:
        page = client.get(f"/stories/{story}").text
        assert "Harbor council meets again" in page  # drawn from the new dossier, not the kept page
