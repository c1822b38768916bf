import json
from pathlib import Path

from newsweave.model import SCHEMA_VERSION
from newsweave.schema import json_schema

COMMITTED = Path(__file__).resolve().parents[1] / "docs" / "dossier.schema.json"


def test_committed_schema_is_current():
    """docs/dossier.schema.json must be regenerated (`newsweave schema`) whenever model.py changes."""
    assert json.loads(COMMITTED.read_text()) == json_schema()


def test_schema_names_its_version_and_every_record():
    schema = json_schema()
    assert SCHEMA_VERSION in schema["$id"]
    assert {"Document", "RemovedLine", "Repair", "Skipped", "CopyRelation", "Entity", "Quote", "Attribution",
            "DateMention"} <= set(schema["$defs"])
    assert {"schema", "documents", "skipped", "relations"} <= set(schema["required"])
