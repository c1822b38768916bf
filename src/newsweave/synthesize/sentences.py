"""The story's sentences, each with its document and character span in the cleaned text.

The claims stage needs sentences, not a parse: the annotate stage's spaCy parse is not kept,
and parsing again costs about as much as annotating (DESIGN.md: ~7k words/s with the parser).
A regular-expression splitter over paragraphs (one per line in cleaned text) with an
abbreviation list does the job at well over a million characters a second. Fragments that are
not statements (titles, bylines, datelines alone, "Read more: ...", lists of names, a page's
promotion glued to a paragraph: "Sign up for the free daily newsletter.", `clean.lines.junk_sentence`;
a reference list's citations; a post embedded in the page, its poster's words; another story's labelled
teaser) are skipped, and a leading dateline ("PORT HALDEN — ", "PINE
RIDGE, S.D. (AP) -- ") is left out of the span so a sentence quoted in a brief reads as a sentence
(the wider wire datelines, "NEWARK, N.J. _ ", are cut where a statement is shown: read/dateline.py
`dateline_end`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from itertools import islice

from newsweave import lexicon
from newsweave.clean.lines import citation_lines, embedded_posts, in_spans, junk_sentence, labelled_teaser
from newsweave.model import Document
from newsweave.read.dateline import LEADING_DATELINE, skip_dateline
from newsweave.settings import current as _settings

_GRAMMAR = lexicon.for_language(lexicon.DEFAULT_LANGUAGE).grammar

# A sentence ends at its punctuation and closing quotes; a reference marker glued after it ("in 2001.[81] The
# next ...", Wikipedia) is no part of it. A stop a lost space glued to the next sentence ends one too ("a chief
# physician.Police arrested ...", the Jerusalem Post): a lower-case word, a stop and a capitalised word with
# nothing more glued to it (not "Mixi.Media", "Cricketwireless.Com/LGG2").
_BOUNDARY = re.compile(r"[.!?]+[\"'”’)\]]*(?P<reference>(?:\[\w{1,4}\])*)\s+(?=[\"'“‘(\[]?[A-Z0-9`])|(?<=[a-z]{3})\.(?=[A-Z][a-z]+(?:[\s,;:]|$))")
_LAST_WORD = re.compile(r"([\w.'’]+)[.!?]+[\"'”’)\]]*\s*$")
_NEXT_WORD = re.compile(r"[\"'“‘(\[]?(\w*)")
# A quote that opens with a bare negative answer ('"No," he said.'; 'His answer: "No."'): too short
# for a statement, but it answers the reported question before it (claims.py takes it for a denial).
_BARE_ANSWER = re.compile(
    r"[\"“‘']\s*(" + "|".join(sorted(lexicon.for_language(lexicon.DEFAULT_LANGUAGE).denial.NEGATIVE_ANSWERS)) + r")\s*[,.!]",
    re.IGNORECASE,
)
_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")
_ENDS_SENTENCE = re.compile(r"[.!?][\"'”’)\]]*$")
# What may end a shown sentence as it stands (`with_stop`).
_STOPS = ".!?\"'”’)]…"
# An interview printed as questions and answers: "Q. What is the basic transmission cycle?" / "A. Mosquitoes
# become infected ..." (DUC 2006 dev); after a question's label, "A. " opens an answer, no initial of a name.
_QUESTION_LABEL = re.compile(r"\s*Q[.:]\s+\S")
_ANSWER_LABEL = re.compile(r"[QA][.:]\s+")
# A list bullet opening a paragraph (wire copy's "_ " and "-- ", a page's "• "): no word of the
# sentence after it. A dash before a digit is a minus sign ("-5 degrees"), not a bullet.
_BULLET = re.compile(r"[-–—_*•·▪►]{1,3}(?:\s+|(?=[^\W\d_]|[“\"‘'(]))")


@dataclass(slots=True)
class Sentence:
    """One statement of one document: where it is, and its order in the document."""

    doc: str
    start: int  # character span in Document.text
    end: int
    text: str
    index: int  # 0-based position among the document's kept sentences


def split_sentences(docs: Iterable[Document], limit: int | None = None) -> list[Sentence]:
    """Every kept sentence of every document, in document order; of a document with more than `limit`, the
    first `limit`, and a warning on the document that says how many were left out."""
    found = []
    for doc in docs:
        sentences = document_sentences(doc)
        found.extend(islice(sentences, limit))
        left = sum(1 for _ in sentences)  # nothing left when there is no limit
        if left:
            doc.warnings.append(f"claims: only the first {limit:,} sentences read, {left:,} more left out")
    return found


def document_sentences(doc: Document) -> Iterator[Sentence]:
    """The statements of one document's cleaned text; titles and junk-like fragments are skipped."""
    index = 0
    for start, end in _spans(doc.text):
        start = skip_dateline(doc.text, start, end, LEADING_DATELINE) if start == 0 else start
        text = doc.text[start:end]
        if _is_statement(text, doc.title):
            yield Sentence(doc.id, start, end, text, index)
            index += 1


def with_stop(text: str) -> str:
    """The text ending as a sentence: a clause cut before ", and ..." gets a full stop; one that ends
    in a stop, a closing quote or bracket keeps its end."""
    text = text.rstrip()
    return text if text[-1:] in _STOPS else text + "."


def word_count(text: str) -> int:
    """Words as the brief's budget counts them."""
    return len(_WORD.findall(text))


def _spans(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each sentence: paragraphs are lines, split at punctuation before a capital;
    a citation's line holds none, nor a post embedded in the page (its poster's words: quotes.py), nor a
    labelled teaser (`labelled_teaser`: another story's headline and standfirst)."""
    offset, asked = 0, False
    citations, posts = citation_lines(text), [(post.start, post.end) for post in embedded_posts(text)]
    for line in text.split("\n"):
        if in_spans(citations, offset) or in_spans(posts, offset) or labelled_teaser(line):
            offset += len(line) + 1
            continue
        asked = asked or bool(_QUESTION_LABEL.match(line))
        cut = 0
        for match in _BOUNDARY.finditer(line):
            last = _LAST_WORD.search(line[cut:match.end()])
            following = _NEXT_WORD.match(line, match.end()).group(1)
            if last and _leaves_open(last.group(1), following) and not _closes_quote(match.group()):
                continue
            if match.group() == "." and not (last and last.group(1).islower()):
                continue  # a name with a stop inside ("Mixi.Media"), no sentence glued to another
            yield from _trimmed(line, offset, cut, match.start("reference") if match.group("reference") else match.start() + len(match.group().rstrip()), asked)
            cut = match.end()
        yield from _trimmed(line, offset, cut, len(line), asked)
        offset += len(line) + 1


def _trimmed(line: str, offset: int, start: int, end: int, answer: bool = False) -> Iterator[tuple[int, int]]:
    """The span without the spaces around it, the bullet or answer label (`answer`: "A. ") that opens its
    paragraph, and a bracket the sentence does not close or open: "(Runoff from melting glaciers contributes
    to a rising global sea level." opens a parenthesis that a later sentence closes (DUC 2006 dev)."""
    piece = line[start:end]
    stripped = piece.strip()
    if stripped:
        lead = len(piece) - len(piece.lstrip())
        label = (answer and _ANSWER_LABEL.match(piece, lead) or _BULLET.match(piece, lead)) if start == 0 else None
        if label and label.end() < len(piece.rstrip()):
            lead, stripped = label.end(), piece[label.end():].strip()
        if stripped.startswith("(") and ")" not in stripped:
            lead, stripped = lead + len(stripped) - len(stripped[1:].lstrip()), stripped[1:].lstrip()
        if stripped.endswith(")") and "(" not in stripped:
            stripped = stripped[:-1]
        if stripped.strip():
            yield offset + start + lead, offset + start + lead + len(stripped)


def bare_answer(text: str) -> str | None:
    """The negative answer a sentence's quote opens with ("No" of '"No," he said.'), or None."""
    found = _BARE_ANSWER.search(text)
    return found.group(1) if found else None


def _closes_quote(boundary: str) -> bool:
    """'His answer: "No." Peskov ...': a closing quote after the stop ends the sentence, abbreviation or not."""
    return any(mark in boundary for mark in "\"”")


def _leaves_open(word: str, following: str) -> bool:
    """Whether a word ending in "." leaves its sentence open before `following`: a title ("Mr.", "Gen.")
    or an initial ("Vladimir V. Putin") always; "Feb.", "Inc.", "U.S.", "p.m." unless `following` opens
    sentences ("at 3:10 p.m. He did not say why.": two sentences)."""
    lowered = word.lower().rstrip(".")
    if lowered in _GRAMMAR.TITLE_ABBREVIATIONS or (len(lowered) == 1 and lowered.isalpha()):
        return True
    if lowered in _GRAMMAR.ABBREVIATIONS or ("." in lowered and len(lowered) <= 6):
        return following.lower() not in _GRAMMAR.SENTENCE_STARTERS
    return False


def _is_statement(text: str, title: str) -> bool:
    words = word_count(text)
    if (words < _settings().sentences.min_words and not bare_answer(text)) or words > _settings().sentences.max_words:
        return False
    if not any(c.islower() for c in text):
        return False  # shouted headers, tickers
    if title and text.strip().casefold() == title.strip().casefold():
        return False
    if junk_sentence(text):
        return False  # "Sign up for the free daily newsletter." at the end of a page's paragraph
    return bool(_ENDS_SENTENCE.search(text)) or words >= _settings().sentences.min_words_unpunctuated
