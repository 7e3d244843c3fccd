//! Calls to a provider: a form POST or a GET answered with JSON, with a bounded
//! timeout. A provider's refusal keeps its own message (`error_description`, `error`,
//! `message`); an unreachable provider or an answer that is not JSON is told apart, so
//! the service can answer 400 for the first and 502 for the others, never a 500.

use std::time::Duration;

use serde_json::{Map, Value};

/// How long a provider may take to answer.
const TIMEOUT: Duration = Duration::from_secs(10);
const CONNECT_TIMEOUT: Duration = Duration::from_secs(5);

/// What went wrong upstream.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Failure {
    /// The provider answered 4xx: its message.
    Refused { status: u16, message: String },
    /// No answer, a 5xx, or an answer that is not a JSON object.
    Unreachable(String),
}

fn client() -> Result<reqwest::Client, Failure> {
    reqwest::Client::builder()
        .timeout(TIMEOUT)
        .connect_timeout(CONNECT_TIMEOUT)
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .map_err(|e| Failure::Unreachable(format!("no HTTP client: {e}")))
}

/// POSTs `form` (URL-encoded) to `url`; the JSON object answered.
pub async fn post_form(url: &str, form: &[(&str, &str)]) -> Result<Map<String, Value>, Failure> {
    let request = client()?
        .post(url)
        .header("accept", "application/json")
        .form(form);
    answer(request.send().await).await
}

/// GETs `url`; the JSON object answered.
pub async fn get(url: &str) -> Result<Map<String, Value>, Failure> {
    let request = client()?.get(url).header("accept", "application/json");
    answer(request.send().await).await
}

async fn answer(
    sent: Result<reqwest::Response, reqwest::Error>,
) -> Result<Map<String, Value>, Failure> {
    let response = sent.map_err(|e| Failure::Unreachable(reason(&e)))?;
    let status = response.status();
    let body = response
        .bytes()
        .await
        .map_err(|e| Failure::Unreachable(reason(&e)))?;
    let json: Option<Map<String, Value>> = serde_json::from_slice(&body).ok();
    if status.is_client_error() {
        let message = json
            .as_ref()
            .and_then(provider_message)
            .unwrap_or_else(|| format!("HTTP {}", status.as_u16()));
        return Err(Failure::Refused {
            status: status.as_u16(),
            message,
        });
    }
    if !status.is_success() {
        let said = json.as_ref().and_then(provider_message);
        return Err(Failure::Unreachable(match said {
            Some(m) => format!("HTTP {}: {m}", status.as_u16()),
            None => format!("HTTP {}", status.as_u16()),
        }));
    }
    json.ok_or_else(|| Failure::Unreachable("the answer is not a JSON object".into()))
}

/// The provider's own words: `error: error_description`, or `message`.
fn provider_message(json: &Map<String, Value>) -> Option<String> {
    let text = |k: &str| json.get(k).and_then(Value::as_str).map(str::to_string);
    match (text("error"), text("error_description")) {
        (Some(e), Some(d)) => Some(format!("{e}: {d}")),
        (Some(e), None) => Some(e),
        (None, Some(d)) => Some(d),
        (None, None) => text("message"),
    }
}

/// Why a request failed, without Rust's type names.
fn reason(e: &reqwest::Error) -> String {
    if e.is_timeout() {
        "no answer in time".into()
    } else if e.is_connect() {
        "connection refused or unreachable".into()
    } else {
        "the request failed".into()
    }
}
