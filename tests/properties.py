"""Hostile text for the property-based tests, and the decorator that gives each property two budgets.

The strategies build what real piles hold and parsers trip on: arbitrary Unicode, empty and
one-character documents, lines of 100,000 characters, unbalanced and nested quotes, dates from
year 1 to 9999 and ranges of any length, numbers everywhere, right-to-left and mixed scripts,
control characters and odd line breaks.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsweave.model import Document

# Under `pytest -m slow` every property runs this many times its default examples, unseeded.
SLOW_FACTOR = 10
LONG_LINE = 100_000

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December", "Jan.", "Sept.", "Dec"]  # fmt: skip
WORDS = [
    "said", "told", "denied", "according to", "officials", "The mayor", "Jane Doe", "Mr. Putin", "he", "she",
    "reported", "not", "no", "never", "hoax", "By", "Published", "Updated", "Source:", "Related articles",
    "Comments", "Home", "News", "World", "Reuters", "(AP) —", "—", "-", "|", "©", "Read more at", "on Monday",
    "last week", "yesterday", "next month", "this year", "in the 1990s", "WASHINGTON", "Share", "Facebook",
    "http://example.com/a?b=c", "www.harbor-news.com", "e-mail@example.org", "Ph.D.", "U.S.", "St.", "etc.",
]  # fmt: skip
QUOTES = ['"', "“", "”", "‘", "’", "'", "«", "»", "„", "‹", "›", "「", "」", "“”", "”“", '""', "“‘", "’”", "«“", "”»"]
SCRIPTS = [
    "قال المتحدث باسم الحكومة إن الفيضانات دمرت الجسر.",  # Arabic
    "הממשלה הודיעה כי הגשר ייפתח מחדש.",  # Hebrew
    "政府发言人周一表示，洪水摧毁了大桥。",  # Chinese
    "Представитель правительства заявил, что мост откроют в понедельник.",  # Cyrillic
    "सरकार ने कहा कि पुल सोमवार को खुलेगा।",  # Devanagari
    "東京で３月３日に地震があった。",  # Japanese, full-width digits
    "The mayor said قال “الجسر” مغلق on ١٢ مارس ٢٠٢٤.",  # mixed direction, Arabic-Indic digits
    "Ελλάδα: «Η γέφυρα έκλεισε», είπε ο δήμαρχος.",  # Greek with guillemets
]
CONTROLS = ["\x00", "\x01", "\x07", "\x08", "\x0b", "\x0c", "\x1b[31m", "\x7f", "\x85", "\u200b", "\u200e",
            "\u200f", "\u202a", "\u202e", "\u2066", "\u2028", "\u2029", "\ufeff", "\ufffd", "\r", "\r\n", "\t"]  # fmt: skip
# Markup that must never reach a report unescaped (scraped text is untrusted).
MARKUP = ["<script>alert(1)</script>", "<img src=x onerror=alert(2)>", "</td></tr></table>", "<!--", "-->", "]]>",
          "&lt;b&gt;", "&amp;", "<a href='http://evil.example'>", "{{ view }}", "{% raw %}", "`code`", "*", "_", "# ", "|"]  # fmt: skip
SEPARATORS = [" ", " ", "\n", "\n\n", ". ", ", ", "; ", ": ", "? ", "! ", "...", "…"]


@st.composite
def years(draw: st.DrawFn) -> int:
    return draw(st.one_of(st.integers(1, 9999), st.integers(1830, 2100)))


@st.composite
def date_phrases(draw: st.DrawFn) -> str:
    """A date as reports write it, year 1 to 9999, or a range of any length."""
    year, day, month = draw(years()), draw(st.integers(0, 32)), draw(st.sampled_from(MONTHS))
    later = draw(years())
    return draw(st.sampled_from([
        f"{month} {day}, {year}", f"{day} {month} {year}", f"{month} {year}", f"{year}", f"in {year}",
        f"{year:04d}-{draw(st.integers(0, 13)):02d}-{day:02d}", f"{day}/{draw(st.integers(0, 13))}/{year}",
        f"from {year} to {later}", f"between {month} {day} and {month} {day + 3}, {year}", f"{year}-{later}",
        f"{year}–{later % 100:02d}", f"{month} {day}-{day + 40}", f"the {year}s", f"{day} days ago",
        f"on {month} {day}", f"{year} BC", f"{month} {day}, {year} at {day % 24}:{day:02d} a.m.",
        f"Monday, {month} {day}", f"{draw(st.integers(1, 10**6))} years ago", f"by {year}",
    ]))  # fmt: skip


@st.composite
def numbers(draw: st.DrawFn) -> str:
    n = draw(st.one_of(st.integers(-(10**12), 10**12), st.integers(0, 99)))
    return draw(st.sampled_from([
        str(n), f"{n:,}", f"{n}%", f"${n}bn", f"{n}.5", f"No. {n}", f"{n}th", f"#{n}", f"{n}-{n + 1}", f"{n}:{n % 60:02d}",
    ]))  # fmt: skip


FRAGMENTS = st.one_of(
    st.text(max_size=20),
    st.sampled_from(WORDS),
    st.sampled_from(QUOTES),
    date_phrases(),
    numbers(),
    st.sampled_from(SCRIPTS),
    st.sampled_from(CONTROLS),
    st.sampled_from(SEPARATORS),
    st.sampled_from(MARKUP),
)


@st.composite
def texts(draw: st.DrawFn, max_fragments: int = 40) -> str:
    """A document's text: empty, one character, fragments of everything above, or arbitrary Unicode."""
    return draw(st.one_of(
        st.just(""),
        st.characters(),
        st.text(),
        st.lists(FRAGMENTS, max_size=max_fragments).map(" ".join),
        st.lists(FRAGMENTS, max_size=max_fragments).map("".join),
    ))  # fmt: skip


@st.composite
def long_lines(draw: st.DrawFn) -> str:
    """A line of LONG_LINE characters: one fragment repeated, maybe inside ordinary text."""
    unit = draw(st.one_of(FRAGMENTS.filter(bool), st.sampled_from(["a", " ", "“", "| ", "- ", "1", "word "])))
    line = (unit * (LONG_LINE // len(unit) + 1))[:LONG_LINE]
    before, after = draw(texts(max_fragments=5)), draw(texts(max_fragments=5))
    return f"{before}\n{line}\n{after}"


@st.composite
def quoted_texts(draw: st.DrawFn) -> str:
    """Speech with quotes nested, unbalanced, mixed straight and curly, split across paragraphs."""
    parts: list[str] = []
    for _ in range(draw(st.integers(1, 8))):
        inner = draw(st.lists(st.one_of(st.sampled_from(WORDS), st.sampled_from(QUOTES), texts(max_fragments=3)), max_size=12))
        opener, closer = draw(st.sampled_from(QUOTES)), draw(st.sampled_from([*QUOTES, ""]))
        speech = f"{opener}{' '.join(inner)}{closer}"
        if draw(st.booleans()):  # nested inside another quote
            speech = f"{draw(st.sampled_from(QUOTES))}{speech} {draw(st.sampled_from(WORDS))}{draw(st.sampled_from(QUOTES))}"
        cue = draw(st.sampled_from(["", ", he said.", " said Jane Doe.", ", according to officials.", " The mayor said:",
                                    ", an official told Reuters,", " she added"]))
        parts.append(speech + cue)
    return "".join(f"{part}{draw(st.sampled_from(SEPARATORS))}" for part in parts)


@st.composite
def page_texts(draw: st.DrawFn, max_lines: int = 30, long: bool = True) -> str:
    """A scraped page's text: lines of menus, prose, quotes, dates and junk, maybe one of LONG_LINE
    characters (unless not `long`), with blank lines, CR and other breaks between them."""
    line = st.one_of(texts(max_fragments=25), st.lists(st.sampled_from(WORDS), min_size=1, max_size=30).map(" ".join))
    lines = draw(st.lists(line, max_size=max_lines))
    if long and lines and draw(st.booleans()):
        lines[draw(st.integers(0, len(lines) - 1))] = draw(long_lines())
    return draw(st.sampled_from(["\n", "\n\n", "\r\n", "\n \n"])).join(lines)


# A publication date as metadata gives it: a real day, none, or whatever a page wrote there.
PUBLISHED = st.one_of(st.none(), st.dates().map(date.isoformat), texts(max_fragments=3))


@st.composite
def stories(draw: st.DrawFn) -> list[Document]:
    """One to four cleaned reports of hostile text (no LONG_LINE: each is parsed by spaCy), dated,
    undated, or dated by a publication date inferred from the text."""
    docs = []
    for n in range(draw(st.integers(1, 4))):
        text = draw(st.one_of(texts(), page_texts(max_lines=8, long=False), quoted_texts()))
        inferred = draw(st.sampled_from([None, "published-line", "latest-mentioned", "dateline"]))
        source = draw(st.sampled_from(["", "Gazette", "Wire"]))
        docs.append(Document(id=f"d{n}", path=f"d{n}.txt", format="text", source=source, title=draw(texts(max_fragments=4)),
                             raw=text, text=text, published=draw(PUBLISHED), published_inferred=inferred))
    return docs


def property_test(examples: int, **strategies: st.SearchStrategy) -> Callable:
    """`check` as a property test run `examples` times (seeded, so CI is repeatable) in the default
    run and SLOW_FACTOR times as often, unseeded, under the `slow` marker."""

    def decorate(check: Callable) -> Callable:
        @pytest.mark.parametrize(
            "scale", [pytest.param(1, id="default"), pytest.param(SLOW_FACTOR, id="slow", marks=pytest.mark.slow)]
        )
        def test(scale: int) -> None:
            budget = settings(max_examples=examples * scale, derandomize=scale == 1)
            budget(given(**strategies)(check))()

        test.__name__ = test.__qualname__ = check.__name__
        test.__doc__, test.__module__ = check.__doc__, check.__module__
        return test

    return decorate
