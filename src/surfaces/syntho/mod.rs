//! Syntho's workspaces API (`/api/v1/auth/`, `/api/v1/workspaces/…`): the generated
//! `Api` trait implemented on the store. Handlers resolve the session, call a service
//! and wrap the result.

pub mod connections;
pub mod error;
pub mod fixtures;
pub mod jobs;
pub mod sessions;
pub mod workspaces;

use generated::support::Json;
use generated::syntho::v1 as api;
use poem::Request;

use self::error::SynthoError;
use crate::authz::syntho::{self as authz, Caller};
use crate::state::AppState;

/// The real-mode Syntho surface.
pub struct Syntho {
    state: AppState,
}

impl Syntho {
    pub fn new(state: AppState) -> Self {
        Syntho { state }
    }

    async fn caller(&self, auth: &api::SessionCookie) -> Result<Caller, SynthoError> {
        authz::signed_in(&self.state, &auth.0.key).await
    }
}

#[async_trait::async_trait]
impl api::AuthApi for Syntho {
    async fn auth_retrieve(&self, _req: &Request) -> poem::Result<api::AuthRetrieveResponse> {
        Ok(api::AuthRetrieveResponse::Ok(Json(
            api::LoginMethodsResponse {
                username_password_enabled: true,
                oidc_providers: Vec::new(),
                session_timeout: self.state.config.session_timeout.as_secs() as i32,
            },
        )))
    }

    async fn auth_create(
        &self,
        req: &Request,
        body: api::SessionForm,
    ) -> poem::Result<api::AuthCreateResponse> {
        let (user, key) = sessions::sign_in(&self.state, req, body).await?;
        let cookie = sessions::set_cookie(&self.state, &key);
        let signed_in = api::SignedInResponse {
            new_password_required: false,
            pk: user.id,
        };
        Ok(api::AuthCreateResponse::Created(Json(signed_in), cookie))
    }

    async fn auth_destroy(
        &self,
        _req: &Request,
        auth: api::SessionCookie,
    ) -> poem::Result<api::AuthDestroyResponse> {
        sessions::sign_out(&self.state, &auth.0.key).await?;
        Ok(api::AuthDestroyResponse::Ok(Json(api::SignOutResponse {
            status: "OK".into(),
        })))
    }
}

#[async_trait::async_trait]
impl api::WorkspacesApi for Syntho {
    async fn workspaces_list(
        &self,
        _req: &Request,
        auth: api::SessionCookie,
    ) -> poem::Result<api::WorkspacesListResponse> {
        let caller = self.caller(&auth).await?;
        Ok(api::WorkspacesListResponse::Ok(Json(
            workspaces::list(&self.state, &caller).await?,
        )))
    }

    async fn workspaces_create(
        &self,
        _req: &Request,
        auth: api::SessionCookie,
        params: api::WorkspacesCreateParams,
        body: api::WorkspaceCreate,
    ) -> poem::Result<api::WorkspacesCreateResponse> {
        let caller = self.caller(&auth).await?;
        let created = workspaces::create(&self.state, &caller, body, params.sample_db).await?;
        Ok(api::WorkspacesCreateResponse::Ok(Json(created)))
    }

    async fn workspaces_retrieve(
        &self,
        _req: &Request,
        auth: api::SessionCookie,
        params: api::WorkspacesRetrieveParams,
    ) -> poem::Result<api::WorkspacesRetrieveResponse> {
        let caller = self.caller(&auth).await?;
        Ok(api::WorkspacesRetrieveResponse::Ok(Json(
            workspaces::get(&self.state, &caller, params.id).await?,
        )))
    }

    async fn workspaces_update(
        &self,
        _req: &Request,
        auth: api::SessionCookie,
        params: api::WorkspacesUpdateParams,
        body: api::WorkspaceUpdate,
    ) -> poem::Result<api::WorkspacesUpdateResponse> {
        let caller = self.caller(&auth).await?;
        let updated = workspaces::update(&self.state, &caller, params.id, body).await?;
        Ok(api::WorkspacesUpdateResponse::Ok(Json(updated)))
    }

    async fn workspaces_destroy(
        &self,
        _req: &Request,
        auth: api::SessionCookie,
        params: api::WorkspacesDestroyParams,
    ) -> poem::Result<api::WorkspacesDestroyResponse> {
        let caller = self.caller(&auth).await?;
        workspaces::delete(&self.state, &caller, params.id).await?;
        Ok(api::WorkspacesDestroyResponse::NoContent)
    }

    async fn workspaces_duplicate_create(
        &self,
        _req: &Request,
        auth: api::SessionCookie,
        params: api::WorkspacesDuplicateCreateParams,
        body: api::WorkspaceUpdate,
    ) -> poem::Result<api::WorkspacesDuplicateCreateResponse> {
        let caller = self.caller(&auth).await?;
        let copy = workspaces::duplicate(&self.state, &caller, params.id, body).await?;
        Ok(api::WorkspacesDuplicateCreateResponse::Ok(Json(copy)))
    }

    async fn workspaces_members_list(
        &self,
        _req: &Request,
        auth: api::SessionCookie,
        params: api::WorkspacesMembersListParams,
    ) -> poem::Result<api::WorkspacesMembersListResponse> {
        let caller = self.caller(&auth).await?;
        Ok(api::WorkspacesMembersListResponse::Ok(Json(
            workspaces::members(&self.state, &caller, params.id).await?,
        )))
    }
}
