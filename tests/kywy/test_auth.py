"""Signing in: the environment's API key, and email/password (the accessToken cookie)."""

import pytest
from kywy.client.kawa_client import KawaClient

from conftest import ADMIN_EMAIL, ADMIN_PASSWORD, URL, client_with_key


def test_the_environment_client_is_the_admin_in_workspace_1(kawa):
    me = kawa.get_current_user()
    assert me["email"] == ADMIN_EMAIL
    assert me["role"] == "ADMIN_ROLE"
    assert kawa.active_workspace_id == "1"
    assert me["currentWorkspaceId"] == "1"


def test_login_with_credential_uses_the_access_token_cookie():
    k = KawaClient(kawa_api_url=URL)
    k.login_with_credential(ADMIN_EMAIL, ADMIN_PASSWORD)
    # No workspace given: kywy takes currentWorkspaceId.
    assert k.active_workspace_id == "1"
    assert k.get_current_user()["email"] == ADMIN_EMAIL
    names = k.entities.workspaces().list_entity_names()
    assert "Default workspace" in names


def test_a_wrong_password_is_refused():
    k = KawaClient(kawa_api_url=URL)
    with pytest.raises(Exception, match="logging in"):
        k.login_with_credential(ADMIN_EMAIL, "not-the-password")


def test_a_wrong_key_is_refused():
    with pytest.raises(Exception, match="Error while calling"):
        client_with_key("kawa_not_a_key")
