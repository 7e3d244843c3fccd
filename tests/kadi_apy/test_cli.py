"""The kadi-apy command line, unmodified, with a config file pointing at Understudy
(what a user writes after `kadi-apy config create`: host and token, nothing else)."""

import os
import subprocess
import sys
from pathlib import Path

import pytest


@pytest.fixture
def cli(tmp_path):
    home = tmp_path / "home"
    home.mkdir()
    config = home / ".kadiconfig"
    config.write_text(
        "[global]\ndefault = understudy\n\n"
        f"[understudy]\nhost = {os.environ['KADI_HOST']}\npat = {os.environ['KADI_PAT_ADA']}\n"
    )
    config.chmod(0o600)
    kadi_apy = Path(sys.executable).with_name("kadi-apy")

    def run(*args, check=True):
        done = subprocess.run(
            [str(kadi_apy), *args],
            env={**os.environ, "HOME": str(home)},
            capture_output=True,
            text=True,
            timeout=120,
        )
        if check:
            assert done.returncode == 0, done.stdout + done.stderr
        return done

    return run


def test_the_cli_creates_a_record_adds_metadata_and_a_file_and_finds_it(cli, ada, unique, tmp_path):
    created = cli("records", "create", "-i", unique, "-t", "From the CLI", "-p")
    record_id = int(created.stdout.strip().splitlines()[-1])
    cli("records", "add-metadatum", "-r", str(record_id), "-m", "n", "-v", "7", "-t", "integer")
    source = tmp_path / "data.csv"
    source.write_text("a,b\n1,2\n")
    cli("records", "add-files", "-r", str(record_id), "-n", str(source))
    cli("records", "add-tag", "-r", str(record_id), "-t", "cli-made")
    record = ada.record(id=record_id)
    assert record.meta["title"] == "From the CLI"
    assert record.get_metadatum(["n"])["value"] == 7
    assert record.meta["tags"] == ["cli-made"]
    assert record.has_file("data.csv")
    shown = cli("records", "show-info", "-r", str(record_id), "-m")
    assert unique in shown.stdout
    # Asked not to create, the CLI reports the existing record and exits with an error.
    again = cli("records", "create", "-i", unique, "-e", check=False)
    assert again.returncode != 0


def test_the_cli_searches_by_tag_page_by_page(cli, ada, unique):
    for i in range(3):
        record = ada.record(identifier=f"{unique}-{i}", title=f"Tagged {i}", create=True)
        record.add_tag(f"{unique}-tag")
    found = cli("records", "get-record-ids", "--tag", f"{unique}-tag", "-p")
    ids = [int(x) for x in found.stdout.replace(",", " ").split() if x.isdigit()]
    assert len(ids) == 3, found.stdout
    page = ada.search.search_resources("record", tag=f"{unique}-tag", per_page=2, page=2).json()
    assert page["_pagination"]["total_items"] == 3
    assert len(page["items"]) == 1
