//! The `Prefer` request header (RFC 7240) as the mock reads it: `code=`, `example=`,
//! `dynamic=`, `seed=`, `delay=`. The registered preferences of other specs (`return`,
//! `respond-async`, `wait`, `handling`) are accepted and ignored; anything else is refused
//! so a typo does not silently do nothing.

use poem::http::HeaderMap;

/// The preferences one request asked for.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Prefs {
    pub code: Option<u16>,
    pub example: Option<String>,
    pub dynamic: bool,
    pub seed: Option<u64>,
    pub delay_ms: Option<u64>,
}

/// The mock's own preferences, for error messages.
pub const KNOWN: &str = "code=<status>, example=<name>, dynamic=true|false, seed=<n>, delay=<ms>";

/// The longest `delay=` honoured: a client should never hang a test run by mistake.
pub const MAX_DELAY_MS: u64 = 30_000;

const IGNORED: &[&str] = &["return", "respond-async", "wait", "handling"];

impl Prefs {
    /// `Preference-Applied`: what was honoured, in a stable order.
    pub fn applied(&self) -> Option<String> {
        let mut out = Vec::new();
        if let Some(c) = self.code {
            out.push(format!("code={c}"));
        }
        if let Some(e) = &self.example {
            out.push(format!("example={e}"));
        }
        if self.dynamic {
            out.push("dynamic=true".to_string());
        }
        if let Some(s) = self.seed {
            out.push(format!("seed={s}"));
        }
        if let Some(d) = self.delay_ms {
            out.push(format!("delay={d}"));
        }
        (!out.is_empty()).then(|| out.join(", "))
    }
}

/// Parses every `Prefer` header of a request.
pub fn parse<'h>(headers: &'h HeaderMap) -> Result<Prefs, String> {
    let mut prefs = Prefs::default();
    for value in headers.get_all("prefer") {
        let text = value
            .to_str()
            .map_err(|_| "the Prefer header is not valid text".to_string())?;
        for item in text.split(',').map(str::trim).filter(|s| !s.is_empty()) {
            // Parameters after `;` belong to the preference; the mock uses none.
            let head = item.split(';').next().unwrap_or("").trim();
            let (name, value) = match head.split_once('=') {
                Some((n, v)) => (
                    n.trim().to_ascii_lowercase(),
                    Some(v.trim().trim_matches('"')),
                ),
                None => (head.to_ascii_lowercase(), None),
            };
            let need = |v: Option<&'h str>| -> Result<&'h str, String> {
                v.filter(|v| !v.is_empty()).ok_or_else(|| {
                    format!("Prefer: {name} needs a value; valid preferences: {KNOWN}")
                })
            };
            match name.as_str() {
                "code" => {
                    let v = need(value)?;
                    prefs.code = Some(
                        v.parse()
                            .ok()
                            .filter(|c| (100..600).contains(c))
                            .ok_or_else(|| format!("Prefer: code={v} is not an HTTP status"))?,
                    );
                }
                "example" => prefs.example = Some(need(value)?.to_string()),
                "dynamic" => {
                    prefs.dynamic = match need(value)? {
                        "true" => true,
                        "false" => false,
                        v => return Err(format!("Prefer: dynamic={v} must be true or false")),
                    }
                }
                "seed" => {
                    let v = need(value)?;
                    prefs.seed =
                        Some(v.parse().map_err(|_| {
                            format!("Prefer: seed={v} must be a non-negative integer")
                        })?);
                }
                "delay" => {
                    let v = need(value)?;
                    let ms: u64 = v
                        .parse()
                        .map_err(|_| format!("Prefer: delay={v} must be milliseconds"))?;
                    if ms > MAX_DELAY_MS {
                        return Err(format!("Prefer: delay={v} exceeds {MAX_DELAY_MS} ms"));
                    }
                    prefs.delay_ms = Some(ms);
                }
                n if IGNORED.contains(&n) => {}
                n => {
                    return Err(format!(
                        "Prefer: unknown preference `{n}`; valid preferences: {KNOWN}"
                    ))
                }
            }
        }
    }
    Ok(prefs)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn headers(values: &[&str]) -> HeaderMap {
        let mut h = HeaderMap::new();
        for v in values {
            h.append("prefer", v.parse().unwrap());
        }
        h
    }

    #[test]
    fn reads_every_preference_across_headers() {
        let p = parse(&headers(&[
            "code=404, dynamic=true",
            "seed=7; x=y",
            "delay=\"15\", return=minimal",
        ]))
        .unwrap();
        assert_eq!(
            p,
            Prefs {
                code: Some(404),
                example: None,
                dynamic: true,
                seed: Some(7),
                delay_ms: Some(15)
            }
        );
        assert_eq!(
            p.applied().as_deref(),
            Some("code=404, dynamic=true, seed=7, delay=15")
        );
        assert_eq!(parse(&headers(&[])).unwrap().applied(), None);
    }

    #[test]
    fn refuses_what_it_does_not_know() {
        let e = parse(&headers(&["colour=red"])).unwrap_err();
        assert!(
            e.contains("unknown preference `colour`") && e.contains("code=<status>"),
            "{e}"
        );
        assert!(parse(&headers(&["code=abc"]))
            .unwrap_err()
            .contains("not an HTTP status"));
        assert!(parse(&headers(&["delay=999999"]))
            .unwrap_err()
            .contains("exceeds"));
        assert!(parse(&headers(&["dynamic=maybe"]))
            .unwrap_err()
            .contains("true or false"));
    }
}
