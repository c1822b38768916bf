"""Encoding repair on ftfy's own test cases and on entity-residue sentences, ours beside ftfy alone.

The ftfy cases (../shared/eval/encoding/ftfy-cases) were written for ftfy's defaults, which
straighten curly quotes; we keep quotes curly by design, so an output is compared to `fixed`
after ftfy's own `uncurl_quotes`, which still catches any quote turned into the wrong one.
A negative case is "untouched" when the output is its expected text: the original, apart from
the one "mostly negative" case whose C1 control character must be fixed.
"""

from __future__ import annotations

import json
from collections.abc import Callable

import ftfy
from ftfy.fixes import uncurl_quotes

from eval.common import Results, Score, Skip, dataset
from newsweave.clean.encoding import repair_text

TASK = "encoding"
_NOTE = "outputs compared to `fixed` with quotes straightened (the cases assume ftfy's uncurl_quotes)"

# Damaged sentences the way entity-residue scrapers leave them, with the repair we expect. Scored
# one by one (a sentence with only two residues and no in-word apostrophe is too little evidence
# for the per-document detector, by design) and joined as one document (the realistic unit).
RESIDUE_CASES: list[tuple[str, str]] = [
    ("The mayor wasn”;t at the “;State of the Union”; speech.", "The mayor wasn’t at the “State of the Union” speech."),
    ("It’;s the council’;s call –; and they’;ve made it.", "It’s the council’s call – and they’ve made it."),
    ("“;We won’;t rebuild there,”; she said.", "“We won’t rebuild there,” she said."),
    ("The barrier –; built in 1998 –; failed at 3 a.m.", "The barrier – built in 1998 – failed at 3 a.m."),
    ("Residents said ‘;enough’; and left… ;", "Residents said ‘enough’ and left… ;"),
    ("He didn”;t say; “;We”;ll see”;.", "He didn’t say; “We’ll see”."),
    ("Officials called it “;a disaster”;; others disagreed —; loudly.", "Officials called it “a disaster”; others disagreed — loudly."),
    ("Harbor’;s “;flood wall”; couldn’;t hold", "Harbor’s “flood wall” couldn’t hold"),
]
# Undamaged text with ordinary semicolons after quotes: must come back unchanged.
RESIDUE_CONTROLS: list[str] = [
    "He called it “a disgrace”; the mayor disagreed.",
    "She said “no”; he said “yes”; they argued for an hour about the “plan”, the “wall” and the “cost”.",
    "The vote – 5 to 4 – passed; “finally”, said one member; others left.",
    "Plain ASCII; with semicolons; and 'quotes'; nothing to do.",
]


def run() -> Results:
    """Ours and ftfy alone (same settings) on every ftfy case and on the residue sentences."""
    cases_dir = dataset("encoding", "ftfy-cases")
    if cases_dir is None:
        return [Skip(TASK, "../shared/eval/encoding/ftfy-cases is absent")]
    cases = {path.stem: json.loads(path.read_text(encoding="utf-8")) for path in sorted(cases_dir.glob("*.json"))}
    systems: dict[str, Callable[[str], str]] = {
        "newsweave repair_text": lambda text: repair_text(text)[0],
        "ftfy fix_text (uncurl_quotes=False)": lambda text: ftfy.fix_text(text, uncurl_quotes=False),
    }
    return [
        Score(TASK, name, _metrics(fix, cases), ours=name.startswith("newsweave"), note=_NOTE)
        for name, fix in systems.items()
    ]


def _metrics(fix: Callable[[str], str], cases: dict[str, list[dict]]) -> dict[str, float]:
    negatives = cases.get("negative", [])
    positives = [case for name, group in cases.items() if name != "negative" for case in group]
    expected_pass = [case for case in positives if case.get("expect") == "pass"]
    untouched = sum(_matches(fix(case["original"]), case) for case in negatives)
    fixed = sum(_matches(fix(case["original"]), case) for case in expected_pass)
    known_failures = [case for case in positives if case.get("expect") != "pass"]
    repaired = sum(fix(damaged) == expected for damaged, expected in RESIDUE_CASES)
    damaged_document = " ".join(damaged for damaged, _ in RESIDUE_CASES)
    repaired_document = " ".join(expected for _, expected in RESIDUE_CASES)
    controls = sum(fix(text) == text for text in RESIDUE_CONTROLS)
    return {
        "negatives_unchanged": untouched,
        "negatives_unchanged_share": untouched / len(negatives) if negatives else 0.0,
        "cases_fixed": fixed / len(expected_pass) if expected_pass else 0.0,
        "cases_fixed_count": fixed,
        "cases_expected_to_pass": len(expected_pass),
        "known_failures_fixed": sum(_matches(fix(case["original"]), case) for case in known_failures),
        "residue_repaired": repaired / len(RESIDUE_CASES),
        "residue_repaired_as_one_document": float(fix(damaged_document) == repaired_document),
        "residue_controls_unchanged": controls / len(RESIDUE_CONTROLS),
    }


def _matches(output: str, case: dict) -> bool:
    return uncurl_quotes(output) == case["fixed"]


if __name__ == "__main__":
    for result in run():
        print(result)
