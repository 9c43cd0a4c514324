//! A clinic's intake spreadsheet → case files, one per family.
//!
//! The spreadsheet has **one row per person**, and a `case_id` column that groups the rows of
//! a family (the family key). That is what intake sheets look like: a clinic lists each client
//! and each household member as they come in, and a family's size varies from one person to
//! ten. One row per family would need `child_1_name`, `child_2_name`… columns, a fixed limit on
//! children, and a very wide sheet nobody fills correctly. Case-level facts (which forms, filing
//! date, grant date) go on the applicant's row.
//!
//! What a spreadsheet cannot hold (the I-589's questions, the narratives) is left unanswered,
//! as `asylum-forms init` leaves it, and `validate` lists it. A cell that is not in the expected
//! form is kept as written (nothing is lost; `validate` shows where it is in the case file) and
//! reported here by row and column; a row that cannot become part of a case (no case id, an
//! unknown role, a second applicant) is reported and not imported.

use crate::forms::Form;
use serde_json::{Map, Value};
use std::collections::BTreeMap;

/// One column of the template: its header and what to write in it.
pub struct Column {
    pub name: &'static str,
    pub help: &'static str,
}

/// The template's columns, in order. Headers are matched without regard to case, spaces or
/// `-` (so "Date of birth" is `date_of_birth`).
pub const COLUMNS: &[Column] = &[
    Column { name: "case_id", help: "The family key: the same id on every row of one family (letters, digits, - _ .). Names the case file." },
    Column { name: "role", help: "applicant, spouse, child, mother, father or sibling (of the applicant)." },
    Column { name: "family_name", help: "Family name (surname), as on the passport." },
    Column { name: "given_name", help: "Given (first) name." },
    Column { name: "middle_name", help: "Middle name, if any." },
    Column { name: "sex", help: "male or female." },
    Column { name: "date_of_birth", help: "YYYY-MM-DD (a date cell in a spreadsheet is fine)." },
    Column { name: "birth_city", help: "City, town or village of birth." },
    Column { name: "birth_country", help: "Country of birth." },
    Column { name: "nationality", help: "Country of citizenship now (or stateless)." },
    Column { name: "marital_status", help: "single, married, divorced, widowed, separated or annulled." },
    Column { name: "a_number", help: "A-Number, if any, e.g. A123456789 (format the column as text)." },
    Column { name: "phone", help: "Telephone number with area code." },
    Column { name: "email", help: "Email address, if any." },
    Column { name: "last_entry_date", help: "Date of the last entry into the US (YYYY-MM-DD)." },
    Column { name: "last_entry_place", help: "Place of that entry, e.g. San Ysidro, CA." },
    Column { name: "last_entry_status", help: "Status at that entry, e.g. B-2, parole, EWI." },
    Column { name: "forms", help: "Applicant's row: the forms to prepare, i589, i730, i485 (several: i589;i730)." },
    Column { name: "filing_date", help: "Applicant's row: the date the forms were or will be filed (YYYY-MM-DD)." },
    Column { name: "filing_status", help: "Applicant's row: filed or intended." },
    Column { name: "granted", help: "Applicant's row, for an I-730 or I-485: the date asylum was granted or refugee admission (YYYY-MM-DD)." },
    Column { name: "include", help: "Spouse and child rows, for an I-589: yes to include them in the application, no otherwise." },
    Column { name: "i730", help: "Spouse and child rows: yes to petition for this person on an I-730." },
];

/// A cell that is not as expected, or a row that could not be imported.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// The 1-based row of the sheet (the header is row 1).
    pub row: usize,
    /// The column's header, when the problem is one cell.
    pub column: Option<String>,
    pub message: String,
    /// Whether the row was left out of its case.
    pub dropped: bool,
}

/// A family's case, ready to write.
pub struct Case {
    pub case_id: String,
    pub json: Value,
    /// The rows it was made from (1-based).
    pub rows: Vec<usize>,
}

pub struct Imported {
    pub cases: Vec<Case>,
    pub problems: Vec<Problem>,
}

/// A row of a family: its 1-based number in the sheet, and its cells.
type Member<'r> = (usize, &'r Vec<String>);

/// Reports a problem: row, column, message, whether the row is left out.
type Report<'p> = dyn FnMut(usize, Option<&str>, String, bool) + 'p;

fn normalize(header: &str) -> String {
    header
        .trim()
        .trim_start_matches('\u{feff}')
        .to_ascii_lowercase()
        .replace([' ', '-'], "_")
}

/// Why a sheet cannot be imported at all (a cell's problem is a [`Problem`], never an error),
/// or the template cannot be made.
#[derive(Debug)]
pub enum ImportError {
    /// No row has anything in it.
    Empty,
    /// The header row lacks a column every family needs.
    NoColumn(&'static str),
    /// rust_xlsxwriter could not make the XLSX template.
    Template(rust_xlsxwriter::XlsxError),
    /// More columns than a sheet holds (a bug of [`COLUMNS`]).
    TooManyColumns(std::num::TryFromIntError),
}

impl std::fmt::Display for ImportError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ImportError::Empty => {
                f.write_str("the sheet is empty: the first row must be the column headers")
            }
            ImportError::NoColumn(name) => write!(
                f,
                "the header row has no \"{name}\" column (get the template with `asylum-forms import --template csv`)"
            ),
            ImportError::Template(e) => write!(f, "cannot make the XLSX template: {e}"),
            ImportError::TooManyColumns(e) => e.fmt(f),
        }
    }
}

impl std::error::Error for ImportError {}

/// The rows of a sheet (the first is the header), each a list of cell texts, into cases.
/// `docs` are the generated schemas ([`crate::schema::generate::generate_all`]), from which
/// each family's case starts ([`crate::start::skeleton::case`]) with `schema_url` as its `$schema`.
pub fn import(
    rows: &[Vec<String>],
    docs: &BTreeMap<&str, Value>,
    schema_url: &str,
) -> Result<Imported, ImportError> {
    let skeleton =
        |forms: &[Form], id: &str| crate::start::skeleton::case(docs, forms, schema_url, id);
    // The header is the first row with anything in it.
    let Some(header_at) = rows
        .iter()
        .position(|r| r.iter().any(|c| !c.trim().is_empty()))
    else {
        return Err(ImportError::Empty);
    };
    let header = &rows[header_at];
    let mut index: BTreeMap<&'static str, usize> = BTreeMap::new();
    let mut problems = Vec::new();
    for (i, h) in header.iter().enumerate() {
        let n = normalize(h);
        if n.is_empty() {
            continue;
        }
        match COLUMNS.iter().find(|c| c.name == n) {
            Some(c) => {
                index.insert(c.name, i);
            }
            None => problems.push(Problem {
                row: header_at + 1,
                column: Some(h.clone()),
                message: format!(
                    "unknown column \"{h}\": its cells are not imported (the columns are listed by `asylum-forms import --template csv`)"
                ),
                dropped: false,
            }),
        }
    }
    for required in ["case_id", "role", "family_name", "given_name"] {
        if !index.contains_key(required) {
            return Err(ImportError::NoColumn(required));
        }
    }
    // Families in the order they first appear.
    let mut families: Vec<(String, Vec<Member>)> = Vec::new();
    for (i, row) in rows.iter().enumerate().skip(header_at + 1) {
        let row_no = i + 1;
        if row.iter().all(|c| c.trim().is_empty()) {
            continue;
        }
        let id = cell(row, &index, "case_id");
        if id.is_empty() {
            problems.push(Problem {
                row: row_no,
                column: Some("case_id".into()),
                message: "no case id: every row needs its family's case_id".into(),
                dropped: true,
            });
            continue;
        }
        match families.iter_mut().find(|(f, _)| *f == id) {
            Some((_, members)) => members.push((row_no, row)),
            None => families.push((id.to_string(), vec![(row_no, row)])),
        }
    }
    let mut cases = Vec::new();
    for (id, members) in families {
        if let Some(case) = family(&id, &members, &index, &skeleton, &mut problems) {
            cases.push(case);
        }
    }
    Ok(Imported { cases, problems })
}

fn cell<'r>(row: &'r [String], index: &BTreeMap<&'static str, usize>, col: &str) -> &'r str {
    index
        .get(col)
        .and_then(|&i| row.get(i))
        .map_or("", |s| s.trim())
}

fn family(
    id: &str,
    members: &[(usize, &Vec<String>)],
    index: &BTreeMap<&'static str, usize>,
    skeleton: &dyn Fn(&[Form], &str) -> Value,
    problems: &mut Vec<Problem>,
) -> Option<Case> {
    let get = |row: &Vec<String>, col: &str| cell(row, index, col).to_string();
    let mut problem = |row: usize, column: Option<&str>, message: String, dropped: bool| {
        problems.push(Problem {
            row,
            column: column.map(str::to_string),
            message,
            dropped,
        })
    };
    let applicants: Vec<&(usize, &Vec<String>)> = members
        .iter()
        .filter(|(_, r)| get(r, "role").eq_ignore_ascii_case("applicant"))
        .collect();
    let Some(&&(app_row, app)) = applicants.first() else {
        let rows: Vec<String> = members.iter().map(|(r, _)| r.to_string()).collect();
        problem(
            members[0].0,
            Some("role"),
            format!(
                "case {id} has no row with role applicant (rows {}): the family is not imported",
                rows.join(", ")
            ),
            true,
        );
        return None;
    };
    let mut forms = Vec::new();
    let forms_cell = get(app, "forms");
    for f in forms_cell
        .split([';', ',', ' ', '+'])
        .map(str::trim)
        .filter(|s| !s.is_empty())
    {
        match Form::from_key(&f.to_ascii_lowercase().replace('-', "")) {
            Some(form) => forms.push(form),
            None => problem(
                app_row,
                Some("forms"),
                format!("\"{f}\" is not a form; write i589, i730 or i485"),
                false,
            ),
        }
    }
    if forms.is_empty() {
        problem(
            app_row,
            Some("forms"),
            "no form named: write i589, i730 and/or i485 on the applicant's row".into(),
            false,
        );
        forms.push(Form::I589);
    }
    let mut case = skeleton(&forms, &crate::app::batch::case_id::safe(id));
    let root = case.as_object_mut()?;
    let mut people: Vec<Value> = Vec::new();
    let mut rows_used = vec![app_row];
    let mut counters: BTreeMap<&str, usize> = BTreeMap::new();
    let mut spouse: Option<(String, String)> = None;
    let mut children: Vec<(String, String)> = Vec::new();
    let mut siblings: Vec<String> = Vec::new();
    let mut beneficiaries: Vec<(String, &str)> = Vec::new();
    let mut mother = None;
    let mut father = None;
    let mut template_person = root
        .get("people")
        .and_then(|p| p.get(0))
        .cloned()
        .unwrap_or(Value::Object(Map::new()));
    if let Some(o) = template_person.as_object_mut() {
        o.shift_remove("id");
    }
    // Parents and siblings: only what the I-589 asks of them (name, birth, nationality).
    let mut basic_person = template_person.clone();
    if let Some(o) = basic_person.as_object_mut() {
        o.retain(|k, _| {
            matches!(
                k.as_str(),
                "name" | "date_of_birth" | "birth_country" | "nationality"
            )
        });
    }
    for &(row_no, row) in members {
        let role = get(row, "role").to_ascii_lowercase();
        let pid = match role.as_str() {
            "applicant" if row_no == app_row => "applicant".to_string(),
            "applicant" => {
                problem(
                    row_no,
                    Some("role"),
                    format!("case {id} has a second applicant (the first is on row {app_row}): this row is not imported"),
                    true,
                );
                continue;
            }
            "spouse" if spouse.is_none() => "spouse".to_string(),
            "spouse" => {
                problem(
                    row_no,
                    Some("role"),
                    format!("case {id} has a second spouse: this row is not imported"),
                    true,
                );
                continue;
            }
            "mother" | "father" => role.clone(),
            "child" | "sibling" => {
                let n = counters
                    .entry(if role == "child" { "child" } else { "sibling" })
                    .or_insert(0);
                *n += 1;
                format!("{role}-{n}")
            }
            other => {
                problem(
                    row_no,
                    Some("role"),
                    format!("\"{other}\" is not a role; write applicant, spouse, child, mother, father or sibling. This row is not imported"),
                    true,
                );
                continue;
            }
        };
        if row_no != app_row {
            rows_used.push(row_no);
        }
        let template = if matches!(role.as_str(), "mother" | "father" | "sibling") {
            &basic_person
        } else {
            &template_person
        };
        // The id first, as in `init`'s case.
        let mut person_map = Map::new();
        person_map.insert("id".into(), Value::String(pid.clone()));
        if let Value::Object(rest) = person(row, row_no, index, template, &mut problem) {
            person_map.extend(rest);
        }
        let person = Value::Object(person_map);
        let include = yes_no(&get(row, "include"));
        let petition = yes_no(&get(row, "i730")) == Some(true);
        match role.as_str() {
            "spouse" => {
                spouse = Some((pid.clone(), get(row, "include")));
                if petition {
                    beneficiaries.push((pid.clone(), "spouse"));
                }
            }
            "child" => {
                children.push((pid.clone(), get(row, "include")));
                if petition {
                    beneficiaries.push((pid.clone(), "child"));
                }
            }
            "sibling" => siblings.push(pid.clone()),
            "mother" => mother = Some(pid.clone()),
            "father" => father = Some(pid.clone()),
            _ => {}
        }
        for (col, v) in [("include", include), ("i730", yes_no(&get(row, "i730")))] {
            if v.is_none() && !get(row, col).is_empty() {
                problem(
                    row_no,
                    Some(col),
                    format!("\"{}\": write yes or no", get(row, col)),
                    false,
                );
            }
        }
        people.push(person);
    }
    // The applicant first, as `init` writes it.
    if let Some(app) = people.iter_mut().find(|p| p["id"] == "applicant") {
        if let (Some(o), Some(m)) = (app.as_object_mut(), &mother) {
            o.insert("mother".into(), Value::String(m.clone()));
        }
        if let (Some(o), Some(f)) = (app.as_object_mut(), &father) {
            o.insert("father".into(), Value::String(f.clone()));
        }
    }
    root.insert("people".into(), Value::Array(people));
    let filing_date = get(app, "filing_date");
    let filing_status = get(app, "filing_status").to_ascii_lowercase();
    let granted = get(app, "granted");
    for (col, v) in [("filing_date", &filing_date), ("granted", &granted)] {
        if !v.is_empty() && !is_date(v) {
            problem(
                app_row,
                Some(col),
                format!("\"{v}\" is not a date; write YYYY-MM-DD"),
                false,
            );
        }
    }
    if !filing_status.is_empty() && !matches!(filing_status.as_str(), "filed" | "intended") {
        problem(
            app_row,
            Some("filing_status"),
            format!("\"{filing_status}\": write filed or intended"),
            false,
        );
    }
    let filing = serde_json::json!({"date": filing_date, "status": filing_status});
    let forms_obj = root.get_mut("forms").and_then(Value::as_object_mut)?;
    if let Some(i589) = forms_obj
        .get_mut(Form::I589.key())
        .and_then(Value::as_object_mut)
    {
        i589.insert("filing".into(), filing.clone());
        if let Some((sid, include)) = &spouse {
            i589.insert(
                "spouse".into(),
                serde_json::json!({"person": sid, "include": yes_no(include)}),
            );
        }
        if !children.is_empty() {
            let list: Vec<Value> = children
                .iter()
                .map(
                    |(cid, include)| serde_json::json!({"person": cid, "include": yes_no(include)}),
                )
                .collect();
            i589.insert("children".into(), Value::Array(list));
        }
        if !siblings.is_empty() {
            i589.insert("siblings".into(), serde_json::json!(siblings));
        }
    }
    if let Some(Value::Array(list)) = forms_obj.get_mut(Form::I730.key()) {
        let template = list.first().cloned().unwrap_or(Value::Object(Map::new()));
        list.clear();
        if beneficiaries.is_empty() {
            problem(app_row, Some("forms"), "an I-730 is asked for, but no spouse or child row has yes in the i730 column: one I-730 is started with its beneficiary unanswered".into(), false);
            beneficiaries.push((String::new(), ""));
        }
        let total = beneficiaries.len();
        for (n, (bid, relationship)) in beneficiaries.iter().enumerate() {
            let mut f = template.clone();
            if let Some(o) = f.as_object_mut() {
                o.insert("beneficiary".into(), Value::String(bid.clone()));
                o.insert("relationship".into(), Value::String((*relationship).into()));
                o.insert("filing".into(), filing.clone());
                o.insert("granted".into(), Value::String(granted.clone()));
                o.insert("form_number".into(), Value::from(n + 1));
                o.insert("form_total".into(), Value::from(total));
            }
            list.push(f);
        }
    }
    if let Some(Value::Array(list)) = forms_obj.get_mut(Form::I485.key()) {
        for f in list.iter_mut().filter_map(Value::as_object_mut) {
            f.insert("filing".into(), filing.clone());
            f.insert("granted".into(), Value::String(granted.clone()));
        }
    }
    Some(Case {
        case_id: crate::app::batch::case_id::safe(id),
        json: case,
        rows: rows_used,
    })
}

/// A person from a row: the columns the sheet has, the rest of `template` left unanswered.
fn person(
    row: &[String],
    row_no: usize,
    index: &BTreeMap<&'static str, usize>,
    template: &Value,
    problem: &mut Report<'_>,
) -> Value {
    let get = |col: &str| cell(row, index, col).to_string();
    let mut p = template.clone();
    let Some(o) = p.as_object_mut() else {
        return p;
    };
    let mut name = Map::new();
    name.insert("family".into(), Value::String(get("family_name")));
    name.insert("given".into(), Value::String(get("given_name")));
    if !get("middle_name").is_empty() {
        name.insert("middle".into(), Value::String(get("middle_name")));
    }
    o.insert("name".into(), Value::Object(name));
    for (col, key) in [
        ("sex", "sex"),
        ("date_of_birth", "date_of_birth"),
        ("birth_city", "birth_city"),
        ("birth_country", "birth_country"),
        ("nationality", "nationality"),
        ("marital_status", "marital_status"),
        ("a_number", "a_number"),
        ("phone", "phone"),
        ("email", "email"),
    ] {
        let v = get(col);
        if !index.contains_key(col) && !o.contains_key(key) {
            continue;
        }
        let v = match col {
            "sex" | "marital_status" => v.to_ascii_lowercase(),
            _ => v,
        };
        if col == "date_of_birth" && !v.is_empty() && !is_date(&v) {
            problem(
                row_no,
                Some(col),
                format!("\"{v}\" is not a date; write YYYY-MM-DD"),
                false,
            );
        }
        if col == "sex" && !v.is_empty() && v != "male" && v != "female" {
            problem(
                row_no,
                Some(col),
                format!("\"{v}\": write male or female"),
                false,
            );
        }
        o.insert(key.into(), Value::String(v));
    }
    let entry_date = get("last_entry_date");
    if !entry_date.is_empty() {
        if !is_date(&entry_date) {
            problem(
                row_no,
                Some("last_entry_date"),
                format!("\"{entry_date}\" is not a date; write YYYY-MM-DD"),
                false,
            );
        }
        o.insert(
            "us_entries".into(),
            serde_json::json!([{
                "date": entry_date,
                "place": get("last_entry_place"),
                "status": get("last_entry_status"),
            }]),
        );
    }
    p
}

/// `YYYY-MM-DD` exactly, as the schema wants it (chrono alone also takes 2015-5-1).
fn is_date(s: &str) -> bool {
    s.len() == 10 && chrono::NaiveDate::parse_from_str(s, "%Y-%m-%d").is_ok()
}

fn yes_no(s: &str) -> Option<bool> {
    match s.trim().to_ascii_lowercase().as_str() {
        "yes" | "y" | "true" | "x" | "1" => Some(true),
        "no" | "n" | "false" | "0" => Some(false),
        _ => None,
    }
}

/// The CSV template: the header row only (the columns are described in the README and in the
/// XLSX template's second sheet).
pub fn csv_template() -> Vec<u8> {
    let names: Vec<&str> = COLUMNS.iter().map(|c| c.name).collect();
    format!("{}\r\n", names.join(",")).into_bytes()
}

/// The XLSX template: sheet "intake" with the headers (a note on each says what to write, and
/// the identifier and date columns are formatted as text so a spreadsheet keeps them as typed),
/// and sheet "columns" with the same descriptions as a table.
pub fn xlsx_template() -> Result<Vec<u8>, ImportError> {
    use rust_xlsxwriter::{Format, Note, Workbook};
    let err = ImportError::Template;
    let mut book = Workbook::new();
    let bold = Format::new().set_bold();
    let text = Format::new().set_num_format("@");
    let sheet = book.add_worksheet();
    sheet.set_name("intake").map_err(err)?;
    for (i, c) in COLUMNS.iter().enumerate() {
        let col = u16::try_from(i).map_err(ImportError::TooManyColumns)?;
        sheet
            .write_string_with_format(0, col, c.name, &bold)
            .map_err(err)?;
        sheet.insert_note(0, col, &Note::new(c.help)).map_err(err)?;
        sheet
            .set_column_width(col, (c.name.len() + 4).max(14) as f64)
            .map_err(err)?;
        sheet.set_column_format(col, &text).map_err(err)?;
    }
    sheet.set_freeze_panes(1, 0).map_err(err)?;
    let help = book.add_worksheet();
    help.set_name("columns").map_err(err)?;
    help.write_string_with_format(0, 0, "column", &bold)
        .map_err(err)?;
    help.write_string_with_format(0, 1, "what to write", &bold)
        .map_err(err)?;
    for (i, c) in COLUMNS.iter().enumerate() {
        let row = u32::try_from(i + 1).map_err(ImportError::TooManyColumns)?;
        help.write_string(row, 0, c.name).map_err(err)?;
        help.write_string(row, 1, c.help).map_err(err)?;
    }
    help.set_column_width(0, 20).map_err(err)?;
    help.set_column_width(1, 100).map_err(err)?;
    book.save_to_buffer().map_err(err)
}
