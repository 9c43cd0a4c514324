//! Measuring: vertical metrics of a face and the width of shaped text.

use crate::text::shape::shape;

/// Vertical font metrics as fractions of the font size.
#[derive(Debug, Clone, Copy)]
pub(crate) struct VMetrics {
    pub(crate) cap_height: f32,
    pub(crate) ascent: f32,
    pub(crate) descent: f32,
}

/// Vertical metrics of a face as fractions of the font size.
pub(crate) fn face_metrics(face: &rustybuzz::Face<'_>) -> VMetrics {
    let scale = 1.0 / (face.units_per_em().max(1) as f32);
    let ascent = f32::from(face.ascender()) * scale;
    VMetrics {
        cap_height: face
            .capital_height()
            .map_or(ascent * 0.7, |c| f32::from(c) * scale),
        ascent,
        descent: f32::from(face.descender()) * scale,
    }
}

/// Width of `text` shaped as one run, in 1/1000 em.
pub(crate) fn text_width(face: &rustybuzz::Face<'_>, text: &str) -> f32 {
    shape(face, text, None).iter().map(|g| g.advance).sum()
}
