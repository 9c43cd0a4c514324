//! Direction: the Unicode bidi algorithm (UAX #9) over a text, line by line, giving each line's
//! runs in visual order with their direction; and the isolation of a value inside other text.

use std::ops::Range;
use unicode_bidi::BidiInfo;

/// Whether `c` can make a line right to left: a strong right-to-left or Arabic-number
/// character (the Hebrew, Arabic, Syriac, Thaana, NKo... blocks and their presentation forms,
/// the historic RTL scripts of the SMP) or an explicit bidi control. Without any, every level is
/// 0 (UAX #9) and a line is laid out left to right without the bidi algorithm: Latin,
/// Cyrillic, Ethiopic and Chinese lines skip it.
pub(crate) fn may_be_rtl(c: char) -> bool {
    matches!(c,
        '\u{0590}'..='\u{08FF}'
        | '\u{200E}'..='\u{200F}'
        | '\u{202A}'..='\u{202E}'
        | '\u{2066}'..='\u{2069}'
        | '\u{FB1D}'..='\u{FDFF}'
        | '\u{FE70}'..='\u{FEFF}'
        | '\u{10800}'..='\u{10FFF}'
        | '\u{1E800}'..='\u{1EFFF}')
}

/// A value from the case, isolated (FSI … PDI, UAX #9) for a line that has other text around
/// it: whatever direction its characters have, and even an override it holds, it cannot
/// reorder its surroundings (a name with U+202E printed the filing date after it backwards).
/// Empty stays empty, for the templates' `{% if %}`.
pub fn isolate(value: &str) -> String {
    if value.is_empty() {
        String::new()
    } else {
        format!("\u{2068}{value}\u{2069}")
    }
}

/// A text's paragraphs with their levels, analysed once for all its lines. A text without any
/// right-to-left character skips the analysis (every level is 0): isolates alone (around Latin
/// values) leave every level even, so those lines are one left-to-right run too.
pub(crate) struct Paragraphs<'t> {
    bidi: Option<BidiInfo<'t>>,
}

/// One line in drawing order: its visual runs (byte ranges of the text, right to left or not)
/// and whether its paragraph reads right to left.
pub(crate) struct VisualLine {
    pub(crate) runs: Vec<(Range<usize>, bool)>,
    pub(crate) rtl: bool,
}

impl<'t> Paragraphs<'t> {
    pub(crate) fn new(text: &'t str) -> Paragraphs<'t> {
        let needed = text
            .chars()
            .any(|c| may_be_rtl(c) && !matches!(c, '\u{2068}' | '\u{2069}'));
        Paragraphs {
            bidi: needed.then(|| BidiInfo::new(text, None)),
        }
    }

    /// The visual runs of `line` (a byte range inside one paragraph; None when it is not).
    pub(crate) fn line(&self, line: Range<usize>) -> Option<VisualLine> {
        let Some(bidi) = &self.bidi else {
            let runs = if line.is_empty() {
                Vec::new()
            } else {
                vec![(line, false)]
            };
            return Some(VisualLine { runs, rtl: false });
        };
        let para = bidi
            .paragraphs
            .iter()
            .find(|p| p.range.start <= line.start && line.end <= p.range.end)?;
        let mut runs = Vec::new();
        if !line.is_empty() {
            let (levels, vruns) = bidi.visual_runs(para, line);
            runs.extend(vruns.into_iter().map(|r| {
                let rtl = levels[r.start].is_rtl();
                (r, rtl)
            }));
        }
        Some(VisualLine {
            runs,
            rtl: para.level.is_rtl(),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::may_be_rtl;
    use unicode_bidi::{bidi_class, BidiClass};

    /// Every character that can give a level above 0 in a left-to-right paragraph is caught,
    /// so no line that needs the bidi algorithm skips it.
    #[test]
    fn every_right_to_left_character_takes_the_bidi_path() {
        let missed: Vec<String> = (0..=0x10FFFu32)
            .filter_map(char::from_u32)
            .filter(|c| {
                use BidiClass::*;
                matches!(
                    bidi_class(*c),
                    R | AL | AN | RLE | RLO | RLI | LRE | LRO | LRI | FSI | PDF | PDI
                ) && !may_be_rtl(*c)
            })
            .map(|c| format!("U+{:04X}", c as u32))
            .collect();
        assert!(missed.is_empty(), "not caught: {missed:?}");
        assert!(!"Tesfaye Дмитрий 王小明 ተስፋዬ 12/05/2024"
            .chars()
            .any(may_be_rtl));
    }
}
