"""Whether a place is inside a quote: the end of the text before it."""

from __future__ import annotations

import pytest

from newsweave.annotate.quote_marks import inside_quote


@pytest.mark.parametrize(
    ("before", "inside"),
    [
        ("“We will not allow", True),
        ("“We will not allow it,” he said, and", False),
        ('"We will not allow', True),  # a straight mark opens ...
        ('"We will not allow it," he said, and', False),  # ... and closes: counted in pairs
        ("«Nous ne", True),
        ("„Wir werden", True),
        ("“A” and “B", True),
        ("is clear.” He said", False),  # a stray closing mark (the quote opened a sentence before) closes nothing
        ("is clear.” He said “no", True),
        ("Israel's settlements", False),  # an apostrophe is no quote mark
        ("", False),
    ],
)
def test_inside_quote(before: str, inside: bool) -> None:
    assert inside_quote(before) is inside
