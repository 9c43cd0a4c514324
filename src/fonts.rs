//! The Noto fonts shipped in `fonts/` (SIL Open Font License 1.1, see `fonts/OFL.txt` and
//! `fonts/README.md`), built into the binary so an installed `asylum-forms` draws every script
//! the case files use without system fonts: the draft review PDF uses them, and the official-form
//! filler falls back to them for text the blanks' own fonts cannot draw.

use crate::pdf::EmbedFont;

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
        bytes: include_bytes!("../fonts/NotoSans-Regular.ttf"),
        covers: "Latin, Greek, Cyrillic",
    },
    BuiltinFont {
        file: "NotoNaskhArabic-Regular.ttf",
        bytes: include_bytes!("../fonts/NotoNaskhArabic-Regular.ttf"),
        covers: "Arabic",
    },
    BuiltinFont {
        file: "NotoSansHebrew-Regular.ttf",
        bytes: include_bytes!("../fonts/NotoSansHebrew-Regular.ttf"),
        covers: "Hebrew",
    },
    BuiltinFont {
        file: "NotoSansEthiopic-Regular.ttf",
        bytes: include_bytes!("../fonts/NotoSansEthiopic-Regular.ttf"),
        covers: "Ethiopic",
    },
    BuiltinFont {
        file: "NotoSansDevanagari-Regular.ttf",
        bytes: include_bytes!("../fonts/NotoSansDevanagari-Regular.ttf"),
        covers: "Devanagari",
    },
    BuiltinFont {
        file: "NotoSansMyanmar-Regular.ttf",
        bytes: include_bytes!("../fonts/NotoSansMyanmar-Regular.ttf"),
        covers: "Myanmar",
    },
    BuiltinFont {
        file: "NotoSansCJKsc-Regular-subset.otf",
        bytes: include_bytes!("../fonts/NotoSansCJKsc-Regular-subset.otf"),
        covers: "Chinese (GB2312, Big5 common), kana, hangul (KS X 1001)",
    },
];

/// The bold face for headings and labels (Latin, Greek, Cyrillic; other scripts fall back to
/// the regular faces).
pub const BOLD: BuiltinFont = BuiltinFont {
    file: "NotoSans-Bold.ttf",
    bytes: include_bytes!("../fonts/NotoSans-Bold.ttf"),
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
