//! Reads a case file's bytes into a JSON value and remembers where every value starts.
//!
//! serde_json keeps the last of two duplicate keys without a word and does not say where a value
//! was; legal data needs both: a duplicate key is an error, and every finding names a line and
//! column. This reader is strict RFC 8259 JSON (no comments, no trailing commas).

use serde_json::{Map, Number, Value};
use std::collections::HashMap;

/// Nesting deeper than this is refused: no case file needs it, and recursion must stay bounded.
pub const MAX_DEPTH: usize = 64;

/// A parsed document with the byte offset where each value (by JSON pointer) starts.
#[derive(Debug)]
pub struct Source {
    pub value: Value,
    text: String,
    offsets: HashMap<String, usize>,
}

/// A line and column, both counted from 1; the column counts characters, not bytes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
pub struct LineCol {
    pub line: usize,
    pub column: usize,
}

/// Why the bytes are not a usable JSON document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SyntaxError {
    pub code: &'static str,
    pub at: Option<LineCol>,
    /// The JSON pointer of the object or value concerned, when there is one.
    pub pointer: String,
    pub message: String,
    pub hint: String,
}

impl Source {
    /// Where the value at `pointer` starts, or the nearest enclosing value that was seen.
    pub fn position(&self, pointer: &str) -> Option<LineCol> {
        let mut p = pointer;
        loop {
            if let Some(&off) = self.offsets.get(p) {
                return Some(line_col(&self.text, off));
            }
            match p.rfind('/') {
                Some(i) => p = &p[..i],
                None => return None,
            }
        }
    }
}

pub fn line_col(text: &str, offset: usize) -> LineCol {
    let offset = offset.min(text.len());
    let before = text.get(..offset).unwrap_or(text);
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    let column = before.get(line_start..).map_or(0, |s| s.chars().count()) + 1;
    LineCol { line, column }
}

/// Parses `bytes` as one JSON document.
pub fn parse(bytes: &[u8]) -> Result<Source, SyntaxError> {
    if bytes.starts_with(&[0xEF, 0xBB, 0xBF]) {
        return Err(err(
            "input.bom",
            Some(LineCol { line: 1, column: 1 }),
            "",
            "the file starts with a byte-order mark (BOM), which JSON does not allow",
            "save the file as \"UTF-8\" (not \"UTF-8 with BOM\"); most editors offer this in Save As or in the encoding menu",
        ));
    }
    let text = match std::str::from_utf8(bytes) {
        Ok(t) => t,
        Err(e) => {
            let good = &bytes[..e.valid_up_to()];
            let at = line_col(std::str::from_utf8(good).unwrap_or(""), good.len());
            return Err(err(
                "input.utf8",
                Some(at),
                "",
                format!(
                    "the file is not valid UTF-8 (byte {} cannot be read as text)",
                    e.valid_up_to() + 1
                ),
                "save the file with the UTF-8 encoding; names in any script are fine in UTF-8",
            ));
        }
    };
    if text.trim().is_empty() {
        return Err(err(
            "input.empty",
            None,
            "",
            "the file is empty",
            "start from one of the fixtures (e.g. fixtures/valid/i589-affirmative-family.json)",
        ));
    }
    let mut p = Parser {
        text,
        b: text.as_bytes(),
        i: 0,
        offsets: HashMap::new(),
    };
    p.ws();
    let value = p.value(String::new(), 0)?;
    p.ws();
    if p.i < p.b.len() {
        return Err(p.error(
            "json.trailing",
            "",
            "there is more text after the end of the JSON document",
            "a case file is one JSON object: remove what follows its closing brace",
        ));
    }
    let offsets = std::mem::take(&mut p.offsets);
    Ok(Source {
        value,
        text: text.to_string(),
        offsets,
    })
}

fn err(
    code: &'static str,
    at: Option<LineCol>,
    pointer: &str,
    message: impl Into<String>,
    hint: impl Into<String>,
) -> SyntaxError {
    SyntaxError {
        code,
        at,
        pointer: pointer.to_string(),
        message: message.into(),
        hint: hint.into(),
    }
}

struct Parser<'a> {
    text: &'a str,
    b: &'a [u8],
    i: usize,
    offsets: HashMap<String, usize>,
}

/// Escapes a key for use in a JSON pointer (RFC 6901).
pub fn escape_token(key: &str) -> String {
    key.replace('~', "~0").replace('/', "~1")
}

/// Appends `/` and the escaped `key` to a pointer, without allocating when the key needs no
/// escape (walks over a whole case do this for every key).
pub fn push_token(ptr: &mut String, key: &str) {
    ptr.push('/');
    if key.contains(['~', '/']) {
        ptr.push_str(&escape_token(key));
    } else {
        ptr.push_str(key);
    }
}

impl Parser<'_> {
    fn error(
        &self,
        code: &'static str,
        pointer: &str,
        message: impl Into<String>,
        hint: impl Into<String>,
    ) -> SyntaxError {
        err(
            code,
            Some(line_col(self.text, self.i)),
            pointer,
            message,
            hint,
        )
    }

    fn ws(&mut self) {
        while let Some(c) = self.b.get(self.i) {
            if matches!(c, b' ' | b'\t' | b'\n' | b'\r') {
                self.i += 1;
            } else {
                break;
            }
        }
    }

    fn describe_here(&self) -> String {
        match self.text.get(self.i..).and_then(|s| s.chars().next()) {
            None => "the end of the file".into(),
            Some(c) => format!("'{c}'"),
        }
    }

    fn value(&mut self, ptr: String, depth: usize) -> Result<Value, SyntaxError> {
        if depth > MAX_DEPTH {
            return Err(self.error(
                "json.too_deep",
                &ptr,
                format!("the JSON is nested more than {MAX_DEPTH} levels deep"),
                "a case file never needs this much nesting; check for a generated or corrupted file",
            ));
        }
        self.offsets.insert(ptr.clone(), self.i);
        match self.b.get(self.i) {
            Some(b'{') => self.object(ptr, depth),
            Some(b'[') => self.array(ptr, depth),
            Some(b'"') => self.string(&ptr).map(Value::String),
            Some(b't') => self.literal("true", Value::Bool(true), &ptr),
            Some(b'f') => self.literal("false", Value::Bool(false), &ptr),
            Some(b'n') => self.literal("null", Value::Null, &ptr),
            Some(c) if *c == b'-' || c.is_ascii_digit() => self.number(&ptr),
            _ => Err(self.error(
                "json.syntax",
                &ptr,
                format!("expected a value but found {}", self.describe_here()),
                "write a value: \"text in double quotes\", a number, true, false, null, an object {…} or a list […]",
            )),
        }
    }

    fn literal(&mut self, word: &str, v: Value, ptr: &str) -> Result<Value, SyntaxError> {
        if self.text.get(self.i..).is_some_and(|s| s.starts_with(word)) {
            self.i += word.len();
            Ok(v)
        } else {
            Err(self.error(
                "json.syntax",
                ptr,
                format!("expected a value but found {}", self.describe_here()),
                "text must be in double quotes; the only bare words are true, false and null",
            ))
        }
    }

    fn object(&mut self, ptr: String, depth: usize) -> Result<Value, SyntaxError> {
        self.i += 1;
        let mut map = Map::new();
        let mut key_at: HashMap<String, usize> = HashMap::new();
        self.ws();
        if self.b.get(self.i) == Some(&b'}') {
            self.i += 1;
            return Ok(Value::Object(map));
        }
        loop {
            self.ws();
            if self.b.get(self.i) != Some(&b'"') {
                return Err(self.error(
                    "json.syntax",
                    &ptr,
                    format!("expected a key in double quotes but found {}", self.describe_here()),
                    "keys are written in double quotes, e.g. \"family\": \"Haddad\"; a comma after the last entry is not allowed",
                ));
            }
            let key_start = self.i;
            let key = self.string(&ptr)?;
            let child = format!("{ptr}/{}", escape_token(&key));
            if let Some(&first) = key_at.get(&key) {
                let first_at = line_col(self.text, first);
                self.i = key_start;
                return Err(self.error(
                    "json.duplicate_key",
                    &child,
                    format!(
                        "the key \"{key}\" appears twice in the same object (first at line {}, column {})",
                        first_at.line, first_at.column
                    ),
                    "keep one of the two entries: a JSON reader would silently use only the last one",
                ));
            }
            key_at.insert(key.clone(), key_start);
            self.ws();
            if self.b.get(self.i) != Some(&b':') {
                return Err(self.error(
                    "json.syntax",
                    &child,
                    format!(
                        "expected ':' after the key \"{key}\" but found {}",
                        self.describe_here()
                    ),
                    "write a colon between a key and its value",
                ));
            }
            self.i += 1;
            self.ws();
            let v = self.value(child, depth + 1)?;
            map.insert(key, v);
            self.ws();
            match self.b.get(self.i) {
                Some(b',') => {
                    self.i += 1;
                    self.ws();
                    if self.b.get(self.i) == Some(&b'}') {
                        return Err(self.error(
                            "json.trailing_comma",
                            &ptr,
                            "a comma stands before the closing '}'",
                            "remove the comma after the last entry of the object",
                        ));
                    }
                }
                Some(b'}') => {
                    self.i += 1;
                    return Ok(Value::Object(map));
                }
                _ => {
                    return Err(self.error(
                        "json.syntax",
                        &ptr,
                        format!("expected ',' or '}}' but found {}", self.describe_here()),
                        "separate entries with commas and close the object with '}'",
                    ))
                }
            }
        }
    }

    fn array(&mut self, ptr: String, depth: usize) -> Result<Value, SyntaxError> {
        self.i += 1;
        let mut items = Vec::new();
        self.ws();
        if self.b.get(self.i) == Some(&b']') {
            self.i += 1;
            return Ok(Value::Array(items));
        }
        loop {
            self.ws();
            let child = format!("{ptr}/{}", items.len());
            items.push(self.value(child, depth + 1)?);
            self.ws();
            match self.b.get(self.i) {
                Some(b',') => {
                    self.i += 1;
                    self.ws();
                    if self.b.get(self.i) == Some(&b']') {
                        return Err(self.error(
                            "json.trailing_comma",
                            &ptr,
                            "a comma stands before the closing ']'",
                            "remove the comma after the last item of the list",
                        ));
                    }
                }
                Some(b']') => {
                    self.i += 1;
                    return Ok(Value::Array(items));
                }
                _ => {
                    return Err(self.error(
                        "json.syntax",
                        &ptr,
                        format!("expected ',' or ']' but found {}", self.describe_here()),
                        "separate list items with commas and close the list with ']'",
                    ))
                }
            }
        }
    }

    fn string(&mut self, ptr: &str) -> Result<String, SyntaxError> {
        self.i += 1;
        let mut out = String::new();
        loop {
            let start = self.i;
            while let Some(&c) = self.b.get(self.i) {
                if c == b'"' || c == b'\\' || c < 0x20 {
                    break;
                }
                self.i += 1;
            }
            out.push_str(self.text.get(start..self.i).unwrap_or(""));
            match self.b.get(self.i) {
                Some(b'"') => {
                    self.i += 1;
                    return Ok(out);
                }
                Some(b'\\') => {
                    self.i += 1;
                    self.escape(&mut out, ptr)?;
                }
                Some(_) => {
                    return Err(self.error(
                        "json.syntax",
                        ptr,
                        "a line break or control character stands inside a text value",
                        "write a line break inside text as \\n, or close the quote before the line ends",
                    ))
                }
                None => {
                    return Err(self.error(
                        "json.syntax",
                        ptr,
                        "a text value is not closed before the end of the file",
                        "add the closing double quote",
                    ))
                }
            }
        }
    }

    fn escape(&mut self, out: &mut String, ptr: &str) -> Result<(), SyntaxError> {
        let c = self.b.get(self.i).copied();
        self.i += 1;
        match c {
            Some(b'"') => out.push('"'),
            Some(b'\\') => out.push('\\'),
            Some(b'/') => out.push('/'),
            Some(b'b') => out.push('\u{8}'),
            Some(b'f') => out.push('\u{c}'),
            Some(b'n') => out.push('\n'),
            Some(b'r') => out.push('\r'),
            Some(b't') => out.push('\t'),
            Some(b'u') => {
                let hi = self.hex4(ptr)?;
                let code = if (0xD800..0xDC00).contains(&hi) {
                    if self.b.get(self.i) == Some(&b'\\') && self.b.get(self.i + 1) == Some(&b'u') {
                        self.i += 2;
                        let lo = self.hex4(ptr)?;
                        if !(0xDC00..0xE000).contains(&lo) {
                            return Err(self.bad_escape(ptr));
                        }
                        0x10000 + ((hi - 0xD800) << 10) + (lo - 0xDC00)
                    } else {
                        return Err(self.bad_escape(ptr));
                    }
                } else {
                    hi
                };
                match char::from_u32(code) {
                    Some(ch) => out.push(ch),
                    None => return Err(self.bad_escape(ptr)),
                }
            }
            _ => {
                self.i -= 1;
                return Err(self.bad_escape(ptr));
            }
        }
        Ok(())
    }

    fn bad_escape(&self, ptr: &str) -> SyntaxError {
        self.error(
            "json.syntax",
            ptr,
            "invalid escape sequence in a text value",
            "a backslash must be followed by \", \\, /, b, f, n, r, t or uXXXX; write a single backslash as \\\\",
        )
    }

    fn hex4(&mut self, ptr: &str) -> Result<u32, SyntaxError> {
        let s = self
            .text
            .get(self.i..self.i + 4)
            .ok_or_else(|| self.bad_escape(ptr))?;
        let v = u32::from_str_radix(s, 16).map_err(|_| self.bad_escape(ptr))?;
        self.i += 4;
        Ok(v)
    }

    fn number(&mut self, ptr: &str) -> Result<Value, SyntaxError> {
        let start = self.i;
        let bad = |p: &Self| {
            p.error(
                "json.syntax",
                ptr,
                "this number is not written the JSON way",
                "write numbers like 42 or 5.5, without leading zeros, '+' or thousands separators",
            )
        };
        if self.b.get(self.i) == Some(&b'-') {
            self.i += 1;
        }
        match self.b.get(self.i) {
            Some(b'0') => self.i += 1,
            Some(c) if c.is_ascii_digit() => self.digits(),
            _ => return Err(bad(self)),
        }
        let mut integer = true;
        if self.b.get(self.i) == Some(&b'.') {
            integer = false;
            self.i += 1;
            if !self.b.get(self.i).is_some_and(u8::is_ascii_digit) {
                return Err(bad(self));
            }
            self.digits();
        }
        if matches!(self.b.get(self.i), Some(b'e' | b'E')) {
            integer = false;
            self.i += 1;
            if matches!(self.b.get(self.i), Some(b'+' | b'-')) {
                self.i += 1;
            }
            if !self.b.get(self.i).is_some_and(u8::is_ascii_digit) {
                return Err(bad(self));
            }
            self.digits();
        }
        let token = self.text.get(start..self.i).unwrap_or("");
        let too_big = |p: &Self| {
            SyntaxError {
            at: Some(line_col(p.text, start)),
            ..err(
                "json.number_range",
                None,
                ptr,
                format!("the number {} is too large to be read exactly", shorten(token)),
                "no answer on these forms needs such a number; check for a typing error (dates and identifiers are written as text in quotes)",
            )
        }
        };
        if integer {
            if let Ok(n) = token.parse::<i64>() {
                return Ok(Value::Number(n.into()));
            }
            if let Ok(n) = token.parse::<u64>() {
                return Ok(Value::Number(n.into()));
            }
            return Err(too_big(self));
        }
        match token.parse::<f64>().ok().and_then(Number::from_f64) {
            Some(n) if n.as_f64().is_some_and(f64::is_finite) => Ok(Value::Number(n)),
            _ => Err(too_big(self)),
        }
    }

    fn digits(&mut self) {
        while self.b.get(self.i).is_some_and(u8::is_ascii_digit) {
            self.i += 1;
        }
    }
}

fn shorten(s: &str) -> String {
    if s.len() > 24 {
        format!("{}… ({} digits)", &s[..20], s.len())
    } else {
        s.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn positions_of_nested_values() {
        let src = parse(b"{\n  \"a\": [1, {\"b\": \"x\"}]\n}").expect("valid");
        assert_eq!(
            src.position("/a/1/b"),
            Some(LineCol {
                line: 2,
                column: 18
            })
        );
        assert_eq!(src.position("/a/0"), Some(LineCol { line: 2, column: 9 }));
        // an unknown child falls back to its parent
        assert_eq!(
            src.position("/a/1/zz"),
            Some(LineCol {
                line: 2,
                column: 12
            })
        );
    }

    #[test]
    fn duplicate_key_names_both_places() {
        let e = parse(b"{\"a\": 1,\n \"a\": 2}").expect_err("duplicate");
        assert_eq!(e.code, "json.duplicate_key");
        assert_eq!(e.pointer, "/a");
        assert_eq!(e.at, Some(LineCol { line: 2, column: 2 }));
        assert!(e.message.contains("line 1, column 2"), "{}", e.message);
    }

    #[test]
    fn refuses_bom_bad_utf8_empty_deep_and_huge() {
        assert_eq!(parse(b"\xEF\xBB\xBF{}").expect_err("bom").code, "input.bom");
        assert_eq!(
            parse(b"{\"a\": \"\xff\"}").expect_err("utf8").code,
            "input.utf8"
        );
        assert_eq!(parse(b"  \n").expect_err("empty").code, "input.empty");
        let deep = "[".repeat(10_000) + &"]".repeat(10_000);
        assert_eq!(
            parse(deep.as_bytes()).expect_err("deep").code,
            "json.too_deep"
        );
        let huge = format!("{{\"n\": 1{}}}", "0".repeat(400));
        assert_eq!(
            parse(huge.as_bytes()).expect_err("huge").code,
            "json.number_range"
        );
        assert_eq!(
            parse(b"{\"n\": 1e999}").expect_err("inf").code,
            "json.number_range"
        );
    }

    #[test]
    fn every_truncation_is_an_error_never_a_panic() {
        let doc = "{\"a\": [1, -2.5e3, true, null, \"\\u0041\u{0644}\\n\"], \"b\": {\"c\": \"\u{1F600}\"}}";
        assert!(parse(doc.as_bytes()).is_ok());
        let bytes = doc.as_bytes();
        for cut in 0..bytes.len() {
            assert!(
                parse(&bytes[..cut]).is_err(),
                "prefix of {cut} bytes parsed"
            );
        }
    }

    #[test]
    fn strict_json() {
        for bad in [
            &b"{\"a\": 1,}"[..],
            b"[1,]",
            b"{a: 1}",
            b"{\"a\": 01}",
            b"{\"a\": \"x\ny\"}",
            b"{} x",
        ] {
            assert!(parse(bad).is_err(), "{}", String::from_utf8_lossy(bad));
        }
        let ok = parse("{\"s\": \"\\u00e9\\ud83d\\ude00 \u{0644}\", \"n\": -1.5e2}".as_bytes())
            .expect("valid");
        assert_eq!(ok.value["s"], "é😀 ل");
        assert_eq!(ok.value["n"], -150.0);
    }
}
