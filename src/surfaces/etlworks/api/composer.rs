//! `/rest/v1/composer/flows*`: Composer drafts and their conversation.

use generated::etlworks::v1 as api;
use generated::support::Json;
use poem::Request;

use super::Etlworks;
use crate::surfaces::etlworks::composer;

#[async_trait::async_trait]
impl api::ComposerApi for Etlworks {
    async fn list_recent_composer_drafts(
        &self,
        _req: &Request,
        auth: api::BearerAuth,
        params: api::ListRecentComposerDraftsParams,
    ) -> poem::Result<api::ListRecentComposerDraftsResponse> {
        let caller = self.caller(&auth).await?;
        let (page, total) =
            composer::recent(&self.state, &caller, params.offset, params.limit).await?;
        Ok(api::ListRecentComposerDraftsResponse::Ok(Json(page), total))
    }

    async fn create_composer_draft(
        &self,
        _req: &Request,
        auth: api::BearerAuth,
        body: api::ComposerDraftInput,
    ) -> poem::Result<api::CreateComposerDraftResponse> {
        let caller = self.caller(&auth).await?;
        let draft = composer::create(&self.state, &caller, body).await?;
        Ok(api::CreateComposerDraftResponse::Created(Json(draft)))
    }

    async fn get_composer_draft(
        &self,
        _req: &Request,
        auth: api::BearerAuth,
        params: api::GetComposerDraftParams,
    ) -> poem::Result<api::GetComposerDraftResponse> {
        let caller = self.caller(&auth).await?;
        let draft = composer::get(&self.state, &caller, params.draft_id).await?;
        Ok(api::GetComposerDraftResponse::Ok(Json(draft)))
    }

    async fn delete_composer_draft(
        &self,
        _req: &Request,
        auth: api::BearerAuth,
        params: api::DeleteComposerDraftParams,
    ) -> poem::Result<api::DeleteComposerDraftResponse> {
        let caller = self.caller(&auth).await?;
        composer::delete(&self.state, &caller, params.draft_id).await?;
        Ok(api::DeleteComposerDraftResponse::NoContent)
    }

    async fn get_composer_conversation(
        &self,
        _req: &Request,
        auth: api::BearerAuth,
        params: api::GetComposerConversationParams,
    ) -> poem::Result<api::GetComposerConversationResponse> {
        let caller = self.caller(&auth).await?;
        let talk = composer::conversation(&self.state, &caller, params.draft_id).await?;
        Ok(api::GetComposerConversationResponse::Ok(Json(talk)))
    }

    async fn append_composer_message(
        &self,
        _req: &Request,
        auth: api::BearerAuth,
        params: api::AppendComposerMessageParams,
        body: api::ComposerMessageInput,
    ) -> poem::Result<api::AppendComposerMessageResponse> {
        let caller = self.caller(&auth).await?;
        let talk = composer::append(&self.state, &caller, params.draft_id, body).await?;
        Ok(api::AppendComposerMessageResponse::Ok(Json(talk)))
    }

    async fn promote_composer_draft(
        &self,
        _req: &Request,
        auth: api::BearerAuth,
        params: api::PromoteComposerDraftParams,
    ) -> poem::Result<api::PromoteComposerDraftResponse> {
        let caller = self.caller(&auth).await?;
        let flow = composer::promote(&self.state, &caller, params.draft_id).await?;
        Ok(api::PromoteComposerDraftResponse::Created(Json(flow)))
    }
}
