"""Cleaning one document: encoding repair, junk inside sentences, then line-level junk removal, all recorded on it."""

from __future__ import annotations

from newsweave.clean.encoding import repair_text
from newsweave.clean.inline import cut_hover_cards
from newsweave.clean.lines import clean_lines, split_glued_breadcrumb
from newsweave.model import Document

# Formats whose raw text is already trafilatura's main text: the cleaner removes only unmistakable junk.
EXTRACTED_FORMATS = frozenset({"html", "warc", "rss"})


def clean_document(doc: Document) -> Document:
    """`doc` with `text`, `removed` and `repairs` filled from `raw`; a pure function of the document."""
    # The title is repaired with the body: residue detection is per document, and a title alone
    # is too short to show it.
    combined, repairs = repair_text(f"{doc.title}\n{doc.raw}")
    title, _, text = combined.partition("\n")
    glued = split_glued_breadcrumb(title)  # "HomeWorldFlood barriers fail" -> "Flood barriers fail"
    if glued:
        title = glued[1]
    text, cut = cut_hover_cards(text)
    if cut:
        repairs.append(cut)
    cleaned = clean_lines(text, title=title, extracted=doc.format in EXTRACTED_FORMATS)
    doc.title = title
    doc.text = cleaned.text
    doc.removed = cleaned.removed
    doc.repairs = repairs
    return doc
