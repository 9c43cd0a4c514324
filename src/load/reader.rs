//! Reads a case file's bytes into a [`Doc`], strictly, and says where in the text things are.
//!
//! serde_json keeps the last of two duplicate keys without a word and does not say where a value
//! was; legal data needs both: a duplicate key is an error, and every finding names a line and
//! column. This reader is strict RFC 8259 JSON (no comments, no trailing commas).
//!
//! Imports the document it fills and [`crate::load::pointer`] (whose position and pointer helpers
//! it re-exports); nothing imports the reader but the callers that parse.

use crate::load::document::{Doc, Kind, Slot, Str, StrAt};
pub use crate::load::pointer::{escape_token, line_col, push_index, push_token, LineCol};
use rustc_hash::FxHashSet;
use serde_json::Number;
use std::borrow::Cow;

/// Nesting deeper than this is refused: no case file needs it, and recursion must stay bounded.
pub const MAX_DEPTH: usize = 64;

/// Objects with more members than this check a new key against a set rather than against each
/// earlier key (a hostile file could hold one object with a million keys).
const SCAN_KEYS: usize = 64;

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

/// Parses `bytes` as one JSON document.
pub fn parse(bytes: &[u8]) -> Result<Doc<'_>, SyntaxError> {
    if bytes.starts_with(&[0xEF, 0xBB, 0xBF]) {
        return Err(err(
            "input.bom",
            Some(LineCol { line: 1, column: 1 }),
            "",
            "the file starts with a byte-order mark (BOM), which JSON does not allow",
            "save the file as \"UTF-8\" (not \"UTF-8 with BOM\"); most editors offer this in Save As or in the encoding menu",
        ));
    }
    // The fast check says only yes or no; the standard one, run on a failure, says where.
    let checked = match simdutf8::basic::from_utf8(bytes) {
        Ok(t) => Ok(t),
        Err(_) => std::str::from_utf8(bytes),
    };
    let text = match checked {
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
    if u32::try_from(text.len()).is_err() {
        // Slots hold offsets as u32; the validator refuses far smaller files before this.
        return Err(err(
            "input.too_large",
            None,
            "",
            "the file is larger than 4 GB",
            "a case file holds text only: put documents in the evidence folder, not in the JSON",
        ));
    }
    let mut p = Parser::new(text);
    // About one value per 16 bytes of a typical case file: one allocation for most files.
    p.slots.reserve(text.len() / 16);
    p.ws();
    p.value(0, Str::EMPTY).map_err(|e| *e)?;
    p.ws();
    if p.i < p.b.len() {
        return Err(*p.error(
            "json.trailing",
            "there is more text after the end of the JSON document",
            "a case file is one JSON object: remove what follows its closing brace",
        ));
    }
    Ok(Doc {
        text,
        slots: p.slots,
        owned: p.owned,
        long_arrays: Default::default(),
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

/// One step of the path to the value being read.
#[derive(Debug, Clone, Copy)]
enum Seg {
    /// A key, by the offset of its opening quote: it is decoded again only for an error.
    Key(usize),
    Index(usize),
}

struct Parser<'a> {
    text: &'a str,
    b: &'a [u8],
    i: usize,
    /// Where the reader is, turned into a JSON pointer only when there is an error to report.
    path: Vec<Seg>,
    slots: Vec<Slot>,
    owned: Vec<Box<str>>,
    /// A fingerprint and the key of each member of the objects being read, innermost last.
    fingerprints: Vec<(u64, Str)>,
    /// The keys of large objects being read, by depth; reused from one object to the next.
    key_sets: Vec<FxHashSet<Cow<'a, str>>>,
}

impl<'a> Parser<'a> {
    fn new(text: &'a str) -> Self {
        Parser {
            text,
            b: text.as_bytes(),
            i: 0,
            // Sized for a case file's nesting and its largest objects: no regrowing for most.
            path: Vec::with_capacity(16),
            slots: Vec::new(),
            owned: Vec::new(),
            fingerprints: Vec::with_capacity(64),
            key_sets: Vec::new(),
        }
    }

    /// The JSON pointer of the value being read.
    fn pointer(&self) -> String {
        let mut p = String::new();
        for seg in &self.path {
            match *seg {
                Seg::Key(at) => push_token(
                    &mut p,
                    &key_at(self.text, at).map_or_else(String::new, |(k, _)| k.into_owned()),
                ),
                Seg::Index(n) => push_index(&mut p, n),
            }
        }
        p
    }

    fn error(
        &self,
        code: &'static str,
        message: impl Into<String>,
        hint: impl Into<String>,
    ) -> Box<SyntaxError> {
        // Boxed: every `Result` of the reader stays one word wide on the path that succeeds.
        Box::new(err(
            code,
            Some(line_col(self.text, self.i)),
            &self.pointer(),
            message,
            hint,
        ))
    }

    fn ws(&mut self) {
        self.i = ws(self.b, self.i);
    }

    fn describe_here(&self) -> String {
        match self.text.get(self.i..).and_then(|s| s.chars().next()) {
            None => "the end of the file".into(),
            Some(c) => format!("'{c}'"),
        }
    }

    fn value(&mut self, depth: usize, key: Str) -> Result<(), Box<SyntaxError>> {
        if depth > MAX_DEPTH {
            return Err(self.error(
                "json.too_deep",
                format!("the JSON is nested more than {MAX_DEPTH} levels deep"),
                "a case file never needs this much nesting; check for a generated or corrupted file",
            ));
        }
        let start = self.i;
        let kind = match self.b.get(self.i) {
            Some(b'{') => return self.object(depth, key),
            Some(b'[') => return self.array(depth, key),
            Some(b'"') => Kind::String(self.string_slot()?),
            Some(b't') => self.literal(b"true", Kind::Bool(true))?,
            Some(b'f') => self.literal(b"false", Kind::Bool(false))?,
            Some(b'n') => self.literal(b"null", Kind::Null)?,
            Some(c) if *c == b'-' || c.is_ascii_digit() => Kind::Number(self.number()?),
            _ => return Err(self.error(
                "json.syntax",
                format!("expected a value but found {}", self.describe_here()),
                "write a value: \"text in double quotes\", a number, true, false, null, an object {…} or a list […]",
            )),
        };
        let end = self.slots.len() as u32 + 1;
        self.slots.push(Slot {
            kind,
            key,
            start: start as u32,
            end,
            len: 0,
        });
        Ok(())
    }

    /// [`Self::value`] for a member or item: a text, the most common, is read here rather than
    /// through a call that sets up for containers.
    #[inline(always)]
    fn member(&mut self, depth: usize, key: Str) -> Result<(), Box<SyntaxError>> {
        if depth > MAX_DEPTH || self.b.get(self.i) != Some(&b'"') {
            return self.value(depth, key);
        }
        let start = self.i;
        let text = self.string_slot()?;
        let end = self.slots.len() as u32 + 1;
        self.slots.push(Slot {
            kind: Kind::String(text),
            key,
            start: start as u32,
            end,
            len: 0,
        });
        Ok(())
    }

    /// Adds the slot of a container whose members follow; [`Self::close`] completes it.
    fn open(&mut self, kind: Kind, key: Str) -> usize {
        let at = self.slots.len();
        self.slots.push(Slot {
            kind,
            key,
            start: self.i as u32,
            end: 0,
            len: 0,
        });
        at
    }

    fn close(&mut self, at: usize, count: usize) {
        let end = self.slots.len() as u32;
        if let Some(slot) = self.slots.get_mut(at) {
            slot.end = end;
            slot.len = count as u32;
        }
    }

    /// A key's bytes: compared as bytes, a key needs no check of where characters start.
    fn key_bytes(&self, s: Str) -> &[u8] {
        match s.get() {
            StrAt::Text { at, len } => self
                .b
                .get(at as usize..at as usize + len as usize)
                .unwrap_or_default(),
            StrAt::Owned(n) => self.owned.get(n as usize).map_or(&[], |s| s.as_bytes()),
        }
    }

    fn key_str(&self, s: Str) -> &str {
        crate::load::document::resolve(self.text, &self.owned, s)
    }

    /// Whether the object being read, whose keys so far are `fingerprints[base..]` (`count` of
    /// them), already has a member named `key`. Each earlier key is one u64 compared, and its
    /// text only when that matches; an object with very many keys keeps a set instead (`depth`
    /// picks the set, so nested objects being read keep theirs).
    fn seen_key(&mut self, base: usize, count: usize, depth: usize, key: Str) -> bool {
        if count < SCAN_KEYS {
            let name = self.key_bytes(key);
            let print = fingerprint(name);
            let earlier = self.fingerprints.get(base..).unwrap_or_default();
            let seen = earlier
                .iter()
                .any(|&(p, k)| p == print && self.key_bytes(k) == name);
            self.fingerprints.push((print, key));
            return seen;
        }
        while self.key_sets.len() <= depth {
            self.key_sets.push(FxHashSet::default());
        }
        let mut set = std::mem::take(&mut self.key_sets[depth]);
        if count == SCAN_KEYS {
            set.clear();
            let earlier = self.fingerprints.get(base..).unwrap_or_default();
            for &(_, k) in earlier {
                set.insert(self.cow_key(k));
            }
        }
        let seen = !set.insert(self.cow_key(key));
        self.key_sets[depth] = set;
        seen
    }

    fn cow_key(&self, s: Str) -> Cow<'a, str> {
        match s.get() {
            StrAt::Text { at, len } => Cow::Borrowed(
                self.text
                    .get(at as usize..at as usize + len as usize)
                    .unwrap_or(""),
            ),
            StrAt::Owned(_) => Cow::Owned(self.key_str(s).to_string()),
        }
    }

    fn literal<const N: usize>(
        &mut self,
        word: &[u8; N],
        kind: Kind,
    ) -> Result<Kind, Box<SyntaxError>> {
        // Compared as one array (a word or two in registers) rather than a slice (a memcmp
        // call): every yes/no answer of a case is one of these.
        if self
            .b
            .get(self.i..)
            .and_then(|s| s.first_chunk::<N>())
            .is_some_and(|s| s == word)
        {
            self.i += N;
            Ok(kind)
        } else {
            Err(self.error(
                "json.syntax",
                format!("expected a value but found {}", self.describe_here()),
                "text must be in double quotes; the only bare words are true, false and null",
            ))
        }
    }

    fn object(&mut self, depth: usize, key: Str) -> Result<(), Box<SyntaxError>> {
        let open = self.i;
        let at = self.open(Kind::Object, key);
        let base = self.fingerprints.len();
        self.i += 1;
        let mut count = 0;
        self.ws();
        if self.b.get(self.i) == Some(&b'}') {
            self.i += 1;
            self.close(at, 0);
            return Ok(());
        }
        loop {
            self.ws();
            if self.b.get(self.i) != Some(&b'"') {
                return Err(self.error(
                    "json.syntax",
                    format!("expected a key in double quotes but found {}", self.describe_here()),
                    "keys are written in double quotes, e.g. \"family\": \"Haddad\"; a comma after the last entry is not allowed",
                ));
            }
            let key_start = self.i;
            let member = self.string_slot()?;
            self.path.push(Seg::Key(key_start));
            if self.seen_key(base, count, depth, member) {
                let name = self.key_str(member).to_string();
                let first_at = line_col(
                    self.text,
                    key_offset(self.text, open, &name).unwrap_or(key_start),
                );
                self.i = key_start;
                return Err(self.error(
                    "json.duplicate_key",
                    format!(
                        "the key \"{}\" appears twice in the same object (first at line {}, column {})",
                        name, first_at.line, first_at.column
                    ),
                    "keep one of the two entries: a JSON reader would silently use only the last one",
                ));
            }
            self.ws();
            if self.b.get(self.i) != Some(&b':') {
                return Err(self.error(
                    "json.syntax",
                    format!(
                        "expected ':' after the key \"{}\" but found {}",
                        self.key_str(member),
                        self.describe_here()
                    ),
                    "write a colon between a key and its value",
                ));
            }
            self.i += 1;
            self.ws();
            self.member(depth + 1, member)?;
            count += 1;
            self.path.pop();
            self.ws();
            match self.b.get(self.i) {
                Some(b',') => {
                    self.i += 1;
                    self.ws();
                    if self.b.get(self.i) == Some(&b'}') {
                        return Err(self.error(
                            "json.trailing_comma",
                            "a comma stands before the closing '}'",
                            "remove the comma after the last entry of the object",
                        ));
                    }
                }
                Some(b'}') => {
                    self.i += 1;
                    self.close(at, count);
                    self.fingerprints.truncate(base);
                    return Ok(());
                }
                _ => {
                    return Err(self.error(
                        "json.syntax",
                        format!("expected ',' or '}}' but found {}", self.describe_here()),
                        "separate entries with commas and close the object with '}'",
                    ))
                }
            }
        }
    }

    fn array(&mut self, depth: usize, key: Str) -> Result<(), Box<SyntaxError>> {
        let at = self.open(Kind::Array, key);
        self.i += 1;
        let mut count = 0;
        self.ws();
        if self.b.get(self.i) == Some(&b']') {
            self.i += 1;
            self.close(at, 0);
            return Ok(());
        }
        loop {
            self.ws();
            self.path.push(Seg::Index(count));
            self.member(depth + 1, Str::EMPTY)?;
            count += 1;
            self.path.pop();
            self.ws();
            match self.b.get(self.i) {
                Some(b',') => {
                    self.i += 1;
                    self.ws();
                    if self.b.get(self.i) == Some(&b']') {
                        return Err(self.error(
                            "json.trailing_comma",
                            "a comma stands before the closing ']'",
                            "remove the comma after the last item of the list",
                        ));
                    }
                }
                Some(b']') => {
                    self.i += 1;
                    self.close(at, count);
                    return Ok(());
                }
                _ => {
                    return Err(self.error(
                        "json.syntax",
                        format!("expected ',' or ']' but found {}", self.describe_here()),
                        "separate list items with commas and close the list with ']'",
                    ))
                }
            }
        }
    }

    /// Reads a string into the document: a range of the text, or a decoded copy. Inlined for
    /// the common case, a text without escapes; the rest is [`Self::string`]'s.
    #[inline(always)]
    fn string_slot(&mut self) -> Result<Str, Box<SyntaxError>> {
        let at = self.i + 1;
        let stop = string_stop(self.b, at);
        if self.b.get(stop) == Some(&b'"') {
            self.i = stop + 1;
            return Ok(Str::text(at as u32, (stop - at) as u32));
        }
        self.decoded_slot()
    }

    #[inline(never)]
    fn decoded_slot(&mut self) -> Result<Str, Box<SyntaxError>> {
        let at = self.i + 1;
        Ok(match self.string()? {
            Cow::Borrowed(s) => Str::text(at as u32, s.len() as u32),
            Cow::Owned(s) => {
                self.owned.push(s.into_boxed_str());
                Str::owned(self.owned.len() as u32 - 1)
            }
        })
    }

    fn string(&mut self) -> Result<Cow<'a, str>, Box<SyntaxError>> {
        self.i += 1;
        // Only a string with escapes is built piece by piece; most are one slice of the text.
        let mut built: Option<String> = None;
        loop {
            let start = self.i;
            self.i = string_stop(self.b, start);
            let piece = self.text.get(start..self.i).unwrap_or("");
            match self.b.get(self.i) {
                Some(b'"') => {
                    self.i += 1;
                    return Ok(match built {
                        None => Cow::Borrowed(piece),
                        Some(mut out) => {
                            out.push_str(piece);
                            Cow::Owned(out)
                        }
                    });
                }
                Some(b'\\') => {
                    let out = built.get_or_insert_with(String::new);
                    out.push_str(piece);
                    self.i += 1;
                    self.escape(out)?;
                }
                Some(_) => {
                    return Err(self.error(
                        "json.syntax",
                        "a line break or control character stands inside a text value",
                        "write a line break inside text as \\n, or close the quote before the line ends",
                    ))
                }
                None => {
                    return Err(self.error(
                        "json.syntax",
                        "a text value is not closed before the end of the file",
                        "add the closing double quote",
                    ))
                }
            }
        }
    }

    fn escape(&mut self, out: &mut String) -> Result<(), Box<SyntaxError>> {
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
                let hi = self.hex4()?;
                let code = if (0xD800..0xDC00).contains(&hi) {
                    if self.b.get(self.i) == Some(&b'\\') && self.b.get(self.i + 1) == Some(&b'u') {
                        self.i += 2;
                        let lo = self.hex4()?;
                        if !(0xDC00..0xE000).contains(&lo) {
                            return Err(self.bad_escape());
                        }
                        0x10000 + ((hi - 0xD800) << 10) + (lo - 0xDC00)
                    } else {
                        return Err(self.bad_escape());
                    }
                } else {
                    hi
                };
                match char::from_u32(code) {
                    Some(ch) => out.push(ch),
                    None => return Err(self.bad_escape()),
                }
            }
            _ => {
                self.i -= 1;
                return Err(self.bad_escape());
            }
        }
        Ok(())
    }

    fn bad_escape(&self) -> Box<SyntaxError> {
        self.error(
            "json.syntax",
            "invalid escape sequence in a text value",
            "a backslash must be followed by \", \\, /, b, f, n, r, t or uXXXX; write a single backslash as \\\\",
        )
    }

    fn hex4(&mut self) -> Result<u32, Box<SyntaxError>> {
        let s = self
            .text
            .get(self.i..self.i + 4)
            .ok_or_else(|| self.bad_escape())?;
        let v = u32::from_str_radix(s, 16).map_err(|_| self.bad_escape())?;
        self.i += 4;
        Ok(v)
    }

    fn number(&mut self) -> Result<Number, Box<SyntaxError>> {
        let start = self.i;
        let bad = |p: &Self| {
            p.error(
                "json.syntax",
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
            Box::new(SyntaxError {
            at: Some(line_col(p.text, start)),
            ..err(
                "json.number_range",
                None,
                &p.pointer(),
                format!("the number {} is too large to be read exactly", shorten(token)),
                "no answer on these forms needs such a number; check for a typing error (dates and identifiers are written as text in quotes)",
            )
        })
        };
        if integer {
            if let Ok(n) = token.parse::<i64>() {
                return Ok(n.into());
            }
            if let Ok(n) = token.parse::<u64>() {
                return Ok(n.into());
            }
            return Err(too_big(self));
        }
        match token.parse::<f64>().ok().and_then(Number::from_f64) {
            Some(n) if n.as_f64().is_some_and(f64::is_finite) => Ok(n),
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

// Re-reading the text. Everything below runs on text the parser accepted, so it only needs to
// find its way, not to check; it still returns `None` rather than panicking on anything else.

#[inline(always)]
fn ws(b: &[u8], i: usize) -> usize {
    // Between two tokens there is no space, or one (after a colon), far more often than more.
    match b.get(i) {
        Some(&c) if c > b' ' => i,
        Some(b' ') if b.get(i + 1).is_some_and(|&c| c > b' ') => i + 1,
        _ => ws_run(b, i),
    }
}

fn ws_run(b: &[u8], mut i: usize) -> usize {
    loop {
        // A line break and the next line's indentation are most of a pretty-printed file's
        // bytes: eight at a time, a line feed and its spaces in one step.
        while let Some(chunk) = b.get(i..).and_then(|s| s.first_chunk::<8>()) {
            let v = u64::from_le_bytes(*chunk);
            let other = nonzero_bytes(v ^ (u64::from(b' ') * ONES))
                & nonzero_bytes(v ^ (u64::from(b'\n') * ONES));
            if other != 0 {
                i += (other.trailing_zeros() / 8) as usize;
                break;
            }
            i += 8;
        }
        match b.get(i) {
            Some(b' ' | b'\t' | b'\n' | b'\r') => i += 1,
            _ => return i,
        }
    }
}

/// [`string_stop`] for a long text: the next quote or backslash, then a check of the span for
/// control characters, which are not allowed and almost never there.
fn long_string_stop(b: &[u8], i: usize) -> usize {
    let rest = b.get(i..).unwrap_or_default();
    let end = memchr::memchr2(b'"', b'\\', rest).unwrap_or(rest.len());
    let span = rest.get(..end).unwrap_or_default();
    let control = span.iter().fold(0u8, |acc, &c| acc | u8::from(c < 0x20)) != 0;
    if control {
        i + span.iter().position(|&c| c < 0x20).unwrap_or(end)
    } else {
        i + end
    }
}

/// A key's length, first and last eight bytes in one u64: two different keys of one object
/// rarely share it, so most comparisons end there.
fn fingerprint(key: &[u8]) -> u64 {
    let (head, tail) = match (key.first_chunk::<8>(), key.last_chunk::<8>()) {
        (Some(h), Some(t)) => (u64::from_le_bytes(*h), u64::from_le_bytes(*t)),
        _ => {
            let short = key
                .iter()
                .enumerate()
                .fold(0u64, |acc, (j, &c)| acc | (u64::from(c) << (8 * j)));
            (short, 0)
        }
    };
    head ^ tail.rotate_left(29) ^ (key.len() as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15)
}

/// Every byte of a u64 set to 1.
const ONES: u64 = 0x0101_0101_0101_0101;

/// The high bit of each byte of `v` that is not zero. Exact for every byte (the additions stay
/// within seven bits, so nothing carries into the next byte), where the borrow trick of
/// [`string_stop`] is exact only for the lowest.
#[inline(always)]
fn nonzero_bytes(v: u64) -> u64 {
    const LOW7: u64 = 0x7F7F_7F7F_7F7F_7F7F;
    (((v & LOW7) + LOW7) | v) & !LOW7
}

/// The first byte from `i` that ends the plain part of a string: a quote, a backslash or a
/// control character (or the end). Keys and most answers are short: eight bytes at a time for
/// the first 32 (the lowest flagged byte of each test below is exact, since borrows only run
/// upwards from it); a longer text goes to memchr's wider SIMD search.
#[inline]
fn string_stop(b: &[u8], mut i: usize) -> usize {
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let short_end = i + 32;
    while let Some(chunk) = b.get(i..).and_then(|s| s.first_chunk::<8>()) {
        if i >= short_end {
            return long_string_stop(b, i);
        }
        let v = u64::from_le_bytes(*chunk);
        let quote = v ^ (u64::from(b'"') * ONES);
        let backslash = v ^ (u64::from(b'\\') * ONES);
        let flagged = (quote.wrapping_sub(ONES) & !quote)
            | (backslash.wrapping_sub(ONES) & !backslash)
            | (v.wrapping_sub(0x20 * ONES) & !v);
        let flagged = flagged & HIGH;
        if flagged != 0 {
            return i + (flagged.trailing_zeros() / 8) as usize;
        }
        i += 8;
    }
    while let Some(&c) = b.get(i) {
        if c == b'"' || c == b'\\' || c < 0x20 {
            return i;
        }
        i += 1;
    }
    i
}

/// The decoded string whose opening quote is at `at`, and the offset after its closing quote.
fn key_at(text: &str, at: usize) -> Option<(Cow<'_, str>, usize)> {
    let b = text.as_bytes();
    if b.get(at) != Some(&b'"') {
        return None;
    }
    let n = b
        .get(at + 1..)?
        .iter()
        .position(|&c| c == b'"' || c == b'\\')?;
    if b.get(at + 1 + n) == Some(&b'"') {
        return Some((Cow::Borrowed(text.get(at + 1..at + 1 + n)?), at + n + 2));
    }
    let mut p = Parser::new(text);
    p.i = at;
    let s = p.string().ok()?;
    Some((s, p.i))
}

fn skip_string(b: &[u8], mut i: usize) -> Option<usize> {
    i += 1;
    loop {
        match b.get(i)? {
            b'"' => return Some(i + 1),
            b'\\' => i += 2,
            _ => i += 1,
        }
    }
}

/// The offset just after the value that starts at `i`.
fn skip_value(b: &[u8], mut i: usize) -> Option<usize> {
    match b.get(i)? {
        b'"' => skip_string(b, i),
        b'{' | b'[' => {
            let mut depth = 0usize;
            loop {
                match b.get(i)? {
                    b'"' => {
                        i = skip_string(b, i)?;
                        continue;
                    }
                    b'{' | b'[' => depth += 1,
                    b'}' | b']' => {
                        depth = depth.checked_sub(1)?;
                        if depth == 0 {
                            return Some(i + 1);
                        }
                    }
                    _ => {}
                }
                i += 1;
            }
        }
        _ => {
            while !matches!(
                b.get(i),
                None | Some(b',' | b'}' | b']' | b' ' | b'\t' | b'\n' | b'\r')
            ) {
                i += 1;
            }
            Some(i)
        }
    }
}

/// The members of the object or array that opens at `open`: (the key of an object member, where
/// the member starts, where its value starts).
fn members(text: &str, open: usize) -> impl Iterator<Item = (Option<Cow<'_, str>>, usize, usize)> {
    let b = text.as_bytes();
    let is_object = b.get(open) == Some(&b'{');
    let mut next = Some(ws(b, open + 1));
    std::iter::from_fn(move || {
        let at = next.take()?;
        if matches!(b.get(at), None | Some(b'}' | b']')) {
            return None;
        }
        let (key, value) = if is_object {
            let (key, after) = key_at(text, at)?;
            let colon = ws(b, after);
            if b.get(colon) != Some(&b':') {
                return None;
            }
            (Some(key), ws(b, colon + 1))
        } else {
            (None, at)
        };
        let end = ws(b, skip_value(b, value)?);
        if b.get(end) == Some(&b',') {
            next = Some(ws(b, end + 1));
        }
        Some((key, at, value))
    })
}

/// Where the first member named `key` of the object that opens at `open` starts.
fn key_offset(text: &str, open: usize, key: &str) -> Option<usize> {
    members(text, open)
        .find(|(k, _, _)| k.as_deref() == Some(key))
        .map(|(_, at, _)| at)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::Value;

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

    /// The SIMD check and the standard library's agree on every kind of bad sequence, at every
    /// place of a text long enough for the wide path; the message gives the standard's byte.
    #[test]
    fn utf8_verdict_and_place_are_the_standard_ones() {
        let bad: [&[u8]; 8] = [
            b"\xff",
            b"\xc3",
            b"\xc0\xaf",
            b"\xe0\x80\xaf",
            b"\xed\xa0\x80",
            b"\xf4\x90\x80\x80",
            b"\xe2\x82",
            b"\x80",
        ];
        let good = "Ma\u{f1}ana \u{645}\u{631}\u{64a}\u{645} \u{1f600} ";
        for at in [0, 1, 7, 31, 32, 63, 64, 65, 200] {
            for seq in bad {
                let mut text = b"{\"a\": \"".to_vec();
                text.extend(good.repeat(12).as_bytes().iter().take(at));
                // Cut inside a character would be its own error: keep the prefix whole.
                while std::str::from_utf8(&text).is_err() {
                    text.pop();
                }
                text.extend_from_slice(seq);
                text.extend_from_slice(b"\"}");
                let std_err = std::str::from_utf8(&text).expect_err("bad sequence");
                let e = parse(&text).expect_err("refused");
                assert_eq!(e.code, "input.utf8", "{seq:?} after {at}");
                let byte = format!("byte {} ", std_err.valid_up_to() + 1);
                assert!(e.message.contains(&byte), "{}: {byte}", e.message);
            }
        }
        let fine = format!("{{\"a\": \"{}\"}}", good.repeat(40));
        assert!(parse(fine.as_bytes()).is_ok());
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

    /// The eight-at-a-time skips stop where a byte-by-byte scan does, for every mix of blanks
    /// and other bytes (multi-byte characters too) at every alignment.
    #[test]
    fn skips_stop_where_a_plain_scan_does() {
        // With the bytes one above each searched byte ('!', 0x0B, '#', ']'), where a borrow
        // trick would flag a byte that is not there.
        let alphabet = [
            b' ', b'\n', b'\t', b'\r', b'"', b'\\', b'!', 0x0B, b'#', b']', b'a', 0x01, 0x1f, 0x7f,
            0x80, 0xE2, 0xFF,
        ];
        let mut seed = 0x2545_F491_4F6C_DD1Du64;
        for _ in 0..20_000 {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            let len = (seed % 40) as usize;
            let text: Vec<u8> = (0..len)
                .map(|k| alphabet[((seed >> (k % 60)) as usize + k * 7) % alphabet.len()])
                .collect();
            for start in 0..=len {
                let blank = text[start..]
                    .iter()
                    .position(|c| !matches!(c, b' ' | b'\n' | b'\t' | b'\r'))
                    .map_or(len, |p| start + p);
                assert_eq!(ws_run(&text, start), blank, "{text:?} from {start}");
                let stop = text[start..]
                    .iter()
                    .position(|&c| c == b'"' || c == b'\\' || c < 0x20)
                    .map_or(len, |p| start + p);
                assert_eq!(string_stop(&text, start), stop, "{text:?} from {start}");
            }
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
        let v = ok.to_value();
        assert_eq!(v["s"], "é😀 ل");
        assert_eq!(v["n"], -150.0);
    }

    /// Every pointer of a document, children before the next sibling.
    fn pointers(v: &Value, ptr: &mut String, out: &mut Vec<String>) {
        out.push(ptr.clone());
        let len = ptr.len();
        match v {
            Value::Object(o) => {
                for (k, c) in o {
                    push_token(ptr, k);
                    pointers(c, ptr, out);
                    ptr.truncate(len);
                }
            }
            Value::Array(a) => {
                for (n, c) in a.iter().enumerate() {
                    push_index(ptr, n);
                    pointers(c, ptr, out);
                    ptr.truncate(len);
                }
            }
            _ => {}
        }
    }

    fn documents() -> Vec<(String, String)> {
        let mut docs = crate::test_fixtures::valid();
        docs.push((
            "escapes".into(),
            "\n {\"a/b\": {\"~\": [0, {\"\\u00e9\\\"\": [true]}]}, \"\": 1,\n \"x\": \"\u{1F600}\", \"y\": [[], {}, \"}]\"]}".into(),
        ));
        docs
    }

    /// Reading the text again from the offset found for a pointer gives the value at that
    /// pointer: the offset is where that value starts, for every value of every fixture.
    #[test]
    fn every_value_is_found_where_it_starts() {
        for (name, text) in documents() {
            let src = parse(text.as_bytes()).expect(&name);
            let mut all = Vec::new();
            let value = src.to_value();
            pointers(&value, &mut String::new(), &mut all);
            for p in &all {
                let off = src.offset_of(p).expect(p);
                let mut rest =
                    serde_json::Deserializer::from_str(&text[off..]).into_iter::<Value>();
                let found = rest.next().and_then(Result::ok);
                assert_eq!(found.as_ref(), value.pointer(p), "{name}: {p}");
                let at = src.root().pointer(p).map(|v| (v.start(), v.to_value()));
                assert_eq!(
                    at,
                    Some((off, found.clone().unwrap_or_default())),
                    "{name}: {p}"
                );
                assert!(
                    text[..off].ends_with(['{', '[', ':', ',', ' ', '\n'])
                        || off == 0
                        || p.is_empty(),
                    "{name}: {p}"
                );
            }
        }
    }

    /// Many look-ups at once (one pass counting lines) and one by one agree, also for pointers
    /// to values that do not exist.
    #[test]
    fn positions_agree_one_by_one_and_together() {
        for (name, text) in documents() {
            let src = parse(text.as_bytes()).expect(&name);
            let mut all = Vec::new();
            pointers(&src.to_value(), &mut String::new(), &mut all);
            let mut asked: Vec<String> = Vec::new();
            for p in &all {
                asked.push(p.clone());
                asked.push(format!("{p}/zz/0"));
                asked.push(format!("{p}/01"));
            }
            asked.extend(["nope".to_string(), "nope/a".into(), "/".into(), "//".into()]);
            let refs: Vec<&str> = asked.iter().map(String::as_str).collect();
            let indexed = src.positions(&refs);
            for (p, at) in refs.iter().zip(&indexed) {
                let one = src.position(p);
                assert_eq!(one, *at, "{name}: {p}");
                assert_eq!(
                    one,
                    src.offset_of(p).map(|o| line_col(&text, o)),
                    "{name}: {p}"
                );
            }
            assert_eq!(src.positions(&refs[..3]), indexed[..3].to_vec(), "{name}");
        }
    }

    /// A value deep in a real case file, counted by hand: line 313, column 17 is where the
    /// I-589 filing date of the family fixture starts.
    #[test]
    fn deep_value_line_and_column() {
        let text = std::fs::read_to_string(
            std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
                .join("fixtures/valid/i589-affirmative-family.json"),
        )
        .expect("fixture");
        let src = parse(text.as_bytes()).expect("valid");
        let at = src.position("/forms/i589/filing/date").expect("found");
        assert_eq!(
            at,
            LineCol {
                line: 313,
                column: 17
            }
        );
        let line = text.lines().nth(at.line - 1).expect("line");
        assert!(line
            .chars()
            .skip(at.column - 1)
            .collect::<String>()
            .starts_with('"'));
        // an unknown key under it falls back to the date itself
        assert_eq!(src.position("/forms/i589/filing/date/x"), Some(at));
    }

    #[test]
    fn duplicate_key_after_escaped_and_nested_keys() {
        let e = parse(b"{\"b\": {\"a\": 1},\n  \"a\\u0062\": 2, \"c\": [{}],\n\"ab\": 3}")
            .expect_err("duplicate");
        assert_eq!(e.code, "json.duplicate_key");
        assert_eq!(e.pointer, "/ab");
        assert_eq!(e.at, Some(LineCol { line: 3, column: 1 }));
        assert!(e.message.contains("line 2, column 3"), "{}", e.message);
        let e = parse(b"{\"a~/b\": [1, {\"x\": tru}]}").expect_err("syntax");
        assert_eq!(e.pointer, "/a~0~1b/1/x");
    }

    #[test]
    fn pointer_is_value_pointer() {
        let text = r#"{"a/b": {"~": [1, {"0": 2}]}, "": {"": 3}}"#;
        let v: Value = serde_json::from_str(text).expect("json");
        let doc = parse(text.as_bytes()).expect("json");
        for p in [
            "",
            "/",
            "//",
            "/a~1b",
            "/a~1b/~0",
            "/a~1b/~0/1/0",
            "/a~1b/~0/01",
            "/a~1b/~0/+1",
            "/a~1b/~0/2",
            "x",
            "/a~1b/~0/1/0/x",
            "/a~2b",
        ] {
            let found = doc.root().pointer(p).map(|x| x.to_value());
            assert_eq!(found.as_ref(), v.pointer(p), "{p}");
        }
    }

    /// A duplicate far into a large object is reported at the second key, naming the first.
    #[test]
    fn duplicate_key_in_a_large_object() {
        for (count, dup) in [
            (40, 3),
            (40, 30),
            (17, 16),
            (16, 0),
            (70, 2),
            (70, 65),
            (65, 64),
            (64, 63),
        ] {
            let mut doc = String::from("{");
            for k in 0..count {
                doc.push_str(&format!("\n\"k{k}\": {k},"));
            }
            doc.push_str(&format!("\n\"k{dup}\": 0}}"));
            let e = parse(doc.as_bytes()).expect_err("duplicate");
            assert_eq!(e.code, "json.duplicate_key");
            assert_eq!(e.pointer, format!("/k{dup}"));
            assert_eq!(
                e.at,
                Some(LineCol {
                    line: count + 2,
                    column: 1
                })
            );
            let first = format!("first at line {}, column 1", dup + 2);
            assert!(e.message.contains(&first), "{}", e.message);
        }
        let mut doc = String::from("{");
        for k in 0..100 {
            doc.push_str(&format!("\"k{k}\": [{k}, {{\"k{k}\": 1}}],"));
        }
        doc.push_str("\"end\": true}");
        let src = parse(doc.as_bytes()).expect("no duplicate");
        assert_eq!(src.root().len(), 101);
        assert_eq!(src.to_value()["k99"][1]["k99"], 1);
    }
}
