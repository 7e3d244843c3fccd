//! `/rest/v1/webhooks*` and `/rest/v1/messages*`.

use generated::etlworks::v1 as api;
use generated::support::Json;
use poem::Request;

use super::Etlworks;
use crate::surfaces::etlworks::{messages, webhooks};

#[async_trait::async_trait]
impl api::WebhooksMessagesApi for Etlworks {
    async fn list_webhooks(
        &self,
        _req: &Request,
        auth: api::BearerAuth,
        params: api::ListWebhooksParams,
    ) -> poem::Result<api::ListWebhooksResponse> {
        let caller = self.caller(&auth).await?;
        let (page, total) =
            webhooks::list(&self.state, &caller, params.offset, params.limit).await?;
        Ok(api::ListWebhooksResponse::Ok(Json(page), total))
    }

    async fn create_webhook(
        &self,
        _req: &Request,
        auth: api::BearerAuth,
        body: api::WebhookInput,
    ) -> poem::Result<api::CreateWebhookResponse> {
        let caller = self.caller(&auth).await?;
        let hook = webhooks::create(&self.state, &caller, body).await?;
        Ok(api::CreateWebhookResponse::Created(Json(hook)))
    }

    async fn get_webhook(
        &self,
        _req: &Request,
        auth: api::BearerAuth,
        params: api::GetWebhookParams,
    ) -> poem::Result<api::GetWebhookResponse> {
        let caller = self.caller(&auth).await?;
        let hook = webhooks::get(&self.state, &caller, params.webhook_id).await?;
        Ok(api::GetWebhookResponse::Ok(Json(hook)))
    }

    async fn update_webhook(
        &self,
        _req: &Request,
        auth: api::BearerAuth,
        params: api::UpdateWebhookParams,
        body: api::WebhookInput,
    ) -> poem::Result<api::UpdateWebhookResponse> {
        let caller = self.caller(&auth).await?;
        let hook = webhooks::update(&self.state, &caller, params.webhook_id, body).await?;
        Ok(api::UpdateWebhookResponse::Ok(Json(hook)))
    }

    async fn delete_webhook(
        &self,
        _req: &Request,
        auth: api::BearerAuth,
        params: api::DeleteWebhookParams,
    ) -> poem::Result<api::DeleteWebhookResponse> {
        let caller = self.caller(&auth).await?;
        webhooks::delete(&self.state, &caller, params.webhook_id).await?;
        Ok(api::DeleteWebhookResponse::NoContent)
    }

    async fn list_webhook_deliveries(
        &self,
        _req: &Request,
        auth: api::BearerAuth,
        params: api::ListWebhookDeliveriesParams,
    ) -> poem::Result<api::ListWebhookDeliveriesResponse> {
        let caller = self.caller(&auth).await?;
        let (page, total) = webhooks::attempts(&self.state, &caller, params).await?;
        Ok(api::ListWebhookDeliveriesResponse::Ok(Json(page), total))
    }

    async fn list_messages(
        &self,
        _req: &Request,
        auth: api::BearerAuth,
        params: api::ListMessagesParams,
    ) -> poem::Result<api::ListMessagesResponse> {
        let caller = self.caller(&auth).await?;
        let (page, total) = messages::list(&self.state, &caller, params).await?;
        Ok(api::ListMessagesResponse::Ok(Json(page), total))
    }

    async fn mark_message_read(
        &self,
        _req: &Request,
        auth: api::BearerAuth,
        params: api::MarkMessageReadParams,
    ) -> poem::Result<api::MarkMessageReadResponse> {
        let caller = self.caller(&auth).await?;
        let message = messages::mark_read(&self.state, &caller, params.message_id).await?;
        Ok(api::MarkMessageReadResponse::Ok(Json(message)))
    }

    async fn delete_message(
        &self,
        _req: &Request,
        auth: api::BearerAuth,
        params: api::DeleteMessageParams,
    ) -> poem::Result<api::DeleteMessageResponse> {
        let caller = self.caller(&auth).await?;
        messages::delete(&self.state, &caller, params.message_id).await?;
        Ok(api::DeleteMessageResponse::NoContent)
    }
}
