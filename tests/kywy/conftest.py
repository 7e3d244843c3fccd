"""kywy (PyPI, pinned in requirements.txt), unmodified, against `understudy serve`.

scripts/kywy.sh starts the server with a known admin and runs pytest from an empty
temporary folder: kywy's `load_client_from_environment` reads a `.env` from the working
folder or any parent, which would override the environment.
"""

import os
import uuid

import pytest
from dotenv import find_dotenv
from kywy.client.kawa_client import KawaClient

URL = os.environ["KAWA_API_URL"]
ADMIN_EMAIL = os.environ["UNDERSTUDY_ADMIN_EMAIL"]
ADMIN_PASSWORD = os.environ["UNDERSTUDY_ADMIN_PASSWORD"]
ADMIN_KEY = os.environ["KAWA_API_KEY"]


@pytest.fixture(scope="session", autouse=True)
def no_dotenv():
    assert find_dotenv(usecwd=True) == "", "a .env would override the environment"


@pytest.fixture
def kawa():
    """The admin's client, as kywy's own quick start makes it."""
    return KawaClient.load_client_from_environment()


def client_with_key(key, workspace="1"):
    k = KawaClient(kawa_api_url=URL)
    k.set_api_key(api_key=key)
    k.set_active_workspace_id(workspace)
    return k


def unique(prefix):
    return f"{prefix}-{uuid.uuid4().hex[:8]}"


@pytest.fixture
def user(kawa):
    """A new principal with a password and an API key: (email, password, key)."""
    email = f"{unique('user')}@example.com"
    password = "a-first-password"
    kawa.commands.create_user_with_email_and_password(email, password, "Ada", "Lovelace")
    key = kawa.commands.generate_api_key(email)
    return email, password, key
