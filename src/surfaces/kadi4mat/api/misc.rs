//! `GET /`, `/info`, `/licenses`, `/tags`, `/trash`, `POST /oauth/userinfo`.

use generated::kadi4mat::v1 as api;
use generated::support::Json;
use poem::Request;

use super::super::links::Base;
use super::super::paging::Page;
use super::super::{misc, Kadi4Mat};

#[async_trait::async_trait]
impl api::MiscApi for Kadi4Mat {
    async fn index(
        &self,
        req: &Request,
        auth: api::PersonalAccessToken,
    ) -> poem::Result<api::IndexResponse> {
        self.caller(&auth, "index").await?;
        Ok(api::IndexResponse::Ok(Json(misc::index(&Base::of(req)))))
    }

    async fn get_info(
        &self,
        _req: &Request,
        auth: api::PersonalAccessToken,
    ) -> poem::Result<api::GetInfoResponse> {
        self.caller(&auth, "get_info").await?;
        Ok(api::GetInfoResponse::Ok(Json(misc::info())))
    }

    async fn get_licenses(
        &self,
        req: &Request,
        auth: api::PersonalAccessToken,
        params: api::GetLicensesParams,
    ) -> poem::Result<api::GetLicensesResponse> {
        self.caller(&auth, "get_licenses").await?;
        let page = Page::new(params.page, params.per_page);
        let licenses = misc::licenses(req, page, params.filter.as_deref());
        Ok(api::GetLicensesResponse::Ok(Json(licenses)))
    }

    async fn oauth_userinfo(
        &self,
        _req: &Request,
        auth: api::PersonalAccessToken,
    ) -> poem::Result<api::OauthUserinfoResponse> {
        let caller = self.caller(&auth, "oauth_userinfo").await?;
        Ok(api::OauthUserinfoResponse::Ok(Json(misc::userinfo(
            &caller,
        ))))
    }

    async fn get_tags(
        &self,
        req: &Request,
        auth: api::PersonalAccessToken,
        params: api::GetTagsParams,
    ) -> poem::Result<api::GetTagsResponse> {
        let caller = self.caller(&auth, "get_tags").await?;
        let page = Page::new(params.page, params.per_page);
        let (filter, kind) = (params.filter.as_deref(), params.type_.as_deref());
        let tags = misc::tags(&self.state, &caller, req, page, filter, kind).await?;
        Ok(api::GetTagsResponse::Ok(Json(tags)))
    }

    async fn get_trash(
        &self,
        req: &Request,
        auth: api::PersonalAccessToken,
        params: api::GetTrashParams,
    ) -> poem::Result<api::GetTrashResponse> {
        let caller = self.caller(&auth, "get_trash").await?;
        let page = Page::new(params.page, params.per_page);
        let trash = misc::trash(&self.state, &caller, req, page, params.filter.as_deref()).await?;
        Ok(api::GetTrashResponse::Ok(Json(trash)))
    }
}
