"""The command line as users meet it: exit codes, quiet success, --json, bad inputs named."""

import contextlib
import io
import json

import pytest

from newsweave.cli import main

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
    from tests.piles import write_mixed_pile

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
    assert found == sorted([["D0604D"] * 3, ["D0607G"] * 3, ["french"]])
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
    assert set(summary["output"]) == {"index.json", "index.html"}


def test_the_index_page_links_each_story_and_escapes_what_it_shows(stories_run):
    _, out, _, _ = stories_run
    page = (out / "index.html").read_text()
    index = json.loads((out / "index.json").read_text())
    assert all(f'href="{story["folder"]}/report.html"' in page for story in index["stories"])
    assert "<script>" not in page and "&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt; Star Wars" in page


def test_one_story_keeps_the_one_dossier_layout(corpus, tmp_path):
    out = tmp_path / "out"
    assert main(["analyze", str(corpus / "good.txt"), "-o", str(out), "-q", "--no-annotate"]) == 0
    assert sorted(p.name for p in out.iterdir()) == ["dossier.json", "report.html", "report.md"]
