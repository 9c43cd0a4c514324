//! Text encodings: PDF text strings (PDFDocEncoding / UTF-16BE) for field values and names,
//! and WinAnsiEncoding for drawing with the blanks' fonts.
//!
//! The tables are lopdf's (its `encodings` module, reached through its public decoders: a
//! text string's PDFDocEncoding, a simple font's /WinAnsiEncoding). What lopdf does not do is
//! kept here: the per-character reverse lookup that says a character has no code (its
//! encoder drops such characters silently, and scans 256 entries per character); writing a
//! text string in PDFDocEncoding when it can (its `text_string` writes any non-ASCII text as
//! UTF-16, which would change every filled value with an accent); WinAnsi's no-break space
//! (0xA0) and soft hyphen (0xAD), which its table lacks; and the bullet only at 0x95, where
//! cp1252 has it (its table also reads the unused codes as the bullet).

use std::sync::OnceLock;

use lopdf::{dictionary, Document, Object};

/// The characters of codes 0x80..=0xA0 and, for PDFDocEncoding, 0x18..=0x1F, by code; the rest
/// of both encodings is ASCII and Latin-1 (checked by the tests).
struct High {
    pdfdoc: [Option<char>; 256],
    winansi: [Option<char>; 256],
}

fn high() -> &'static High {
    static HIGH: OnceLock<High> = OnceLock::new();
    HIGH.get_or_init(|| {
        let mut pdfdoc = [None; 256];
        let mut winansi = [None; 256];
        let font = dictionary! { "Type" => "Font", "Encoding" => "WinAnsiEncoding" };
        let doc = Document::new();
        let win = font.get_font_encoding(&doc).ok();
        for b in 0..=255u8 {
            pdfdoc[usize::from(b)] = lopdf::decode_text_string(&Object::string_literal(vec![b]))
                .ok()
                .and_then(|s| s.chars().next());
            winansi[usize::from(b)] = win
                .as_ref()
                .and_then(|e| e.bytes_to_string(&[b]).ok())
                .and_then(|s| s.chars().next());
        }
        // Missing from lopdf's WinAnsiEncoding (PDF 32000-1 Annex D: 0xA0 space, 0xAD hyphen).
        winansi[0xA0] = Some('\u{00A0}');
        winansi[0xAD] = Some('\u{00AD}');
        // lopdf reads the unused codes (0x7F, 0x81, 0x8D, 0x8F, 0x90, 0x9D) as the bullet, as
        // PDF 32000-1 Annex D allows; the bullet is written at cp1252's 0x95.
        for (b, c) in winansi.iter_mut().enumerate() {
            if *c == Some('\u{2022}') && b != 0x95 {
                *c = None;
            }
        }
        High { pdfdoc, winansi }
    })
}

/// The code of `c` among the codes `range` of `table`, first match.
fn find(table: &[Option<char>; 256], range: std::ops::RangeInclusive<u8>, c: char) -> Option<u8> {
    range
        .into_iter()
        .find(|&b| table[usize::from(b)] == Some(c))
}

fn pdfdoc_byte(c: char) -> Option<u8> {
    let u = c as u32;
    match u {
        0x09 | 0x0A | 0x0D | 0x20..=0x7E => Some(u as u8),
        // 0xAD is undefined in PDFDocEncoding; the rest of Latin-1 maps 1:1.
        0xA1..=0xAC | 0xAE..=0xFF => Some(u as u8),
        _ => {
            let t = &high().pdfdoc;
            find(t, 0x80..=0xA0, c).or_else(|| find(t, 0x18..=0x1F, c))
        }
    }
}

/// Encodes a PDF text string: PDFDocEncoding when every character has a code
/// there (older readers and most tools expect it), else UTF-16BE with a BOM.
pub(crate) fn encode_text_string(s: &str) -> Vec<u8> {
    let pdfdoc: Option<Vec<u8>> = s.chars().map(pdfdoc_byte).collect();
    match pdfdoc {
        Some(bytes) => bytes,
        None => {
            let mut out = Vec::with_capacity(2 + s.len() * 2);
            out.extend_from_slice(&[0xFE, 0xFF]);
            for unit in s.encode_utf16() {
                out.extend_from_slice(&unit.to_be_bytes());
            }
            out
        }
    }
}

/// Decodes a PDF text string (UTF-16BE with BOM, UTF-8 with BOM, or PDFDocEncoding) with
/// lopdf; what it refuses (unpaired surrogates, bad UTF-8) is decoded lossily, never lost.
pub(crate) fn decode_text_string(bytes: &[u8]) -> String {
    if let Ok(s) = lopdf::decode_text_string(&Object::string_literal(bytes.to_vec())) {
        return s;
    }
    if let Some(rest) = bytes.strip_prefix(&[0xFE, 0xFF]) {
        let units: Vec<u16> = rest
            .chunks(2)
            .map(|c| u16::from_be_bytes([c[0], c.get(1).copied().unwrap_or(0)]))
            .collect();
        return String::from_utf16_lossy(&units);
    }
    String::from_utf8_lossy(bytes.strip_prefix(&[0xEF, 0xBB, 0xBF]).unwrap_or(bytes)).into_owned()
}

/// The WinAnsiEncoding code of `c`, used by the blanks' simple fonts.
pub(crate) fn winansi_byte(c: char) -> Option<u8> {
    let u = c as u32;
    match u {
        0x20..=0x7E | 0xA0..=0xFF => Some(u as u8),
        _ => find(&high().winansi, 0x80..=0x9F, c),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_string_round_trip() {
        for s in [
            "Smith",
            "José Müller",
            "“quoted” – €",
            "Иванов",
            "محمد",
            "李",
        ] {
            assert_eq!(decode_text_string(&encode_text_string(s)), s);
        }
        assert_eq!(encode_text_string("abc"), b"abc");
        assert_eq!(&encode_text_string("Иван")[..2], &[0xFE, 0xFF]);
    }

    #[test]
    fn winansi() {
        assert_eq!(winansi_byte('A'), Some(b'A'));
        assert_eq!(winansi_byte('é'), Some(0xE9));
        assert_eq!(winansi_byte('€'), Some(0x80));
        assert_eq!(winansi_byte('Ж'), None);
        assert_eq!(winansi_byte('\u{2022}'), Some(0x95));
        assert_eq!(winansi_byte('\u{A0}'), Some(0xA0));
        assert_eq!(winansi_byte('\u{AD}'), Some(0xAD));
        assert_eq!(winansi_byte('\u{81}'), None);
    }

    /// The fast paths (ASCII, Latin-1) agree with lopdf's tables, and every code lopdf maps in
    /// 0x80..=0x9F is found: the encoders say what the tables say.
    #[test]
    fn fast_paths_agree_with_lopdf() {
        let h = high();
        for b in (0x20..=0x7Eu8).chain(0xA1..=0xFF) {
            if b != 0xAD {
                assert_eq!(
                    h.winansi[usize::from(b)],
                    Some(char::from(b)),
                    "WinAnsi {b:02X}"
                );
                assert_eq!(
                    h.pdfdoc[usize::from(b)],
                    Some(char::from(b)),
                    "PDFDoc {b:02X}"
                );
            }
        }
        for b in 0x80..=0x9Fu8 {
            if let Some(c) = h.winansi[usize::from(b)] {
                assert_eq!(winansi_byte(c), Some(b), "WinAnsi {b:02X}");
            }
        }
        assert_eq!(h.pdfdoc[0x80], Some('\u{2022}'));
        assert_eq!(h.pdfdoc[0xA0], Some('\u{20AC}'));
        // PDFDocEncoding's spacing diacritics (0x18..=0x1F) are encoded, not sent to UTF-16.
        assert_eq!(encode_text_string("\u{02D8}"), vec![0x18]);
        assert_eq!(decode_text_string(&[0x18]), "\u{02D8}");
        // Bad UTF-16 is decoded lossily.
        assert_eq!(decode_text_string(&[0xFE, 0xFF, 0xD8, 0x00]), "\u{FFFD}");
    }
}
