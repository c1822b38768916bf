"""Story clustering: what joins, what stays apart, languages, state, batch mode and dormancy."""

from __future__ import annotations

import dataclasses
import json
from datetime import date, timedelta

import pytest

from newsweave.cluster import ClusterSettings, StoryClusterer, cluster_batch, detect_language
from newsweave.model import Document

TURKEY = ("Earthquake kills hundreds in western Turkey",
          "A powerful earthquake struck western Turkey near Izmit on Tuesday, killing hundreds of people. "
          "Rescue teams from Germany and Israel searched the rubble of collapsed apartment blocks in Izmit "
          "and Golcuk. Prime Minister Bulent Ecevit said the Turkish army would help the rescue effort.")
TURKEY_REWRITE = ("Hundreds dead as quake hits Izmit",
                  "Hundreds of people were killed when a powerful earthquake hit Izmit in western Turkey. "
                  "Rescue teams searched the rubble of apartment blocks in Golcuk, and Prime Minister Bulent "
                  "Ecevit promised the army's help.")
TURKEY_FOLLOW_UP = ("Turkey quake toll passes 10,000",
                    "The death toll from last week's earthquake in Izmit and Golcuk rose past 10,000 as rescue "
                    "teams gave up hope of finding survivors in the rubble. Prime Minister Bulent Ecevit faced "
                    "anger over building codes in western Turkey.")
TAIWAN = ("Earthquake kills hundreds in central Taiwan",
          "A powerful earthquake struck central Taiwan near Nantou on Tuesday, killing hundreds of people. "
          "Soldiers searched collapsed buildings in Taichung and Puli. President Lee Teng-hui visited Nantou "
          "county and ordered the military to help the relief effort in Chi Chi.")
TRIAL_A = ("Pinochet extradition hearing opens in London",
           "Lawyers for General Augusto Pinochet told a London court that the former Chilean dictator could not "
           "be extradited to Spain. Judge Ronald Bartle heard Spanish magistrate Baltasar Garzon's charges of "
           "torture at Bow Street Magistrates Court.")
TRIAL_B = ("Trial of Oklahoma bombing suspect opens in Denver",
           "Prosecutors told a Denver federal court that Timothy McVeigh planted the truck bomb that destroyed the "
           "Alfred P. Murrah Federal Building in Oklahoma City. Judge Richard Matsch warned the jury about press "
           "coverage of the trial of McVeigh.")
FRENCH = ("Séisme meurtrier en Turquie",
          "Un puissant séisme a frappé l'ouest de la Turquie près d'Izmit mardi, faisant des centaines de morts. "
          "Les secouristes allemands et israéliens fouillent les décombres des immeubles effondrés à Golcuk.")
GERMAN = ("Schweres Erdbeben in der Türkei",
          "Ein schweres Erdbeben hat am Dienstag den Westen der Türkei bei Izmit erschüttert und Hunderte Menschen "
          "getötet. Rettungsmannschaften aus Deutschland suchen in den Trümmern von Golcuk nach Überlebenden.")


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
