"""The Python API: the README's example runs, inputs of every kind, settings, stages one at a time."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

import newsweave
from newsweave import model
from newsweave import settings as settings_module

ROOT = Path(__file__).resolve().parents[1]

GATES = ("Harbor gates fail", "Two of the four gates failed to close on Sunday, the harbor authority said. "
         "About 1,200 residents were evacuated from their homes, officials said. The mayor called for an inquiry "
         "into the contractor that built the barrier and the warnings it was given about corrosion.")
FLOOD = ("Storm floods Halden\n\nTwo gates failed to close on Sunday, city officials said. About 1,200 people "
         "were evacuated from their homes as the water rose. Engineers had warned the contractor about "
         "corrosion in the seals two years ago, according to documents seen by the newspaper.")


def test_the_readme_example_runs():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    code = re.search(r"### Python API.*?```python\n(.*?)```", readme, re.S).group(1)
    run = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=600)
    assert run.returncode == 0, run.stderr
    assert "corroborated 2" in run.stdout and "duplicate of harbor-gazette" in run.stdout


def test_import_is_cheap():
    probe = "import sys, newsweave; print(sorted(m for m in sys.modules if m.split('.')[0] in ('spacy', 'onnxruntime', 'torch', 'numpy') or m.startswith('newsweave.')))"
    run = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert run.stdout.strip() == "[]"


@pytest.mark.parametrize(
    "inputs, expected",  # expected: (id, title, format) of each document
    [
        (FLOOD, [("text-1", "Storm floods Halden", "text")]),
        (GATES, [("text-1", "Harbor gates fail", "json")]),
        ([{"title": "T", "text": "Body.", "published": "2024-03-01"}], [("text-1", "T", "json")]),
        ([GATES, FLOOD], [("text-1", "Harbor gates fail", "json"), ("text-2", "Storm floods Halden", "text")]),
        ([ROOT / "examples" / "harbor-flood" / "civic-lantern.txt", FLOOD],
         [("civic-lantern", None, "text"), ("text-1", "Storm floods Halden", "text")]),
    ],
)
def test_read_takes_paths_texts_pairs_and_dicts(inputs, expected):
    reading = newsweave.read(inputs)
    assert [(d.id, d.title if e[1] else None, d.format) for d, e in zip(reading.documents, expected, strict=True)] == expected
    assert reading.skipped == []


def test_read_names_what_it_cannot_read():
    reading = newsweave.read([{"title": "no text"}, "no-such-file.txt", "no-such-file.txt and some text"])
    assert [s.reason for s in reading.skipped] == ["missing", "no-text"] and len(reading.documents) == 1


@pytest.mark.parametrize("kind", ["mapping", "Settings", "TOML file"])
def test_settings_bend_the_dossier(tmp_path, kind):
    (tmp_path / "settings.toml").write_text("[brief]\nwords = 20\n", encoding="utf-8")
    settings = {"mapping": {"brief": {"words": 20}},
                "Settings": settings_module.from_mapping({"brief": {"words": 20}}),
                "TOML file": tmp_path / "settings.toml"}[kind]
    small = newsweave.analyze([GATES, FLOOD], settings=settings)
    assert isinstance(small, model.Dossier)
    assert 0 < _brief_words(small) <= 20 < _brief_words(newsweave.analyze([GATES, FLOOD]))


def _brief_words(dossier: model.Dossier) -> int:
    return sum(len(s.statement.split()) for s in dossier.brief)


def test_the_stages_one_at_a_time_give_the_dossier_of_analyze():
    whole = newsweave.analyze([GATES, FLOOD], focus="How many people were evacuated?")
    documents, emptied = newsweave.clean(newsweave.read([GATES, FLOOD]).documents)
    relations = newsweave.find_copies(documents)
    found = newsweave.annotate(documents)
    staged = newsweave.synthesize(documents, relations, found, focus="How many people were evacuated?")
    assert emptied == []
    assert [c.text for c in staged.claims] == [c.text for c in whole.claims]
    assert [b.text for b in staged.brief] == [b.text for b in whole.brief]
    assert len(staged.entities) == len(whole.entities) and staged.relations == whole.relations
