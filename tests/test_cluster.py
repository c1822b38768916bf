"""Story clustering: what joins, what stays apart, languages, state, batch mode, dormancy, merges and splits."""

from __future__ import annotations

import dataclasses
import json
from datetime import date, timedelta

import pytest

from newsweave.cluster import (UNDETERMINED, ClusterSettings, StoryClusterer, cluster_batch, detect_language,
                               document_language, prepare, where_documents_are)
from newsweave.engine.local import map_ordered
from newsweave.model import Document
from tests.stories import (BRIDGE, BUILDERS_TRIAL, CHINA_PLAGUE, CHINA_TRADE, FRENCH, FRENCH_BILL, FRENCH_NEPAL,
                           FRENCH_QUAKE_REWRITE, GERMAN, HIKING_KIT, LINUX_VIDEO, SPANISH_MAPUCHE, SPANISH_TWITTER,
                           TAIWAN, TRIAL_A, TRIAL_B, TURKEY, TURKEY_FOLLOW_UP, TURKEY_REWRITE)


def doc(doc_id: str, story: tuple[str, str], published: str = "1999-08-17", language: str | None = None) -> Document:
    title, text = story
    return Document(id=doc_id, path="", format="text", title=title, text=text, published=published, language=language)


def stories(docs: list[Document], settings: ClusterSettings | None = None) -> dict[str, str]:
    clusterer = StoryClusterer(settings)
    return dict(zip((d.id for d in docs), clusterer.add_many(docs)))


@pytest.mark.parametrize("name, stream, together", [
    ("exact copy", [doc("a", TURKEY), doc("b", TURKEY)], True),
    ("rewrite", [doc("a", TURKEY), doc("b", TURKEY_REWRITE)], True),
    ("follow-up a week later", [doc("a", TURKEY), doc("b", TURKEY_FOLLOW_UP, "1999-08-24")], True),
    ("two earthquakes", [doc("a", TURKEY), doc("b", TAIWAN, "1999-09-21")], False),
    ("two trials", [doc("a", TRIAL_A), doc("b", TRIAL_B)], False),
    ("same event in French", [doc("a", TURKEY), doc("b", FRENCH)], False),
    ("two French reports of unrelated events", [doc("a", FRENCH_BILL), doc("b", FRENCH_NEPAL)], False),
    ("two Spanish reports of unrelated events", [doc("a", SPANISH_TWITTER), doc("b", SPANISH_MAPUCHE)], False),
    ("one event in French", [doc("a", FRENCH), doc("b", FRENCH_QUAKE_REWRITE)], True),
    ("two events in one country", [doc("a", CHINA_TRADE), doc("b", CHINA_PLAGUE)], False),
    ("two chatty pages on unrelated things", [doc("a", HIKING_KIT), doc("b", LINUX_VIDEO)], False),
])
def test_join_or_apart(name: str, stream: list[Document], together: bool) -> None:
    result = stories(stream)
    assert (result["a"] == result["b"]) is together, name


@pytest.mark.parametrize("text, language", [
    (TURKEY[1], "en"), (FRENCH[1], "fr"), (GERMAN[1], "de"), ("Izmit", None), ("", None),
])
def test_detect_language(text: str, language: str | None) -> None:
    assert detect_language(text) == language


@pytest.mark.parametrize("story, language", [(FRENCH, "fr"), (GERMAN, "de"), (TURKEY, "en")])
def test_other_languages_are_flagged_and_kept(story: tuple[str, str], language: str) -> None:
    clusterer = StoryClusterer()
    english = clusterer.add(doc("en", TURKEY))
    other = doc("x", story)
    story_id = clusterer.add(other)
    assert other.language == language
    assert (story_id == english) is (language == "en")
    assert clusterer.add(doc("x2", story)) == story_id  # its copy finds it, among its own language


def test_state_round_trip_continues_identically() -> None:
    first = [doc("a", TURKEY), doc("b", TAIWAN), doc("c", TRIAL_A)]
    rest = [doc("d", TURKEY_FOLLOW_UP, "1999-08-24"), doc("e", TRIAL_B), doc("f", TURKEY_REWRITE, "1999-08-25")]
    whole = StoryClusterer()
    expected = whole.add_many([dataclasses.replace(d) for d in first + rest])
    half = StoryClusterer()
    got = half.add_many([dataclasses.replace(d) for d in first])
    resumed = StoryClusterer.from_state(json.loads(json.dumps(half.to_state())))
    got += resumed.add_many([dataclasses.replace(d) for d in rest])
    assert got == expected
    assert resumed.to_state() == whole.to_state()


def test_batch_agrees_with_online_on_a_clean_stream() -> None:
    stream = [doc("a", TURKEY), doc("b", TRIAL_A, "1999-08-18"), doc("c", TURKEY_REWRITE, "1999-08-18"),
              doc("d", TAIWAN, "1999-09-21"), doc("e", TURKEY_FOLLOW_UP, "1999-09-22")]
    online = stories([dataclasses.replace(d) for d in stream])
    batch = cluster_batch(list(reversed([dataclasses.replace(d) for d in stream])))
    assert _partition(online) == _partition(batch)


MIXED = [doc("a", TURKEY), doc("f", FRENCH), doc("b", TURKEY_REWRITE, "1999-08-18"), doc("g", GERMAN, "1999-08-18"),
         doc("f2", FRENCH, "1999-08-19"), doc("c", TAIWAN, "1999-09-21"), doc("d", TURKEY_FOLLOW_UP, "1999-09-22")]


@pytest.mark.parametrize("name, stream", [
    ("English", [d for d in MIXED if d.id in "abcd"]),
    ("three languages", MIXED),
])
def test_prepared_elsewhere_files_documents_as_add_alone(name: str, stream: list[Document]) -> None:
    """`prepare` run in worker processes (pickled both ways, as an engine runs it) leaves the same events,
    stories and state as `add` preparing each document itself."""
    alone = StoryClusterer()
    expected = alone.add_many([dataclasses.replace(d) for d in stream])
    prepared = list(map_ordered(prepare, [dataclasses.replace(d) for d in stream], workers=2))
    given = StoryClusterer()
    got = [given.add(dataclasses.replace(d), p) for d, p in zip(stream, prepared)]
    assert got == expected, name
    assert given.events == alone.events and given.to_state() == alone.to_state(), name
    assert cluster_batch([dataclasses.replace(d) for d in stream], prepared=prepared) == where_documents_are(alone.events)


@pytest.mark.parametrize("gap_days, same_story, dormant", [(5, True, False), (45, False, True)])
def test_dormancy(gap_days: int, same_story: bool, dormant: bool) -> None:
    settings = dataclasses.replace(ClusterSettings(), quiet_days=30)
    clusterer = StoryClusterer(settings)
    first = clusterer.add(doc("a", TURKEY, "1999-08-17"))
    later = (date(1999, 8, 17) + timedelta(days=gap_days)).isoformat()
    second = clusterer.add(doc("b", TURKEY_REWRITE, later))
    assert (first == second) is same_story
    assert any(e.kind == "dormant" and e.story == first for e in clusterer.events) is dormant
    assert (first in {s["id"] for s in clusterer.to_state()["stories"]}) is not dormant


def test_events_record_every_document() -> None:
    clusterer = StoryClusterer()
    clusterer.add_many([doc("a", TURKEY), doc("b", TURKEY_REWRITE), doc("c", TRIAL_A)])
    assert [(e.kind, e.documents) for e in clusterer.events] == [("open", ["a"]), ("join", ["b"]), ("open", ["c"])]


def _partition(assignment: dict[str, str]) -> set[frozenset[str]]:
    groups: dict[str, set[str]] = {}
    for doc_id, story in assignment.items():
        groups.setdefault(story, set()).add(doc_id)
    return {frozenset(g) for g in groups.values()}


@pytest.mark.parametrize("first_published, second_published", [
    (None, "1999-08-18"),  # an undated report opens the story (batch order puts the undated first)
    ("1999-08-17", None),
    (None, None),
])
def test_an_undated_side_costs_no_time_penalty(first_published: str | None, second_published: str | None) -> None:
    """An undated report is no evidence of distance in time: with a penalty that would outweigh any cosine,
    the rewrite still joins (before, an undated story counted as published in 1970, so the example's undated
    report opened a story of its own)."""
    settings = dataclasses.replace(ClusterSettings(), time_penalty=10.0)
    first, second = doc("a", TURKEY, first_published), doc("b", TURKEY_REWRITE, second_published)
    assert len(set(stories([first, second], settings).values())) == 1


# A core of three (the defaults keep eight: the tests stay short); two drifted members are enough to leave.
SPLITTING = dataclasses.replace(ClusterSettings(), split_core=3, split_min=2)
QUAKE = [doc("a", TURKEY), doc("b", TURKEY_REWRITE), doc("c", TURKEY_FOLLOW_UP, "1999-08-20")]
DRIFT = [*QUAKE, doc("d", BRIDGE, "1999-08-25"),
         *(doc(f"t{i}", report, f"1999-09-0{i + 1}") for i, report in enumerate(BUILDERS_TRIAL))]


@pytest.mark.parametrize("name, stream, settings, splits, final", [
    ("a story drifts to the builders' trial", DRIFT, SPLITTING, [["t0", "t1"]],
     [{"a", "b", "c", "d"}, {"t0", "t1", "t2"}]),
    ("splits turned off", DRIFT, dataclasses.replace(SPLITTING, split_threshold=0.0), [],
     [{"a", "b", "c", "d", "t0", "t1", "t2"}]),
    ("the default core is longer than this story", DRIFT, None, [], [{"a", "b", "c", "d", "t0", "t1", "t2"}]),
    ("copies, rewrites and follow-ups of one event stay", [*QUAKE, doc("e", TURKEY, "1999-08-21"),
     doc("f", TURKEY_REWRITE, "1999-08-22"), doc("g", TURKEY_FOLLOW_UP, "1999-08-23")], SPLITTING, [],
     [{"a", "b", "c", "e", "f", "g"}]),
])
def test_a_story_whose_latest_members_leave_its_core_splits(name, stream, settings, splits, final) -> None:
    clusterer = StoryClusterer(settings)
    returned = clusterer.add_many([dataclasses.replace(d) for d in stream])
    events = [e for e in clusterer.events if e.kind == "split"]
    assert [e.documents for e in events] == splits, name
    where = where_documents_are(clusterer.events)
    assert _partition(where) == {frozenset(group) for group in final}
    assert returned[-1] == where[stream[-1].id]  # `add` names the story the document ends in
    for event in events:  # a split opens a story named after its first document, out of the story it left
        assert event.other == where["a"] and event.story == where[event.documents[0]] != event.other
    assert cluster_batch([dataclasses.replace(d) for d in stream], settings) == where


def test_a_split_story_is_not_merged_back_and_survives_the_state() -> None:
    clusterer = StoryClusterer(SPLITTING)
    clusterer.add_many([dataclasses.replace(d) for d in DRIFT])
    resumed = StoryClusterer.from_state(json.loads(json.dumps(clusterer.to_state())), SPLITTING)
    more = [doc("t3", BUILDERS_TRIAL[0], "1999-09-05"), doc("q", TURKEY_FOLLOW_UP, "1999-09-05")]
    where = dict(zip(("t3", "q"), resumed.add_many(more)))
    before = where_documents_are(clusterer.events)
    assert where == {"t3": before["t0"], "q": before["a"]}
    assert not [e for e in resumed.events if e.kind in ("merge", "split")]


@pytest.mark.parametrize("declared, text, language", [
    (None, "The harbor barrier failed on Sunday night, officials said on Monday morning.", "en"),
    ("fr", "The harbor barrier failed on Sunday night, officials said on Monday morning.", "en"),  # a template's lang
    ("en-US", "Gates failed.", "en"),  # too short to tell: as declared, region dropped
    ("pt_BR", "Gates failed.", "pt"),
    (None, "Gates failed.", UNDETERMINED),
    (None, "Le barrage a cédé dimanche soir, ont indiqué les autorités lundi matin.", "fr"),
])
def test_document_language_is_detected_else_declared(declared: str | None, text: str, language: str) -> None:
    assert document_language(Document(id="d", path="d.txt", format="text", text=text, language=declared)) == language


@pytest.mark.parametrize("name, stream, dormant", [
    ("the longest quiet goes", [doc("a", TURKEY, "1999-08-17"), doc("b", TRIAL_B, "1999-08-19"),
                                doc("c", TRIAL_A, "1999-08-20")], ["a"]),
    ("a story a report kept current stays", [doc("a", TURKEY, "1999-08-17"), doc("b", TRIAL_B, "1999-08-19"),
                                             doc("a2", TURKEY_REWRITE, "1999-08-20"), doc("c", TRIAL_A, "1999-08-21")],
     ["b"]),
    ("an undated story goes first", [doc("a", TURKEY, "1999-08-17"), doc("b", TRIAL_B, None),
                                     doc("c", TRIAL_A, "1999-08-20")], ["b"]),
    ("ties: the smaller id", [doc("b", TRIAL_B, "1999-08-17"), doc("a", TURKEY, "1999-08-17"),
                              doc("c", TRIAL_A, "1999-08-20")], ["a"]),
])
def test_past_max_active_the_quietest_story_goes_dormant(name: str, stream: list[Document], dormant: list[str]) -> None:
    clusterer = StoryClusterer(dataclasses.replace(ClusterSettings(), max_active=2))
    placed = dict(zip((d.id for d in stream), clusterer.add_many(stream)))
    assert [e.story for e in clusterer.events if e.kind == "dormant"] == [placed[d] for d in dormant], name
    assert len(clusterer.to_state()["stories"]) == 2


@pytest.mark.parametrize("name, stream, merged", [
    # At a join threshold the rewrite alone reaches, the report and its follow-up open two stories; the rewrite
    # joins one, and the two centroids, now close, merge: one event. The two earthquakes' reports are written
    # to one template ("A powerful earthquake struck ... on Tuesday, killing hundreds"), .3 apart once one-word
    # names count once: the merge threshold sits above that.
    ("two stories of one event merge", [doc("a", TURKEY), doc("b", TURKEY_FOLLOW_UP, "1999-08-20"),
                                        doc("c", TURKEY_REWRITE, "1999-08-20")], True),
    ("two earthquakes stay apart", [doc("a", TURKEY), doc("b", TAIWAN, "1999-08-20"),
                                    doc("c", TURKEY_REWRITE, "1999-08-20")], False),
])
def test_stories_a_join_brings_together_merge(name: str, stream: list[Document], merged: bool) -> None:
    clusterer = StoryClusterer(dataclasses.replace(ClusterSettings(), threshold=0.45, merge_threshold=0.35))
    clusterer.add_many(stream)
    where = where_documents_are(clusterer.events)
    assert (where["a"] == where["b"]) is merged, name
    assert where["a"] == where["c"]
    assert [e.documents for e in clusterer.events if e.kind == "merge"] == ([["b"]] if merged else [])


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("A column by Tom Rogan on the vote in New York.", {"@tom rogan", "@new york"}),
        # a name ends with its line: a sidebar's writer over the next standfirst (the web pile's "Rogan\nThe")
        ("A column by Tom Rogan\nThe first leaders debate was a shambles.", {"@tom rogan"}),
        ("Clinton visited China. Beijing welcomed him.", set()),  # one word counts as the word it is
    ],
)
def test_names_in_the_story_vector(text: str, names: set[str]) -> None:
    doc = Document(id="d", path="d.txt", format="text", source="", raw=text, text=text)
    assert {t for t in prepare(doc).terms if t.startswith("@")} == names
