//! Evaluates a field map against a case: which text or checkbox state each field of the blank
//! gets. Pure: JSON in, values out; the PDF writer only places them.

use crate::fieldmap::{Expr, Row};
use serde_json::Value;

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

    fn walk(&self, e: &Expr) -> Option<&'a Value> {
        let mut segs = e.path.as_slice();
        let mut cur = if segs.first().map(|s| s.key.as_str()) == Some("case") {
            segs = &segs[1..];
            self.case
        } else {
            self.form
        };
        for seg in segs {
            cur = self.deref(cur).get(&seg.key)?;
            if let Some(i) = seg.index {
                cur = cur.as_array()?.get(i)?;
            }
        }
        Some(cur)
    }

    fn eval(&self, e: &Expr) -> Option<FieldValue> {
        let found = self.walk(e);
        let mut v: Value = match e.func.as_deref() {
            Some("count") => Value::from(found.and_then(Value::as_array).map_or(0, Vec::len)),
            Some("exists") => Value::Bool(found.is_some_and(present)),
            Some("absent") => Value::Bool(!found.is_some_and(present)),
            _ => found?.clone(),
        };
        for f in &e.filters {
            v = self.filter(f, &v)?;
        }
        match &e.equals {
            Some(want) => Some(FieldValue::Check(scalar(&v).is_some_and(|s| &s == want))),
            None => {
                let s = scalar(&v)?;
                (!s.is_empty()).then_some(FieldValue::Text(s))
            }
        }
    }

    fn filter(&self, name: &str, v: &Value) -> Option<Value> {
        let v = self.deref(v);
        let text = |s: String| Some(Value::String(s));
        match name {
            "date" => text(us_date(v.as_str()?)?),
            "month_year" => {
                let s = v.as_str()?;
                text(format!("{}/{}", s.get(5..7)?, s.get(0..4)?))
            }
            "anumber" => {
                let digits: String = v.as_str()?.chars().filter(char::is_ascii_digit).collect();
                text(format!("{digits:0>9}"))
            }
            "ssn" | "phone" => text(v.as_str()?.chars().filter(char::is_ascii_digit).collect()),
            "phone_area" => {
                let d = us_phone(v.as_str()?)?;
                text(d[..3].to_string())
            }
            "phone_local" => match us_phone(v.as_str()?) {
                Some(d) => text(d[3..].to_string()),
                // A foreign number has no US area code: print it whole.
                None => text(v.as_str()?.to_string()),
            },
            "name" => text(full_name(v.get("name").unwrap_or(v))?),
            "other_names" => text(
                v.as_array()?
                    .iter()
                    .filter_map(full_name)
                    .collect::<Vec<_>>()
                    .join(", "),
            ),
            "maiden_name" => {
                text(full_name(v.as_array()?.iter().find(|n| {
                    n.get("kind").and_then(Value::as_str) == Some("maiden")
                })?)?)
            }
            "city_country" => {
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
            "join" => text(
                v.as_array()?
                    .iter()
                    .filter_map(Value::as_str)
                    .collect::<Vec<_>>()
                    .join(", "),
            ),
            "upper" => text(v.as_str()?.to_uppercase()),
            "yesno" => text(if v.as_bool()? { "Yes" } else { "No" }.into()),
            "text" => text(words(v.as_str()?)),
            "address_line" => text(address_line(v)),
            "employer_address" => {
                let employer = v.get("employer")?.as_str()?.to_string();
                match v.get("address") {
                    Some(a) => text(format!("{employer}, {}", address_line(a))),
                    None => text(employer),
                }
            }
            "in_court" => Some(Value::Bool(v.as_str()? == "now")),
            "passport_number" | "travel_document_number" => {
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
            "marriage_date" | "marriage_place" => {
                let m = v.as_array()?.iter().find(|m| m.get("ended").is_none())?;
                if name == "marriage_date" {
                    text(us_date(m.get("date")?.as_str()?)?)
                } else {
                    Some(m.get("place")?.clone())
                }
            }
            "most_recent" => {
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
            "second" => v.as_array()?.get(1).cloned(),
            "age" => {
                let dob = chrono::NaiveDate::parse_from_str(v.as_str()?, "%Y-%m-%d").ok()?;
                let on = self
                    .form
                    .pointer("/filing/date")
                    .and_then(Value::as_str)
                    .and_then(|s| chrono::NaiveDate::parse_from_str(s, "%Y-%m-%d").ok())?;
                Some(Value::from(crate::deadline::age_on(dob, on)))
            }
            _ => Some(v.clone()),
        }
    }
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
    let d = chrono::NaiveDate::parse_from_str(s, "%Y-%m-%d").ok()?;
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
    use crate::fieldmap::parse_expr;
    use serde_json::json;

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
