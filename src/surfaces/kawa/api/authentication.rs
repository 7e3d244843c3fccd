//! `POST /authentication/login`, `GET /authentication/current-user`.

use generated::kawa::v1 as api;
use generated::support::Json;
use poem::Request;

use super::super::{principals, sessions, Kawa};

#[async_trait::async_trait]
impl api::AuthenticationApi for Kawa {
    async fn login(
        &self,
        _req: &Request,
        body: api::LoginRequest,
    ) -> poem::Result<api::LoginResponse> {
        let (principal, cookie) = sessions::sign_in(&self.state, body).await?;
        Ok(api::LoginResponse::Ok(Json(principal), cookie))
    }

    async fn get_current_user(
        &self,
        _req: &Request,
        auth: api::ApiKeyOrAccessTokenCookie,
        params: api::GetCurrentUserParams,
    ) -> poem::Result<api::GetCurrentUserResponse> {
        let caller = self
            .caller(&auth, params.x_kawa_workspace_id.as_deref())
            .await?;
        Ok(api::GetCurrentUserResponse::Ok(Json(
            principals::principal(caller.user()),
        )))
    }
}
