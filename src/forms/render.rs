//! Fills the official blanks from a case: for every form the case calls for, the field map is
//! evaluated and the values written into a copy of the blank. Pure: parsed blanks and a case in,
//! PDF bytes out; the CLI writes the files.

use crate::forms::extra_rows::{self, ExtraItem};
use crate::forms::fieldmap::Row;
use crate::forms::fit;
use crate::forms::form::{Edition, Form};
use crate::forms::location::Location;
use crate::forms::skip;
use crate::forms::templates;
use crate::forms::values::{self, FieldValue};
use crate::pdf::{self, Blank, FillOptions, Overflow};
use crate::validate::Case;
use serde_json::Value;
use std::collections::HashMap;
use std::fmt;

/// A blank parsed once per run, with the field map of its edition: the edition read from the
/// blank is the one the fill and the draft use.
pub struct FormBlank {
    pub form: Form,
    pub edition: Edition,
    pub blank: Blank,
    pub rows: Vec<Row>,
    /// The single-line text fields of each table column ("Part A.III, item 3, row N (name of
    /// school)"), computed once: a column is drawn in one font size, the smallest any of its
    /// cells needs, not each cell shrunk on its own (sizes varied 7.2-8.7 pt in one table).
    pub columns: Vec<Vec<String>>,
}

/// The column a field-map label is a cell of: the label with its row, entry, child, sibling
/// or member number left out; None for a label that is not in a numbered list. The I-589's
/// mother and father rows (A.III item 5) are rows of the siblings' table.
fn column_key(label: &str) -> Option<String> {
    const LISTS: [&str; 5] = ["row ", "entry ", "child ", "sibling ", "member "];
    let parents = label
        .replace(", mother (", ", sibling 0 (")
        .replace(", father (", ", sibling 0 (");
    let mut key = String::with_capacity(label.len());
    let mut rest = parents.as_str();
    let mut found = false;
    while let Some((at, word)) = LISTS
        .iter()
        .filter_map(|w| rest.find(w).map(|i| (i, *w)))
        .min_by_key(|(i, _)| *i)
    {
        let after = &rest[at + word.len()..];
        let digits = after.len() - after.trim_start_matches(|c: char| c.is_ascii_digit()).len();
        key.push_str(&rest[..at + word.len()]);
        if digits > 0 {
            key.push('#');
            found = true;
        }
        rest = &after[digits..];
    }
    key.push_str(rest);
    found.then_some(key)
}

/// [`FormBlank::columns`] of a field map.
fn columns(blank: &Blank, rows: &[Row]) -> Vec<Vec<String>> {
    let mut out: Vec<(String, Vec<String>)> = Vec::new();
    for r in rows {
        let single_line = blank
            .field(&r.field)
            .is_some_and(|f| f.kind == pdf::FieldKind::Text && !f.multiline && !f.comb);
        let Some(key) = column_key(&r.item).filter(|_| single_line) else {
            continue;
        };
        match out.iter_mut().find(|(k, _)| *k == key) {
            Some((_, fields)) if !fields.contains(&r.field) => fields.push(r.field.clone()),
            Some(_) => {}
            None => out.push((key, vec![r.field.clone()])),
        }
    }
    out.into_iter()
        .map(|(_, fields)| fields)
        .filter(|fields| fields.len() > 1)
        .collect()
}

#[derive(Debug)]
pub enum RenderError {
    /// The blank is another form, or an edition no map exists for.
    Edition {
        form: String,
        found: String,
        supported: Vec<String>,
    },
    /// The blank's edition could not be read.
    NoEdition {
        form: String,
    },
    /// The map names a field the blank lacks: the map and the blank disagree.
    MissingField {
        form: String,
        field: String,
    },
    /// The edition's built-in data (field map, skip table, wording) does not load.
    BadMap {
        form: String,
        /// Boxed: a rare error, which would make every `Result` of a render larger.
        error: Box<templates::TemplateError>,
    },
    Pdf {
        form: String,
        error: pdf::PdfError,
    },
    /// The case calls for a form whose blank was not given.
    NoBlank {
        form: String,
    },
}

impl fmt::Display for RenderError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            RenderError::Edition { form, found, supported } => write!(
                f,
                "the blank given for {form} is \"{found}\"; this tool supports {form} edition(s) {}. Download the supported edition from uscis.gov, or add a field map for the new edition under form-templates/",
                supported.join(", ")
            ),
            RenderError::NoEdition { form } => write!(f, "cannot tell which form and edition the blank given for {form} is (no barcode value or page footer)"),
            RenderError::MissingField { form, field } => write!(f, "the {form} blank has no field {field} that its field map names"),
            RenderError::BadMap { form, error } => write!(f, "the {form} field map is broken: {error}"),
            RenderError::Pdf { form, error } => write!(f, "{form}: {error}"),
            RenderError::NoBlank { form } => write!(f, "the case calls for {form} but no {form} blank was given (put {}.pdf from uscis.gov in the --blank folder)", form.to_lowercase()),
        }
    }
}

impl std::error::Error for RenderError {}

/// Parses a blank and checks it is the expected form in an edition a map exists for.
pub fn load_blank(form: Form, bytes: &[u8]) -> Result<FormBlank, RenderError> {
    let upper = form.name();
    let blank = Blank::parse(bytes).map_err(|error| RenderError::Pdf {
        form: upper.to_string(),
        error,
    })?;
    let found = blank.edition().ok_or(RenderError::NoEdition {
        form: upper.to_string(),
    })?;
    let supported: Vec<String> = templates::editions(form)
        .iter()
        .map(|e| e.printed())
        .collect();
    let (found_form, printed) = found.split_once('|').unwrap_or(("", found.as_str()));
    let edition = match templates::edition(form, printed) {
        Some(e) if found_form == upper => e,
        _ => {
            return Err(RenderError::Edition {
                form: upper.to_string(),
                found: found.clone(),
                supported,
            })
        }
    };
    let rows = templates::map(form, edition).map_err(|e| RenderError::BadMap {
        form: upper.to_string(),
        error: Box::new(templates::TemplateError::Map(e)),
    })?;
    for r in &rows {
        if blank.field(&r.field).is_none() {
            return Err(RenderError::MissingField {
                form: upper.to_string(),
                field: r.field.clone(),
            });
        }
    }
    let columns = columns(&blank, &rows);
    Ok(FormBlank {
        form,
        edition,
        blank,
        rows,
        columns,
    })
}

/// One filled form.
pub struct Rendered {
    pub file_name: String,
    pub form: Form,
    /// The edition filled: the blank's.
    pub edition: Edition,
    pub bytes: Vec<u8>,
    pub flattened: Option<Vec<u8>>,
    pub values: Vec<(String, FieldValue)>,
    /// Text fields given "N/A": their question applies but the case has no answer.
    pub not_applicable: Vec<String>,
    /// Text that did not fit its field and was continued on the form's additional-information
    /// page (I-589 Supplement B, I-485 Part 14), under its Part and Item.
    pub continued: Vec<Overflow>,
    /// Text that fits nowhere yet: the caller must say so loudly.
    pub overflow: Vec<Overflow>,
    /// Every value as it went into the form: "N/A", "None", cut values with their note, the
    /// additional-information blocks. The draft shows these.
    pub printed: Vec<(String, pdf::FieldValue)>,
    /// The text of the continuation sheets appended after the form, if any.
    pub sheet: Option<pdf::Sheet>,
}

/// The form instances of a case: (form, output file stem, the instance as JSON).
pub fn instances(case: Case) -> Vec<(Form, String, Value)> {
    let (case, json) = (case.file(), case.json());
    let mut out = Vec::new();
    let stem = Form::I589.file_stem();
    if let Some(f) = json.pointer(&format!("/forms/{}", Form::I589.key())) {
        out.push((Form::I589, stem.to_string(), f.clone()));
    }
    let (form, key) = (Form::I730, Form::I730.key());
    for (i, f) in case.forms.i730.iter().enumerate() {
        if let Some(v) = json.pointer(&format!("/forms/{key}/{i}")) {
            out.push((
                form,
                format!("{}-{}", form.file_stem(), f.beneficiary),
                v.clone(),
            ));
        }
    }
    let (form, key) = (Form::I485, Form::I485.key());
    for (i, f) in case.forms.i485.iter().enumerate() {
        if let Some(v) = json.pointer(&format!("/forms/{key}/{i}")) {
            out.push((
                form,
                format!("{}-{}", form.file_stem(), f.applicant),
                v.clone(),
            ));
        }
    }
    out
}

/// "Part B, item 1.A (explanation)" → ("B", "1.A"): what the Part and Item boxes take.
fn part_item(label: &str) -> (String, String) {
    boxes(Location::parse(label).as_ref())
}

/// The Part and Item boxes of a continuation block for a place.
fn boxes(at: Option<&Location>) -> (String, String) {
    at.map_or_else(Default::default, |l| {
        (l.part_box().to_string(), l.item.clone())
    })
}

/// "admitted as" → "Admitted as": a label's words standing first in a block.
fn capitalized(s: &str) -> String {
    let mut c = s.chars();
    c.next()
        .map(|f| f.to_uppercase().chain(c).collect())
        .unwrap_or_default()
}

/// One continued answer: where it belongs on the form and its text.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Continued {
    part: String,
    item: String,
    page: String,
    text: String,
}

impl Continued {
    /// "Page 3, Part A.III, Item 2": how the instructions ask each additional answer to be
    /// headed.
    fn heading(&self) -> String {
        let mut h = Vec::new();
        if !self.page.is_empty() {
            h.push(format!("Page {}", self.page));
        }
        if !self.part.is_empty() {
            h.push(format!("Part {}", self.part));
        }
        if !self.item.is_empty() {
            h.push(format!("Item {}", self.item));
        }
        h.join(", ")
    }
}

/// The page a field of the blank sits on, as text ("" when unknown).
fn page_of(fb: &FormBlank, field: &str) -> String {
    fb.blank
        .field(field)
        .and_then(|f| f.page)
        .map(|p| p.to_string())
        .unwrap_or_default()
}

/// What goes on the additional-information page: text that did not fit its field, then list
/// items the form has no row for and explanations it has no lines for, each headed by its
/// Part and Item, in the order of the form's pages.
fn continued_entries(
    fb: &FormBlank,
    overflow: &[Overflow],
    extras: &[ExtraItem],
    note: &str,
) -> Vec<Continued> {
    let mut entries: Vec<Continued> = overflow
        .iter()
        .map(|o| {
            let row = fb.rows.iter().find(|r| r.field == o.name);
            let label = row.map_or(o.name.clone(), |r| r.item.clone());
            // The row's place, parsed when the field map loaded; a field with no row is named.
            let (part, item) = match row {
                Some(r) => boxes(r.at.as_ref()),
                None => part_item(&label),
            };
            // A short value is repeated whole; a long answer continues where the box stops.
            let shown = match o.fitted.strip_suffix(note) {
                Some(prefix) => prefix.trim_end(),
                None => o.fitted.as_str(),
            };
            // The block's Page, Part and Item boxes (a sheet's heading) name the place: the
            // label keeps only its own words ("Address of Residence (Street Number and Name)").
            let at = row
                .and_then(|r| r.at.clone())
                .or_else(|| Location::parse(&label));
            let what = capitalized(
                at.as_ref()
                    .map_or(label.as_str(), |l| l.words_after(&label)),
            );
            let text = match (what.is_empty(), o.rest.trim().chars().count() <= 60) {
                (true, true) => format!("{shown}{}", o.rest),
                (false, true) => format!("{what}: {shown}{}", o.rest),
                (empty, false) => format!(
                    "{}: {}",
                    if empty {
                        "Continued".to_string()
                    } else {
                        format!("{what}, continued")
                    },
                    o.rest.trim_start_matches([',', ';', ':', ' '])
                ),
            };
            Continued {
                part,
                item,
                page: page_of(fb, &o.name),
                text,
            }
        })
        .collect();
    for x in extras {
        let (part, item) = boxes(x.heading.at.as_ref());
        entries.push(Continued {
            part,
            item,
            page: page_of(fb, &x.template_field),
            text: x.text_under_place(),
        });
    }
    entries.sort_by_key(|e| e.page.parse::<u32>().unwrap_or(u32::MAX));
    entries
}

/// Whether an answer fits a block: inside its box and on no more lines than the block is
/// ruled for (the I-485's Part 14 box fits seven lines of its small leading, but prints five
/// rules: a six-line answer ran past them and read as spilling into the next block).
fn fits_block(
    fb: &FormBlank,
    block: &templates::ContinuationBlock,
    text: &str,
    opts: &FillOptions,
) -> Result<bool, pdf::PdfError> {
    if fb.blank.measure(&block.text_field, text, opts)?.is_some() {
        return Ok(false);
    }
    let Some(ruled) = block.ruled_lines else {
        return Ok(true);
    };
    Ok(fb
        .blank
        .measure_lines(&block.text_field, text, opts)?
        .is_none_or(|n| n <= ruled))
}

/// The values of the additional-information blocks: one answer per block, each block's Page,
/// Part and Item boxes naming it; the answers beyond the blocks are returned for the
/// continuation sheets (never several answers in one block, whose boxes name only one).
fn continuation_values<'e>(
    blocks: &[templates::ContinuationBlock],
    entries: &'e [Continued],
) -> (Vec<(String, pdf::FieldValue)>, &'e [Continued]) {
    let mut out = Vec::new();
    for (block, e) in blocks.iter().zip(entries) {
        out.push((
            block.part_field.clone(),
            pdf::FieldValue::Text(e.part.clone()),
        ));
        out.push((
            block.item_field.clone(),
            pdf::FieldValue::Text(e.item.clone()),
        ));
        if let Some(page) = &block.page_field {
            out.push((page.clone(), pdf::FieldValue::Text(e.page.clone())));
        }
        out.push((
            block.text_field.clone(),
            pdf::FieldValue::Text(e.text.clone()),
        ));
    }
    out.retain(|(_, v)| !matches!(v, pdf::FieldValue::Text(t) if t.is_empty()));
    (out, entries.get(blocks.len()..).unwrap_or(&[]))
}

/// What a cut field says about where its text continues: short, so the box keeps as much of
/// the value as it can. The wording is the edition's (`edition.toml`).
pub fn continuation_note(
    form: Form,
    edition: Edition,
    has_page: bool,
) -> Result<&'static str, templates::WordingError> {
    templates::wording(form, edition).map(|w| w.note(has_page))
}

/// The cut of an overflowing field that leaves room for `note`: the longest prefix ending at a
/// word boundary that fits together with the note. `fitted` of the result is what the field
/// shows (note included); `rest` all that follows the prefix. Without room even for the note
/// alone, the field keeps the plain cut.
fn with_note(
    fb: &FormBlank,
    o: &Overflow,
    note: &str,
    opts: &FillOptions,
) -> Result<Overflow, pdf::PdfError> {
    // Cut only where whole words that say something stay: never after a unit word or a
    // connective ("Suite", "University of"), never before a dangling comma.
    let mut bounds: Vec<usize> = o
        .fitted
        .char_indices()
        .filter(|(i, c)| {
            c.is_whitespace()
                && fit::good_cut(&o.fitted[..*i])
                && fit::keeps_number(&o.fitted[..*i], &format!("{}{}", &o.fitted[*i..], o.rest))
        })
        .map(|(i, _)| i)
        .collect();
    bounds.insert(0, 0);
    let candidate = |end: usize| {
        let prefix = fit::tidy(&o.fitted[..end]);
        if prefix.is_empty() {
            note.to_string()
        } else {
            format!("{prefix} {note}")
        }
    };
    // Fitting is monotonic in the prefix length: binary search over word boundaries.
    let (mut lo, mut hi) = (0usize, bounds.len());
    while lo < hi {
        let mid = (lo + hi) / 2;
        if fb
            .blank
            .measure(&o.name, &candidate(bounds[mid]), opts)?
            .is_none()
        {
            lo = mid + 1;
        } else {
            hi = mid;
        }
    }
    if lo == 0 {
        // No room for the note: keep the whole words that fit, never part of one ("STE 70"
        // of "STE 700"); the continuation entry names the Page, Part and Item.
        let whole = o.rest.is_empty()
            || o.rest.starts_with(char::is_whitespace)
            || o.fitted.ends_with(char::is_whitespace);
        if whole {
            return Ok(o.clone());
        }
        let end = bounds
            .iter()
            .copied()
            .filter(|b| *b < o.fitted.len())
            .max()
            .unwrap_or(0);
        let kept = fit::tidy(&o.fitted[..end]).len();
        return Ok(Overflow {
            name: o.name.clone(),
            fitted: o.fitted[..kept].to_string(),
            rest: format!("{}{}", &o.fitted[kept..], o.rest),
        });
    }
    let end = bounds[lo - 1];
    // The punctuation tidied off the box's part goes with the rest, so nothing is lost.
    let kept = fit::tidy(&o.fitted[..end]).len();
    Ok(Overflow {
        name: o.name.clone(),
        fitted: candidate(end),
        rest: format!("{}{}", &o.fitted[kept..], o.rest),
    })
}

/// The heading of every continuation sheet: the form, and the name and A-Number of the person
/// it is about, as the instructions ask of extra sheets.
fn sheet_heading(wording: &templates::Wording, json: &Value, instance: &Value) -> String {
    let person = wording.sheet_person.as_str();
    let eval = |src: &str| -> String {
        let row = crate::forms::fieldmap::parse_expr(src).ok().map(|e| Row {
            field: String::new(),
            item: String::new(),
            at: None,
            source: Some(e),
            reason: None,
            line: 0,
        });
        row.and_then(|r| values::evaluate(&[r], json, instance).pop())
            .and_then(|(_, v)| match v {
                FieldValue::Text(t) => Some(t),
                FieldValue::Check(_) => None,
            })
            .unwrap_or_default()
    };
    let name = eval(&format!("{person}.name|name"));
    let a_number = eval(&format!("{person}.a_number|anumber"));
    let mut h = format!("{} {name}", wording.sheet_title);
    if !a_number.is_empty() {
        h.push_str(&format!(", A-Number A-{a_number}"));
    }
    // A petition is filed for one relative: the sheet names whom it is about.
    if wording.sheet_beneficiary {
        let beneficiary = eval("beneficiary.name|name");
        if !beneficiary.is_empty() {
            h.push_str(&format!("; beneficiary {beneficiary}"));
        }
    }
    h
}

/// What the form instructions ask for where a question does not apply, and where a count is
/// zero ("If an item does not apply ... type or print N/A ... if your answer ... is zero or
/// none, type or print None": I-485, I-730 and I-589 instructions, "General Instructions").
pub const NOT_APPLICABLE: &str = "N/A";
pub const NONE: &str = "None";

/// Choices of the preparer that change what is written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RenderSettings {
    /// Write "N/A" in text fields whose question applies but has no answer, and "None" for a
    /// zero count. USCIS rejected forms with blank fields for a time (see
    /// `../shared/domain/legal-reference.md`, "Blank answers"), so this is on by default.
    pub not_applicable: bool,
}

impl Default for RenderSettings {
    fn default() -> Self {
        RenderSettings {
            not_applicable: true,
        }
    }
}

/// Fills every form the case calls for, with the default settings.
pub fn render_case(
    case: Case,
    blanks: &[FormBlank],
    opts: &FillOptions,
) -> Result<Vec<Rendered>, RenderError> {
    render_case_with(case, blanks, opts, &RenderSettings::default())
}

/// Fills every form the case calls for. `blanks` holds the parsed blanks by form key.
pub fn render_case_with(
    case: Case,
    blanks: &[FormBlank],
    opts: &FillOptions,
    settings: &RenderSettings,
) -> Result<Vec<Rendered>, RenderError> {
    let json = case.json();
    let mut out = Vec::new();
    for (form, stem, instance) in instances(case) {
        let Some(fb) = blanks.iter().find(|b| b.form == form) else {
            return Err(RenderError::NoBlank {
                form: form.name().to_string(),
            });
        };
        let mut values = values::evaluate(&fb.rows, json, &instance);
        // The form's skip logic: the items an answer makes it skip get nothing, not even N/A.
        let rules = skip::rules(fb.form, fb.edition).map_err(|e| RenderError::BadMap {
            form: form.name().to_string(),
            error: Box::new(templates::TemplateError::Skip(e)),
        })?;
        let skipped: Vec<String> = skip::skipped(&rules, &fb.rows, json, &instance)
            .into_iter()
            .map(|(f, _)| f)
            .collect();
        values.retain(|(name, _)| !skipped.contains(name));
        // Questions asked of everyone: a missing answer stays a visible gap, never "N/A".
        let asked = skip::asked(fb.form, fb.edition);
        let mut not_applicable = Vec::new();
        if settings.not_applicable {
            let counts = values::count_fields(&fb.rows);
            for (name, v) in values.iter_mut() {
                // A box of two or three characters keeps the digit.
                let room = fb
                    .blank
                    .field(name)
                    .is_some_and(|f| f.max_len.is_none_or(|m| m as usize >= NONE.len()));
                if room
                    && counts.contains(&name.as_str())
                    && *v == FieldValue::Text("0".to_string())
                {
                    *v = FieldValue::Text(NONE.to_string());
                }
            }
            for name in values::unanswered(&fb.rows, json, &instance) {
                let fits = fb.blank.field(&name).is_some_and(|f| {
                    f.kind == pdf::FieldKind::Text && f.max_len.is_none_or(|m| m >= 3)
                });
                let asked_of_all = fb
                    .rows
                    .iter()
                    .any(|r| r.field == name && asked.iter().any(|a| skip::covers(a, &r.item)));
                if fits
                    && !values.iter().any(|(n, _)| *n == name)
                    && !skipped.contains(&name)
                    && !asked_of_all
                {
                    not_applicable.push(name);
                }
            }
        }
        let pdf_values: Vec<(String, pdf::FieldValue)> = values
            .iter()
            .map(|(k, v)| {
                let pv = match v {
                    FieldValue::Text(s) => pdf::FieldValue::Text(s.clone()),
                    FieldValue::Check(b) => pdf::FieldValue::Check(*b),
                };
                (k.clone(), pv)
            })
            .collect();
        let upper = form.name();
        let pdf_err = |error| RenderError::Pdf {
            form: upper.to_string(),
            error,
        };
        // Plan first (measuring is cheap), then fill once. An address that does not fit takes
        // the USPS abbreviations first; only what still does not fit is continued.
        let mut first_overflow = Vec::new();
        let mut pdf_values = pdf_values;
        // The size each text value is drawn at, for the table columns (measured anyway).
        let mut sizes: HashMap<&str, f32> = HashMap::new();
        for (name, v) in &values {
            if let FieldValue::Text(t) = v {
                let (o, size) = fb.blank.measure_sized(name, t, opts).map_err(pdf_err)?;
                if let Some(size) = size {
                    sizes.insert(name, size);
                }
                let Some(mut o) = o else {
                    continue;
                };
                let source = fb
                    .rows
                    .iter()
                    .find(|r| r.field == *name)
                    .and_then(|r| r.source.as_ref())
                    .map_or("", |e| e.text.as_str());
                let address = fit::is_address(source);
                let shortened = if address {
                    fit::abbreviate(t)
                } else if !fit::is_person_name(source) {
                    fit::abbreviate_names(t)
                } else {
                    None
                };
                if let Some(short) = shortened {
                    if let Some(pv) = pdf_values.iter_mut().find(|(n, _)| n == name) {
                        pv.1 = pdf::FieldValue::Text(short.clone());
                    }
                    let (shorter, size) = fb
                        .blank
                        .measure_sized(name, &short, opts)
                        .map_err(pdf_err)?;
                    if let Some(size) = size {
                        sizes.insert(name, size);
                    }
                    match shorter {
                        None => continue,
                        Some(shorter) => o = shorter,
                    }
                    // A unit in a box of a few characters ("Apt. Number", 6): "STE700".
                    if let Some(tight) = fit::compact_unit(&short) {
                        if let (None, size) = fb
                            .blank
                            .measure_sized(name, &tight, opts)
                            .map_err(pdf_err)?
                        {
                            if let Some(size) = size {
                                sizes.insert(name, size);
                            }
                            if let Some(pv) = pdf_values.iter_mut().find(|(n, _)| n == name) {
                                pv.1 = pdf::FieldValue::Text(tight);
                            }
                            continue;
                        }
                    }
                }
                // Cut: drawn at the smallest size.
                sizes.insert(name, opts.min_font_size);
                first_overflow.push(o);
            }
        }
        // One font size per table column: the smallest any cell needs, for every cell of the
        // column (its "N/A" too, whose box may be drawn larger on its own).
        let mut column_sizes: HashMap<String, f32> = HashMap::new();
        for column in &fb.columns {
            if !column.iter().any(|f| sizes.contains_key(f.as_str())) {
                continue;
            }
            let mut min = f32::MAX;
            for f in column {
                let size = match sizes.get(f.as_str()) {
                    Some(s) => Some(*s),
                    // A smaller box of the column holds even "N/A" smaller.
                    None if not_applicable.contains(f) => {
                        fb.blank
                            .measure_sized(f, NOT_APPLICABLE, opts)
                            .map_err(pdf_err)?
                            .1
                    }
                    None => None,
                };
                min = size.map_or(min, |s| min.min(s));
            }
            column_sizes.extend(column.iter().map(|f| (f.clone(), min)));
        }
        let mut extras = extra_rows::extra_items(&fb.rows, json, &instance);
        extras.extend(extra_rows::explanations(&fb.rows, json, &instance));
        let mut continued = Vec::new();
        let mut values_to_fill = pdf_values;
        values_to_fill.extend(
            not_applicable
                .iter()
                .map(|n| (n.clone(), pdf::FieldValue::Text(NOT_APPLICABLE.to_string()))),
        );
        let mut sheet = None;
        let mut sheet_fields: Vec<String> = Vec::new();
        // Whether the form's additional-information page holds an answer.
        let mut page_used = false;
        if !first_overflow.is_empty() || !extras.is_empty() {
            let blocks = templates::continuation(fb.form, fb.edition);
            let wording =
                templates::wording(fb.form, fb.edition).map_err(|e| RenderError::BadMap {
                    form: upper.to_string(),
                    error: Box::new(templates::TemplateError::Wording(e)),
                })?;
            let note = wording.note(!blocks.is_empty());
            // Each cut field ends with a note saying where its text continues.
            for o in &first_overflow {
                let noted = with_note(fb, o, note, opts).map_err(pdf_err)?;
                if let Some((_, v)) = values_to_fill.iter_mut().find(|(n, _)| *n == o.name) {
                    *v = pdf::FieldValue::Text(noted.fitted.clone());
                }
                continued.push(noted);
            }
            let all = continued_entries(fb, &continued, &extras, note);
            // An answer goes whole into a block that holds it, or whole onto a sheet: never
            // split between the form's page and a sheet.
            let mut entries: Vec<Continued> = Vec::new();
            let mut on_sheets: Vec<Continued> = Vec::new();
            for e in all {
                match blocks.get(entries.len()) {
                    Some(b) if fits_block(fb, b, &e.text, opts).map_err(pdf_err)? => {
                        entries.push(e)
                    }
                    _ => on_sheets.push(e),
                }
            }
            page_used = !entries.is_empty();
            let (block_values, beyond) = continuation_values(&blocks, &entries);
            let beyond: Vec<&Continued> = beyond.iter().chain(&on_sheets).collect();
            // What the form's own page cannot hold goes on continuation sheets, each answer
            // headed by its Page, Part and Item.
            let mut sheet_parts = Vec::new();
            for (name, v) in &block_values {
                let pdf::FieldValue::Text(t) = v else {
                    continue;
                };
                let Some(at) = blocks.iter().position(|b| b.text_field == *name) else {
                    continue;
                };
                if let Some(o) = fb.blank.measure(name, t, opts).map_err(pdf_err)? {
                    sheet_parts.push(format!(
                        "{} (continued from the additional-information page):\n{}",
                        entries[at].heading(),
                        o.rest.trim_start()
                    ));
                    sheet_fields.push(name.clone());
                }
            }
            sheet_parts.extend(
                beyond
                    .iter()
                    .map(|e| format!("{}:\n{}", e.heading(), e.text)),
            );
            values_to_fill.extend(block_values);
            if !sheet_parts.is_empty() {
                sheet = Some(pdf::Sheet {
                    heading: sheet_heading(wording, json, &instance),
                    body: sheet_parts.join("\n\n"),
                });
            }
            // Named by its whole heading; the rest is what the block or sheet prints.
            continued.extend(extras.iter().map(|x| Overflow {
                name: x.heading.to_string(),
                fitted: String::new(),
                rest: x.text_under_place(),
            }));
        }
        if !page_used {
            let wording =
                templates::wording(fb.form, fb.edition).map_err(|e| RenderError::BadMap {
                    form: upper.to_string(),
                    error: Box::new(templates::TemplateError::Wording(e)),
                })?;
            let header: Vec<&str> = fb
                .rows
                .iter()
                .filter(|r| wording.page_header.contains(&r.item))
                .map(|r| r.field.as_str())
                .collect();
            values_to_fill.retain(|(n, _)| !header.contains(&n.as_str()));
            values.retain(|(n, _)| !header.contains(&n.as_str()));
        }
        let mut filled = fb
            .blank
            .fill_sized(&values_to_fill, sheet.as_ref(), opts, &column_sizes)
            .map_err(pdf_err)?;
        // A continuation page's own text that goes on to a sheet is planned, not lost.
        filled.overflow.retain(|o| !sheet_fields.contains(&o.name));
        out.push(Rendered {
            file_name: format!("{stem}.pdf"),
            form,
            edition: fb.edition,
            bytes: filled.bytes,
            flattened: filled.flattened,
            values,
            not_applicable,
            continued,
            overflow: filled.overflow,
            printed: values_to_fill,
            sheet,
        });
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::column_key;

    #[test]
    fn cells_of_one_table_column_share_a_key() {
        let k = |l: &str| column_key(l);
        assert_eq!(
            k("Part A.III, item 3, row 1 (name of school)"),
            k("Part A.III, item 3, row 4 (name of school)")
        );
        assert_eq!(
            k("Part A.III, item 5, mother (full name)"),
            k("Part A.III, item 5, sibling 2 (full name)")
        );
        assert_ne!(
            k("Part A.III, item 3, row 1 (name of school)"),
            k("Part A.III, item 3, row 1 (type of school)")
        );
        assert_eq!(
            k("Part 1, item 11, Other Names Used, entry 2 (Middle Name)").as_deref(),
            Some("Part 1, item 11, Other Names Used, entry # (Middle Name)")
        );
        assert_eq!(k("Part A.I, item 8 (street)"), None);
    }
}
