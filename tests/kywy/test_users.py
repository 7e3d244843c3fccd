"""Users: create with a password, API keys, status, role, password, perimeters."""

import pytest
from kywy.client.errors import ConflictError
from kywy.client.kawa_client import KawaClient

from conftest import URL, client_with_key


def test_a_created_user_is_found_and_its_generated_key_works(kawa, user):
    email, _, key = user
    principal = kawa.commands.get_principal(email)
    assert principal["uniqueId"] == email
    assert principal["displayInformation"]["displayName"] == "Ada Lovelace"
    me = client_with_key(key).get_current_user()
    assert me["id"] == principal["id"]
    assert me["role"] == "READER_ROLE"
    # kywy skips a user whose uniqueId exists; the command itself answers 409.
    assert kawa.commands.create_user_with_email_and_password(email, "x") is None
    with pytest.raises(ConflictError):
        kawa.commands.run_command(
            "CreateActivePrincipalWithPassword", {"email": email, "password": "x"}
        )


def test_a_deactivated_user_is_refused_until_reactivated(kawa, user):
    email, password, key = user
    kawa.commands.change_user_status(email, active=False)
    with pytest.raises(Exception, match="Error while calling"):
        client_with_key(key)
    with pytest.raises(Exception):
        KawaClient(kawa_api_url=URL).login_with_credential(email, password)
    kawa.commands.change_user_status(email, active=True)
    assert client_with_key(key).get_current_user()["status"] == "ACTIVE"


def test_a_new_role_and_a_new_password_apply_at_once(kawa, user):
    email, password, key = user
    reader = client_with_key(key)
    with pytest.raises(Exception, match="Error while calling"):
        reader.commands.create_user_with_email_and_password("x-" + email, "pw")
    kawa.commands.replace_user_role(email, "ADMIN_ROLE")
    assert kawa.commands.get_principal(email)["role"] == "ADMIN_ROLE"
    reader.commands.create_user_with_email_and_password("x-" + email, "pw")
    kawa.commands.change_user_password(email, "a-second-password")
    k = KawaClient(kawa_api_url=URL)
    k.login_with_credential(email, "a-second-password")
    assert k.get_current_user()["email"] == email
    with pytest.raises(Exception):
        KawaClient(kawa_api_url=URL).login_with_credential(email, password)


def test_a_replaced_key_stops_working(kawa, user):
    email, _, key = user
    new_key = kawa.commands.generate_api_key(email, replace_if_exists=True)
    assert new_key != key
    assert client_with_key(new_key).get_current_user()["email"] == email
    with pytest.raises(Exception, match="Error while calling"):
        client_with_key(key)
    with pytest.raises(ConflictError):
        kawa.commands.generate_api_key(email, replace_if_exists=False)


def test_perimeters_are_assigned_by_name(kawa, user):
    email, _, _ = user
    result = kawa.commands.assign_user_to_perimeters(email, [])
    assert result["memberOfPerimeterNames"] == []
    # No perimeter has this name: KAWA's 404.
    with pytest.raises(Exception, match="No perimeter named EMEA"):
        kawa.commands.assign_user_to_perimeters(email, ["EMEA"])
    assert kawa.entities.perimeters().list_entities() == []
