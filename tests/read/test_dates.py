"""Dates as ISO days, never invented."""

from __future__ import annotations

import datetime as dt
import time

import pytest

from newsweave.read.dates import find_date, iso_date


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("March 3, 2025", "2025-03-03"),
        ("Monday, March 3, 2025 at 10:14 am", "2025-03-03"),
        ("7:40 p.m. Monday, March 3, 2025", "2025-03-03"),
        ("Mar. 3 2025", "2025-03-03"),
        ("3rd March, 2025", "2025-03-03"),
        ("3 of March 2025", "2025-03-03"),
        ("2025-03-03T10:14:00Z", "2025-03-03"),
        ("14/03/2025", "2025-03-14"),
        ("03/14/2025", "2025-03-14"),
        ("03/04/2025", None),  # March 4 or April 3: not guessed
        ("March 2025", None),  # no day: not invented
        ("2 hours ago", None),  # relative: no anchor
        ("yesterday", None),
        ("February 30, 2025", None),
        ("3. März 2025", "2025-03-03"),  # other languages through dateparser
    ],
)
def test_find_date(text: str, expected: str | None) -> None:
    assert find_date(text) == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2017-02-14 10:00:00", "2017-02-14"),
        ("Mon, 03 Mar 2025 10:14:00 +0000", "2025-03-03"),
        (dt.datetime(2025, 3, 3, 23, 59), "2025-03-03"),
        (dt.date(2025, 3, 3), "2025-03-03"),
        (time.struct_time((2025, 3, 3, 10, 0, 0, 0, 62, 0)), "2025-03-03"),
        (1741000000, "2025-03-03"),
        (1741000000000, "2025-03-03"),  # milliseconds
        (None, None),
        ("", None),
        (True, None),
        (["2025-03-03"], None),
    ],
)
def test_iso_date(value: object, expected: str | None) -> None:
    assert iso_date(value) == expected
