"""Whole-line matching of a cue lexicon at a few microseconds a line.

One alternation of ~150 case-insensitive patterns costs ~10 us a line: the regex engine tries
every branch. `LineLexicon` splits the branches by the characters a match can start with
(read from the pattern's text) and compiles one alternation per first character, so a
line only meets the branches that could match it. Patterns that can match anywhere in a line
are run only on lines that hold one of their trigger substrings.
"""

from __future__ import annotations

import re
from collections import defaultdict
from newsweave.settings import current as _settings

FLAGS = re.IGNORECASE
_MAX_RANGE = 128  # a character class wider than this at the start of a pattern dispatches anywhere
_QUANTIFIER = re.compile(r"[*?+]|\{(\d*)(?:,\d*)?\}")
_ZERO_WIDTH = frozenset("bBAZ")  # \b, \B, \A, \Z: assertions, they consume nothing
_GROUP_FLAGS = re.compile(r"\?(?::|P<\w+>|[aiLmsux]*(?:-[imsx]+)?:)")  # (?:  (?P<name>  (?-i:  (?i:


def first_chars(pattern: str) -> frozenset[str] | None:
    """Lower-cased characters a match of `pattern` can start with; None when it could be any.

    Read from the pattern's text by a small scanner of the syntax our lexicon uses (literals,
    escapes, classes, groups, alternation, quantifiers); whatever it does not know (`.`, `\\w`,
    lookarounds, ...) makes the answer None, which only costs speed, never a match.
    """
    scan = _Scanner(pattern)
    chars, nullable = scan.alternation()
    if scan.pos != len(pattern) or chars is None or nullable:
        return None
    return frozenset(c.lower() for c in chars)


class _Scanner:
    """Recursive descent over a regex's text, computing (first characters or None, can match empty)."""

    def __init__(self, pattern: str) -> None:
        self.text, self.pos = pattern, 0

    def alternation(self) -> tuple[set[str] | None, bool]:
        chars: set[str] | None = set()
        nullable = False
        while True:
            branch, empty = self.sequence()
            chars = None if chars is None or branch is None else chars | branch
            nullable = nullable or empty
            if self.pos < len(self.text) and self.text[self.pos] == "|":
                self.pos += 1
                continue
            return chars, nullable

    def sequence(self) -> tuple[set[str] | None, bool]:
        """Like a regex engine: items add their first characters until one cannot match empty."""
        chars: set[str] | None = set()
        nullable = True
        while self.pos < len(self.text) and self.text[self.pos] not in "|)":
            item, empty = self.item()
            empty = self.quantifier() or empty
            if nullable:
                chars = None if chars is None or item is None else chars | item
                nullable = empty
        return chars, nullable

    def item(self) -> tuple[set[str] | None, bool]:
        text, char = self.text, self.text[self.pos]
        self.pos += 1
        if char == "(":
            return self.group()
        if char == "[":
            return self.charset(), False
        if char == "\\":
            escaped = text[self.pos : self.pos + 1]
            self.pos += 1
            if escaped in _ZERO_WIDTH:
                return set(), True
            return self.escape(escaped), False
        if char in "^$":
            return set(), True
        if char == ".":
            return None, False
        return {char}, False

    def group(self) -> tuple[set[str] | None, bool]:
        known = True
        if self.text.startswith("?", self.pos):
            flags = _GROUP_FLAGS.match(self.text, self.pos)
            known = flags is not None  # lookarounds, backreferences, conditionals: not read
            self.pos = flags.end() if flags else self.pos + 1
        chars, nullable = self.alternation()
        if not self.text.startswith(")", self.pos):
            return None, False
        self.pos += 1
        return (chars, nullable) if known else (None, False)

    def charset(self) -> set[str] | None:
        text, chars, known = self.text, set(), not self.text.startswith("^", self.pos)
        first = True
        while self.pos < len(text) and (text[self.pos] != "]" or first):
            first = False
            if text[self.pos] == "\\":
                found = self.escape(text[self.pos + 1 : self.pos + 2])
                self.pos += 2
                if found is None or len(found) != 1:
                    known = known and found is not None
                    chars |= found or set()
                    continue
                low = next(iter(found))
            else:
                low = text[self.pos]
                self.pos += 1
            if text.startswith("-", self.pos) and self.pos + 1 < len(text) and text[self.pos + 1] != "]":
                high = text[self.pos + 1]
                self.pos += 2
                if high == "\\" or ord(high) - ord(low) > _MAX_RANGE:
                    known = False
                    continue
                chars.update(chr(code) for code in range(ord(low), ord(high) + 1))
            else:
                chars.add(low)
        self.pos += 1  # the closing ]
        return chars if known else None

    @staticmethod
    def escape(char: str) -> set[str] | None:
        """What an escape outside the zero-width ones matches: \\d its digits, a punctuation mark itself."""
        if char == "d":
            return set("0123456789")
        if not char or char.isalnum():
            return None  # \\w, \\s, \\n, \\x41, backreferences...: not read
        return {char}

    def quantifier(self) -> bool:
        """Consume a quantifier after an item; True when it allows zero repetitions."""
        found = _QUANTIFIER.match(self.text, self.pos)
        if found is None:
            return False
        self.pos = found.end()
        if self.text.startswith(("?", "+"), self.pos):  # lazy or possessive
            self.pos += 1
        token = found.group()
        return token in "*?" or (token.startswith("{") and not int(found.group(1) or 0))


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
