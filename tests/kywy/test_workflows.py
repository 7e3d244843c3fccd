"""kywy's workflow builder: create a workflow with a manual trigger, run it with trigger
parameters, wait for it through the run history, read and delete it."""

import pytest
from kywy.client.workflow import (
    Condition,
    EmailTask,
    GenerateOutputTask,
    IfElseTask,
    TriggerVariable,
    TriggerVariableDefinition,
)

from conftest import unique


def region_workflow(kawa, name):
    region = TriggerVariableDefinition("Region", "text", default_value="EMEA")
    return (
        kawa.workflow(name)
        .with_description("says where")
        .with_manual_trigger([region.to_dict()])
        .add_task(GenerateOutputTask(["Region ", TriggerVariable("region")], task_id="say"))
    )


def test_a_workflow_is_created_run_and_its_history_read(kawa):
    name = unique("summary")
    builder = region_workflow(kawa, name)
    created = builder.create()
    assert created["displayInformation"]["displayName"] == name
    assert created["trigger"]["parameters"][0]["id"] == "taskVariable_region"

    run = builder.run(trigger_parameters={"region": "APAC"})
    assert run["status"] == "RUNNING"
    last = builder.wait_for_completion(timeout=30)
    assert last["status"] == "SUCCESS"
    assert last["tasks"][0]["output"] == "Region APAC"

    history = kawa.get_workflow_run_history(builder.workflow_id)
    assert [r["id"] for r in history] == [last["id"]]
    assert kawa.commands.get_workflow(builder.workflow_id)["id"] == builder.workflow_id
    assert [w["id"] for w in kawa.list_workflows() if w["displayInformation"]["displayName"] == name] == [
        builder.workflow_id
    ]

    builder.delete()
    with pytest.raises(Exception):
        kawa.get_workflow_run_history(builder.workflow_id)


def test_a_branch_and_a_failing_task_surface_through_wait_for_completion(kawa):
    branch = IfElseTask("route", task_id="route").add_branch(
        Condition.equals(TriggerVariable("region"), "EMEA"),
        [GenerateOutputTask("matched", task_id="matched")],
    ).set_else_branch([EmailTask(to="ops@example.com", subject="s", body="b", task_id="mail")])
    builder = kawa.workflow(unique("routing")).with_manual_trigger(
        [TriggerVariableDefinition("Region", "text").to_dict()]
    ).add_task(branch)
    builder.create()

    builder.run(trigger_parameters={"region": "EMEA"})
    assert builder.wait_for_completion(timeout=30)["status"] == "SUCCESS"

    builder.run(trigger_parameters={"region": "APAC"})
    with pytest.raises(Exception, match="needs a mail server"):
        builder.wait_for_completion(timeout=30)
