"""The HTML path (trafilatura + repair + line cleaner) beside trafilatura alone, on the scrapinghub pages.

The issue's budget: our HTML path costs at most 1.1x trafilatura alone. Both run the same
extraction settings on the same 181 pages, each in its own process; pages are decompressed
before timing starts.
"""

from __future__ import annotations

import gzip
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import ROOT, main  # noqa: E402

PAGES = ROOT.parent / "shared" / "eval" / "extraction" / "scrapinghub" / "html"
ROUNDS = 2  # each page twice, to smooth the timer


def _pages() -> list[str]:
    return [gzip.open(p).read().decode("utf-8") for p in sorted(PAGES.glob("*.html.gz"))]


def trafilatura_alone() -> int:
    from trafilatura import bare_extraction

    from newsweave.read.html import FAVOR_PRECISION

    pages = _pages()
    for _ in range(ROUNDS):
        for html in pages:
            bare_extraction(html, favor_precision=FAVOR_PRECISION, include_comments=False, with_metadata=True,
                            date_extraction_params={"original_date": True, "extensive_search": False})
    return len(pages) * ROUNDS


def newsweave_html_path() -> int:
    from newsweave.clean.document import clean_document
    from newsweave.model import Document
    from newsweave.read.html import extract_html

    pages = _pages()
    for _ in range(ROUNDS):
        for i, html in enumerate(pages):
            page = extract_html(html)
            if page is not None:
                clean_document(Document(id=str(i), path="", format="html", title=page.title, raw=page.text))
    return len(pages) * ROUNDS


CONTENDERS = {"trafilatura alone (bare_extraction)": trafilatura_alone, "newsweave HTML path": newsweave_html_path}

if __name__ == "__main__":
    if not PAGES.exists():
        print(f"skipped: {PAGES} is absent (the shared evaluation data sits beside the repository)")
        raise SystemExit(0)
    rows = main(CONTENDERS, __file__, "pages")
    if rows:
        ratio = rows["newsweave HTML path"]["seconds"] / rows["trafilatura alone (bare_extraction)"]["seconds"]
        print(f"newsweave HTML path / trafilatura alone: {ratio:.2f}x (budget 1.10x)")
