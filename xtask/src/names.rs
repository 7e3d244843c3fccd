//! Turning spec names (operation ids, property names, enum values) into Rust identifiers.

const KEYWORDS: &[&str] = &[
    "as", "async", "await", "break", "const", "continue", "crate", "dyn", "else", "enum", "extern",
    "false", "fn", "for", "if", "impl", "in", "let", "loop", "match", "mod", "move", "mut", "pub",
    "ref", "return", "self", "static", "struct", "super", "trait", "true", "type", "unsafe", "use",
    "where", "while", "abstract", "become", "box", "do", "final", "macro", "override", "priv",
    "try", "typeof", "unsized", "virtual", "yield", "req", "auth", "params", "body",
];

/// Splits `isSSL`, `list_applications`, `X-Total-Count`, `mssql+pyodbc` into lower-case words.
fn words(name: &str) -> Vec<String> {
    let chars: Vec<char> = name.chars().collect();
    let mut out = Vec::new();
    let mut current = String::new();
    for (i, &c) in chars.iter().enumerate() {
        if !c.is_ascii_alphanumeric() {
            if !current.is_empty() {
                out.push(std::mem::take(&mut current));
            }
            continue;
        }
        if c.is_ascii_uppercase() && !current.is_empty() {
            let prev = chars[i - 1];
            let next_lower = chars.get(i + 1).is_some_and(|n| n.is_ascii_lowercase());
            if prev.is_ascii_lowercase()
                || prev.is_ascii_digit()
                || (prev.is_ascii_uppercase() && next_lower)
            {
                out.push(std::mem::take(&mut current));
            }
        }
        current.push(c.to_ascii_lowercase());
    }
    if !current.is_empty() {
        out.push(current);
    }
    out
}

/// `list_applications` → `ListApplications`.
pub fn pascal(name: &str) -> String {
    let mut s: String = words(name)
        .iter()
        .map(|w| {
            let mut cs = w.chars();
            match cs.next() {
                Some(f) => f.to_ascii_uppercase().to_string() + cs.as_str(),
                None => String::new(),
            }
        })
        .collect();
    if s.is_empty() {
        s.push_str("Empty");
    }
    if s.starts_with(|c: char| c.is_ascii_digit()) {
        s.insert(0, 'V');
    }
    s
}

/// `isSSL` → `is_ssl`; keywords and the glue's own argument names get a trailing `_`.
pub fn snake(name: &str) -> String {
    let mut s = words(name).join("_");
    if s.is_empty() {
        s.push_str("field");
    }
    if s.starts_with(|c: char| c.is_ascii_digit()) {
        s.insert(0, 'f');
    }
    if KEYWORDS.contains(&s.as_str()) {
        s.push('_');
    }
    s
}

/// A Rust string literal for any text.
pub fn lit(text: &str) -> String {
    format!("{text:?}")
}

/// Doc comment lines (`///`) for a description.
pub fn doc(text: &str) -> String {
    text.trim()
        .lines()
        .map(|l| format!("/// {}\n", l.trim_end()).replace("///  ", "/// "))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_acronyms_and_separators() {
        assert_eq!(snake("isSSL"), "is_ssl");
        assert_eq!(snake("SSHTunnel"), "ssh_tunnel");
        assert_eq!(snake("type"), "type_");
        assert_eq!(pascal("list_applications"), "ListApplications");
        assert_eq!(pascal("SELF_SIGNED"), "SelfSigned");
        assert_eq!(pascal("mssql+pyodbc"), "MssqlPyodbc");
        assert_eq!(pascal("X-Total-Count"), "XTotalCount");
        assert_eq!(pascal("2fa"), "V2fa");
    }
}
