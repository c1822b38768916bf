"""newsweave: turn a pile of news reports about the same events into an audited, cited account.

The Python API (`newsweave.api`): `analyze_corpus(inputs)` returns the `Corpus` (its stories, each with
its `Dossier`), `analyze(inputs, focus=..., settings=...)` the `Dossier` of inputs that tell one story, and
the stages run one at a time: `read`, `clean`, `find_copies`, `annotate`, `synthesize`. They are loaded
on first use (module `__getattr__`), so `import newsweave` stays cheap: no spaCy, no embedding runtime.
"""

from __future__ import annotations

import sys
from importlib import import_module
from importlib.metadata import PackageNotFoundError, version
from types import ModuleType
from typing import TYPE_CHECKING, Any

try:
    __version__ = version("newsweave")
except PackageNotFoundError:  # run from a source tree that was never installed
    __version__ = "0+unknown"

# Public name -> the module that defines it.
_LAZY = {
    "analyze": "newsweave.api", "analyze_corpus": "newsweave.api", "read": "newsweave.api", "clean": "newsweave.api",
    "find_copies": "newsweave.api", "annotate": "newsweave.api", "synthesize": "newsweave.api",
    "Reading": "newsweave.api", "Dossier": "newsweave.model", "Document": "newsweave.model",
    "Corpus": "newsweave.model", "Story": "newsweave.model",
    "Settings": "newsweave.settings", "load_settings": "newsweave.settings",
}
__all__ = ["__version__", *_LAZY]

if TYPE_CHECKING:
    from newsweave.api import Reading, analyze, analyze_corpus, annotate, clean, find_copies, read, synthesize
    from newsweave.model import Corpus, Document, Dossier, Story
    from newsweave.settings import Settings
    from newsweave.settings import load as load_settings


class _Package(ModuleType):
    """The package module, whose API functions `read`, `clean`, `annotate` and `synthesize` share their names
    with subpackages: the import system binds each subpackage it loads on its parent, which would hide the
    function, so that binding is dropped here (the subpackages stay importable: `from newsweave.read import ...`)."""

    def __setattr__(self, name: str, value: Any) -> None:
        if not (name in _LAZY and isinstance(value, ModuleType)):
            super().__setattr__(name, value)


sys.modules[__name__].__class__ = _Package


def __getattr__(name: str) -> Any:
    if name not in _LAZY:
        raise AttributeError(f"module 'newsweave' has no attribute {name!r}")
    value = getattr(import_module(_LAZY[name]), "load" if name == "load_settings" else name)
    globals()[name] = value
    return value

