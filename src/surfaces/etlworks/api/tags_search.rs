//! `/rest/v1/tags*` and `/rest/v1/search`.

use generated::etlworks::v1 as api;
use generated::support::Json;
use poem::Request;

use super::Etlworks;
use crate::surfaces::etlworks::{search, tags};

#[async_trait::async_trait]
impl api::TagsSearchApi for Etlworks {
    async fn list_tags(
        &self,
        _req: &Request,
        auth: api::BearerAuth,
        params: api::ListTagsParams,
    ) -> poem::Result<api::ListTagsResponse> {
        let caller = self.caller(&auth).await?;
        let (page, total) = tags::list(&self.state, &caller, params).await?;
        Ok(api::ListTagsResponse::Ok(Json(page), total))
    }

    async fn get_resource_tags(
        &self,
        _req: &Request,
        auth: api::BearerAuth,
        params: api::GetResourceTagsParams,
    ) -> poem::Result<api::GetResourceTagsResponse> {
        let caller = self.caller(&auth).await?;
        let (kind, id) = (params.resource_type, params.resource_id);
        let found = tags::get(&self.state, &caller, kind, id).await?;
        Ok(api::GetResourceTagsResponse::Ok(Json(found)))
    }

    async fn replace_resource_tags(
        &self,
        _req: &Request,
        auth: api::BearerAuth,
        params: api::ReplaceResourceTagsParams,
        body: api::TagList,
    ) -> poem::Result<api::ReplaceResourceTagsResponse> {
        let caller = self.caller(&auth).await?;
        let (kind, id) = (params.resource_type, params.resource_id);
        let saved = tags::replace(&self.state, &caller, kind, id, body).await?;
        Ok(api::ReplaceResourceTagsResponse::Ok(Json(saved)))
    }

    async fn search(
        &self,
        _req: &Request,
        auth: api::BearerAuth,
        params: api::SearchParams,
    ) -> poem::Result<api::SearchResponse> {
        let caller = self.caller(&auth).await?;
        let (page, total) = search::search(&self.state, &caller, params).await?;
        Ok(api::SearchResponse::Ok(Json(page), total))
    }
}
