"""Quotation marks: the one list of them, and whether a place in a text is inside a quote.

Curly double marks and guillemets open (“ „ «) and close (” »); a straight double mark (") does
both, so it counts in pairs. A single mark (‘ ’ ' `) is also an apostrophe ("Israel's"): only a
reader of a text's edges counts it (the brief: is this sentence a quote alone?).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

OPENING_DOUBLE = "“„«"
CLOSING_DOUBLE = "”»"
STRAIGHT_DOUBLE = '"'
DOUBLE = OPENING_DOUBLE + CLOSING_DOUBLE + STRAIGHT_DOUBLE
SINGLE = "‘’'`"
_DOUBLE_MARK = re.compile(f"[{DOUBLE}]")
_MARK_OR_BREAK = re.compile(f"[{DOUBLE}\n]")


def inch_mark(text: str, at: int) -> bool:
    """Whether the straight mark at `at` stands for inches after a figure ("the 16\" MacBook", "a 65\" TV",
    "14\", 15.4\" and 16\""): where it would open a quote, a mark right after a digit measures."""
    return text[at] == STRAIGHT_DOUBLE and at > 0 and text[at - 1].isdigit()


def inside_quote(before: str) -> bool:
    """Whether the end of `before` is inside double quotation marks opened in it: curly marks and
    guillemets nest (a stray closing mark closes nothing), straight ones count in pairs, an inch
    mark where one would open (`inch_mark`) not at all."""
    state = _Depth()
    for match in _DOUBLE_MARK.finditer(before):
        state.mark(before, match.start())
    return state.inside


def inside_quote_on_line(text: str, positions: Sequence[int]) -> list[bool]:
    """`inside_quote` of each of `positions` (ascending) with its own line's text before it: one pass over
    the text's marks and line breaks, so a line of a million characters costs its length once, not once a
    position."""
    found, state = [], _Depth()
    events = _MARK_OR_BREAK.finditer(text)
    event = next(events, None)
    for at in positions:
        while event is not None and event.start() < at:
            if event.group() == "\n":
                state = _Depth()
            else:
                state.mark(text, event.start())
            event = next(events, None)
        found.append(state.inside)
    return found


class _Depth:
    """How deep a run of text is in double quotation marks, read mark by mark."""

    def __init__(self) -> None:
        self.depth = self.straight = 0

    def mark(self, text: str, at: int) -> None:
        if text[at] == STRAIGHT_DOUBLE:
            if not (self.straight % 2 == 0 and inch_mark(text, at)):
                self.straight += 1
        elif text[at] in OPENING_DOUBLE:
            self.depth += 1
        else:
            self.depth = max(self.depth - 1, 0)

    @property
    def inside(self) -> bool:
        return self.depth > 0 or self.straight % 2 == 1


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
