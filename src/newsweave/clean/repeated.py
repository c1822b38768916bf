"""Lines an outlet repeats on every page (its own promos, standfirsts, footers) are its junk.

The line cleaner sees one document at a time; an outlet's own boilerplate ("Get the Daily
Harbor in your inbox every morning", "Reporting by the Harbor Desk") only shows itself when
several documents of the same `source` are read together. Such lines are moved from
`doc.text` to `doc.removed` with the reason `repeated-in-source`. Prose-looking lines are not
removed this way (the same sentence legitimately recurs in an outlet's follow-up stories) unless
they stand in a repeated list of mostly short lines (a sidebar's names and standfirsts); lines of
documents that are mostly repeats never are (those are copies: dedupe relates them).
Cost: one pass to count lines per source, one to remove: linear in the corpus.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict

from newsweave.model import Document, RemovedLine
from newsweave.settings import current as _settings

REASON = "repeated-in-source"

_SENTENCE_END = re.compile(r"[.!?][\"'”’)\]]*$")
_WS = re.compile(r"\s+")


def _key(line: str) -> int:
    """A line's identity across pages, whitespace and case aside: a hash, so that counting every line of a
    source's pages holds a number per line, not its text."""
    return hash(_WS.sub(" ", line).strip().casefold())


def _candidate(line: str) -> bool:
    stripped = line.strip()
    return len(stripped) >= _settings().repeated.min_chars and not _prose(stripped)


def _prose(line: str) -> bool:
    return len(line.split()) >= _settings().repeated.prose_min_words and bool(_SENTENCE_END.search(line))


def remove_repeated_lines(docs: list[Document]) -> None:
    """Move lines repeated verbatim across documents of the same source into `doc.removed`."""
    by_source: dict[str, list[Document]] = defaultdict(list)
    for doc in docs:
        if doc.source:
            by_source[doc.source].append(doc)
    for group in by_source.values():
        if len(group) >= _settings().repeated.min_documents:
            _remove_in_group(group)


def _remove_in_group(group: list[Document]) -> None:
    counts: Counter[int] = Counter()
    for doc in group:
        counts.update({_key(line) for line in doc.text.split("\n") if line.strip()})
    repeated = {key for key, n in counts.items() if n >= _settings().repeated.min_documents}
    if not repeated:
        return
    for doc in group:
        lines = doc.text.split("\n")
        seen = [bool(line.strip()) and _key(line) in repeated for line in lines]
        boilerplate = {i for i, line in enumerate(lines) if seen[i] and _candidate(line)}
        if len(boilerplate) > _settings().repeated.max_repeated_share * sum(1 for line in lines if line.strip()):
            continue  # mostly repeats: a copy, which dedupe relates
        sidebar = _sidebar(lines, seen)
        if sidebar and _copied_prose(lines, sidebar, seen):
            sidebar = set()
        drop = sorted(boilerplate | sidebar)
        if not drop:
            continue
        origin = _original_indices(doc, len(lines))
        dropped = set(drop)
        doc.removed.extend(RemovedLine(lines[i].strip(), REASON, origin[i]) for i in drop)
        doc.removed.sort(key=lambda r: r.line)
        doc.text = "\n".join(line for i, line in enumerate(lines) if i not in dropped)


def _copied_prose(lines: list[str], sidebar: set[int], seen: list[bool]) -> bool:
    """Whether more than repeated.max_repeated_share of a document's prose outside `sidebar` is repeated
    (or it has none): a copy, or a page of nothing but lists, whose repeated runs are not a sidebar."""
    prose = [i for i, line in enumerate(lines) if i not in sidebar and _prose(line.strip())]
    if not prose:
        return True
    return sum(seen[i] for i in prose) > _settings().repeated.max_repeated_share * len(prose)


def _sidebar(lines: list[str], seen: list[bool]) -> set[int]:
    """Lines of a list the outlet repeats on its pages, prose included: a run of at least
    repeated.sidebar_min_lines repeated lines (`seen`), blank lines aside, of which at least
    repeated.sidebar_short_share are short (not prose). An opinion section's sidebar alternates its
    writers' names with their pieces' standfirsts ("Tom Rogan" / "Beyond the partisan whirlwind of
    impeachment hearings, ..."); background an outlet's follow-up stories share is prose, paragraph
    after paragraph, and stays."""
    settings = _settings().repeated
    found: set[int] = set()
    run: list[int] = []
    for i, line in enumerate([*lines, "\0"]):  # the sentinel closes the last run
        if not line.strip():
            continue
        if i < len(lines) and seen[i]:
            run.append(i)
            continue
        short = sum(not _prose(lines[j].strip()) for j in run)
        if len(run) >= settings.sidebar_min_lines and short >= settings.sidebar_short_share * len(run):
            found.update(run)
        run = []
    return found


def _original_indices(doc: Document, kept: int) -> list[int]:
    """Index in the pre-cleaning text of each line of `doc.text`, or -1 where it cannot be told.

    The line cleaner keeps the non-blank lines it did not remove, in order; lines it removed
    only in part (a breadcrumb split off a headline) keep their place.
    """
    removed = {r.line for r in doc.removed if r.reason != "shape:breadcrumb-glued"}
    candidates = [i for i, line in enumerate(doc.raw.split("\n")) if line.strip() and i not in removed]
    return candidates if len(candidates) == kept else [-1] * kept
