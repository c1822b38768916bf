"""The evaluation gate: a figure below its floor fails the run; a skipped task does not."""

import json

import pytest

from eval.common import Score, Skip
from eval.run import FLOORS as FLOORS_FILE, check_floors, format_table

FLOORS = {"extraction/plaintext": {"newsweave": {"f1": 0.90}}}


@pytest.mark.parametrize(
    "results, failures",
    [
        ([Score("extraction/plaintext", "newsweave", {"f1": 0.91}, ours=True)], 0),
        ([Score("extraction/plaintext", "newsweave", {"f1": 0.89}, ours=True)], 1),
        ([Score("extraction/plaintext", "newsweave", {"precision": 0.99}, ours=True)], 1),  # metric missing
        ([Score("extraction/plaintext", "peer", {"f1": 0.10})], 1),  # peers are not gated; our row is missing
        ([Score("extraction/plaintext", "newsweave", {"f1": 0.95}, ours=True),
          Score("extraction/plaintext", "peer", {"f1": 0.10})], 0),
        ([Skip("extraction/plaintext", "data set absent")], 0),
    ],
)
def test_floors(results, failures):
    assert len(check_floors(results, FLOORS)) == failures


def test_table_marks_ours_and_skips():
    table = format_table([Score("t", "newsweave", {"f1": 0.5}, ours=True), Skip("u", "absent")])
    assert "* newsweave" in table and "f1=0.500" in table and "(skipped)" in table


def test_shipped_floors_are_task_system_metric_number():
    """The gate CI reads: a misnested entry once crashed the whole eval run after 17 minutes."""
    shipped = json.loads(FLOORS_FILE.read_text())
    for task, systems in shipped.items():
        assert isinstance(systems, dict), task
        for system, metrics in systems.items():
            assert isinstance(metrics, dict) and metrics, (task, system)
            assert all(isinstance(v, (int, float)) for v in metrics.values()), (task, system)
