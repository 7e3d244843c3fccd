//! `GET /backoffice/datasources` (listed, by id, `/schema`,
//! `/health-report/v2/{id}`) and `/backoffice/data-providers` (listed, by id).

use generated::kawa::v1 as api;

use super::super::{datasources, providers, Kawa};
use super::entities::entity_reads;

entity_reads!(DatasourcesApi {
    list: [
        list_datasources(ListDatasourcesParams) -> ListDatasourcesResponse = datasources::list,
        list_data_providers(ListDataProvidersParams) -> ListDataProvidersResponse = providers::list,
    ]
    get: [
        get_datasource(GetDatasourceParams) -> GetDatasourceResponse = datasources::get,
        get_datasource_schema(GetDatasourceSchemaParams) -> GetDatasourceSchemaResponse =
            datasources::schema,
        get_datasource_health_report(GetDatasourceHealthReportParams) ->
            GetDatasourceHealthReportResponse = datasources::health,
        get_data_provider(GetDataProviderParams) -> GetDataProviderResponse = providers::get,
    ]
});
