"""The HTML report in a real browser (Debian's chromium, headless): it makes no network request
beyond its own page, and hostile article text shows as text, never runs.

The report is served from a loopback HTTP server that records every request; chromium loads
it and prints the DOM it rendered.
"""

from __future__ import annotations

import shutil
import subprocess
import threading
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from newsweave.cli import main

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="chromium is not installed (`make test` installs it)")

HOSTILE = "Flood barriers fail\nResidents wrote <script>alert(1)</script> on the council's page, officials said on Monday.\n"
# Flags for a root, offline, headless run (see the machine notes: background networking must be off).
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync"]


class _Recorder(SimpleHTTPRequestHandler):
    requests: list[str]

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - the base class's name
        self.requests.append(self.path)


@pytest.fixture(scope="module")
def served_report(tmp_path_factory):
    root = tmp_path_factory.mktemp("report")
    (root / "in").mkdir()
    (root / "in" / "hostile.txt").write_text(HOSTILE, encoding="utf-8")
    assert main(["analyze", str(root / "in"), "-o", str(root / "out"), "-q"]) == 0
    requests: list[str] = []
    handler = partial(type("Handler", (_Recorder,), {"requests": requests}), directory=str(root / "out"))
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}/report.html", requests, root
    server.shutdown()


def _dump_dom(url: str, profile: Path) -> str:
    done = subprocess.run(
        [CHROMIUM, *FLAGS, f"--user-data-dir={profile}", "--dump-dom", url],
        capture_output=True, text=True, timeout=120, check=True,
    )
    return done.stdout


def test_report_renders_hostile_text_as_text_and_requests_nothing_else(served_report):
    url, requests, root = served_report
    dom = _dump_dom(url, root / "profile")
    assert "newsweave dossier" in dom
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in dom  # shown as text in the rendered page
    assert "<script>alert(1)</script>" not in dom  # never became an element
    assert requests == ["/report.html"]
