"""The JSON API mirrors the store's commands (`stories`, `show`, `updates`) and is described at /openapi.json."""

from __future__ import annotations

import json

import pytest

from newsweave.cli import main


@pytest.mark.parametrize("path, status", [
    ("/api/stories", 200),
    ("/api/stories?sort=size", 200),
    ("/api/stories?sort=bogus", 422),
    ("/api/stories/no-such-story", 404),
    ("/api/stories/no-such-story/documents", 404),
    ("/api/stories/no-such-story/documents/x", 404),
    ("/api/updates?since=2000-01-01", 200),
    ("/api/updates?since=yesterday", 422),
    ("/api/updates", 422),
    ("/api/entities?name=Jim%20Hall", 200),
    ("/api/entities", 422),
    ("/api/jobs", 200),
    ("/api/jobs/nope", 404),
    ("/api/folders", 200),
    ("/openapi.json", 200),
    ("/docs", 404),  # no interactive docs: they load their script from a CDN
])
def test_api_routes(client, path, status):
    assert client.get(path).status_code == status


def test_show_mirrors_the_cli(client, corpus, capsys):
    story = next(iter(corpus.stories))
    assert main(["show", story, "--db", str(corpus.db), "--json"]) == 0
    assert client.get(f"/api/stories/{story}").json() == json.loads(capsys.readouterr().out)


def test_story_documents_mirror_the_cli(client, corpus, capsys):
    assert main(["stories", "--db", str(corpus.db), "--json"]) == 0
    for row in json.loads(capsys.readouterr().out):
        assert client.get(f"/api/stories/{row['id']}/documents").json() == row["documents"]


@pytest.mark.parametrize("since", ["2000-01-01T00:00", "2999-01-01T00:00"])
def test_updates_mirror_the_cli(client, corpus, capsys, since):
    assert main(["updates", "--db", str(corpus.db), "--since", since, "--json"]) == 0
    assert client.get("/api/updates", params={"since": since}).json() == json.loads(capsys.readouterr().out)


def test_story_list_carries_counts_that_add_up(client, corpus):
    stories = client.get("/api/stories").json()
    assert {s["id"] for s in stories} == set(corpus.stories)
    for s in stories:
        dossier = client.get(f"/api/stories/{s['id']}").json()
        assert s["claims"] == len(dossier["claims"])
        assert s["disputed"] == sum(c["label"] == "disputed" for c in dossier["claims"])
        assert s["single_source"] == sum(c["label"] == "single-source" for c in dossier["claims"])
        assert s["documents"] == len(dossier["documents"])


def test_entity_gathers_stories_and_quotes(client, corpus):
    found = client.get("/api/entities", params={"name": "jim  HALL"}).json()
    assert found["name"] == "jim HALL"
    assert len(found["stories"]) >= 2  # the child-seat stories
    assert all(q["story"] in corpus.stories for q in found["quotes"])


def test_document_is_the_dossier_document(client, corpus):
    dossier = client.get(f"/api/stories/{corpus.hostile}").json()
    doc = dossier["documents"][0]
    assert client.get(f"/api/stories/{corpus.hostile}/documents/{doc['id']}").json() == doc


def test_openapi_describes_every_api_route(client):
    spec = client.get("/openapi.json").json()
    assert set(spec["paths"]) == {
        "/api/stories", "/api/stories/{story}", "/api/stories/{story}/documents", "/api/stories/{story}/documents/{doc}",
        "/api/updates", "/api/entities", "/api/folders", "/api/jobs", "/api/jobs/{job}",
    }
    assert "multipart/form-data" in spec["paths"]["/api/jobs"]["post"]["requestBody"]["content"]
