//! `/rest/v1/schedules*`: schedules, their history, and running one now.

use generated::etlworks::v1 as api;
use generated::support::Json;
use poem::Request;

use super::Etlworks;
use crate::surfaces::etlworks::schedules::{self, bulk, fire};

#[async_trait::async_trait]
impl api::SchedulesApi for Etlworks {
    async fn list_schedules(
        &self,
        _req: &Request,
        auth: api::BearerAuth,
        params: api::ListSchedulesParams,
    ) -> poem::Result<api::ListSchedulesResponse> {
        let caller = self.caller(&auth).await?;
        let (page, total) = schedules::list(&self.state, &caller, params).await?;
        Ok(api::ListSchedulesResponse::Ok(Json(page), total))
    }

    async fn create_schedule(
        &self,
        _req: &Request,
        auth: api::BearerAuth,
        body: api::FlowScheduleInput,
    ) -> poem::Result<api::CreateScheduleResponse> {
        let caller = self.caller(&auth).await?;
        let schedule = schedules::create(&self.state, &caller, body).await?;
        Ok(api::CreateScheduleResponse::Created(Json(schedule)))
    }

    async fn bulk_update_schedules(
        &self,
        _req: &Request,
        auth: api::BearerAuth,
        body: api::ScheduleBulkRequest,
    ) -> poem::Result<api::BulkUpdateSchedulesResponse> {
        let caller = self.caller(&auth).await?;
        let result = bulk::apply(&self.state, &caller, body).await?;
        Ok(api::BulkUpdateSchedulesResponse::Ok(Json(result)))
    }

    async fn list_schedule_types(
        &self,
        _req: &Request,
        auth: api::BearerAuth,
    ) -> poem::Result<api::ListScheduleTypesResponse> {
        self.caller(&auth).await?;
        Ok(api::ListScheduleTypesResponse::Ok(Json(schedules::types())))
    }

    async fn get_schedule(
        &self,
        _req: &Request,
        auth: api::BearerAuth,
        params: api::GetScheduleParams,
    ) -> poem::Result<api::GetScheduleResponse> {
        let caller = self.caller(&auth).await?;
        let schedule = schedules::get(&self.state, &caller, params.schedule_id).await?;
        Ok(api::GetScheduleResponse::Ok(Json(schedule)))
    }

    async fn update_schedule(
        &self,
        _req: &Request,
        auth: api::BearerAuth,
        params: api::UpdateScheduleParams,
        body: api::FlowScheduleInput,
    ) -> poem::Result<api::UpdateScheduleResponse> {
        let caller = self.caller(&auth).await?;
        let id = params.schedule_id;
        let schedule = schedules::update(&self.state, &caller, id, body).await?;
        Ok(api::UpdateScheduleResponse::Ok(Json(schedule)))
    }

    async fn delete_schedule(
        &self,
        _req: &Request,
        auth: api::BearerAuth,
        params: api::DeleteScheduleParams,
    ) -> poem::Result<api::DeleteScheduleResponse> {
        let caller = self.caller(&auth).await?;
        schedules::delete(&self.state, &caller, params.schedule_id).await?;
        Ok(api::DeleteScheduleResponse::NoContent)
    }

    async fn disable_schedule(
        &self,
        _req: &Request,
        auth: api::BearerAuth,
        params: api::DisableScheduleParams,
    ) -> poem::Result<api::DisableScheduleResponse> {
        let caller = self.caller(&auth).await?;
        let id = params.schedule_id;
        let schedule = schedules::set_enabled(&self.state, &caller, id, false).await?;
        Ok(api::DisableScheduleResponse::Ok(Json(schedule)))
    }

    async fn enable_schedule(
        &self,
        _req: &Request,
        auth: api::BearerAuth,
        params: api::EnableScheduleParams,
    ) -> poem::Result<api::EnableScheduleResponse> {
        let caller = self.caller(&auth).await?;
        let id = params.schedule_id;
        let schedule = schedules::set_enabled(&self.state, &caller, id, true).await?;
        Ok(api::EnableScheduleResponse::Ok(Json(schedule)))
    }

    async fn list_schedule_history(
        &self,
        _req: &Request,
        auth: api::BearerAuth,
        params: api::ListScheduleHistoryParams,
    ) -> poem::Result<api::ListScheduleHistoryResponse> {
        let caller = self.caller(&auth).await?;
        let (id, offset, limit) = (params.schedule_id, params.offset, params.limit);
        let (page, total) = fire::history(&self.state, &caller, id, offset, limit).await?;
        Ok(api::ListScheduleHistoryResponse::Ok(Json(page), total))
    }

    async fn run_scheduled_flow(
        &self,
        _req: &Request,
        auth: api::BearerAuth,
        params: api::RunScheduledFlowParams,
    ) -> poem::Result<api::RunScheduledFlowResponse> {
        let caller = self.caller(&auth).await?;
        let (id, flow) = (params.schedule_id, params.flow_id);
        let answer = fire::run_now(&self.state, &caller, id, flow).await?;
        Ok(api::RunScheduledFlowResponse::Ok(Json(answer)))
    }
}
