//! `/rest/v1/audit*` and `/rest/v1/recycle-bin*`.

use generated::etlworks::v1 as api;
use generated::support::Json;
use poem::Request;

use super::Etlworks;
use crate::surfaces::etlworks::{audit, recycle_bin};

#[async_trait::async_trait]
impl api::AuditRecycleBinApi for Etlworks {
    async fn list_audit_events(
        &self,
        _req: &Request,
        auth: api::BearerAuth,
        params: api::ListAuditEventsParams,
    ) -> poem::Result<api::ListAuditEventsResponse> {
        let caller = self.caller(&auth).await?;
        let (page, total) = audit::log::list(&self.state, &caller, params).await?;
        Ok(api::ListAuditEventsResponse::Ok(Json(page), total))
    }

    async fn get_audit_event(
        &self,
        _req: &Request,
        auth: api::BearerAuth,
        params: api::GetAuditEventParams,
    ) -> poem::Result<api::GetAuditEventResponse> {
        let caller = self.caller(&auth).await?;
        let event = audit::log::get(&self.state, &caller, params.audit_event_id).await?;
        Ok(api::GetAuditEventResponse::Ok(Json(event)))
    }

    async fn list_recycle_bin(
        &self,
        _req: &Request,
        auth: api::BearerAuth,
        params: api::ListRecycleBinParams,
    ) -> poem::Result<api::ListRecycleBinResponse> {
        let caller = self.caller(&auth).await?;
        let (page, total) = recycle_bin::list(&self.state, &caller, params).await?;
        Ok(api::ListRecycleBinResponse::Ok(Json(page), total))
    }

    async fn restore_recycle_bin_item(
        &self,
        _req: &Request,
        auth: api::BearerAuth,
        params: api::RestoreRecycleBinItemParams,
    ) -> poem::Result<api::RestoreRecycleBinItemResponse> {
        let caller = self.caller(&auth).await?;
        let restored = recycle_bin::restore(&self.state, &caller, params.item_id).await?;
        Ok(api::RestoreRecycleBinItemResponse::Ok(Json(restored)))
    }

    async fn purge_recycle_bin_item(
        &self,
        _req: &Request,
        auth: api::BearerAuth,
        params: api::PurgeRecycleBinItemParams,
    ) -> poem::Result<api::PurgeRecycleBinItemResponse> {
        let caller = self.caller(&auth).await?;
        recycle_bin::purge(&self.state, &caller, params.item_id).await?;
        Ok(api::PurgeRecycleBinItemResponse::NoContent)
    }
}
