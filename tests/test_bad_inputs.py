"""The bad-input corpus, end to end through `newsweave analyze`: no traceback, nothing lost.

Each kind is a file users really hand us. All of them go into one run beside two good reports,
as a real pile would; the run must finish, write its dossier and reports, and account for every
file: a document, or a skip whose reason is the one the table names. Large inputs are made at
test time, never committed.
"""

from __future__ import annotations

import gzip
import io
import json
from collections.abc import Callable
from pathlib import Path

import pytest
from warcio.warcwriter import WARCWriter
from warcio.statusandheaders import StatusAndHeaders

from newsweave.cli import main

GOOD = (
    "Harbor gates failed during the storm\n"
    "The city's harbor barrier failed on Sunday night, officials said on Monday. "
    "Mayor Elena Ruiz said the gates had been warned about in 2023. "
    "\u201cWe were told it would hold,\u201d said resident Tom Ode.\n"
)


def _warc(truncated: bool) -> bytes:
    out = io.BytesIO()
    writer = WARCWriter(out, gzip=True)
    body = f"<html><head><title>Gates</title></head><body><article><p>{GOOD * 3}</p></article></body></html>".encode()
    headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
    writer.write_record(writer.create_warc_record("https://example.org/a", "response", payload=io.BytesIO(body),
                                                  http_headers=headers))
    data = out.getvalue()
    return data[: len(data) // 2] if truncated else data


def _nested_html(depth: int) -> bytes:
    return ("<html><body>" + "<div>" * depth + "<p>" + GOOD + "</p>" + "</div>" * depth + "</body></html>").encode()


# file name -> (bytes, what must happen: "document" or the skip reason)
CORPUS: dict[str, tuple[bytes | Callable[[], bytes], str]] = {
    "binary.txt": (lambda: bytes(range(256)) * 64, "binary"),
    "empty.txt": (b"", "empty"),
    "undecodable.txt": (lambda: b"\x81\xfe\xff" * 2000, "undecodable"),
    "mixed-encodings.txt": ((GOOD + "caf\u00e9 ").encode("utf-8") + "na\u00efve r\u00e9sum\u00e9".encode("latin-1") + b"\n", "document"),
    "malformed.jsonl": (b'{"title": "A", "text": "' + GOOD.encode().replace(b"\n", b" ") + b'"}\n{"title": broken\n', "malformed-json"),
    "no-records.json": (b"[]", "no-records"),
    "truncated.warc.gz": (lambda: _warc(truncated=True), "malformed-warc"),
    "broken-feed.xml": (b'<?xml version="1.0"?><rss version="2.0"><channel><title>T</title><item><title>A</title><description>'
                        + GOOD.encode() + b"</description>", "document"),
    "huge-page.html": (lambda: b"<html><body>" + b"<p>word </p>" * (50 * 1024 * 1024 // 12) + b"</body></html>", "too-large"),
    "deeply-nested.html": (lambda: _nested_html(100_000), "no-text"),  # deeper than libxml2's 256 levels: named, not lost
    "long-sentence.txt": (lambda: ("Long report\n" + " ".join(["the harbor council said"] * 1250) + ".\n").encode(), "document"),
    "only-links.html": (b"<html><body>" + b"".join(b'<a href="/p%d">Link %d</a><br>' % (i, i) for i in range(300))
                        + b"</body></html>", "document"),
    "arabic.txt": (("\u0627\u0644\u0645\u064a\u0646\u0627\u0621\n" + "\u0641\u0634\u0644\u062a \u0628\u0648\u0627\u0628\u0627\u062a "
                    "\u0627\u0644\u0645\u064a\u0646\u0627\u0621 \u0644\u064a\u0644\u0629 \u0627\u0644\u0623\u062d\u062f. " * 20).encode(), "document"),
    "cyrillic.html": (("<html><head><title>Мост закрыт</title></head><body><article>" + "<p>Представитель правительства "
                       "заявил, что мост откроют в понедельник после проверки всех ворот.</p>" * 8 + "</article></body></html>").encode(),
                      "document"),
    "mixed-scripts.txt": (("Harbor gates\n" + "The mayor said قال “الجسر” مغلق on ١٢ مارس ٢٠٢٤, and 東京で３月３日に地震があった。 " * 30).encode(),
                          "document"),
    "nul-riddled.txt": (GOOD.replace(" ", " \x00").encode(), "binary"),
    "truncated.txt.gz": (lambda: gzip.compress(GOOD.encode() * 50)[:40], "undecodable"),
    "bare-number.json": (b"42", "malformed-json"),
    "good-1.txt": (GOOD.encode(), "document"),
    "good-2.txt": (("Barrier review ordered\n" + GOOD.replace("Sunday", "Saturday")).encode(), "document"),
}


# Why an input with no document was skipped: the reason's detail says what the user can act on.
DETAILS = {
    "huge-page.html": "above the limit",
    "deeply-nested.html": "nested more than 256 deep",
}
# Pages in another script are kept, and say which language they are in.
LANGUAGES = {"cyrillic.html": "ru"}


@pytest.fixture(scope="module")
def run(tmp_path_factory):
    pile = tmp_path_factory.mktemp("pile")
    for name, (content, _) in CORPUS.items():
        (pile / name).write_bytes(content() if callable(content) else content)
    out = tmp_path_factory.mktemp("out")
    status = main(["analyze", str(pile), "-o", str(out), "-q"])
    return pile, out, status, _outcome(out)


def _outcome(out: Path) -> dict:
    """{"documents", "skipped"} of the run, from its one dossier or from its stories' (the pile is several stories)."""
    if not (out / "index.json").exists():
        return json.loads((out / "dossier.json").read_text())
    index = json.loads((out / "index.json").read_text())
    dossiers = [json.loads((out / story["folder"] / "dossier.json").read_text()) for story in index["stories"]]
    return {"documents": [d for dossier in dossiers for d in dossier["documents"]], "skipped": index["skipped"]}


def test_the_run_finishes_and_writes_everything(run):
    _, out, status, _ = run
    assert status == 0
    index = json.loads((out / "index.json").read_text())
    written = ["index.json", "index.html"] + [f"{story['folder']}/{name}" for story in index["stories"]
                                              for name in ("dossier.json", "report.html", "report.md")]
    assert all((out / name).stat().st_size > 0 for name in written)


@pytest.mark.parametrize("name, expected", [(n, outcome) for n, (_, outcome) in CORPUS.items()])
def test_every_input_is_a_document_or_a_named_skip(run, name, expected):
    pile, _, _, dossier = run
    path = str(pile / name)
    documents = [d for d in dossier["documents"] if d["path"] == path]
    reasons = {s["reason"] for s in dossier["skipped"] if s["path"].split(":")[0].split("#")[0] == path}
    if expected == "document":
        assert documents, f"{name}: neither read nor skipped: {reasons}"
    else:
        assert expected in reasons, f"{name}: expected a skip for {expected}, got {reasons or 'documents'}"


def test_nothing_is_lost_silently(run):
    """Every file is a document or a skip with a reason and a detail; no skip names a file that is not there."""
    pile, _, _, dossier = run
    read = {d["path"] for d in dossier["documents"]}
    skipped = {s["path"].split(":")[0].split("#")[0] for s in dossier["skipped"]}
    assert read | skipped == {str(pile / name) for name in CORPUS}
    assert all(s["reason"] and s["detail"] for s in dossier["skipped"])


@pytest.mark.parametrize("name, detail", DETAILS.items())
def test_skips_say_why(run, name, detail):
    pile, _, _, dossier = run
    details = [s["detail"] for s in dossier["skipped"] if s["path"] == str(pile / name)]
    assert any(detail in d for d in details), details


@pytest.mark.parametrize("name, language", LANGUAGES.items())
def test_pages_in_another_script_are_kept_and_flagged(run, name, language):
    pile, _, _, dossier = run
    (document,) = [d for d in dossier["documents"] if d["path"] == str(pile / name)]
    assert document["language"] == language


@pytest.mark.parametrize("max_bytes, expected", [(1_000_000, "too-large"), (4_000_000, "document")])
def test_max_bytes_decides_whether_a_large_page_is_read(tmp_path, max_bytes, expected):
    """The 50 MB page's rule at a size CI can afford: refused above --max-bytes, read when it allows it."""
    pile = tmp_path / "pile"
    pile.mkdir()
    (pile / "large.html").write_bytes(b"<html><body><article>" + b"<p>" + GOOD.encode() + b"</p>" * 1
                                      + b"".join(b"<p>Paragraph %d of the council minutes, read in full.</p>" % i for i in range(40_000))
                                      + b"</article></body></html>")
    assert 1_000_000 < (pile / "large.html").stat().st_size < 4_000_000
    out = tmp_path / "out"
    assert main(["analyze", str(pile), "-o", str(out), "-q", "--no-annotate", "--max-bytes", str(max_bytes)]) in (0, 1)
    dossier = json.loads((out / "dossier.json").read_text())
    if expected == "document":
        assert [d["path"] for d in dossier["documents"]] == [str(pile / "large.html")]
    else:
        assert [(s["reason"], "above the limit of 1,000,000 (--max-bytes N raises it)" in s["detail"]) for s in dossier["skipped"]] == [("too-large", True)]


def test_an_enormous_page_is_read_up_to_the_sentence_limit_and_says_so(tmp_path):
    """A page of 60,000 near-alike lines took 24 GB in claims and was killed; its claims now read the first
    [claims] max_document_sentences (set low here, 2,000 by default) and the document's warnings say the rest."""
    pile = tmp_path / "pile"
    pile.mkdir()
    (pile / "long.txt").write_text("Council minutes\n" + "\n".join(
        f"The harbor council met for the {k}th time on Monday to discuss the gates." for k in range(60)), encoding="utf-8")
    (pile / "good.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "settings.toml").write_text("[claims]\nmax_document_sentences = 20\n", encoding="utf-8")
    out = tmp_path / "out"
    assert main(["analyze", str(pile), "-o", str(out), "-q", "--config", str(tmp_path / "settings.toml")]) == 0
    dossiers = [out / "dossier.json"] if (out / "dossier.json").exists() else sorted(out.glob("stories/*/dossier.json"))
    documents = [d for path in dossiers for d in json.loads(path.read_text())["documents"]]
    warnings = {Path(d["path"]).name: [w for w in d["warnings"] if w.startswith("claims:")] for d in documents}
    assert warnings == {"long.txt": ["claims: only the first 20 sentences read, 40 more left out"], "good.txt": []}

