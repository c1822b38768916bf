"""Settings in one place: TOML overrides change the output, mistakes are named, `newsweave config` round-trips."""

from __future__ import annotations

import json
import tomllib

import pytest

from newsweave import settings
from newsweave.cli import main
from newsweave.engine.local import map_ordered


def _analyze(example_dir, tmp_path, toml: str | None) -> dict:
    """dossier.json of the example corpus read, cleaned and related (no annotation) under `toml`."""
    argv = ["analyze", str(example_dir), "-o", str(tmp_path / "out"), "-q", "--no-annotate"]
    if toml is not None:
        tmp_path.mkdir()
        (tmp_path / "settings.toml").write_text(toml, encoding="utf-8")
        argv += ["--config", str(tmp_path / "settings.toml")]
    assert main(argv) == 0
    return json.loads((tmp_path / "out" / "dossier.json").read_text(encoding="utf-8"))


def _kinds(dossier: dict) -> dict[str, str]:
    return {r["copy"]: r["kind"] for r in dossier["relations"]}


def _removed(dossier: dict) -> int:
    return sum(len(d["removed"]) for d in dossier["documents"])


@pytest.mark.parametrize(
    "toml, changed",
    [
        # a duplicate must now be identical beyond identical: the syndicated copy is a near-duplicate
        ("[dedupe]\nduplicate_jaccard = 1.01\n", lambda base, new: "duplicate" in _kinds(base).values()
         and "duplicate" not in _kinds(new).values()),
        # the cleaner's cue lexicon only judges lines of up to 10 characters: fewer lines removed
        ("[clean]\ncue_max_chars = 10\n", lambda base, new: _removed(new) < _removed(base)),
        # files above 4,000 bytes are skipped as too large (the example's are 2,753 to 8,980)
        ("[read]\nmax_bytes = 4000\n", lambda base, new: 0 < len(new["documents"]) < len(base["documents"])
         and {s["reason"] for s in new["skipped"]} == {"too-large"}),
    ],
)
def test_a_toml_setting_changes_the_output(example_dir, tmp_path, toml, changed):
    base = _analyze(example_dir, tmp_path / "base", None)
    assert changed(base, _analyze(example_dir, tmp_path / "new", toml))


@pytest.mark.parametrize(
    "toml, message",
    [
        ("[claims]\ncount_wieght = 0.3\n", "[claims] count_wieght: unknown setting (did you mean count_weight?)"),
        ("[claimz]\ncount_weight = 0.3\n", "[claimz]: unknown section (did you mean claims?)"),
        ('[brief]\nwords = "many"\n', "[brief] words: expected an integer, got 'many' (a string)"),
        ("[brief]\nwords = 1.5\n", "[brief] words: expected an integer, got 1.5 (a number)"),
        ("[claims]\ncount_weight = true\n", "[claims] count_weight: expected a number, got True (a boolean)"),
        ("[claims]\nidf_overlaps = 1\n", "[claims] idf_overlaps: expected true or false, got 1 (an integer)"),
        ("count_weight = 0.3\n", "count_weight: a setting belongs in its section: [claims] count_weight"),
        ("[claims\n", "not valid TOML"),
    ],
)
@pytest.mark.parametrize("command", [["config"], ["analyze", "IN", "-o", "OUT"]])
def test_a_wrong_setting_is_named_and_exits_2(example_dir, tmp_path, capsys, toml, message, command):
    path = tmp_path / "settings.toml"
    path.write_text(toml, encoding="utf-8")
    argv = [{"IN": str(example_dir), "OUT": str(tmp_path / "out")}.get(a, a) for a in command]
    assert main([*argv, "--config", str(path)]) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"newsweave: {path}: ") and message in err
    assert not (tmp_path / "out").exists()  # nothing was read or written


def test_a_missing_config_file_is_exit_2(tmp_path, capsys):
    assert main(["config", "--config", str(tmp_path / "none.toml")]) == 2
    assert "none.toml: cannot read" in capsys.readouterr().err


@pytest.mark.parametrize(
    "overrides",
    [
        "",
        "[claims]\ncount_weight = 0.3\nclaim_threshold = 1\n[brief]\nwords = 200\n[read]\nmax_bytes = 1048576\n",
        "[claims]\nidf_overlaps = true\nlexical_weight = 1.31\n",
    ],
)
def test_config_output_loads_back_to_the_same_settings(tmp_path, capsys, overrides):
    path = tmp_path / "in.toml"
    path.write_text(overrides, encoding="utf-8")
    in_force = settings.load(path)
    assert main(["config", "--config", str(path)]) == 0
    assert settings.from_mapping(tomllib.loads(capsys.readouterr().out)) == in_force
    assert main(["config", "--config", str(path), "--json"]) == 0
    assert settings.from_mapping(json.loads(capsys.readouterr().out)) == in_force


def test_config_prints_every_setting_with_its_default_and_note(capsys):
    assert main(["config"]) == 0
    out = capsys.readouterr().out
    assert "# Average-linkage cut: sentences whose mean pair score reaches this form one claim." in out
    printed = tomllib.loads(out)
    assert printed == settings.as_dict(settings.DEFAULTS)
    assert printed["claims"]["count_weight"] == 0.25 and printed["brief"]["words"] == 120
    assert sum(len(section) for section in printed.values()) > 100


def test_use_sets_the_settings_for_the_block_and_restores_them():
    custom = settings.from_mapping({"brief": {"words": 7}})
    assert settings.current() is settings.DEFAULTS
    with settings.use(custom):
        assert settings.current().brief.words == 7
        with settings.use(None):  # None keeps what is in force
            assert settings.current() is custom
    assert settings.current() is settings.DEFAULTS


def _brief_words(_: int) -> int:
    return settings.current().brief.words


@pytest.mark.parametrize("workers", [1, 2])
def test_worker_processes_see_the_settings_in_force(workers):
    with settings.use(settings.from_mapping({"brief": {"words": 7}})):
        assert list(map_ordered(_brief_words, range(4), workers)) == [7, 7, 7, 7]
