//! The draft review PDF (`draft.pdf`): a cover page (forms, filing dates, the I-589 one-year
//! deadline, fees, counts), then every Part and Item of each form in order with its answer (or
//! "not answered", marked) and the findings about it, then the missing-evidence checklist.
//! Every page says "DRAFT — for review, not for filing".
//!
//! Layout is data: `form-templates/<form>/<edition>/draft.tsv` gives the Parts and Items and
//! the questions, `form-templates/draft/*.tera` the text of the cover, form headings and
//! checklist; the code only lays text out ([`typeset`]) and writes the PDF
//! ([`crate::pdf::draw`], the same shaping and font embedding as the filled forms).

pub mod layout;
pub mod typeset;

use crate::checklist::{Checklist, Status};
use crate::finding::{Counts, Finding, Severity};
use crate::fonts;
use crate::forms::fieldmap::Row;
use crate::forms::form::{Edition, Editions, Form};
use crate::forms::location::Location;
use crate::forms::render;
use crate::forms::skip;
use crate::forms::templates;
use crate::forms::values;
use crate::model::{CaseFile, FilingStatus};
use crate::pdf::draw::{self, DocInfo, DrawFont};
use crate::pdf::EmbedFont;
use crate::pdf::FieldValue as PdfValue;
use crate::rules::deadline;
use chrono::NaiveDate;
use layout::Part;
use serde_json::{json, Value};
use typeset::{isolate, Fonts, Line, Style, Typesetter};

/// What a run loads once for every draft: fonts parsed, templates compiled, layouts and field
/// maps parsed.
pub struct DraftResources {
    fonts: Fonts,
    tera: tera::Tera,
    forms: Vec<FormLayout>,
}

struct FormLayout {
    form: Form,
    edition: Edition,
    parts: Vec<Part>,
    rows: Vec<Row>,
    /// [`layout::owners`] of `rows`.
    owners: Vec<Option<(String, String)>>,
}

const TEMPLATES: &[(&str, &str)] = &[
    (
        "cover",
        include_str!("../../form-templates/draft/cover.tera"),
    ),
    ("form", include_str!("../../form-templates/draft/form.tera")),
    (
        "checklist",
        include_str!("../../form-templates/draft/checklist.tera"),
    ),
];

/// The words every page carries.
pub const DRAFT_LABEL: &str = "DRAFT — for review, not for filing";

impl DraftResources {
    pub fn load() -> Result<Self, String> {
        let mut draw = Vec::new();
        let mut faces = fonts::REGULAR.iter().collect::<Vec<_>>();
        faces.push(&fonts::BOLD);
        for f in faces {
            let face = rustybuzz::Face::from_slice(f.bytes, 0)
                .ok_or_else(|| format!("internal error: font {} cannot be parsed", f.file))?;
            let embed = EmbedFont::new(f.bytes.to_vec(), 0)
                .map_err(|e| format!("internal error: font {}: {e}", f.file))?;
            draw.push(DrawFont::new(face, embed));
        }
        let bold = draw.len() - 1;
        let fonts = Fonts::new(draw, (0..bold).collect(), bold);
        let mut tera = tera::Tera::new();
        tera.autoescape_on(Vec::<&str>::new());
        for (name, text) in TEMPLATES {
            tera.add_raw_template(name, text)
                .map_err(|e| format!("internal error: draft template {name}: {e}"))?;
        }
        let mut forms = Vec::new();
        for form in Form::ALL {
            for edition in templates::editions(form) {
                let text = templates::draft_layout(form, edition);
                let parts = layout::parse(text)
                    .map_err(|e| format!("internal error: {form} {edition} draft.tsv: {e}"))?;
                let rows = templates::map(form, edition)
                    .map_err(|e| format!("internal error: {form} field map: {e}"))?;
                let owners = layout::owners(&parts, &rows);
                forms.push(FormLayout {
                    form,
                    edition,
                    parts,
                    rows,
                    owners,
                });
            }
        }
        Ok(DraftResources { fonts, tera, forms })
    }

    /// The parsed layout of a form edition: `edition` when given (the edition filled), else
    /// the newest.
    fn layout_of(&self, form: Form, edition: Option<Edition>) -> Option<&FormLayout> {
        let of_form = self.forms.iter().filter(|f| f.form == form);
        match edition {
            Some(e) => of_form.into_iter().find(|f| f.edition == e),
            None => of_form.max_by_key(|f| f.edition),
        }
    }

    /// The parsed layout of a form edition (the newest when `edition` is `None`).
    pub fn layout(&self, form: Form, edition: Option<Edition>) -> Option<(Edition, &[Part])> {
        self.layout_of(form, edition)
            .map(|f| (f.edition, f.parts.as_slice()))
    }
}

/// One draft.
pub struct Draft {
    pub bytes: Vec<u8>,
    pub pages: usize,
    /// Characters no built-in font draws (shown as `[U+XXXX]`), by place; never identifiers.
    pub warnings: Vec<String>,
}

/// One form instance of the case, as the draft shows it.
struct Instance<'a> {
    form: Form,
    name: &'static str,
    layout: &'a FormLayout,
    index: usize,
    who: String,
    filing_date: NaiveDate,
    filing_status: FilingStatus,
    json: Value,
}

fn instances<'a>(
    case: &CaseFile,
    json: &Value,
    res: &'a DraftResources,
    editions: &Editions,
) -> Vec<Instance<'a>> {
    let mut out = Vec::new();
    let mut counts: Vec<(Form, usize)> = Vec::new();
    for (form, _stem, inst) in render::instances(case, json) {
        // The layout of the edition the run fills (the blank's), not merely the newest.
        let Some(layout) = res.layout_of(form, editions.get(form)) else {
            continue;
        };
        let index = match counts.iter_mut().find(|(f, _)| *f == form) {
            Some((_, n)) => {
                *n += 1;
                *n
            }
            None => {
                counts.push((form, 0));
                0
            }
        };
        let (person, filing) = match form {
            Form::I589 => case.forms.i589.as_ref().map(|f| (&f.applicant, &f.filing)),
            Form::I730 => case
                .forms
                .i730
                .get(index)
                .map(|f| (&f.beneficiary, &f.filing)),
            Form::I485 => case
                .forms
                .i485
                .get(index)
                .map(|f| (&f.applicant, &f.filing)),
        }
        .unzip();
        let who = person
            .and_then(|id| case.person(id))
            .map(|p| {
                let n = &p.name;
                let mut s = format!("{} {}", isolate(&n.given), isolate(&n.family));
                if let Some(native) = &p.native_name {
                    s.push_str(&format!(" ({})", isolate(native)));
                }
                isolate(&s)
            })
            .unwrap_or_default();
        let Some(filing) = filing else {
            continue;
        };
        let name = form.name();
        out.push(Instance {
            form,
            name,
            layout,
            index,
            who,
            filing_date: *filing.date,
            filing_status: filing.status,
            json: inst,
        });
    }
    out
}

/// The instance and item a finding belongs to, if any.
fn place_of(f: &Finding, insts: &[Instance<'_>]) -> Option<(usize, String)> {
    let form = f.form.as_deref()?;
    let location = f.location.as_deref()?;
    let candidates: Vec<usize> = (0..insts.len())
        .filter(|i| insts[*i].name == form)
        .collect();
    // The pointer names the instance of a repeated form (/forms/i730/1/...).
    let inst = candidates
        .iter()
        .copied()
        .find(|i| {
            let key = insts[*i].form.key();
            f.pointer
                .starts_with(&format!("/forms/{key}/{}/", insts[*i].index))
                || f.pointer == format!("/forms/{key}/{}", insts[*i].index)
        })
        .or_else(|| candidates.first().copied())?;
    let keys: Vec<&str> = insts[inst]
        .layout
        .parts
        .iter()
        .flat_map(|p| p.items.iter().map(|i| i.key.as_str()))
        .collect();
    // The item at the finding's Part and Item ("Part B, item 1 (grounds)" → Part B, item 1).
    let place = Location::parse(location);
    if let Some(key) = keys
        .iter()
        .find(|k| place.is_some() && Location::parse(k) == place)
    {
        return Some((inst, key.to_string()));
    }
    if let Some((key, _)) = layout::owner(&keys, location) {
        return Some((inst, key.to_string()));
    }
    // A location naming a whole group ("Part A.II, child 1") goes to its first item.
    keys.iter()
        .find(|k| layout::belongs(k, location).is_some())
        .map(|k| (inst, k.to_string()))
}

fn finding_text(f: &Finding) -> (String, [f32; 3]) {
    let (word, rgb) = match f.severity {
        Severity::Error => ("ERROR", typeset::RED),
        Severity::Warning => ("WARNING", typeset::ORANGE),
        Severity::Info => ("NOTE", typeset::BLUE),
    };
    let mut s = format!("{word} ({}): {}", f.code, f.message);
    if let Some(h) = &f.hint {
        s.push_str(&format!(" — {h}"));
    }
    if let Some(c) = &f.citation {
        s.push_str(&format!(" [{c}]"));
    }
    (s, rgb)
}

fn long_date(d: NaiveDate) -> String {
    d.format("%B %-d, %Y").to_string()
}

fn status_word(s: FilingStatus) -> &'static str {
    match s {
        FilingStatus::Filed => "filed",
        FilingStatus::Intended => "intended",
    }
}

/// Makes the draft of one case. `date` is the day the draft is for (deadline days count from
/// it; it is also the document date), never the clock: the same case and date give the same
/// bytes. Each form is shown in the layout of its edition in `editions` (the run's, the one
/// filled), the newest when it names none.
// The case, what the run found, listed and printed, and in which editions: each is its own
// input, and a struct bundling them would only move the list.
#[allow(clippy::too_many_arguments)]
pub fn make(
    case: &CaseFile,
    json: &Value,
    findings: &[Finding],
    checklist: &Checklist,
    res: &DraftResources,
    date: NaiveDate,
    forms: &[render::Rendered],
    editions: &Editions,
) -> Result<Draft, String> {
    let insts = instances(case, json, res, editions);
    let mut ts = Typesetter::new(&res.fonts);
    ts.set_header(format!("case {}", case.case_id));
    ts.new_page();

    // Findings by place; the rest go on the cover.
    let mut placed: Vec<(usize, String, &Finding)> = Vec::new();
    let mut general: Vec<&Finding> = Vec::new();
    for f in findings {
        match place_of(f, &insts) {
            Some((i, key)) => placed.push((i, key, f)),
            None => general.push(f),
        }
    }

    cover(&mut ts, case, &insts, findings, checklist, res, date)?;
    if !general.is_empty() {
        markup(&mut ts, "## General findings (not tied to one item)\n")?;
        for f in &general {
            let (text, rgb) = finding_text(f);
            let lines = ts.lines(
                &text,
                Style::text(9.0).rgb(rgb).indent(10.0).bar(rgb),
                "a finding",
            );
            ts.place(lines);
            ts.gap(3.0);
        }
    }

    for (n, inst) in insts.iter().enumerate() {
        let edition = inst.layout.edition.printed();
        ts.set_header(format!(
            "{} (edition {edition}) · case {}",
            inst.name,
            isolate(&case.case_id)
        ));
        ts.new_page();
        let mut ctx = tera::Context::new();
        ctx.insert("name", inst.name);
        ctx.insert("who", &inst.who);
        ctx.insert("edition", &edition);
        ctx.insert("filing_date", &long_date(inst.filing_date));
        let text = res
            .tera
            .render("form", &ctx)
            .map_err(|e| format!("internal error: draft template form: {e}"))?;
        markup(&mut ts, &text)?;
        // What the filled form prints, when it was filled; else what the case gives, without
        // what the form's skip logic leaves empty.
        let printed = forms.iter().filter(|r| r.form == inst.form).nth(inst.index);
        let rules = skip::rules(inst.form, inst.layout.edition).unwrap_or_default();
        let skipped = skip::skipped(&rules, &inst.layout.rows, json, &inst.json);
        let values: Vec<(String, values::FieldValue)> = match printed {
            Some(r) => r
                .printed
                .iter()
                .filter_map(|(k, v)| {
                    let v = match v {
                        PdfValue::Text(t) => values::FieldValue::Text(t.clone()),
                        PdfValue::Check(b) => values::FieldValue::Check(*b),
                        PdfValue::Choice(_) => return None,
                    };
                    Some((k.clone(), v))
                })
                .collect(),
            None => {
                let mut v = values::evaluate(&inst.layout.rows, json, &inst.json);
                v.retain(|(f, _)| !skipped.iter().any(|(s, _)| s == f));
                v
            }
        };
        let gaps = values::unanswered(&inst.layout.rows, json, &inst.json);
        let answers = layout::answers(&inst.layout.rows, &inst.layout.owners, &values);
        for part in &inst.layout.parts {
            let heading = if part.heading.is_empty() {
                part.key.clone()
            } else {
                format!("{} — {}", part.key, part.heading)
            };
            let hl = ts.lines(&heading, Style::text(12.0).bold(), &part.key);
            ts.gap(6.0);
            let first_item = Typesetter::height(&hl, hl.len()) + 40.0;
            ts.ensure(first_item);
            ts.place(hl);
            ts.rule();
            for item in &part.items {
                let label = if item.question.is_empty() {
                    item.key.clone()
                } else {
                    format!("{} — {}", item.key, item.question)
                };
                let label_lines = ts.lines(
                    &label,
                    Style::text(8.5).bold().rgb(typeset::GREY),
                    &item.key,
                );
                let mut body: Vec<Line> = Vec::new();
                match answers.get(&item.key) {
                    Some(lines) if !lines.is_empty() => {
                        for text in layout::table_rows(lines) {
                            body.extend(ts.lines(&text, Style::text(10.0).indent(12.0), &item.key));
                        }
                    }
                    _ => {
                        // "not answered" only where the question applies and is empty: not for
                        // items the form's skip logic leaves empty, nor rows the case has no
                        // item for, nor options not chosen.
                        let fields: Vec<&str> = inst
                            .layout
                            .rows
                            .iter()
                            .zip(&inst.layout.owners)
                            .filter(|(_, o)| o.as_ref().is_some_and(|(k, _)| *k == item.key))
                            .map(|(r, _)| r.field.as_str())
                            .collect();
                        let why_skipped = skipped
                            .iter()
                            .find(|(f, _)| fields.contains(&f.as_str()))
                            .map(|(_, why)| *why);
                        let gap = fields.iter().any(|f| {
                            gaps.iter().any(|g| g == f) && !skipped.iter().any(|(s, _)| s == f)
                        });
                        let (text, style) = match why_skipped {
                            Some(why)
                                if !gap
                                    || skipped
                                        .iter()
                                        .filter(|(f, _)| fields.contains(&f.as_str()))
                                        .count()
                                        == fields.len() =>
                            {
                                (
                                    format!(
                                        "left empty: the form skips it ({})",
                                        why.split(':').next().unwrap_or(why)
                                    ),
                                    Style::text(9.0).rgb(typeset::GREY).indent(12.0),
                                )
                            }
                            _ if gap => (
                                "not answered".to_string(),
                                Style::text(9.0)
                                    .bold()
                                    .rgb(typeset::RED)
                                    .indent(12.0)
                                    .highlight(typeset::PINK),
                            ),
                            _ => (
                                "left empty (does not apply to this case)".to_string(),
                                Style::text(9.0).rgb(typeset::GREY).indent(12.0),
                            ),
                        };
                        body.extend(ts.lines(&text, style, &item.key));
                    }
                }
                for (_, _, f) in placed.iter().filter(|(i, k, _)| *i == n && *k == item.key) {
                    let (text, rgb) = finding_text(f);
                    body.extend(ts.lines(
                        &text,
                        Style::text(9.0).rgb(rgb).indent(20.0).bar(rgb),
                        &item.key,
                    ));
                }
                // Keep the label with the first line of its answer.
                let keep = Typesetter::height(&label_lines, label_lines.len())
                    + Typesetter::height(&body, 1);
                ts.ensure(keep);
                ts.place(label_lines);
                ts.place(body);
                ts.gap(4.0);
            }
        }
        if let Some(r) = printed {
            continuation_section(&mut ts, r, r.edition)?;
        }
    }

    ts.set_header(format!(
        "Missing-evidence checklist · case {}",
        isolate(&case.case_id)
    ));
    ts.new_page();
    checklist_section(&mut ts, checklist, res)?;

    let warnings = std::mem::take(&mut ts.warnings);
    let pages = ts.finish(DRAFT_LABEL);
    let info = DocInfo {
        title: format!("Draft for review — case {}", case.case_id),
        subject: DRAFT_LABEL.to_string(),
        date: format!("D:{}000000Z", date.format("%Y%m%d")),
    };
    let n = pages.len();
    let bytes =
        draw::write_document(&pages, res.fonts.draw(), &info).map_err(|e| format!("draft: {e}"))?;
    Ok(Draft {
        bytes,
        pages: n,
        warnings,
    })
}

/// The form's additional-information page and continuation sheets as printed: each block with
/// its Page, Part and Item boxes, then the sheets' text.
fn continuation_section(
    ts: &mut Typesetter<'_>,
    r: &render::Rendered,
    edition: Edition,
) -> Result<(), String> {
    let text_of = |field: &str| {
        r.printed.iter().find_map(|(f, v)| match v {
            PdfValue::Text(t) if f == field && !t.is_empty() => Some(t.clone()),
            _ => None,
        })
    };
    let mut blocks = Vec::new();
    for b in templates::continuation(r.form, edition) {
        let Some(text) = text_of(&b.text_field) else {
            continue;
        };
        let mut place = Vec::new();
        if let Some(p) = b.page_field.as_deref().and_then(text_of) {
            place.push(format!("Page {p}"));
        }
        if let Some(p) = text_of(&b.part_field) {
            place.push(format!("Part {p}"));
        }
        if let Some(i) = text_of(&b.item_field) {
            place.push(format!("Item {i}"));
        }
        blocks.push((place.join(", "), text));
    }
    if blocks.is_empty() && r.sheet.is_none() {
        return Ok(());
    }
    markup(ts, "## Additional information, as printed\n")?;
    for (place, text) in blocks {
        let label = ts.lines(
            &place,
            Style::text(8.5).bold().rgb(typeset::GREY),
            "continuation",
        );
        let body = ts.lines(&text, Style::text(10.0).indent(12.0), "continuation");
        ts.ensure(Typesetter::height(&label, label.len()) + Typesetter::height(&body, 1));
        ts.place(label);
        ts.place(body);
        ts.gap(4.0);
    }
    if let Some(sheet) = &r.sheet {
        let label = ts.lines(
            &format!("Continuation sheets: {}", sheet.heading),
            Style::text(8.5).bold().rgb(typeset::GREY),
            "continuation",
        );
        ts.ensure(Typesetter::height(&label, label.len()) + 14.0);
        ts.place(label);
        for para in sheet.body.split("\n\n") {
            let body = ts.lines(para, Style::text(10.0).indent(12.0), "continuation");
            ts.place(body);
            ts.gap(3.0);
        }
    }
    Ok(())
}

/// The family members an I-589 includes (spouse and children marked "include"), by name.
fn included(case: &CaseFile, inst: &Instance<'_>) -> String {
    let Some(f) = case.forms.i589.as_ref().filter(|_| inst.form == Form::I589) else {
        return String::new();
    };
    let name = |id: &crate::model::PersonId| case.person(id).map(|p| p.display_name());
    let mut out: Vec<String> = Vec::new();
    if let Some(s) = f.spouse.as_ref().filter(|s| s.include) {
        out.extend(name(&s.person).map(|n| format!("{n} (spouse)")));
    }
    for c in f.children.iter().filter(|c| c.include) {
        out.extend(name(&c.person).map(|n| format!("{n} (child)")));
    }
    out.join(", ")
}

fn cover(
    ts: &mut Typesetter<'_>,
    case: &CaseFile,
    insts: &[Instance<'_>],
    findings: &[Finding],
    checklist: &Checklist,
    res: &DraftResources,
    date: NaiveDate,
) -> Result<(), String> {
    let forms: Vec<Value> = insts
        .iter()
        .map(|i| {
            json!({
                "name": i.name,
                "edition": i.layout.edition.printed(),
                "who": i.who,
                "filing_date": long_date(i.filing_date),
                "filing_status": status_word(i.filing_status),
                "included": included(case, i),
            })
        })
        .collect();
    let deadline = case.forms.i589.as_ref().and_then(|f| {
        let applicant = case.person(&f.applicant)?;
        let arrival = applicant.us_entries.iter().map(|e| e.date).max()?;
        let d = deadline::i589_one_year(*arrival);
        let left = (d.deadline - date).num_days();
        // Once the I-589 is filed, days left to file mean nothing.
        let days_left = if f.filing.status == FilingStatus::Filed {
            String::new()
        } else if left >= 0 {
            format!("{left} days left on {}", long_date(date))
        } else {
            format!(
                "the deadline passed {} days before {}",
                -left,
                long_date(date)
            )
        };
        let t = deadline::timeliness(&d, *f.filing.date);
        let at_filing = if t.timely {
            format!("on time, {} days before the last day", t.days_left)
        } else {
            format!("{} days late: Part C item 5 must explain why", t.days_late)
        };
        Some(json!({
            "date": long_date(d.deadline),
            "weekday": d.deadline.format("%A").to_string(),
            "arrival": long_date(*arrival),
            "days_left": days_left,
            "filing_date": long_date(*f.filing.date),
            "at_filing": at_filing,
            "citation": d.citation,
        }))
    });
    let counts = Counts::of(findings);
    let mut ctx = tera::Context::new();
    ctx.insert("case_id", &isolate(&case.case_id));
    ctx.insert("date", &long_date(date));
    ctx.insert("forms", &forms);
    ctx.insert("deadline", &deadline);
    ctx.insert("fees", &checklist.fees);
    ctx.insert("counts", &counts);
    ctx.insert("missing", &checklist.missing());
    let readiness = crate::validate::readiness::Readiness::of(findings);
    ctx.insert("state", &readiness.describe());
    ctx.insert("questions", readiness.questions());
    let text = res
        .tera
        .render("cover", &ctx)
        .map_err(|e| format!("internal error: draft template cover: {e}"))?;
    markup(ts, &text)
}

fn checklist_section(
    ts: &mut Typesetter<'_>,
    checklist: &Checklist,
    res: &DraftResources,
) -> Result<(), String> {
    let mut groups: Vec<Value> = Vec::new();
    let mut key = (String::new(), String::new());
    for it in &checklist.items {
        if (it.form.clone(), it.person.clone()) != key {
            key = (it.form.clone(), it.person.clone());
            groups.push(json!({"form": it.form, "person": isolate(&it.person_name), "items": []}));
        }
        let (status, alert) = match (it.status, it.optional) {
            (Status::Provided, _) => ("provided", false),
            (Status::Missing, true) => ("not applicable unless on hand (optional)", false),
            (Status::Missing, false) => ("MISSING", true),
            (Status::Unavailable, _) => ("unavailable: give secondary evidence", true),
        };
        let document = match &it.note {
            Some(n) => format!("{} ({n})", it.document),
            None => it.document.clone(),
        };
        if let Some(Value::Array(items)) = groups.last_mut().and_then(|g| g.get_mut("items")) {
            items.push(json!({
                "document": document,
                "status": status,
                "alert": alert,
                "why": it.why,
                "citation": it.citation,
                "translation": it.translation,
            }));
        }
    }
    let mut ctx = tera::Context::new();
    ctx.insert("total", &checklist.items.len());
    ctx.insert("missing", &checklist.missing());
    ctx.insert("groups", &groups);
    let text = res
        .tera
        .render("checklist", &ctx)
        .map_err(|e| format!("internal error: draft template checklist: {e}"))?;
    markup(ts, &text)
}

/// Lays out the small markup the templates write: `# ` title, `## ` heading, `### ` label
/// (headings and labels stay with the line after them), `!! ` alert, `- ` indented line, an
/// empty line a small gap, anything else a paragraph.
fn markup(ts: &mut Typesetter<'_>, text: &str) -> Result<(), String> {
    let blocks: Vec<&str> = text.lines().collect();
    for (i, line) in blocks.iter().enumerate() {
        let (style, body, keep, before) = if let Some(t) = line.strip_prefix("### ") {
            (Style::text(9.5).bold(), t, true, 2.0)
        } else if let Some(t) = line.strip_prefix("## ") {
            (Style::text(12.0).bold(), t, true, 8.0)
        } else if let Some(t) = line.strip_prefix("# ") {
            (Style::text(16.0).bold(), t, true, 4.0)
        } else if let Some(t) = line.strip_prefix("!! ") {
            (
                Style::text(10.0)
                    .bold()
                    .rgb(typeset::RED)
                    .indent(12.0)
                    .highlight(typeset::PINK),
                t,
                false,
                0.0,
            )
        } else if let Some(t) = line.strip_prefix("- ") {
            (Style::text(10.0).indent(12.0), t, false, 0.0)
        } else if line.trim().is_empty() {
            ts.gap(4.0);
            continue;
        } else {
            (Style::text(10.0), *line, false, 0.0)
        };
        ts.gap(before);
        let lines = ts.lines(body, style, "the draft text");
        let mut need = Typesetter::height(&lines, lines.len().min(3));
        if keep {
            if let Some(next) = blocks[i + 1..].iter().find(|l| !l.trim().is_empty()) {
                need += 10.0 * 1.3 * usize::from(!next.is_empty()) as f32;
            }
        }
        ts.ensure(need);
        ts.place(lines);
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A second, newer edition of the I-589 with the same layout, as a new USCIS edition
    /// folder would add.
    fn with_newer_i589(res: &mut DraftResources) -> Edition {
        let newer = Edition::from_folder("01-20-99");
        let layout = res
            .layout_of(Form::I589, None)
            .map(|l| FormLayout {
                form: l.form,
                edition: newer,
                parts: l.parts.clone(),
                rows: l.rows.clone(),
                owners: l.owners.clone(),
            })
            .expect("an I-589 layout");
        res.forms.push(layout);
        newer
    }

    #[test]
    fn the_draft_shows_the_edition_filled_not_the_newest() {
        let mut res = DraftResources::load().expect("draft resources");
        let newer = with_newer_i589(&mut res);
        let filled = crate::forms::templates::edition(Form::I589, "01-20-25").expect("embedded");
        let text = std::fs::read_to_string(
            std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
                .join("fixtures/valid/i589-affirmative-family.json"),
        )
        .expect("fixture");
        let json: Value = serde_json::from_str(&text).expect("json");
        let case: CaseFile = serde_json::from_value(json.clone()).expect("case");
        let edition_of = |editions: &Editions| -> Vec<Edition> {
            instances(&case, &json, &res, editions)
                .iter()
                .filter(|i| i.form == Form::I589)
                .map(|i| i.layout.edition)
                .collect()
        };
        // The run filled the 01/20/25 blank: the draft lays out 01/20/25 even though a newer
        // layout exists (before, it took the newest whatever the blank).
        assert_eq!(
            edition_of(&Editions::new([(Form::I589, filled)])),
            vec![filled]
        );
        // Without a blank, the newest.
        assert_eq!(edition_of(&Editions::default()), vec![newer]);
    }
}
