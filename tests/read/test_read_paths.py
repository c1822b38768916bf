"""read_paths over a folder of good and bad input: every good report read, every bad file named with its reason."""

from __future__ import annotations

import gzip
import json
from collections.abc import Callable
from pathlib import Path

import pytest

from newsweave.model import Document, Skipped
from newsweave.read import read_paths

from .conftest import article_html

MAX_BYTES = 6000
REPORT = (
    "Flood barriers fail as the river rises\n"
    "By Jane Doe\n"
    "Published March 3, 2025\n"
    "Last updated on March 4, 2025 at 9:12 am\n"
    "The river rose four metres overnight and two of the four barrier gates failed to close, officials said.\n"
)
LATIN1 = (
    "Café owners count the cost\n"
    "The café owner, José Martínez, said the water reached the counter within minutes.\n"
    "Renée Müller, who runs the bakery next door, said: «Nobody expected this.»\n"
)
RECORD = {"title": "Wire copy", "maintext": "Two gates failed to close.", "date_publish": "2025-03-03 10:00:00",
          "source_domain": "wire.example", "url": "https://wire.example/a"}  # fmt: skip
FEED = (
    '<?xml version="1.0"?><rss version="2.0"><channel><title>Harbor Radio</title>'
    "<item><title>Residents describe the night</title><link>https://radio.example/night</link>"
    "<description>It came up through the floor first, then under the door.</description></item>"
    "</channel></rss>"
)


@pytest.fixture
def mixed_folder(tmp_path: Path, write_warc: Callable) -> Path:
    root = tmp_path / "pile"
    (root / "courier").mkdir(parents=True)
    (root / ".git").mkdir()
    (root / "gazette-flood.txt").write_text(REPORT, encoding="utf-8")
    (root / "courier" / "mayor.txt").write_text("Mayor orders review\n" + REPORT.split("\n", 1)[1], encoding="utf-8")
    (root / "meridian.html").write_text(article_html("Barrier failed", site="The Meridian Standard"), encoding="utf-8")
    (root / "radio.xml").write_text(FEED, encoding="utf-8")
    (root / "latin1.txt").write_bytes(LATIN1.encode("latin-1"))
    (root / "wire.jsonl").write_text(json.dumps(RECORD) + '\n{"title": "broken",\n' + json.dumps(RECORD) + "\n")
    (root / "blob.bin").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4)
    (root / "empty.txt").write_bytes(b"")
    (root / "huge.txt").write_text(REPORT * 100, encoding="utf-8")
    (root / "report.pdf").write_bytes(b"%PDF-1.4 pretend")
    (root / ".DS_Store").write_bytes(b"\x00\x00\x00\x01Bud1")
    (root / ".git" / "HEAD").write_text("ref: refs/heads/main\n")
    pages = [(f"https://www.gazette.example/news/{n}", article_html(f"Page {n}").encode(), "text/html") for n in (1, 2)]
    ends = write_warc(root / "crawl.warc", pages, False)
    data = (root / "crawl.warc").read_bytes()
    (root / "crawl.warc").write_bytes(data[: ends[0] + 300])  # the second record is cut short
    return root


def test_a_mixed_folder_reads_every_good_report_and_names_every_bad_file(mixed_folder: Path) -> None:
    items = list(read_paths([mixed_folder], max_bytes=MAX_BYTES))  # nothing raises
    documents = {item.id: item for item in items if isinstance(item, Document)}
    skipped = {Path(item.path.split(":")[0]).name + item.path[len(item.path.split(":")[0]) :]: item.reason
               for item in items if isinstance(item, Skipped)}  # fmt: skip

    assert sorted(documents) == [
        "courier-mayor", "crawl#1", "gazette-flood", "latin1", "meridian", "radio#1", "wire#1", "wire#3",
    ]  # fmt: skip
    assert skipped == {
        "blob.bin": "binary",
        "empty.txt": "empty",
        "huge.txt": "too-large",
        "report.pdf": "unsupported",
        "wire.jsonl:2": "malformed-json",
        "crawl.warc": "malformed-warc",
    }
    assert documents["latin1"].text == LATIN1  # accented characters come out right
    assert documents["latin1"].warnings == ["encoding: detected cp1252, not UTF-8"]
    assert all(document.text == document.raw and document.raw for document in documents.values())


def test_metadata_per_format(mixed_folder: Path) -> None:
    documents = {i.id: i for i in read_paths([mixed_folder], max_bytes=MAX_BYTES) if isinstance(i, Document)}
    rows = {
        doc_id: (d.format, d.source, d.title, d.published, d.updated, d.author, d.url)
        for doc_id, d in documents.items()
    }
    assert rows == {
        "gazette-flood": ("text", "gazette-flood", "Flood barriers fail as the river rises", "2025-03-03",
                          "2025-03-04", "Jane Doe", None),
        "courier-mayor": ("text", "courier", "Mayor orders review", "2025-03-03", "2025-03-04", "Jane Doe", None),
        "latin1": ("text", "latin1", "Café owners count the cost", None, None, None, None),
        "meridian": ("html", "The Meridian Standard", "Barrier failed", "2025-03-03", None, "Jane Doe", None),
        "radio#1": ("rss", "Harbor Radio", "Residents describe the night", None, None, None,
                    "https://radio.example/night"),
        "wire#1": ("json", "wire.example", "Wire copy", "2025-03-03", None, None, "https://wire.example/a"),
        "wire#3": ("json", "wire.example", "Wire copy", "2025-03-03", None, None, "https://wire.example/a"),
        "crawl#1": ("warc", "The Daily Gazette", "Page 1", "2025-03-03", None, "Jane Doe",
                    "https://www.gazette.example/news/1"),
    }  # fmt: skip


@pytest.mark.parametrize(
    ("files", "expected"),
    [
        # a gzip-compressed page is unpacked and sniffed again
        ({"page.html.gz": gzip.compress(article_html("Zipped").encode())}, [("page", "html")]),
        # content beats the extension: HTML saved as .txt
        ({"saved.txt": article_html("Saved as text").encode()}, [("saved", "html")]),
        # same stem, different formats: both keep unique ids
        ({"a.txt": REPORT.encode(), "a.html": article_html("A").encode()}, [("a", "html"), ("a-txt", "text")]),
        # a gzip bomb is a file above the limit
        ({"bomb.txt.gz": gzip.compress(b"a" * (MAX_BYTES * 4))}, [("bomb.txt.gz", "too-large")]),
        ({"broken.gz": gzip.compress(REPORT.encode())[:-8]}, [("broken.gz", "undecodable")]),
        # an LDC corpus file, named by its document number, gzipped as the LDC ships Gigaword
        ({"NYT19990810.0105": b"<DOC>\n<DOCNO> NYT19990810.0105 </DOCNO>\n<TEXT><P>A.</P></TEXT>\n</DOC>\n",
          "nyt_eng_199407.gz": gzip.compress(b'<DOC id="NYT_ENG_19940701.0001"><TEXT>B.</TEXT></DOC>'
                                             b'<DOC id="NYT_ENG_19940701.0002"><TEXT>C.</TEXT></DOC>')},
         [("nyt19990810-0105", "sgml"), ("nyt-eng-199407#1", "sgml"), ("nyt-eng-199407#2", "sgml")]),
    ],
)
def test_files(tmp_path: Path, files: dict[str, bytes], expected: list[tuple[str, str]]) -> None:
    for name, data in files.items():
        (tmp_path / name).write_bytes(data)
    got = [
        (item.id, item.format) if isinstance(item, Document) else (Path(item.path).name, item.reason)
        for item in read_paths([tmp_path], max_bytes=MAX_BYTES)
    ]
    assert got == expected


def test_a_file_given_directly_and_a_missing_path(tmp_path: Path) -> None:
    report = tmp_path / "news" / "gazette-flood.txt"
    report.parent.mkdir()
    report.write_text(REPORT, encoding="utf-8")
    items = list(read_paths([report, tmp_path / "nowhere"]))
    assert [(i.id, i.source) if isinstance(i, Document) else i.reason for i in items] == [
        ("gazette-flood", "gazette-flood"),
        "missing",
    ]


def test_field_map_reaches_the_json_reader(tmp_path: Path) -> None:
    (tmp_path / "export.json").write_text(json.dumps([{"story": "Two gates failed.", "outlet": "Wire Co"}]))
    (document,) = read_paths([tmp_path], field_map={"text": "story"})
    assert isinstance(document, Document)
    assert (document.id, document.text, document.source) == ("export#1", "Two gates failed.", "Wire Co")


def test_an_unknown_field_map_name_fails_before_reading(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="unknown field"):
        next(read_paths([tmp_path], field_map={"body": "story"}))
