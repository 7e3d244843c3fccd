"""Records as kadi-apy's library drives them: create-or-find by identifier, metadata,
links, collections, exports and the trash."""

import json

import pytest
from kadi_apy.lib.exceptions import KadiAPYInputError, KadiAPYRequestError


def test_a_record_is_created_by_identifier_and_found_again(ada, unique):
    record = ada.record(identifier=f"{unique} Tensile Test", title="Tensile test", create=True)
    # kadi-apy turns the identifier into a valid one; the server keeps it as given.
    assert record.meta["identifier"] == f"{unique}-tensile-test"
    assert record.meta["title"] == "Tensile test"
    assert record.meta["creator"]["identity"]["username"] == "ada"
    again = ada.record(identifier=f"{unique}-tensile-test")
    assert again.id == record.id
    by_id = ada.record(id=record.id)
    assert by_id.meta["identifier"] == record.meta["identifier"]


def test_a_missing_record_is_not_created_unless_asked(ada, unique):
    with pytest.raises(KadiAPYInputError):
        ada.record(identifier=f"{unique}-absent")


def test_another_users_private_identifier_is_refused_with_kadis_403(ada, bob, unique):
    ada.record(identifier=f"{unique}-secret", title="Secret", create=True)
    # kadi-apy reads the 403 and says the identifier is in use by something it cannot see.
    with pytest.raises(KadiAPYRequestError, match="already in use"):
        bob.record(identifier=f"{unique}-secret", create=True)


def test_metadata_is_added_checked_read_and_removed(ada, unique):
    record = ada.record(identifier=unique, title="Metadata", create=True)
    response = record.add_metadatum({"key": "temperature", "type": "float", "value": 293.15, "unit": "K"})
    assert response.status_code == 200, response.text
    record.add_metadata(
        [
            {"key": "operator", "type": "str", "value": "Ada"},
            {"key": "sample", "type": "dict", "value": [{"key": "width", "type": "int", "value": 3}]},
        ]
    )
    assert record.check_metadatum("temperature")
    assert record.get_metadatum(["temperature"])["value"] == 293.15
    assert record.get_metadatum(["sample", "width"])["value"] == 3
    assert record.flatten_extras()[0]["key"] == "temperature"
    record.remove_metadatum("operator")
    assert not record.check_metadatum("operator")
    # A value of the wrong type is Kadi's 400 pointing at the entry, and nothing changes.
    bad = record.add_metadatum({"key": "count", "type": "int", "value": "many"})
    assert bad.status_code == 400
    assert bad.json()["errors"]["extras"]["2"]["value"] == ["Not a valid integer."]
    assert not record.check_metadatum("count")


def test_an_edit_changes_what_it_names(ada, unique):
    record = ada.record(identifier=unique, title="Before", create=True)
    record.set_attribute("title", "After")
    record.edit(description="Now *described*", tags=["Steel", "steel", "tensile"])
    assert record.meta["title"] == "After"
    assert record.meta["plain_description"] == "Now described"
    assert record.meta["tags"] == ["steel", "tensile"]


def test_records_link_to_each_other_and_the_link_is_renamed_and_removed(ada, unique):
    source = ada.record(identifier=f"{unique}-a", title="A", create=True)
    target = ada.record(identifier=f"{unique}-b", title="B", create=True)
    made = source.link_record(target.id, "derived from", term_iri="http://www.w3.org/ns/prov#wasDerivedFrom")
    assert made.status_code == 201, made.text
    link_id = made.json()["id"]
    links = source.get_record_links(direction="out").json()["items"]
    assert [(l["name"], l["record_to"]["id"]) for l in links] == [("derived from", target.id)]
    incoming = target.get_record_links(direction="in").json()["items"]
    assert incoming[0]["record_from"]["id"] == source.id
    # The same link again is Kadi's 409.
    assert source.link_record(target.id, "derived from").status_code == 409
    assert source.update_record_link(link_id, name="measured on").status_code == 200
    assert source.get_record_links().json()["items"][0]["name"] == "measured on"
    assert source.delete_record_link(link_id).status_code == 204
    assert source.get_record_links().json()["items"] == []


def test_a_record_joins_and_leaves_a_collection(ada, unique):
    record = ada.record(identifier=f"{unique}-r", title="R", create=True)
    collection = ada.collection(identifier=f"{unique}-c", title="C", create=True)
    assert record.add_collection_link(collection.id).status_code == 201
    listed = collection.get_records().json()["items"]
    assert [r["id"] for r in listed] == [record.id]
    assert [c["id"] for c in record.get_collection_links().json()["items"]] == [collection.id]
    assert record.remove_collection_link(collection.id).status_code == 204
    assert collection.get_records().json()["items"] == []


def test_a_record_exports_its_metadata(ada, unique, tmp_path):
    record = ada.record(identifier=unique, title="Export", create=True)
    record.add_metadatum({"key": "n", "type": "int", "value": 1})
    record.add_metadatum({"key": "d", "type": "dict", "value": [{"key": "s", "type": "str", "value": "x"}]})
    path = tmp_path / "extras.json"
    record.export_metadata(str(path), export_type="json")
    # The extras as keys and values, nested as they are.
    assert json.loads(path.read_text()) == {"n": 1, "d": {"s": "x"}}


def test_a_deleted_record_waits_in_the_trash_until_restored_or_purged(ada, unique):
    record = ada.record(identifier=unique, title="Trash", create=True)
    assert record.delete().status_code == 204
    trash = ada.misc.get_deleted_resources().json()["items"]
    assert any(item["id"] == record.id and item["identifier"] == unique for item in trash)
    assert ada.misc.restore("record", record.id).status_code == 200
    assert ada.record(id=record.id).meta["state"] == "active"
    record.delete()
    # A record's purge is accepted (Kadi deletes its files in the background).
    assert ada.misc.purge("record", record.id).status_code == 202
    with pytest.raises(KadiAPYRequestError):
        ada.record(id=record.id)


def test_search_finds_records_by_query_and_the_creators_profile_lists_them(ada, unique):
    ada.record(identifier=f"{unique}-x", title=f"Findable {unique}", create=True)
    found = ada.search.search_resources("record", query=unique).json()
    assert [r["identifier"] for r in found["items"]] == [f"{unique}-x"]
    assert found["_pagination"]["total_items"] == 1
    mine = ada.search.search_user_resources("record", user=ada.pat_user.id, filter=unique).json()
    assert [r["identifier"] for r in mine["items"]] == [f"{unique}-x"]
