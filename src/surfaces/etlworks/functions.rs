//! `/rest/v1/functions`: the field functions a flow's mappings may name, read from the
//! runner's own list (`runs::mapping::FUNCTIONS`), so what is listed is what runs.
//! They are written in a mapping's `function` (Etlworks' JavaScript expression field),
//! hence listed as JavaScript; Understudy runs no Python nor SQL functions.

use generated::etlworks::v1 as api;

use super::fields;
use super::runs::mapping::{FunctionInfo, FUNCTIONS};

/// The language every function is listed under.
const LANGUAGE: api::TransformationFunctionLanguage =
    api::TransformationFunctionLanguage::Javascript;

/// A page of the functions matching the filters, by name, and how many match.
pub fn list(params: api::ListFunctionsParams) -> (Vec<api::TransformationFunction>, i64) {
    let (offset, limit) = fields::page(params.offset, params.limit);
    let q = params.q.unwrap_or_default().to_lowercase();
    let category = params.category.map(|c| c.to_lowercase());
    let javascript = params
        .language
        .is_none_or(|l| l == api::ListFunctionsLanguage::Javascript);
    let mut matching: Vec<&FunctionInfo> = FUNCTIONS
        .iter()
        .filter(|_| javascript)
        .filter(|f| f.name.contains(&q))
        .filter(|f| {
            category
                .as_ref()
                .is_none_or(|c| f.category.to_lowercase() == *c)
        })
        .collect();
    matching.sort_by_key(|f| f.name);
    let total = matching.len() as i64;
    let page = matching
        .into_iter()
        .skip(offset as usize)
        .take(limit as usize)
        .map(|f| api::TransformationFunction {
            name: f.name.into(),
            category: f.category.into(),
            language: LANGUAGE,
            signature: f.signature.into(),
            return_type: f.return_type.into(),
            description: f.description.into(),
        })
        .collect();
    (page, total)
}
