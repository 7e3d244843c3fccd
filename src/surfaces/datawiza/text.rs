//! Datawiza accepts only characters that UTF-8 encodes in three bytes or fewer.

use super::error::DatawizaError;

/// Rejects text with characters outside the Basic Multilingual Plane (emoji and the like).
pub fn reject_supplementary(field: &str, text: &str) -> Result<(), DatawizaError> {
    if text.chars().any(|c| c.len_utf8() > 3) {
        return Err(DatawizaError::Validation(format!(
            "{field} contains characters outside the Basic Multilingual Plane, which Datawiza does not support"
        )));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    #[test]
    fn four_byte_characters_are_refused() {
        assert!(super::reject_supplementary("name", "caf\u{e9} \u{4e2d}").is_ok());
        assert!(super::reject_supplementary("name", "app \u{1F600}").is_err());
    }
}
