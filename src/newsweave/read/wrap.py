"""Hard-wrapped plain text: lines joined back into the paragraphs they were cut from.

Wire copy, e-mail and text archives wrap at a fixed width (often 65 to 80 columns). Every later
step reads a line as a paragraph, so a sentence cut across lines became two fragments ("violations
by 40 percent since 1992," / "percent of permit applications"). A file is hard-wrapped when most of
its long lines end near one width, most of those mid-sentence (one sentence per line, however even
the lengths, is not wrapped); a line is then continued by the next when the next line's first
word would not have fitted on it (the wrapper moved it down), and the next line is not indented, a
list item or blank. A line that ends short ended its paragraph. Files of long lines (scraped pages,
one paragraph per line) are left as they are.
"""

from __future__ import annotations

import re

from newsweave.settings import current as _settings

_SENTENCE_ENDS = tuple('.!?:"”’\'')
_LIST_ITEM = re.compile(r"\s|[-*•–—]\s|\d+[.)]\s")


def wrap_width(lines: list[str]) -> int | None:
    """The width the text is wrapped at, or None when it is not hard-wrapped."""
    settings = _settings().read
    lengths = sorted(len(line.rstrip()) for line in lines if line.strip())
    if len(lengths) < settings.min_wrapped_lines:
        return None
    width = lengths[int(0.9 * (len(lengths) - 1))]
    if not settings.min_wrap_width <= width <= settings.max_wrap_width:
        return None
    near = [line.rstrip() for line in lines if width - settings.wrap_slack <= len(line.rstrip()) <= width]
    cut = sum(1 for line in near if not line.endswith(_SENTENCE_ENDS))  # a wrapper cuts mid-sentence
    return width if len(near) >= settings.wrapped_share * len(lengths) and cut >= settings.wrapped_share * len(near) else None


def unwrap(text: str) -> tuple[str, int | None]:
    """`text` with wrapped lines joined, and the width it was wrapped at (None: left as it was)."""
    lines = text.split("\n")
    width = wrap_width(lines)
    if width is None:
        return text, None
    joined: list[str] = []
    previous = ""  # the last line as it was written, not the paragraph joined so far
    for line in lines:
        if previous and line.strip() and not _LIST_ITEM.match(line) and _wrapped(previous, line, width):
            glue = "" if previous.endswith("-") and previous[-2:-1].isalpha() else " "
            joined[-1] = joined[-1].rstrip() + glue + line.strip()
        else:
            joined.append(line)
        previous = line.rstrip()
    return "\n".join(joined), width


def _wrapped(line: str, following: str, width: int) -> bool:
    """Whether the wrapper moved `following`'s first word down: it did not fit on `line`."""
    first_word = following.split(None, 1)[0]
    return len(line) + 1 + len(first_word) > width - _settings().read.wrap_tolerance
