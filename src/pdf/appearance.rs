//! Laying out a text value inside a widget rectangle and writing the
//! appearance stream for it.
//!
//! Layout is separate from drawing so that the same fitting rules (shrink,
//! wrap, comb cells, overflow) apply whatever font ends up drawing the text.

use std::ops::Range;

/// Inner padding between the widget border and the text, in points.
const PAD: f32 = 2.0;
/// Line distance as a multiple of the font size for multiline fields.
const LEADING: f32 = 1.15;
/// Step by which multiline text is shrunk while looking for a size that fits.
const SHRINK_STEP: f32 = 0.25;
/// Font size for /DA "0 Tf" (auto) fields before fitting.
const AUTO_SIZE: f32 = 12.0;

/// The parsed default appearance string (/DA) of a field.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Da {
    pub(crate) font: Vec<u8>,
    pub(crate) size: f32,
    /// The colour operators (e.g. `0 g`), copied verbatim into the stream.
    pub(crate) color: String,
}

/// Parses `/Font size Tf color-ops`; anything but Tf is kept as colour.
pub(crate) fn parse_da(da: &[u8]) -> Da {
    let text = String::from_utf8_lossy(da);
    let tokens: Vec<&str> = text.split_whitespace().collect();
    let mut font = b"Helv".to_vec();
    let mut size = 0.0;
    let mut color = Vec::new();
    let mut operands: Vec<&str> = Vec::new();
    for tok in tokens {
        match tok {
            "Tf" => {
                if let [.., name, sz] = operands.as_slice() {
                    if let Some(n) = name.strip_prefix('/') {
                        font = n.as_bytes().to_vec();
                    }
                    size = sz.parse().unwrap_or(0.0);
                }
                operands.clear();
            }
            "g" | "rg" | "k" | "G" | "RG" | "K" => {
                let mut op = operands.join(" ");
                op.push(' ');
                op.push_str(tok);
                color.push(op);
                operands.clear();
            }
            _ if tok.chars().next().is_some_and(|c| c.is_ascii_alphabetic()) => {
                // Other operators do not belong in a /DA we draw with; drop them.
                operands.clear();
            }
            _ => operands.push(tok),
        }
    }
    let color = if color.is_empty() {
        "0 g".to_string()
    } else {
        color.join(" ")
    };
    Da { font, size, color }
}

/// The box the text goes into, in the appearance's own coordinates.
#[derive(Debug, Clone, Copy)]
pub(crate) struct BoxSpec {
    pub(crate) width: f32,
    pub(crate) height: f32,
    pub(crate) multiline: bool,
    /// Number of comb cells (/MaxLen of a comb field).
    pub(crate) comb: Option<usize>,
    /// /Q: 0 left, 1 centred, 2 right.
    pub(crate) quadding: i64,
}

pub(crate) use crate::text::measure::VMetrics;

/// One run of text placed at a baseline origin.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Placed {
    pub(crate) x: f32,
    pub(crate) y: f32,
    pub(crate) range: Range<usize>,
}

/// Result of fitting text into a box.
#[derive(Debug, Clone)]
pub(crate) struct Layout {
    pub(crate) size: f32,
    pub(crate) placed: Vec<Placed>,
    /// `text[..fitted_end]` is what is drawn.
    pub(crate) fitted_end: usize,
    /// `text[rest_start..]` did not fit (empty when everything fit).
    pub(crate) rest_start: usize,
}

/// Fits `text` into `bx`: single-line text shrinks, multiline text wraps and
/// shrinks, both down to `min_size`; what still does not fit is cut off at a
/// word boundary where possible and reported via `rest_start`.
/// `width` measures a piece of text in 1/1000 em.
pub(crate) fn layout(
    text: &str,
    bx: &BoxSpec,
    da_size: f32,
    min_size: f32,
    vm: &VMetrics,
    width: &dyn Fn(&str) -> f32,
) -> Layout {
    // Fonts for Arabic or Ethiopic declare very tall ascent/descent for rare
    // stacked marks; capping the line height keeps their text as large as
    // Latin text in the same box (rare marks may touch the clip instead).
    let line_height = (vm.ascent - vm.descent).clamp(0.5, 1.15);
    // The tallest size whose line still fits the box height.
    let height_cap = ((bx.height - 2.0 * PAD) / line_height).max(1.0);
    let start_size = if da_size > 0.0 { da_size } else { AUTO_SIZE };
    if let Some(cells) = bx.comb.filter(|c| *c > 0) {
        return layout_comb(text, bx, cells, start_size.min(height_cap), vm, width);
    }
    if bx.multiline {
        return layout_multiline(text, bx, start_size, min_size, vm, width);
    }
    let avail = (bx.width - 2.0 * PAD).max(1.0);
    let mut size = start_size.min(height_cap);
    let units = width(text);
    let mut fitted_end = text.len();
    let mut rest_start = text.len();
    if units * size / 1000.0 > avail {
        size = avail * 1000.0 / units;
        if size < min_size {
            size = min_size.min(start_size.min(height_cap));
            let (end, rest) = cut_to_width(text, avail * 1000.0 / size, width);
            fitted_end = end;
            rest_start = rest;
        }
    }
    let shown = &text[..fitted_end];
    let line_w = width(shown) * size / 1000.0;
    let x = align_x(bx.quadding, bx.width, line_w);
    let y = ((bx.height - vm.cap_height * size) / 2.0).max(PAD * 0.5);
    Layout {
        size,
        placed: vec![Placed {
            x,
            y,
            range: 0..fitted_end,
        }],
        fitted_end,
        rest_start,
    }
}

fn align_x(quadding: i64, box_w: f32, line_w: f32) -> f32 {
    match quadding {
        1 => ((box_w - line_w) / 2.0).max(PAD),
        2 => (box_w - PAD - line_w).max(PAD),
        _ => PAD,
    }
}

/// The longest prefix of `text` narrower than `max_units`, preferring to end
/// at a space; returns (end of the drawn part, start of the rest).
fn cut_to_width(text: &str, max_units: f32, width: &dyn Fn(&str) -> f32) -> (usize, usize) {
    let mut acc = 0.0;
    let mut end = 0;
    for (i, c) in text.char_indices() {
        let w = width(&text[i..i + c.len_utf8()]);
        if acc + w > max_units {
            break;
        }
        acc += w;
        end = i + c.len_utf8();
    }
    if end < text.len() {
        if let Some(space) = text[..end].rfind(char::is_whitespace).filter(|s| *s > 0) {
            // Cut at the last word boundary so the continuation starts with a whole word.
            let rest = skip_space(text, space);
            return (text[..space].trim_end().len(), rest);
        }
    }
    (end, skip_space(text, end))
}

fn skip_space(text: &str, from: usize) -> usize {
    text[from..]
        .char_indices()
        .find(|(_, c)| !c.is_whitespace())
        .map_or(text.len(), |(i, _)| from + i)
}

fn layout_comb(
    text: &str,
    bx: &BoxSpec,
    cells: usize,
    size: f32,
    vm: &VMetrics,
    width: &dyn Fn(&str) -> f32,
) -> Layout {
    let cell_w = bx.width / cells as f32;
    let chars: Vec<(usize, char)> = text.char_indices().take(cells).collect();
    let widest = chars
        .iter()
        .map(|(i, c)| width(&text[*i..*i + c.len_utf8()]))
        .fold(0.0f32, f32::max);
    // Shrink only if a glyph would not fit its cell; comb fields never overflow
    // sideways because /MaxLen already bounds the number of characters.
    let size = if widest > 0.0 {
        size.min(cell_w * 0.95 * 1000.0 / widest)
    } else {
        size
    };
    let y = ((bx.height - vm.cap_height * size) / 2.0).max(PAD * 0.5);
    let placed = chars
        .iter()
        .enumerate()
        .map(|(n, (i, c))| {
            let r = *i..*i + c.len_utf8();
            let w = width(&text[r.clone()]) * size / 1000.0;
            Placed {
                x: n as f32 * cell_w + (cell_w - w) / 2.0,
                y,
                range: r,
            }
        })
        .collect();
    let fitted_end = chars.last().map_or(0, |(i, c)| i + c.len_utf8());
    Layout {
        size,
        placed,
        fitted_end,
        rest_start: skip_space(text, fitted_end),
    }
}

fn layout_multiline(
    text: &str,
    bx: &BoxSpec,
    start_size: f32,
    min_size: f32,
    vm: &VMetrics,
    width: &dyn Fn(&str) -> f32,
) -> Layout {
    let avail_w = (bx.width - 2.0 * PAD).max(1.0);
    let avail_h = (bx.height - 2.0 * PAD).max(1.0);
    let line_height = vm.ascent - vm.descent;
    let lines_fitting = |size: f32| -> usize {
        let first = line_height * size;
        if first > avail_h {
            return 0;
        }
        1 + ((avail_h - first) / (size * LEADING)).floor() as usize
    };
    let mut size = start_size.max(min_size);
    let mut lines;
    loop {
        lines = wrap(text, avail_w * 1000.0 / size, width);
        if lines.len() <= lines_fitting(size) || size <= min_size {
            break;
        }
        size = (size - SHRINK_STEP).max(min_size);
    }
    let keep = lines.len().min(lines_fitting(size).max(1));
    let (fitted_end, rest_start) = if keep < lines.len() {
        (lines[keep - 1].end, skip_space(text, lines[keep].start))
    } else {
        (text.len(), text.len())
    };
    let top = bx.height - PAD - vm.ascent * size;
    let placed = lines[..keep]
        .iter()
        .enumerate()
        .map(|(n, r)| {
            let w = width(&text[r.clone()]) * size / 1000.0;
            Placed {
                x: align_x(bx.quadding, bx.width, w),
                y: top - n as f32 * size * LEADING,
                range: r.clone(),
            }
        })
        .collect();
    Layout {
        size,
        placed,
        fitted_end,
        rest_start,
    }
}

/// Greedy word wrap of `text` into lines no wider than `max_units`; explicit
/// newlines start new lines, words wider than a line are split.
// Generic rather than `&dyn Fn`: the draft measures every character through this, and a
// known closure inlines.
pub(crate) fn wrap<W: Fn(&str) -> f32 + ?Sized>(
    text: &str,
    max_units: f32,
    width: &W,
) -> Vec<Range<usize>> {
    let mut lines = Vec::new();
    let mut para_start = 0;
    for para in text.split('\n') {
        let base = para_start;
        para_start += para.len() + 1;
        let para = para.strip_suffix('\r').unwrap_or(para);
        let mut line_start = base;
        let mut acc = 0.0;
        // (end of the line if broken here, start of the next line)
        let mut last_break: Option<(usize, usize)> = None;
        for (off, c) in para.char_indices() {
            let i = base + off;
            let w = width(&text[i..i + c.len_utf8()]);
            if c == ' ' {
                last_break = Some((i, i + 1));
                acc += w;
                continue;
            }
            if acc + w > max_units && i > line_start {
                match last_break.filter(|(end, _)| *end > line_start) {
                    Some((end, next)) => {
                        lines.push(line_start..trim_end(text, line_start, end));
                        line_start = skip_space(text, next).min(i);
                    }
                    None => {
                        lines.push(line_start..i);
                        line_start = i;
                    }
                }
                last_break = None;
                acc = width(&text[line_start..i]);
            }
            acc += w;
        }
        lines.push(line_start..trim_end(text, line_start, base + para.len()));
    }
    lines
}

fn trim_end(text: &str, start: usize, end: usize) -> usize {
    start + text[start..end].trim_end().len()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn mono(s: &str) -> f32 {
        s.chars().count() as f32 * 600.0
    }

    const VM: VMetrics = VMetrics {
        cap_height: 0.6,
        ascent: 0.8,
        descent: -0.2,
    };

    #[test]
    fn da_parsing() {
        let da = parse_da(b"/CourierNewPS-BoldMT 9.00 Tf 1.000 0.000 0.000 rg");
        assert_eq!(da.font, b"CourierNewPS-BoldMT");
        assert_eq!(da.size, 9.0);
        assert_eq!(da.color, "1.000 0.000 0.000 rg");
        assert_eq!(parse_da(b"/Helv 0 Tf 0 g").size, 0.0);
    }

    #[test]
    fn wrap_words_and_newlines() {
        let t = "aaa bbb ccc\ndd";
        let lines: Vec<&str> = wrap(t, 7.0 * 600.0, &mono)
            .into_iter()
            .map(|r| &t[r])
            .collect();
        assert_eq!(lines, ["aaa bbb", "ccc", "dd"]);
        let t = "abcdefghij";
        let lines: Vec<&str> = wrap(t, 4.0 * 600.0, &mono)
            .into_iter()
            .map(|r| &t[r])
            .collect();
        assert_eq!(lines, ["abcd", "efgh", "ij"]);
    }

    #[test]
    fn single_line_shrinks_then_cuts() {
        let bx = BoxSpec {
            width: 64.0,
            height: 18.0,
            multiline: false,
            comb: None,
            quadding: 0,
        };
        let l = layout("short", &bx, 10.0, 7.0, &VM, &mono);
        assert_eq!(l.size, 10.0);
        assert_eq!(l.rest_start, 5);
        let t = "a much longer value that cannot fit";
        let l = layout(t, &bx, 10.0, 7.0, &VM, &mono);
        assert_eq!(l.size, 7.0);
        assert!(l.fitted_end < t.len());
        assert!(!t[l.rest_start..].starts_with(' '));
    }

    #[test]
    fn multiline_overflow() {
        let bx = BoxSpec {
            width: 100.0,
            height: 30.0,
            multiline: true,
            comb: None,
            quadding: 0,
        };
        let t = "word ".repeat(100);
        let l = layout(t.trim_end(), &bx, 10.0, 7.0, &VM, &mono);
        assert_eq!(l.size, 7.0);
        assert!(l.rest_start < t.trim_end().len());
        assert!(l.placed.len() >= 2);
    }
}
