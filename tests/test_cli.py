"""The command line as users meet it: exit codes, quiet success, --json, bad inputs named."""

import contextlib
import io
import json

import pytest

from newsweave.cli import main
from tests.piles import FRENCH, MIXED_EVENTS, write_mixed_pile

GOOD = "Flood barriers fail\nThe city's flood barriers failed on Sunday night, officials said in a statement.\n"


@pytest.fixture
def corpus(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "good.txt").write_text(GOOD, encoding="utf-8")
    (folder / "empty.txt").write_bytes(b"")
    (folder / "blob.bin").write_bytes(bytes(range(256)) * 8)
    return folder


@pytest.mark.parametrize(
    "inputs, expected_exit",
    [
        (["good.txt"], 0),
        (["good.txt", "empty.txt", "blob.bin"], 0),  # bad inputs beside a good one: the run succeeds
        (["empty.txt", "blob.bin"], 1),  # nothing readable
        (["no-such-file.txt"], 1),
    ],
)
def test_exit_status(corpus, tmp_path, inputs, expected_exit):
    code = main(["analyze", *[str(corpus / i) for i in inputs], "-o", str(tmp_path / "out"), "-q", "--no-annotate"])
    assert code == expected_exit


def test_json_summary_names_every_skipped_input(corpus, tmp_path, capsys):
    code = main(["analyze", str(corpus), str(tmp_path / "missing.txt"), "-o", str(tmp_path / "out"), "--json",
                 "--no-annotate"])
    summary = json.loads(capsys.readouterr().out)
    assert code == 0
    assert summary["documents"] == 1
    reasons = {s["path"].rsplit("/", 1)[-1]: s["reason"] for s in summary["skipped"]}
    assert reasons == {"empty.txt": "empty", "blob.bin": "binary", "missing.txt": "missing"}
    for path in summary["output"].values():
        assert (tmp_path / "out" / path.rsplit("/", 1)[-1]).exists()


def test_success_prints_one_summary_line_on_stderr_and_nothing_on_stdout(corpus, tmp_path, capsys):
    main(["analyze", str(corpus / "good.txt"), "-o", str(tmp_path / "out"), "--no-annotate"])
    captured = capsys.readouterr()
    assert captured.out == ""
    assert len(captured.err.strip().splitlines()) == 1
    assert "1 documents" in captured.err


def test_unwritable_output_is_exit_3(corpus, tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    assert main(["analyze", str(corpus / "good.txt"), "-o", str(blocker / "out"), "-q", "--no-annotate"]) == 3


@pytest.mark.parametrize("argv", [["--help"], ["analyze", "--help"], ["schema", "--help"]])
def test_help_explains(argv, capsys):
    with pytest.raises(SystemExit) as done:
        main(argv)
    assert done.value.code == 0
    assert "newsweave" in capsys.readouterr().out


def test_schema_command_prints_the_json_schema(capsys):
    assert main(["schema"]) == 0
    assert json.loads(capsys.readouterr().out)["title"] == "newsweave dossier"


@pytest.mark.parametrize("mapping, expected_exit", [(["text=story"], 0), (["nonsense"], 2), (["colour=story"], 2)])
def test_field_map(tmp_path, mapping, expected_exit):
    (tmp_path / "feed.jsonl").write_text('{"title": "T", "story": "A council vote was held on Monday night."}\n')
    argv = ["analyze", str(tmp_path / "feed.jsonl"), "-o", str(tmp_path / "out"), "-q", "--no-annotate"]
    assert main(argv + [f"--field-map={m}" for m in mapping]) == expected_exit


def test_unknown_embedder_is_exit_2(corpus, tmp_path, capsys):
    with pytest.raises(SystemExit) as done:
        main(["analyze", str(corpus / "good.txt"), "-o", str(tmp_path / "out"), "--embedder", "tensorflow"])
    assert done.value.code == 2
    assert "invalid choice: 'tensorflow'" in capsys.readouterr().err


def test_output_cut_short_by_a_pipe_is_no_traceback():
    """`newsweave schema | head`: the reader leaves early; no BrokenPipeError traceback, exit 0."""
    import subprocess
    import sys

    proc = subprocess.Popen([sys.executable, "-m", "newsweave", "schema"], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    proc.stdout.close()  # the reader is gone before newsweave writes (it takes a while to start)
    stderr = proc.stderr.read().decode()
    assert proc.wait() == 0 and "Traceback" not in stderr


# -- a pile of several stories: index.json, index.html, one folder per story (issue 11 item 1) ---------

HOSTILE = '<script>alert("x")</script> Star Wars'


@pytest.fixture(scope="module")
def stories_run(tmp_path_factory):
    folder, out = tmp_path_factory.mktemp("pile"), tmp_path_factory.mktemp("out")
    events = write_mixed_pile(folder, title_of_first=HOSTILE)
    printed = io.StringIO()
    with contextlib.redirect_stdout(printed):
        code = main(["analyze", str(folder), "-o", str(out), "--json", "--no-annotate"])
    return events, out, code, json.loads(printed.getvalue())


def test_several_stories_get_an_index_and_a_folder_each(stories_run):
    events, out, code, _ = stories_run
    index = json.loads((out / "index.json").read_text())
    assert code == 0 and index["schema"] == "newsweave-index/0.1"
    assert not (out / "dossier.json").exists() and not (out / "report.html").exists()
    found = sorted(sorted(events[d["path"].rsplit("/", 1)[-1]] for d in story["documents"]) for story in index["stories"])
    assert found == sorted([[topic] * n for topic, n in MIXED_EVENTS.items()] + [[FRENCH]])
    for story in index["stories"]:
        dossier = json.loads((out / story["folder"] / "dossier.json").read_text())
        assert [d["id"] for d in dossier["documents"]] == [d["id"] for d in story["documents"]]
        assert (out / story["folder"] / "report.html").exists() and (out / story["folder"] / "report.md").exists()
        assert set(story["documents"][0]) == {"id", "path", "url", "title", "published", "language"}
        assert (story["claims"], story["denials"]) == (0, 0)  # --no-annotate
    assert [(s["reason"], s["path"].rsplit("/", 1)[-1]) for s in index["skipped"]] == [("empty", "empty.txt")]
    assert [s["step"] for s in index["steps"]] == ["read", "clean", "language", "copies", "stories", "annotate", "synthesize"]


@pytest.mark.parametrize("key, expected", [
    ("documents", 7), ("stories", 3), ("other_language", 1), ("claims", 0),
])
def test_the_json_summary_counts_stories(stories_run, key, expected):
    summary = stories_run[3]
    assert summary[key] == expected
    assert {"index.json", "index.html", "newsweave-manifest.json"} <= set(summary["output"])


def test_the_index_page_links_each_story_and_escapes_what_it_shows(stories_run):
    _, out, _, _ = stories_run
    page = (out / "index.html").read_text()
    index = json.loads((out / "index.json").read_text())
    assert all(f'href="{story["folder"]}/report.html"' in page for story in index["stories"])
    assert "<script>" not in page and "&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt; Star Wars" in page


def test_one_story_keeps_the_one_dossier_layout(corpus, tmp_path):
    out = tmp_path / "out"
    assert main(["analyze", str(corpus / "good.txt"), "-o", str(out), "-q", "--no-annotate"]) == 0
    assert sorted(p.name for p in out.iterdir()) == ["dossier.json", "newsweave-manifest.json", "report.html", "report.md"]

# Three reports of one event by three outlets; the first two have one owner.
FLOOD_REPORTS = [
    {"source": "Harbor Gazette", "url": "https://www.harborgazette.example/news/flood-aid", "title": "City asks army for flood help",
     "text": "The mayor of Harbor City asked the army for sandbags and pumps on Monday after the river burst its banks. "
             "Officials said about 200 homes were flooded."},
    {"source": "Bayline News", "url": "https://baylinenews.example/2025/03/flood", "title": "Flooded city seeks military aid",
     "text": "Harbor City's mayor requested sandbags and pumps from the army on Monday as the river overflowed. "
             "About 200 homes were under water, officials said."},
    {"source": "Meridian Standard", "url": "https://meridianstandard.example/flood", "title": "River floods Harbor City",
     "text": "On Monday the mayor of Harbor City sought pumps and sandbags from the army after the river flooded the town. "
             "Around 200 homes were flooded, according to officials."},
]
PROFILES = ("outlet,owner,country,rating,notes\n"
            "Harbor Gazette,Harbor Media Group,UK,4/5,\n"
            "baylinenews.example,Harbor Media Group,UK,3/5,matched by its URL's domain\n"
            "Meridian Standard,Meridian Trust,US,4/5,\n")


def test_outlets_with_one_owner_count_once_end_to_end(tmp_path):
    pile = tmp_path / "flood.jsonl"
    pile.write_text("\n".join(json.dumps(r) for r in FLOOD_REPORTS) + "\n", encoding="utf-8")
    profiles = tmp_path / "outlets.csv"
    profiles.write_text(PROFILES, encoding="utf-8")
    runs = {}
    for name, extra in (("plain", []), ("profiled", ["--outlets", str(profiles)])):
        assert main(["analyze", str(pile), "-o", str(tmp_path / name), "-q", *extra]) == 0
        runs[name] = json.loads((tmp_path / name / "dossier.json").read_text(encoding="utf-8"))
    outlet_of = {d["id"]: d["source"] for d in runs["plain"]["documents"]}
    owner = {"Harbor Gazette": "Harbor Media Group", "Bayline News": "Harbor Media Group", "Meridian Standard": "Meridian Trust"}

    def carried_by_both(dossier):
        return [c for c in dossier["claims"] if {"Harbor Gazette", "Bayline News"} <= {outlet_of[m["doc"]] for m in c["members"]}]

    assert carried_by_both(runs["plain"]), "the two reports of one owner share no claim: the test would prove nothing"
    for plain, profiled in zip(carried_by_both(runs["plain"]), carried_by_both(runs["profiled"]), strict=True):
        outlets = {outlet_of[m["doc"]] for m in plain["members"]}
        assert plain["independent_sources"] == len(outlets)
        assert profiled["independent_sources"] == len({owner[o] for o in outlets}) == len(outlets) - 1
        assert "Harbor Media Group (Harbor Gazette, Bayline News)" in profiled["sources"]
    matched = {p["outlet"]: p["documents"] for p in runs["profiled"]["outlets"]["profiles"]}
    assert [len(docs) for docs in matched.values()] == [1, 1, 1]
    report = (tmp_path / "profiled" / "report.md").read_text(encoding="utf-8")
    assert "owner: Harbor Media Group; country: UK; your rating: 3/5; notes: matched by its URL's domain" in report


@pytest.mark.parametrize(
    ("profiles", "expected_exit", "expected_errors"),
    [
        ("outlet,owner\nGood Paper,Owner\n,Owner\nGood Paper,Other\n", 0,
         ["outlets.csv, line 3: no outlet or domain; row not used", "outlets.csv, line 4: the same outlet as line 2; row not used"]),
        ("name,owner,country\nGood Paper,Owner,UK\n", 2, ["outlets.csv: the header names no outlet column"]),
        (None, 2, ["outlets.csv: cannot read"]),
    ],
    ids=["bad-rows-named", "no-outlet-column", "missing-file"],
)
def test_outlets_file_problems_are_named(corpus, tmp_path, capsys, profiles, expected_exit, expected_errors):
    path = tmp_path / "outlets.csv"
    if profiles is not None:
        path.write_text(profiles, encoding="utf-8")
    for command in (["analyze", str(corpus / "good.txt"), "-o", str(tmp_path / "out")],
                    ["ingest", str(corpus / "good.txt"), "--db", str(tmp_path / "store.db")]):
        code = main([*command, "-q", "--no-annotate", "--outlets", str(path)])
        errors = capsys.readouterr().err
        assert code == expected_exit
        assert all(e in errors for e in expected_errors), errors
