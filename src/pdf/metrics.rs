//! Glyph widths of the simple (WinAnsi) fonts the blanks' fields name in /DA.
//!
//! Most /DR fonts carry /Widths, which are used as they are. The base-14
//! Helvetica (/Helv) has none, so its AFM widths are built in here.

use lopdf::{Dictionary, Document, Object};

/// Helvetica advance widths (1/1000 em) for WinAnsi codes 32..=255, from the
/// Adobe Core14 AFM. Unused codes get 556 so that a stray code never measures 0.
#[rustfmt::skip]
const HELVETICA: [u16; 224] = [
    // 32..=127
    278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278,
    556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556,
    1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778,
    667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556,
    333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556,
    556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584, 556,
    // 128..=159
    556, 556, 222, 556, 333, 1000, 556, 556, 333, 1000, 667, 333, 1000, 556, 611, 556,
    556, 222, 222, 333, 333, 350, 556, 1000, 333, 1000, 500, 333, 944, 556, 500, 667,
    // 160..=191
    278, 333, 556, 556, 556, 556, 260, 556, 333, 737, 370, 556, 584, 333, 737, 333,
    400, 584, 333, 333, 333, 556, 537, 278, 333, 333, 365, 556, 834, 834, 834, 611,
    // 192..=255
    667, 667, 667, 667, 667, 667, 1000, 722, 667, 667, 667, 667, 278, 278, 278, 278,
    722, 722, 778, 778, 778, 778, 778, 584, 778, 722, 722, 722, 722, 667, 667, 611,
    556, 556, 556, 556, 556, 556, 889, 500, 556, 556, 556, 556, 278, 278, 278, 278,
    556, 556, 556, 556, 556, 556, 556, 584, 611, 556, 556, 556, 556, 500, 556, 500,
];

/// Width table and vertical metrics of one simple font.
#[derive(Debug, Clone)]
pub(crate) struct SimpleFont {
    widths: Vec<f32>,
    /// Cap height as a fraction of the font size, for vertical centring.
    pub(crate) cap_height: f32,
    /// Ascent and descent (descent negative) as fractions of the font size.
    pub(crate) ascent: f32,
    pub(crate) descent: f32,
}

impl SimpleFont {
    /// Helvetica, used for /Helv and whenever a /DA font cannot be found.
    pub(crate) fn helvetica() -> Self {
        let mut widths = vec![0.0; 256];
        for (i, w) in HELVETICA.iter().enumerate() {
            widths[32 + i] = f32::from(*w);
        }
        SimpleFont {
            widths,
            cap_height: 0.718,
            ascent: 0.718,
            descent: -0.207,
        }
    }

    /// Reads /FirstChar, /Widths and the descriptor's metrics; falls back to
    /// Helvetica (or Courier's fixed 600) where the dictionary has no widths.
    pub(crate) fn from_dict(doc: &Document, font: &Dictionary) -> Self {
        let base = font
            .get(b"BaseFont")
            .and_then(Object::as_name)
            .map(|n| String::from_utf8_lossy(n).to_ascii_lowercase())
            .unwrap_or_default();
        let mut out = SimpleFont::helvetica();
        if base.contains("courier") {
            out.widths = vec![600.0; 256];
            out.cap_height = 0.571;
            out.ascent = 0.629;
            out.descent = -0.157;
        }
        let first = font.get(b"FirstChar").and_then(Object::as_i64).unwrap_or(0);
        if let Ok(widths) = font.get_deref(b"Widths", doc).and_then(Object::as_array) {
            let missing = font
                .get_deref(b"FontDescriptor", doc)
                .and_then(Object::as_dict)
                .and_then(|d| d.get(b"MissingWidth"))
                .and_then(number)
                .unwrap_or(0.0);
            let mut table = vec![missing; 256];
            for (i, w) in widths.iter().enumerate() {
                let code = first + i as i64;
                if (0..256).contains(&code) {
                    if let Ok(w) = number(w) {
                        table[code as usize] = w;
                    }
                }
            }
            out.widths = table;
        }
        if let Ok(desc) = font
            .get_deref(b"FontDescriptor", doc)
            .and_then(Object::as_dict)
        {
            let metric = |key: &[u8]| desc.get(key).and_then(number).ok().map(|v| v / 1000.0);
            if let Some(cap) = metric(b"CapHeight").filter(|c| *c > 0.2 && *c < 1.2) {
                out.cap_height = cap;
            }
            if let Some(a) = metric(b"Ascent").filter(|a| *a > 0.2 && *a < 1.5) {
                out.ascent = a;
            }
            if let Some(d) = metric(b"Descent").filter(|d| *d < 0.0 && *d > -1.0) {
                out.descent = d;
            }
        }
        out
    }

    /// Advance of one WinAnsi code in 1/1000 em.
    pub(crate) fn code_width(&self, code: u8) -> f32 {
        self.widths[code as usize]
    }
}

/// An integer or real PDF number as f32.
pub(crate) fn number(o: &Object) -> lopdf::Result<f32> {
    match o {
        Object::Integer(i) => Ok(*i as f32),
        _ => o.as_float(),
    }
}
