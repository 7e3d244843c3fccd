//! `GET /backoffice/scripts`, `/backoffice/script-runners` and `/backoffice/agents`
//! (listed, by id).

use generated::kawa::v1 as api;

use super::super::{agents, runners, scripts, Kawa};
use super::entities::entity_reads;

entity_reads!(ScriptsAndAgentsApi {
    list: [
        list_scripts(ListScriptsParams) -> ListScriptsResponse = scripts::list,
        list_script_runners(ListScriptRunnersParams) -> ListScriptRunnersResponse = runners::list,
        list_agents(ListAgentsParams) -> ListAgentsResponse = agents::list,
    ]
    get: [
        get_script(GetScriptParams) -> GetScriptResponse = scripts::get,
        get_script_runner(GetScriptRunnerParams) -> GetScriptRunnerResponse = runners::get,
        get_agent(GetAgentParams) -> GetAgentResponse = agents::get,
    ]
});
