"""Damaged text repaired: HTML-entity residue, then ftfy, then split drop caps, each change
recorded as a `Repair`.

ftfy fixes mojibake but not the residue some scrapers leave when they turn `&rsquo;` into `’`
and keep the `;`: in such a document every curly quote, apostrophe or dash carries a trailing
semicolon (`wasn”;t`, `“;State of the Union”;`, `–;`). A single `”;` is ordinary punctuation
(a quote ending before a semicolon), so the residue is detected per document, as a systematic
pattern, and only then repaired. The repair runs before ftfy; when the residue is itself hidden
in mojibake (`wasnâ€™;t`) it only shows after ftfy, so detection gets a second look there.
Quotes stay curly (`uncurl_quotes=False`): quote extraction needs them.

A page that styles its first letter apart (a drop cap) leaves it as a word of its own when
scraped: "T he Davis Cup Final began ...", "Z imbabwe President Robert Mugabe ...". The letter
is joined back when the joined word opens sentences ("The") or the document writes it elsewhere, and
the page never writes the two parts apart inside a line ("the T cells" keeps "T cells" apart).
"A", "I", "O", "E" and "Y" stand alone in English or open sentences in other languages
("O assunto foi ...", "E chi siamo ..."): never joined.

Invisible characters a page sets inside words go: a soft hyphen marks where a browser may break a
word ("Netan\u00adyahu", "Vladi\u00admir Putin": the Washington Post's pages are full of them), a zero-width
space or word joiner where it may or may not, a byte-order mark is no character at all. Left in, the
name is two names to every reader that matches words ("Netan\u00adyahu" was a person of its own).

A possessive split from its word by the page's markup (a link's end: "according to NPR ’s Feng",
"Yahoo ’s $4.8 billion sale") is joined back; "NPR ’s Feng" was a speaker and a source of its own.
"""

from __future__ import annotations

import difflib
import re

import ftfy

from newsweave import lexicon
from newsweave.model import Repair
from newsweave.settings import current as _settings

# Characters that HTML named entities typically become (&ldquo; &rsquo; &ndash; &hellip; ...).
TYPOGRAPHIC = "‘’‚‛“”„‟–—…′″«»‹›•"


_TYPOGRAPHIC_CLASS = "[" + re.escape(TYPOGRAPHIC) + "]"
_TYPOGRAPHIC_RE = re.compile(_TYPOGRAPHIC_CLASS)
_RESIDUE_RE = re.compile(f"({_TYPOGRAPHIC_CLASS});")
# Between letters `”;` or `’;` is an apostrophe (wasn”;t, he’;d). Such an in-word residue is never
# legitimate punctuation, so one of them is enough evidence in a short text such as a title.
_IN_WORD_RESIDUE_RE = re.compile(r"(?<=[^\W\d_])[”’];(?=[^\W\d_])")
# ftfy has nothing to fix in a line of printable ASCII without `&` and the typographic punctuation
# of U+2010-U+2026 (dashes, curly quotes, daggers, bullet, ellipsis): no HTML entities, control
# characters, CR line breaks or terminal escapes, and no mojibake, which needs a Latin-1 letter to
# stand for a UTF-8 lead byte (`â€™`). Such lines are most of a news report, so they skip ftfy.
_FTFY_WORK_RE = re.compile(r"[^\t\n\x20-\x25\x27-\x7e\u2010-\u2026]")
# A capital letter alone opening a line, then the rest of its word (see the module's docstring);
# a word that opens sentences ("The", "While") is joined without being written elsewhere.
_SENTENCE_STARTERS = lexicon.for_language(lexicon.DEFAULT_LANGUAGE).grammar.SENTENCE_STARTERS
_DROP_CAP_RE = re.compile(r"^([B-DF-HJ-NP-XZ]) ([a-z]{2,})\b(?![-'’])", re.MULTILINE)


def repair_text(text: str) -> tuple[str, list[Repair]]:
    """`text` with entity residue, mojibake and split drop caps repaired and invisible characters dropped,
    and one `Repair` per kind of change made."""
    text, residue = _repair_residue(text)
    fixed = fix_text_fast(text)
    repairs: list[Repair] = []
    if fixed != text:
        ftfy_repair = _ftfy_repair(text, fixed)
        if residue is None:
            fixed, residue = _repair_residue(fixed)
        repairs.append(ftfy_repair)
    # after ftfy: in mojibake a soft hyphen is half of a character ("espaÃ\u00adol"), which ftfy puts back together
    fixed, invisible = _drop_invisible(fixed)
    fixed, drop_caps = _join_drop_caps(fixed)
    fixed, possessives = _join_possessives(fixed)
    return fixed, [r for r in (residue, *repairs, invisible, drop_caps, possessives) if r is not None]


# Soft hyphen, zero-width space, word joiner, byte-order mark (see the module's docstring). Not the
# zero-width joiner and non-joiner: Persian, Indic scripts and emoji need them.
_INVISIBLE_RE = re.compile("[\u00ad\u200b\u2060\ufeff]")


def _drop_invisible(text: str) -> tuple[str, Repair | None]:
    """"Netan\u00adyahu" -> "Netanyahu": characters with no width set inside words."""
    found = _INVISIBLE_RE.search(text)
    if found is None:
        return text, None
    word = re.split(r"\s", text[max(0, found.start() - 30):found.start()])[-1] + re.split(r"\s", text[found.end():found.end() + 30])[0]
    cleaned, count = _INVISIBLE_RE.subn("", text)
    return cleaned, Repair(kind="invisible", count=count, example=f"U+{ord(found.group()):04X} dropped: {_INVISIBLE_RE.sub('', word)}")


# A word, spaces, then "’s" or "'s" ending a word: the possessive the page's markup set apart.
_SPLIT_POSSESSIVE_RE = re.compile(r"(?<=[^\W_])[ \t]+(['’]s)(?=[\s.,;:!?)]|$)")


def _join_possessives(text: str) -> tuple[str, Repair | None]:
    """"NPR ’s Feng" -> "NPR’s Feng": a possessive split from its word."""
    found = list(_SPLIT_POSSESSIVE_RE.finditer(text))
    if not found:
        return text, None
    word, mark = text[max(0, found[0].start() - 60):found[0].start()].split()[-1], found[0].group(1)
    repair = Repair(kind="possessive", count=len(found), example=f"{word} {mark} -> {word}{mark}")
    return _SPLIT_POSSESSIVE_RE.sub(r"\1", text), repair


def _join_drop_caps(text: str) -> tuple[str, Repair | None]:
    """"T he Davis Cup ..." -> "The Davis Cup ...": a line's first letter split from its word."""
    joined: list[str] = []

    def join(match: re.Match[str]) -> str:
        letter, rest = match.group(1), match.group(2)
        word = letter + rest
        common = word.lower() in _SENTENCE_STARTERS
        if not common and not re.search(rf"\b{word}\b", text, re.IGNORECASE):
            return match.group()
        if re.search(rf"\S[ \t]+{letter} {rest}\b", text):
            return match.group()
        joined.append(f"{letter} {rest} -> {word}")
        return word

    repaired = _DROP_CAP_RE.sub(join, text)
    return repaired, Repair(kind="drop-cap", count=len(joined), example=joined[0]) if joined else None


def fix_text_fast(text: str) -> str:
    """`ftfy.fix_text(text, uncurl_quotes=False)`, exactly, without running ftfy on lines it cannot change.

    ftfy fixes text line by line (segments ending in "\\n"), with one piece of state across lines:
    after the first line holding `<` it stops unescaping HTML entities. That state is carried here.
    """
    out: list[str] = []
    seen_markup = False
    pending_start = -1  # start of a run of lines that need ftfy
    pos = 0
    while pos < len(text):
        end = text.find("\n", pos) + 1 or len(text)
        line = text[pos:end]
        if _FTFY_WORK_RE.search(line):
            if pending_start < 0:
                pending_start = pos
        else:
            if pending_start >= 0:
                out.append(_ftfy(text[pending_start:pos], seen_markup))
                seen_markup = seen_markup or "<" in text[pending_start:pos]
                pending_start = -1
            out.append(line)
            seen_markup = seen_markup or "<" in line
        pos = end
    if pending_start >= 0:
        out.append(_ftfy(text[pending_start:], seen_markup))
    return "".join(out)


def _ftfy(text: str, seen_markup: bool) -> str:
    return ftfy.fix_text(text, uncurl_quotes=False, unescape_html=False if seen_markup else "auto")


def has_entity_residue(text: str) -> bool:
    """Whether `text` shows systematic entity residue: most typographic characters followed by `;`."""
    if ";" not in text:
        return False
    residues = len(_RESIDUE_RE.findall(text))
    if not residues or residues / len(_TYPOGRAPHIC_RE.findall(text)) < _settings().clean.residue_share:
        return False
    return residues >= _settings().clean.residue_min_count or _IN_WORD_RESIDUE_RE.search(text) is not None


def _repair_residue(text: str) -> tuple[str, Repair | None]:
    if not has_entity_residue(text):
        return text, None
    repaired, count = _drop_residue(text)
    first = _IN_WORD_RESIDUE_RE.search(text) or _RESIDUE_RE.search(text)
    assert first is not None  # has_entity_residue found at least one
    word = _word_around(text, first.start(), first.end())
    return repaired, Repair(kind="entity-residue", count=count, example=f"{word} -> {_drop_residue(word)[0]}")


def _drop_residue(text: str) -> tuple[str, int]:
    """Residue removed: in-word `”;`/`’;` become `’`, every other typographic `;` loses the `;`."""
    text, apostrophes = _IN_WORD_RESIDUE_RE.subn("’", text)
    text, dropped = _RESIDUE_RE.subn(r"\1", text)
    return text, apostrophes + dropped


def _word_around(text: str, start: int, end: int) -> str:
    """The whitespace-delimited token(s) covering text[start:end], for a readable example."""
    left = max(text.rfind(" ", 0, start), text.rfind("\n", 0, start)) + 1
    right_space = [i for i in (text.find(" ", end), text.find("\n", end)) if i >= 0]
    right = min(right_space) if right_space else len(text)
    return text[left:right]


def _ftfy_repair(before: str, after: str) -> Repair:
    """A Repair counting the lines ftfy changed, with the first change as its example.

    ftfy keeps the line count unless it turns other line breaks (CR, U+2028, ...) into newlines:
    then the lines are compared pairwise, in linear time. Otherwise they are aligned by difflib with
    its popular-line heuristic (autojunk): without it, a text of many repeated lines ("x", then a
    NUL line, 20,000 times) took minutes, quadratic in its lines.
    """
    old_lines, new_lines = before.split("\n"), after.split("\n")
    if len(old_lines) == len(new_lines):
        pairs = [(old, new) for old, new in zip(old_lines, new_lines, strict=True) if old != new]
        return Repair(kind="ftfy", count=len(pairs), example=_change_example(*pairs[0]) if pairs else "")
    changed = 0
    example = ""
    for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(None, old_lines, new_lines).get_opcodes():
        if tag == "equal":
            continue
        changed += max(i2 - i1, j2 - j1)
        if not example:
            example = _change_example("\n".join(old_lines[i1:i2]), "\n".join(new_lines[j1:j2]))
    return Repair(kind="ftfy", count=changed, example=example)


def _change_example(old: str, new: str) -> str:
    """`old -> new` cut to the changed region with a little context on each side."""
    head = 0
    while head < min(len(old), len(new)) and old[head] == new[head]:
        head += 1
    tail = 0
    while tail < min(len(old), len(new)) - head and old[-1 - tail] == new[-1 - tail]:
        tail += 1
    start = max(0, head - _settings().clean.example_context)
    old_part = _visible(old[start : len(old) - tail + _settings().clean.example_context])
    new_part = _visible(new[start : len(new) - tail + _settings().clean.example_context])
    return f"{old_part} -> {new_part}"


def _visible(text: str) -> str:
    """Control characters written as escapes, so an example shows what ftfy removed."""
    return "".join(c if c.isprintable() else repr(c)[1:-1] for c in text)
