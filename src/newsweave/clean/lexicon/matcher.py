"""Whole-line matching of a cue lexicon at a few microseconds a line.

One alternation of ~150 case-insensitive patterns costs ~10 us a line: the regex engine tries
every branch. `LineLexicon` splits the branches by the characters a match can start with
(worked out from the parsed pattern) and compiles one alternation per first character, so a
line only meets the branches that could match it. Patterns that can match anywhere in a line
are run only on lines that hold one of their trigger substrings.
"""

from __future__ import annotations

import re
from collections import defaultdict
from re import _constants as sre_constants  # noqa: PLC2701 - stable within Python 3.11
from re import _parser as sre_parser  # noqa: PLC2701
from newsweave.settings import current as _settings

FLAGS = re.IGNORECASE
_MAX_RANGE = 128  # a character class wider than this at the start of a pattern dispatches anywhere


def first_chars(pattern: str) -> frozenset[str] | None:
    """Lower-cased characters a match of `pattern` can start with; None when it could be any."""
    try:
        chars, nullable = _first(sre_parser.parse(pattern, FLAGS).data)
    except (re.error, TypeError, ValueError, AttributeError):
        return None
    if chars is None or nullable:
        return None
    return frozenset(c.lower() for c in chars)


def _first(items: list) -> tuple[set[str] | None, bool]:
    """First characters of a parsed sequence (None: any), and whether it can match empty."""
    c = sre_constants
    chars: set[str] = set()
    for op, av in items:
        if op is c.AT:
            continue
        if op is c.LITERAL:
            return chars | {chr(av)}, False
        if op is c.IN:
            found = _charset(av)
            return (None, False) if found is None else (chars | found, False)
        if op is c.BRANCH:
            parts = [_first(branch.data) for branch in av[1]]
        elif op is c.SUBPATTERN:
            parts = [_first(av[-1].data)]
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
            inner, nullable = _first(av[2].data)
            parts = [(inner, nullable or av[0] == 0)]
        else:
            return None, False
        if any(part is None for part, _ in parts):
            return None, False
        for part, _ in parts:
            chars |= part
        if not any(nullable for _, nullable in parts):
            return chars, False
    return chars, True


def _charset(items: list) -> set[str] | None:
    c = sre_constants
    chars: set[str] = set()
    for op, av in items:
        if op is c.LITERAL:
            chars.add(chr(av))
        elif op is c.RANGE and av[1] - av[0] <= _MAX_RANGE:
            chars.update(chr(code) for code in range(av[0], av[1] + 1))
        elif op is c.CATEGORY and av is c.CATEGORY_DIGIT:
            chars.update("0123456789")
        else:
            return None
    return chars


class LineLexicon:
    """Matches a whole line against (reason, pattern) entries; the first entry that matches wins."""

    def __init__(self, entries: list[tuple[str, str]], triggered: list[tuple[tuple[str, ...], str, str]]):
        self._reasons = [reason for reason, _ in entries]
        by_char: dict[str, list[int]] = defaultdict(list)
        anywhere: list[int] = []
        for index, (_, pattern) in enumerate(entries):
            chars = first_chars(pattern)
            if chars is None:
                anywhere.append(index)
            else:
                for char in chars:
                    by_char[char].append(index)
        self._by_char = {char: self._compile(entries, indices + anywhere) for char, indices in by_char.items()}
        self._anywhere = self._compile(entries, anywhere)
        self._triggered = [(triggers, reason, re.compile(pattern, FLAGS)) for triggers, reason, pattern in triggered]
        self._any_trigger = re.compile("|".join(re.escape(t) for triggers, _, _ in triggered for t in triggers))

    @staticmethod
    def _compile(entries: list[tuple[str, str]], indices: list[int]) -> re.Pattern[str] | None:
        if not indices:
            return None
        return re.compile("|".join(f"(?P<g{i}>{entries[i][1]})" for i in sorted(set(indices))), FLAGS)

    def match(self, text: str, max_chars: int) -> str | None:
        """Reason of the first entry matching all of `text` (at most `max_chars` long), else of a triggered one."""
        if len(text) <= max_chars:
            pattern = self._by_char.get(text[0].lower(), self._anywhere)
            found = pattern.fullmatch(text) if pattern is not None else None
            if found is not None:
                return self._reasons[int(found.lastgroup[1:])]
        # Every triggered pattern bounds how far its trigger sits from the line's start or end.
        lowered = text.lower() if len(text) <= 2 * _settings().clean.trigger_window else (
            text[:_settings().clean.trigger_window].lower() + "\n" + text[-_settings().clean.trigger_window:].lower()
        )
        if self._any_trigger.search(lowered) is None:
            return None
        for triggers, reason, pattern in self._triggered:
            if any(t in lowered for t in triggers) and pattern.fullmatch(text):
                return reason
        return None
