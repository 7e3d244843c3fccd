//! `GET /backoffice/principals`, `/teams`, `/perimeters`, `/attributes`, each listed
//! (with `name` and `tag`) and by id.

use generated::kawa::v1 as api;
use generated::support::Json;
use poem::Request;

use super::super::directory::{self, by_id};
use super::super::{principals, Kawa};

#[async_trait::async_trait]
impl api::UsersApi for Kawa {
    async fn list_principals(
        &self,
        _req: &Request,
        auth: api::ApiKeyOrAccessTokenCookie,
        params: api::ListPrincipalsParams,
    ) -> poem::Result<api::ListPrincipalsResponse> {
        let caller = self
            .caller(&auth, params.x_kawa_workspace_id.as_deref())
            .await?;
        let (name, tag) = (params.name.as_deref(), params.tag.as_deref());
        let found = principals::list(&self.state, &caller, name, tag).await?;
        Ok(api::ListPrincipalsResponse::Ok(Json(found)))
    }

    async fn get_principal(
        &self,
        _req: &Request,
        auth: api::ApiKeyOrAccessTokenCookie,
        params: api::GetPrincipalParams,
    ) -> poem::Result<api::GetPrincipalResponse> {
        let caller = self
            .caller(&auth, params.x_kawa_workspace_id.as_deref())
            .await?;
        let found = principals::get(&self.state, &caller, &params.id).await?;
        Ok(api::GetPrincipalResponse::Ok(Json(found)))
    }

    async fn list_attributes(
        &self,
        _req: &Request,
        auth: api::ApiKeyOrAccessTokenCookie,
        params: api::ListAttributesParams,
    ) -> poem::Result<api::ListAttributesResponse> {
        let caller = self
            .caller(&auth, params.x_kawa_workspace_id.as_deref())
            .await?;
        let (name, tag) = (params.name.as_deref(), params.tag.as_deref());
        let found = directory::attributes(&self.state, &caller, name, tag).await?;
        Ok(api::ListAttributesResponse::Ok(Json(found)))
    }

    async fn get_attribute(
        &self,
        _req: &Request,
        auth: api::ApiKeyOrAccessTokenCookie,
        params: api::GetAttributeParams,
    ) -> poem::Result<api::GetAttributeResponse> {
        let caller = self
            .caller(&auth, params.x_kawa_workspace_id.as_deref())
            .await?;
        let all = directory::attributes(&self.state, &caller, None, None).await?;
        let found = by_id(all, &params.id, "attribute", |a| &a.id)?;
        Ok(api::GetAttributeResponse::Ok(Json(found)))
    }

    async fn list_teams(
        &self,
        _req: &Request,
        auth: api::ApiKeyOrAccessTokenCookie,
        params: api::ListTeamsParams,
    ) -> poem::Result<api::ListTeamsResponse> {
        let caller = self
            .caller(&auth, params.x_kawa_workspace_id.as_deref())
            .await?;
        let (name, tag) = (params.name.as_deref(), params.tag.as_deref());
        let found = directory::teams(&self.state, &caller, name, tag).await?;
        Ok(api::ListTeamsResponse::Ok(Json(found)))
    }

    async fn get_team(
        &self,
        _req: &Request,
        auth: api::ApiKeyOrAccessTokenCookie,
        params: api::GetTeamParams,
    ) -> poem::Result<api::GetTeamResponse> {
        let caller = self
            .caller(&auth, params.x_kawa_workspace_id.as_deref())
            .await?;
        let all = directory::teams(&self.state, &caller, None, None).await?;
        let found = by_id(all, &params.id, "team", |t| &t.id)?;
        Ok(api::GetTeamResponse::Ok(Json(found)))
    }

    async fn list_perimeters(
        &self,
        _req: &Request,
        auth: api::ApiKeyOrAccessTokenCookie,
        params: api::ListPerimetersParams,
    ) -> poem::Result<api::ListPerimetersResponse> {
        let caller = self
            .caller(&auth, params.x_kawa_workspace_id.as_deref())
            .await?;
        let (name, tag) = (params.name.as_deref(), params.tag.as_deref());
        let found = directory::perimeters(&self.state, &caller, name, tag).await?;
        Ok(api::ListPerimetersResponse::Ok(Json(found)))
    }

    async fn get_perimeter(
        &self,
        _req: &Request,
        auth: api::ApiKeyOrAccessTokenCookie,
        params: api::GetPerimeterParams,
    ) -> poem::Result<api::GetPerimeterResponse> {
        let caller = self
            .caller(&auth, params.x_kawa_workspace_id.as_deref())
            .await?;
        let all = directory::perimeters(&self.state, &caller, None, None).await?;
        let found = by_id(all, &params.id, "perimeter", |p| &p.id)?;
        Ok(api::GetPerimeterResponse::Ok(Json(found)))
    }
}
