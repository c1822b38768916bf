"""Every HTML page over the real test store: what it must show, what it must refuse, and hostile text
only ever as escaped text."""

from __future__ import annotations

import html
import re
from urllib.parse import quote

import pytest

from tests.web.conftest import HOSTILE_ENTITY, HOSTILE_SPEAKER, HOSTILE_TITLE, PAYLOADS

STAR_WARS = "Retailers Prepare for 'Star Wars'"


def _story(corpus, title: str) -> str:
    return next(story for story, t in corpus.stories.items() if t == title)


@pytest.mark.parametrize("query, shown, hidden", [
    ("", [STAR_WARS, "NTSB Urges Child Safety in Cars"], []),
    ("q=phantom+menace", [STAR_WARS], ["NTSB Urges"]),
    ("q=child+seats", ["Automaker Advises on Child Seats"], [STAR_WARS]),
    ("entity=epstein", [STAR_WARS], ["NTSB Urges"]),
    ("entity=jim+hall", ["NTSB Urges", "Automaker Advises"], [STAR_WARS]),
    ("q=zzzunknownword", ["No story matches"], [STAR_WARS]),
    ("sort=bogus", [STAR_WARS], []),  # an unknown sort falls back to recency
])
def test_story_list_searches_by_words_and_entity(client, query, shown, hidden):
    page = html.unescape(client.get(f"/?{query}").text)
    for text in shown:
        assert text in page
    for text in hidden:
        assert text not in page


@pytest.mark.parametrize("sort, first", [
    ("size", STAR_WARS),  # five documents, the largest story
    ("disputed", None),  # the hostile story's planted denial or Star Wars' own: the top row has a disputed claim
    ("recent", HOSTILE_TITLE),  # published 2024, the newest
])
def test_story_list_sorts(client, corpus, sort, first):
    rows = re.findall(r'<tr>\s*<td><a class="story-link" href="/stories/([^"]+)">', client.get(f"/?sort={sort}").text)
    top = client.get("/api/stories", params={"sort": sort}).json()[0]
    assert rows[0] == quote(top["id"], safe="")
    if first:
        assert top["title"] == first
    else:
        assert top["disputed"] > 0


def test_story_list_rows_show_sources_dates_and_counts(client, corpus):
    page = html.unescape(client.get("/").text)
    row = page[page.index(STAR_WARS):].split("</tr>")[0]
    assert "Associated Press" in row  # its outlet
    assert "1999-04-13 to 1999-05-18" in row  # its date range
    assert re.search(r"\d+ of \d+", row)  # single-source claims of all claims


def test_story_page_has_every_part(client, corpus):
    story = _story(corpus, STAR_WARS)
    page = client.get(f"/stories/{quote(story)}").text
    for part in ('id="brief"', 'aria-label="claims by sources"', 'aria-label="timeline of the story"', 'id="quotes"',
                 'id="entities"', 'id="sources"', 'id="copies"', "independent support", "denied by, in their words"):
        assert part in page
    citation = re.search(r'<a class="cite" href="(/stories/[^"#]+/documents/[^"#]+)#(s-[^"]+)"', page)
    target = client.get(citation.group(1)).text
    assert f'<mark id="{citation.group(2)}"' in target  # the cited sentence is anchored where the link lands
    assert 'href="/entities?name=Ronald%20Epstein"' in page


def test_denials_show_who_denies_in_their_words(client, corpus):
    page = client.get(f"/stories/{quote(corpus.hostile)}").text
    denial = page[page.index('<div class="denial">'):].split("</div>")[0]
    assert "<img" not in denial and "<b>" not in denial
    assert HOSTILE_SPEAKER in html.unescape(denial)
    assert PAYLOADS[4] in html.unescape(denial)


@pytest.mark.parametrize("query, shown, hidden", [
    ("", ["show them"], ['<table class="removed">']),
    ("?removed=1", ['<table class="removed">', "hide them"], []),
])
def test_document_page_shows_removed_lines_on_request(client, corpus, query, shown, hidden):
    story = corpus.hostile  # the one with page junk
    dossier = client.get(f"/api/stories/{story}").json()
    doc = next(d for d in dossier["documents"] if d["removed"])
    page = client.get(f"/stories/{story}/documents/{doc['id']}{query}").text
    for text in shown:
        assert text in page
    for text in hidden:
        assert text not in page
    if query:
        assert all(line["text"] in html.unescape(page) for line in doc["removed"])


@pytest.mark.parametrize("mark, highlighted", [("0-20", True), ("20-0", False), ("x-y", False), ("0-99999999", False)])
def test_document_page_marks_a_requested_span(client, corpus, mark, highlighted):
    story = _story(corpus, STAR_WARS)
    doc = client.get(f"/api/stories/{story}").json()["documents"][0]["id"]
    page = client.get(f"/stories/{story}/documents/{doc}", params={"mark": mark})
    assert page.status_code == 200
    assert ('class="marked"' in page.text) == highlighted


def test_entity_page_lists_stories_and_quotes(client, corpus):
    page = client.get("/entities", params={"name": HOSTILE_ENTITY}).text
    assert page.count("<blockquote>") == 1  # the one quote attributed to the entity
    assert HOSTILE_ENTITY in html.unescape(page)
    assert f"/stories/{quote(corpus.hostile, safe='')}#entities" in page


@pytest.mark.parametrize("path, status", [
    ("/stories/no-such-story", 404),
    ("/stories/no-such-story/documents/x", 404),
    ("/jobs/no-such-job", 404),
    ("/stories/..%2F..%2Fetc%2Fpasswd", 404),
    ("/entities", 200),  # no name: back to the list
])
def test_unknown_things_are_404(client, path, status):
    assert client.get(path).status_code == status


@pytest.mark.parametrize("path", ["/", "/?q=harbor", "STORY", "DOC", "DOC?removed=1", "ENTITY"])
def test_hostile_text_is_escaped_on_every_page(client, corpus, path):
    story = f"/stories/{quote(corpus.hostile, safe='')}"
    doc = client.get(f"/api/stories/{corpus.hostile}").json()["documents"][0]["id"]
    url = path.replace("STORY", story).replace("DOC", f"{story}/documents/{doc}").replace(
        "ENTITY", f"/entities?name={quote(HOSTILE_ENTITY)}")
    page = client.get(url).text
    assert "<script>" not in page.replace('<script src="/static/job.js" defer></script>', "")
    for raw in ("<img src=", "<svg onload", "<iframe", "</textarea>", '<a href="javascript:', "<div onmouseover"):
        assert raw not in page
    assert "&lt;script&gt;" in page


@pytest.mark.parametrize("story_claims, query, listed", [
    (1000, "", "all"),
    (3, "", "first 3 and the disputed"),
    (3, "?claims=all", "all"),
])
def test_story_page_lists_the_best_supported_claims_and_every_disputed_one(app_over, corpus, story_claims, query, listed):
    client = app_over(web={"story_claims": story_claims})
    story = _story(corpus, STAR_WARS)
    claims = client.get(f"/api/stories/{story}").json()["claims"]
    page = client.get(f"/stories/{story}{query}").text
    rows = re.findall(r'<tr id="claim-([^"]+)">', page)
    if listed == "all":
        assert rows == [c["id"] for c in claims]
        assert "show all" not in page
    else:
        assert rows == [c["id"] for n, c in enumerate(claims) if n < 3 or c["label"] == "disputed"]
        assert f"show all {len(claims)}" in page
