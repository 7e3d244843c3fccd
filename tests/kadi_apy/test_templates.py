"""Templates through kadi-apy, including its JSON Schema import (client-side
conversion into an extras template)."""

import json


def test_an_extras_template_is_created_and_read(ada, unique):
    template = ada.template(
        identifier=unique,
        title="Measurement",
        type="extras",
        data=[{"key": "temperature", "type": "float", "value": None, "unit": "K", "validation": {"required": True}}],
        create=True,
    )
    assert template.meta["type"] == "extras"
    assert template.meta["data"][0]["validation"] == {"required": True}
    assert ada.template(identifier=unique).id == template.id


def test_a_json_schema_becomes_an_extras_template(ada, unique, tmp_path):
    schema = {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": f"Imported {unique}",
        "type": "object",
        "properties": {
            "force": {"type": "number", "minimum": 0},
            "operator": {"type": "string"},
        },
        "required": ["force"],
    }
    path = tmp_path / "schema.json"
    path.write_text(json.dumps(schema))
    ada.misc.import_json_schema(str(path))
    found = ada.search.search_resources("template", query=f"Imported {unique}").json()["items"]
    assert len(found) == 1, found
    keys = {extra["key"]: extra for extra in found[0]["data"]}
    assert keys["force"]["type"] == "float"
    assert keys["force"]["validation"]["required"] is True
    assert keys["operator"]["type"] == "str"
