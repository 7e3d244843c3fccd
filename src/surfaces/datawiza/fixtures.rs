//! Datawiza records from a `--fixtures` file; an application whose name exists already
//! is left as it is, so loading twice changes nothing.

use generated::datawiza::v1 as api;
use generated::support::WireEnum;
use serde::Deserialize;

use super::certificates;
use crate::authz::Operator;
use crate::common::ids::is_hex32;
use crate::state::AppState;
use crate::store;
use crate::store::entities::{dw_application, dw_ssl};

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DatawizaFixtures {
    #[serde(default)]
    pub applications: Vec<ApplicationFixture>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct ApplicationFixture {
    pub id: Option<String>,
    pub name: String,
    pub public_domain: String,
    #[serde(default = "default_port")]
    pub listen_port: i32,
    #[serde(default = "default_true")]
    pub enabled: bool,
    pub deployment_id: Option<String>,
    #[serde(default)]
    pub ssl: Option<SslFixture>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct SslFixture {
    #[serde(rename = "isSSL")]
    pub is_ssl: bool,
    #[serde(default)]
    pub mode: Option<String>,
    pub cert: Option<String>,
    pub key: Option<String>,
}

fn default_port() -> i32 {
    443
}

fn default_true() -> bool {
    true
}

/// Loads the applications; returns how many were new.
pub async fn load(
    state: &AppState,
    operator: &Operator,
    fixtures: &DatawizaFixtures,
) -> Result<usize, String> {
    let mut created = 0;
    for fx in &fixtures.applications {
        if store::datawiza::application_by_name(&state.db, operator, &fx.name)
            .await
            .map_err(|e| e.to_string())?
            .is_some()
        {
            continue;
        }
        let id = match &fx.id {
            Some(id) if is_hex32(id) => id.clone(),
            Some(id) => {
                return Err(format!(
                    "datawiza application {:?}: id {id:?} is not 32 hex characters",
                    fx.name
                ))
            }
            None => state.ids.hex32(),
        };
        if !(1..=65535).contains(&fx.listen_port) {
            return Err(format!(
                "datawiza application {:?}: listenPort must be 1..65535",
                fx.name
            ));
        }
        let now = state.now_ms();
        let app = dw_application::Model {
            id: id.clone(),
            creation_date: now,
            last_update_date: now,
            deployment_id: fx
                .deployment_id
                .clone()
                .unwrap_or_else(|| state.ids.hex32()),
            name: fx.name.clone(),
            platform: api::Platform::Web.wire().into(),
            public_domain: fx.public_domain.clone(),
            listen_port: fx.listen_port,
            upstreams: "[]".into(),
            upstream_switch: api::UpstreamSwitch::Dummy.wire().into(),
            special_app: "{}".into(),
            profile_select: None,
            enabled: fx.enabled,
        };
        let mut ssl = dw_ssl::Model {
            application_id: id,
            id: state.ids.hex32(),
            creation_date: now,
            last_update_date: now,
            is_ssl: true,
            mode: api::SslMode::SelfSigned.wire().into(),
            cert_pem: None,
            subject: None,
            finger_print: None,
            expiration_time: None,
        };
        if let Some(s) = &fx.ssl {
            ssl.is_ssl = s.is_ssl;
            if s.mode.as_deref() == Some("UPLOAD") {
                let (cert, key) = (
                    s.cert.as_deref().unwrap_or(""),
                    s.key.as_deref().unwrap_or(""),
                );
                let facts = certificates::inspect(cert, key)
                    .map_err(|e| format!("datawiza application {:?}: {e}", fx.name))?;
                ssl.mode = api::SslMode::Upload.wire().into();
                ssl.cert_pem = Some(cert.to_string());
                ssl.subject = Some(facts.subject);
                ssl.finger_print = Some(facts.finger_print);
                ssl.expiration_time = Some(facts.expiration_time);
            }
        }
        store::datawiza::insert_application(&state.db, operator, app, ssl)
            .await
            .map_err(|e| e.to_string())?;
        created += 1;
    }
    Ok(created)
}
