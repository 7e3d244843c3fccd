//! The composer's grammar: a user message cut into sentences (at `.`/`;`/`!`/`?` followed
//! by a space or the end, and at new lines, so `orders.csv` stays whole), each read into
//! the clauses it holds. Nothing here touches the database: a connection stays a
//! reference (an id or a name) until the service looks it up in the tenant.

/// A connection as the user named it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ConnectionRef {
    Id(i64),
    Name(String),
}

/// Whether an object is a table or a file.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ObjectKind {
    Table,
    File,
}

/// Which end of the transformation a clause sets.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum End {
    Source,
    Destination,
}

/// One thing a sentence says.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Clause {
    /// `copy table t` / `copy file f`: the source object (and the destination's default).
    Copy(ObjectKind, String),
    /// `from table t`, `to file f`, ...
    Object(End, ObjectKind, String),
    /// `from connection c`, `to connection d`.
    Connection(End, ConnectionRef),
    /// `map a to b`.
    Map(String, String),
    /// `action insert|replace|merge`.
    Action(String),
    /// `upsert on a, b`: action merge with these lookup fields.
    Upsert(Vec<String>),
    /// `name it n`.
    Name(String),
    /// `description text`.
    Describe(String),
    /// `reset`: start over.
    Reset,
}

/// A sentence and what was read in it; no clause means it could not be parsed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sentence {
    pub text: String,
    pub clauses: Vec<Clause>,
    /// A problem with a clause it started (`map a` without `to b`, an unknown action).
    pub problems: Vec<String>,
}

/// The sentences of `message`.
pub fn read(message: &str) -> Vec<Sentence> {
    sentences(message)
        .into_iter()
        .map(|text| {
            let (clauses, problems) = clauses(&tokens(&text));
            Sentence {
                text,
                clauses,
                problems,
            }
        })
        .collect()
}

fn sentences(message: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut current = String::new();
    let mut chars = message.chars().peekable();
    let mut quote: Option<char> = None;
    while let Some(c) = chars.next() {
        match quote {
            Some(q) if c == q => quote = None,
            None if c == '"' || c == '\'' => quote = Some(c),
            _ => {}
        }
        let ends = quote.is_none()
            && (c == '\n'
                || c == ';'
                || (matches!(c, '.' | '!' | '?')
                    && chars.peek().is_none_or(|n| n.is_whitespace())));
        if ends {
            out.push(std::mem::take(&mut current));
        } else {
            current.push(c);
        }
    }
    out.push(current);
    out.into_iter()
        .map(|s| s.trim().to_string())
        .filter(|s| !s.is_empty())
        .collect()
}

/// A word, a quoted string (kept whole, never a keyword) or a comma.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Token {
    Word(String),
    Quoted(String),
    Comma,
}

impl Token {
    fn text(&self) -> &str {
        match self {
            Token::Word(w) | Token::Quoted(w) => w,
            Token::Comma => ",",
        }
    }

    fn is(&self, keyword: &str) -> bool {
        matches!(self, Token::Word(w) if w.eq_ignore_ascii_case(keyword))
    }
}

fn tokens(sentence: &str) -> Vec<Token> {
    let mut out = Vec::new();
    let mut chars = sentence.chars().peekable();
    while let Some(&c) = chars.peek() {
        if c.is_whitespace() {
            chars.next();
        } else if c == ',' {
            chars.next();
            out.push(Token::Comma);
        } else if c == '"' || c == '\'' {
            chars.next();
            let text: String = chars.by_ref().take_while(|&n| n != c).collect();
            out.push(Token::Quoted(text));
        } else {
            let mut word = String::new();
            while let Some(&n) = chars.peek() {
                if n.is_whitespace() || n == ',' {
                    break;
                }
                word.push(n);
                chars.next();
            }
            out.push(Token::Word(word));
        }
    }
    out
}

/// Words that end a multi-word name.
const KEYWORDS: &[&str] = &[
    "to", "into", "from", "map", "copy", "name", "action", "upsert", "and", "then", "with",
];

fn clauses(t: &[Token]) -> (Vec<Clause>, Vec<String>) {
    let (mut out, mut problems) = (Vec::new(), Vec::new());
    let mut i = 0;
    while i < t.len() {
        let w = &t[i];
        if w.is("reset") {
            out.push(Clause::Reset);
            i += 1;
        } else if w.is("copy") {
            i += 1;
            if let Some((kind, name, next)) = object(t, i) {
                out.push(Clause::Copy(kind, name));
                i = next;
            }
        } else if w.is("from") || w.is("to") || w.is("into") {
            let end = if w.is("from") {
                End::Source
            } else {
                End::Destination
            };
            i += 1;
            if t.get(i).is_some_and(|n| n.is("connection")) {
                let (name, next) = phrase(t, i + 1);
                match name {
                    Some(name) => out.push(Clause::Connection(end, reference(name))),
                    None => problems.push("'connection' needs a name or an id".into()),
                }
                i = next;
            } else if let Some((kind, name, next)) = object(t, i) {
                out.push(Clause::Object(end, kind, name));
                i = next;
            }
        } else if w.is("map") {
            i = mapping(t, i + 1, &mut out, &mut problems);
        } else if w.is("action") {
            match t.get(i + 1).map(|a| a.text().to_ascii_lowercase()) {
                Some(a) if ["insert", "replace", "merge"].contains(&a.as_str()) => {
                    out.push(Clause::Action(a))
                }
                other => problems.push(format!(
                    "the action must be insert, replace or merge, not '{}'",
                    other.unwrap_or_default()
                )),
            }
            i += 2;
        } else if (w.is("upsert") || w.is("merge")) && t.get(i + 1).is_some_and(|n| n.is("on")) {
            let (fields, next) = list(t, i + 2);
            if fields.is_empty() {
                problems.push("'upsert on' needs at least one field".into());
            } else {
                out.push(Clause::Upsert(fields));
            }
            i = next;
        } else if w.is("name") && t.get(i + 1).is_some_and(|n| n.is("it")) {
            let rest = rest(t, i + 2);
            if rest.is_empty() {
                problems.push("'name it' needs a name".into());
            } else {
                out.push(Clause::Name(rest));
            }
            i = t.len();
        } else if w.is("description") {
            out.push(Clause::Describe(rest(t, i + 1)));
            i = t.len();
        } else {
            i += 1;
        }
    }
    (out, problems)
}

/// `table t` or `file f` at `i` (the kind word optional when the name has a file
/// extension), and where reading goes on.
fn object(t: &[Token], i: usize) -> Option<(ObjectKind, String, usize)> {
    let kind = match t.get(i) {
        Some(w) if w.is("table") => Some(ObjectKind::Table),
        Some(w) if w.is("file") => Some(ObjectKind::File),
        _ => None,
    };
    let at = if kind.is_some() { i + 1 } else { i };
    let name = t.get(at)?;
    if matches!(name, Token::Comma) || KEYWORDS.iter().any(|k| name.is(k)) {
        return None;
    }
    let kind = kind.or_else(|| name.text().contains('.').then_some(ObjectKind::File))?;
    Some((kind, name.text().to_string(), at + 1))
}

/// A name at `i`: a quoted string, or the words up to the next keyword or comma.
fn phrase(t: &[Token], i: usize) -> (Option<String>, usize) {
    if let Some(Token::Quoted(q)) = t.get(i) {
        return (Some(q.clone()), i + 1);
    }
    let mut j = i;
    while j < t.len() && !matches!(t[j], Token::Comma) && !KEYWORDS.iter().any(|k| t[j].is(k)) {
        j += 1;
    }
    let words: Vec<&str> = t[i..j].iter().map(Token::text).collect();
    let name = words.join(" ");
    ((!name.is_empty()).then_some(name), j)
}

fn reference(name: String) -> ConnectionRef {
    match name.parse::<i64>() {
        Ok(id) => ConnectionRef::Id(id),
        Err(_) => ConnectionRef::Name(name),
    }
}

/// `a to b[, c to d ...]` at `i`.
fn mapping(t: &[Token], mut i: usize, out: &mut Vec<Clause>, problems: &mut Vec<String>) -> usize {
    loop {
        let (Some(from), Some(to), Some(target)) = (t.get(i), t.get(i + 1), t.get(i + 2)) else {
            problems.push("a mapping reads 'map <source> to <destination>'".into());
            return t.len();
        };
        if !to.is("to") || matches!(from, Token::Comma) || matches!(target, Token::Comma) {
            problems.push("a mapping reads 'map <source> to <destination>'".into());
            return i + 1;
        }
        out.push(Clause::Map(
            from.text().to_string(),
            target.text().to_string(),
        ));
        i += 3;
        let more = t
            .get(i)
            .is_some_and(|n| matches!(n, Token::Comma) || n.is("and"));
        if !more || !t.get(i + 2).is_some_and(|n| n.is("to")) {
            return i;
        }
        i += 1;
    }
}

/// Field names separated by commas or `and`, at `i`.
fn list(t: &[Token], mut i: usize) -> (Vec<String>, usize) {
    let mut fields = Vec::new();
    while let Some(tok) = t.get(i) {
        match tok {
            Token::Comma => {}
            w if w.is("and") => {}
            w if KEYWORDS.iter().any(|k| w.is(k)) => break,
            w => fields.push(w.text().to_string()),
        }
        i += 1;
    }
    (fields, i)
}

/// The rest of the sentence from `i`, as written (a quoted string unquoted).
fn rest(t: &[Token], i: usize) -> String {
    let words: Vec<&str> = t.get(i..).unwrap_or(&[]).iter().map(Token::text).collect();
    words.join(" ").replace(" ,", ",")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_copy_sentence_names_both_ends() {
        let s = read("Copy table orders from connection 'Orders DB' to connection 7.");
        assert_eq!(s.len(), 1);
        assert_eq!(
            s[0].clauses,
            [
                Clause::Copy(ObjectKind::Table, "orders".into()),
                Clause::Connection(End::Source, ConnectionRef::Name("Orders DB".into())),
                Clause::Connection(End::Destination, ConnectionRef::Id(7)),
            ]
        );
    }

    #[test]
    fn file_names_keep_their_dots_and_sentences_split() {
        let s = read(
            "from file in/orders.csv; map a to b, c to d\nname it Nightly orders. hello there",
        );
        assert_eq!(s.len(), 4);
        assert_eq!(
            s[0].clauses,
            [Clause::Object(
                End::Source,
                ObjectKind::File,
                "in/orders.csv".into()
            )]
        );
        assert_eq!(
            s[1].clauses,
            [
                Clause::Map("a".into(), "b".into()),
                Clause::Map("c".into(), "d".into())
            ]
        );
        assert_eq!(s[2].clauses, [Clause::Name("Nightly orders".into())]);
        assert!(s[3].clauses.is_empty());
    }

    #[test]
    fn unquoted_names_end_at_a_keyword_and_problems_are_reported() {
        let s = read("from connection Orders DB to table ORDERS and upsert on id, code");
        assert_eq!(
            s[0].clauses,
            [
                Clause::Connection(End::Source, ConnectionRef::Name("Orders DB".into())),
                Clause::Object(End::Destination, ObjectKind::Table, "ORDERS".into()),
                Clause::Upsert(vec!["id".into(), "code".into()]),
            ]
        );
        let s = read("map a; action delete");
        assert!(s[0].clauses.is_empty() && s[0].problems.len() == 1);
        assert!(s[1].problems[0].contains("insert, replace or merge"));
    }
}
