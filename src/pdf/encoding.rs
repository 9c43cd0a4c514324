//! Text encodings: PDF text strings (PDFDocEncoding / UTF-16BE) for field
//! values and names, and WinAnsiEncoding for drawing with the blanks' fonts.

/// PDFDocEncoding bytes 0x80..=0xA0 (PDF 32000-1:2008 Annex D); `None` = undefined.
const PDFDOC_HIGH: [Option<char>; 33] = [
    Some('\u{2022}'),
    Some('\u{2020}'),
    Some('\u{2021}'),
    Some('\u{2026}'),
    Some('\u{2014}'),
    Some('\u{2013}'),
    Some('\u{0192}'),
    Some('\u{2044}'),
    Some('\u{2039}'),
    Some('\u{203A}'),
    Some('\u{2212}'),
    Some('\u{2030}'),
    Some('\u{201E}'),
    Some('\u{201C}'),
    Some('\u{201D}'),
    Some('\u{2018}'),
    Some('\u{2019}'),
    Some('\u{201A}'),
    Some('\u{2122}'),
    Some('\u{FB01}'),
    Some('\u{FB02}'),
    Some('\u{0141}'),
    Some('\u{0152}'),
    Some('\u{0160}'),
    Some('\u{0178}'),
    Some('\u{017D}'),
    Some('\u{0131}'),
    Some('\u{0142}'),
    Some('\u{0153}'),
    Some('\u{0161}'),
    Some('\u{017E}'),
    None,
    Some('\u{20AC}'),
];

/// WinAnsiEncoding (cp1252) bytes 0x80..=0x9F; `None` = unused code.
const WINANSI_HIGH: [Option<char>; 32] = [
    Some('\u{20AC}'),
    None,
    Some('\u{201A}'),
    Some('\u{0192}'),
    Some('\u{201E}'),
    Some('\u{2026}'),
    Some('\u{2020}'),
    Some('\u{2021}'),
    Some('\u{02C6}'),
    Some('\u{2030}'),
    Some('\u{0160}'),
    Some('\u{2039}'),
    Some('\u{0152}'),
    None,
    Some('\u{017D}'),
    None,
    None,
    Some('\u{2018}'),
    Some('\u{2019}'),
    Some('\u{201C}'),
    Some('\u{201D}'),
    Some('\u{2022}'),
    Some('\u{2013}'),
    Some('\u{2014}'),
    Some('\u{02DC}'),
    Some('\u{2122}'),
    Some('\u{0161}'),
    Some('\u{203A}'),
    Some('\u{0153}'),
    None,
    Some('\u{017E}'),
    Some('\u{0178}'),
];

fn pdfdoc_byte(c: char) -> Option<u8> {
    let u = c as u32;
    match u {
        0x09 | 0x0A | 0x0D | 0x20..=0x7E => Some(u as u8),
        // 0xAD is undefined in PDFDocEncoding; the rest of Latin-1 maps 1:1.
        0xA1..=0xAC | 0xAE..=0xFF => Some(u as u8),
        _ => PDFDOC_HIGH
            .iter()
            .position(|&m| m == Some(c))
            .map(|i| 0x80 + i as u8),
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

/// Decodes a PDF text string (UTF-16BE with BOM, UTF-8 with BOM, or PDFDocEncoding).
pub(crate) fn decode_text_string(bytes: &[u8]) -> String {
    if let Some(rest) = bytes.strip_prefix(&[0xFE, 0xFF]) {
        let units: Vec<u16> = rest
            .chunks(2)
            .map(|c| u16::from_be_bytes([c[0], c.get(1).copied().unwrap_or(0)]))
            .collect();
        return String::from_utf16_lossy(&units);
    }
    if let Some(rest) = bytes.strip_prefix(&[0xEF, 0xBB, 0xBF]) {
        return String::from_utf8_lossy(rest).into_owned();
    }
    bytes
        .iter()
        .map(|&b| match b {
            0x80..=0xA0 => PDFDOC_HIGH[(b - 0x80) as usize].unwrap_or('\u{FFFD}'),
            _ => b as char,
        })
        .collect()
}

/// The WinAnsiEncoding code of `c`, used by the blanks' simple fonts.
pub(crate) fn winansi_byte(c: char) -> Option<u8> {
    let u = c as u32;
    match u {
        0x20..=0x7E | 0xA0..=0xFF => Some(u as u8),
        _ => WINANSI_HIGH
            .iter()
            .position(|&m| m == Some(c))
            .map(|i| 0x80 + i as u8),
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
    }
}
