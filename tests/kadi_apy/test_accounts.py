"""Tokens and users as kadi-apy sees them: the token's user, lookups, scopes."""

import pytest
from kadi_apy.lib.exceptions import KadiAPYRequestError


def test_the_token_knows_its_user(ada):
    me = ada.pat_user
    assert me.meta["identity"]["username"] == "ada"
    assert me.meta["identity"]["type"] == "local"


def test_a_user_is_found_by_identity_and_by_id(ada, bob):
    found = ada.user(username="bob", identity_type="local")
    assert found.id == bob.pat_user.id
    assert ada.user(id=found.id).meta["displayname"] == "Bob Builder"
    with pytest.raises(KadiAPYRequestError):
        ada.user(username="nobody", identity_type="local")


def test_users_are_searched_by_name(ada):
    names = [u["identity"]["username"] for u in ada.search.search_users(filter="bob").json()["items"]]
    assert names == ["bob"]


def test_a_token_without_a_scope_is_told_which_it_lacks(narrow):
    response = narrow.make_request("/users/me")
    assert response.status_code == 401
    assert response.json()["scopes"] == ["user.read"]
    assert narrow.make_request("/records").status_code == 200


def test_the_instance_answers_kadi_apys_misc_calls(ada):
    assert ada.misc.get_kadi_info().status_code == 200
    licenses = ada.misc.get_licenses(filter="CC-BY-4.0").json()["items"]
    assert any(l["name"] == "CC-BY-4.0" for l in licenses)
