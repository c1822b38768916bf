"""Quotation marks: the one list of them, and whether a place in a text is inside a quote.

Curly double marks and guillemets open (“ „ «) and close (” »); a straight double mark (") does
both, so it counts in pairs. A single mark (‘ ’ ' `) is also an apostrophe ("Israel's"): only a
reader of a text's edges counts it (the brief: is this sentence a quote alone?).
"""

from __future__ import annotations

import re

OPENING_DOUBLE = "“„«"
CLOSING_DOUBLE = "”»"
STRAIGHT_DOUBLE = '"'
DOUBLE = OPENING_DOUBLE + CLOSING_DOUBLE + STRAIGHT_DOUBLE
SINGLE = "‘’'`"
_DOUBLE_MARK = re.compile(f"[{DOUBLE}]")


def inch_mark(text: str, at: int) -> bool:
    """Whether the straight mark at `at` stands for inches after a figure ("the 16\" MacBook", "a 65\" TV",
    "14\", 15.4\" and 16\""): where it would open a quote, a mark right after a digit measures."""
    return text[at] == STRAIGHT_DOUBLE and at > 0 and text[at - 1].isdigit()


def inside_quote(before: str) -> bool:
    """Whether the end of `before` is inside double quotation marks opened in it: curly marks and
    guillemets nest (a stray closing mark closes nothing), straight ones count in pairs, an inch
    mark where one would open (`inch_mark`) not at all."""
    depth = straight = 0
    for match in _DOUBLE_MARK.finditer(before):
        mark = match.group()
        if mark == STRAIGHT_DOUBLE:
            if straight % 2 == 0 and inch_mark(before, match.start()):
                continue
            straight += 1
        elif mark in OPENING_DOUBLE:
            depth += 1
        else:
            depth = max(depth - 1, 0)
    return depth > 0 or straight % 2 == 1


def closing_mark(text: str) -> str:
    """The mark that closes a double quotation left open at the end of `text`, or "": a brief's
    sentence cut from a quote that goes on ("Morrison told the committee, \"I feared ... climate.").
    A straight mark after a space opens, after a word or a stop closes: "... thus!\"--and he made a
    thrust" closes a quote opened in a sentence before and leaves nothing open."""
    opened: list[str] = []
    straight_open = False
    for match in _DOUBLE_MARK.finditer(text):
        mark = match.group()
        if mark == STRAIGHT_DOUBLE:
            before = text[match.start() - 1] if match.start() else " "
            straight_open = before.isspace() or before in "([{—–-"
        elif mark in OPENING_DOUBLE:
            opened.append(mark)
        elif opened:
            opened.pop()
    if opened:
        return "»" if opened[-1] == "«" else "”"
    return STRAIGHT_DOUBLE if straight_open else ""
