"""No stage takes a run down (issue 14 Build 2): a document a per-document stage raises on is set
aside with its reason, a whole-story stage that raises is named in run.failed with the rest kept,
and the command line writes the dossier first, names what failed in one line and exits 4.

The stages are made to raise by monkeypatching them: what is tested is the isolation around them.
"""

import json

import pytest

from newsweave import pipeline
from newsweave.cli import EXIT_PARTIAL, main

GOOD = ("Harbor gates fail\nTwo of the four flood gates at Lower Quay failed to close on Sunday night, "
        "the harbor authority said. Mayor Elena Ruiz ordered a review on Monday.\n")
OTHER = ("Flood review ordered\nMayor Elena Ruiz on Monday ordered a review after two of the four gates "
         "failed to close on Sunday, according to the harbor authority.\n")
POISON = "POISON"


@pytest.fixture
def corpus(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(GOOD, encoding="utf-8")
    (folder / "b.txt").write_text(OTHER, encoding="utf-8")
    (folder / "c.txt").write_text(OTHER.replace("Monday", f"Tuesday, the {POISON} day,"), encoding="utf-8")
    return folder


def _raise_on_poison(real):
    """`real`, raising on any document whose text holds POISON."""
    def stage(docs, *args, **kwargs):
        for doc in docs if isinstance(docs, list) else [docs]:
            if POISON in doc.text:
                raise RuntimeError("hostile input")
        return real(docs, *args, **kwargs)
    return stage


def test_a_document_clean_raises_on_is_skipped_with_its_reason(corpus, monkeypatch):
    real = pipeline.clean_document
    monkeypatch.setattr(pipeline, "clean_document", lambda doc: real(doc) if POISON not in doc.raw else 1 / 0)
    dossier = pipeline.analyze([corpus], pipeline.Options(annotate=False))
    assert sorted(d.path.rsplit("/", 1)[-1] for d in dossier.documents) == ["a.txt", "b.txt"]
    [skipped] = dossier.skipped
    assert skipped.path.endswith("c.txt") and skipped.reason == "clean-failed"
    assert "ZeroDivisionError" in skipped.detail
    assert dossier.run.failed == {}


def test_a_document_annotate_raises_on_is_skipped_and_the_story_is_annotated(corpus, monkeypatch):
    from newsweave.annotate import story

    monkeypatch.setattr(story, "annotate_story", _raise_on_poison(story.annotate_story))
    dossier = pipeline.analyze([corpus])
    assert [(s.path.rsplit("/", 1)[-1], s.reason) for s in dossier.skipped] == [("c.txt", "annotate-failed")]
    assert "RuntimeError: hostile input" in dossier.skipped[0].detail
    assert {"Elena Ruiz"} <= {e.name for e in dossier.entities}
    assert dossier.claims and dossier.run.failed == {}


@pytest.mark.parametrize("stage, module, function, kept", [
    ("claims", "newsweave.synthesize.claims", "align_claims", "provenance"),
    ("brief", "newsweave.synthesize.brief", "write_brief", "claims"),
    ("timeline", "newsweave.synthesize.timeline", "build_timeline", "claims"),
    ("provenance", "newsweave.synthesize.provenance", "trace_provenance", "claims"),
])
def test_a_story_stage_that_raises_is_recorded_and_the_rest_kept(corpus, monkeypatch, stage, module, function, kept):
    import importlib

    def broken(*args, **kwargs):
        raise MemoryError("too big")

    monkeypatch.setattr(importlib.import_module(module), function, broken)
    dossier = pipeline.analyze([corpus])
    assert dossier.run.failed == {stage: "MemoryError: too big"}
    assert getattr(dossier, kept), f"{kept} computed despite the {stage} failure"
    assert dossier.entities and len(dossier.documents) == 3 and not dossier.skipped


def test_cli_writes_the_dossier_and_exits_4_when_a_stage_fails(corpus, tmp_path, monkeypatch, capsys):
    def broken(*args, **kwargs):
        raise ValueError("no copies today")

    monkeypatch.setattr(pipeline, "find_copies", broken)
    out = tmp_path / "out"
    assert main(["analyze", str(corpus), "-o", str(out), "-q", "--no-annotate"]) == EXIT_PARTIAL
    dossier = json.loads((out / "dossier.json").read_text())
    assert dossier["run"]["failed"] == {"copies": "ValueError: no copies today"}
    assert len(dossier["documents"]) == 3 and (out / "report.html").exists()
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "stage copies failed" in err and "Traceback" not in err


def test_cli_names_a_report_it_cannot_draw_and_keeps_the_dossier(corpus, tmp_path, monkeypatch, capsys):
    from newsweave.render import report

    def broken(dossier):
        raise ValueError("min() arg is an empty sequence")

    monkeypatch.setattr(report, "build_view", broken)
    out = tmp_path / "out"
    assert main(["analyze", str(corpus), "-o", str(out), "-q", "--no-annotate"]) == EXIT_PARTIAL
    assert len(json.loads((out / "dossier.json").read_text())["documents"]) == 3
    assert not (out / "report.html").exists()
    lines = capsys.readouterr().err.splitlines()
    assert [line.split(" could not be drawn")[0].rsplit("/", 1)[-1] for line in lines] == ["report.md", "report.html"]
    assert all("empty sequence" in line for line in lines)


TRIAL = ("Pinochet hearing opens\nLawyers for General Augusto Pinochet told a London court on Monday that the former "
         "Chilean dictator could not be extradited to Spain, the magistrate Ronald Bartle heard.\n")
TRIAL_REWRITE = ("London court hears Pinochet case\nA London court heard on Monday that General Augusto Pinochet could "
                 "not be extradited to Spain, his lawyers told magistrate Ronald Bartle.\n")


def test_cli_keeps_the_other_stories_when_one_storys_stage_fails(corpus, tmp_path, monkeypatch, capsys):
    from newsweave.synthesize import claims

    real = claims.align_claims

    def fails_on_the_trial(docs, *args, **kwargs):
        if any("Pinochet" in d.text for d in docs):
            raise MemoryError("too big")
        return real(docs, *args, **kwargs)

    monkeypatch.setattr(claims, "align_claims", fails_on_the_trial)
    (corpus / "trial.txt").write_text(TRIAL, encoding="utf-8")
    (corpus / "trial-rewrite.txt").write_text(TRIAL_REWRITE, encoding="utf-8")
    out = tmp_path / "out"
    assert main(["analyze", str(corpus), "-o", str(out), "-q"]) == EXIT_PARTIAL
    index = json.loads((out / "index.json").read_text())
    failed = {story["title"]: story["failed"] for story in index["stories"]}
    assert failed == {"Harbor gates fail": {}, "London court hears Pinochet case": {"claims": "MemoryError: too big"}}  # undated: the first read names it
    harbor, trial = (json.loads((out / story["folder"] / "dossier.json").read_text()) for story in index["stories"])
    assert harbor["claims"] and not trial["claims"] and trial["entities"]
    assert all((out / story["folder"] / "report.html").exists() for story in index["stories"])
    [line] = capsys.readouterr().err.splitlines()
    assert "stage claims of story story-" in line and "MemoryError: too big" in line
