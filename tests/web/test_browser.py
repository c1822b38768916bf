"""The web app in a real browser: Debian's chromium, headless, driven by Playwright (executable_path,
never a downloaded browser), served by uvicorn on loopback. Every request to anything but 127.0.0.1 is
aborted and recorded, and each test asserts there was none. Hostile article text must show as text:
no dialog opens, no payload's window flag is set, no element of theirs exists, the CSP reports nothing.

The tests save a screenshot of each page under docs/screenshots/ (the README's "Web app" tour).
"""

from __future__ import annotations

import threading
from pathlib import Path
from urllib.parse import quote, urlsplit

import pytest

from newsweave.store import Store
from tests.render.test_browser import CHROMIUM, FLAGS
from tests.web.conftest import HOSTILE_ENTITY, HOSTILE_SPEAKER, hostile_text

pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="chromium is not installed (`make browser` installs it)")
SHOTS = Path(__file__).resolve().parents[2] / "docs" / "screenshots"
STAR_WARS = "Retailers Prepare for 'Star Wars'"
# Elements any payload would create if it were parsed as markup.
PLANTED = ('img[src="x"], iframe, svg[onload], [onerror], [onload], [onmouseover], a[href^="javascript:"], textarea, '
           "script:not([src]), i, b, div[onmouseover]")


@pytest.fixture(scope="module")
def server(corpus, tmp_path_factory):
    """The app over a copy of the store (the upload test writes), on a free loopback port."""
    import uvicorn

    from newsweave.web.app import create_app
    from newsweave.web.context import ServerConfig

    app = create_app(ServerConfig(corpus.copy(tmp_path_factory.mktemp("browser")), [corpus.inputs]))
    running = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=0, log_level="warning", lifespan="on"))
    thread = threading.Thread(target=running.run, daemon=True)
    thread.start()
    while not running.started:
        thread.join(0.05)
    port = running.servers[0].sockets[0].getsockname()[1]
    yield f"http://127.0.0.1:{port}"
    running.should_exit = True
    thread.join()


@pytest.fixture(scope="module")
def browser(tmp_path_factory):
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(
            executable_path=CHROMIUM, args=[*FLAGS[1:], "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1"])
        yield launched
        launched.close()


class Watched:
    """A page with what it tried to do: requests off loopback (aborted), dialogs, console errors."""

    def __init__(self, browser, base: str) -> None:
        self.base = base
        self.outside: list[str] = []
        self.dialogs: list[str] = []
        self.errors: list[str] = []
        self.context = browser.new_context(viewport={"width": 1280, "height": 900})
        self.context.route("**/*", self._route)
        self.page = self.context.new_page()
        self.page.on("dialog", self._dialog)
        self.page.on("console", lambda message: message.type == "error" and self.errors.append(message.text))

    def _route(self, route) -> None:
        if urlsplit(route.request.url).hostname == "127.0.0.1":
            route.continue_()
        else:
            self.outside.append(route.request.url)
            route.abort()

    def _dialog(self, dialog) -> None:
        self.dialogs.append(dialog.message)
        dialog.dismiss()

    def goto(self, path: str) -> None:
        self.page.goto(self.base + path)

    def shot(self, name: str) -> None:
        SHOTS.mkdir(parents=True, exist_ok=True)
        self.page.screenshot(path=str(SHOTS / f"{name}.png"))

    def assert_nothing_ran(self) -> None:
        assert self.page.evaluate("window.__xss") is None
        assert self.page.locator(PLANTED).count() == 0
        assert self.dialogs == []
        assert [e for e in self.errors if "Content Security Policy" in e] == []
        assert self.outside == []


@pytest.fixture
def watched(browser, server):
    page = Watched(browser, server)
    yield page
    assert page.outside == []  # nothing was requested beyond loopback, whatever the test did
    page.context.close()


def test_story_list(watched):
    watched.goto("/")
    rows = watched.page.locator("table.stories tbody tr")
    assert rows.count() >= 5
    assert watched.page.get_by_role("link", name=STAR_WARS).is_visible()
    watched.shot("stories")
    watched.assert_nothing_ran()


def test_open_a_story_and_its_pictures(watched):
    watched.goto("/?sort=size")
    watched.page.get_by_role("link", name=STAR_WARS).click()
    assert watched.page.locator("h1").inner_text() == STAR_WARS
    assert watched.page.locator("#brief ~ .brief p").count() >= 1
    watched.shot("story")
    for section, name in (("claims", "story-claims"), ("timeline", "story-timeline"), ("sources", "story-sources")):
        watched.page.locator(f"#{section}").scroll_into_view_if_needed()
        watched.page.evaluate(f"document.getElementById('{section}').scrollIntoView()")
        watched.shot(name)
    watched.assert_nothing_ran()


def _claim_members(corpus, title: str, statement: str) -> list[str]:
    """The sentences of the claim the brief's `statement` states, read from the story's stored dossier."""
    story = next(id_ for id_, t in corpus.stories.items() if t == title)
    with Store(corpus.db) as store:
        dossier = store.dossier(story)
    claim = next(b["claim"] for b in dossier["brief"] if b["statement"] in statement)
    return [" ".join(m["text"].split()) for c in dossier["claims"] if c["id"] == claim for m in c["members"]]


def test_a_citation_opens_the_sentence_highlighted(watched, corpus):
    watched.goto("/?sort=size")
    watched.page.get_by_role("link", name=STAR_WARS).click()
    citation = watched.page.locator(".brief a.cite").first
    statement = watched.page.locator(".brief p").first.inner_text()
    citation.click()
    watched.page.wait_for_load_state()
    target = watched.page.locator("mark:target")
    assert target.count() == 1
    cited = " ".join(target.inner_text().split())
    # the landing sentence states the brief's claim: one of its members (a paraphrase, not always the quoted one)
    members = _claim_members(corpus, STAR_WARS, statement)
    assert cited and any(m in cited or cited in m for m in members), (cited, members)
    assert target.evaluate("m => getComputedStyle(m).backgroundColor") == "rgb(255, 213, 74)"  # highlighted
    assert target.is_visible()
    watched.shot("document")
    watched.assert_nothing_ran()


def test_search_an_entity(watched):
    watched.goto("/")
    watched.page.get_by_label("search an entity").fill("Jim Hall")
    watched.page.get_by_role("button", name="Find").click()
    titles = watched.page.locator("a.story-link").all_inner_texts()
    assert titles and STAR_WARS not in titles
    watched.page.locator("a.story-link").first.click()
    watched.page.get_by_role("link", name="Jim Hall").first.click()
    assert watched.page.locator("h1").inner_text() == "Jim Hall"
    assert watched.page.locator("table tbody tr").count() == len(titles)  # every story naming him
    watched.shot("entity")
    watched.assert_nothing_ran()


def test_upload_a_file_and_see_its_story(watched, tmp_path):
    article = tmp_path / "dam.txt"
    article.write_text("Dam holds after week of rain\n2024-05-02\n\nEngineers at the Millbrook dam said on Thursday "
                       "that the structure held after a week of heavy rain. The county opened two spillways on "
                       "Wednesday night, officials said.\n", encoding="utf-8")
    watched.goto("/analyse")
    watched.shot("analyse")
    watched.page.get_by_label("files to analyse").set_input_files(str(article))
    watched.page.get_by_role("button", name="Upload and analyse").click()
    # A refused post stays on /analyse with the reason: fail at once (Chromium sent `Origin: null` under
    # Referrer-Policy no-referrer, which the cross-site check refused), not after the job's wait.
    watched.page.wait_for_url("**/jobs/*", timeout=60_000)
    watched.page.wait_for_selector('#job[data-state="done"]', timeout=300_000)  # the job page polled to the end
    link = watched.page.locator("#job-new a")
    assert link.all_inner_texts() == ["Dam holds after week of rain"]
    watched.shot("job")
    link.click()
    assert watched.page.locator("h1").inner_text() == "Dam holds after week of rain"
    watched.goto("/")
    assert watched.page.get_by_role("link", name="Dam holds after week of rain").is_visible()
    watched.assert_nothing_ran()


@pytest.mark.parametrize("path", ["/", "/?q=harbor", "STORY", "STORY#quotes", "DOC", "DOC?removed=1", "ENTITY",
                                  "SPEAKER"])
def test_hostile_text_never_runs(watched, corpus, path):
    story = f"/stories/{quote(corpus.hostile, safe='')}"
    url = (path.replace("STORY", story).replace("DOC", f"{story}/documents/hostile")
           .replace("ENTITY", f"/entities?name={quote(HOSTILE_ENTITY)}")
           .replace("SPEAKER", f"/entities?name={quote(HOSTILE_SPEAKER)}"))
    watched.goto(url)
    body = watched.page.locator("body").inner_text()
    assert "<script>" in body or "<img" in body or "<svg" in body  # the payloads are there, as text
    watched.assert_nothing_ran()


def test_hostile_upload_shows_its_title_as_text_on_the_job_page(watched, tmp_path):
    upload = tmp_path / "hostile-again.txt"
    upload.write_text(hostile_text().replace("Harbor council", "Port council <b onmouseover=alert(20)>"), encoding="utf-8")
    watched.goto("/analyse")
    watched.page.get_by_label("files to analyse").set_input_files(str(upload))
    watched.page.get_by_role("button", name="Upload and analyse").click()
    watched.page.wait_for_selector('#job[data-state="done"]', timeout=300_000)
    shown = watched.page.locator("#job-new a, #job-updated a").all_inner_texts()
    assert any("<b onmouseover=alert(20)>" in title or "<script>" in title for title in shown), shown
    watched.assert_nothing_ran()
