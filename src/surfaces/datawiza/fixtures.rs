//! Datawiza applications (with their SSL settings) in a fixtures file, both ways: a
//! hand-written entry needs a name and a public domain; an export holds every field.
//! An application whose id or name exists already is left as it is, so loading twice
//! changes nothing.

use generated::datawiza::v1 as api;
use generated::support::WireEnum;
use schemars::JsonSchema;
use sea_orm::{ConnectionTrait, TransactionTrait};
use serde::{Deserialize, Serialize};

use super::certificates;
use crate::authz::Operator;
use crate::common::ids::is_hex32;
use crate::fixtures::{at, schema, Loaded};
use crate::state::AppState;
use crate::store;
use crate::store::entities::{dw_application, dw_ssl};

/// The `datawiza` section.
#[derive(Debug, Default, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct DatawizaFixtures {
    #[serde(default)]
    pub applications: Vec<ApplicationFixture>,
}

impl DatawizaFixtures {
    pub fn is_empty(&self) -> bool {
        self.applications.is_empty()
    }
}

/// An application, in the API's field names.
#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct ApplicationFixture {
    /// 32 lower-case hex characters; generated when absent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Unique.
    pub name: String,
    pub public_domain: String,
    #[serde(default = "default_port")]
    pub listen_port: i32,
    #[serde(default = "default_true")]
    pub enabled: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub deployment_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(schema_with = "platform")]
    pub platform: Option<api::Platform>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[schemars(schema_with = "upstreams")]
    pub upstreams: Vec<api::Upstream>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(schema_with = "upstream_switch")]
    pub upstream_switch: Option<api::UpstreamSwitch>,
    #[serde(default, skip_serializing_if = "serde_json::Map::is_empty")]
    pub special_app: serde_json::Map<String, serde_json::Value>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub profile_select: Option<String>,
    /// Epoch milliseconds; now when absent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub creation_date: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_update_date: Option<i64>,
    /// Self-signed SSL when absent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ssl: Option<SslFixture>,
}

/// An application's SSL setting.
#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct SslFixture {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    #[serde(rename = "isSSL")]
    pub is_ssl: bool,
    /// `SELF_SIGNED` (the default) or `UPLOAD`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mode: Option<String>,
    /// PEM certificate, for `UPLOAD`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cert: Option<String>,
    /// PEM private key: checked against `cert` and never stored, so an export has none.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub key: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub creation_date: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_update_date: Option<i64>,
}

fn default_port() -> i32 {
    443
}

fn default_true() -> bool {
    true
}

fn platform(g: &mut schemars::SchemaGenerator) -> schemars::Schema {
    schema::component(g, "datawiza", "Platform")
}

fn upstream_switch(g: &mut schemars::SchemaGenerator) -> schemars::Schema {
    schema::component(g, "datawiza", "UpstreamSwitch")
}

fn upstreams(g: &mut schemars::SchemaGenerator) -> schemars::Schema {
    let item = schema::component(g, "datawiza", "Upstream");
    schemars::json_schema!({"type": "array", "items": item})
}

/// Loads the applications of the section at `path`.
pub async fn load<C: ConnectionTrait + TransactionTrait>(
    state: &AppState,
    db: &C,
    operator: &Operator,
    path: &str,
    fixtures: &DatawizaFixtures,
    loaded: &mut Loaded,
) -> Result<(), String> {
    for (i, fx) in fixtures.applications.iter().enumerate() {
        let here = at(&format!("{path}.applications"), i);
        let (app, ssl) = rows(state, &here, fx)?;
        let exists = store::datawiza::application_by_id_or_name(db, operator, &app.id, &app.name)
            .await
            .map_err(|e| format!("{here}: {e}"))?;
        if exists.is_some() {
            continue;
        }
        store::datawiza::insert_application(db, operator, app, ssl)
            .await
            .map_err(|e| format!("{here}: {e}"))?;
        loaded.datawiza_applications += 1;
    }
    Ok(())
}

/// The rows an entry describes, or why it does not fit (checked before anything is
/// written).
fn rows(
    state: &AppState,
    here: &str,
    fx: &ApplicationFixture,
) -> Result<(dw_application::Model, dw_ssl::Model), String> {
    let hex_or_new = |field: &str, value: &Option<String>| match value {
        Some(v) if is_hex32(v) => Ok(v.clone()),
        Some(v) => Err(format!(
            "{here}.{field}: {v:?} is not 32 lower-case hex characters"
        )),
        None => Ok(state.ids.hex32()),
    };
    let id = hex_or_new("id", &fx.id)?;
    let deployment_id = hex_or_new("deploymentId", &fx.deployment_id)?;
    if !(1..=65535).contains(&fx.listen_port) {
        return Err(format!("{here}.listenPort: must be 1..65535"));
    }
    let now = state.now_ms();
    let created = fx.creation_date.unwrap_or(now);
    let app = dw_application::Model {
        id: id.clone(),
        creation_date: created,
        last_update_date: fx.last_update_date.unwrap_or(created),
        deployment_id,
        name: fx.name.clone(),
        platform: fx.platform.unwrap_or(api::Platform::Web).wire().into(),
        public_domain: fx.public_domain.clone(),
        listen_port: fx.listen_port,
        upstreams: serde_json::to_string(&fx.upstreams).map_err(|e| e.to_string())?,
        upstream_switch: fx
            .upstream_switch
            .unwrap_or(api::UpstreamSwitch::Dummy)
            .wire()
            .into(),
        special_app: serde_json::to_string(&fx.special_app).map_err(|e| e.to_string())?,
        profile_select: fx.profile_select.clone(),
        enabled: fx.enabled,
    };
    let mut ssl = dw_ssl::Model {
        application_id: id,
        id: state.ids.hex32(),
        creation_date: created,
        last_update_date: created,
        is_ssl: true,
        mode: api::SslMode::SelfSigned.wire().into(),
        cert_pem: None,
        subject: None,
        finger_print: None,
        expiration_time: None,
    };
    let Some(s) = &fx.ssl else {
        return Ok((app, ssl));
    };
    let here = format!("{here}.ssl");
    ssl.id = hex_or_new("ssl.id", &s.id)?;
    ssl.creation_date = s.creation_date.unwrap_or(created);
    ssl.last_update_date = s.last_update_date.unwrap_or(ssl.creation_date);
    ssl.is_ssl = s.is_ssl;
    match s.mode.as_deref() {
        None | Some("SELF_SIGNED") | Some("SELF_SIGN") => {}
        Some("UPLOAD") => {
            let cert = s
                .cert
                .as_deref()
                .ok_or_else(|| format!("{here}.cert: required when mode is UPLOAD"))?;
            // A key, when given, must belong to the certificate; an export has none (the
            // key was checked at upload and never kept).
            let facts = match s.key.as_deref() {
                Some(key) => certificates::inspect(cert, key),
                None => certificates::read(cert),
            }
            .map_err(|e| format!("{here}: {e}"))?;
            ssl.mode = api::SslMode::Upload.wire().into();
            ssl.cert_pem = Some(cert.to_string());
            ssl.subject = Some(facts.subject);
            ssl.finger_print = Some(facts.finger_print);
            ssl.expiration_time = Some(facts.expiration_time);
        }
        Some(other) => {
            return Err(format!(
                "{here}.mode: {other:?} is not SELF_SIGNED or UPLOAD"
            ))
        }
    }
    Ok((app, ssl))
}

/// Every application with its SSL setting, as a fixtures section.
pub fn export(apps: Vec<(dw_application::Model, Option<dw_ssl::Model>)>) -> DatawizaFixtures {
    let applications = apps
        .into_iter()
        .map(|(app, ssl)| ApplicationFixture {
            id: Some(app.id),
            name: app.name,
            public_domain: app.public_domain,
            listen_port: app.listen_port,
            enabled: app.enabled,
            deployment_id: Some(app.deployment_id),
            platform: api::Platform::from_wire(&app.platform),
            upstreams: serde_json::from_str(&app.upstreams).unwrap_or_default(),
            upstream_switch: api::UpstreamSwitch::from_wire(&app.upstream_switch),
            special_app: serde_json::from_str(&app.special_app).unwrap_or_default(),
            profile_select: app.profile_select,
            creation_date: Some(app.creation_date),
            last_update_date: Some(app.last_update_date),
            ssl: ssl.map(|s| SslFixture {
                id: Some(s.id),
                is_ssl: s.is_ssl,
                mode: Some(s.mode),
                cert: s.cert_pem,
                key: None,
                creation_date: Some(s.creation_date),
                last_update_date: Some(s.last_update_date),
            }),
        })
        .collect();
    DatawizaFixtures { applications }
}
