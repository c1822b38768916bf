"""HTML pages: a document, or a skip whose detail says why there is no text (tags nested past the parser's limit)."""

from __future__ import annotations

import pytest

from newsweave.model import Document, Skipped
from newsweave.read.page import read_html_file
from newsweave.read.source import Origin

ORIGIN = Origin("in/page.html", "in-page-html", "in")
BODY = "<p>The harbor barrier failed on Sunday night, officials said. Mayor Elena Ruiz ordered a review of the gates.</p>"


def nested(depth: int, tag: str = "div") -> str:
    return "<html><body>" + f"<{tag}>" * depth + BODY + f"</{tag}>" * depth + "</body></html>"


@pytest.mark.parametrize(
    ("html", "expected"),
    [
        pytest.param(nested(253), "document", id="html, body and 253 divs: within the parser's 256 levels"),
        pytest.param(nested(254), "nested more than 256 deep", id="one level deeper: named, not lost"),
        pytest.param(nested(100_000), "nested more than 256 deep", id="100,000 divs: no RecursionError, named"),
        pytest.param(nested(300, "span") + "<br>" * 400, "nested more than 256 deep", id="spans; void tags do not count"),
        pytest.param("<html><body>" + "<br><img src=x>" * 400 + "</body></html>", "no main text found", id="no text, not deep"),
    ],
)
def test_deep_pages_are_read_or_skipped_with_the_reason(html: str, expected: str) -> None:
    (item,) = read_html_file(html, ORIGIN)
    if expected == "document":
        assert isinstance(item, Document) and "Elena Ruiz" in item.text
    else:
        assert isinstance(item, Skipped) and item.reason == "no-text" and expected in item.detail
