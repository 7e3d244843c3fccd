//! `GET /backoffice/workflows` (listed, by id, `/run-history`).

use generated::kawa::v1 as api;

use super::super::{workflows, Kawa};
use super::entities::entity_reads;

entity_reads!(WorkflowsApi {
    list: [
        list_workflows(ListWorkflowsParams) -> ListWorkflowsResponse = workflows::list,
    ]
    get: [
        get_workflow(GetWorkflowParams) -> GetWorkflowResponse = workflows::get,
        get_workflow_run_history(GetWorkflowRunHistoryParams) ->
            GetWorkflowRunHistoryResponse = workflows::history,
    ]
});
