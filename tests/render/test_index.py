"""index.json and index.html of a corpus of several stories: every story listed and linked, its folder
written, everything the pile says escaped, a page that cannot be drawn named."""

import json

import pytest

from newsweave.model import Claim, ClaimMember, Corpus, Document, Dossier, RunInfo, Skipped, StepReport, Story
from newsweave.render import index as render_index

HOSTILE = '<script>alert(1)</script> & "quotes" <img src=x onerror=alert(2)>'


def corpus() -> Corpus:
    run = RunInfo(version="0", created="now", inputs=["in"])
    docs = [Document(id="a", path="in/a.txt", format="text", title=HOSTILE, text="A.", url="javascript:alert(3)"),
            Document(id="b", path="in/b.txt", format="text", title="Quake", text="B.", published="2025-03-02", language="fr")]
    denied = Claim("c1", "A.", [ClaimMember("a", 0, 2, "A.", "asserts")], [ClaimMember("a", 0, 2, "A.", "denies")])
    stories = [Story("story-a", HOSTILE, ["a"], Dossier(run=run, documents=[docs[0]], claims=[denied])),
               Story("story-b", "Quake", ["b"], Dossier(run=run, documents=[docs[1]]))]
    return Corpus(run=run, documents=docs, skipped=[Skipped("in/c.bin", "binary", HOSTILE)], stories=stories,
                  steps=[StepReport("read", 3, 2, {"binary": 1}), StepReport("language", 2, 2, flagged={"other-language": 1})])


def test_the_index_lists_each_story_with_its_documents_and_counts(tmp_path):
    assert render_index.write_corpus(corpus(), tmp_path) == {}
    index = json.loads((tmp_path / "index.json").read_text())
    assert [(s["id"], s["folder"], s["claims"], s["denials"]) for s in index["stories"]] == [
        ("story-a", "stories/story-a", 1, 1), ("story-b", "stories/story-b", 0, 0)]
    assert index["stories"][1]["documents"] == [{"id": "b", "path": "in/b.txt", "url": None, "title": "Quake",
                                                 "published": "2025-03-02", "language": "fr"}]
    assert [s["step"] for s in index["steps"]] == ["read", "language"] and index["skipped"][0]["reason"] == "binary"
    for story in ("story-a", "story-b"):
        assert sorted(p.name for p in (tmp_path / "stories" / story).iterdir()) == ["dossier.json", "report.html", "report.md"]
    written = sorted(p.relative_to(tmp_path).as_posix() for p in tmp_path.rglob("*") if p.is_file())
    assert written == sorted(render_index.corpus_files(corpus()))  # the manifest's plan is what is written


@pytest.mark.parametrize("raw, shown", [
    ("<script>alert(1)</script>", "&lt;script&gt;alert(1)&lt;/script&gt; &amp; &#34;quotes&#34;"),  # a title
    ("<img src=x", "&lt;img src=x onerror=alert(2)&gt;"),  # a title, again in a skip's detail
    ('href="javascript:', "&middot; javascript:alert(3)"),  # a URL is shown, never followed
])
def test_the_index_page_escapes_what_the_pile_says(tmp_path, raw, shown):
    render_index.write_corpus(corpus(), tmp_path)
    page = (tmp_path / "index.html").read_text()
    assert raw not in page and shown in page
    assert 'href="stories/story-a/report.html"' in page and 'href="stories/story-b/report.html"' in page


def test_a_page_that_cannot_be_drawn_is_named_and_the_rest_written(tmp_path, monkeypatch):
    def broken(template, **context):
        raise ValueError("no drawing today")

    monkeypatch.setattr(render_index, "render_template", broken)
    assert render_index.write_corpus(corpus(), tmp_path) == {"index.html": "ValueError: no drawing today"}
    assert (tmp_path / "index.json").exists() and not (tmp_path / "index.html").exists()
