"""The story's sentences, each with its document and character span in the cleaned text.

The claims stage needs sentences, not a parse: the annotate stage's spaCy parse is not kept,
and parsing again costs about as much as annotating (DESIGN.md: ~7k words/s with the parser).
A regular-expression splitter over paragraphs (one per line in cleaned text) with an
abbreviation list does the job at well over a million characters a second. Fragments that are
not statements (titles, bylines, datelines alone, "Read more: ...", lists of names) are
skipped, and a leading dateline ("PORT HALDEN — ", "PINE RIDGE, S.D. (AP) -- ") is left out
of the span so a sentence quoted in a brief reads as a sentence.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from newsweave import lexicon
from newsweave.model import Document
from newsweave.read.dateline import skip_dateline
from newsweave.settings import current as _settings

# Words ending in "." that do not end a sentence (lowercased, without the dot).
ABBREVIATIONS = frozenset(
    """mr mrs ms dr prof sen rep gov gen maj col lt sgt capt cmdr adm st mt ft jr sr rev hon pres
    jan feb mar apr jun jul aug sep sept oct nov dec co corp inc ltd bros no nos vs etc
    ala ariz ark calif colo conn del fla ga ill ind kan ky la md mass mich minn miss mo mont neb
    nev okla ore pa tenn tex va vt wash wis wyo u.s u.n u.k d.c p.m a.m e.g i.e""".split()
)

_BOUNDARY = re.compile(r"[.!?]+[\"'”’)\]]*\s+(?=[\"'“‘(\[]?[A-Z0-9`])")
_LAST_WORD = re.compile(r"([\w.]+)[.!?]+[\"'”’)\]]*\s*$")
# A quote that opens with a bare negative answer ('"No," he said.'; 'His answer: "No."'): too short
# for a statement, but it answers the reported question before it (claims.py takes it for a denial).
_BARE_ANSWER = re.compile(
    r"[\"“‘']\s*(" + "|".join(sorted(lexicon.for_language(lexicon.DEFAULT_LANGUAGE).denial.NEGATIVE_ANSWERS)) + r")\s*[,.!]",
    re.IGNORECASE,
)
_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")
_ENDS_SENTENCE = re.compile(r"[.!?][\"'”’)\]]*$")


@dataclass(slots=True)
class Sentence:
    """One statement of one document: where it is, and its order in the document."""

    doc: str
    start: int  # character span in Document.text
    end: int
    text: str
    index: int  # 0-based position among the document's kept sentences


def split_sentences(docs: Iterable[Document]) -> list[Sentence]:
    """Every kept sentence of every document, in document order."""
    return [s for doc in docs for s in document_sentences(doc)]


def document_sentences(doc: Document) -> Iterator[Sentence]:
    """The statements of one document's cleaned text; titles and junk-like fragments are skipped."""
    index = 0
    for start, end in _spans(doc.text):
        start = skip_dateline(doc.text, start, end)
        text = doc.text[start:end]
        if _is_statement(text, doc.title):
            yield Sentence(doc.id, start, end, text, index)
            index += 1


def word_count(text: str) -> int:
    """Words as the brief's budget counts them."""
    return len(_WORD.findall(text))


def _spans(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each sentence: paragraphs are lines, split at punctuation before a capital."""
    offset = 0
    for line in text.split("\n"):
        cut = 0
        for match in _BOUNDARY.finditer(line):
            last = _LAST_WORD.search(line[cut:match.end()])
            if last and _abbreviation(last.group(1)) and not _closes_quote(match.group()):
                continue
            yield from _trimmed(line, offset, cut, match.start() + len(match.group().rstrip()))
            cut = match.end()
        yield from _trimmed(line, offset, cut, len(line))
        offset += len(line) + 1


def _trimmed(line: str, offset: int, start: int, end: int) -> Iterator[tuple[int, int]]:
    piece = line[start:end]
    stripped = piece.strip()
    if stripped:
        lead = len(piece) - len(piece.lstrip())
        yield offset + start + lead, offset + start + lead + len(stripped)


def bare_answer(text: str) -> str | None:
    """The negative answer a sentence's quote opens with ("No" of '"No," he said.'), or None."""
    found = _BARE_ANSWER.search(text)
    return found.group(1) if found else None


def _closes_quote(boundary: str) -> bool:
    """'His answer: "No." Peskov ...': a closing quote after the stop ends the sentence, abbreviation or not."""
    return any(mark in boundary for mark in "\"”")


def _abbreviation(word: str) -> bool:
    """"Mr.", "Feb.", "U.S." and single initials ("Vladimir V. Putin") do not end sentences."""
    lowered = word.lower().rstrip(".")
    return lowered in ABBREVIATIONS or (len(lowered) == 1 and lowered.isalpha()) or (
        "." in lowered and len(lowered) <= 6
    )


def _is_statement(text: str, title: str) -> bool:
    words = word_count(text)
    if (words < _settings().sentences.min_words and not bare_answer(text)) or words > _settings().sentences.max_words:
        return False
    if not any(c.islower() for c in text):
        return False  # shouted headers, tickers
    if title and text.strip().casefold() == title.strip().casefold():
        return False
    return bool(_ENDS_SENTENCE.search(text)) or words >= _settings().sentences.min_words_unpunctuated
