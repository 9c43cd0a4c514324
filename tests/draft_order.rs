//! The draft lists an item's answers in the printed form's order (issue 15: "addresses in the
//! form's order"): within every draft item, the field-map rows it shows follow the blank's
//! reading order — page, then line from the top, then left to right — read from the widgets'
//! rectangles in USCIS's blank, not from the order the blank happens to list its fields.
mod common;

use asylum_forms::draft::layout;
use asylum_forms::forms::templates;
use std::collections::HashMap;

/// A widget's page and rectangle (x0, y0, x1, y1), by full field name.
fn places(form: &str, blanks: &std::path::Path) -> HashMap<String, (u32, [f32; 4])> {
    let pages: HashMap<String, u32> = common::blank_fields(form)
        .into_iter()
        .filter_map(|[name, _, _, page, _]| Some((name, page.parse().ok()?)))
        .collect();
    let doc = lopdf::Document::load(blanks.join(format!("{form}.pdf"))).expect("the blank");
    let mut out = HashMap::new();
    for (name, (_, widgets)) in common::field_map(&doc) {
        let Some(page) = pages.get(&name) else {
            continue;
        };
        let rect = widgets.first().and_then(|w| {
            let r = doc
                .get_dictionary(*w)
                .ok()?
                .get(b"Rect")
                .ok()?
                .as_array()
                .ok()?;
            let n: Vec<f32> = r.iter().filter_map(|o| o.as_float().ok()).collect();
            (n.len() == 4).then(|| [n[0], n[1], n[2], n[3]])
        });
        if let Some(rect) = rect {
            out.insert(name, (*page, rect));
        }
    }
    out
}

/// Whether `b` comes after `a` in reading order: a later page, a lower line (its top more than
/// 6 points below), or the same line further right.
fn in_order(a: (u32, [f32; 4]), b: (u32, [f32; 4])) -> bool {
    let (pa, ra) = a;
    let (pb, rb) = b;
    if pa != pb {
        return pa < pb;
    }
    if (ra[3] - rb[3]).abs() > 6.0 {
        return rb[3] < ra[3];
    }
    rb[0] >= ra[0]
}

fn check(form: &str) {
    let Some(blanks) = common::blanks_or_skip() else {
        return;
    };
    let (f, e) = common::typed(form);
    let places = places(form, &blanks);
    let parts = layout::parse(templates::draft_layout(f, e)).expect("the draft layout");
    let rows = templates::map(f, e).expect("the field map");
    let owners = layout::owners(&parts, &rows);
    let mut last: HashMap<&str, (&str, (u32, [f32; 4]))> = HashMap::new();
    let mut wrong = Vec::new();
    for (row, owner) in rows.iter().zip(&owners) {
        let (Some((key, _)), Some(place)) = (owner, places.get(&row.field)) else {
            continue;
        };
        if let Some((before, at)) = last.get(key.as_str()) {
            if !in_order(*at, *place) {
                wrong.push(format!("{key}: {:?} is listed after {before:?}", row.item));
            }
        }
        last.insert(key.as_str(), (row.item.as_str(), *place));
    }
    assert!(
        wrong.is_empty(),
        "{} row(s) of {form}'s fields.tsv out of the form's order:\n{}",
        wrong.len(),
        wrong.join("\n")
    );
}

#[test]
fn i589_answers_are_listed_in_the_form_order() {
    check("i-589");
}

#[test]
fn i730_answers_are_listed_in_the_form_order() {
    check("i-730");
}

#[test]
fn i485_answers_are_listed_in_the_form_order() {
    check("i-485");
}
