//! `GET /health`: the readiness probe; 200 only when the database answers.

use poem::http::StatusCode;
use poem::web::{Data, Json};
use poem::{handler, IntoResponse, Response};
use sea_orm::ConnectionTrait;

use crate::state::AppState;

#[handler]
pub async fn health(Data(state): Data<&AppState>) -> Response {
    let database_up = state.db.execute_unprepared("SELECT 1").await.is_ok();
    let body = serde_json::json!({
        "status": if database_up { "UP" } else { "DOWN" },
        "database": if database_up { "UP" } else { "DOWN" },
        "version": env!("CARGO_PKG_VERSION"),
    });
    let status = if database_up {
        StatusCode::OK
    } else {
        StatusCode::SERVICE_UNAVAILABLE
    };
    Json(body).with_status(status).into_response()
}
