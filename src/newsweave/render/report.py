"""report.md and report.html: the dossier for reading, from Jinja2 templates.

The HTML report is self-contained (inline CSS, no scripts or requests) and every piece of
article text goes through autoescaping: scraped text is untrusted input.
"""

from __future__ import annotations

import os
from functools import lru_cache
from pathlib import Path

from jinja2 import Environment, PackageLoader, StrictUndefined, select_autoescape

from newsweave.model import Dossier
from newsweave.render.view import build_view

REPORTS = ("report.md", "report.html")


@lru_cache(maxsize=1)
def _environment() -> Environment:
    env = Environment(
        loader=PackageLoader("newsweave.render", "templates"),
        autoescape=select_autoescape(enabled_extensions=("html.j2",), default_for_string=False),
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters["oneline"] = lambda text, width=160: " ".join(str(text).split())[:width]
    env.filters["counted"] = counted
    env.filters["inputs"] = describe_inputs
    return env


def counted(n: int, noun: str, plural: str | None = None) -> str:
    """"1 document", "5 documents": a count with its noun in the right number."""
    return f"{n} {noun if n == 1 else plural or noun + 's'}"


def describe_inputs(paths: list[str], named: int = 3) -> str:
    """The inputs as a reader wants them: up to `named` paths by name, more as the count of files in
    their common folder ("12 files in docs/D0617H"), not a line of a dozen paths."""
    if len(paths) <= named:
        return ", ".join(paths)
    try:
        common = os.path.commonpath(paths)
    except ValueError:  # absolute and relative paths mixed
        common = ""
    return f"{len(paths)} files in {common}" if common else f"{len(paths)} files"


def render(dossier: Dossier, template: str) -> str:
    """One report (template `report.md.j2` or `report.html.j2`) for `dossier`."""
    return render_template(template, view=build_view(dossier))


def render_template(template: str, **context: object) -> str:
    """A template of this package rendered, HTML ones with every value escaped."""
    return _environment().get_template(template).render(**context)


def write_reports(dossier: Dossier, out_dir: Path) -> tuple[list[Path], dict[str, str]]:
    """Write report.md and report.html into `out_dir`: the paths written, and each report that could
    not be drawn with the error (one report failing keeps the other). A file that cannot be written raises."""
    paths, failed = [], {}
    for name in REPORTS:
        try:
            text = render(dossier, f"{name}.j2")
        except Exception as error:  # noqa: BLE001 - a drawing bug must not cost the user the other report
            failed[name] = f"{type(error).__name__}: {error}"
            continue
        path = out_dir / name
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths, failed
