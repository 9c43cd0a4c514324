//! The draft review PDF (`draft.pdf`): a cover page (forms, filing dates, the I-589 one-year
//! deadline, fees, counts), then every Part and Item of each form in order with its answer (or
//! "not answered", marked) and the findings about it, then the missing-evidence checklist.
//! Every page says "DRAFT — for review, not for filing".
//!
//! Layout is data: `form-templates/<form>/<edition>/draft.tsv` gives the Parts and Items and
//! the questions, `form-templates/draft/*.tera` the text of the cover, form headings and
//! checklist; the code only lays text out ([`typeset`]) and writes the PDF
//! ([`draw`], the same text engine and font embedding as the filled forms).

pub mod draw;
mod error;
pub mod layout;
pub mod typeset;

pub use error::DraftError;

use crate::checklist::{Checklist, Status};
use crate::finding::{Counts, Finding, Severity};
use crate::forms::fieldmap::Row;
use crate::forms::form::{Edition, Editions, Form};
use crate::forms::location::Location;
use crate::forms::render;
use crate::forms::skip;
use crate::forms::templates;
use crate::forms::values;
use crate::interview::i18n::{FluentValueArg, OutputLang};
use crate::model::{CaseFile, FilingStatus};
use crate::pdf::FieldValue as PdfValue;
use crate::rules::deadline;
use crate::text::fonts::{self, DrawFont, EmbedFont};
use crate::validate::Case;
use chrono::NaiveDate;
use draw::DocInfo;
use layout::Part;
use serde_json::{json, Value};
use typeset::{isolate, Fonts, Line, Style, Typesetter};

/// Why an item of the draft has no answer.
#[derive(Clone, Copy, PartialEq)]
enum Empty<'a> {
    /// The form's skip logic leaves it empty (the reason's first words).
    Skipped(&'a str),
    /// A header box of the form's additional-information page (I-589 Supplement B), which
    /// the fill leaves empty when the page holds no answer (`page_header`, edition.toml).
    PageUnused,
    /// The question applies and the case does not answer it: a real gap.
    Gap,
    /// Nothing of the case goes there (a row or child the case does not have, an option not
    /// chosen).
    NotApply,
}

/// What a run loads once for every draft: fonts parsed, templates compiled, layouts and field
/// maps parsed.
pub struct DraftResources {
    fonts: Fonts,
    tera: tera::Tera,
    forms: Vec<FormLayout>,
    /// The language of the draft's frame (cover, headings, states, findings, checklist); the
    /// form's answers (and its questions) stay in English, as filed.
    pub lang: OutputLang,
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
    // The same texts in Spanish (`--lang es`): "<name>.<lang>".
    (
        "cover.es",
        include_str!("../../form-templates/draft/cover.es.tera"),
    ),
    (
        "form.es",
        include_str!("../../form-templates/draft/form.es.tera"),
    ),
    (
        "checklist.es",
        include_str!("../../form-templates/draft/checklist.es.tera"),
    ),
];

/// The words every page carries.
pub const DRAFT_LABEL: &str = "DRAFT — for review, not for filing";

impl DraftResources {
    pub fn load() -> Result<Self, DraftError> {
        let mut draw = Vec::new();
        let mut faces = fonts::REGULAR.iter().collect::<Vec<_>>();
        faces.push(&fonts::BOLD);
        for f in faces {
            let face = rustybuzz::Face::from_slice(f.bytes, 0).ok_or(DraftError::Font {
                file: f.file,
                error: None,
            })?;
            let embed = EmbedFont::new(f.bytes.to_vec(), 0).map_err(|e| DraftError::Font {
                file: f.file,
                error: Some(e),
            })?;
            draw.push(DrawFont::new(face, embed));
        }
        let bold = draw.len() - 1;
        let fonts = Fonts::new(draw, (0..bold).collect(), bold);
        let mut tera = tera::Tera::new();
        tera.autoescape_on(Vec::<&str>::new());
        for (name, text) in TEMPLATES {
            tera.add_raw_template(name, text)
                .map_err(|error| DraftError::Template {
                    name: name.to_string(),
                    error,
                })?;
        }
        let mut forms = Vec::new();
        for form in Form::ALL {
            for edition in templates::editions(form) {
                let text = templates::draft_layout(form, edition);
                let parts = layout::parse(text).map_err(|error| DraftError::Layout {
                    form,
                    edition,
                    error,
                })?;
                let rows = templates::map(form, edition)
                    .map_err(|error| DraftError::Map { form, error })?;
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
        Ok(DraftResources {
            fonts,
            tera,
            forms,
            lang: OutputLang::english(),
        })
    }

    /// A template in the draft's language, else the English one.
    fn render(&self, name: &str, ctx: &tera::Context) -> Result<String, DraftError> {
        let localized = format!("{name}.{}", self.lang.tag());
        let name = if self.tera.get_template_names().any(|n| n == localized) {
            localized.as_str()
        } else {
            name
        };
        self.tera
            .render(name, ctx)
            .map_err(|error| DraftError::Template {
                name: name.to_string(),
                error,
            })
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

fn instances<'a>(case: Case, res: &'a DraftResources, editions: &Editions) -> Vec<Instance<'a>> {
    let mut out = Vec::new();
    let mut counts: Vec<(Form, usize)> = Vec::new();
    for (form, _stem, inst) in render::instances(case) {
        let case = case.file();
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

/// Where in the draft a finding is shown: under an item, or under a Part heading (its
/// location names the Part but no item of it), both by key.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Spot {
    Item(String),
    Part(String),
}

/// The instance and the item or Part a finding belongs to, by comparing its [`Location`]
/// with the ones the layout parsed at load: the item at its Part and Item; else the Part
/// whose items are at its Part; `None` (the cover) for a finding with no form or location,
/// or at a Part this form does not have.
fn place_of(f: &Finding, insts: &[Instance<'_>]) -> Option<(usize, Spot)> {
    let form = f.form?;
    let place = f.location.as_ref()?;
    let candidates: Vec<usize> = (0..insts.len())
        .filter(|i| insts[*i].form == form)
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
    let parts = &insts[inst].layout.parts;
    // The item at the finding's Part and Item ("Part B, item 1 (grounds)" → Part B, item 1).
    if !place.item.is_empty() {
        let item = parts
            .iter()
            .flat_map(|p| &p.items)
            .find(|i| i.at.as_ref() == Some(place));
        if let Some(item) = item {
            return Some((inst, Spot::Item(item.key.clone())));
        }
    }
    // Else its Part: the heading at that Part, or the one whose items are in it ("Part A.II,
    // child 1" is in Part A.II's heading).
    let in_part = |at: &Option<Location>| at.as_ref().is_some_and(|l| l.part == place.part);
    parts
        .iter()
        .find(|p| in_part(&p.at) || p.items.iter().any(|i| in_part(&i.at)))
        .map(|p| (inst, Spot::Part(p.key.clone())))
}

/// The form instance a finding's pointer is in (`/forms/i485/1/…`; `/forms/i589/…` when the
/// case has one I-589): the cover lists a finding under the form and person it concerns, so
/// two applicants' findings with the same words can be told apart.
fn instance_of(pointer: &str, insts: &[Instance<'_>]) -> Option<usize> {
    let within = |prefix: &str| {
        pointer
            .strip_prefix(prefix)
            .is_some_and(|rest| rest.is_empty() || rest.starts_with('/'))
    };
    let indexed = (0..insts.len()).find(|&i| {
        within(&format!(
            "/forms/{}/{}",
            insts[i].form.key(),
            insts[i].index
        ))
    });
    indexed.or_else(|| {
        let mut of_form =
            (0..insts.len()).filter(|&i| within(&format!("/forms/{}", insts[i].form.key())));
        match (of_form.next(), of_form.next()) {
            (Some(i), None) => Some(i),
            _ => None,
        }
    })
}

/// "I-485 for Naw Htoo Paw": the form instance a finding concerns, on the cover.
fn whom(inst: &Instance<'_>, lang: &OutputLang) -> String {
    if inst.who.is_empty() {
        return inst.name.to_string();
    }
    lang.text_args(
        "draft-finding-for",
        &[
            ("form", FluentValueArg::Str(inst.name.to_string())),
            ("who", FluentValueArg::Str(inst.who.clone())),
        ],
        format!("{} for {}", inst.name, inst.who),
    )
}

fn finding_text(f: &Finding, lang: &OutputLang) -> (String, [f32; 3]) {
    let (word, rgb) = match f.severity {
        Severity::Error => (lang.text("draft-finding-error", "ERROR"), typeset::RED),
        Severity::Warning => (
            lang.text("draft-finding-warning", "WARNING"),
            typeset::ORANGE,
        ),
        Severity::Info => (lang.text("draft-finding-info", "NOTE"), typeset::BLUE),
    };
    // Outside English: the code's sentence, then the English message (it holds the facts).
    let message = match lang.finding(&f.code).filter(|_| !lang.is_english()) {
        Some(sentence) => format!(
            "{sentence} {}: {}",
            lang.text("draft-detail", "Detail"),
            f.message
        ),
        None if !lang.is_english() => {
            format!("{} {}", lang.text("out-in-english", ""), f.message)
        }
        None => f.message.clone(),
    };
    // The rule's id is for machines (it stays in the JSON outputs); a reader gets the words.
    let mut s = format!("{word}: {message}");
    if let Some(h) = &f.hint {
        // No-break spaces keep the dash with the words around it: no line ends or starts with it.
        s.push_str(&format!("\u{a0}—\u{a0}{h}"));
    }
    if let Some(c) = &f.citation {
        s.push_str(&format!(" [{c}]"));
    }
    (s, rgb)
}

/// `text` with each ISO date ("2025-07-22") written as the cover writes dates ("July 22,
/// 2025", "22 de julio de 2025"): the fee table's notes keep ISO dates as data.
fn dates_in_words(text: &str, lang: &OutputLang) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some((i, d)) = rest.char_indices().find_map(|(i, _)| {
        rest.get(i..i + 10)
            .filter(|s| s.as_bytes().first().is_some_and(u8::is_ascii_digit))
            .and_then(|s| NaiveDate::parse_from_str(s, "%Y-%m-%d").ok())
            .map(|d| (i, d))
    }) {
        out.push_str(&rest[..i]);
        out.push_str(&long_date(d, lang));
        rest = &rest[i + 10..];
    }
    out.push_str(rest);
    out
}

fn long_date(d: NaiveDate, lang: &OutputLang) -> String {
    use chrono::Datelike;
    let english = d.format("%B %-d, %Y").to_string();
    if lang.is_english() {
        return english;
    }
    let month = lang.text(&format!("month-{}", d.month()), &d.format("%B").to_string());
    lang.text_args(
        "date-long",
        &[
            ("day", FluentValueArg::Str(d.day().to_string())),
            ("month", FluentValueArg::Str(month)),
            ("year", FluentValueArg::Str(d.year().to_string())),
        ],
        english,
    )
}

fn status_word(s: FilingStatus, lang: &OutputLang) -> String {
    match s {
        FilingStatus::Filed => lang.text("draft-filed", "filed"),
        FilingStatus::Intended => lang.text("draft-intended", "intended"),
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
    case: Case,
    findings: &[Finding],
    checklist: &Checklist,
    res: &DraftResources,
    date: NaiveDate,
    forms: &[render::Rendered],
    editions: &Editions,
) -> Result<Draft, DraftError> {
    let insts = instances(case, res, editions);
    let (case, json) = (case.file(), case.json());
    let lang = &res.lang;
    let mut ts = Typesetter::new(&res.fonts);
    ts.set_header(lang.text_args(
        "draft-header-case",
        &[("case", FluentValueArg::Str(case.case_id.to_string()))],
        format!("case {}", case.case_id),
    ));
    ts.new_page();

    // Findings by place; the rest go on the cover.
    let mut placed: Vec<(usize, Spot, &Finding)> = Vec::new();
    let mut general: Vec<&Finding> = Vec::new();
    for f in findings {
        // The fee findings are the cover's "Fees on the filing dates": shown once, there.
        if f.code == crate::rules::fees::FEES.id {
            continue;
        }
        match place_of(f, &insts) {
            Some((i, spot)) => placed.push((i, spot, f)),
            None => general.push(f),
        }
    }

    cover(&mut ts, case, &insts, findings, checklist, res, date)?;
    if !general.is_empty() {
        markup(
            &mut ts,
            &format!(
                "## {}\n",
                lang.text(
                    "draft-general-findings",
                    "General findings (not tied to one item)"
                )
            ),
        );
        // The findings of one form instance under a line naming it ("I-485 for Naw Htoo
        // Paw"): two applicants' findings often say the same words. Those of the whole case
        // first, then each instance's in the order the forms are listed.
        let mut groups: Vec<(Option<usize>, Vec<&Finding>)> = Vec::new();
        for f in &general {
            let at = instance_of(&f.pointer, &insts);
            match groups.iter_mut().find(|(g, _)| *g == at) {
                Some((_, fs)) => fs.push(f),
                None => groups.push((at, vec![f])),
            }
        }
        groups.sort_by_key(|(g, _)| g.map_or(0, |i| i + 1));
        for (at, fs) in groups {
            let mut head = match at {
                Some(i) => {
                    ts.gap(2.0);
                    ts.lines(
                        &format!("{}:", whom(&insts[i], lang)),
                        Style::text(9.5).bold(),
                        "a finding",
                    )
                }
                None => Vec::new(),
            };
            for f in fs {
                let (text, rgb) = finding_text(f, lang);
                let lines = ts.lines(
                    &text,
                    Style::text(9.0).rgb(rgb).indent(10.0).bar(rgb),
                    "a finding",
                );
                // The naming line stays with its first finding.
                if !head.is_empty() {
                    ts.ensure(
                        Typesetter::height(&head, head.len()) + Typesetter::height(&lines, 1),
                    );
                    ts.place(std::mem::take(&mut head));
                }
                ts.place(lines);
                ts.gap(3.0);
            }
        }
    }

    for (n, inst) in insts.iter().enumerate() {
        let edition = inst.layout.edition.printed();
        ts.set_header(lang.text_args(
            "draft-header-form",
            &[
                ("form", FluentValueArg::Str(inst.name.to_string())),
                ("edition", FluentValueArg::Str(edition.clone())),
                ("case", FluentValueArg::Str(isolate(&case.case_id))),
            ],
            format!(
                "{} (edition {edition}) · case {}",
                inst.name,
                isolate(&case.case_id)
            ),
        ));
        ts.new_page();
        let mut ctx = tera::Context::new();
        ctx.insert("name", inst.name);
        ctx.insert("who", &inst.who);
        ctx.insert("edition", &edition);
        ctx.insert("filing_date", &long_date(inst.filing_date, lang));
        let text = res.render("form", &ctx)?;
        markup(&mut ts, &text);
        // What the filled form prints, when it was filled; else what the case gives, without
        // what the form's skip logic leaves empty.
        let printed = forms.iter().filter(|r| r.form == inst.form).nth(inst.index);
        // A skip table that does not parse is the tool's fault: stop, rather than print
        // skipped items as gaps.
        let rules =
            skip::rules(inst.form, inst.layout.edition).map_err(|error| DraftError::Skip {
                form: inst.form,
                edition: inst.layout.edition,
                error,
            })?;
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
        // The header boxes of an additional-information page that holds no entry: the fill
        // leaves them empty on purpose (an unused supplement is not filed).
        let page_unused: &[String] = match printed {
            Some(r) => {
                let used = templates::continuation(r.form, r.edition).iter().any(|b| {
                    r.printed.iter().any(|(f, v)| {
                        *f == b.text_field && matches!(v, PdfValue::Text(t) if !t.is_empty())
                    })
                });
                if used {
                    &[]
                } else {
                    &templates::wording(r.form, r.edition)
                        .map_err(DraftError::Wording)?
                        .page_header
                }
            }
            None => &[],
        };
        let answers = layout::answers(&inst.layout.rows, &inst.layout.owners, &values);
        let originals = originals(&inst.layout.rows, &inst.layout.owners, &inst.json);
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
            let at_part = Spot::Part(part.key.clone());
            for (_, _, f) in placed.iter().filter(|(i, s, _)| *i == n && *s == at_part) {
                let (text, rgb) = finding_text(f, lang);
                let lines = ts.lines(
                    &text,
                    Style::text(9.0).rgb(rgb).indent(10.0).bar(rgb),
                    &part.key,
                );
                ts.place(lines);
                ts.gap(3.0);
            }
            // Items that print the same answer under the same question one after another
            // (the A-Number every I-485 page repeats in its header) are shown once, under a
            // key naming them all ("Pages 2–24 header"): each page's print stays visible
            // without 23 identical entries. Items with findings or originals stay alone.
            let alone = |it: &layout::Item| {
                !originals.iter().any(|o| o.key == it.key)
                    && !placed
                        .iter()
                        .any(|(i, s, _)| *i == n && *s == Spot::Item(it.key.clone()))
            };
            // Why an item with no answer is empty: "not answered" only where the question
            // applies and is empty; not for items the form's skip logic leaves empty, nor rows
            // the case has no item for, nor options not chosen.
            let empty = |it: &layout::Item| -> Option<Empty> {
                if answers.get(&it.key).is_some_and(|l| !l.is_empty()) {
                    return None;
                }
                let fields: Vec<&str> = inst
                    .layout
                    .rows
                    .iter()
                    .zip(&inst.layout.owners)
                    .filter(|(_, o)| o.as_ref().is_some_and(|(k, _)| *k == it.key))
                    .map(|(r, _)| r.field.as_str())
                    .collect();
                let skips: Vec<&str> = skipped
                    .iter()
                    .filter(|(f, _)| fields.contains(&f.as_str()))
                    .map(|(_, why)| *why)
                    .collect();
                let gap = fields
                    .iter()
                    .any(|f| gaps.iter().any(|g| g == f) && !skipped.iter().any(|(s, _)| s == f));
                if page_unused.contains(&it.key) {
                    return Some(Empty::PageUnused);
                }
                Some(match skips.first() {
                    Some(why) if !gap || skips.len() == fields.len() => {
                        Empty::Skipped(why.split(':').next().unwrap_or(why))
                    }
                    _ if gap => Empty::Gap,
                    _ => Empty::NotApply,
                })
            };
            // Consecutive items of one block (a child, the spouse) that are all left empty for
            // the same reason are one line ("Part A.II, child 4, items 1–21 — left empty"): an
            // unused child is not 21 entries. A real gap is never folded away.
            let mut shown: Vec<(&layout::Item, String, Option<Empty>)> = Vec::new();
            let mut i = 0;
            while i < part.items.len() {
                let item = &part.items[i];
                let mut j = i + 1;
                let state = empty(item);
                if let Some(first) = answers.get(&item.key).filter(|l| !l.is_empty()) {
                    while alone(item)
                        && part.items.get(j).is_some_and(|next| {
                            next.question == item.question
                                && answers.get(&next.key) == Some(first)
                                && alone(next)
                        })
                    {
                        j += 1;
                    }
                } else if let (Some(kind @ (Empty::Skipped(_) | Empty::NotApply)), Some(b)) =
                    (state, layout::block(&item.key))
                {
                    while alone(item)
                        && part.items.get(j).is_some_and(|next| {
                            layout::block(&next.key) == Some(b)
                                && empty(next) == Some(kind)
                                && alone(next)
                        })
                    {
                        j += 1;
                    }
                }
                let keys: Vec<&str> = part.items[i..j].iter().map(|it| it.key.as_str()).collect();
                match layout::merged_key(&keys).filter(|_| j > i + 1) {
                    Some(key) => {
                        // A folded empty block names no single question (`state` is None for
                        // an answered item).
                        shown.push((item, key, state));
                        i = j;
                    }
                    None => {
                        shown.push((item, item.key.clone(), None));
                        i += 1;
                    }
                }
            }
            let empty_text = |kind: Empty| -> (String, Style) {
                match kind {
                    Empty::PageUnused => (
                        lang.text_args(
                            "draft-left-empty-page",
                            &[("page", FluentValueArg::Str(part.key.clone()))],
                            format!("left empty: {} holds no answer", part.key),
                        ),
                        Style::text(9.0).rgb(typeset::GREY).indent(12.0),
                    ),
                    Empty::Skipped(why) => (
                        lang.text_args(
                            "draft-left-empty-skipped",
                            &[("why", FluentValueArg::Str(why.to_string()))],
                            format!("left empty: the form skips it ({why})"),
                        ),
                        Style::text(9.0).rgb(typeset::GREY).indent(12.0),
                    ),
                    Empty::Gap => (
                        lang.text("draft-not-answered", "not answered"),
                        Style::text(9.0)
                            .bold()
                            .rgb(typeset::RED)
                            .indent(12.0)
                            .highlight(typeset::PINK),
                    ),
                    Empty::NotApply => (
                        lang.text(
                            "draft-left-empty",
                            "left empty (does not apply to this case)",
                        ),
                        Style::text(9.0).rgb(typeset::GREY).indent(12.0),
                    ),
                }
            };
            for (item, key, folded) in shown {
                if let Some(kind) = folded {
                    let (text, _) = empty_text(kind);
                    let lines = ts.lines(
                        &format!("{key} — {text}"),
                        Style::text(8.5).rgb(typeset::GREY),
                        &item.key,
                    );
                    ts.ensure(Typesetter::height(&lines, lines.len()));
                    ts.place(lines);
                    ts.gap(4.0);
                    continue;
                }
                let label = if item.question.is_empty() {
                    key
                } else {
                    format!("{key} — {}", item.question)
                };
                let label_lines = ts.lines(
                    &label,
                    Style::text(8.5).bold().rgb(typeset::GREY),
                    &item.key,
                );
                let mut body: Vec<Line> = Vec::new();
                match answers.get(&item.key) {
                    Some(lines) if !lines.is_empty() => {
                        for (depth, text) in layout::table_rows(lines, &item.question) {
                            let indent = 12.0 + 10.0 * depth as f32;
                            body.extend(ts.lines(
                                &text,
                                Style::text(10.0).indent(indent),
                                &item.key,
                            ));
                        }
                    }
                    _ => {
                        let (text, style) = empty_text(empty(item).unwrap_or(Empty::NotApply));
                        body.extend(ts.lines(&text, style, &item.key));
                    }
                }
                // The applicant's own words beneath the English the form prints.
                for o in originals.iter().filter(|o| o.key == item.key) {
                    let language = language_name(&o.language, lang);
                    body.extend(ts.lines(
                        &lang.text_args(
                            "draft-original",
                            &[("language", FluentValueArg::Str(language.clone()))],
                            format!("In the applicant's own words ({language}); the form gets only the English above:"),
                        ),
                        Style::text(8.0).rgb(typeset::GREY).indent(20.0),
                        &item.key,
                    ));
                    body.extend(ts.lines(
                        &o.text,
                        Style::text(10.0).indent(20.0).bar(typeset::GREY),
                        &item.key,
                    ));
                }
                let at_item = Spot::Item(item.key.clone());
                for (_, _, f) in placed.iter().filter(|(i, s, _)| *i == n && *s == at_item) {
                    let (text, rgb) = finding_text(f, lang);
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
            continuation_section(&mut ts, r, r.edition, lang)?;
        }
    }

    ts.set_header(lang.text_args(
        "draft-header-checklist",
        &[("case", FluentValueArg::Str(isolate(&case.case_id)))],
        format!(
            "Missing-evidence checklist · case {}",
            isolate(&case.case_id)
        ),
    ));
    ts.new_page();
    checklist_section(&mut ts, checklist, res)?;

    let warnings = std::mem::take(&mut ts.warnings);
    let label = lang.text("draft-label", DRAFT_LABEL);
    let pages = ts.finish(&label, |n, total| {
        lang.text_args(
            "draft-page",
            &[
                ("n", FluentValueArg::Num(n as f64)),
                ("total", FluentValueArg::Num(total as f64)),
            ],
            format!("page {n} of {total}"),
        )
    });
    let info = DocInfo {
        title: lang.text_args(
            "draft-title",
            &[("case", FluentValueArg::Str(case.case_id.to_string()))],
            format!("Draft for review — case {}", case.case_id),
        ),
        subject: label.clone(),
        date: format!("D:{}000000Z", date.format("%Y%m%d")),
    };
    let n = pages.len();
    let bytes = draw::write_document(&pages, res.fonts.draw(), &info).map_err(DraftError::Write)?;
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
    lang: &OutputLang,
) -> Result<(), DraftError> {
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
    let label_style = Style::text(8.5).bold().rgb(typeset::GREY);
    let entries: Vec<(Vec<Line>, Vec<Line>)> = blocks
        .iter()
        .map(|(place, text)| {
            (
                ts.lines(place, label_style, "continuation"),
                ts.lines(text, Style::text(10.0).indent(12.0), "continuation"),
            )
        })
        .collect();
    let sheet_label = r.sheet.as_ref().map(|sheet| {
        ts.lines(
            &lang.text_args(
                "draft-continuation-sheets",
                &[("heading", FluentValueArg::Str(sheet.heading.clone()))],
                format!("Continuation sheets: {}", sheet.heading),
            ),
            label_style,
            "continuation",
        )
    });
    // The heading stays with its first entry: never alone at the foot of a page.
    let heading = ts.lines(
        &lang.text("draft-continuation", "Additional information, as printed"),
        Style::text(12.0).bold(),
        "continuation",
    );
    let first = match (entries.first(), &sheet_label) {
        (Some((label, body)), _) => {
            Typesetter::height(label, label.len()) + Typesetter::height(body, 1)
        }
        (None, Some(label)) => Typesetter::height(label, label.len()) + 14.0,
        (None, None) => 0.0,
    };
    ts.gap(8.0);
    ts.ensure(Typesetter::height(&heading, heading.len()) + first);
    ts.place(heading);
    for (label, body) in entries {
        ts.ensure(Typesetter::height(&label, label.len()) + Typesetter::height(&body, 1));
        ts.place(label);
        ts.place(body);
        ts.gap(4.0);
    }
    if let (Some(sheet), Some(label)) = (&r.sheet, sheet_label) {
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
fn included(case: &CaseFile, inst: &Instance<'_>, lang: &OutputLang) -> String {
    let Some(f) = case.forms.i589.as_ref().filter(|_| inst.form == Form::I589) else {
        return String::new();
    };
    let name = |id: &crate::model::PersonId| case.person(id).map(|p| p.display_name());
    let mut out: Vec<String> = Vec::new();
    if let Some(s) = f.spouse.as_ref().filter(|s| s.include) {
        let spouse = lang.text("draft-spouse", "spouse");
        out.extend(name(&s.person).map(|n| format!("{n} ({spouse})")));
    }
    for c in f.children.iter().filter(|c| c.include) {
        // "son"/"daughter" where the case gives the sex (Spanish "hijo"/"hija"), else "child".
        let key = match case.person(&c.person).and_then(|p| p.sex) {
            Some(crate::model::Sex::Male) => ("draft-son", "child"),
            Some(crate::model::Sex::Female) => ("draft-daughter", "child"),
            None => ("draft-child", "child"),
        };
        let child = lang.text(key.0, key.1);
        out.extend(name(&c.person).map(|n| format!("{n} ({child})")));
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
) -> Result<(), DraftError> {
    let lang = &res.lang;
    let forms: Vec<Value> = insts
        .iter()
        .map(|i| {
            json!({
                "name": i.name,
                "edition": i.layout.edition.printed(),
                "who": i.who,
                "filing_date": long_date(i.filing_date, lang),
                "filing_status": if i.filing_status == FilingStatus::Intended && i.filing_date < date {
                    lang.text("draft-intended-passed", "intended; this date has passed")
                } else {
                    status_word(i.filing_status, lang)
                },
                "included": included(case, i, lang),
            })
        })
        .collect();
    let deadline = case.forms.i589.as_ref().and_then(|f| {
        let applicant = case.person(&f.applicant)?;
        let arrival = applicant.us_entries.iter().map(|e| e.date).max()?;
        let d = deadline::i589_one_year(*arrival);
        let late = |days: i64| {
            lang.text_args(
                "draft-late",
                &[("days", FluentValueArg::Num(days as f64))],
                format!("{days} days late: Part C item 5 must explain why"),
            )
        };
        let mut block = deadline_block(&d, &f.filing, date, lang, late);
        block.insert("arrival".into(), json!(long_date(*arrival, lang)));
        Some(block)
    });
    // Each I-730's two-year deadline, counted as rule `i730.two-year-deadline` and `batch`'s
    // summary count it (the same function), from the grant of asylum or refugee admission.
    let i730_deadlines: Vec<serde_json::Map<String, Value>> = insts
        .iter()
        .filter(|i| i.form == Form::I730)
        .filter_map(|i| {
            let f = case.forms.i730.get(i.index)?;
            let d = deadline::i730_two_years_dates(*f.granted);
            let late = |days: i64| {
                lang.text_args(
                    "draft-late-i730",
                    &[("days", FluentValueArg::Num(days as f64))],
                    format!("{days} days late: Part 3 must explain the humanitarian reasons"),
                )
            };
            let mut block = deadline_block(&d, &f.filing, date, lang, late);
            block.insert("granted".into(), json!(long_date(*f.granted, lang)));
            block.insert("who".into(), json!(i.who));
            Some(block)
        })
        .collect();
    // The summary counts the findings the draft prints: the fee findings are the "Fees on the
    // filing dates" lines, not findings below (a "Warnings: 1" with none listed misled).
    let printed: Vec<Finding> = findings
        .iter()
        .filter(|f| f.code != crate::rules::fees::FEES.id)
        .cloned()
        .collect();
    let counts = Counts::of(&printed);
    let mut ctx = tera::Context::new();
    ctx.insert("case_id", &isolate(&case.case_id));
    ctx.insert("date", &long_date(date, lang));
    ctx.insert("forms", &forms);
    ctx.insert("deadline", &deadline);
    ctx.insert("i730_deadlines", &i730_deadlines);
    let fees: Vec<Value> = checklist
        .fees
        .iter()
        .map(|f| {
            json!({
                "form": f.form,
                "amount": crate::rules::fees::dollars(f.amount),
                "confirmed": f.confirmed,
                "due": crate::checklist::fee_due(f.due, lang),
                "note": dates_in_words(&f.note, lang),
                "citation": f.citation,
            })
        })
        .collect();
    ctx.insert("fees", &fees);
    ctx.insert("counts", &counts);
    ctx.insert("missing", &checklist.missing());
    let readiness = crate::validate::readiness::Readiness::of(findings);
    ctx.insert("state", &state(&readiness, insts, lang));
    // The question's own title stays English (the form's); the words around it are translated.
    let questions: Vec<crate::validate::readiness::Question> = readiness
        .questions()
        .iter()
        .cloned()
        .map(|mut q| {
            if let Some(title) = q.message.strip_prefix("not answered yet: ") {
                if !lang.is_english() {
                    q.message = format!("{}: {title}", lang.text("draft-not-answered", ""));
                }
            }
            q
        })
        .collect();
    ctx.insert("questions", &questions);
    let text = res.render("cover", &ctx)?;
    markup(ts, &text);
    Ok(())
}

/// The cover's "State": a form the case records as filed says so (it is not "ready to file"
/// again); the case file's own state follows when it is not simply ready.
fn state(
    readiness: &crate::validate::readiness::Readiness,
    insts: &[Instance<'_>],
    lang: &OutputLang,
) -> String {
    let own = lang.readiness(readiness);
    let ready = *readiness == crate::validate::readiness::Readiness::Ready;
    let filed: Vec<String> = insts
        .iter()
        .filter(|i| i.filing_status == FilingStatus::Filed)
        .map(|i| whom(i, lang))
        .collect();
    if filed.is_empty() {
        own
    } else if filed.len() == insts.len() {
        let word = lang.text("draft-state-filed", "filed");
        if ready {
            word
        } else {
            format!("{word}; {own}")
        }
    } else {
        format!(
            "{own}; {} {}",
            lang.text("draft-state-already-filed", "already filed:"),
            filed.join(", ")
        )
    }
}

/// The cover's lines about one filing deadline `d` of a form filed (or to be filed) as `filing`:
/// the last day and its weekday, the days left on `date` (none once the form is filed: days
/// left to file mean nothing then), and how the filing date stands (`late` says what a late
/// filing needs on that form).
fn deadline_block(
    d: &deadline::Deadline,
    filing: &crate::model::Filing,
    date: NaiveDate,
    lang: &OutputLang,
    late: impl Fn(i64) -> String,
) -> serde_json::Map<String, Value> {
    use chrono::Datelike;
    let left = (d.deadline - date).num_days();
    let days_left = if filing.status == FilingStatus::Filed {
        String::new()
    } else if left >= 0 {
        lang.text_args(
            "draft-days-left",
            &[
                ("days", FluentValueArg::Num(left as f64)),
                ("date", FluentValueArg::Str(long_date(date, lang))),
            ],
            format!("{left} days left on {}", long_date(date, lang)),
        )
    } else {
        lang.text_args(
            "draft-deadline-passed",
            &[
                ("days", FluentValueArg::Num(-left as f64)),
                ("date", FluentValueArg::Str(long_date(date, lang))),
            ],
            format!(
                "the deadline passed {} days before {}",
                -left,
                long_date(date, lang)
            ),
        )
    };
    // An intended date already past is counted to today, as the rules count it.
    let filed = deadline::counted_filing_date(filing, date);
    let t = deadline::timeliness(d, filed);
    let filing_date = if filed == *filing.date {
        long_date(*filing.date, lang)
    } else {
        lang.text_args(
            "draft-intended-passed-counted",
            &[
                ("filing", FluentValueArg::Str(long_date(*filing.date, lang))),
                ("date", FluentValueArg::Str(long_date(date, lang))),
            ],
            format!(
                "{}, intended, has passed: counted to today, {}",
                long_date(*filing.date, lang),
                long_date(date, lang)
            ),
        )
    };
    let at_filing = if t.timely {
        lang.text_args(
            "draft-on-time",
            &[("days", FluentValueArg::Num(t.days_left as f64))],
            format!("on time, {} days before the last day", t.days_left),
        )
    } else {
        late(t.days_late)
    };
    let weekday = lang.text(
        &format!(
            "weekday-{}",
            d.deadline.weekday().num_days_from_monday() + 1
        ),
        &d.deadline.format("%A").to_string(),
    );
    let mut block = serde_json::Map::new();
    block.insert("date".into(), json!(long_date(d.deadline, lang)));
    block.insert("weekday".into(), json!(weekday));
    block.insert("days_left".into(), json!(days_left));
    block.insert("filing_date".into(), json!(filing_date));
    block.insert("at_filing".into(), json!(at_filing));
    block.insert("citation".into(), json!(d.citation));
    block
}

fn checklist_section(
    ts: &mut Typesetter<'_>,
    checklist: &Checklist,
    res: &DraftResources,
) -> Result<(), DraftError> {
    let lang = &res.lang;
    let mut groups: Vec<Value> = Vec::new();
    let mut key = (String::new(), String::new());
    for it in &checklist.items {
        if (it.form.clone(), it.person.clone()) != key {
            key = (it.form.clone(), it.person.clone());
            groups.push(json!({"form": it.form, "person": isolate(&it.person_name), "items": []}));
        }
        let (status, alert) = match (it.status, it.optional) {
            (Status::Provided, _) => (lang.text("draft-checklist-provided", "provided"), false),
            (Status::Missing, true) => (
                lang.text(
                    "draft-checklist-optional",
                    "not applicable unless on hand (optional)",
                ),
                false,
            ),
            (Status::Missing, false) => (lang.text("draft-checklist-missing", "MISSING"), true),
            // Not required (the birth certificate of an asylee's I-485): nothing to replace.
            (Status::Unavailable, true) => (
                lang.text(
                    "draft-checklist-unavailable-optional",
                    "unavailable; not required",
                ),
                false,
            ),
            (Status::Unavailable, false) => (
                lang.text(
                    "draft-checklist-unavailable",
                    "unavailable: give secondary evidence",
                ),
                true,
            ),
        };
        let (document, why) = crate::checklist::document_in(it, lang);
        let document = match &it.note {
            Some(n) => format!("{document} ({n})"),
            None => document,
        };
        let translation = translation_in(&it.translation, lang);
        if let Some(Value::Array(items)) = groups.last_mut().and_then(|g| g.get_mut("items")) {
            items.push(json!({
                "document": document,
                "status": status,
                "alert": alert,
                "why": why,
                "citation": it.citation,
                "translation": translation,
            }));
        }
    }
    let mut ctx = tera::Context::new();
    ctx.insert("total", &checklist.items.len());
    ctx.insert("missing", &checklist.missing());
    ctx.insert("groups", &groups);
    let text = res.render("checklist", &ctx)?;
    markup(ts, &text);
    Ok(())
}

/// The checklist's "translation needed" in `lang` ("yes, from Arabic", "if not in English", "no"
/// as [`crate::checklist`] writes them).
fn translation_in(english: &str, lang: &OutputLang) -> String {
    if lang.is_english() {
        return english.to_string();
    }
    if let Some(language) = english.strip_prefix("yes, from ") {
        return lang.text_args(
            "out-translation-yes",
            &[(
                "language",
                FluentValueArg::Str(language_name(language, lang)),
            )],
            english.to_string(),
        );
    }
    match english {
        "if not in English" => lang.text("out-translation-maybe", english),
        "no" => lang.text("out-translation-no", english),
        _ => english.to_string(),
    }
}

/// A language as the case gives it (a BCP 47 tag such as "es", or a name) in `lang`'s words
/// where its file names it (`language-<tag>`), else as given.
fn language_name(given: &str, lang: &OutputLang) -> String {
    let tag = given.trim().to_ascii_lowercase();
    let tag = tag.split(['-', '_']).next().unwrap_or("");
    // The case often names the language in English ("Arabic"): its tag, for the languages
    // the locales name (locales/*/common.ftl, language-*).
    let tag = match tag {
        "spanish" => "es",
        "english" => "en",
        "arabic" => "ar",
        "french" => "fr",
        "portuguese" => "pt",
        "haitian creole" => "ht",
        "russian" => "ru",
        "ukrainian" => "uk",
        "chinese" | "mandarin" => "zh",
        "persian" | "farsi" | "dari" => "fa",
        "pashto" => "ps",
        "tigrinya" => "ti",
        "amharic" => "am",
        "somali" => "so",
        other => other,
    };
    match lang.own(&format!("language-{tag}"), &[]) {
        Some(name) => name,
        None if lang.is_english() => match tag {
            "es" => "Spanish".into(),
            "ar" => "Arabic".into(),
            "fr" => "French".into(),
            "pt" => "Portuguese".into(),
            _ => given.to_string(),
        },
        None => given.to_string(),
    }
}

/// An answer's original (the applicant's own words, `original: {language, text}` beside the
/// English the form prints) and the draft item it belongs to.
struct Original {
    key: String,
    language: String,
    text: String,
}

/// The originals of a form instance: for each field-map row that prints an `explanation`,
/// the `original` beside it, placed under the row's item. Each original once.
fn originals(rows: &[Row], owners: &[Option<(String, String)>], form: &Value) -> Vec<Original> {
    let mut out: Vec<Original> = Vec::new();
    let mut seen: Vec<String> = Vec::new();
    for (row, owner) in rows.iter().zip(owners) {
        let (Some(expr), Some((key, _))) = (&row.source, owner) else {
            continue;
        };
        let Some((last, parent)) = expr.path.split_last() else {
            continue;
        };
        if last.key != "explanation" || last.index.is_some() {
            continue;
        }
        let mut pointer = String::new();
        for seg in parent {
            pointer.push('/');
            pointer.push_str(&seg.key);
            if let Some(i) = seg.index {
                pointer.push_str(&format!("/{i}"));
            }
        }
        if seen.contains(&pointer) {
            continue;
        }
        let Some(original) = form.pointer(&format!("{pointer}/original")) else {
            continue;
        };
        let (Some(language), Some(text)) = (
            original.get("language").and_then(Value::as_str),
            original.get("text").and_then(Value::as_str),
        ) else {
            continue;
        };
        if text.trim().is_empty() {
            continue;
        }
        seen.push(pointer);
        out.push(Original {
            key: key.clone(),
            language: language.to_string(),
            text: text.to_string(),
        });
    }
    out
}

/// Lays out the small markup the templates write: `# ` title, `## ` heading, `### ` label
/// (headings and labels stay with the line after them), `!! ` alert, `- ` indented line, an
/// empty line a small gap, anything else a paragraph.
fn markup(ts: &mut Typesetter<'_>, text: &str) {
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

    /// The family fixture, validated (its typed case and JSON view come from `validated()`).
    fn family_fixture() -> crate::validate::Outcome {
        let text = std::fs::read_to_string(
            std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
                .join("fixtures/valid/i589-affirmative-family.json"),
        )
        .expect("fixture");
        let schemas = crate::schema::SchemaSet::load().expect("schemas");
        let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 22).expect("date");
        crate::validate::check_bytes_with_json(text.as_bytes(), &schemas, today)
    }

    #[test]
    fn the_draft_shows_the_edition_filled_not_the_newest() {
        let mut res = DraftResources::load().expect("draft resources");
        let newer = with_newer_i589(&mut res);
        let filled = crate::forms::templates::edition(Form::I589, "01-20-25").expect("embedded");
        let out = family_fixture();
        let case = out.validated().expect("a valid case");
        let edition_of = |editions: &Editions| -> Vec<Edition> {
            instances(case, &res, editions)
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

    /// A finding is shown under the item at its Part and Item, else under its Part's heading,
    /// else (no form, no location, a Part the form lacks) on the cover.
    #[test]
    fn findings_are_placed_by_location() {
        let res = DraftResources::load().expect("draft resources");
        let out = family_fixture();
        let case = out.validated().expect("a valid case");
        let insts = instances(case, &res, &Editions::default());
        let i589 = insts
            .iter()
            .position(|i| i.form == Form::I589)
            .expect("an I-589");
        let at = |label: &str| {
            let f = Finding::new(Severity::Warning, "x", "/forms/i589/part_b", "m")
                .at_form(Form::I589, Location::parse(label));
            place_of(&f, &insts)
        };
        let item = |k: &str| Some((i589, Spot::Item(k.into())));
        let part = |k: &str| Some((i589, Spot::Part(k.into())));
        assert_eq!(
            at("Part B, item 1.A (explanation)"),
            item("Part B, item 1.A")
        );
        assert_eq!(
            at("Part A.II, child 1, item 5 (last name)"),
            item("Part A.II, child 1, item 5")
        );
        // The Part alone, or an Item the layout does not have: the Part's heading.
        assert_eq!(at("Part C (one-year deadline)"), part("Part C"));
        assert_eq!(at("Part C, item 99"), part("Part C"));
        // A group of a Part ("child 1") is under that Part's heading.
        assert_eq!(at("Part A.II, child 1"), part("Part A.II"));
        // Nowhere on this form, or nowhere at all: the cover.
        assert_eq!(at("Part Z, item 1"), None);
        assert_eq!(at(""), None);
        let no_form = Finding::new(Severity::Warning, "x", "", "m");
        assert_eq!(place_of(&no_form, &insts), None);
    }
}
