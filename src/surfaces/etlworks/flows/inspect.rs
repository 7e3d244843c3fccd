//! `POST /flows/inspect`: validates a definition without saving it. Structure as saving
//! checks it ([`super::definition`]), then what it refers to: nested flows that must
//! exist in the tenant, and a name already taken (a warning: saving it new would be a
//! 409, editing that flow is fine).

use generated::etlworks::v1 as api;

use super::definition::{self, Issue};
use crate::authz::etlworks::Caller;
use crate::state::AppState;
use crate::store::etlworks::flows;
use crate::surfaces::etlworks::error::EtlworksError;

/// The issues of `input`; valid when none is an error.
pub async fn inspect(
    state: &AppState,
    caller: &Caller,
    input: api::FlowInput,
) -> Result<api::FlowInspection, EtlworksError> {
    let (definition, mut issues) = definition::read(input);
    let tenant = caller.tenant_id();
    for (i, step) in definition.nested_flows.iter().enumerate() {
        let found = match i32::try_from(step.flow_id) {
            Ok(id) => flows::by_id(&state.db, tenant, id).await?,
            Err(_) => None,
        };
        if found.is_none() {
            issues.push(Issue::error(
                format!("nestedFlows[{i}].flowId"),
                format!("Flow {} does not exist", step.flow_id),
            ));
        }
    }
    if !definition.name.is_empty()
        && flows::name_taken(&state.db, tenant, &definition.name, None).await?
    {
        issues.push(Issue::warning(
            "name",
            format!("A flow named '{}' already exists", definition.name),
        ));
    }
    Ok(api::FlowInspection {
        valid: !issues.iter().any(|i| i.error),
        issues: issues.iter().map(Issue::view).collect(),
    })
}
