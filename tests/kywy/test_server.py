"""Health, the server's version, configurations, usage, and what is not real yet (workflows)."""

import pytest


def test_health_and_runner_health(kawa):
    assert kawa.health() == {"status": "UP"}
    assert kawa.runner_health()["status"] in ("UP", "DOWN")


def test_server_version_parses(kawa):
    version = kawa.get_server_version()
    assert version["major"] == 1
    assert version["minor"] >= 0


def test_configuration_is_replaced_then_read(kawa):
    assert kawa.get_configuration("ArrowFlightPollingConfiguration") == {}
    kawa.configuration.replace_flight_configuration("flight.example.com", "8815", tls=True, polling_interval=15)
    expected = {"host": "flight.example.com", "port": 8815, "tls": True, "pollingIntervalSeconds": 15}
    assert kawa.configuration.load_flight_configuration() == expected
    assert kawa.get_configuration("ArrowFlightConfiguration") == expected
    kawa.commands.configure_llm_api("gpt-4o", "sk-test", url="https://api.openai.com/v1/chat/completions",
                                    coding_model="gpt-4o-mini")
    routing = kawa.get_configuration("OpenAiModelRoutingConfiguration")
    assert [(r["purpose"], r["modelName"]) for r in routing["routes"]] == [("CODING", "gpt-4o-mini")]
    assert kawa.get_configuration("OpenAiConfiguration")["model"] == "gpt-4o"


def test_usage_stats_list_who_acted(kawa):
    me = kawa.get_current_user()
    stats = kawa.get_usage_stats()
    assert me["id"] in stats.index
    assert stats.loc[me["id"], "email"] == me["email"]


def test_missing_entities_and_unknown_commands_say_so(kawa):
    with pytest.raises(Exception, match="No sheet with id 999999"):
        kawa.commands.delete_sheet("999999")
    with pytest.raises(Exception, match="No workflow with id 31"):
        kawa.commands.run_command("RunWorkflow", {"workflowId": "31"})
    with pytest.raises(Exception, match="parameters.displayInformation: This field is required"):
        kawa.commands.run_command("CreateWorkflow", {"workflow": {}})
    with pytest.raises(Exception, match="Unknown command: SetLicense"):
        kawa.commands.run_command("SetLicense", {"license": "x"})
