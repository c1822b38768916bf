"""HTML pages: main text and metadata through trafilatura.

trafilatura finds the article in the page tree; the line cleaner runs on its output later,
because trafilatura keeps junk that sits inside the article's own paragraphs. The page's
"last updated" date (htmldate's `original_date=False` answer) is kept apart from the
publication date, which trafilatura asks htmldate for with `original_date=True`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from trafilatura import bare_extraction

# favor_precision scored best on the scrapinghub pages (F1 .964 vs .960 default, see eval/).
FAVOR_PRECISION = True


# "Last updated" dates as pages declare them (Open Graph, schema.org microdata and JSON-LD); read
# with a regex over the page rather than a second date search, which would double the cost.
_MODIFIED = re.compile(
    r"""(?:property|name|itemprop)=["'](?:article:modified_time|og:updated_time|dateModified|last-modified)["']"""
    r"""[^>]*?content=["'](\d{4}-\d{2}-\d{2})"""
    r"""|["']dateModified["']\s*:\s*["'](\d{4}-\d{2}-\d{2})""",
    re.IGNORECASE,
)


_MODIFIED_KEYS = ("modified_time", "updated_time", "dateModified", "datemodified", "last-modified", "Last-Modified")
# Characters searched either side of a key: a <meta> tag's attributes fit well within this.
_MODIFIED_REACH = 300


# libxml2, under lxml and so trafilatura, stops building the tree at this depth of open elements and
# drops what lies deeper (measured: text inside html, body and 253 divs and a p is found, one div more is not).
PARSER_MAX_DEPTH = 256
_TAG = re.compile(r"<(/?)([A-Za-z][\w:-]*)[^>]*?(/?)>")
_VOID = frozenset("area base br col embed hr img input link meta param source track wbr".split())


@dataclass(slots=True)
class HtmlPage:
    """What one HTML page yields: its main text and the metadata found around it."""

    text: str
    title: str = ""
    author: str | None = None
    published: str | None = None
    updated: str | None = None  # the page's declared modification date, never taken for publication
    site: str | None = None
    url: str | None = None
    language: str | None = None
    description: str | None = None


def extract_html(html: str | bytes, url: str | None = None) -> HtmlPage | None:
    """Main text and metadata of a page; None when trafilatura finds no main text."""
    result = bare_extraction(
        html,
        url=url,
        favor_precision=FAVOR_PRECISION,
        include_comments=False,
        include_tables=True,
        with_metadata=True,
        date_extraction_params={"original_date": True, "extensive_search": False},
    )
    if result is None or not (result.text or "").strip():
        return None
    return HtmlPage(
        text=result.text,
        title=result.title or "",
        author=result.author or None,
        published=result.date or None,
        updated=_modified_date(html),
        site=result.sitename or result.hostname or None,
        url=result.url or url,
        language=result.language or None,
        description=result.description or None,
    )


def nested_too_deep(html: str) -> bool:
    """Whether the page opens more than PARSER_MAX_DEPTH elements inside each other (an unclosed tag
    counts as open): text below that depth never reaches the extractor, which then finds none."""
    depth = 0
    for match in _TAG.finditer(html):
        closing, name, self_closing = match.groups()
        if closing:
            depth = max(depth - 1, 0)
        elif not self_closing and name.lower() not in _VOID:
            depth += 1
            if depth > PARSER_MAX_DEPTH:
                return True
    return False


def _modified_date(html: str | bytes) -> str | None:
    """The page's declared modification date (YYYY-MM-DD), if it declares one.

    The regex runs only on the few hundred characters around each key found by `str.find`:
    scanning a whole page with it costs a twentieth of trafilatura's time.
    """
    if isinstance(html, bytes):
        html = html.decode("utf-8", "replace")
    for key in _MODIFIED_KEYS:
        at = html.find(key)
        while at >= 0:
            match = _MODIFIED.search(html, max(0, at - _MODIFIED_REACH), at + _MODIFIED_REACH)
            if match:
                return match.group(1) or match.group(2)
            at = html.find(key, at + 1)
    return None
