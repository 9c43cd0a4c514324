//! Mutations: raw bytes (any input), JSON values (cases), and PDF objects (blanks).

use serde_json::Value;

/// xorshift64*: small, seedable, reproducible (the seed is printed with every finding).
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Self {
        Rng(seed.max(1))
    }
    pub fn next(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x >> 12;
        x ^= x << 25;
        x ^= x >> 27;
        self.0 = x;
        x.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }
    pub fn below(&mut self, n: usize) -> usize {
        if n == 0 {
            0
        } else {
            (self.next() % n as u64) as usize
        }
    }
    pub fn chance(&mut self, percent: u64) -> bool {
        self.next() % 100 < percent
    }
    pub fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
}

/// Texts that have broken tools before: every script the forms meet, combining marks, control
/// and bidi characters, escape sequences, very long words and texts.
pub const TEXTS: &[&str] = &[
    "",
    " ",
    "N/A",
    "محمد عبد الله",
    "مرحبا 123 شارع",
    "שלום עולם",
    "ሰላም ለዓለም አዲስ አበባ",
    "नमस्ते दुनिया",
    "မင်္ဂလာပါ",
    "你好世界",
    "こんにちは",
    "안녕하세요",
    "Здравствуй мир",
    "Γειά σου",
    "สวัสดี",
    "😀👨‍👩‍👧",
    "e\u{301}\u{301}\u{301}",
    "a\u{200d}b\u{200c}c",
    "\u{0}",
    "\u{7}bell",
    "\u{1b}[31mred\u{1b}[0m",
    "\u{7f}",
    "\u{85}\u{9b}",
    "tab\there",
    "line\nbreak\r\n",
    "\u{202e}2026-01-01\u{202c}",
    "\u{2066}isolate\u{2069}",
    "\u{200f}\u{202b}rtl",
    "\u{feff}bom",
    "\u{fffd}",
    "\u{10ffff}",
    "((((((((((",
    "%s%n{}{{}}",
    "\\u0000",
];

/// A text picked from [`TEXTS`], or made long (many words, or one word with no break).
pub fn text(rng: &mut Rng) -> String {
    match rng.below(10) {
        0 => {
            let word = *rng.pick(TEXTS);
            let n = 1 + rng.below(400);
            std::iter::repeat_n(if word.is_empty() { "word" } else { word }, n)
                .collect::<Vec<_>>()
                .join(" ")
        }
        1 => "W".repeat(1 + rng.below(5000)),
        2 => {
            let mut s = String::new();
            for _ in 0..1 + rng.below(6) {
                s.push_str(rng.pick::<&str>(TEXTS));
            }
            s
        }
        _ => rng.pick(TEXTS).to_string(),
    }
}

fn number(rng: &mut Rng) -> Value {
    let options = [
        "0",
        "-1",
        "1",
        "1.5",
        "1e308",
        "-1e308",
        "18446744073709551616",
        "-9223372036854775809",
        "4294967296",
        "65535",
        "1e-320",
    ];
    serde_json::from_str(rng.pick::<&str>(&options)).unwrap_or(Value::Null)
}

fn date(rng: &mut Rng) -> Value {
    let options = [
        "2026-02-29",
        "2024-02-29",
        "0000-01-01",
        "9999-12-31",
        "1899-12-31",
        "2026-11-22",
        "2026-13-01",
        "2026-1-1",
        "",
    ];
    Value::String(rng.pick(&options).to_string())
}

/// Paths to every node of `v` (as indices into objects' and arrays' children).
fn paths(v: &Value, here: &mut Vec<usize>, out: &mut Vec<Vec<usize>>) {
    out.push(here.clone());
    match v {
        Value::Object(m) => {
            for (i, (_, c)) in m.iter().enumerate() {
                here.push(i);
                paths(c, here, out);
                here.pop();
            }
        }
        Value::Array(a) => {
            for (i, c) in a.iter().enumerate() {
                here.push(i);
                paths(c, here, out);
                here.pop();
            }
        }
        _ => {}
    }
}

fn node_mut<'a>(v: &'a mut Value, path: &[usize]) -> Option<&'a mut Value> {
    let mut cur = v;
    for &i in path {
        cur = match cur {
            Value::Object(m) => m.values_mut().nth(i)?,
            Value::Array(a) => a.get_mut(i)?,
            _ => return None,
        };
    }
    Some(cur)
}

/// Whether a string looks like a code, a date or a number the schema constrains (kept when
/// the case should stay valid).
fn constrained(s: &str) -> bool {
    s.is_empty()
        || s.bytes().all(|b| {
            b.is_ascii_digit() || b.is_ascii_lowercase() || b == b'-' || b == b'_' || b == b'.'
        })
        || s.bytes()
            .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit())
}

/// One mutation of a case. `keep_valid`: change only free texts (names, places, narratives)
/// and repeat list entries, so the case most often still validates and gets rendered.
pub fn json(v: &mut Value, rng: &mut Rng, keep_valid: bool, max_repeat: usize) {
    let mut all = Vec::new();
    paths(v, &mut Vec::new(), &mut all);
    let path = rng.pick(&all).clone();
    let Some(node) = node_mut(v, &path) else {
        return;
    };
    if keep_valid {
        match node {
            Value::String(s) if !constrained(s) => {
                *s = match rng.below(3) {
                    0 => format!("{s} {}", text(rng)),
                    _ => text(rng),
                };
            }
            Value::Array(a) if !a.is_empty() => {
                let i = rng.below(a.len());
                let item = a[i].clone();
                for _ in 0..1 + rng.below(max_repeat) {
                    a.push(item.clone());
                }
            }
            _ => {}
        }
        return;
    }
    match rng.below(9) {
        0 => *node = Value::String(text(rng)),
        1 => *node = number(rng),
        2 => *node = date(rng),
        3 => *node = Value::Null,
        4 => *node = Value::Bool(rng.chance(50)),
        5 => {
            if let Value::Array(a) = node {
                if !a.is_empty() {
                    let item = a[rng.below(a.len())].clone();
                    for _ in 0..1 + rng.below(max_repeat) {
                        a.push(item.clone());
                    }
                }
            }
        }
        6 => match node {
            Value::Object(m) if !m.is_empty() => {
                let k = m
                    .keys()
                    .nth(rng.below(m.len()))
                    .cloned()
                    .unwrap_or_default();
                m.shift_remove(&k);
            }
            Value::Array(a) if !a.is_empty() => {
                a.remove(rng.below(a.len()));
            }
            _ => {}
        },
        7 => *node = Value::Array(vec![node.clone(); 1 + rng.below(3)]),
        _ => {
            if let Value::Object(m) = node {
                m.insert(text(rng), Value::String(text(rng)));
            }
        }
    }
}

/// Tokens for raw insertion: JSON's syntax at its edges.
const TOKENS: &[&[u8]] = &[
    b"\"",
    b"{",
    b"}",
    b"[",
    b"]",
    b",",
    b":",
    b"\\",
    b"\\u0000",
    b"\\ud800",
    b"\\udfff",
    b"1e999999",
    b"-0",
    b"null",
    b"\xef\xbb\xbf",
    b"\xff",
    b"\xc0\x80",
    b"\xe2\x80\xae",
    b"\n",
    b"\r",
    b"\x00",
    b"obj",
    b"endobj",
    b"stream",
    b"endstream",
    b"/Length 99999999999999999999",
    b" R ",
    b"<<",
    b">>",
    b"/Kids [",
    b"/Parent",
    b"xref",
    b"trailer",
];

/// One raw byte mutation.
pub fn bytes(data: &mut Vec<u8>, rng: &mut Rng) {
    if data.is_empty() {
        data.extend_from_slice(rng.pick::<&[u8]>(TOKENS));
        return;
    }
    let at = rng.below(data.len());
    match rng.below(7) {
        0 => data[at] ^= 1 << rng.below(8),
        1 => data[at] = rng.next() as u8,
        2 => {
            let len = 1 + rng.below(16.min(data.len() - at));
            data.drain(at..at + len);
        }
        3 => {
            let tok = *rng.pick(TOKENS);
            data.splice(at..at, tok.iter().copied());
        }
        4 => {
            let len = 1 + rng.below(64.min(data.len() - at));
            let chunk: Vec<u8> = data[at..at + len].to_vec();
            let to = rng.below(data.len());
            data.splice(to..to, chunk);
        }
        5 => data.truncate(at),
        _ => {
            // An ASCII digit made another, or a number made huge: offsets and lengths.
            if data[at].is_ascii_digit() {
                data[at] = b'0' + rng.below(10) as u8;
            } else {
                data.splice(at..at, b"4294967296".iter().copied());
            }
        }
    }
}
