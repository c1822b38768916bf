"""Every response carries the Content-Security-Policy (no inline script, nothing from elsewhere), and no
page holds an inline script or style for it to forbid."""

from __future__ import annotations

from html.parser import HTMLParser

import pytest

from newsweave.web.headers import CONTENT_SECURITY_POLICY, HEADERS


@pytest.mark.parametrize("method, path", [
    ("GET", "/"), ("GET", "/?entity=jim+hall"), ("GET", "/stories/STORY"), ("GET", "/stories/STORY/documents/DOC"),
    ("GET", "/entities?name=Jim+Hall"), ("GET", "/analyse"), ("GET", "/api/stories"), ("GET", "/api/stories/STORY"),
    ("GET", "/openapi.json"), ("GET", "/static/app.css"), ("GET", "/static/job.js"), ("GET", "/no-such-page"),
    ("POST", "/api/jobs"), ("POST", "/analyse"),
])
def test_security_headers_on_every_response(client, corpus, method, path):
    doc = client.get(f"/api/stories/{corpus.hostile}").json()["documents"][0]["id"]
    answer = client.request(method, path.replace("STORY", corpus.hostile).replace("DOC", doc))
    for name, value in HEADERS.items():
        assert answer.headers[name] == value
    if answer.headers["content-type"].startswith("text/html"):
        tags = _Tags()
        tags.feed(answer.text)
        assert [t for t, attrs in tags.found if t == "script" and "src" not in attrs] == []  # every script is a file
        assert [t for t, _ in tags.found if t == "style"] == []
        assert [(t, a) for t, attrs in tags.found for a in attrs if a == "style" or a.startswith("on")] == []


class _Tags(HTMLParser):
    """Every start tag of a page with its attribute names, as a browser's parser would see them."""

    def __init__(self) -> None:
        super().__init__()
        self.found: list[tuple[str, set[str]]] = []

    def handle_starttag(self, tag: str, attrs: list) -> None:
        self.found.append((tag, {name for name, _ in attrs}))


@pytest.mark.parametrize("directive", ["default-src 'none'", "script-src 'self'", "style-src 'self'", "base-uri 'none'",
                                       "form-action 'self'", "frame-ancestors 'none'"])
def test_policy_is_strict(directive):
    assert directive in CONTENT_SECURITY_POLICY.split("; ")
    assert "unsafe-inline" not in CONTENT_SECURITY_POLICY and "http" not in CONTENT_SECURITY_POLICY
