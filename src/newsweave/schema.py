"""The JSON Schema of dossier.json, derived from the dataclasses in `model` so the two never drift.

`docs/dossier.schema.json` is this function's output, committed; a test keeps them equal.
Field descriptions come from the trailing comments in model.py via docs/schema.md, which
explains each record in prose.
"""

from __future__ import annotations

import dataclasses
import types
import typing
from typing import Any

from newsweave import model

_SCALARS = {str: "string", int: "integer", float: "number", bool: "boolean"}


def json_schema() -> dict[str, Any]:
    """JSON Schema (draft 2020-12) of a serialised `Dossier`."""
    defs: dict[str, Any] = {}
    root = _type_schema(model.Dossier, defs)
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": f"https://newsweave.invalid/schema/{model.SCHEMA_VERSION}",
        "title": "newsweave dossier",
        "description": f"Output of `newsweave analyze`; schema version {model.SCHEMA_VERSION}.",
        **root,
        "$defs": dict(sorted(defs.items())),
    }


def _type_schema(tp: Any, defs: dict[str, Any]) -> dict[str, Any]:
    origin = typing.get_origin(tp)
    if origin in (typing.Union, types.UnionType):
        options = [_type_schema(a, defs) for a in typing.get_args(tp)]
        return {"anyOf": options}
    if tp is type(None):
        return {"type": "null"}
    if origin is list:
        return {"type": "array", "items": _type_schema(typing.get_args(tp)[0], defs)}
    if origin is dict:
        return {"type": "object", "additionalProperties": _type_schema(typing.get_args(tp)[1], defs)}
    if dataclasses.is_dataclass(tp):
        name = tp.__name__
        if name not in defs and tp is not model.Dossier:
            defs[name] = {}  # reserve against recursion
            defs[name] = _dataclass_schema(tp, defs)
        if tp is model.Dossier:
            return _dataclass_schema(tp, defs)
        return {"$ref": f"#/$defs/{name}"}
    return {"type": _SCALARS[tp]}


def _dataclass_schema(tp: Any, defs: dict[str, Any]) -> dict[str, Any]:
    hints = typing.get_type_hints(tp)
    fields = dataclasses.fields(tp)
    return {
        "type": "object",
        "description": (tp.__doc__ or "").strip().splitlines()[0],
        "properties": {f.name: _type_schema(hints[f.name], defs) for f in fields},
        "required": [f.name for f in fields],
        "additionalProperties": False,
    }
