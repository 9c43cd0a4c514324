//! The Noto fonts shipped in `fonts/` (SIL Open Font License 1.1, see `fonts/OFL.txt` and
//! `fonts/README.md`), built into the binary so an installed `asylum-forms` draws every script
//! the case files use without system fonts: the draft review PDF uses them, and the official-form
//! filler falls back to them for text the blanks' own fonts cannot draw; and the faces text is
//! drawn with ([`EmbedFont`], [`DrawFont`]).

use std::fmt;
use std::sync::Arc;

use crate::text::TextError;

/// An OpenType/TrueType font (file bytes + face index in a collection) to
/// draw text the form's own fonts cannot encode.
#[derive(Clone)]
pub struct EmbedFont {
    name: String,
    pub(crate) data: Arc<Vec<u8>>,
    pub(crate) index: u32,
}

impl fmt::Debug for EmbedFont {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "EmbedFont({}, {} bytes, face {})",
            self.name,
            self.data.len(),
            self.index
        )
    }
}

impl PartialEq for EmbedFont {
    fn eq(&self, other: &Self) -> bool {
        self.index == other.index
            && (Arc::ptr_eq(&self.data, &other.data) || self.data == other.data)
    }
}

impl EmbedFont {
    /// Checks that `data` holds a usable face (with a cmap and metrics).
    pub fn new(data: Vec<u8>, index: u32) -> Result<EmbedFont, TextError> {
        let face = ttf_parser::Face::parse(&data, index)
            .map_err(|e| TextError::Font(format!("font cannot be parsed: {e}")))?;
        let name = face
            .names()
            .into_iter()
            .find(|n| n.name_id == ttf_parser::name_id::POST_SCRIPT_NAME)
            .and_then(|n| n.to_string())
            .unwrap_or_else(|| "EmbeddedFont".to_string());
        // PostScript names are ASCII without spaces; keep the font name a valid PDF name anyway.
        let name: String = name
            .chars()
            .filter(|c| c.is_ascii_alphanumeric() || *c == '-')
            .collect();
        Ok(EmbedFont {
            name,
            data: Arc::new(data),
            index,
        })
    }

    /// The font's PostScript name.
    pub fn name(&self) -> &str {
        &self.name
    }

    pub(crate) fn face(&self) -> Result<rustybuzz::Face<'_>, TextError> {
        rustybuzz::Face::from_slice(&self.data, self.index)
            .ok_or_else(|| TextError::Font(format!("font {} cannot be parsed", self.name)))
    }

    /// The first character of `text` the font has no glyph for (controls and
    /// joiners that are never drawn are not required).
    pub fn first_missing(&self, text: &str) -> Option<char> {
        let face = ttf_parser::Face::parse(&self.data, self.index).ok()?;
        text.chars()
            .find(|c| !is_invisible(*c) && face.glyph_index(*c).is_none())
    }
}

/// Characters that shaping consumes without needing their own glyph (controls, zero-width
/// spaces and joiners, direction marks, embeddings and isolates, the BOM).
pub(crate) fn is_invisible(c: char) -> bool {
    c.is_control() || is_format(c) || c == '\u{FEFF}'
}

/// Joiners and direction marks: shaping uses them, no glyph is needed.
pub(crate) fn is_format(c: char) -> bool {
    matches!(c, '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// A face text is laid out with: the face for shaping and measuring, the font to embed.
pub struct DrawFont {
    pub face: rustybuzz::Face<'static>,
    pub embed: EmbedFont,
    /// Advance (font units) of each character below U+0250 the font has: the cmap lookup,
    /// done for every character of every line while wrapping, was a fifth of a draft's time.
    latin: Vec<Option<u16>>,
}

/// Characters below this (Latin, with its extensions) have their advance and their font looked
/// up in tables built once.
pub(crate) const LATIN_END: usize = 0x250;

impl DrawFont {
    pub fn new(face: rustybuzz::Face<'static>, embed: EmbedFont) -> DrawFont {
        let latin = (0..LATIN_END as u32)
            .map(|u| {
                let g = char::from_u32(u).and_then(|c| face.glyph_index(c))?;
                Some(face.glyph_hor_advance(g).unwrap_or(0))
            })
            .collect();
        DrawFont { face, embed, latin }
    }

    /// The advance of `c` in font units, or None when the font has no glyph for it.
    pub fn advance(&self, c: char) -> Option<u16> {
        match self.latin.get(c as usize) {
            Some(a) => *a,
            None => {
                let g = self.face.glyph_index(c)?;
                Some(self.face.glyph_hor_advance(g).unwrap_or(0))
            }
        }
    }
}

/// One built-in face.
pub struct BuiltinFont {
    pub file: &'static str,
    pub bytes: &'static [u8],
    /// What it covers, for messages.
    pub covers: &'static str,
}

/// The regular faces, in the order text falls back through them: Latin, Greek and Cyrillic
/// first (most text), then the scripts case files name people and places in.
pub const REGULAR: &[BuiltinFont] = &[
    BuiltinFont {
        file: "NotoSans-Regular.ttf",
        bytes: include_bytes!("../../fonts/NotoSans-Regular.ttf"),
        covers: "Latin, Greek, Cyrillic",
    },
    BuiltinFont {
        file: "NotoNaskhArabic-Regular.ttf",
        bytes: include_bytes!("../../fonts/NotoNaskhArabic-Regular.ttf"),
        covers: "Arabic",
    },
    BuiltinFont {
        file: "NotoSansHebrew-Regular.ttf",
        bytes: include_bytes!("../../fonts/NotoSansHebrew-Regular.ttf"),
        covers: "Hebrew",
    },
    BuiltinFont {
        file: "NotoSansEthiopic-Regular.ttf",
        bytes: include_bytes!("../../fonts/NotoSansEthiopic-Regular.ttf"),
        covers: "Ethiopic",
    },
    BuiltinFont {
        file: "NotoSansDevanagari-Regular.ttf",
        bytes: include_bytes!("../../fonts/NotoSansDevanagari-Regular.ttf"),
        covers: "Devanagari",
    },
    BuiltinFont {
        file: "NotoSansMyanmar-Regular.ttf",
        bytes: include_bytes!("../../fonts/NotoSansMyanmar-Regular.ttf"),
        covers: "Myanmar",
    },
    BuiltinFont {
        file: "NotoSansCJKsc-Regular-subset.otf",
        bytes: include_bytes!("../../fonts/NotoSansCJKsc-Regular-subset.otf"),
        covers: "Chinese (GB2312, Big5 common), kana, hangul (KS X 1001)",
    },
];

/// The bold face for headings and labels (Latin, Greek, Cyrillic; other scripts fall back to
/// the regular faces).
pub const BOLD: BuiltinFont = BuiltinFont {
    file: "NotoSans-Bold.ttf",
    bytes: include_bytes!("../../fonts/NotoSans-Bold.ttf"),
    covers: "Latin, Greek, Cyrillic (bold)",
};

/// The regular faces as fallback fonts for the official-form filler, in fallback order.
pub fn embed_fonts() -> Vec<EmbedFont> {
    REGULAR
        .iter()
        .filter_map(|f| EmbedFont::new(f.bytes.to_vec(), 0).ok())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_builtin_font_parses() {
        assert_eq!(embed_fonts().len(), REGULAR.len());
        assert!(EmbedFont::new(BOLD.bytes.to_vec(), 0).is_ok());
    }

    #[test]
    fn the_fonts_cover_the_scripts_they_claim() {
        let fonts = embed_fonts();
        for (i, sample) in [
            "Ivanov Иванов Παπαδόπουλος",
            "محمد",
            "כהן",
            "አበበ",
            "देवी",
            "မြန်မာ",
            "王小明 張偉 さくら 한국",
        ]
        .iter()
        .enumerate()
        {
            assert_eq!(fonts[i].first_missing(sample), None, "{sample}");
        }
    }
}
