"""LDC / TREC SGML news: the format of the DUC, TDT, TREC and Gigaword corpora.

A file holds one or more `<DOC>` elements. Each is one report: `<DOCNO>` (or a `DOC id="..."`
attribute) names it, `<HEADLINE>` (`<HEAD>`, `<HL>`) is its title, `<TEXT>` its body. The body's
paragraphs are `<P>` elements, or, in older wire copy, hard-wrapped lines with an indented or blank
line before each paragraph: either way one paragraph becomes one line, as the cleaner expects.
The wire's ASCII quotation marks (``...'') become typographic ones, which the quote finder reads.
Everything else (headers, slugs, transmission codes, trailers) is wire plumbing and is not read.
The day comes from the document number (`APW19980610.0858`: the LDC's own date, the day the
agency filed it); a `<DATE_TIME>` or `<DATE>` field is used only when the number carries none,
because those fields mix orders (`06/10/1998`, `1998-30-06`) and time zones. The outlet is the
agency the number's prefix stands for, else the file's fallback.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterator

from newsweave import lexicon
from newsweave.model import Document, Skipped
from newsweave.read.dates import iso_date
from newsweave.read.source import Origin


_names = lexicon.for_language(lexicon.DEFAULT_LANGUAGE).names
_DOC_OPEN = re.compile(r"<DOC\b([^>]*)>", re.IGNORECASE)
_DOC_CLOSE = re.compile(r"</DOC\s*>", re.IGNORECASE)
_ID_ATTRIBUTE = re.compile(r"""\bid\s*=\s*["']?([^"'\s>]+)""", re.IGNORECASE)
_NUMBER = re.compile(r"[A-Za-z]+_?(?:[A-Za-z]+_)?((?:19|20)\d{2})(\d{2})(\d{2})")
_LETTERS = re.compile(r"[A-Za-z]+")
_TAG = re.compile(r"<[^>]+>")
# Wire copy's ASCII quotation marks (``like this'', and AP's ''like this''): the quote finder reads
# typographic ones. Two apostrophes opening a word (after a space, a bracket or the paragraph's
# start) open a quote: read as closing, AP's quotes lost their opening mark and the quote its speaker.
_OPENING_QUOTE = re.compile(r"``|(?<![^\s(\[])''(?=[^\s.,;:!?)\]])")
_CLOSING_QUOTE = re.compile(r"''")
# A lone backtick opens a quote inside a quote (```City' means permanence,'' he said): a single mark.
_OPENING_SINGLE_QUOTE = re.compile(r"`")
# Typesetting codes of the wire (&QC; &UR; &Cx1f;): entity-shaped, unknown to HTML, not text.
_WIRE_CODE = re.compile(r"&[A-Za-z][A-Za-z0-9]*;")
_PARAGRAPH_TAG = re.compile(r"</?P\b[^>]*>", re.IGNORECASE)
# A line that opens a paragraph in hard-wrapped copy: indented, or after a blank line.
_PARAGRAPH_BREAK = re.compile(r"\n\s*\n|\n(?=[ \t])")
TITLE_FIELDS = ("HEADLINE", "HEAD", "HL", "TITLE")
# A <TEXT> of fewer words than this, in a <BODY> whose prose outside its fields is more than this many
# times longer, is a mistyped document: the article is the prose outside (`_loose_prose`).
LOOSE_TEXT_WORDS = 20
LOOSE_BODY_SHARE = 10
# Any element of a <BODY> (SLUG, HEADLINE, TEXT, BYLINE, ...) with its content: not loose prose.
_FIELD_ELEMENT = re.compile(r"<([A-Z_]+)\b[^>]*>.*?</\1>", re.IGNORECASE | re.DOTALL)
# A wire's priority mark before the headline ("URGENT  Canada's Top Court Rules on Quebec Separation",
# Xinhua in DUC 2006): how the desk was alerted, not the title.
_PRIORITY = re.compile(r"^(?:URGENT|FLASH|BULLETIN|NEWSALERT)(?:\s{2,}|\s+(?=[A-Z][a-z]))")  # not "URGENT CARE CENTERS"
DATE_FIELDS = ("DATE_TIME", "DATE")


def read_sgml(text: str, origin: Origin) -> Iterator[Document | Skipped]:
    """One document per `<DOC>` with text; a `<DOC>` with none is Skipped `no-text`."""
    elements = list(_elements(text))
    single = len(elements) == 1
    for n, (attributes, body, closed) in enumerate(elements, start=1):
        item = _document(attributes, body, origin, origin.doc_id if single else origin.record_id(n),
                         origin.path if single else f"{origin.path}#{n}")
        if isinstance(item, Document) and not closed:
            item.warnings.append("sgml: this <DOC> is not closed; read up to the next <DOC> or the end of the file")
        yield item


def _elements(text: str) -> Iterator[tuple[str, str, bool]]:
    """Each <DOC>'s attributes, body and whether it was closed (an unclosed one runs to the next)."""
    opened = list(_DOC_OPEN.finditer(text))
    for n, match in enumerate(opened):
        limit = opened[n + 1].start() if n + 1 < len(opened) else len(text)
        close = _DOC_CLOSE.search(text, match.end(), limit)
        yield match.group(1), text[match.end() : close.start() if close else limit], close is not None


def _document(attributes: str, body: str, origin: Origin, doc_id: str, where: str) -> Document | Skipped:
    number = _field(body, "DOCNO") or _attribute_id(attributes)
    paragraphs = _paragraphs(_field(body, "TEXT") or "")
    loose = _loose_prose(body, paragraphs)
    if not paragraphs and not loose:
        return Skipped(where, "no-text", f"<DOC> {number} has no <TEXT>" if number else "a <DOC> has no <TEXT>")
    text = "\n".join(loose + paragraphs)
    warnings = [f"sgml: the article stands outside <TEXT> ({_words(loose)} words of <BODY> read before it)"] if loose else []
    return Document(
        id=doc_id,
        path=origin.path,
        format="sgml",
        source=_agency(number) or origin.fallback_source,
        title=_PRIORITY.sub("", _flat(_first_field(body, TITLE_FIELDS) or "")),
        published=_number_day(number) or iso_date(_first_field(body, DATE_FIELDS)),
        author=_flat(_field(body, "BYLINE") or "") or None,
        raw=text,
        text=text,
        warnings=warnings,
    )


def _loose_prose(body: str, paragraphs: list[str]) -> list[str]:
    """The paragraphs of <BODY> outside its fields when the article stands there and <TEXT> holds
    next to nothing ("(Distributed by New York Times Special Features)" in DUC 2006 D0611B's
    NYT20000119.0262, its 1,600 words before <TEXT>); else none."""
    outer = _field(body, "BODY")
    if outer is None or _words(paragraphs) >= LOOSE_TEXT_WORDS:
        return []
    loose = _paragraphs(_FIELD_ELEMENT.sub("\n\n", outer))
    return loose if _words(loose) > LOOSE_BODY_SHARE * max(_words(paragraphs), 1) else []


def _words(paragraphs: list[str]) -> int:
    return sum(len(p.split()) for p in paragraphs)


def _field(body: str, tag: str) -> str | None:
    match = re.search(rf"<{tag}\b[^>]*>(.*?)</{tag}>", body, re.IGNORECASE | re.DOTALL)
    return match.group(1).strip() if match else None


def _first_field(body: str, tags: tuple[str, ...]) -> str | None:
    return next((value for value in (_field(body, tag) for tag in tags) if value), None)


def _attribute_id(attributes: str) -> str | None:
    match = _ID_ATTRIBUTE.search(attributes)
    return match.group(1) if match else None


def _flat(markup: str) -> str:
    """Tags dropped, entities decoded, wire codes dropped, ``quotes'' and `inner ones' made typographic, white space
    (line wraps included) made single spaces."""
    text = _WIRE_CODE.sub(" ", html.unescape(_TAG.sub(" ", markup)))
    return " ".join(_OPENING_SINGLE_QUOTE.sub("‘", _CLOSING_QUOTE.sub("”", _OPENING_QUOTE.sub("“", text))).split())


def _paragraphs(body: str) -> list[str]:
    """The text of each <P> (up to its </P> or the next <P>; wire notes between paragraphs, such as
    "(STORY CAN END HERE. OPTIONAL MATERIAL FOLLOWS)", are left out), else the hard-wrapped paragraphs."""
    tags = list(_PARAGRAPH_TAG.finditer(body))
    if tags:
        ends = [tag.start() for tag in tags[1:]] + [len(body)]
        pieces = [body[tag.end() : end] for tag, end in zip(tags, ends) if not tag.group().startswith("</")]
    else:
        pieces = _PARAGRAPH_BREAK.split(body)
    return [flat for flat in map(_flat, pieces) if flat]


def _agency(number: str | None) -> str | None:
    match = _LETTERS.match(number or "")
    return _names.LDC_AGENCIES.get(match.group().upper()) if match else None


def _number_day(number: str | None) -> str | None:
    match = _NUMBER.match(number or "")
    return iso_date("-".join(match.groups())) if match else None
