"""Sharing through kadi-apy: roles on a record for a user and for a group, group
membership, and the revisions each change left."""

import pytest
from kadi_apy.lib.exceptions import KadiAPYRequestError


def test_a_record_shared_with_a_user_and_then_unshared(ada, bob, unique):
    record = ada.record(identifier=unique, title="Shared", create=True)
    with pytest.raises(KadiAPYRequestError):
        bob.record(id=record.id)
    bob_id = bob.pat_user.id
    assert record.add_user(bob_id, "member").status_code == 201
    assert bob.record(id=record.id).meta["title"] == "Shared"
    # A member may read, not edit.
    assert bob.record(id=record.id).edit(title="Bob's").status_code == 403
    assert record.change_user_role(bob_id, "editor").status_code == 204
    assert bob.record(id=record.id).edit(title="Bob's").status_code == 200
    roles = [(u["user"]["id"], u["role"]["name"]) for u in record.get_users().json()["items"]]
    assert roles == [(ada.pat_user.id, "admin"), (bob_id, "editor")]
    assert record.remove_user(bob_id).status_code == 204
    with pytest.raises(KadiAPYRequestError):
        bob.record(id=record.id)


def test_a_group_shares_what_it_is_given_with_its_members(ada, bob, unique):
    group = ada.group(identifier=f"{unique}-lab", title="Lab", create=True)
    assert group.add_user(bob.pat_user.id, "member").status_code == 201
    members = [m["user"]["identity"]["username"] for m in group.get_users().json()["items"]]
    assert members == ["ada", "bob"]
    record = ada.record(identifier=unique, title="For the lab", create=True)
    assert record.add_group_role(group.id, "member").status_code == 201
    assert bob.record(id=record.id).id == record.id
    assert [r["id"] for r in group.get_records().json()["items"]] == [record.id]
    assert group.remove_user(bob.pat_user.id).status_code == 204
    with pytest.raises(KadiAPYRequestError):
        bob.record(id=record.id)


def test_each_change_leaves_a_revision(ada, unique):
    record = ada.record(identifier=unique, title="One", create=True)
    record.set_attribute("title", "Two")
    revisions = record.get_record_revisions().json()["items"]
    assert [r["data"]["title"] for r in revisions] == ["Two", "One"]
    newest = record.get_record_revision(revisions[0]["id"]).json()
    assert newest["diff"] == {"title": "One"}
