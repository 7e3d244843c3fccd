//! `/records`, `/records/{id}` and what hangs off a record: its links to other records,
//! its collections and its exports.

use generated::kadi4mat::v1 as api;
use generated::support::Json;
use poem::Request;

use super::super::lifecycle;
use super::super::links::Base;
use super::super::records::{self, links};
use super::super::{collections, Kadi4Mat};
use crate::store::kadi4mat::records::Stored as Record;

#[async_trait::async_trait]
impl api::RecordsApi for Kadi4Mat {
    async fn get_records(
        &self,
        req: &Request,
        auth: api::PersonalAccessToken,
        params: api::GetRecordsParams,
    ) -> poem::Result<api::GetRecordsResponse> {
        let caller = self.caller(&auth, "get_records").await?;
        let page = records::search(&self.state, &caller, req, params).await?;
        Ok(api::GetRecordsResponse::Ok(Json(page)))
    }

    async fn new_record(
        &self,
        req: &Request,
        auth: api::PersonalAccessToken,
        body: api::RecordCreate,
    ) -> poem::Result<api::NewRecordResponse> {
        let caller = self.caller(&auth, "new_record").await?;
        let record = records::create(&self.state, &caller, &Base::of(req), body).await?;
        Ok(api::NewRecordResponse::Created(Json(record)))
    }

    async fn get_record_by_identifier(
        &self,
        req: &Request,
        auth: api::PersonalAccessToken,
        params: api::GetRecordByIdentifierParams,
    ) -> poem::Result<api::GetRecordByIdentifierResponse> {
        let caller = self.caller(&auth, "get_record_by_identifier").await?;
        let record = lifecycle::get_by_identifier::<Record>(
            &self.state,
            &caller,
            &Base::of(req),
            &params.identifier,
        )
        .await?;
        Ok(api::GetRecordByIdentifierResponse::Ok(Json(record)))
    }

    async fn get_record_link_by_id(
        &self,
        req: &Request,
        auth: api::PersonalAccessToken,
        params: api::GetRecordLinkByIdParams,
    ) -> poem::Result<api::GetRecordLinkByIdResponse> {
        let caller = self.caller(&auth, "get_record_link_by_id").await?;
        let link = links::get_by_id(&self.state, &caller, &Base::of(req), params.id).await?;
        Ok(api::GetRecordLinkByIdResponse::Ok(Json(link)))
    }

    async fn get_record(
        &self,
        req: &Request,
        auth: api::PersonalAccessToken,
        params: api::GetRecordParams,
    ) -> poem::Result<api::GetRecordResponse> {
        let caller = self.caller(&auth, "get_record").await?;
        let record =
            lifecycle::get::<Record>(&self.state, &caller, &Base::of(req), params.id).await?;
        Ok(api::GetRecordResponse::Ok(Json(record)))
    }

    async fn delete_record(
        &self,
        _req: &Request,
        auth: api::PersonalAccessToken,
        params: api::DeleteRecordParams,
    ) -> poem::Result<api::DeleteRecordResponse> {
        let caller = self.caller(&auth, "delete_record").await?;
        lifecycle::delete::<Record>(&self.state, &caller, params.id).await?;
        Ok(api::DeleteRecordResponse::NoContent)
    }

    async fn edit_record(
        &self,
        req: &Request,
        auth: api::PersonalAccessToken,
        params: api::EditRecordParams,
        body: api::RecordUpdate,
    ) -> poem::Result<api::EditRecordResponse> {
        let caller = self.caller(&auth, "edit_record").await?;
        let record = records::edit(&self.state, &caller, &Base::of(req), params.id, body).await?;
        Ok(api::EditRecordResponse::Ok(Json(record)))
    }

    async fn get_record_collections(
        &self,
        req: &Request,
        auth: api::PersonalAccessToken,
        params: api::GetRecordCollectionsParams,
    ) -> poem::Result<api::GetRecordCollectionsResponse> {
        let caller = self.caller(&auth, "get_record_collections").await?;
        let page = collections::contents::of_record(&self.state, &caller, req, params).await?;
        Ok(api::GetRecordCollectionsResponse::Ok(Json(page)))
    }

    async fn add_record_collection(
        &self,
        _req: &Request,
        auth: api::PersonalAccessToken,
        params: api::AddRecordCollectionParams,
        body: api::ResourceReference,
    ) -> poem::Result<api::AddRecordCollectionResponse> {
        let caller = self.caller(&auth, "add_record_collection").await?;
        collections::contents::add_record(&self.state, &caller, body.id, params.id).await?;
        Ok(api::AddRecordCollectionResponse::Created)
    }

    async fn remove_record_collection(
        &self,
        _req: &Request,
        auth: api::PersonalAccessToken,
        params: api::RemoveRecordCollectionParams,
    ) -> poem::Result<api::RemoveRecordCollectionResponse> {
        let caller = self.caller(&auth, "remove_record_collection").await?;
        collections::contents::remove_record(&self.state, &caller, params.collection_id, params.id)
            .await?;
        Ok(api::RemoveRecordCollectionResponse::NoContent)
    }

    async fn get_record_export(
        &self,
        req: &Request,
        auth: api::PersonalAccessToken,
        params: api::GetRecordExportParams,
    ) -> poem::Result<api::GetRecordExportResponse> {
        let caller = self.caller(&auth, "get_record_export").await?;
        let export = records::export(&self.state, &caller, &Base::of(req), &params).await?;
        // Sent as the attachment it is, in its own media type.
        Err(poem::Error::from_response(export.into_response()))
    }

    async fn get_extras_export(
        &self,
        _req: &Request,
        auth: api::PersonalAccessToken,
        params: api::GetExtrasExportParams,
    ) -> poem::Result<api::GetExtrasExportResponse> {
        let caller = self.caller(&auth, "get_extras_export").await?;
        let export = records::extras_export(&self.state, &caller, &params).await?;
        Err(poem::Error::from_response(export.into_response()))
    }

    async fn purge_record(
        &self,
        _req: &Request,
        auth: api::PersonalAccessToken,
        params: api::PurgeRecordParams,
    ) -> poem::Result<api::PurgeRecordResponse> {
        let caller = self.caller(&auth, "purge_record").await?;
        records::purge(&self.state, &caller, params.id).await?;
        Ok(api::PurgeRecordResponse::Accepted)
    }

    async fn get_record_links(
        &self,
        req: &Request,
        auth: api::PersonalAccessToken,
        params: api::GetRecordLinksParams,
    ) -> poem::Result<api::GetRecordLinksResponse> {
        let caller = self.caller(&auth, "get_record_links").await?;
        let page = links::list(&self.state, &caller, req, params).await?;
        Ok(api::GetRecordLinksResponse::Ok(Json(page)))
    }

    async fn new_record_link(
        &self,
        req: &Request,
        auth: api::PersonalAccessToken,
        params: api::NewRecordLinkParams,
        body: api::RecordLinkCreate,
    ) -> poem::Result<api::NewRecordLinkResponse> {
        let caller = self.caller(&auth, "new_record_link").await?;
        let link = links::create(&self.state, &caller, &Base::of(req), params.id, body).await?;
        Ok(api::NewRecordLinkResponse::Created(Json(link)))
    }

    async fn get_record_link(
        &self,
        req: &Request,
        auth: api::PersonalAccessToken,
        params: api::GetRecordLinkParams,
    ) -> poem::Result<api::GetRecordLinkResponse> {
        let caller = self.caller(&auth, "get_record_link").await?;
        let link = links::get(
            &self.state,
            &caller,
            &Base::of(req),
            params.id,
            params.link_id,
        )
        .await?;
        Ok(api::GetRecordLinkResponse::Ok(Json(link)))
    }

    async fn remove_record_link(
        &self,
        _req: &Request,
        auth: api::PersonalAccessToken,
        params: api::RemoveRecordLinkParams,
    ) -> poem::Result<api::RemoveRecordLinkResponse> {
        let caller = self.caller(&auth, "remove_record_link").await?;
        links::remove(&self.state, &caller, params.id, params.link_id).await?;
        Ok(api::RemoveRecordLinkResponse::NoContent)
    }

    async fn edit_record_link(
        &self,
        req: &Request,
        auth: api::PersonalAccessToken,
        params: api::EditRecordLinkParams,
        body: api::RecordLinkUpdate,
    ) -> poem::Result<api::EditRecordLinkResponse> {
        let caller = self.caller(&auth, "edit_record_link").await?;
        let link = links::edit(
            &self.state,
            &caller,
            &Base::of(req),
            params.id,
            params.link_id,
            body,
        )
        .await?;
        Ok(api::EditRecordLinkResponse::Ok(Json(link)))
    }

    async fn restore_record(
        &self,
        req: &Request,
        auth: api::PersonalAccessToken,
        params: api::RestoreRecordParams,
    ) -> poem::Result<api::RestoreRecordResponse> {
        let caller = self.caller(&auth, "restore_record").await?;
        let record =
            lifecycle::restore::<Record>(&self.state, &caller, &Base::of(req), params.id).await?;
        Ok(api::RestoreRecordResponse::Ok(Json(record)))
    }
}
