"""Linking speakers to entities: a place is the speaker only when the speaker is the place itself."""

from __future__ import annotations

import pytest

from newsweave.annotate.story import _Linker
from newsweave.model import Entity, Mention

# "Kyiv analyst John Smith said ... Smith added ..." with the tagger finding the city at the start
# and the man only later on.
ENTITIES = [
    Entity(id="place", name="Kyiv", type="PLACE", aliases=["Kyiv"], mentions=[Mention("d", 0, 4, "Kyiv")]),
    Entity(id="person", name="John Smith", type="PERSON", aliases=["John Smith", "Smith"], mentions=[Mention("d", 60, 65, "Smith")]),
    Entity(id="outlet", name="Reuters", type="OUTLET", aliases=["Reuters"], mentions=[Mention("d", 80, 87, "Reuters")]),
]


@pytest.mark.parametrize(
    ("start", "end", "name", "expected"),
    [
        (0, 4, "Kyiv", "place"),  # "Kyiv said": the place speaks
        (0, 23, "Kyiv analyst John Smith", "person"),  # the span holds only the city's mention: the man by his name
        (0, 12, "Kyiv analyst", None),  # never the city
        (None, None, "an analyst in Kyiv", None),
        (60, 65, "Smith", "person"),
        (80, 87, "Reuters", "outlet"),
    ],
)
def test_speaker_links(start: int | None, end: int | None, name: str, expected: str | None) -> None:
    assert _Linker(ENTITIES)("d", start, end, name) == expected
