//! `GET /backoffice/sheets` (listed, by id, `/schema`) and `/backoffice/layouts`
//! (listed, by id).

use generated::kawa::v1 as api;

use super::super::{sheets, Kawa};
use super::entities::entity_reads;

entity_reads!(SheetsApi {
    list: [
        list_sheets(ListSheetsParams) -> ListSheetsResponse = sheets::list,
        list_layouts(ListLayoutsParams) -> ListLayoutsResponse = sheets::list_layouts,
    ]
    get: [
        get_sheet(GetSheetParams) -> GetSheetResponse = sheets::get,
        get_sheet_schema(GetSheetSchemaParams) -> GetSheetSchemaResponse = sheets::schema,
        get_layout(GetLayoutParams) -> GetLayoutResponse = sheets::get_layout,
    ]
});
