//! Generated from `openapi/` by `cargo xtask codegen`; never edit by hand.
//! One module per product and version: models, a response enum per operation,
//! the `Api` trait an implementation provides, and the poem-openapi `Routes` glue.

pub mod control;
pub mod datawiza;
pub mod etlworks;
pub mod kadi4mat;
pub mod kawa;
pub mod support;
pub mod syntho;

/// Every contract this crate was generated from, sorted by product and version.
pub const CONTRACTS: &[&support::Contract] = &[
    &control::v1::CONTRACT,
    &datawiza::v1::CONTRACT,
    &etlworks::v1::CONTRACT,
    &kadi4mat::v1::CONTRACT,
    &kawa::v1::CONTRACT,
    &syntho::v1::CONTRACT,
];

/// The routes of `contract` answered by a spec-driven backend (the mock), as one
/// endpoint; `None` for a contract this crate does not hold.
pub fn backed_endpoint<B: support::Backend + Clone>(
    contract: &support::Contract,
    backend: B,
) -> Option<poem::endpoint::BoxEndpoint<'static, poem::Response>> {
    use poem::{EndpointExt, IntoEndpoint};
    match (contract.product, contract.version) {
        ("control", "v1") => Some(
            control::v1::service(std::sync::Arc::new(control::v1::Backed(backend)))
                .into_endpoint()
                .map_to_response()
                .boxed(),
        ),
        ("datawiza", "v1") => Some(
            datawiza::v1::service(std::sync::Arc::new(datawiza::v1::Backed(backend)))
                .into_endpoint()
                .map_to_response()
                .boxed(),
        ),
        ("etlworks", "v1") => Some(
            etlworks::v1::service(std::sync::Arc::new(etlworks::v1::Backed(backend)))
                .into_endpoint()
                .map_to_response()
                .boxed(),
        ),
        ("kadi4mat", "v1") => Some(
            kadi4mat::v1::service(std::sync::Arc::new(kadi4mat::v1::Backed(backend)))
                .into_endpoint()
                .map_to_response()
                .boxed(),
        ),
        ("kawa", "v1") => Some(
            kawa::v1::service(std::sync::Arc::new(kawa::v1::Backed(backend)))
                .into_endpoint()
                .map_to_response()
                .boxed(),
        ),
        ("syntho", "v1") => Some(
            syntho::v1::service(std::sync::Arc::new(syntho::v1::Backed(backend)))
                .into_endpoint()
                .map_to_response()
                .boxed(),
        ),
        _ => None,
    }
}
