//! `/rest/v1/search`: the caller's tenant's live flows, connections, formats, listeners,
//! schedules, webhooks and macros whose name, description or tags contain the words
//! asked for, best match first. A hit's score is the share of the words it matches,
//! each weighted by where (name 1, a tag named so 0.9, within a tag 0.7, description
//! 0.5); a name equal to the whole query scores 1. `metadata` hits (tables inside a
//! connection's database) are not searched: Understudy keeps no metadata index, and
//! opening every database of a tenant per search is not a stand-in's job, so asking for
//! them alone answers no hits (README, Etlworks known gaps).

use std::cmp::Ordering;

use generated::etlworks::v1 as api;
use generated::support::WireEnum;

use super::error::EtlworksError;
use super::fields;
use crate::authz::etlworks::Caller;
use crate::state::AppState;
use crate::store::etlworks::bin::{self, Kind};
use crate::store::etlworks::search::{self, Named};
use crate::store::etlworks::tags;

/// The most words of a query that count.
const MAX_WORDS: usize = 20;

/// The kinds searched, in the order equal scores list them.
const SEARCHED: [api::SearchTypeItem; 7] = [
    api::SearchTypeItem::Flow,
    api::SearchTypeItem::Connection,
    api::SearchTypeItem::Format,
    api::SearchTypeItem::Listener,
    api::SearchTypeItem::Schedule,
    api::SearchTypeItem::Webhook,
    api::SearchTypeItem::Macro,
];

/// A page of the hits for `params.q`, best first, and how many there are.
pub async fn search(
    state: &AppState,
    caller: &Caller,
    params: api::SearchParams,
) -> Result<(Vec<api::SearchResult>, i64), EtlworksError> {
    let (offset, limit) = fields::page(params.offset, params.limit);
    let query = params.q.trim().to_lowercase();
    let mut words: Vec<String> = Vec::new();
    for word in query.split_whitespace().take(MAX_WORDS) {
        if !words.iter().any(|w| w == word) {
            words.push(word.to_string());
        }
    }
    let wanted = params.type_.unwrap_or_default();
    let mut hits = Vec::new();
    for (order, item) in SEARCHED.iter().enumerate() {
        if !wanted.is_empty() && !wanted.contains(item) {
            continue;
        }
        let kind = bin::kind(item.wire()).ok_or(EtlworksError::Internal)?;
        for hit in kind_hits(state, caller, kind, &query, &words).await? {
            hits.push((order, hit));
        }
    }
    hits.sort_by(|(a_order, a), (b_order, b)| {
        b.score
            .partial_cmp(&a.score)
            .unwrap_or(Ordering::Equal)
            .then_with(|| a.name.to_lowercase().cmp(&b.name.to_lowercase()))
            .then(a_order.cmp(b_order))
            .then(a.id.cmp(&b.id))
    });
    let total = hits.len() as i64;
    let page = hits
        .into_iter()
        .skip(offset as usize)
        .take(limit as usize)
        .map(|(_, hit)| hit)
        .collect();
    Ok((page, total))
}

async fn kind_hits(
    state: &AppState,
    caller: &Caller,
    kind: &Kind,
    query: &str,
    words: &[String],
) -> Result<Vec<api::SearchResult>, EtlworksError> {
    let found = search::containing_any(&state.db, kind, caller.tenant_id(), words).await?;
    let ids: Vec<i32> = found.iter().map(|r| r.id).collect();
    let mut tagged = tags::of(&state.db, kind.resource_type, &ids).await?;
    let resource_type = api::SearchResultResourceType::from_wire(kind.resource_type)
        .ok_or(EtlworksError::Internal)?;
    Ok(found
        .into_iter()
        .filter_map(|row| {
            let names = tagged.remove(&row.id).unwrap_or_default();
            let score = score(&row, &names, query, words);
            (score > 0.0).then(|| api::SearchResult {
                resource_type,
                id: i64::from(row.id),
                name: row.name,
                description: row.description,
                tags: names,
                score,
            })
        })
        .collect())
}

/// How well `row` with `names` for tags matches: 0 (not at all) to 1.
fn score(row: &Named, names: &[String], query: &str, words: &[String]) -> f64 {
    let name = row.name.to_lowercase();
    if name == query {
        return 1.0;
    }
    let description = row
        .description
        .as_deref()
        .unwrap_or_default()
        .to_lowercase();
    let names: Vec<String> = names.iter().map(|n| n.to_lowercase()).collect();
    let matched: f64 = words
        .iter()
        .map(|w| {
            if name.contains(w.as_str()) {
                1.0
            } else if names.iter().any(|n| n == w) {
                0.9
            } else if names.iter().any(|n| n.contains(w.as_str())) {
                0.7
            } else if description.contains(w.as_str()) {
                0.5
            } else {
                0.0
            }
        })
        .sum();
    if words.is_empty() {
        0.0
    } else {
        // Rounded so that equal matches compare equal whatever the float arithmetic.
        (matched / words.len() as f64 * 1000.0).round() / 1000.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn row(name: &str, description: Option<&str>) -> Named {
        Named {
            id: 1,
            name: name.into(),
            description: description.map(str::to_string),
        }
    }

    #[test]
    fn names_weigh_more_than_tags_and_tags_more_than_descriptions() {
        let words = |q: &str| q.split_whitespace().map(str::to_string).collect::<Vec<_>>();
        let flow = row("Load orders", Some("Nightly load to snowflake"));
        let tagged = ["nightly".to_string()];
        assert_eq!(score(&flow, &[], "load orders", &words("load orders")), 1.0);
        assert_eq!(score(&flow, &[], "orders", &words("orders")), 1.0);
        assert_eq!(score(&flow, &tagged, "nightly", &words("nightly")), 0.9);
        assert_eq!(score(&flow, &[], "snowflake", &words("snowflake")), 0.5);
        assert_eq!(
            score(&flow, &[], "orders snowflake", &words("orders snowflake")),
            0.75
        );
        assert_eq!(score(&flow, &[], "zebra", &words("zebra")), 0.0);
    }
}
