"""Workspaces: create (idempotent helper), members, current workspace, visibility, and
entity lookups by name."""

import pytest

from conftest import client_with_key, unique


def test_create_workspace_is_idempotent_and_found_by_name(kawa):
    name = unique("Finance")
    created = kawa.commands.create_workspace(name)
    assert created["displayInformation"]["displayName"] == name
    again = kawa.commands.create_workspace(name)
    assert again["id"] == created["id"]
    workspaces = kawa.entities.workspaces()
    assert workspaces.get_entity(name)["id"] == created["id"]
    assert workspaces.get_entity_id(name) == created["id"]
    assert workspaces.get_entity_by_id(created["id"])["id"] == created["id"]
    assert workspaces.get_entity("no such workspace") is None
    assert name in workspaces.list_entity_names()


def test_members_are_added_made_current_and_removed(kawa, user):
    email, _, key = user
    ws = kawa.commands.create_workspace(unique("Research"))["id"]
    member = client_with_key(key)
    with pytest.raises(Exception, match="Error while calling"):
        client_with_key(key, workspace=ws).entities.principals().list_entities()
    kawa.commands.add_users_to_workspace([email], ws)
    assert member.get_current_user()["currentWorkspaceId"] == ws
    inside = client_with_key(key, workspace=ws)
    assert inside.entities.workspaces().get_entity_by_id(ws)["id"] == ws
    members = [m["principalId"] for m in kawa.entities.workspaces().get_entity_by_id(ws)["members"]]
    assert member.get_current_user()["id"] in members
    kawa.commands.remove_users_from_workspace([email], ws)
    with pytest.raises(Exception, match="Error while calling"):
        inside.entities.principals().list_entities()
    kawa.commands.toggle_workspace_visibility(ws, public=True)
    assert inside.entities.principals().list_entities()


def test_principals_are_found_by_name_and_by_id(kawa, user):
    email, _, _ = user
    principal = kawa.commands.get_principal(email)
    principals = kawa.entities.principals()
    # Ada Lovelace may have namesakes from other tests: the lookup is exact.
    assert principals.get_entity_by_id(principal["id"])["email"] == email
    found = principals.list_entities_by_name("Ada Lovelace")
    assert principal["id"] in [p["id"] for p in found]
    assert principals.get_entity("Nobody At All") is None
    assert kawa.entities.teams().list_entities() == []
    assert kawa.entities.attributes().get_entity("REGION") is None
