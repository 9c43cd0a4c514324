//! Field maps: which case value goes into which field of an official blank.
//!
//! A map is data, one file per form and edition: `form-templates/<form>/<edition>/fields.tsv`,
//! with the columns `field` (the full AcroForm name), `item` (Part and Item as the PDF prints
//! them), `source` (an expression, below) and `reason` (why a field has no source: officer use,
//! signature, barcode…). Every field of the blank has exactly one row: the map doubles as the
//! coverage table. The grammar is in `form-templates/README.md`.
//!
//! A source expression is evaluated against one form instance (an `I589`, one `I730`, one
//! `I485`); `case.` starts from the whole case file. A person id met on the way is followed into
//! that person, so `spouse.person.name.family` reads the spouse's family name.

use crate::forms::location::Location;
use crate::forms::Form;
use crate::schema::{generate, SchemaSet};
use serde_json::Value;
use std::fmt;

/// One row of a field map.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Row {
    pub field: String,
    pub item: String,
    /// The place `item` names, parsed once at load: the continuation page's Part and Item.
    pub at: Option<Location>,
    pub source: Option<Expr>,
    pub reason: Option<String>,
    /// 1-based line in the TSV, for messages.
    pub line: usize,
}

/// A parsed source expression: `[fn(]path[)] [|filter]* [=value]`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Expr {
    pub func: Option<String>,
    pub path: Vec<Seg>,
    pub filters: Vec<Filter>,
    /// For a checkbox or radio button: the field is on when the value equals this.
    pub equals: Option<String>,
    pub text: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Seg {
    pub key: String,
    pub index: Option<usize>,
}

/// Functions a source may apply to its path, with their meaning.
pub const FUNCTIONS: &[(&str, &str)] = &[
    ("count", "number of items of a list"),
    (
        "exists",
        "true when the value is present and not empty (for checkboxes)",
    ),
    (
        "absent",
        "true when the value is missing or empty (for checkboxes)",
    ),
    (
        "header_status",
        "I-730 header: the form's status, as lpr_asylee / lpr_refugee when petitioner_became_lpr is true",
    ),
    (
        "if_asylee",
        "the value only when the I-730's status is asylee, else blank",
    ),
    (
        "if_refugee",
        "the value only when the I-730's status is refugee, else blank",
    ),
    (
        "current_marriage",
        "the list index counts only the marriages that have not ended",
    ),
    (
        "prior_marriage",
        "the list index counts only the marriages that ended, most recent first",
    ),
    (
        "by_recency",
        "the list index counts from the most recent item (by date)",
    ),
    (
        "passports",
        "the list index counts only the passports among documents, most recent first",
    ),
    (
        "travel_documents",
        "the list index counts only the travel documents among documents, most recent first",
    ),
    (
        "care_of_mailing",
        "a mailing-address value, or, without a mailing address, the residence's when the residence is in care of someone (the residence item has no In Care Of box)",
    ),
    (
        "already_listed",
        "true when the address of the value (…address) is one of the applicant's residences, or the value is one of the applicant's jobs and schools, already listed (I-485 Part 1 item 18, Part 4 item 8: \"if not already listed above\")",
    ),
    (
        "status_unchanged",
        "true when the current status (…current_status) is the one the I-485's last arrival shows (admitted as a refugee or asylee, by its words or I-94 class, or paroled): Part 1 item 14 asks the status only \"if it has changed since your last arrival\"",
    ),
    (
        "open_end",
        "the end date of a list row, or PRESENT when the row exists without one (the current row: the instructions list it first)",
    ),
    (
        "beneficiary_part",
        "the value only when the I-730 has a beneficiary_statement (beneficiary in the US, 14 or older), else blank",
    ),
];

/// The field-map language's filter registry: ONE table naming each filter (as written after `|`
/// in a source), what it gives, and its variant of [`Filter`]. Its function is that variant's arm
/// in `values::Ctx::filter`, a `match` without a catch-all, so a row without a function (or a
/// function without a row) does not compile; the parser knows a filter by this table, and
/// `form-templates/README.md` points here instead of listing them. Filters take no arguments:
/// what one needs besides its value (the form's filing date, a person) it reads from the form.
macro_rules! filters {
    ($($variant:ident = $name:literal: $meaning:expr,)*) => {
        /// A filter of the field-map language; see [`FILTERS`].
        #[derive(Debug, Clone, Copy, PartialEq, Eq)]
        pub enum Filter {
            $($variant,)*
        }

        /// Every filter: (filter, name in a source, meaning).
        pub const FILTERS: &[(Filter, &str, &str)] = &[$((Filter::$variant, $name, $meaning),)*];
    };
}

filters! {
    Date = "date": "a date as mm/dd/yyyy",
    ImmigrationStatus = "immigration_status": "a current status as the form words it (the nonimmigrant class, e.g. B-2)",
    Anumber = "anumber": "an A-Number as 9 digits, without the A",
    Ssn = "ssn": "an SSN as 9 digits",
    PhoneArea = "phone_area": "the 3-digit area code of a US phone number",
    PhoneLocal = "phone_local": "the 7-digit local part of a US phone number",
    Phone = "phone": "a phone number as digits",
    Name = "name": "a PersonName as Given Middle Family",
    OtherNames = "other_names": "a list of other names, comma-separated",
    CityCountry = "city_country": "a person's city and country of birth, or an address's city and country",
    Join = "join": "a list of text, comma-separated",
    Upper = "upper": "capital letters",
    Yesno = "yesno": "a boolean as Yes or No",
    Text = "text": "the value as text (enums in words)",
    Age = "age": "age in years on the form's filing date",
    AddressLine = "address_line": "an address on one line",
    MostRecent = "most_recent": "the list sorted most recent first (by date)",
    Second = "second": "the second item of a list",
    MonthYear = "month_year": "a date as mm/yyyy (the I-589 Part A.III grids ask month and year)",
    InCourt = "in_court": "court proceedings as a boolean: true when now in proceedings",
    PassportNumber = "passport_number": "from a list of documents: the number of the first passport",
    TravelDocumentNumber = "travel_document_number": "from a list of documents: the number of the first travel document",
    MaidenName = "maiden_name": "from a list of other names: the first maiden name, as Given Family",
    MarriageDate = "marriage_date": "from a list of marriages: the date of the current marriage, mm/dd/yyyy",
    MarriagePlace = "marriage_place": "from a list of marriages: the place of the current marriage",
    EmployerAddress = "employer_address": "an employment: employer name and address on one line",
    SpouseFamily = "spouse_family": "a marriage's spouse's family name (the spouse's person, or spouse_name)",
    SpouseGiven = "spouse_given": "a marriage's spouse's given name (the spouse's person, or spouse_name)",
    SpouseMiddle = "spouse_middle": "a marriage's spouse's middle name (the spouse's person, or spouse_name)",
    EndedIn = "ended_in": "where a marriage legally ended: the person's marriage_end_places entry with its date",
    PlaceCity = "place_city": "the city of a place written City[, State or Province], Country: the first part",
    PlaceRegion = "place_region": "the state or province of a place written City, Region, Country: the middle part",
    PlaceCountry = "place_country": "the country of a place written City[, Region], Country: the last part",
    PlaceState = "place_state": "the US state of a place written City, ST: the last part, as a USPS code",
    UnitType = "unit_type": "the kind of an address unit (\"Apt 4B\"): apt, ste or flr",
    UnitNumber = "unit_number": "the number of an address unit (\"Apt 4B\" gives 4B)",
    ChildBox = "child_box": "a child relationship as the I-730 box: biological (born in or out of wedlock, legitimated), stepchild or adopted",
    CourtBox = "court_box": "a person as I-730 Part 2 item 23 box: never_in_us when no US entries, else court_proceedings",
    AsyleeOnly = "asylee_only": "the value when the I-485's category is asylee, else empty",
    RefugeeOnly = "refugee_only": "the value when the I-485's category is refugee, else empty",
    Over5Years = "over_5_years": "a date as true when it lies at least 5 years before the form's filing date",
    UnemployedOrRetired = "unemployed_or_retired": "an employment as true when its employer or occupation says unemployed or retired (the I-485 then asks the source of financial support)",
    StreetUnit = "street_unit": "an address's street with its apartment, suite or floor (\"123 Main Street Apt 4B\")",
    Region = "region": "an address's state or province",
    FormWords = "form_words": "a code as the form words it (university -> University, secondary -> Secondary school, parolee -> Parole, asylee -> Asylee); other text as written",
    CountryOrUs = "country_or_us": "an address's country, or United States for a US address (state or ZIP given)",
    AddressKind = "address_kind": "an address as us (no country, or United States, with a state or ZIP) or foreign (another country): which boxes of a US-or-foreign address block it fills",
    Digit1 = "digit_1": "the 1st digit of a number written with 3 digits (140 -> 1)",
    Digit2 = "digit_2": "the 2nd digit of a number written with 3 digits (140 -> 4)",
    Digit3 = "digit_3": "the 3rd digit of a number written with 3 digits (140 -> 0)",
}

impl Filter {
    /// The filter written `name` in a source.
    pub fn named(name: &str) -> Option<Filter> {
        FILTERS
            .iter()
            .find(|(_, n, _)| *n == name)
            .map(|(f, _, _)| *f)
    }

    /// Its name as written in a source.
    pub fn name(self) -> &'static str {
        FILTERS
            .iter()
            .find(|(f, _, _)| *f == self)
            .map_or("", |(_, n, _)| n)
    }
}

/// Why a source (`path | filter = value`) of a field map or skip table does not parse.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ExprError {
    /// A filter name no filter has.
    UnknownFilter(String),
    /// `name(path` without its `)`.
    MissingParen(String),
    UnknownFunction(String),
    /// A path segment's `[index]` that is not a number.
    BadIndex(String),
    /// A path segment that is empty or not `[A-Za-z0-9_]`.
    BadSegment {
        segment: String,
        source: String,
    },
}

impl fmt::Display for ExprError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ExprError::UnknownFilter(name) => write!(f, "unknown filter \"{name}\""),
            ExprError::MissingParen(head) => write!(f, "missing ')' in \"{head}\""),
            ExprError::UnknownFunction(name) => write!(f, "unknown function \"{name}\""),
            ExprError::BadIndex(raw) => write!(f, "bad index in \"{raw}\""),
            ExprError::BadSegment { segment, source } => {
                write!(f, "bad path segment \"{segment}\" in \"{source}\"")
            }
        }
    }
}

impl std::error::Error for ExprError {}

/// A line of a form edition's table (`fields.tsv`, `skip.tsv`) that does not parse: a fault of
/// the built-in data, which the tests of every edition catch.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LineError {
    /// The line's number, from 1 (the header is line 1).
    pub line: usize,
    pub problem: LineProblem,
}

/// What is wrong with a table's line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LineProblem {
    /// A field map's line with fewer than field, item and source.
    MapColumns,
    /// A skip table's line without exactly when, skip and instruction (how many it has).
    SkipColumns(usize),
    /// A source or condition that does not parse.
    Source(ExprError),
    /// A skip condition without `=value`.
    NoEquals(String),
    /// A skip rule without the form's words that say why.
    NoInstruction,
    /// A skip rule that names no item.
    NoItem,
}

impl LineError {
    pub fn new(line: usize, problem: LineProblem) -> LineError {
        LineError { line, problem }
    }
}

impl fmt::Display for LineError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let n = self.line;
        match &self.problem {
            LineProblem::MapColumns => write!(
                f,
                "line {n}: expected tab-separated field, item, source[, reason]"
            ),
            LineProblem::SkipColumns(found) => write!(
                f,
                "line {n}: expected 3 tab-separated columns (when, skip, instruction), found {found}"
            ),
            LineProblem::Source(e) => write!(f, "line {n}: {e}"),
            LineProblem::NoEquals(cond) => {
                write!(f, "line {n}: the condition {cond:?} has no =value")
            }
            LineProblem::NoInstruction => write!(
                f,
                "line {n}: no instruction says why the items are skipped"
            ),
            LineProblem::NoItem => write!(f, "line {n}: no item to skip"),
        }
    }
}

impl std::error::Error for LineError {}

/// Why a source's path names no place in the data model.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PathError {
    /// No schema file of that name.
    NoSchema(String),
    /// The common schema has no Person definition.
    NoPerson,
    /// A `$ref` (of the root, of Person, of a property) that does not resolve.
    Unresolved(&'static str),
    /// The object (`within`, a dotted path or the form's file stem) has no such key.
    NoKey { within: String, key: String },
    /// An index given to a key that is not a list.
    NotAList(String),
}

impl fmt::Display for PathError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            PathError::NoSchema(name) if name == generate::COMMON => {
                f.write_str("no common schema")
            }
            PathError::NoSchema(name) => write!(f, "no schema {name}"),
            PathError::NoPerson => f.write_str("no Person definition"),
            PathError::Unresolved(what) => write!(f, "cannot resolve {what}"),
            PathError::NoKey { within, key } => write!(f, "\"{within}\" has no key \"{key}\""),
            PathError::NotAList(key) => write!(f, "\"{key}\" is not a list"),
        }
    }
}

impl std::error::Error for PathError {}

/// Parses a field map TSV. Errors name the line.
pub fn parse_map(text: &str) -> Result<Vec<Row>, LineError> {
    let mut rows = Vec::new();
    for (i, line) in text.lines().enumerate() {
        let n = i + 1;
        if n == 1 || line.trim().is_empty() || line.starts_with('#') {
            continue;
        }
        let cols: Vec<&str> = line.split('\t').collect();
        if cols.len() < 3 {
            return Err(LineError::new(n, LineProblem::MapColumns));
        }
        let source = match cols[2].trim() {
            "" => None,
            s => Some(parse_expr(s).map_err(|e| LineError::new(n, LineProblem::Source(e)))?),
        };
        let reason = cols
            .get(3)
            .map(|s| s.trim().to_string())
            .filter(|s| !s.is_empty());
        let item = cols[1].trim().to_string();
        rows.push(Row {
            field: cols[0].trim().to_string(),
            at: Location::parse(&item),
            item,
            source,
            reason,
            line: n,
        });
    }
    Ok(rows)
}

pub fn parse_expr(s: &str) -> Result<Expr, ExprError> {
    let text = s.to_string();
    let (rest, equals) = match s.split_once('=') {
        Some((a, b)) => (a.trim(), Some(b.trim().to_string())),
        None => (s.trim(), None),
    };
    let mut parts = rest.split('|').map(str::trim);
    let head = parts.next().unwrap_or("");
    let filters = parts
        .map(|f| Filter::named(f).ok_or_else(|| ExprError::UnknownFilter(f.to_string())))
        .collect::<Result<Vec<Filter>, ExprError>>()?;
    let (func, path_text) = match head.split_once('(') {
        Some((f, p)) => {
            let p = p
                .strip_suffix(')')
                .ok_or_else(|| ExprError::MissingParen(head.to_string()))?;
            if !FUNCTIONS.iter().any(|(n, _)| *n == f) {
                return Err(ExprError::UnknownFunction(f.to_string()));
            }
            (Some(f.to_string()), p)
        }
        None => (None, head),
    };
    let mut path = Vec::new();
    for raw in path_text.split('.') {
        let (key, index) = match raw.split_once('[') {
            Some((k, idx)) => {
                let idx = idx
                    .strip_suffix(']')
                    .and_then(|x| x.parse::<usize>().ok())
                    .ok_or_else(|| ExprError::BadIndex(raw.to_string()))?;
                (k, Some(idx))
            }
            None => (raw, None),
        };
        if key.is_empty() || !key.chars().all(|c| c.is_ascii_alphanumeric() || c == '_') {
            return Err(ExprError::BadSegment {
                segment: raw.to_string(),
                source: s.to_string(),
            });
        }
        path.push(Seg {
            key: key.to_string(),
            index,
        });
    }
    Ok(Expr {
        func,
        path,
        filters,
        equals,
        text,
    })
}

/// Checks that a source's path names a place in the data model (a form's sources start from
/// the root of its schema file).
pub fn check_path(schemas: &SchemaSet, form: Form, expr: &Expr) -> Result<(), PathError> {
    let mut segs = expr.path.as_slice();
    let start = if segs.first().map(|s| s.key.as_str()) == Some("case") {
        segs = &segs[1..];
        generate::CASE
    } else {
        form.schema_file()
    };
    let doc = schemas
        .doc(start)
        .ok_or_else(|| PathError::NoSchema(start.to_string()))?;
    let (mut file, mut node) = schemas
        .deref(start, doc)
        .ok_or(PathError::Unresolved("root"))?;
    let mut walked = String::new();
    for seg in segs {
        // A person id leads into the person.
        if is_person_ref(node) {
            let common = schemas
                .doc(generate::COMMON)
                .ok_or(PathError::NoSchema(generate::COMMON.to_string()))?;
            let person = common.pointer("/$defs/Person").ok_or(PathError::NoPerson)?;
            (file, node) = schemas
                .deref(generate::COMMON, person)
                .ok_or(PathError::Unresolved("Person"))?;
        }
        let next = node
            .get("properties")
            .and_then(|p| p.get(&seg.key))
            .ok_or_else(|| PathError::NoKey {
                within: if walked.is_empty() {
                    form.file_stem().to_string()
                } else {
                    walked.clone()
                },
                key: seg.key.clone(),
            })?;
        (file, node) = schemas
            .deref(file, next)
            .ok_or(PathError::Unresolved("reference"))?;
        if seg.index.is_some() {
            let items = node
                .get("items")
                .ok_or_else(|| PathError::NotAList(seg.key.clone()))?;
            (file, node) = schemas
                .deref(file, items)
                .ok_or(PathError::Unresolved("reference"))?;
        }
        if !walked.is_empty() {
            walked.push('.');
        }
        walked.push_str(&seg.key);
    }
    let _ = file;
    Ok(())
}

fn is_person_ref(node: &Value) -> bool {
    // A definition keeps its title as `x-title` (see schema::generate::editor_help).
    ["title", "x-title"]
        .iter()
        .any(|k| node.get(*k).and_then(Value::as_str) == Some("Person id"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::forms::{skip, templates, Edition};

    /// Each fault of a source is its own kind, with the words the messages always had.
    #[test]
    fn a_bad_source_says_which_fault() {
        let cases: [(&str, ExprError, &str); 5] = [
            (
                "a.b | nope",
                ExprError::UnknownFilter("nope".into()),
                "unknown filter \"nope\"",
            ),
            (
                "count(a.b",
                ExprError::MissingParen("count(a.b".into()),
                "missing ')' in \"count(a.b\"",
            ),
            (
                "nope(a.b)",
                ExprError::UnknownFunction("nope".into()),
                "unknown function \"nope\"",
            ),
            (
                "a[x].b",
                ExprError::BadIndex("a[x]".into()),
                "bad index in \"a[x]\"",
            ),
            (
                "a..b",
                ExprError::BadSegment {
                    segment: String::new(),
                    source: "a..b".into(),
                },
                "bad path segment \"\" in \"a..b\"",
            ),
        ];
        for (source, kind, message) in cases {
            let e = parse_expr(source).expect_err(source);
            assert_eq!(e, kind, "{source}");
            assert_eq!(e.to_string(), message);
        }
    }

    /// A table's bad line is reported with its number and what is wrong, for fields.tsv and
    /// skip.tsv alike.
    #[test]
    fn a_bad_table_line_names_its_number_and_kind() {
        let e = parse_map("field\titem\tsource\nF1\tPart 1\n").expect_err("two columns");
        assert_eq!(e, LineError::new(2, LineProblem::MapColumns));
        assert_eq!(
            e.to_string(),
            "line 2: expected tab-separated field, item, source[, reason]"
        );
        let e = parse_map("h\nF1\tPart 1\ta | nope\n").expect_err("filter");
        assert_eq!(
            e.problem,
            LineProblem::Source(ExprError::UnknownFilter("nope".into()))
        );
        assert_eq!(e.to_string(), "line 2: unknown filter \"nope\"");
        let e = skip::parse("when\tskip\tinstruction\nabsent(spouse)\tPart 1\tSkip.\n")
            .expect_err("no =value");
        assert_eq!(e.problem, LineProblem::NoEquals("absent(spouse)".into()));
        let e = skip::parse("when\tskip\tinstruction\nabsent(spouse)=true\t\tSkip.\n")
            .expect_err("no item");
        assert_eq!(e, LineError::new(2, LineProblem::NoItem));
    }

    /// An edition the tool does not have is its own kind, not a parse error.
    #[test]
    fn wording_of_a_missing_edition_says_so() {
        let e = templates::wording(Form::I589, Edition::from_folder("01-01-99"))
            .expect_err("no such edition");
        assert!(matches!(e.problem, templates::WordingProblem::NoEdition));
        assert_eq!(e.to_string(), "no edition 01/01/99 of I-589");
    }
}
