"""The command line as users meet it: exit codes, quiet success, --json, bad inputs named."""

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
