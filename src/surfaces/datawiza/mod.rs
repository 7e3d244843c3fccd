//! Datawiza's Admin API (`/admin/api/v1/*`): the generated `Api` trait implemented on
//! the store. Handlers authenticate, call a service and wrap the result; nothing more.

pub mod applications;
pub mod certificates;
pub mod error;
pub mod fixtures;
pub mod ssl;
pub mod text;

use generated::datawiza::v1 as api;
use generated::support::Json;
use poem::Request;

use self::error::DatawizaError;
use crate::authz::datawiza::{self as authz, Admin};
use crate::state::AppState;

/// The real-mode Datawiza surface.
pub struct Datawiza {
    state: AppState,
}

impl Datawiza {
    pub fn new(state: AppState) -> Self {
        Datawiza { state }
    }

    /// The admin behind a bearer token; every Datawiza operation needs one.
    async fn admin(&self, auth: &api::BearerAuth) -> Result<Admin, DatawizaError> {
        authz::admin(&self.state, &auth.0.token).await
    }
}

fn ssl_change(form: api::SslUpdateForm) -> ssl::SslChange {
    ssl::SslChange {
        is_ssl: form.is_ssl,
        mode: form.mode,
        upload_file: form.upload_file,
        cert: form.cert,
        key: form.key,
    }
}

fn ok_envelope() -> api::OkEnvelope {
    api::OkEnvelope {
        err_code: 0,
        err_msg: "OK".into(),
    }
}

#[async_trait::async_trait]
impl api::ApplicationsApi for Datawiza {
    async fn list_applications(
        &self,
        _req: &Request,
        auth: api::BearerAuth,
        body: api::ListApplicationsRequest,
    ) -> poem::Result<api::ListApplicationsResponse> {
        let admin = self.admin(&auth).await?;
        let query = applications::ListQuery {
            page: body.page.into(),
            size: body.size.into(),
            name: body.name,
        };
        let page = applications::list(&self.state, &admin, query).await?;
        Ok(api::ListApplicationsResponse::Ok(Json(page)))
    }

    async fn list_applications_by_query(
        &self,
        _req: &Request,
        auth: api::BearerAuth,
        params: api::ListApplicationsByQueryParams,
    ) -> poem::Result<api::ListApplicationsByQueryResponse> {
        let admin = self.admin(&auth).await?;
        let query = applications::ListQuery {
            page: params.page.into(),
            size: params.size.into(),
            name: params.name,
        };
        let page = applications::list(&self.state, &admin, query).await?;
        Ok(api::ListApplicationsByQueryResponse::Ok(Json(page)))
    }

    async fn get_application_ssl(
        &self,
        _req: &Request,
        auth: api::BearerAuth,
        params: api::GetApplicationSslParams,
    ) -> poem::Result<api::GetApplicationSslResponse> {
        let admin = self.admin(&auth).await?;
        let data = ssl::get(&self.state, &admin, &params.id).await?;
        Ok(api::GetApplicationSslResponse::Ok(Json(api::SslEnvelope {
            err_code: 0,
            err_msg: "OK".into(),
            data,
        })))
    }

    async fn update_application_ssl(
        &self,
        _req: &Request,
        auth: api::BearerAuth,
        params: api::UpdateApplicationSslParams,
        body: api::SslUpdateForm,
    ) -> poem::Result<api::UpdateApplicationSslResponse> {
        let admin = self.admin(&auth).await?;
        ssl::update(&self.state, &admin, &params.id, ssl_change(body)).await?;
        Ok(api::UpdateApplicationSslResponse::Ok(Json(ok_envelope())))
    }

    async fn replace_application_ssl(
        &self,
        _req: &Request,
        auth: api::BearerAuth,
        params: api::ReplaceApplicationSslParams,
        body: api::SslUpdateForm,
    ) -> poem::Result<api::ReplaceApplicationSslResponse> {
        let admin = self.admin(&auth).await?;
        ssl::update(&self.state, &admin, &params.id, ssl_change(body)).await?;
        Ok(api::ReplaceApplicationSslResponse::Ok(Json(ok_envelope())))
    }
}
