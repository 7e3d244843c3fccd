//! `/{records,collections,templates,groups}/{id}/revisions…` and
//! `/records/{id}/files/revisions…`: each handler names whose revisions it reads.

use generated::kadi4mat::v1 as api;
use generated::support::Json;
use poem::Request;

use super::super::links::Base;
use super::super::paging::Page;
use super::super::revisions::{self, Of};
use super::super::Kadi4Mat;
use crate::store::kadi4mat::access::Kind;

#[async_trait::async_trait]
impl api::RevisionsApi for Kadi4Mat {
    async fn get_collection_revisions(
        &self,
        req: &Request,
        auth: api::PersonalAccessToken,
        params: api::GetCollectionRevisionsParams,
    ) -> poem::Result<api::GetCollectionRevisionsResponse> {
        let caller = self.caller(&auth, "get_collection_revisions").await?;
        let page = Page::new(params.page, params.per_page);
        let list = revisions::list(
            &self.state,
            &caller,
            req,
            Of::Resource(Kind::Collection),
            params.id,
            page,
        )
        .await?;
        Ok(api::GetCollectionRevisionsResponse::Ok(Json(list)))
    }

    async fn get_collection_revision(
        &self,
        req: &Request,
        auth: api::PersonalAccessToken,
        params: api::GetCollectionRevisionParams,
    ) -> poem::Result<api::GetCollectionRevisionResponse> {
        let caller = self.caller(&auth, "get_collection_revision").await?;
        let (base, id, rev) = (Base::of(req), params.id, params.revision_id);
        let revision = revisions::get(
            &self.state,
            &caller,
            &base,
            Of::Resource(Kind::Collection),
            id,
            rev,
            params.revision,
        )
        .await?;
        Ok(api::GetCollectionRevisionResponse::Ok(Json(revision)))
    }

    async fn get_group_revisions(
        &self,
        req: &Request,
        auth: api::PersonalAccessToken,
        params: api::GetGroupRevisionsParams,
    ) -> poem::Result<api::GetGroupRevisionsResponse> {
        let caller = self.caller(&auth, "get_group_revisions").await?;
        let page = Page::new(params.page, params.per_page);
        let list = revisions::list(
            &self.state,
            &caller,
            req,
            Of::Resource(Kind::Group),
            params.id,
            page,
        )
        .await?;
        Ok(api::GetGroupRevisionsResponse::Ok(Json(list)))
    }

    async fn get_group_revision(
        &self,
        req: &Request,
        auth: api::PersonalAccessToken,
        params: api::GetGroupRevisionParams,
    ) -> poem::Result<api::GetGroupRevisionResponse> {
        let caller = self.caller(&auth, "get_group_revision").await?;
        let (base, id, rev) = (Base::of(req), params.id, params.revision_id);
        let revision = revisions::get(
            &self.state,
            &caller,
            &base,
            Of::Resource(Kind::Group),
            id,
            rev,
            params.revision,
        )
        .await?;
        Ok(api::GetGroupRevisionResponse::Ok(Json(revision)))
    }

    async fn get_record_revisions(
        &self,
        req: &Request,
        auth: api::PersonalAccessToken,
        params: api::GetRecordRevisionsParams,
    ) -> poem::Result<api::GetRecordRevisionsResponse> {
        let caller = self.caller(&auth, "get_record_revisions").await?;
        let page = Page::new(params.page, params.per_page);
        let list = revisions::list(
            &self.state,
            &caller,
            req,
            Of::Resource(Kind::Record),
            params.id,
            page,
        )
        .await?;
        Ok(api::GetRecordRevisionsResponse::Ok(Json(list)))
    }

    async fn get_record_revision(
        &self,
        req: &Request,
        auth: api::PersonalAccessToken,
        params: api::GetRecordRevisionParams,
    ) -> poem::Result<api::GetRecordRevisionResponse> {
        let caller = self.caller(&auth, "get_record_revision").await?;
        let (base, id, rev) = (Base::of(req), params.id, params.revision_id);
        let revision = revisions::get(
            &self.state,
            &caller,
            &base,
            Of::Resource(Kind::Record),
            id,
            rev,
            params.revision,
        )
        .await?;
        Ok(api::GetRecordRevisionResponse::Ok(Json(revision)))
    }

    async fn get_template_revisions(
        &self,
        req: &Request,
        auth: api::PersonalAccessToken,
        params: api::GetTemplateRevisionsParams,
    ) -> poem::Result<api::GetTemplateRevisionsResponse> {
        let caller = self.caller(&auth, "get_template_revisions").await?;
        let page = Page::new(params.page, params.per_page);
        let list = revisions::list(
            &self.state,
            &caller,
            req,
            Of::Resource(Kind::Template),
            params.id,
            page,
        )
        .await?;
        Ok(api::GetTemplateRevisionsResponse::Ok(Json(list)))
    }

    async fn get_template_revision(
        &self,
        req: &Request,
        auth: api::PersonalAccessToken,
        params: api::GetTemplateRevisionParams,
    ) -> poem::Result<api::GetTemplateRevisionResponse> {
        let caller = self.caller(&auth, "get_template_revision").await?;
        let (base, id, rev) = (Base::of(req), params.id, params.revision_id);
        let revision = revisions::get(
            &self.state,
            &caller,
            &base,
            Of::Resource(Kind::Template),
            id,
            rev,
            params.revision,
        )
        .await?;
        Ok(api::GetTemplateRevisionResponse::Ok(Json(revision)))
    }

    async fn get_file_revisions(
        &self,
        req: &Request,
        auth: api::PersonalAccessToken,
        params: api::GetFileRevisionsParams,
    ) -> poem::Result<api::GetFileRevisionsResponse> {
        let caller = self.caller(&auth, "get_file_revisions").await?;
        let page = Page::new(params.page, params.per_page);
        let list =
            revisions::list(&self.state, &caller, req, Of::RecordFiles, params.id, page).await?;
        Ok(api::GetFileRevisionsResponse::Ok(Json(list)))
    }

    async fn get_file_revision(
        &self,
        req: &Request,
        auth: api::PersonalAccessToken,
        params: api::GetFileRevisionParams,
    ) -> poem::Result<api::GetFileRevisionResponse> {
        let caller = self.caller(&auth, "get_file_revision").await?;
        let (base, id, rev) = (Base::of(req), params.id, params.revision_id);
        let revision = revisions::get(
            &self.state,
            &caller,
            &base,
            Of::RecordFiles,
            id,
            rev,
            params.revision,
        )
        .await?;
        Ok(api::GetFileRevisionResponse::Ok(Json(revision)))
    }
}
