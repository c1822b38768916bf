"""Reading LDC SGML corpus files: the 625 DUC 2006 dev documents, as files of one <DOC> and as
Gigaword-style bundles of many, at 1x, 4x and 16x (625, 2,500 and 10,000 documents).

newsweave's `read_paths` (sniffing, decoding, `read.sgml`: title, paragraphs, day, agency) beside
the obvious peer, lxml's HTML parser pulling the same HEADLINE and P texts out of the same files.
Bundles hold 100 documents each, as the LDC ships Gigaword (one file per agency and month).
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import ROOT, main  # noqa: E402

DOCS = ROOT.parent / "shared" / "eval" / "summarization" / "duc2006-dev" / "docs"
CORPUS = Path(tempfile.gettempdir()) / "newsweave-bench-sgml-v1"
SCALES = (1, 4, 16)
BUNDLE = 100


def build_corpus() -> Path:
    """Per scale, the files as they are (copied `scale` times) and the same documents bundled."""
    if (CORPUS / ".done").exists():
        return CORPUS
    texts = [p.read_bytes() for p in sorted(DOCS.glob("*/*"))]
    for scale in SCALES:
        single, bundled = CORPUS / f"{scale}x-single", CORPUS / f"{scale}x-bundled"
        single.mkdir(parents=True, exist_ok=True)
        bundled.mkdir(parents=True, exist_ok=True)
        copies = texts * scale
        for i, text in enumerate(copies):
            (single / f"DOC{i:06d}.{i % 10000:04d}").write_bytes(text)
        for start in range(0, len(copies), BUNDLE):
            (bundled / f"bundle_{start // BUNDLE:05d}").write_bytes(b"".join(copies[start : start + BUNDLE]))
    (CORPUS / ".done").write_text("")
    return CORPUS


def newsweave(folder: str) -> int:
    from newsweave.model import Document
    from newsweave.read import read_paths

    return sum(isinstance(item, Document) for item in read_paths([build_corpus() / folder]))


def lxml_html(folder: str) -> int:
    import lxml.html

    count = 0
    for path in sorted((build_corpus() / folder).iterdir()):
        root = lxml.html.fromstring(path.read_bytes().decode("latin-1"))
        for doc in root.iter("doc"):
            title = " ".join(" ".join(h.text_content().split()) for h in doc.iter("headline"))
            paragraphs = [" ".join(p.text_content().split()) for p in doc.iter("p")]
            count += bool(paragraphs or title)
    return count


CONTENDERS = {
    f"{who} {scale}x {kind}": (lambda who=who, folder=f"{scale}x-{kind}": (newsweave if who == "newsweave read_paths" else lxml_html)(folder))
    for scale in SCALES
    for kind in ("single", "bundled")
    for who in ("newsweave read_paths", "peer: lxml.html")
}

if __name__ == "__main__":
    if not DOCS.is_dir():
        sys.exit(f"{DOCS} is absent: the benchmark reads the DUC 2006 dev documents")
    build_corpus()
    main(CONTENDERS, __file__, "docs")
