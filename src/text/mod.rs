//! The text engine, one for the filled forms, their continuation sheets and the draft: which
//! font draws each character ([`runs`], over the built-in [`fonts`]), the order of
//! right-to-left text ([`bidi`]), shaping into glyph runs ([`shape`]) and measuring
//! ([`measure`]). It returns glyph runs; the PDF writers (`pdf/embed.rs` for the forms, whose
//! TJ arrays `draft/draw.rs` uses too) turn them into font subsets and content streams.
//!
//! Dependencies go one way: fonts ← shape ← measure ← runs; bidi stands alone.

pub mod bidi;
pub mod fonts;
pub mod measure;
pub mod runs;
pub mod shape;

pub use fonts::{DrawFont, EmbedFont};
