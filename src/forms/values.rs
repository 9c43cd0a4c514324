//! Evaluates a field map against a case: which text or checkbox state each field of the blank
//! gets. Pure: JSON in, values out; the PDF writer only places them.

use crate::forms::fieldmap::{Expr, Filter, Row};
use serde_json::Value;
use std::borrow::Cow;

/// What the "To" of a list's current row says.
pub const PRESENT: &str = "PRESENT";

/// The value one field receives.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FieldValue {
    Text(String),
    /// A checkbox or radio button: on or off (the writer picks the widget's own on-state).
    Check(bool),
}

/// The values of every mapped field that has one, in map order. `form` is the JSON of the form
/// instance (e.g. `case["forms"]["i589"]`); `case` the whole case file.
pub fn evaluate(rows: &[Row], case: &Value, form: &Value) -> Vec<(String, FieldValue)> {
    let ctx = Ctx { case, form };
    rows.iter()
        .filter_map(|r| {
            let e = r.source.as_ref()?;
            ctx.eval(e).map(|v| (r.field.clone(), v))
        })
        .collect()
}

/// Text fields whose question applies but has no answer: the row the path starts from exists
/// (the spouse, a listed child) but lacks the value (a spouse without a middle name), as
/// opposed to a section that does not apply at all (no spouse) or a row beyond the list (a
/// fifth child of four). The form instructions ask for "N/A" there.
pub fn unanswered(rows: &[Row], case: &Value, form: &Value) -> Vec<String> {
    let ctx = Ctx { case, form };
    rows.iter()
        .filter_map(|r| {
            let e = r.source.as_ref()?;
            let plain = e.func.as_deref().is_none_or(|f| SELECTORS.contains(&f));
            if e.equals.is_some() || !plain || ctx.eval(e).is_some() {
                return None;
            }
            if e.path.last()?.index.is_some() {
                return None;
            }
            // A foreign address has no US state: "N/A" in a State box beside its province
            // reads as an answer and hides that the province has no box here (the I-589's
            // items 8-9 and Part E, a US address's State and ZIP code only). The box stays an
            // empty gap; the rules say the address cannot be written there.
            if e.path.last()?.key == "state" {
                let mut address = e.clone();
                address.path.pop();
                address.filters.clear();
                let province = ctx.walk(&address).and_then(|a| {
                    a.get("province")
                        .and_then(Value::as_str)
                        .is_some_and(|p| !p.trim().is_empty())
                        .then_some(())
                });
                if province.is_some() {
                    return None;
                }
            }
            // The question applies when its row exists: the list item for a list row (a
            // child), else the first object of the path (the spouse, the preparer).
            let first = usize::from(e.path.first().is_some_and(|s| s.key == "case"));
            let row_end = e
                .path
                .iter()
                .position(|s| s.index.is_some())
                .map_or(first + 1, |i| i + 1)
                .min(e.path.len() - 1);
            let mut parent = e.clone();
            parent.path.truncate(row_end);
            parent.filters.clear();
            let exists =
                row_end <= first || ctx.walk(&parent).is_some_and(|v| ctx.deref(&v).is_object());
            exists.then(|| r.field.clone())
        })
        .collect()
}

/// Fields holding a count (`count(list)`): the instructions ask for "None" rather than 0.
pub fn count_fields(rows: &[Row]) -> Vec<&str> {
    rows.iter()
        .filter(|r| {
            r.source
                .as_ref()
                .is_some_and(|e| e.func.as_deref() == Some("count") && e.equals.is_none())
        })
        .map(|r| r.field.as_str())
        .collect()
}

struct Ctx<'a> {
    case: &'a Value,
    form: &'a Value,
}

impl<'a> Ctx<'a> {
    fn person(&self, id: &str) -> Option<&'a Value> {
        self.case
            .get("people")?
            .as_array()?
            .iter()
            .find(|p| p.get("id").and_then(Value::as_str) == Some(id))
    }

    /// A person id stands for the person.
    fn deref(&self, v: &'a Value) -> &'a Value {
        match v.as_str().and_then(|id| self.person(id)) {
            Some(p) => p,
            None => v,
        }
    }

    /// Follows the path. A list-selecting function (`current_marriage`, `prior_marriage`,
    /// `by_recency`, `passports`, `travel_documents`) makes the first `[n]` count over the
    /// selected, ordered items instead of the stored order.
    fn walk(&self, e: &Expr) -> Option<Value> {
        // Borrowed until a selector builds a new list: cloning the whole case for every field
        // was a third of filling a form.
        let mut segs = e.path.as_slice();
        let mut cur: Cow<'a, Value> = if segs.first().map(|s| s.key.as_str()) == Some("case") {
            segs = &segs[1..];
            Cow::Borrowed(self.case)
        } else {
            Cow::Borrowed(self.form)
        };
        let mut selector = e.func.as_deref().filter(|f| SELECTORS.contains(f));
        for seg in segs {
            cur = match cur {
                Cow::Borrowed(v) => Cow::Borrowed(self.deref(v).get(&seg.key)?),
                Cow::Owned(v) => Cow::Owned(self.deref(&v).get(&seg.key)?.clone()),
            };
            if let Some(i) = seg.index {
                cur = match (selector.take(), cur) {
                    (Some(f), c) => Cow::Owned(select(f, c.as_array()?).get(i)?.clone()),
                    (None, Cow::Borrowed(v)) => Cow::Borrowed(v.as_array()?.get(i)?),
                    (None, Cow::Owned(v)) => Cow::Owned(v.as_array()?.get(i)?.clone()),
                };
            }
        }
        Some(cur.into_owned())
    }

    fn eval(&self, e: &Expr) -> Option<FieldValue> {
        let found = self.walk(e);
        let form_says =
            |key: &str, want: &str| self.form.get(key).and_then(Value::as_str) == Some(want);
        let mut v: Value = match e.func.as_deref() {
            Some("count") => {
                Value::from(found.as_ref().and_then(Value::as_array).map_or(0, Vec::len))
            }
            Some("exists") => Value::Bool(found.as_ref().is_some_and(present)),
            Some("absent") => Value::Bool(!found.as_ref().is_some_and(present)),
            Some("if_asylee") if !form_says("status", "asylee") => return None,
            Some("if_refugee") if !form_says("status", "refugee") => return None,
            Some("beneficiary_part") if self.form.get("beneficiary_statement").is_none() => {
                return None
            }
            // A person without a mailing address whose residence is "in care of" someone:
            // that is where mail reaches them, and the residence item has no In Care Of box.
            Some("care_of_mailing") => match found {
                Some(v) => v,
                None => {
                    let at = e.path.iter().position(|s| s.key == "mailing_address")?;
                    let mut home = e.clone();
                    home.func = None;
                    home.path[at].key = "residence".to_string();
                    let mut care = home.clone();
                    care.path.truncate(at + 1);
                    care.path.push(crate::forms::fieldmap::Seg {
                        key: "in_care_of".to_string(),
                        index: None,
                    });
                    self.walk(&care)?;
                    self.walk(&home)?
                }
            },
            // The I-485's "most recent address outside the United States ..." and "most recent
            // employer or school outside the United States (if not already listed above)": the
            // same address as one of the applicant's prior addresses (Part 1 item 18), or the
            // same activity as one of the jobs and schools of Part 4 item 7.
            Some("already_listed") => {
                let address = found.as_ref().and_then(|v| v.get("address"));
                let person = self.form.get("applicant").map(|a| self.deref(a));
                let list = |key: &str| {
                    person
                        .as_ref()
                        .and_then(|p| p.get(key))
                        .and_then(Value::as_array)
                        .cloned()
                        .unwrap_or_default()
                };
                let in_residences = address.is_some()
                    && list("residences")
                        .iter()
                        .any(|r| r.get("address") == address);
                let in_history = found
                    .as_ref()
                    .is_some_and(|f| list("employment").contains(f));
                Value::Bool(in_residences || in_history)
            }
            // The I-485's "What is your current immigration status (if it has changed since your
            // last arrival)?": the status is unchanged when the last arrival admitted the
            // applicant in it (by the words "admitted as" or the I-94 class: RE refugee, AS/AY
            // asylee) or paroled a parolee. Without a recorded status nothing is unchanged.
            Some("status_unchanged") => {
                let status = found.as_ref().and_then(|v| v.get("status")?.as_str());
                let arrival = self
                    .form
                    .get("about_you")
                    .and_then(|a| a.get("last_arrival"));
                let said = |key: &str| {
                    arrival
                        .and_then(|a| a.get(key))
                        .and_then(Value::as_str)
                        .map(str::to_ascii_lowercase)
                };
                let i94 = arrival
                    .and_then(|a| a.get("i94")?.get("status")?.as_str())
                    .map(str::to_ascii_uppercase)
                    .unwrap_or_default();
                let admitted = said("manner").as_deref() == Some("admitted");
                let admitted_as = said("admitted_as").unwrap_or_default();
                let same = match status {
                    Some("refugee") => {
                        admitted && (admitted_as.contains("refugee") || i94.starts_with("RE"))
                    }
                    Some("asylee") => {
                        admitted
                            && (admitted_as.contains("asylee")
                                || i94.starts_with("AS")
                                || i94.starts_with("AY"))
                    }
                    Some("parolee") => said("manner").as_deref() == Some("paroled"),
                    _ => false,
                };
                Value::Bool(same)
            }
            // The current row of a list has no end: the form wants PRESENT in its "To".
            Some("open_end") => match found {
                Some(v) => v,
                None => {
                    let mut row = e.clone();
                    row.path.pop();
                    row.func = None;
                    let open = self.walk(&row).is_some_and(|v| self.deref(&v).is_object());
                    if !open {
                        return None;
                    }
                    Value::String(PRESENT.to_string())
                }
            },
            Some("header_status") => {
                let status = found?.as_str()?.to_string();
                let lpr = self.form.get("petitioner_became_lpr") == Some(&Value::Bool(true));
                Value::String(if lpr { format!("lpr_{status}") } else { status })
            }
            _ => found?,
        };
        for f in &e.filters {
            v = self.filter(*f, &v)?;
        }
        match &e.equals {
            // On a list (e.g. races), the box is on when the list holds the value.
            Some(want) if v.is_array() => {
                Some(FieldValue::Check(v.as_array().is_some_and(|a| {
                    a.iter().any(|x| scalar(x).as_deref() == Some(want))
                })))
            }
            Some(want) => Some(FieldValue::Check(scalar(&v).is_some_and(|s| &s == want))),
            None => {
                let s = scalar(&v)?;
                (!s.is_empty()).then_some(FieldValue::Text(s))
            }
        }
    }

    /// The function of each filter of the registry ([`Filter`], `fieldmap::FILTERS`): one arm
    /// per filter, no catch-all, so every filter has one.
    fn filter(&self, f: Filter, v: &Value) -> Option<Value> {
        let name = f.name();
        // A word that happens to be a person id ("spouse") is still a word here.
        if f == Filter::FormWords {
            return Some(Value::String(form_words(v.as_str()?)));
        }
        let v = self.deref(v);
        let text = |s: String| Some(Value::String(s));
        match f {
            // Non-dates such as "D/S" (duration of status) print as written.
            Filter::Date => {
                text(us_date(v.as_str()?).unwrap_or_else(|| v.as_str().unwrap_or("").to_string()))
            }
            Filter::ImmigrationStatus => {
                let status: crate::model::CurrentStatus = serde_json::from_value(v.clone()).ok()?;
                text(status.printed())
            }
            // PRESENT (an open row) and other non-dates print as written.
            Filter::MonthYear => {
                let s = v.as_str()?;
                match us_date(s) {
                    Some(_) => text(format!("{}/{}", s.get(5..7)?, s.get(0..4)?)),
                    None => text(s.to_string()),
                }
            }
            Filter::Anumber => {
                let digits: String = v.as_str()?.chars().filter(char::is_ascii_digit).collect();
                text(format!("{digits:0>9}"))
            }
            Filter::Ssn => text(v.as_str()?.chars().filter(char::is_ascii_digit).collect()),
            // A US number as its 10 digits; a foreign one keeps "+" and its country code.
            Filter::Phone => {
                let s = v.as_str()?;
                match us_phone(s) {
                    Some(d) => text(d),
                    None if s.trim_start().starts_with('+') => text(format!(
                        "+{}",
                        s.chars().filter(char::is_ascii_digit).collect::<String>()
                    )),
                    None => text(s.chars().filter(char::is_ascii_digit).collect()),
                }
            }
            Filter::PhoneArea => {
                let d = us_phone(v.as_str()?)?;
                text(d[..3].to_string())
            }
            Filter::PhoneLocal => match us_phone(v.as_str()?) {
                Some(d) => text(d[3..].to_string()),
                // A foreign number has no US area code: print it whole.
                None => text(v.as_str()?.to_string()),
            },
            Filter::Name => text(full_name(v.get("name").unwrap_or(v))?),
            Filter::OtherNames => text(
                v.as_array()?
                    .iter()
                    .filter_map(full_name)
                    .collect::<Vec<_>>()
                    .join(", "),
            ),
            Filter::MaidenName => {
                text(full_name(v.as_array()?.iter().find(|n| {
                    n.get("kind").and_then(Value::as_str) == Some("maiden")
                })?)?)
            }
            Filter::CityCountry => {
                let (city, country) = if v.get("birth_country").is_some() {
                    (v.get("birth_city"), v.get("birth_country"))
                } else {
                    (v.get("city"), v.get("country"))
                };
                let parts: Vec<&str> = [city, country]
                    .into_iter()
                    .flatten()
                    .filter_map(Value::as_str)
                    .collect();
                text(parts.join(", "))
            }
            Filter::Join => text(
                v.as_array()?
                    .iter()
                    .filter_map(Value::as_str)
                    .collect::<Vec<_>>()
                    .join(", "),
            ),
            Filter::Upper => text(v.as_str()?.to_uppercase()),
            Filter::Yesno => text(if v.as_bool()? { "Yes" } else { "No" }.into()),
            Filter::Text => text(words(v.as_str()?)),
            Filter::AddressLine => text(address_line(v)),
            Filter::StreetUnit => {
                let parts: Vec<&str> = ["street", "unit"]
                    .iter()
                    .filter_map(|k| v.get(*k).and_then(Value::as_str))
                    .collect();
                (!parts.is_empty()).then(|| Value::String(parts.join(" ")))
            }
            Filter::Region => ["state", "province"]
                .iter()
                .find_map(|k| v.get(*k).and_then(Value::as_str))
                .map(|s| Value::String(s.to_string())),
            Filter::CountryOrUs => match v.get("country").and_then(Value::as_str) {
                Some(c) => text(c.to_string()),
                None if v.get("state").is_some() || v.get("zip").is_some() => {
                    text("United States".to_string())
                }
                None => None,
            },
            // The I-730's and I-485's address blocks hold either kind of address: State and ZIP
            // Code for a US one, Province, Postal Code and Country for a foreign one. Which
            // kind an address is decides which boxes apply (skip.tsv empties the others).
            Filter::AddressKind => {
                let country = v
                    .get("country")
                    .and_then(Value::as_str)
                    .map(str::trim)
                    .filter(|c| !c.is_empty());
                let us_words = |c: &str| {
                    [
                        "united states",
                        "united states of america",
                        "usa",
                        "us",
                        "u.s.",
                        "u.s.a.",
                    ]
                    .contains(&c.to_ascii_lowercase().as_str())
                };
                match country {
                    Some(c) if us_words(c) => text("us".to_string()),
                    Some(_) => text("foreign".to_string()),
                    None if v.get("state").is_some() || v.get("zip").is_some() => {
                        text("us".to_string())
                    }
                    None => None,
                }
            }
            Filter::EmployerAddress => {
                let employer = v.get("employer")?.as_str()?.to_string();
                match v.get("address") {
                    Some(a) => text(format!("{employer}, {}", address_line(a))),
                    None => text(employer),
                }
            }
            Filter::InCourt => Some(Value::Bool(v.as_str()? == "now")),
            Filter::PassportNumber | Filter::TravelDocumentNumber => {
                let kind = if name == "passport_number" {
                    "passport"
                } else {
                    "travel_document"
                };
                let doc = v
                    .as_array()?
                    .iter()
                    .find(|d| d.get("kind").and_then(Value::as_str) == Some(kind))?;
                Some(doc.get("number")?.clone())
            }
            Filter::MarriageDate | Filter::MarriagePlace => {
                let m = v.as_array()?.iter().find(|m| m.get("ended").is_none())?;
                if name == "marriage_date" {
                    text(us_date(m.get("date")?.as_str()?)?)
                } else {
                    Some(m.get("place")?.clone())
                }
            }
            Filter::MostRecent => {
                let mut items = v.as_array()?.clone();
                items.sort_by(|a, b| {
                    let d = |x: &Value| {
                        x.get("date")
                            .and_then(Value::as_str)
                            .unwrap_or("")
                            .to_string()
                    };
                    d(b).cmp(&d(a))
                });
                Some(Value::Array(items))
            }
            Filter::Second => v.as_array()?.get(1).cloned(),
            Filter::SpouseFamily | Filter::SpouseGiven | Filter::SpouseMiddle => {
                let part = &name["spouse_".len()..];
                let spouse_name = match v
                    .get("spouse")
                    .and_then(Value::as_str)
                    .and_then(|id| self.person(id))
                {
                    Some(p) => p.get("name")?,
                    None => v.get("spouse_name")?,
                };
                Some(spouse_name.get(part)?.clone())
            }
            Filter::EndedIn => {
                let date = v.get("date")?.as_str()?;
                self.case.get("people")?.as_array()?.iter().find_map(|p| {
                    p.get("marriage_end_places")?
                        .as_array()?
                        .iter()
                        .find(|e| e.get("marriage_date").and_then(Value::as_str) == Some(date))?
                        .get("place")
                        .cloned()
                })
            }
            Filter::PlaceCity | Filter::PlaceRegion | Filter::PlaceCountry | Filter::PlaceState => {
                let parts: Vec<&str> = v.as_str()?.split(',').map(str::trim).collect();
                let pick = match (name, parts.len()) {
                    ("place_city", _) => parts.first(),
                    ("place_region", 3..) => parts.get(parts.len() - 2),
                    ("place_region", _) => None,
                    (_, n) if n >= 2 => parts.last(),
                    _ => None,
                };
                text(pick?.to_string())
            }
            Filter::UnitType => {
                let word = v
                    .as_str()?
                    .split_whitespace()
                    .next()?
                    .trim_end_matches('.')
                    .to_lowercase();
                text(
                    match word.as_str() {
                        "apt" | "apartment" | "unit" => "apt",
                        "ste" | "suite" => "ste",
                        "flr" | "fl" | "floor" => "flr",
                        _ => return None,
                    }
                    .to_string(),
                )
            }
            Filter::UnitNumber => {
                let s = v.as_str()?;
                let rest = s.split_once(char::is_whitespace).map_or(s, |(_, r)| r);
                text(rest.trim().to_string())
            }
            Filter::ChildBox => text(match v.as_str()? {
                "born_in_wedlock" | "born_out_of_wedlock" | "legitimated" => {
                    "biological".to_string()
                }
                other => other.to_string(),
            }),
            Filter::CourtBox => {
                let entries = v
                    .get("us_entries")
                    .and_then(Value::as_array)
                    .map_or(0, Vec::len);
                if entries == 0 {
                    text("never_in_us".into())
                } else {
                    Some(v.get("court_proceedings")?.clone())
                }
            }
            Filter::AsyleeOnly | Filter::RefugeeOnly => {
                let want = if name == "asylee_only" {
                    "asylee"
                } else {
                    "refugee"
                };
                (self.form.get("category").and_then(Value::as_str) == Some(want)).then(|| v.clone())
            }
            Filter::Over5Years => {
                let d = crate::model::common::parse_date(v.as_str()?)?;
                let filed = self
                    .form
                    .pointer("/filing/date")
                    .and_then(Value::as_str)
                    .and_then(crate::model::common::parse_date)?;
                let five = crate::rules::deadline::anniversary(d, 5)?.0;
                Some(Value::Bool(five <= filed))
            }
            Filter::UnemployedOrRetired => {
                let says = |k: &str| {
                    v.get(k)
                        .and_then(Value::as_str)
                        .is_some_and(crate::model::common::unemployed_or_retired)
                };
                Some(Value::Bool(says("employer") || says("occupation")))
            }
            Filter::Digit1 | Filter::Digit2 | Filter::Digit3 => {
                let n = v.as_u64()?;
                let padded = format!("{n:03}");
                let i: usize = name[6..].parse().ok()?;
                text(padded.chars().nth(i - 1)?.to_string())
            }
            Filter::Age => {
                let dob = crate::model::common::parse_date(v.as_str()?)?;
                let on = self
                    .form
                    .pointer("/filing/date")
                    .and_then(Value::as_str)
                    .and_then(crate::model::common::parse_date)?;
                Some(Value::from(crate::rules::deadline::age_on(dob, on)))
            }
            // Applied above, before a person id is followed.
            Filter::FormWords => None,
        }
    }
}

/// Every function [`Ctx::eval`] implements.
pub const IMPLEMENTED_FUNCTIONS: &[&str] = &[
    "count",
    "exists",
    "absent",
    "if_asylee",
    "if_refugee",
    "beneficiary_part",
    "header_status",
    "current_marriage",
    "prior_marriage",
    "by_recency",
    "passports",
    "travel_documents",
    "open_end",
    "care_of_mailing",
    "already_listed",
    "status_unchanged",
];

/// Functions whose `[n]` counts over a selection of the list.
const SELECTORS: &[&str] = &[
    "current_marriage",
    "prior_marriage",
    "by_recency",
    "passports",
    "travel_documents",
];

fn select(f: &str, items: &[Value]) -> Vec<Value> {
    let key = |v: &Value, k: &str| v.get(k).and_then(Value::as_str).unwrap_or("").to_string();
    let mut out: Vec<Value> = match f {
        "current_marriage" => items
            .iter()
            .filter(|m| m.get("ended").is_none())
            .cloned()
            .collect(),
        "prior_marriage" => items
            .iter()
            .filter(|m| m.get("ended").is_some())
            .cloned()
            .collect(),
        "passports" => items
            .iter()
            .filter(|d| key(d, "kind") == "passport")
            .cloned()
            .collect(),
        "travel_documents" => items
            .iter()
            .filter(|d| key(d, "kind") == "travel_document")
            .cloned()
            .collect(),
        _ => items.to_vec(),
    };
    match f {
        "prior_marriage" => out.sort_by_key(|m| std::cmp::Reverse(key(m, "ended"))),
        "by_recency" => out.sort_by_key(|e| std::cmp::Reverse(key(e, "date"))),
        _ => {}
    }
    out
}

fn present(v: &Value) -> bool {
    match v {
        Value::Null => false,
        Value::Array(a) => !a.is_empty(),
        Value::Object(o) => !o.is_empty(),
        Value::String(s) => !s.is_empty(),
        _ => true,
    }
}

fn scalar(v: &Value) -> Option<String> {
    match v {
        Value::String(s) => Some(s.clone()),
        Value::Bool(b) => Some(b.to_string()),
        Value::Number(n) => Some(n.to_string()),
        _ => None,
    }
}

/// YYYY-MM-DD → mm/dd/yyyy, as the forms print dates.
pub fn us_date(s: &str) -> Option<String> {
    let d = crate::model::common::parse_date(s)?;
    Some(d.format("%m/%d/%Y").to_string())
}

/// The 10 digits of a US number (a leading country code 1 dropped), if it is one.
fn us_phone(s: &str) -> Option<String> {
    if s.trim_start().starts_with('+') && !s.trim_start().starts_with("+1") {
        return None;
    }
    let d: String = s.chars().filter(char::is_ascii_digit).collect();
    match d.len() {
        10 => Some(d),
        11 if d.starts_with('1') => Some(d[1..].to_string()),
        _ => None,
    }
}

fn full_name(n: &Value) -> Option<String> {
    let parts: Vec<&str> = ["given", "middle", "family"]
        .iter()
        .filter_map(|k| n.get(*k).and_then(Value::as_str))
        .filter(|s| !s.is_empty())
        .collect();
    (!parts.is_empty()).then(|| parts.join(" "))
}

/// "legally_separated" → "Legally separated".
/// Codes of the case file as the forms word them. The case's free-text fields often hold a
/// code ("university", "parolee"): the form shows what a person would write.
const FORM_WORDS: &[(&str, &str)] = &[
    ("primary", "Primary school"),
    ("secondary", "Secondary school"),
    ("high_school", "High school"),
    ("university", "University"),
    ("vocational", "Vocational school"),
    ("asylee", "Asylee"),
    ("refugee", "Refugee"),
    ("parolee", "Parole"),
    ("paroled", "Parole"),
    ("none", "None"),
    ("spouse", "Spouse"),
    ("child", "Child"),
    ("parent", "Parent"),
    ("sibling", "Sibling"),
    // The I-485 Part 7's "What is your child's relationship to you? (for example, biological
    // child, stepchild, legally adopted child)".
    ("biological", "Biological child"),
    ("stepchild", "Stepchild"),
    ("adopted", "Legally adopted child"),
    ("ewi", "Entered without inspection"),
    ("without_admission", "Entered without admission or parole"),
];

/// [`FORM_WORDS`] for a code; a lower-case code word not listed gets capital and spaces; any
/// other text stays as written.
pub fn form_words(s: &str) -> String {
    let t = s.trim();
    if let Some((_, w)) = FORM_WORDS.iter().find(|(k, _)| t.eq_ignore_ascii_case(k)) {
        return (*w).to_string();
    }
    if !t.is_empty() && t.chars().all(|c| c.is_ascii_lowercase() || c == '_') {
        return words(t);
    }
    s.to_string()
}

fn words(s: &str) -> String {
    let spaced = s.replace('_', " ");
    let mut c = spaced.chars();
    match c.next() {
        Some(first) => first.to_uppercase().chain(c).collect(),
        None => String::new(),
    }
}

pub fn address_line(a: &Value) -> String {
    let g = |k: &str| a.get(k).and_then(Value::as_str).unwrap_or("").to_string();
    let mut street = g("street");
    if !g("unit").is_empty() {
        street = format!("{street} {}", g("unit"));
    }
    let state_zip = [g("state"), g("zip")]
        .iter()
        .filter(|s| !s.is_empty())
        .cloned()
        .collect::<Vec<_>>()
        .join(" ");
    [
        street,
        g("city"),
        state_zip,
        g("province"),
        g("postal_code"),
        g("country"),
    ]
    .into_iter()
    .filter(|s| !s.is_empty())
    .collect::<Vec<_>>()
    .join(", ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_declared_function_is_implemented() {
        let mut declared: Vec<&str> = crate::forms::fieldmap::FUNCTIONS
            .iter()
            .map(|(n, _)| *n)
            .collect();
        let mut done = IMPLEMENTED_FUNCTIONS.to_vec();
        declared.sort_unstable();
        done.sort_unstable();
        assert_eq!(declared, done);
    }
    use crate::forms::fieldmap::parse_expr;
    use serde_json::json;

    #[test]
    fn a_foreign_phone_keeps_its_plus_and_country_code() {
        let case = json!({"forms": {"i589": {"a": "+251 91 123 4567", "b": "(718) 555-0134", "c": "+1 718 555 0134"}}});
        let text = |s: &str| Some(FieldValue::Text(s.to_string()));
        assert_eq!(eval("a|phone", &case), text("+251911234567"));
        assert_eq!(eval("b|phone", &case), text("7185550134"));
        assert_eq!(eval("c|phone", &case), text("7185550134"));
    }

    #[test]
    fn codes_print_as_the_form_words_them() {
        assert_eq!(form_words("university"), "University");
        assert_eq!(form_words("secondary"), "Secondary school");
        assert_eq!(form_words("parolee"), "Parole");
        assert_eq!(form_words("asylee"), "Asylee");
        assert_eq!(form_words("biological"), "Biological child");
        assert_eq!(form_words("adopted"), "Legally adopted child");
        assert_eq!(form_words("none"), "None");
        assert_eq!(form_words("community_health"), "Community health");
        assert_eq!(form_words("B-2"), "B-2");
        assert_eq!(form_words("Pharmacist"), "Pharmacist");
    }

    #[test]
    fn the_current_row_says_present_and_a_us_address_keeps_state_country_and_unit() {
        let case = json!({"forms": {"i589": {"rows": [
            {"from": "2026-03-12", "address": {"street": "123 Main Street", "unit": "Apt 4B", "state": "NY", "zip": "11201"}},
            {"from": "2010-01-01", "to": "2026-02-19", "address": {"street": "14 Al-Jamiliyah Street", "province": "Aleppo", "country": "Syria"}}
        ]}}});
        let text = |s: &str| Some(FieldValue::Text(s.to_string()));
        assert_eq!(
            eval("open_end(rows[0].to)|month_year", &case),
            text("PRESENT")
        );
        assert_eq!(
            eval("open_end(rows[1].to)|month_year", &case),
            text("02/2026")
        );
        assert_eq!(eval("open_end(rows[2].to)|month_year", &case), None);
        assert_eq!(
            eval("rows[0].address|street_unit", &case),
            text("123 Main Street Apt 4B")
        );
        assert_eq!(eval("rows[0].address|region", &case), text("NY"));
        assert_eq!(
            eval("rows[0].address|country_or_us", &case),
            text("United States")
        );
        assert_eq!(eval("rows[1].address|region", &case), text("Aleppo"));
        assert_eq!(eval("rows[1].address|country_or_us", &case), text("Syria"));
    }

    fn eval(src: &str, case: &Value) -> Option<FieldValue> {
        let e = parse_expr(src).expect("expr");
        Ctx {
            case,
            form: &case["forms"]["i589"],
        }
        .eval(&e)
    }

    #[test]
    fn paths_follow_person_ids_and_filters_format() {
        let case = json!({
            "people": [
                {"id": "a", "name": {"family": "Haddad", "given": "Leila"}, "date_of_birth": "1980-03-14",
                 "birth_city": "Aleppo", "birth_country": "Syria", "a_number": "A12345678", "phone": "(718) 555-0134",
                 "court_proceedings": "now", "marital_status": "married",
                 "documents": [{"kind": "travel_document", "number": "T1"}, {"kind": "passport", "number": "P1"}]},
                {"id": "s", "name": {"family": "Haddad", "given": "Omar", "middle": "K"}}
            ],
            "forms": {"i589": {"applicant": "a", "spouse": {"person": "s", "include": true}, "children": []}}
        });
        let t = |s: &str| Some(FieldValue::Text(s.to_string()));
        assert_eq!(eval("applicant.name.family|upper", &case), t("HADDAD"));
        assert_eq!(eval("applicant.date_of_birth|date", &case), t("03/14/1980"));
        assert_eq!(eval("applicant.a_number|anumber", &case), t("012345678"));
        assert_eq!(eval("applicant.phone|phone_area", &case), t("718"));
        assert_eq!(eval("applicant.phone|phone_local", &case), t("5550134"));
        assert_eq!(eval("applicant|city_country", &case), t("Aleppo, Syria"));
        assert_eq!(eval("spouse.person.name|name", &case), t("Omar K Haddad"));
        assert_eq!(eval("applicant.documents|passport_number", &case), t("P1"));
        assert_eq!(eval("applicant.marital_status|text", &case), t("Married"));
        assert_eq!(
            eval("applicant.court_proceedings|in_court=true", &case),
            Some(FieldValue::Check(true))
        );
        assert_eq!(
            eval("spouse.include=false", &case),
            Some(FieldValue::Check(false))
        );
        assert_eq!(
            eval("absent(children)=true", &case),
            Some(FieldValue::Check(true))
        );
        assert_eq!(eval("count(children)", &case), t("0"));
        assert_eq!(
            eval("applicant.ssn|ssn", &case),
            None,
            "missing values give no value"
        );
    }
}
