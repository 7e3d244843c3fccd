//! `GET /backoffice/dashboards`, `/backoffice/applications` and
//! `/backoffice/extended-applications` (listed, by id).

use generated::kawa::v1 as api;

use super::super::{applications, dashboards, Kawa};
use super::entities::entity_reads;

entity_reads!(DashboardsAndApplicationsApi {
    list: [
        list_dashboards(ListDashboardsParams) -> ListDashboardsResponse = dashboards::list,
        list_applications(ListApplicationsParams) -> ListApplicationsResponse = applications::list,
        list_extended_applications(ListExtendedApplicationsParams)
            -> ListExtendedApplicationsResponse = applications::list_extended,
    ]
    get: [
        get_dashboard(GetDashboardParams) -> GetDashboardResponse = dashboards::get,
        get_application(GetApplicationParams) -> GetApplicationResponse = applications::get,
        get_extended_application(GetExtendedApplicationParams)
            -> GetExtendedApplicationResponse = applications::get_extended,
    ]
});
