"""Script runners, scripts and agents through kywy's own helpers: add_script_runner (idempotent
by name), the runner commands on runners[0] and runner_health(); create_script_with_content,
whose metadata the server reads from the @kawa_tool decorator exactly as kywy's decorator
builds it, the source read back as the application builder does; the application builder's
Agent synchronizer, which finds its agent again by tag."""

import socket
import types

import pytest
from kywy.client.application.app_agent import Agent

from conftest import client_with_key, unique

SOURCE = '''from kywy.client.kawa_decorators import kawa_tool
from datetime import date


@kawa_tool(
    inputs={'amount': float, 'country': str},
    outputs={'score': float, 'tags': list[str]},
    parameters={'threshold': {'type': float, 'default': 0.5, 'description': 'Cut-off'},
                'since': {'type': date, 'default': '2024-01-31'}},
    description='Scores customers',
)
def score(df, threshold, since):
    df['score'] = df['amount'] * threshold
    return df
'''


def test_the_runner_is_added_once_toggled_moved_rekeyed_and_probed(kawa, user):
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen()
    port = listener.getsockname()[1]
    try:
        runner = kawa.commands.add_script_runner("Default runner", "127.0.0.1", port, private_key="k-1")
        # 409, then read by name: kywy's idempotency.
        again = kawa.commands.add_script_runner("Default runner", "127.0.0.1", port)
        assert again["id"] == runner["id"]
        # The runner commands act on runners[0]: point it here.
        kawa.commands.replace_script_runner_location(host="127.0.0.1", port=port, tls=False)
        kawa.commands.toggle_script_runner(enabled=True)
        assert kawa.runner_health() == {"status": "UP"}
        kawa.commands.toggle_script_runner(enabled=False)
        assert kawa.runner_health() == {"status": "DOWN"}
        kawa.commands.toggle_script_runner(enabled=True)
        rekeyed = kawa.commands.replace_script_runner_private_key("k-2")
        assert rekeyed["hasPrivateKey"] is True and "k-2" not in str(rekeyed)
        _, _, key = user
        reader = client_with_key(key)
        assert reader.entities.script_runners().get_entity("Default runner")["id"] == runner["id"]
        with pytest.raises(Exception):
            reader.commands.toggle_script_runner(enabled=False)
    finally:
        listener.close()
    assert kawa.runner_health() == {"status": "DOWN"}


def test_a_script_with_content_has_the_metadata_kywys_decorator_declares(kawa, tmp_path):
    name = unique("script")
    script = kawa.commands.create_script_with_content(name, SOURCE)
    assert kawa.entities.scripts().get_entity(name)["id"] == script["id"]

    # What kywy's own decorator makes of the same source.
    namespace = {}
    exec(SOURCE, namespace)
    tool = namespace["score"]
    metadata = script["scriptMetadata"]
    assert [(c["name"], c["type"]) for c in metadata["parameters"]] == [(i.name, i.type) for i in tool.inputs]
    assert [(c["name"], c["type"]) for c in metadata["outputs"]] == [(o.name, o.type) for o in tool.outputs]
    assert [(p["name"], p["type"], p.get("default")) for p in metadata["scriptParameters"]] == [
        (p.name, p.type, p.default) for p in tool.parameters
    ]
    assert metadata["description"] == tool.description

    # The application builder reads the source back from the file store by toolName.
    kawa.tmp_files_directory = str(tmp_path)
    path = kawa.download_file_as_id(script["sourceControlToolConfiguration"]["toolName"])
    with open(path, encoding="utf-8") as f:
        assert f.read() == SOURCE

    replaced = kawa.commands.replace_script(script["id"], name + "-v2", "analytics-tools", "churn")
    assert replaced["displayInformation"]["displayName"] == name + "-v2"
    assert replaced["sourceControlToolConfiguration"] == {"toolKitName": "analytics-tools", "toolName": "churn"}
    with pytest.raises(Exception, match="Error while calling"):
        kawa.commands.create_script_with_content(unique("script"), "print('no decorator')\n")


def test_the_application_builders_agent_is_created_then_found_by_its_tag_and_updated(kawa):
    application = types.SimpleNamespace(tag=unique("app"))
    agent = Agent(kawa, reporter=None, name=unique("Assistant"), application=application,
                  instructions="Answer questions about Orders.")
    agent.sync()
    first = agent.agent_id
    stored = kawa.entities.agents().get_entity_by_id(first)
    assert stored["instructions"] == "Answer questions about Orders."
    assert agent.tag in stored["tags"]

    again = Agent(kawa, reporter=None, name=agent.name, application=application,
                  instructions="Answer questions about Orders and Returns.")
    again.sync()
    assert again.agent_id == first, "found by its tag, updated in place"
    assert kawa.entities.agents().get_entity_by_id(first)["instructions"] == (
        "Answer questions about Orders and Returns."
    )


def test_the_application_builders_script_commands_are_understood(kawa):
    # What kywy's AppDataset sends (app_dataset.py), spelled as it spells them.
    tag = unique("app") + "|Orders"
    created = kawa.commands.run_command("createScript", {"name": unique("script"), "tag": tag, "content": SOURCE})
    found = kawa.entities.scripts().find_entity_by_tag(tag=tag)
    assert found["id"] == created["id"]
    newer = SOURCE.replace("'Scores customers'", "'Scores customers v2'")
    replaced = kawa.commands.run_command(
        "replaceScript",
        {"content": newer, "name": found["displayInformation"]["displayName"], "scriptId": str(found["id"])},
    )
    assert replaced["id"] == created["id"]
    assert replaced["scriptMetadata"]["description"] == "Scores customers v2"
