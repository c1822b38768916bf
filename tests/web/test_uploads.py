"""Analyses started from the browser: the limits and the read-only mode refuse with a clear reason, and
an accepted upload becomes stories in the store (through the real ingest)."""

from __future__ import annotations

import html

import pytest

from tests.web.conftest import finished

ARTICLE = ("Dam holds after week of rain\n2024-05-02\n\n"
           "Engineers at the Millbrook dam said on Thursday that the structure held after a week of heavy rain. "
           "The county opened two spillways on Wednesday night, officials said.\n")


def _files(n: int, size: int = 0) -> list:
    body = ARTICLE.encode() if not size else b"x" * size
    return [("files", (f"report{i}.txt", body, "text/plain")) for i in range(n)]


@pytest.mark.parametrize("web, read_only, request_kwargs, status, says", [
    ({}, True, {"files": _files(1)}, 403, "read-only"),
    ({}, True, {"data": {"root": "0", "folder": "."}}, 403, "read-only"),
    ({"max_upload_files": 2}, False, {"files": _files(3)}, 413, "max_upload_files is 2"),
    ({"max_upload_bytes": 100}, False, {"files": _files(1, 200)}, 413, "max_upload_bytes"),
    ({"max_upload_files": 1, "max_upload_bytes": 10}, False, {"files": _files(1, 70_000)}, 413, "at most 1 files of 10 bytes"),
    ({}, False, {"data": {"folder": ""}}, 400, "choose files to upload"),
    ({}, False, {"files": _files(1), "data": {"folder": "."}}, 400, "not both"),
    ({}, False, {"data": {"root": "x", "folder": "."}}, 400, "root must be the number"),
    ({}, False, {"files": _files(1), "headers": {"origin": "http://evil.example"}}, 403, "cross-site"),
])
def test_refusals_say_why(app_over, web, read_only, request_kwargs, status, says):
    client = app_over(read_only=read_only, web=web)
    answer = client.post("/api/jobs", **request_kwargs)
    assert answer.status_code == status
    assert says in answer.json()["detail"]
    page = client.post("/analyse", **request_kwargs)  # the form gets the same refusal, on the form's page
    assert page.status_code == status
    assert says in html.unescape(page.text)
    assert client.get("/api/jobs").json() == []  # nothing started


def test_read_only_hides_the_analyse_form(app_over):
    client = app_over(read_only=True)
    page = client.get("/analyse")
    assert page.status_code == 403
    assert 'type="file"' not in page.text and "read-only" in page.text
    assert 'href="/analyse"' not in client.get("/").text


def test_an_upload_becomes_a_story(app_over):
    client = app_over()
    before = {s["id"] for s in client.get("/api/stories").json()}
    started = client.post("/api/jobs", files=_files(1))
    assert started.status_code == 202
    job = finished(client, started.json()["id"])
    assert (job["state"], job["read"], job["stored"]) == ("done", 1, 1), job
    assert [s["title"] for s in job["new_stories"]] == ["Dam holds after week of rain"]
    stories = client.get("/api/stories").json()
    assert {s["id"] for s in stories} - before == {job["new_stories"][0]["id"]}  # the list sees the new story
    assert "Dam holds after week of rain" in client.get("/").text
    again = finished(client, client.post("/api/jobs", files=_files(1)).json()["id"])
    assert (again["stored"], again["known"], again["new_stories"]) == (0, 1, [])  # stored once


def test_the_form_redirects_to_the_job_page(app_over):
    client = app_over()
    answer = client.post("/analyse", files=_files(1), follow_redirects=False)
    assert answer.status_code == 303
    job = answer.headers["location"].rsplit("/", 1)[1]
    finished(client, job)
    page = client.get(f"/jobs/{job}").text
    assert "Dam holds after week of rain" in page and 'src="/static/job.js"' in page
