//! `/templates`, `/templates/{id}`, their trash operations and exports.

use generated::kadi4mat::v1 as api;
use generated::support::Json;
use poem::Request;

use super::super::lifecycle;
use super::super::links::Base;
use super::super::templates;
use super::super::Kadi4Mat;
use crate::store::entities::kd_template::Model as Template;

#[async_trait::async_trait]
impl api::TemplatesApi for Kadi4Mat {
    async fn get_templates(
        &self,
        req: &Request,
        auth: api::PersonalAccessToken,
        params: api::GetTemplatesParams,
    ) -> poem::Result<api::GetTemplatesResponse> {
        let caller = self.caller(&auth, "get_templates").await?;
        let page = templates::search(&self.state, &caller, req, params).await?;
        Ok(api::GetTemplatesResponse::Ok(Json(page)))
    }

    async fn new_template(
        &self,
        req: &Request,
        auth: api::PersonalAccessToken,
        body: api::TemplateCreate,
    ) -> poem::Result<api::NewTemplateResponse> {
        let caller = self.caller(&auth, "new_template").await?;
        let template = templates::create(&self.state, &caller, &Base::of(req), body).await?;
        Ok(api::NewTemplateResponse::Created(Json(template)))
    }

    async fn get_template_by_identifier(
        &self,
        req: &Request,
        auth: api::PersonalAccessToken,
        params: api::GetTemplateByIdentifierParams,
    ) -> poem::Result<api::GetTemplateByIdentifierResponse> {
        let caller = self.caller(&auth, "get_template_by_identifier").await?;
        let base = Base::of(req);
        let template = lifecycle::get_by_identifier::<Template>(
            &self.state,
            &caller,
            &base,
            &params.identifier,
        )
        .await?;
        Ok(api::GetTemplateByIdentifierResponse::Ok(Json(template)))
    }

    async fn get_template(
        &self,
        req: &Request,
        auth: api::PersonalAccessToken,
        params: api::GetTemplateParams,
    ) -> poem::Result<api::GetTemplateResponse> {
        let caller = self.caller(&auth, "get_template").await?;
        let template =
            lifecycle::get::<Template>(&self.state, &caller, &Base::of(req), params.id).await?;
        Ok(api::GetTemplateResponse::Ok(Json(template)))
    }

    async fn delete_template(
        &self,
        _req: &Request,
        auth: api::PersonalAccessToken,
        params: api::DeleteTemplateParams,
    ) -> poem::Result<api::DeleteTemplateResponse> {
        let caller = self.caller(&auth, "delete_template").await?;
        lifecycle::delete::<Template>(&self.state, &caller, params.id).await?;
        Ok(api::DeleteTemplateResponse::NoContent)
    }

    async fn edit_template(
        &self,
        req: &Request,
        auth: api::PersonalAccessToken,
        params: api::EditTemplateParams,
        body: api::TemplateUpdate,
    ) -> poem::Result<api::EditTemplateResponse> {
        let caller = self.caller(&auth, "edit_template").await?;
        let base = Base::of(req);
        let template = templates::edit(&self.state, &caller, &base, params.id, body).await?;
        Ok(api::EditTemplateResponse::Ok(Json(template)))
    }

    async fn get_template_export(
        &self,
        req: &Request,
        auth: api::PersonalAccessToken,
        params: api::GetTemplateExportParams,
    ) -> poem::Result<api::GetTemplateExportResponse> {
        let caller = self.caller(&auth, "get_template_export").await?;
        let export = templates::export_as(&self.state, &caller, &Base::of(req), &params).await?;
        // Sent as the attachment it is, in its own media type.
        Err(poem::Error::from_response(export.into_response()))
    }

    async fn purge_template(
        &self,
        _req: &Request,
        auth: api::PersonalAccessToken,
        params: api::PurgeTemplateParams,
    ) -> poem::Result<api::PurgeTemplateResponse> {
        let caller = self.caller(&auth, "purge_template").await?;
        templates::purge(&self.state, &caller, params.id).await?;
        Ok(api::PurgeTemplateResponse::NoContent)
    }

    async fn restore_template(
        &self,
        req: &Request,
        auth: api::PersonalAccessToken,
        params: api::RestoreTemplateParams,
    ) -> poem::Result<api::RestoreTemplateResponse> {
        let caller = self.caller(&auth, "restore_template").await?;
        let template =
            lifecycle::restore::<Template>(&self.state, &caller, &Base::of(req), params.id).await?;
        Ok(api::RestoreTemplateResponse::Ok(Json(template)))
    }
}
