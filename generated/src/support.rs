//! Items shared by every generated surface.

/// One operation of a contract: what the router needs to know before the glue runs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Operation {
    /// Upper-case HTTP method.
    pub method: &'static str,
    /// The path template as written in the spec, e.g. `/api/v1/workspaces/{id}/`.
    pub path: &'static str,
    /// The spec's `operationId`.
    pub operation_id: &'static str,
    /// Whether the operation requires credentials.
    pub secured: bool,
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
