//! JSON pointers (RFC 6901) and positions in a case file's text: the vocabulary the reader, the
//! document and the schema share. It imports nothing of the crate, so the reader, the document
//! and everything after them can use it without a circle.

/// A line and column, both counted from 1; the column counts characters, not bytes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
pub struct LineCol {
    pub line: usize,
    pub column: usize,
}

pub fn line_col(text: &str, offset: usize) -> LineCol {
    let offset = offset.min(text.len());
    let before = text.get(..offset).unwrap_or(text);
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    let column = before.get(line_start..).map_or(0, |s| s.chars().count()) + 1;
    LineCol { line, column }
}

/// [`line_col`] of many offsets, counting lines once from the start instead of once per offset.
pub fn line_cols(text: &str, offsets: &[Option<usize>]) -> Vec<Option<LineCol>> {
    let mut order: Vec<(usize, usize)> = offsets
        .iter()
        .enumerate()
        .filter_map(|(i, o)| o.map(|o| (o, i)))
        .collect();
    order.sort_unstable();
    let mut out = vec![None; offsets.len()];
    // `column` is the characters from the start of `at`'s line to `at`, carried from one offset to the
    // next: counting from the line's start for each offset was quadratic on a one-line file
    // with thousands of findings.
    let (mut at, mut line, mut column) = (0, 1, 0);
    for (off, i) in order {
        // `line_col` clamps; an offset inside a character cannot come from the reader, but must
        // not panic either.
        let off = off.min(text.len());
        if !text.is_char_boundary(off) {
            out[i] = Some(line_col(text, off));
            continue;
        }
        let seen = text.as_bytes().get(at..off).unwrap_or_default();
        let lines = count_newlines(seen);
        if lines > 0 {
            line += lines;
            let line_start = at + memchr::memrchr(b'\n', seen).map_or(0, |j| j + 1);
            column = text.get(line_start..off).map_or(0, |s| s.chars().count());
        } else {
            column += text.get(at..off).map_or(0, |s| s.chars().count());
        }
        at = off;
        out[i] = Some(LineCol {
            line,
            column: column + 1,
        });
    }
    out
}

/// The line breaks in `b`, counted without a search per line: byte counters that cannot
/// overflow within 255 bytes are a loop the compiler vectorises.
fn count_newlines(b: &[u8]) -> usize {
    b.chunks(255)
        .map(|c| usize::from(c.iter().fold(0u8, |n, &x| n + u8::from(x == b'\n'))))
        .sum()
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

/// Appends `/` and an array index to a pointer, without allocating.
pub fn push_index(ptr: &mut String, index: usize) {
    use std::fmt::Write;
    ptr.push('/');
    let _ = write!(ptr, "{index}");
}

/// An array index as serde_json's `Value::pointer` reads one: no sign, no leading zero.
pub fn parse_index(s: &str) -> Option<usize> {
    if s.starts_with('+') || (s.starts_with('0') && s.len() != 1) {
        return None;
    }
    s.parse().ok()
}

/// Whether `key` escaped as a pointer token (RFC 6901) is `token`.
pub fn token_eq(key: &str, token: &str) -> bool {
    if key.contains(['~', '/']) {
        escape_token(key) == token
    } else {
        key == token
    }
}

/// An array index written the way pointers to array items are built (plain decimal).
pub fn index_token(token: &str) -> Option<usize> {
    let canonical = !token.is_empty()
        && token.bytes().all(|c| c.is_ascii_digit())
        && (token.len() == 1 || !token.starts_with('0'));
    canonical.then(|| token.parse().ok()).flatten()
}

/// One step of the path to a value.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Step<'v> {
    Key(&'v str),
    Index(usize),
}

/// Where a walk over a case is: made into a JSON pointer only when a rule needs one, since most
/// values visited are not reported.
#[derive(Debug, Default)]
pub struct InstancePath<'v>(pub(crate) Vec<Step<'v>>);

impl<'v> InstancePath<'v> {
    pub fn new(steps: Vec<Step<'v>>) -> Self {
        InstancePath(steps)
    }

    pub fn steps(&self) -> &[Step<'_>] {
        &self.0
    }

    pub fn pointer(&self) -> String {
        let mut p = String::new();
        for step in &self.0 {
            match *step {
                Step::Key(k) => push_token(&mut p, k),
                Step::Index(i) => push_index(&mut p, i),
            }
        }
        p
    }

    /// Whether [`Self::pointer`] would be `pointer`.
    pub fn is(&self, pointer: &str) -> bool {
        if self.0.is_empty() {
            return pointer.is_empty();
        }
        let Some(rest) = pointer.strip_prefix('/') else {
            return false;
        };
        let mut tokens = rest.split('/');
        self.0.iter().all(|step| {
            tokens.next().is_some_and(|t| match *step {
                Step::Key(k) => token_eq(k, t),
                Step::Index(i) => index_token(t) == Some(i),
            })
        }) && tokens.next().is_none()
    }
}
