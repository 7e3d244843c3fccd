//! Substring search in SQL: a LIKE pattern that matches its text literally, on SQLite
//! and PostgreSQL alike.

use sea_orm::sea_query::LikeExpr;

/// A LIKE pattern matching text that contains `s` literally (`%`, `_` and `\` in it
/// escaped, with the escape character said, which SQLite needs).
pub fn containing(s: &str) -> LikeExpr {
    let escaped = s
        .replace('\\', "\\\\")
        .replace('%', "\\%")
        .replace('_', "\\_");
    LikeExpr::new(format!("%{escaped}%")).escape('\\')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wildcards_in_the_text_are_literal() {
        // LikeExpr keeps its pattern private; its Debug form shows it.
        assert_eq!(
            format!("{:?}", containing("50%_a\\b")),
            format!("{:?}", LikeExpr::new("%50\\%\\_a\\\\b%").escape('\\'))
        );
        assert_ne!(
            format!("{:?}", containing("50%")),
            format!("{:?}", LikeExpr::new("%50%%").escape('\\'))
        );
    }
}
