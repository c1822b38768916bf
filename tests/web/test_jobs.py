"""Uploaded file names never become paths: only their last part, in plain characters, is kept."""

from __future__ import annotations

import pytest

from newsweave.web.jobs import safe_name


@pytest.mark.parametrize("name, index, kept", [
    ("report.txt", 0, "000-report.txt"),
    ("../../etc/passwd", 1, "001-passwd"),
    ("..\\..\\windows\\win.ini", 2, "002-win.ini"),
    ("/abs/path/a.html", 3, "003-a.html"),
    ("..", 4, "004-upload"),
    (".hidden", 5, "005-hidden"),
    ("<script>x</script>.txt", 6, "006-script_.txt"),
    ("", 7, "007-upload"),
])
def test_safe_name(name, index, kept):
    assert safe_name(name, index) == kept
