"""Properties of the reports: a dossier built from any text, and a timeline of any dates (year 1 to 9999,
periods of any length), render to Markdown and HTML without raising, and the HTML holds no article
text unescaped: every tag and attribute in it is one the template writes, every link stays in the
page (issue 14)."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from importlib.resources import files

from hypothesis import strategies as st

from newsweave.model import Dossier, Evidence, RunInfo, TimelineEvent
from newsweave.pipeline import analyze_documents
from newsweave.render.report import render
from newsweave.render.view import build_view
from newsweave.settings import current as _settings
from tests.properties import property_test, stories, texts

# The report's template with the macros it imports (the pictures are shared with the web app).
TEMPLATE = "".join(files("newsweave.render").joinpath(f"templates/{name}").read_text(encoding="utf-8")
                   for name in ("report.html.j2", "pictures.html.j2"))
TAGS = frozenset(re.findall(r"</?([a-z][a-z0-9]*)", TEMPLATE))
# Attribute names inside the template's tags, valued (class="...") or not (<details open>).
ATTRIBUTES = frozenset(name.lower() for tag in re.findall(r"<[a-z][^<>]*>", TEMPLATE)
                       for name in re.findall(r"\s([A-Za-z][A-Za-z0-9-]*)(?=[=\s>])", re.sub(r"\{[{%].*?[%}]\}|\"[^\"]*\"", " ", tag)))
PRECISIONS = ["day", "weekday-in-window", "week", "month", "year"]


class _Markup(HTMLParser):
    """The tags, attributes and links of an HTML page."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: set[str] = set()
        self.attributes: set[str] = set()
        self.links: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.add(tag)
        for name, value in attrs:
            self.attributes.add(name)
            if name == "href":
                self.links.append(value or "")

    def handle_endtag(self, tag: str) -> None:
        self.tags.add(tag)


def holds_no_article_markup(html: str) -> None:
    page = _Markup()
    page.feed(html)
    page.close()
    assert page.tags <= TAGS, f"tags not from the template: {page.tags - TAGS}"
    assert page.attributes <= ATTRIBUTES, f"attributes not from the template: {page.attributes - ATTRIBUTES}"
    assert all(link.startswith("#") for link in page.links), page.links


@property_test(25, docs=stories(), title=texts(max_fragments=5))
def test_reports_of_a_dossier_of_any_text(docs, title: str) -> None:
    """The whole pipeline on hostile reports gives a dossier that renders both ways, markup escaped."""
    docs[0].title = title
    for doc in docs:
        doc.text = ""  # the pipeline cleans the raw text itself
    dossier = analyze_documents(docs)
    assert not dossier.run.failed, dossier.run.failed
    assert {d.id for d in dossier.documents} | {s.detail.split(":")[0] for s in dossier.skipped} == {d.id for d in docs}
    holds_no_article_markup(render(dossier, "report.html.j2"))
    assert render(dossier, "report.md.j2")


@st.composite
def timelines(draw: st.DrawFn) -> list[TimelineEvent]:
    """Events of any day from year 1 to 9999, single days or periods of any length, in timeline order."""
    events = []
    for _ in range(draw(st.integers(0, 12))):
        first = draw(st.dates())
        last = draw(st.one_of(st.none(), st.dates(min_value=first)))
        events.append(TimelineEvent(first.isoformat(), draw(st.sampled_from(PRECISIONS)), draw(texts(max_fragments=6)),
                                    [Evidence("d", 0, 1)], last.isoformat() if last and last != first else None))
    return sorted(events, key=lambda e: (e.date, e.end_date or e.date))


@property_test(300, events=timelines())
def test_timeline_of_any_dates(events: list[TimelineEvent]) -> None:
    """Whatever the dates, the drawing places what its window holds inside the axis, and both reports render."""
    dossier = Dossier(run=RunInfo(version="0", created="now", inputs=[]), timeline=events)
    view = build_view(dossier)
    assert bool(view.timeline) == bool(events)
    width = _settings().report.timeline_width
    for point in view.timeline:
        assert 0 <= point.x and point.width >= 0 and point.x + point.width <= width
    for x, label in view.ticks:
        assert 0 <= x <= width and label
    assert all(any(p.event is e for e in events) for p in view.timeline)
    holds_no_article_markup(render(dossier, "report.html.j2"))
    assert render(dossier, "report.md.j2")


def test_timeline_spanning_the_whole_calendar() -> None:
    """The widest period there is, beside a single day at each end of the calendar."""
    events = [TimelineEvent("0001-01-01", "year", "a", end_date="9999-12-31"),
              TimelineEvent("0001-01-01", "day", "b"), TimelineEvent("9999-12-31", "day", "c")]
    view = build_view(Dossier(run=RunInfo(version="0", created="now", inputs=[]), timeline=events))
    assert [p.event.text for p in view.timeline] == ["a", "b"]
