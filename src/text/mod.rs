//! The text engine, one for the filled forms, their continuation sheets and the draft: which
//! font draws each character ([`runs`], over the built-in [`fonts`]), the order of
//! right-to-left text ([`bidi`]), shaping into glyph runs ([`shape`]) and measuring
//! ([`measure`]). It returns glyph runs; the PDF writers (`pdf/embed.rs` for the forms, whose
//! TJ arrays `draft/draw.rs` uses too) turn them into font subsets and content streams.
//!
//! Dependencies go one way: fonts ← shape ← measure ← runs; bidi stands alone; nothing here
//! uses the PDF writers (their errors take [`TextError`] in).

pub mod bidi;
pub mod fonts;
pub mod measure;
pub mod runs;
pub mod shape;

pub use fonts::{DrawFont, EmbedFont};

use std::fmt;

/// What the text engine cannot do.
#[derive(Debug, Clone, PartialEq)]
pub enum TextError {
    /// A font cannot be parsed (the message says which and why).
    Font(String),
    /// No font has `ch`; `place` names the field or text it is in.
    Missing { place: String, ch: char },
}

impl fmt::Display for TextError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            TextError::Font(s) => f.write_str(s),
            TextError::Missing { place, ch } => write!(
                f,
                "{place}: no font has the character {ch:?} (U+{:04X})",
                *ch as u32
            ),
        }
    }
}

impl std::error::Error for TextError {}
