"""HTML wherever it turns up (files, WARC responses, feed items, JSON fields) becomes a Document.

All HTML goes through `extract_html` (trafilatura), so one page gives the same text and
metadata whether it was saved as a file, archived in a WARC or quoted in a feed. Metadata the
container already knows (a feed item's title, a WARC record's URI) wins over what trafilatura
guesses from the markup, because it was written by the publisher for exactly that purpose.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from newsweave.model import Document, Skipped
from newsweave.read.dates import iso_date
from newsweave.read.decode import Unreadable, check_size
from newsweave.read.html import PARSER_MAX_DEPTH, extract_html, nested_too_deep
from newsweave.read.source import Origin, pick_source
from newsweave.settings import current as _settings

# Two or more tags of these kinds make a field HTML rather than text with a stray "<".
_MARKUP = re.compile(r"</?(?:p|div|br|span|a|b|i|em|strong|h[1-6]|ul|ol|li|table|article|section|body|html|img)\b[^>]*>", re.I)


def looks_like_html(text: str) -> bool:
    """Whether a metadata field holds markup (news-please and feeds carry both kinds)."""
    return len(_MARKUP.findall(text[:5000])) >= _settings().read.min_markup_tags


def html_document(
    html: str,
    origin: Origin,
    *,
    doc_id: str,
    fmt: str,
    where: str,
    url: str | None = None,
    known: dict[str, str | None] | None = None,
) -> Document | Skipped:
    """The page's main text and metadata; `known` metadata (title, author, published, updated,
    source, language) from the container overrides the page's own. Skipped `no-text` when
    trafilatura finds no main text, `too-large` above read.max_html_bytes; `where` names the input
    in a Skipped entry (the file, or the record inside it)."""
    try:
        check_size(len(html), _settings().read.max_html_bytes, "HTML page", "[read] max_html_bytes in a --config file")  # characters: no copy to count bytes
    except Unreadable as error:
        return Skipped(where, error.reason, error.detail)
    page = extract_html(html, url=url)
    if page is None:
        if nested_too_deep(html):
            return Skipped(where, "no-text", f"tags nested more than {PARSER_MAX_DEPTH} deep: the HTML parser stops "
                                             "there, so no main text was found")
        return Skipped(where, "no-text", "no main text found in the HTML")
    known = {k: v for k, v in (known or {}).items() if v}
    url = url or page.url
    return Document(
        id=doc_id,
        path=origin.path,
        format=fmt,
        source=known.get("source") or pick_source(page.site, url, origin.fallback_source),
        url=url,
        title=known.get("title") or page.title,
        published=known.get("published") or iso_date(page.published),
        updated=known.get("updated") or iso_date(page.updated),
        author=known.get("author") or page.author,
        language=known.get("language") or page.language,
        raw=page.text,
        text=page.text,
    )


def read_html_file(html: str, origin: Origin) -> Iterator[Document | Skipped]:
    """One HTML file: one document, or the reason there is none."""
    yield html_document(html, origin, doc_id=origin.doc_id, fmt="html", where=origin.path)
