"""report.md and report.html: the dossier for reading, from Jinja2 templates.

The HTML report is self-contained (inline CSS, no scripts or requests) and every piece of
article text goes through autoescaping: scraped text is untrusted input.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from jinja2 import Environment, PackageLoader, StrictUndefined, select_autoescape

from newsweave.model import Dossier
from newsweave.render.view import build_view


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
    return env


def render(dossier: Dossier, template: str) -> str:
    """One report (template `report.md.j2` or `report.html.j2`) for `dossier`."""
    return _environment().get_template(template).render(view=build_view(dossier))


def write_reports(dossier: Dossier, out_dir: Path) -> list[Path]:
    """Write report.md and report.html into `out_dir`; returns their paths."""
    paths = []
    for name in ("report.md", "report.html"):
        path = out_dir / name
        path.write_text(render(dossier, f"{name}.j2"), encoding="utf-8")
        paths.append(path)
    return paths
