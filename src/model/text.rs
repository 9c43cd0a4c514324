//! The model's texts. Most of a case's texts are short (names, places, codes, ids), and a
//! `String` each cost a heap allocation and a free per case read: about 145 for a generated
//! case, the largest single cost of building the typed model. A [`Text`] keeps up to 24 bytes
//! inline and only a longer one on the heap; it reads, writes and is described by the schema
//! exactly as a `String`.

use compact_str::CompactString;
use serde::{Deserialize, Serialize};
use std::fmt;
use std::ops::Deref;

#[derive(Clone, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Text(CompactString);

impl Text {
    pub fn as_str(&self) -> &str {
        self.0.as_str()
    }
}

impl Deref for Text {
    type Target = str;
    fn deref(&self) -> &str {
        self.0.as_str()
    }
}

impl fmt::Display for Text {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(self.0.as_str(), f)
    }
}

/// As a `String` prints: quoted and escaped.
impl fmt::Debug for Text {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(self.0.as_str(), f)
    }
}

impl From<&str> for Text {
    fn from(s: &str) -> Self {
        Text(CompactString::from(s))
    }
}

impl From<String> for Text {
    fn from(s: String) -> Self {
        Text(CompactString::from(s))
    }
}

impl From<Text> for String {
    fn from(t: Text) -> Self {
        t.0.into_string()
    }
}

impl PartialEq<&str> for Text {
    fn eq(&self, other: &&str) -> bool {
        self.as_str() == *other
    }
}

impl PartialEq<Text> for String {
    fn eq(&self, other: &Text) -> bool {
        self.as_str() == other.as_str()
    }
}

schema_as!(Text, String);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_and_writes_as_a_string() {
        for s in [
            "",
            "Haddad",
            "a text longer than twenty-four bytes, kept on the heap",
            "مريم",
        ] {
            let json = serde_json::to_string(s).expect("a string writes");
            let t: Text = serde_json::from_str(&json).expect("a string reads as a Text");
            assert_eq!(t, s);
            assert_eq!(serde_json::to_string(&t).expect("a Text writes"), json);
            assert_eq!(format!("{t:?}"), format!("{s:?}"));
            assert_eq!(t.to_string(), s);
        }
        assert!(serde_json::from_str::<Text>("12").is_err());
    }

    #[test]
    fn described_as_a_string() {
        let text = serde_json::to_value(schemars::schema_for!(Text)).expect("schema");
        let string = serde_json::to_value(schemars::schema_for!(String)).expect("schema");
        assert_eq!(text, string);
        assert_eq!(text["type"], "string");
    }
}
