//! Mounting a contract's generated service under its base paths (Kadi4Mat answers under
//! `/api/v1` and the alias `/api`), and the operations the dispatcher matches there:
//! shared by real mode and the mock.

use std::collections::HashMap;

use generated::support::{Contract, Operation};
use poem::endpoint::BoxEndpoint;
use poem::{EndpointExt, IntoEndpoint, Response, Route};

/// A contract's operations at every base path, as the dispatcher matches them. Built once
/// per process (however many servers a test run starts), so leaking them is bounded.
pub fn absolute_operations(contract: &'static Contract) -> &'static [Operation] {
    static BUILT: std::sync::OnceLock<HashMap<(&'static str, &'static str), &'static [Operation]>> =
        std::sync::OnceLock::new();
    let built = BUILT.get_or_init(|| {
        generated::CONTRACTS
            .iter()
            .map(|c| ((c.product, c.version), with_base_paths(c)))
            .collect()
    });
    built
        .get(&(contract.product, contract.version))
        .copied()
        .unwrap_or(contract.operations)
}

fn with_base_paths(contract: &'static Contract) -> &'static [Operation] {
    if contract.base_paths == [""] {
        return contract.operations;
    }
    let ops: Vec<Operation> = contract
        .base_paths
        .iter()
        .flat_map(|base| {
            contract.operations.iter().map(move |op| Operation {
                path: Box::leak(format!("{base}{}", op.path).into_boxed_str()),
                ..*op
            })
        })
        .collect();
    Box::leak(ops.into_boxed_slice())
}

/// The operations of `contract` whose tag is one of `tags`, at every base path: what a
/// surface that serves only those tags mounts.
pub fn operations_tagged(contract: &'static Contract, tags: &[&str]) -> &'static [Operation] {
    let ops: Vec<Operation> = absolute_operations(contract)
        .iter()
        .filter(|op| tags.contains(&op.tag))
        .copied()
        .collect();
    Box::leak(ops.into_boxed_slice())
}

/// The service `make` builds, nested under each of the contract's base paths.
pub fn mount<S>(contract: &'static Contract, make: impl Fn() -> S) -> BoxEndpoint<'static, Response>
where
    S: IntoEndpoint,
    S::Endpoint: 'static,
{
    if contract.base_paths == [""] {
        return make().into_endpoint().map_to_response().boxed();
    }
    // Longest base first, so `/api/v1/...` is not taken for `/api/` + `v1/...`.
    let mut bases: Vec<&str> = contract.base_paths.to_vec();
    bases.sort_by_key(|b| std::cmp::Reverse(b.len()));
    let mut route = Route::new();
    for base in bases {
        route = route.nest(base, make());
    }
    route.map_to_response().boxed()
}
