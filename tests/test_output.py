"""The output folder: a run replaces exactly the files of the last run (its manifest's, or a pre-manifest
layout's), never the user's, and refuses files of newsweave's names that no run recorded writing."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsweave import output
from newsweave.cli import main
from newsweave.render.index import LAYOUT

# Three short reports of three unrelated events: three stories, or one story each on their own.
REPORTS = {
    "flood.txt": "Harbor City floods\nThe river burst its banks in Harbor City on Monday and about 200 homes were "
                 "flooded, the mayor said. Pumps and sandbags were sent by the army to the streets near the harbor.\n",
    "council.txt": "Council vote delayed\nThe town council of Millbrook postponed its budget vote until next week after "
                   "a dispute over school funding, councillors said on Tuesday. The mayor called the delay regrettable.\n",
    "cup.txt": "Rovers win the cup\nNorthfield Rovers beat Eastport United three goals to one in the cup final on "
               "Saturday. Their striker scored twice in the second half before a crowd of forty thousand fans.\n",
}
PILES = {"one": ["flood.txt"], "two": ["flood.txt", "council.txt"], "three": list(REPORTS)}
ONE_STORY = ["dossier.json", output.MANIFEST, "report.html", "report.md"]


@pytest.fixture
def piles(tmp_path) -> dict[str, Path]:
    """Each pile as a folder of its reports."""
    folders = {}
    for pile, names in PILES.items():
        folders[pile] = tmp_path / "piles" / pile
        folders[pile].mkdir(parents=True)
        for name in names:
            (folders[pile] / name).write_text(REPORTS[name], encoding="utf-8")
    return folders


def analyze(pile: Path, out: Path, *extra: str) -> int:
    return main(["analyze", str(pile), "-o", str(out), "-q", "--no-annotate", *extra])


def files(out: Path) -> list[str]:
    return sorted(p.relative_to(out).as_posix() for p in out.rglob("*") if p.is_file())


def manifest(out: Path) -> dict:
    return json.loads((out / output.MANIFEST).read_text(encoding="utf-8"))


def first_story(out: Path) -> str:
    return next((name.split("/")[1] for name in manifest(out)["files"] if name.startswith("stories/")), "")


def top(out: Path) -> list[str]:
    """The folder's first level, story folders counted: ["index.html", ..., "stories/ x3"]."""
    stories = len(list((out / "stories").iterdir())) if (out / "stories").is_dir() else 0
    return sorted(p.name for p in out.iterdir() if p.name != "stories") + ([f"stories/ x{stories}"] if stories else [])


@pytest.mark.parametrize(
    ("first", "second", "expected"),
    [
        ("three", "one", ONE_STORY),  # no index.html, no story folders left
        ("one", "three", ["index.html", "index.json", output.MANIFEST, "stories/ x3"]),  # no dossier.json left
        ("three", "two", ["index.html", "index.json", output.MANIFEST, "stories/ x2"]),  # the third story's folder gone
        ("one", "one", ONE_STORY),
    ],
)
def test_a_run_replaces_the_last_run(piles, tmp_path, first, second, expected):
    out = tmp_path / "out"
    assert analyze(piles[first], out) == 0
    assert analyze(piles[second], out) == 0
    assert top(out) == expected
    assert files(out) == sorted([*manifest(out)["files"], output.MANIFEST])


@pytest.mark.parametrize(
    "mine",
    [
        ["notes.txt"],
        ["stories/my-notes.md"],  # in the folder of the stories: it stays, and so does the folder
        ["stories/{story}/highlights.txt"],  # in a story folder the next run does not write: the folder stays
        ["sub/dossier.json"],  # a name of ours, but in no folder of our layouts
    ],
)
def test_files_of_the_user_survive(piles, tmp_path, mine):
    out = tmp_path / "out"
    assert analyze(piles["three"], out) == 0
    story = first_story(out)
    paths = [out / name.format(story=story) for name in mine]
    for path in paths:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("mine", encoding="utf-8")
    assert analyze(piles["one"], out) == 0
    assert all(path.read_text(encoding="utf-8") == "mine" for path in paths)
    assert sorted(set(files(out)) - {p.relative_to(out).as_posix() for p in paths}) == ONE_STORY


@pytest.mark.parametrize(
    ("pile", "drop"),
    [
        ("three", []),  # a folder of a version before manifests: its files known by their schema
        ("one", []),
        ("three", ["stories/{story}/report.md"]),  # an incomplete one
    ],
)
def test_a_folder_written_before_manifests_is_replaced(piles, tmp_path, pile, drop):
    out = tmp_path / "out"
    assert analyze(piles[pile], out) == 0
    story = first_story(out)
    (out / output.MANIFEST).unlink()
    for name in drop:
        (out / name.format(story=story)).unlink()
    (out / "notes.txt").write_text("mine", encoding="utf-8")
    assert analyze(piles["two"], out) == 0
    assert top(out) == ["index.html", "index.json", output.MANIFEST, "notes.txt", "stories/ x2"]


@pytest.mark.parametrize(
    ("before", "overwrite", "expected_exit"),
    [
        ({"index.html": "<p>my page</p>"}, False, 3),  # a reader would take it for this run's
        ({"dossier.json": '{"title": "my dossier"}'}, False, 3),  # not a newsweave schema
        ({"report.md": "my report"}, False, 3),  # the run would write over it
        ({"stories/mine/report.html": "my page"}, False, 3),
        ({output.MANIFEST: "not json"}, False, 3),
        ({output.MANIFEST: '{"command": "analyze", "version": "0", "created": "now", "complete": true, '
                           '"files": ["../outside.txt"], "schema": "newsweave-manifest/0.1"}'}, False, 3),
        ({"notes.txt": "mine", "data.json": "{}"}, False, 0),  # no name of ours: written beside them
        ({"index.html": "<p>my page</p>", "report.md": "my report"}, True, 0),
    ],
    ids=["index.html", "foreign-dossier", "report.md", "story-folder", "bad-manifest", "manifest-out-of-folder",
         "unrelated-files", "overwrite"],
)
def test_files_no_run_recorded_are_refused_unless_overwrite(piles, tmp_path, capsys, before, overwrite, expected_exit):
    out = tmp_path / "out"
    for name, text in before.items():
        (out / name).parent.mkdir(parents=True, exist_ok=True)
        (out / name).write_text(text, encoding="utf-8")
    (tmp_path / "outside.txt").write_text("not in the folder", encoding="utf-8")
    assert analyze(piles["one"], out, *(["--overwrite"] if overwrite else [])) == expected_exit
    assert (tmp_path / "outside.txt").exists()
    if expected_exit:
        assert files(out) == sorted(before)  # nothing written, nothing removed
        assert "no newsweave run recorded writing" in capsys.readouterr().err
    else:
        written = set(ONE_STORY)
        assert all((out / name).read_text(encoding="utf-8") == text for name, text in before.items() if name not in written)
        assert set(files(out)) == written | set(before)


def test_the_json_summary_lists_the_files_of_the_manifest(piles, tmp_path, capsys):
    out = tmp_path / "out"
    assert main(["analyze", str(piles["three"]), "-o", str(out), "--json", "--no-annotate"]) == 0
    summary = json.loads(capsys.readouterr().out)
    recorded = manifest(out)
    assert summary["output"] == {name: str(out / name) for name in [*recorded["files"], output.MANIFEST]}
    assert (recorded["command"], recorded["complete"], len(recorded["files"])) == ("analyze", True, 3 * 3 + 2)


def test_the_manifest_names_the_plan_while_the_run_writes(tmp_path):
    """An interrupted run leaves a manifest of what it meant to write, so the next run clears it all."""
    out = tmp_path / "out"
    pending = output.begin(out, LAYOUT, ["dossier.json", "report.md", "report.html"], overwrite=False)
    (out / "dossier.json").write_text("{}", encoding="utf-8")
    assert (manifest(out)["complete"], manifest(out)["files"]) == (False, ["dossier.json", "report.md", "report.html"])
    assert output.finish(out, pending).files == ["dossier.json"]
    assert (manifest(out)["complete"], manifest(out)["files"]) == (True, ["dossier.json"])
