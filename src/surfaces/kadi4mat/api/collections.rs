//! `/collections`, `/collections/{id}`, the records a collection holds, its children
//! and its exports.

use generated::kadi4mat::v1 as api;
use generated::support::Json;
use poem::Request;

use super::super::collections;
use super::super::lifecycle;
use super::super::links::Base;
use super::super::Kadi4Mat;
use crate::store::kadi4mat::collections::Stored as Collection;

#[async_trait::async_trait]
impl api::CollectionsApi for Kadi4Mat {
    async fn get_collections(
        &self,
        req: &Request,
        auth: api::PersonalAccessToken,
        params: api::GetCollectionsParams,
    ) -> poem::Result<api::GetCollectionsResponse> {
        let caller = self.caller(&auth, "get_collections").await?;
        let page = collections::search(&self.state, &caller, req, params).await?;
        Ok(api::GetCollectionsResponse::Ok(Json(page)))
    }

    async fn new_collection(
        &self,
        req: &Request,
        auth: api::PersonalAccessToken,
        body: api::CollectionCreate,
    ) -> poem::Result<api::NewCollectionResponse> {
        let caller = self.caller(&auth, "new_collection").await?;
        let collection = collections::create(&self.state, &caller, &Base::of(req), body).await?;
        Ok(api::NewCollectionResponse::Created(Json(collection)))
    }

    async fn get_collection_by_identifier(
        &self,
        req: &Request,
        auth: api::PersonalAccessToken,
        params: api::GetCollectionByIdentifierParams,
    ) -> poem::Result<api::GetCollectionByIdentifierResponse> {
        let caller = self.caller(&auth, "get_collection_by_identifier").await?;
        let collection = lifecycle::get_by_identifier::<Collection>(
            &self.state,
            &caller,
            &Base::of(req),
            &params.identifier,
        )
        .await?;
        Ok(api::GetCollectionByIdentifierResponse::Ok(Json(collection)))
    }

    async fn get_collection(
        &self,
        req: &Request,
        auth: api::PersonalAccessToken,
        params: api::GetCollectionParams,
    ) -> poem::Result<api::GetCollectionResponse> {
        let caller = self.caller(&auth, "get_collection").await?;
        let collection =
            lifecycle::get::<Collection>(&self.state, &caller, &Base::of(req), params.id).await?;
        Ok(api::GetCollectionResponse::Ok(Json(collection)))
    }

    async fn delete_collection(
        &self,
        _req: &Request,
        auth: api::PersonalAccessToken,
        params: api::DeleteCollectionParams,
    ) -> poem::Result<api::DeleteCollectionResponse> {
        let caller = self.caller(&auth, "delete_collection").await?;
        lifecycle::delete::<Collection>(&self.state, &caller, params.id).await?;
        Ok(api::DeleteCollectionResponse::NoContent)
    }

    async fn edit_collection(
        &self,
        req: &Request,
        auth: api::PersonalAccessToken,
        params: api::EditCollectionParams,
        body: api::CollectionUpdate,
    ) -> poem::Result<api::EditCollectionResponse> {
        let caller = self.caller(&auth, "edit_collection").await?;
        let collection =
            collections::edit(&self.state, &caller, &Base::of(req), params.id, body).await?;
        Ok(api::EditCollectionResponse::Ok(Json(collection)))
    }

    async fn get_child_collections(
        &self,
        req: &Request,
        auth: api::PersonalAccessToken,
        params: api::GetChildCollectionsParams,
    ) -> poem::Result<api::GetChildCollectionsResponse> {
        let caller = self.caller(&auth, "get_child_collections").await?;
        let page = collections::contents::children(&self.state, &caller, req, params).await?;
        Ok(api::GetChildCollectionsResponse::Ok(Json(page)))
    }

    async fn add_child_collection(
        &self,
        _req: &Request,
        auth: api::PersonalAccessToken,
        params: api::AddChildCollectionParams,
        body: api::ResourceReference,
    ) -> poem::Result<api::AddChildCollectionResponse> {
        let caller = self.caller(&auth, "add_child_collection").await?;
        collections::contents::add_child(&self.state, &caller, params.id, body.id).await?;
        Ok(api::AddChildCollectionResponse::Created)
    }

    async fn remove_child_collection(
        &self,
        _req: &Request,
        auth: api::PersonalAccessToken,
        params: api::RemoveChildCollectionParams,
    ) -> poem::Result<api::RemoveChildCollectionResponse> {
        let caller = self.caller(&auth, "remove_child_collection").await?;
        collections::contents::remove_child(&self.state, &caller, params.id, params.child_id)
            .await?;
        Ok(api::RemoveChildCollectionResponse::NoContent)
    }

    async fn get_collection_export(
        &self,
        req: &Request,
        auth: api::PersonalAccessToken,
        params: api::GetCollectionExportParams,
    ) -> poem::Result<api::GetCollectionExportResponse> {
        let caller = self.caller(&auth, "get_collection_export").await?;
        let export = collections::export(&self.state, &caller, &Base::of(req), &params).await?;
        // Sent as the attachment it is, in its own media type.
        Err(poem::Error::from_response(export.into_response()))
    }

    async fn purge_collection(
        &self,
        _req: &Request,
        auth: api::PersonalAccessToken,
        params: api::PurgeCollectionParams,
    ) -> poem::Result<api::PurgeCollectionResponse> {
        let caller = self.caller(&auth, "purge_collection").await?;
        collections::purge(&self.state, &caller, params.id).await?;
        Ok(api::PurgeCollectionResponse::NoContent)
    }

    async fn get_collection_records(
        &self,
        req: &Request,
        auth: api::PersonalAccessToken,
        params: api::GetCollectionRecordsParams,
    ) -> poem::Result<api::GetCollectionRecordsResponse> {
        let caller = self.caller(&auth, "get_collection_records").await?;
        let page = collections::contents::records(&self.state, &caller, req, params).await?;
        Ok(api::GetCollectionRecordsResponse::Ok(Json(page)))
    }

    async fn add_collection_record(
        &self,
        _req: &Request,
        auth: api::PersonalAccessToken,
        params: api::AddCollectionRecordParams,
        body: api::ResourceReference,
    ) -> poem::Result<api::AddCollectionRecordResponse> {
        let caller = self.caller(&auth, "add_collection_record").await?;
        collections::contents::add_record(&self.state, &caller, params.id, body.id).await?;
        Ok(api::AddCollectionRecordResponse::Created)
    }

    async fn remove_collection_record(
        &self,
        _req: &Request,
        auth: api::PersonalAccessToken,
        params: api::RemoveCollectionRecordParams,
    ) -> poem::Result<api::RemoveCollectionRecordResponse> {
        let caller = self.caller(&auth, "remove_collection_record").await?;
        collections::contents::remove_record(&self.state, &caller, params.id, params.record_id)
            .await?;
        Ok(api::RemoveCollectionRecordResponse::NoContent)
    }

    async fn restore_collection(
        &self,
        req: &Request,
        auth: api::PersonalAccessToken,
        params: api::RestoreCollectionParams,
    ) -> poem::Result<api::RestoreCollectionResponse> {
        let caller = self.caller(&auth, "restore_collection").await?;
        let collection =
            lifecycle::restore::<Collection>(&self.state, &caller, &Base::of(req), params.id)
                .await?;
        Ok(api::RestoreCollectionResponse::Ok(Json(collection)))
    }
}
