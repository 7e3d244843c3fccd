//! Just enough Python to read a script's `@kawa_tool(...)` decorator without running it:
//! a tokenizer that knows strings (every quote and prefix form), comments and brackets,
//! so a decorator is found only where Python would see one (at the start of a logical
//! line), and a reader of the literal arguments kywy's decorator takes — strings, numbers,
//! `True`/`False`/`None`, lists, tuples, dicts, type names (`float`, `datetime.date`,
//! `list[str]`) and calls such as `date(2024, 1, 31)`.

/// A token of the source.
#[derive(Debug, Clone, PartialEq)]
pub enum Token {
    Name(String),
    Number(String),
    Str(String),
    /// An operator or bracket, one character (`@`, `(`, `.`, `=`, …).
    Op(char),
    /// The end of a logical line (never inside brackets).
    Newline,
}

/// A token and the line it starts on (1-based), for refusals.
#[derive(Debug, Clone)]
pub struct Spanned {
    pub token: Token,
    pub line: usize,
}

/// A literal argument.
#[derive(Debug, Clone, PartialEq)]
pub enum Lit {
    Str(String),
    Int(i64),
    Float(f64),
    Bool(bool),
    None,
    /// A (dotted) name, with its subscript when it has one: `datetime.date`, `list[float]`.
    Name(String),
    List(Vec<Lit>),
    Dict(Vec<(Lit, Lit)>),
    /// A call of a (dotted) name with positional arguments: `date(2024, 1, 31)`.
    Call(String, Vec<Lit>),
}

/// Cuts `source` into tokens; `Err` says what is malformed and where.
pub fn tokenize(source: &str) -> Result<Vec<Spanned>, String> {
    let chars: Vec<char> = source.chars().collect();
    let (mut out, mut i, mut line, mut depth) = (Vec::new(), 0, 1, 0usize);
    let push = |out: &mut Vec<Spanned>, token, line| out.push(Spanned { token, line });
    while i < chars.len() {
        let c = chars[i];
        match c {
            '\n' => {
                if depth == 0
                    && !matches!(
                        out.last(),
                        None | Some(Spanned {
                            token: Token::Newline,
                            ..
                        })
                    )
                {
                    push(&mut out, Token::Newline, line);
                }
                line += 1;
                i += 1;
            }
            '#' => {
                while i < chars.len() && chars[i] != '\n' {
                    i += 1;
                }
            }
            '\\' if chars.get(i + 1) == Some(&'\n') => {
                line += 1;
                i += 2;
            }
            c if c.is_whitespace() => i += 1,
            c if c.is_alphabetic() || c == '_' => {
                let start = i;
                while i < chars.len() && (chars[i].is_alphanumeric() || chars[i] == '_') {
                    i += 1;
                }
                let word: String = chars[start..i].iter().collect();
                let prefix = word.len() <= 2
                    && word.chars().all(|p| "rRbBuUfF".contains(p))
                    && matches!(chars.get(i), Some('\'' | '"'));
                if prefix {
                    let raw = word.contains(['r', 'R']);
                    let (text, next, lines) = string(&chars, i, raw, line)?;
                    push(&mut out, Token::Str(text), line);
                    (i, line) = (next, line + lines);
                } else {
                    push(&mut out, Token::Name(word), line);
                }
            }
            c if c.is_ascii_digit()
                || (c == '.' && chars.get(i + 1).is_some_and(char::is_ascii_digit)) =>
            {
                let start = i;
                while i < chars.len()
                    && (chars[i].is_ascii_alphanumeric() || chars[i] == '.' || chars[i] == '_')
                {
                    i += 1;
                }
                push(
                    &mut out,
                    Token::Number(chars[start..i].iter().collect()),
                    line,
                );
            }
            '\'' | '"' => {
                let (text, next, lines) = string(&chars, i, false, line)?;
                push(&mut out, Token::Str(text), line);
                (i, line) = (next, line + lines);
            }
            _ => {
                match c {
                    '(' | '[' | '{' => depth += 1,
                    ')' | ']' | '}' => depth = depth.saturating_sub(1),
                    _ => {}
                }
                push(&mut out, Token::Op(c), line);
                i += 1;
            }
        }
    }
    Ok(out)
}

/// The string literal opening at `chars[at]`: its text, the index after it and the line
/// breaks it spans.
fn string(
    chars: &[char],
    at: usize,
    raw: bool,
    line: usize,
) -> Result<(String, usize, usize), String> {
    let quote = chars[at];
    let triple = chars.get(at + 1) == Some(&quote) && chars.get(at + 2) == Some(&quote);
    let mut i = at + if triple { 3 } else { 1 };
    let (mut text, mut lines) = (String::new(), 0);
    loop {
        let Some(&c) = chars.get(i) else {
            return Err(format!("line {line}: unterminated string"));
        };
        if c == quote
            && (!triple || (chars.get(i + 1) == Some(&quote) && chars.get(i + 2) == Some(&quote)))
        {
            return Ok((text, i + if triple { 3 } else { 1 }, lines));
        }
        if c == '\n' {
            if !triple {
                return Err(format!("line {line}: unterminated string"));
            }
            lines += 1;
        }
        if c == '\\' && !raw {
            let escaped = chars.get(i + 1).copied().unwrap_or('\\');
            text.push(match escaped {
                'n' => '\n',
                't' => '\t',
                'r' => '\r',
                '0' => '\0',
                other => other,
            });
            if escaped == '\n' {
                text.pop();
                lines += 1;
            }
            i += 2;
            continue;
        }
        text.push(c);
        i += 1;
    }
}

/// Reads literals from tokens, from a position on.
pub struct Reader<'a> {
    tokens: &'a [Spanned],
    pub at: usize,
}

impl<'a> Reader<'a> {
    pub fn new(tokens: &'a [Spanned], at: usize) -> Self {
        Reader { tokens, at }
    }

    pub fn peek(&self) -> Option<&Token> {
        self.tokens.get(self.at).map(|t| &t.token)
    }

    /// The line of the current token (of the last one at the end).
    pub fn line(&self) -> usize {
        self.tokens
            .get(self.at.min(self.tokens.len().saturating_sub(1)))
            .map_or(1, |t| t.line)
    }

    fn fail<T>(&self, what: &str) -> Result<T, String> {
        Err(format!("line {}: {what}", self.line()))
    }

    /// Consumes `op` if it is next.
    pub fn eat(&mut self, op: char) -> bool {
        if self.peek() == Some(&Token::Op(op)) {
            self.at += 1;
            true
        } else {
            false
        }
    }

    pub fn expect(&mut self, op: char) -> Result<(), String> {
        if self.eat(op) {
            Ok(())
        } else {
            self.fail(&format!("expected '{op}'"))
        }
    }

    /// A dotted name (`a.b.c`), if one is next.
    pub fn dotted(&mut self) -> Option<String> {
        let Some(Token::Name(first)) = self.peek().cloned() else {
            return None;
        };
        self.at += 1;
        let mut name = first;
        while self.peek() == Some(&Token::Op('.')) {
            match self.tokens.get(self.at + 1).map(|t| &t.token) {
                Some(Token::Name(next)) => {
                    name = format!("{name}.{next}");
                    self.at += 2;
                }
                _ => break,
            }
        }
        Some(name)
    }

    /// One literal.
    pub fn literal(&mut self) -> Result<Lit, String> {
        let Some(token) = self.peek().cloned() else {
            return self.fail("expected a value");
        };
        match token {
            Token::Str(first) => {
                self.at += 1;
                let mut text = first;
                // Adjacent literals are one string, as Python joins them.
                while let Some(Token::Str(next)) = self.peek() {
                    text.push_str(next);
                    self.at += 1;
                }
                Ok(Lit::Str(text))
            }
            Token::Number(n) => {
                self.at += 1;
                number(&n).map_or_else(|| self.fail(&format!("bad number {n}")), Ok)
            }
            Token::Op('-') => {
                self.at += 1;
                match self.literal()? {
                    Lit::Int(n) => Ok(Lit::Int(-n)),
                    Lit::Float(f) => Ok(Lit::Float(-f)),
                    _ => self.fail("'-' before something not a number"),
                }
            }
            Token::Op('[') => {
                self.at += 1;
                Ok(Lit::List(self.sequence(']')?))
            }
            Token::Op('(') => {
                self.at += 1;
                let items = self.sequence(')')?;
                // `(x)` is x; `()`, `(x,)` and `(x, y)` are tuples, read as lists.
                let comma_last = self.tokens[self.at - 2].token == Token::Op(',');
                match items.len() {
                    1 if !comma_last => Ok(items.into_iter().next().unwrap_or(Lit::None)),
                    _ => Ok(Lit::List(items)),
                }
            }
            Token::Op('{') => {
                self.at += 1;
                self.dict()
            }
            Token::Name(_) => self.named(),
            _ => self.fail("expected a literal value"),
        }
    }

    /// Values up to `close`, separated by commas (a trailing comma allowed).
    fn sequence(&mut self, close: char) -> Result<Vec<Lit>, String> {
        let mut items = Vec::new();
        while !self.eat(close) {
            items.push(self.literal()?);
            if !self.eat(',') {
                self.expect(close)?;
                break;
            }
        }
        Ok(items)
    }

    /// A dict after its `{` (a set is refused: no argument of the decorator is one).
    fn dict(&mut self) -> Result<Lit, String> {
        let mut entries = Vec::new();
        while !self.eat('}') {
            let key = self.literal()?;
            self.expect(':')?;
            let value = self.literal()?;
            entries.push((key, value));
            if !self.eat(',') {
                self.expect('}')?;
                break;
            }
        }
        Ok(Lit::Dict(entries))
    }

    /// `True`, `False`, `None`, a type name (subscripted or not) or a call.
    fn named(&mut self) -> Result<Lit, String> {
        let name = self.dotted().unwrap_or_default();
        match name.as_str() {
            "True" => return Ok(Lit::Bool(true)),
            "False" => return Ok(Lit::Bool(false)),
            "None" => return Ok(Lit::None),
            _ => {}
        }
        if self.eat('[') {
            let inner = match self.literal()? {
                Lit::Name(n) => n,
                _ => return self.fail(&format!("{name}[...] must name a type")),
            };
            self.expect(']')?;
            return Ok(Lit::Name(format!("{name}[{inner}]")));
        }
        if self.eat('(') {
            return Ok(Lit::Call(name, self.sequence(')')?));
        }
        Ok(Lit::Name(name))
    }
}

fn number(text: &str) -> Option<Lit> {
    let clean = text.replace('_', "");
    if let Ok(n) = clean.parse::<i64>() {
        return Some(Lit::Int(n));
    }
    clean.parse::<f64>().ok().map(Lit::Float)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(src: &str) -> Lit {
        let tokens = tokenize(src).unwrap();
        Reader::new(&tokens, 0).literal().unwrap()
    }

    #[test]
    fn literals_read_as_python_reads_them() {
        assert_eq!(read("'a' \"b\""), Lit::Str("ab".into()));
        assert_eq!(read("r'\\d'"), Lit::Str("\\d".into()));
        assert_eq!(read("'''x\ny'''"), Lit::Str("x\ny".into()));
        assert_eq!(read("-1_000"), Lit::Int(-1000));
        assert_eq!(read("0.5"), Lit::Float(0.5));
        assert_eq!(read("List[str]"), Lit::Name("List[str]".into()));
        assert_eq!(
            read("{'a': (1,), 'b': [True, None]}"),
            Lit::Dict(vec![
                (Lit::Str("a".into()), Lit::List(vec![Lit::Int(1)])),
                (
                    Lit::Str("b".into()),
                    Lit::List(vec![Lit::Bool(true), Lit::None])
                ),
            ])
        );
        assert_eq!(
            read("datetime.date(2024, 1, 31)"),
            Lit::Call(
                "datetime.date".into(),
                vec![Lit::Int(2024), Lit::Int(1), Lit::Int(31)]
            )
        );
    }

    #[test]
    fn strings_and_comments_hide_what_looks_like_code() {
        let tokens = tokenize("x = '@kawa_tool(' # @kawa_tool(\n").unwrap();
        assert!(!tokens.iter().any(|t| t.token == Token::Op('@')));
        assert!(tokenize("x = 'open\n").unwrap_err().contains("line 1"));
    }
}
