//! `/rest/v1/templates*`, `/rest/v1/macros*` and `/rest/v1/functions`.

use generated::etlworks::v1 as api;
use generated::support::Json;
use poem::Request;

use super::Etlworks;
use crate::surfaces::etlworks::{functions, macros, templates};

#[async_trait::async_trait]
impl api::TemplatesMacrosApi for Etlworks {
    async fn list_templates(
        &self,
        _req: &Request,
        auth: api::BearerAuth,
        params: api::ListTemplatesParams,
    ) -> poem::Result<api::ListTemplatesResponse> {
        self.caller(&auth).await?;
        let (page, total) = templates::list(params);
        Ok(api::ListTemplatesResponse::Ok(Json(page), total))
    }

    async fn get_template(
        &self,
        _req: &Request,
        auth: api::BearerAuth,
        params: api::GetTemplateParams,
    ) -> poem::Result<api::GetTemplateResponse> {
        self.caller(&auth).await?;
        let template = templates::get(params.template_id)?;
        Ok(api::GetTemplateResponse::Ok(Json(template)))
    }

    async fn deploy_template(
        &self,
        _req: &Request,
        auth: api::BearerAuth,
        params: api::DeployTemplateParams,
        body: api::TemplateDeployRequest,
    ) -> poem::Result<api::DeployTemplateResponse> {
        let caller = self.caller(&auth).await?;
        let id = params.template_id;
        let deployed = templates::deploy(&self.state, &caller, id, body).await?;
        Ok(api::DeployTemplateResponse::Created(Json(deployed)))
    }

    async fn list_macros(
        &self,
        _req: &Request,
        auth: api::BearerAuth,
        params: api::ListMacrosParams,
    ) -> poem::Result<api::ListMacrosResponse> {
        let caller = self.caller(&auth).await?;
        let (page, total) = macros::list(&self.state, &caller, params).await?;
        Ok(api::ListMacrosResponse::Ok(Json(page), total))
    }

    async fn create_macro(
        &self,
        _req: &Request,
        auth: api::BearerAuth,
        body: api::MacroInput,
    ) -> poem::Result<api::CreateMacroResponse> {
        let caller = self.caller(&auth).await?;
        let created = macros::create(&self.state, &caller, body).await?;
        Ok(api::CreateMacroResponse::Created(Json(created)))
    }

    async fn get_macro(
        &self,
        _req: &Request,
        auth: api::BearerAuth,
        params: api::GetMacroParams,
    ) -> poem::Result<api::GetMacroResponse> {
        let caller = self.caller(&auth).await?;
        let found = macros::get(&self.state, &caller, params.macro_id).await?;
        Ok(api::GetMacroResponse::Ok(Json(found)))
    }

    async fn update_macro(
        &self,
        _req: &Request,
        auth: api::BearerAuth,
        params: api::UpdateMacroParams,
        body: api::MacroInput,
    ) -> poem::Result<api::UpdateMacroResponse> {
        let caller = self.caller(&auth).await?;
        let saved = macros::update(&self.state, &caller, params.macro_id, body).await?;
        Ok(api::UpdateMacroResponse::Ok(Json(saved)))
    }

    async fn delete_macro(
        &self,
        _req: &Request,
        auth: api::BearerAuth,
        params: api::DeleteMacroParams,
    ) -> poem::Result<api::DeleteMacroResponse> {
        let caller = self.caller(&auth).await?;
        macros::delete(&self.state, &caller, params.macro_id).await?;
        Ok(api::DeleteMacroResponse::NoContent)
    }

    async fn list_functions(
        &self,
        _req: &Request,
        auth: api::BearerAuth,
        params: api::ListFunctionsParams,
    ) -> poem::Result<api::ListFunctionsResponse> {
        self.caller(&auth).await?;
        let (page, total) = functions::list(params);
        Ok(api::ListFunctionsResponse::Ok(Json(page), total))
    }
}
