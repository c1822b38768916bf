"""Real piles of several stories for the tests of the corpus (pipeline, command line): reports of two
real events from the DUC 2006 dev set and a real French news page, from ../shared/eval."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from eval.common import dataset

# Two DUC 2006 topics, three reports each, each three about one event: the Star Wars Episode I release
# (D0604D) and the West Nile virus outbreak in New York in 1999 (D0622D). (Not "civil unrest in China",
# D0607G: a theme whose first three reports are three events, a protest on Clinton's itinerary, a directive
# to village officials and a pensioners' rally.)
MIXED_EVENTS = {"D0604D": 3, "D0622D": 3}
FRENCH = "french"  # the event name of the French page (a report of the 2015 Nepal earthquake)


def write_mixed_pile(folder: Path, title_of_first: str | None = None) -> dict[str, str]:
    """The DUC reports as JSON files in `folder`, the French page and an empty file beside them;
    returns file name -> the event it reports (the DUC topic, or FRENCH). `title_of_first` replaces the
    first report's title."""
    from eval.summarization import read_duc_document

    duc, extraction = dataset("summarization", "duc2006-dev"), dataset("extraction", "readability")
    if duc is None or extraction is None:
        pytest.skip("../shared/eval is absent")
    events = {}
    for topic, count in MIXED_EVENTS.items():
        for path in sorted((duc / "docs" / topic).iterdir())[:count]:
            doc = read_duc_document(path)
            title = title_of_first if title_of_first and not events else doc.title
            (folder / f"{path.name}.json").write_text(json.dumps(
                {"title": title, "text": doc.raw, "published": doc.published, "source": doc.source}), encoding="utf-8")
            events[f"{path.name}.json"] = topic
    page = extraction / "plaintext" / "liberation-1.txt"
    (folder / "liberation.txt").write_text(page.read_text(encoding="utf-8"), encoding="utf-8")
    events["liberation.txt"] = FRENCH
    (folder / "empty.txt").write_bytes(b"")
    return events
