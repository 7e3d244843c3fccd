//! Items shared by every generated surface.

/// One operation of a contract: what the router needs to know before the glue runs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Operation {
    /// Upper-case HTTP method.
    pub method: &'static str,
    /// The path template as written in the spec (relative to the contract's base paths),
    /// e.g. `/api/v1/workspaces/{id}/`.
    pub path: &'static str,
    /// The spec's `operationId`.
    pub operation_id: &'static str,
    /// Whether the operation requires credentials.
    pub secured: bool,
    /// Scopes a token needs (`x-required-scopes`), for products whose tokens carry them.
    pub scopes: &'static [&'static str],
}

/// One contract compiled into this crate: a product's spec at one version.
#[derive(Debug, Clone, Copy)]
pub struct Contract {
    /// Product name, as in `openapi/<product>/`.
    pub product: &'static str,
    /// Contract version, as in `openapi/<product>/<version>.yaml`.
    pub version: &'static str,
    /// The spec's `info.title`.
    pub title: &'static str,
    /// The source spec's path inside the repository.
    pub spec_path: &'static str,
    /// The source spec, verbatim.
    pub spec_yaml: &'static str,
    /// Path prefixes the operations answer under (the spec's `servers`); `""` when the
    /// paths are absolute. Every operation answers identically under each of them.
    pub base_paths: &'static [&'static str],
    /// Every operation, in spec order; paths are relative to each base path.
    pub operations: &'static [Operation],
    /// `info.x-understudy-released`: the contract only changes additively.
    pub released: bool,
}

/// A generated string enum: its values and their wire form.
pub trait WireEnum: Sized + Copy + 'static {
    /// Every value, in spec order.
    const VALUES: &'static [Self];

    /// The value as it appears on the wire.
    fn wire(&self) -> &'static str;

    /// The value whose wire form is `text`.
    fn from_wire(text: &str) -> Option<Self> {
        Self::VALUES.iter().copied().find(|v| v.wire() == text)
    }
}
