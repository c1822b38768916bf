"""Properties of the cleaner on hostile text: nothing raises, every change is recorded, and every line
of the input is either kept or removed with a reason, never lost (issue 14)."""

from __future__ import annotations

import ftfy
from hypothesis import strategies as st

from newsweave.clean.document import EXTRACTED_FORMATS, clean_document
from newsweave.clean.encoding import fix_text_fast, repair_text
from newsweave.clean.lines import LineCleaning, clean_lines
from newsweave.model import Document
from tests.properties import long_lines, page_texts, property_test, texts

FORMATS = st.sampled_from(sorted(EXTRACTED_FORMATS | {"text", "json"}))


def accounts_for_lines(text: str, cleaned: LineCleaning) -> None:
    """Every non-blank line of `text` is kept (stripped, maybe its glued breadcrumb cut off) or removed
    with a reason; the kept lines are the rest, in order."""
    kept = cleaned.text.split("\n") if cleaned.text else []
    removed: dict[int, list[str]] = {}
    for line in cleaned.removed:
        assert line.reason, line
        assert line.text, line
        removed.setdefault(line.line, []).append(line.text)
    lines = text.split("\n")
    assert all(0 <= index < len(lines) for index in removed), "a removed line points outside the input"
    position = 0
    for index, raw in enumerate(lines):
        stripped = raw.strip()
        if not stripped:
            assert index not in removed
            continue
        gone = "".join(removed.get(index, []))
        if gone == stripped:
            continue
        assert position < len(kept), f"line {index} {stripped!r} neither kept nor removed"
        assert gone + kept[position] == stripped, f"line {index} {stripped!r} kept as {kept[position]!r}, removed {gone!r}"
        position += 1
    assert position == len(kept), f"kept lines that are not in the input: {kept[position:]}"


@property_test(300, text=st.one_of(texts(), page_texts(), long_lines()))
def test_fix_text_fast_is_ftfy(text: str) -> None:
    """The fast path skips ftfy only where ftfy would change nothing."""
    assert fix_text_fast(text) == ftfy.fix_text(text, uncurl_quotes=False)


@property_test(300, text=st.one_of(texts(), page_texts(), long_lines()))
def test_repair_text_records_every_change(text: str) -> None:
    """Repaired text differs from its input only with a Repair saying so, and a repair counts something."""
    fixed, repairs = repair_text(text)
    assert (fixed != text) == bool(repairs)
    assert all(r.kind in {"invisible", "ftfy", "entity-residue", "drop-cap", "possessive"} and r.count > 0 for r in repairs)


@property_test(300, text=st.one_of(texts(), page_texts(), long_lines()), title=texts(max_fragments=5),
               extracted=st.booleans())
def test_clean_lines_keeps_or_records_every_line(text: str, title: str, extracted: bool) -> None:
    """What the cleaner removes is recorded: kept text and removed lines account for the input's lines."""
    accounts_for_lines(text, clean_lines(text, title=title, extracted=extracted))


@property_test(200, raw=st.one_of(texts(), page_texts(), long_lines()), title=texts(max_fragments=5), fmt=FORMATS)
def test_clean_document_accounts_for_its_repaired_text(raw: str, title: str, fmt: str) -> None:
    """A document's cleaned text and removed lines account for its repaired raw text, line by line."""
    doc = clean_document(Document(id="d", path="d.txt", format=fmt, title=title, raw=raw))
    assert doc.raw == raw
    repaired, _ = repair_text(f"{title}\n{raw}")
    _, _, body = repaired.partition("\n")
    accounts_for_lines(body, LineCleaning(doc.text, doc.removed))
    assert "\n" not in doc.title

