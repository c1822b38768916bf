"""The cue lexicon's first-character dispatch: read from each pattern's text, never wrong, only ever coarser."""

from __future__ import annotations

import re

import pytest

from newsweave.clean.lexicon.matcher import FLAGS, LineLexicon, first_chars
from newsweave.lexicon.en.junk import CUE_PATTERNS, END_MARKERS

DIGITS = frozenset("0123456789")


@pytest.mark.parametrize(
    ("pattern", "chars"),
    [
        (r"Share", {"s"}),  # lower-cased: the lexicon matches case-insensitively
        (r"(?:read|see)(?: more)?", {"r", "s"}),
        (r"[-–—_ ]*(?:ad|sponsored)", {"-", "–", "—", "_", " ", "a", "s"}),  # an optional prefix adds its own
        (r"\(?photo", {"(", "p"}),
        (r"\d+ comments?", DIGITS),
        (r"[\d.]x", DIGITS | {"."}),
        (r"x{0,3}y", {"x", "y"}),
        (r"x{2}y", {"x"}),
        (r"\bby\b.{1,80}", {"b"}),  # \b consumes nothing
        (r"(?-i:[A-C])b", {"a", "b", "c"}),
        (r"cancel reply|reply", {"c", "r"}),
        (r"(?P<name>q)r", {"q"}),
        (r".{0,80}ad", None),  # any character
        (r"\s*x", None),
        (r"[^a]x", None),
        (r"(?=a)a", None),  # lookarounds are not read
        (r"a?", None),  # can match the empty line
        (r"a|", None),
        (r"[\x00-\uffff]", None),  # too wide a class to dispatch on
    ],
)
def test_first_chars(pattern, chars):
    assert first_chars(pattern) == (None if chars is None else frozenset(chars))


LEXICON = [(f"tail:{k}", p) for k, p in END_MARKERS.items()] + [
    (f"cue:{kind}", p) for kind, patterns in CUE_PATTERNS.items() for p in patterns]
LINES = [
    "Share", "- Advertisement -", "Read more: Port Halden mayor orders review", "12 comments", "(Photo: AP)",
    "Related articles", "By Maya Torres", "By: Maya Torres and John Doe", "Tweet", "Privacy Policy | Terms of Use",
    "1 of 12", "Image 3 / 9", "Updated: March 3, 2025", "Sign in", "The gates failed to close on Sunday.",
    "Advertising was scarce that year, the mayor said.", "Leave a Reply", "x", "©", "Loading...",
]


@pytest.mark.parametrize("line", LINES)
def test_dispatch_finds_what_the_whole_lexicon_in_order_finds(line):
    whole = [(reason, re.compile(pattern, FLAGS)) for reason, pattern in LEXICON]
    expected = next((reason for reason, pattern in whole if pattern.fullmatch(line)), None)
    assert LineLexicon(LEXICON, []).match(line, max_chars=200) == expected
