"""Health, the server's version, configurations, usage, and what is not real yet."""

import pytest


def test_health_and_runner_health(kawa):
    assert kawa.health() == {"status": "UP"}
    assert kawa.runner_health()["status"] in ("UP", "DOWN")


def test_server_version_parses(kawa):
    version = kawa.get_server_version()
    assert version["major"] == 1
    assert version["minor"] >= 0


def test_configuration_reads(kawa):
    assert kawa.get_configuration("ArrowFlightConfiguration") == {}
    assert kawa.configuration.load_flight_configuration() == {}


def test_usage_stats_list_who_acted(kawa):
    me = kawa.get_current_user()
    stats = kawa.get_usage_stats()
    assert me["id"] in stats.index
    assert stats.loc[me["id"], "email"] == me["email"]


def test_the_data_tiers_commands_say_what_is_missing(kawa):
    with pytest.raises(Exception, match="No sheet with id 1"):
        kawa.commands.delete_sheet("1")
    with pytest.raises(Exception, match="Unknown command: CreatePythonDataSource"):
        kawa.commands.run_command("CreatePythonDataSource", {"dataSource": {}})
