"""Fixtures for driving the unmodified kadi-apy against `understudy serve`.

scripts/kadi-apy.sh starts the server, makes the users and their personal access
tokens with the CLI (as a team would), and passes them here through the environment.
"""

import os
import uuid

import pytest
from kadi_apy import KadiManager


def _manager(pat_var):
    return KadiManager(host=os.environ["KADI_HOST"], pat=os.environ[pat_var], verify=False)


@pytest.fixture
def ada():
    """Ada, an ordinary member, with a token of full access."""
    with _manager("KADI_PAT_ADA") as manager:
        yield manager


@pytest.fixture
def bob():
    """Bob, another member."""
    with _manager("KADI_PAT_BOB") as manager:
        yield manager


@pytest.fixture
def narrow():
    """Ada again, with a token limited to `record.read`."""
    with _manager("KADI_PAT_ADA_READ_ONLY") as manager:
        yield manager


@pytest.fixture
def unique():
    """A fresh identifier stem: every test shares one server."""
    return f"t-{uuid.uuid4().hex[:12]}"
