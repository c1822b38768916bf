import pytest

from newsweave.model import (
    Attribution, CopyRelation, DateMention, Document, Dossier, Entity, Mention, Quote, RemovedLine, Repair,
    RunInfo, Skipped, from_dict, to_dict,
)

FULL = Dossier(
    run=RunInfo(version="0", created="2026-01-01T00:00:00+00:00", inputs=["a"], seconds=1.5, stages={"read": 0.1}),
    documents=[
        Document(
            id="a", path="a.txt", format="text", source="Gazette", title="T", published="2026-01-01",
            raw="x\ny", text="y", removed=[RemovedLine("x", "cue:advertisement", 0)],
            repairs=[Repair("entity-residue", 2, "a”;b -> a’b")], warnings=["w"],
        )
    ],
    skipped=[Skipped("b.bin", "binary", "NUL bytes")],
    relations=[CopyRelation("a", "b", "duplicate", 1.0, 1.0, True)],
    entities=[Entity("e1", "Elena Ruiz", "PERSON", ["Ruiz"], ["mayor"], [Mention("a", 0, 4, "Ruiz")])],
    quotes=[Quote("a", "hi", 0, 2, "direct", "Ruiz", "e1", 5, 9, False, "said")],
    attributions=[Attribution("a", 0, 2, "a U.S. official", True, "told", via="POLITICO")],
    dates=[DateMention("a", "on Sunday", 0, 9, "2026-01-01", "day")],
)


@pytest.mark.parametrize("obj", [FULL, FULL.documents[0], FULL.run, Dossier(run=FULL.run)])
def test_round_trip(obj):
    assert from_dict(type(obj), to_dict(obj)) == obj


def test_unknown_keys_are_ignored_for_forward_compatibility():
    data = to_dict(FULL.skipped[0]) | {"future_field": 1}
    assert from_dict(Skipped, data) == FULL.skipped[0]
