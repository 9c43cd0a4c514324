//! Building blocks shared by every form: people, names, dates, addresses and identifiers.
//!
//! A person is written once in the case file's `people` list and referred to by id from every
//! form, so the I-589, each I-730 and each I-485 of a family print the same facts.
//!
//! Conventions for every property (a test walks the generated schema and enforces them):
//! - the doc comment starts with `# Title`, then a plain-language description a pro-se
//!   applicant can follow;
//! - `x-form` names where the value is printed ("I-589 Part A.I, item 4");
//! - at least one `example`.

use super::text::Text;
use chrono::NaiveDate;
use schemars::{json_schema, JsonSchema, Schema, SchemaGenerator};
use serde::{Deserialize, Serialize};
use std::borrow::Cow;

/// A calendar date. Written `YYYY-MM-DD` in the case file; the forms print mm/dd/yyyy.
///
/// A type of its own, not chrono's, for the reading only: a case has dozens of dates, and
/// chrono's general parser took about 870 instructions for each (a fifth of reading a case
/// into this model). It derefs to [`NaiveDate`] for everything else.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(transparent)]
pub struct Date(pub NaiveDate);

impl std::ops::Deref for Date {
    type Target = NaiveDate;
    fn deref(&self) -> &NaiveDate {
        &self.0
    }
}

impl From<Date> for NaiveDate {
    fn from(d: Date) -> NaiveDate {
        d.0
    }
}

impl From<NaiveDate> for Date {
    fn from(d: NaiveDate) -> Date {
        Date(d)
    }
}

impl PartialEq<NaiveDate> for Date {
    fn eq(&self, other: &NaiveDate) -> bool {
        self.0 == *other
    }
}

impl PartialOrd<NaiveDate> for Date {
    fn partial_cmp(&self, other: &NaiveDate) -> Option<std::cmp::Ordering> {
        self.0.partial_cmp(other)
    }
}

impl std::fmt::Display for Date {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.0.fmt(f)
    }
}

schema_as!(Date, NaiveDate);

impl<'de> Deserialize<'de> for Date {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct Visit;
        impl serde::de::Visitor<'_> for Visit {
            type Value = Date;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("a date written YYYY-MM-DD")
            }
            fn visit_str<E: serde::de::Error>(self, s: &str) -> Result<Date, E> {
                match ymd(s) {
                    Some(d) => Ok(Date(d)),
                    // chrono's own reading (what its serde impl does) and its error, for
                    // anything else.
                    None => s.parse().map(Date).map_err(E::custom),
                }
            }
        }
        d.deserialize_str(Visit)
    }
}

/// Reads a date the way chrono's `parse_from_str(s, "%Y-%m-%d")` does, quickly for the shape
/// every valid case has (`YYYY-MM-DD`, the schema's `format: date`); other texts go to chrono,
/// so what is accepted does not change.
pub fn parse_date(s: &str) -> Option<NaiveDate> {
    ymd(s).or_else(|| NaiveDate::parse_from_str(s, "%Y-%m-%d").ok())
}

/// `YYYY-MM-DD` exactly, or `None` (also for a day the calendar does not have). On this shape
/// chrono's readers give the same date, for hundreds of instructions instead of a few.
fn ymd(s: &str) -> Option<NaiveDate> {
    let b: &[u8; 10] = s.as_bytes().try_into().ok()?;
    if b[4] != b'-' || b[7] != b'-' {
        return None;
    }
    let digits = |r: &[u8]| {
        r.iter().try_fold(0u32, |n, &c| {
            c.is_ascii_digit().then(|| n * 10 + u32::from(c - b'0'))
        })
    };
    let year = digits(&b[0..4])?;
    let month = digits(&b[5..7])?;
    let day = digits(&b[8..10])?;
    NaiveDate::from_ymd_opt(i32::try_from(year).ok()?, month, day)
}

/// Declares a string newtype whose schema is a titled, described pattern with examples.
/// The pattern lives only in the schema (one place); the type only carries the value.
macro_rules! string_type {
    ($(#[$meta:meta])* $name:ident, $title:expr, $desc:expr, $pattern:expr, [$($ex:expr),+]) => {
        string_type!($(#[$meta])* $name, $title, $desc, $pattern, [$($ex),+], false);
    };
    ($(#[$meta:meta])* $name:ident, $title:expr, $desc:expr, $pattern:expr, [$($ex:expr),+], $sensitive:expr) => {
        $(#[$meta])*
        #[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
        #[serde(transparent)]
        pub struct $name(pub Text);

        impl $name {
            pub fn as_str(&self) -> &str {
                &self.0
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(&self.0)
            }
        }

        impl JsonSchema for $name {
            fn schema_name() -> Cow<'static, str> {
                stringify!($name).into()
            }
            fn json_schema(_: &mut SchemaGenerator) -> Schema {
                json_schema!({
                    "type": "string",
                    "title": $title,
                    "description": $desc,
                    "pattern": $pattern,
                    "examples": [$($ex),+],
                    "x-sensitive": $sensitive,
                })
            }
        }
    };
}

string_type!(
    /// Id of a person in the case file's `people` list.
    PersonId,
    "Person id",
    "The id of a person listed in `people` (for example \"applicant\" or \"child-1\"). Letters, digits, '-' and '_' only.",
    "^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$",
    ["applicant", "spouse", "child-1"]
);

string_type!(
    /// Alien Registration Number.
    ANumber,
    "A-Number",
    "Alien Registration Number: the letter A followed by 7 to 9 digits, as printed on USCIS notices (for example A012345678). The forms print it as 9 digits with leading zeros.",
    "^A[0-9]{7,9}$",
    ["A012345678", "A98765432"]
,
    true
);

string_type!(
    /// US Social Security Number.
    Ssn,
    "U.S. Social Security Number",
    "Your 9-digit Social Security Number, written 123-45-6789 or 123456789. It never starts with 000, 666 or 9, the middle two digits are never 00 and the last four never 0000.",
    "^(?!000|666|9)[0-9]{3}-?(?!00)[0-9]{2}-?(?!0000)[0-9]{4}$",
    ["123-45-6789"]
,
    true
);

string_type!(
    /// USCIS Online Account Number.
    UscisAccountNumber,
    "USCIS Online Account Number",
    "The 12-digit number USCIS gives you when you open an online account. Leave it out if you never had one.",
    "^[0-9]{12}$",
    ["012345678901"]
,
    true
);

string_type!(
    /// Form I-94 Arrival/Departure Record number.
    I94Number,
    "I-94 number",
    "The 11-character number of your I-94 Arrival/Departure Record: 11 digits, or (since May 2019) 9 digits, a letter and a digit.",
    "^([0-9]{11}|[0-9]{9}[A-Z][0-9])$",
    ["12345678901", "123456789A1"]
,
    true
);

string_type!(
    /// US ZIP code.
    ZipCode,
    "ZIP code",
    "A 5-digit US ZIP code, or ZIP+4 (12345-6789).",
    "^[0-9]{5}(-[0-9]{4})?$",
    ["10001", "10001-1234"]
);

string_type!(
    /// Telephone number.
    Phone,
    "Telephone number",
    "A telephone number with area code: digits, spaces, '+', '-', '.', '(' and ')'. US numbers print as area code and number.",
    "^\\+?[0-9][0-9 ().-]{6,24}$",
    ["212-555-0134", "+44 20 7946 0958"]
);

string_type!(
    /// Email address.
    Email,
    "Email address",
    "An email address where USCIS or your representative can reach you.",
    "^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$",
    ["name@example.org"]
);

/// USPS two-letter codes for states, DC, territories and military post offices.
pub const US_STATES: &[&str] = &[
    "AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "DC", "FL", "GA", "HI", "ID", "IL", "IN", "IA",
    "KS", "KY", "LA", "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH", "NJ", "NM",
    "NY", "NC", "ND", "OH", "OK", "OR", "PA", "RI", "SC", "SD", "TN", "TX", "UT", "VT", "VA", "WA",
    "WV", "WI", "WY", "AS", "FM", "GU", "MH", "MP", "PW", "PR", "VI", "AA", "AE", "AP",
];

/// A USPS state code.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct UsState(pub Text);

impl JsonSchema for UsState {
    fn schema_name() -> Cow<'static, str> {
        "UsState".into()
    }
    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "type": "string",
            "title": "US state",
            "description": "The two-letter USPS code of a US state, DC, a territory (PR, GU, VI, AS, MP, FM, MH, PW) or a military post office (AA, AE, AP).",
            "enum": US_STATES,
            "examples": ["NY", "CA", "PR"],
        })
    }
}

/// A person's legal name.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct PersonName {
    /// # Family name (last name)
    /// The family name (surname) exactly as on the passport or identity document. Write every
    /// part of a compound family name.
    #[schemars(extend("x-form" = "I-589 Part A.I item 4, A.II items 5, A.III item 5; I-730 Parts 1 and 2 item 1.a; I-485 Part 1 item 1.a"), example = &"Haddad")]
    pub family: Text,
    /// # Given name (first name)
    /// The first name exactly as on the passport or identity document.
    #[schemars(extend("x-form" = "I-589 Part A.I item 5, A.II item 6; I-730 Parts 1 and 2 item 1.b; I-485 Part 1 item 1.b"), example = &"Leila")]
    pub given: Text,
    /// # Middle name
    /// The middle name(s), if any. Leave this out when there is none.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(extend("x-form" = "I-589 Part A.I item 6, A.II item 7; I-730 Parts 1 and 2 item 1.c; I-485 Part 1 item 1.c"), example = &"Nour")]
    pub middle: Option<Text>,
}

/// Why another name was used.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum OtherNameKind {
    /// Name before marriage.
    Maiden,
    /// Any other name, nickname or alias.
    Alias,
    /// A former legal name (e.g. changed by a court).
    Previous,
}

/// Another name a person has used.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct OtherName {
    /// # Family name used
    /// The family name as it was used.
    #[schemars(extend("x-form" = "I-589 Part A.I item 7, A.II item 8 (maiden name); I-730 Part 2 item 2; I-485 Part 1 item 2"), example = &"Mansour")]
    pub family: Text,
    /// # Given name used
    /// The first name as it was used.
    #[schemars(extend("x-form" = "I-589 Part A.I item 7; I-730 Part 2 item 2; I-485 Part 1 item 2"), example = &"Leila")]
    pub given: Text,
    /// # Middle name used
    /// The middle name as it was used, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(extend("x-form" = "I-589 Part A.I item 7; I-730 Part 2 item 2; I-485 Part 1 item 2"), example = &"Nour")]
    pub middle: Option<Text>,
    /// # Kind of name
    /// "maiden" for a name before marriage, "alias" for any other name or nickname, "previous"
    /// for a former legal name.
    #[schemars(extend("x-form" = "I-589 Part A.I item 7, A.II item 8"), example = &"maiden")]
    pub kind: OtherNameKind,
}

/// Sex as the forms ask it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Sex {
    Male,
    Female,
}

/// Marital status.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum MaritalStatus {
    Single,
    Married,
    Divorced,
    Widowed,
    /// Legally separated.
    Separated,
    /// Marriage annulled.
    Annulled,
}

impl MaritalStatus {
    /// Married at this time in the sense of INA 101(a)(39): a legally separated person is still
    /// married; a divorced, widowed or annulled one is not.
    pub fn is_married(self) -> bool {
        matches!(self, MaritalStatus::Married | MaritalStatus::Separated)
    }
}

/// A street address, in the US or abroad.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Address {
    /// # In care of
    /// The name of the person whose mailbox receives your mail, if it is not your own.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(extend("x-form" = "I-589 Part A.I item 9; I-730 Part 1 item 6.a; I-485 Part 1 item 18.a"), example = &"Maria Lopez")]
    pub in_care_of: Option<Text>,
    /// # Street number and name
    /// House number and street, or the main line of a foreign address.
    #[schemars(extend("x-form" = "I-589 Part A.I items 8-9, A.III items 1-2; I-730 Parts 1-2; I-485 Part 1 items 18-19"), example = &"123 Main Street")]
    pub street: Text,
    /// # Apartment, suite or floor
    /// The unit, e.g. "Apt 4B" or "Suite 200". Leave out when there is none.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(extend("x-form" = "I-589 Part A.I items 8-9; I-730 Parts 1-2; I-485 Part 1 items 18-19"), example = &"Apt 4B")]
    pub unit: Option<Text>,
    /// # City or town
    /// The city, town or village.
    #[schemars(extend("x-form" = "I-589 Part A.I items 8-9, A.III items 1-2; I-730 Parts 1-2; I-485 Part 1 items 18-19"), example = &"Brooklyn")]
    pub city: Text,
    /// # State
    /// For a US address: the two-letter state code.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(extend("x-form" = "I-589 Part A.I items 8-9; I-730 Parts 1-2; I-485 Part 1 items 18-19"), example = &"NY")]
    pub state: Option<UsState>,
    /// # ZIP code
    /// For a US address: the ZIP code.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(extend("x-form" = "I-589 Part A.I items 8-9; I-730 Parts 1-2; I-485 Part 1 items 18-19"), example = &"11201")]
    pub zip: Option<ZipCode>,
    /// # Province, department or region
    /// For a foreign address: the province, department, region or district.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(extend("x-form" = "I-589 Part A.III items 1-2; I-730 Part 2; I-485 Part 1 item 19"), example = &"Aleppo Governorate")]
    pub province: Option<Text>,
    /// # Postal code
    /// For a foreign address: the postal code, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(extend("x-form" = "I-730 Part 2; I-485 Part 1 item 19"), example = &"12345")]
    pub postal_code: Option<Text>,
    /// # Country
    /// The country. Leave out for a US address, or write "United States".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(extend("x-form" = "I-589 Part A.III items 1-2; I-730 Part 2; I-485 Part 1 item 19"), example = &"Syria")]
    pub country: Option<Text>,
}

/// Where a person lived, and when.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Residence {
    /// # Address
    /// The address where the person lived.
    #[schemars(extend("x-form" = "I-589 Part A.III items 1-2; I-485 Part 1 items 18-19"))]
    pub address: Address,
    /// # From
    /// The date the person started living there (use the 1st of the month if only the month is known).
    #[schemars(extend("x-form" = "I-589 Part A.III items 1-2; I-485 Part 1 items 18-19"), example = &"2015-03-01")]
    pub from: Date,
    /// # To
    /// The date the person stopped living there. Leave out while the person still lives there.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(extend("x-form" = "I-589 Part A.III items 1-2; I-485 Part 1 items 18-19"), example = &"2019-08-31")]
    pub to: Option<Date>,
}

/// A passport or travel document.
///
/// The expiry-after-issue check compares two fields, which JSON Schema cannot say; the type
/// states it instead ([`TravelDocument::date_problem`]; the schema keeps the per-field formats).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct TravelDocument {
    /// # Kind of document
    /// "passport", "travel_document" (e.g. a refugee travel document) or "national_id".
    #[schemars(extend("x-form" = "I-589 Part A.I items 20-21, A.II item 2; I-485 Part 1 items 7-9"), example = &"passport")]
    pub kind: TravelDocumentKind,
    /// # Document number
    /// The number printed on the document.
    #[schemars(extend("x-form" = "I-589 Part A.I item 21, A.II item 2; I-730 Part 2; I-485 Part 1 item 8"), example = &"N01234567")]
    pub number: Text,
    /// # Issuing country
    /// The country that issued the document.
    #[schemars(extend("x-form" = "I-589 Part A.I item 20; I-485 Part 1 item 9"), example = &"Syria")]
    pub country: Text,
    /// # Date of issue
    /// The date the document was issued, if known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(extend("x-form" = "I-589 Part A.I item 20"), example = &"2018-05-14")]
    pub issued: Option<Date>,
    /// # Expiration date
    /// The date the document expires.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(extend("x-future-ok" = true, "x-form" = "I-589 Part A.I item 22; I-485 Part 1 item 9"), example = &"2028-05-13")]
    pub expires: Option<Date>,
}

impl TravelDocument {
    /// Why the document's dates cannot both be right (it expires on or before the day it was
    /// issued), or `None`.
    pub fn date_problem(&self) -> Option<String> {
        match (self.issued, self.expires) {
            (Some(issued), Some(expires)) if expires <= issued => Some(format!(
                "expires {expires}, which is not after its issue date {issued}"
            )),
            _ => None,
        }
    }
}

/// The kind of identity or travel document.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum TravelDocumentKind {
    Passport,
    TravelDocument,
    NationalId,
}

/// One entry into the United States.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct UsEntry {
    /// # Date of entry
    /// The day the person entered the United States.
    #[schemars(extend("x-form" = "I-589 Part A.I item 19.c, A.II items 15-17; I-730 Part 2; I-485 Part 1 item 10"), example = &"2024-07-04")]
    pub date: Date,
    /// # Place of entry
    /// The city and state, or the port of entry, where the person entered (e.g. "San Ysidro, CA"
    /// or "JFK Airport, New York, NY").
    #[schemars(extend("x-form" = "I-589 Part A.I item 19.c, A.II items 14, 16; I-485 Part 1 item 11"), example = &"JFK Airport, New York, NY")]
    pub place: Text,
    /// # Status at entry
    /// The status given at entry: a visa class such as "B-2", "parolee", "refugee", or "EWI"
    /// (entry without inspection).
    #[schemars(extend("x-form" = "I-589 Part A.I item 19.c, A.II items 17, 19; I-485 Part 1 item 12"), example = &"B-2")]
    pub status: Text,
    /// # Status expires
    /// The date the status given at this entry expires, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(extend("x-future-ok" = true, "x-form" = "I-589 Part A.I item 19.c"), example = &"2025-01-03")]
    pub status_expires: Option<Date>,
    /// # I-94 number of this entry
    /// The I-94 record number for this entry, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(extend("x-form" = "I-589 Part A.I item 19.b, A.II items 16, 18; I-485 Part 1 item 13"), example = &"123456789A1")]
    pub i94: Option<I94Number>,
}

/// Whether a person is, was, or never was in Immigration Court proceedings.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum CourtProceedings {
    /// Never in Immigration Court proceedings.
    Never,
    /// Now in Immigration Court proceedings.
    Now,
    /// Not now, but in the past.
    Past,
}

/// Where a person is now.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Whereabouts {
    /// # In the United States
    /// true if the person is in the United States now.
    #[schemars(extend("x-form" = "I-589 Part A.II items 15, 13 (children); I-730 Part 2"), example = false)]
    pub in_us: bool,
    /// # Location
    /// Where the person is now: city and country, or "unknown".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(extend("x-form" = "I-589 Part A.II item 15 (spouse), 13 (children), A.III item 5"), example = &"Amman, Jordan")]
    pub location: Option<Text>,
}

/// The immigration status a person holds now (I-589 Part A.II items 20 and 18; I-485 Part 1
/// item 14). A fact rather than free text, so the rules can tell, for example, that an I-730
/// beneficiary already holds asylum or refugee status of their own.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum ImmigrationStatus {
    /// Granted asylum (INA 208).
    Asylee,
    /// Admitted as a refugee (INA 207).
    Refugee,
    /// Paroled into the United States (INA 212(d)(5)).
    Parolee,
    /// Lawful permanent resident (green card holder).
    LawfulPermanentResident,
    /// A nonimmigrant (visitor, student, worker…): write the class in `detail`, e.g. "B-2".
    Nonimmigrant,
    /// Entered without inspection; no status.
    EnteredWithoutInspection,
    /// Temporary Protected Status (INA 244).
    TemporaryProtectedStatus,
    /// Anything else: describe it in `detail`.
    Other,
}

impl ImmigrationStatus {
    /// The words the forms print for this status (the forms' own abbreviations where they use
    /// them).
    pub fn form_words(self) -> &'static str {
        match self {
            ImmigrationStatus::Asylee => "Asylee",
            ImmigrationStatus::Refugee => "Refugee",
            ImmigrationStatus::Parolee => "Parolee",
            ImmigrationStatus::LawfulPermanentResident => "Lawful Permanent Resident",
            ImmigrationStatus::Nonimmigrant => "Nonimmigrant",
            ImmigrationStatus::EnteredWithoutInspection => "EWI (Entry Without Inspection)",
            ImmigrationStatus::TemporaryProtectedStatus => "TPS (Temporary Protected Status)",
            ImmigrationStatus::Other => "Other",
        }
    }

    /// Whether the status needs `detail` (the nonimmigrant class, or what "other" is).
    pub fn needs_detail(self) -> bool {
        matches!(
            self,
            ImmigrationStatus::Nonimmigrant | ImmigrationStatus::Other
        )
    }
}

/// The immigration status a person holds now.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct CurrentStatus {
    /// # Current status
    /// The person's immigration status now: "asylee", "refugee", "parolee",
    /// "lawful_permanent_resident", "nonimmigrant" (write the class in `detail`),
    /// "entered_without_inspection", "temporary_protected_status" or "other" (say what in
    /// `detail`).
    #[schemars(extend("x-form" = "I-589 Part A.II items 20 (spouse), 18 (children); I-485 Part 1 item 14"), example = &"nonimmigrant")]
    pub status: ImmigrationStatus,
    /// # Class or description
    /// For "nonimmigrant": the visa class, e.g. "B-2" or "F-1". For "other": the status in
    /// words. Leave out otherwise.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(extend("x-form" = "I-589 Part A.II items 20 (spouse), 18 (children); I-485 Part 1 item 14"), example = &"B-2")]
    pub detail: Option<Text>,
    /// # Authorized stay expires
    /// The date the current authorized stay ends, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(extend("x-future-ok" = true, "x-form" = "I-589 Part A.II items 21 (spouse), 19 (children)"), example = &"2025-06-30")]
    pub expires: Option<Date>,
}

impl CurrentStatus {
    /// What the form's status box says: the nonimmigrant class ("B-2") or the description of
    /// "other" when given, else the status's own words.
    pub fn printed(&self) -> String {
        match (&self.detail, self.status.needs_detail()) {
            (Some(d), true) => d.to_string(),
            _ => self.status.form_words().to_string(),
        }
    }
}

/// Languages a person speaks.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Languages {
    /// # Native language
    /// The person's native language, with the dialect if it matters (e.g. "Arabic (Levantine)").
    #[schemars(extend("x-form" = "I-589 Part A.I item 23; I-730 interpreter part; I-485 Part 10"), example = &"Arabic (Levantine)")]
    pub native: Text,
    /// # Fluent in English
    /// true if the person speaks English fluently.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(extend("x-form" = "I-589 Part A.I item 24"), example = false)]
    pub fluent_in_english: Option<bool>,
    /// # Other languages
    /// Other languages the person speaks fluently.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[schemars(extend("x-form" = "I-589 Part A.I item 25"), example = vec!["French"])]
    pub other: Vec<Text>,
}

/// How a marriage ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum MarriageEnd {
    Divorce,
    Death,
    Annulment,
}

/// One marriage of a person, current or past.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Marriage {
    /// # Spouse
    /// The id of the spouse in `people`. A former spouse who is not otherwise in the case may be
    /// given by name instead (`spouse_name`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(extend("x-form" = "I-589 Part A.II; I-730 Parts 1-2; I-485 Part 6"), example = &"spouse")]
    pub spouse: Option<PersonId>,
    /// # Former spouse's name
    /// For a past marriage to someone not in `people`: the spouse's name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(extend("x-form" = "I-730 Part 1, Part 2; I-485 Part 6"))]
    pub spouse_name: Option<PersonName>,
    /// # Date of marriage
    /// The date of the marriage ceremony.
    #[schemars(extend("x-form" = "I-589 Part A.II item 9; I-730 Parts 1-2; I-485 Part 6"), example = &"2012-06-20")]
    pub date: Date,
    /// # Place of marriage
    /// City and country where the marriage took place.
    #[schemars(extend("x-form" = "I-589 Part A.II item 10; I-730 Parts 1-2; I-485 Part 6"), example = &"Aleppo, Syria")]
    pub place: Text,
    /// # Date the marriage ended
    /// For a past marriage: the date of the divorce, death or annulment.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(extend("x-form" = "I-730 Parts 1-2; I-485 Part 6"), example = &"2018-02-01")]
    pub ended: Option<Date>,
    /// # How the marriage ended
    /// "divorce", "death" or "annulment".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(extend("x-form" = "I-730 Parts 1-2; I-485 Part 6"), example = &"divorce")]
    pub ended_by: Option<MarriageEnd>,
}

/// A school attended.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct School {
    /// # Name of school
    /// The school's name.
    #[schemars(extend("x-form" = "I-589 Part A.III item 3"), example = &"Al-Mutanabbi Secondary School")]
    pub name: Text,
    /// # Type of school
    /// E.g. "primary", "secondary", "university", "vocational".
    #[schemars(extend("x-form" = "I-589 Part A.III item 3"), example = &"secondary")]
    pub kind: Text,
    /// # Location
    /// City and country of the school.
    #[schemars(extend("x-form" = "I-589 Part A.III item 3"), example = &"Aleppo, Syria")]
    pub location: Text,
    /// # From
    /// When attendance started (use the 1st of the month if only the month is known).
    #[schemars(extend("x-form" = "I-589 Part A.III item 3"), example = &"2001-09-01")]
    pub from: Date,
    /// # To
    /// When attendance ended.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(extend("x-form" = "I-589 Part A.III item 3"), example = &"2007-06-30")]
    pub to: Option<Date>,
}

/// A job held.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Employment {
    /// # Employer
    /// The employer's name (or "self-employed", "unemployed").
    #[schemars(extend("x-form" = "I-589 Part A.III item 4; I-485 Part 5"), example = &"Aleppo Textile Co.")]
    pub employer: Text,
    /// # Employer's address
    /// Where the person worked: street, city and country.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(extend("x-form" = "I-589 Part A.III item 4; I-485 Part 5"))]
    pub address: Option<Address>,
    /// # Occupation
    /// The job title or occupation.
    #[schemars(extend("x-form" = "I-589 Part A.III item 4; I-485 Part 5"), example = &"Accountant")]
    pub occupation: Text,
    /// # From
    /// When the job started.
    #[schemars(extend("x-form" = "I-589 Part A.III item 4; I-485 Part 5"), example = &"2010-01-01")]
    pub from: Date,
    /// # To
    /// When the job ended. Leave out for a current job.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(extend("x-form" = "I-589 Part A.III item 4; I-485 Part 5"), example = &"2019-08-31")]
    pub to: Option<Date>,
    /// # Financial support while unemployed or retired
    /// For a period of unemployment or retirement (employer or occupation "Unemployed" or
    /// "Retired"): how the person supported themselves then, e.g. "Refugee cash assistance" or
    /// "My husband's income". The I-485 asks it of every such period; leave out for a job.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(extend("x-form" = "I-485 Part 4, items 7-8 (if unemployed or retired, source of financial support)"), example = &"Refugee cash assistance")]
    pub support: Option<Text>,
}

impl Employment {
    /// Whether this period is unemployment or retirement, as the I-485 asks it written: the
    /// occupation (or the employer) says "unemployed" or "retired" (Part 4, item 7: "Your
    /// Occupation (if unemployed or retired, so state)").
    pub fn unemployed_or_retired(&self) -> bool {
        unemployed_or_retired(&self.employer) || unemployed_or_retired(&self.occupation)
    }
}

/// Whether an employer or occupation as written says unemployment or retirement ("Unemployed",
/// "retired", "Unemployment"), a whole word in any case; "self-employed" does not.
pub fn unemployed_or_retired(s: &str) -> bool {
    const WORDS: [&str; 4] = ["unemployed", "unemployment", "retired", "retirement"];
    s.split(|c: char| !c.is_alphanumeric())
        .any(|w| WORDS.iter().any(|k| w.eq_ignore_ascii_case(k)))
}

/// Ethnicity as the I-485 biographic part asks it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Ethnicity {
    HispanicOrLatino,
    NotHispanicOrLatino,
}

/// Race as the I-485 biographic part asks it (choose all that apply).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Race {
    AmericanIndianOrAlaskaNative,
    Asian,
    BlackOrAfricanAmerican,
    NativeHawaiianOrOtherPacificIslander,
    White,
}

/// Eye colour as the USCIS forms list them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum EyeColor {
    Black,
    Blue,
    Brown,
    Gray,
    Green,
    Hazel,
    Maroon,
    Pink,
    Unknown,
}

/// Hair colour as the USCIS forms list them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum HairColor {
    Bald,
    Black,
    Blond,
    Brown,
    Gray,
    Red,
    Sandy,
    White,
    Unknown,
}

/// Physical description (I-485 Part 8, Biographic Information).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Biographic {
    /// # Ethnicity
    /// "hispanic_or_latino" or "not_hispanic_or_latino".
    #[schemars(extend("x-form" = "I-485 Part 8 item 1"), example = &"not_hispanic_or_latino")]
    pub ethnicity: Ethnicity,
    /// # Race
    /// One or more of: american_indian_or_alaska_native, asian, black_or_african_american,
    /// native_hawaiian_or_other_pacific_islander, white.
    #[schemars(extend("x-form" = "I-485 Part 8 item 2"), example = vec!["white"])]
    pub race: Vec<Race>,
    /// # Height, feet
    /// Whole feet of height.
    #[schemars(range(min = 1, max = 8), extend("x-form" = "I-485 Part 8 item 3"), example = 5)]
    pub height_feet: u8,
    /// # Height, inches
    /// The inches beyond the whole feet (0 to 11).
    #[schemars(range(max = 11), extend("x-form" = "I-485 Part 8 item 3"), example = 6)]
    pub height_inches: u8,
    /// # Weight in pounds
    /// Weight in pounds (1 kg is about 2.2 lb).
    #[schemars(range(min = 1, max = 999), extend("x-form" = "I-485 Part 8 item 4"), example = 140)]
    pub weight_pounds: u16,
    /// # Eye colour
    /// One of black, blue, brown, gray, green, hazel, maroon, pink, unknown.
    #[schemars(extend("x-form" = "I-485 Part 8 item 5"), example = &"brown")]
    pub eye_color: EyeColor,
    /// # Hair colour
    /// One of bald, black, blond, brown, gray, red, sandy, white, unknown.
    #[schemars(extend("x-form" = "I-485 Part 8 item 6"), example = &"black")]
    pub hair_color: HairColor,
}

/// One person of the case: applicant, spouse, child, parent, sibling or beneficiary.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Person {
    /// # Person id
    /// A short id you choose, used by the forms to refer to this person (e.g. "applicant",
    /// "spouse", "child-1").
    #[schemars(extend("x-form" = "not printed; links the forms to this person"), example = &"applicant")]
    pub id: PersonId,
    /// # Legal name
    /// The person's current legal name.
    #[schemars(extend("x-form" = "I-589 Parts A.I, A.II, A.III; I-730 Parts 1-2; I-485 Part 1"))]
    pub name: PersonName,
    /// # Name in native alphabet
    /// The full name written in the person's own script, if it is not the Latin alphabet
    /// (e.g. "ليلى حداد").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(extend("x-form" = "I-589 Part D (name in native alphabet)"), example = &"ليلى حداد")]
    pub native_name: Option<Text>,
    /// # Other names used
    /// Every other name the person has used: maiden names, aliases, former names.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[schemars(extend("x-form" = "I-589 Part A.I item 7, A.II item 8; I-730 Part 2; I-485 Part 1 item 2"))]
    pub other_names: Vec<OtherName>,
    /// # Sex
    /// "male" or "female", as the forms ask.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(extend("x-form" = "I-589 Part A.I item 10, A.II items 14, 12; I-730 Parts 1-2; I-485 Part 1 item 6"), example = &"female")]
    pub sex: Option<Sex>,
    /// # Date of birth
    /// The date of birth as YYYY-MM-DD.
    #[schemars(extend("x-form" = "I-589 Part A.I item 12, A.II items 3, 8; I-730 Parts 1-2; I-485 Part 1 item 3"), example = &"1988-03-14")]
    pub date_of_birth: Date,
    /// # City or town of birth
    /// The city, town or village where the person was born.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(extend("x-form" = "I-589 Part A.I item 13, A.II items 11, 9, A.III item 5; I-730 Parts 1-2; I-485 Part 1 item 4"), example = &"Aleppo")]
    pub birth_city: Option<Text>,
    /// # Country of birth
    /// The country where the person was born.
    #[schemars(extend("x-form" = "I-589 Part A.I item 13; I-730 Parts 1-2; I-485 Part 1 item 5"), example = &"Syria")]
    pub birth_country: Text,
    /// # Nationality (citizenship)
    /// The country of which the person is a citizen now. Write "stateless" if none.
    #[schemars(extend("x-form" = "I-589 Part A.I item 14, A.II items 12, 10; I-730 Parts 1-2; I-485 Part 1 item 5"), example = &"Syria")]
    pub nationality: Text,
    /// # Nationality at birth
    /// The nationality the person had at birth: the same as `nationality` if it never changed
    /// (the I-589 asks it of the applicant either way).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(extend("x-form" = "I-589 Part A.I item 15"), example = &"Syria")]
    pub nationality_at_birth: Option<Text>,
    /// # Race, ethnic or tribal group
    /// The group the person belongs to, in their own words (e.g. "Kurdish").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(extend("x-form" = "I-589 Part A.I item 16, A.II items 13, 11"), example = &"Kurdish")]
    pub ethnic_group: Option<Text>,
    /// # Religion
    /// The person's religion, if any (write "none" if none).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(extend("x-form" = "I-589 Part A.I item 17"), example = &"Yazidi")]
    pub religion: Option<Text>,
    /// # Marital status
    /// single, married, divorced, widowed, separated or annulled.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(extend("x-form" = "I-589 Part A.I item 11, A.II item 3 (children); I-730 Part 2; I-485 Part 6 item 1"), example = &"married")]
    pub marital_status: Option<MaritalStatus>,
    /// # Deceased
    /// true if the person has died (asked for parents and siblings).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(extend("x-form" = "I-589 Part A.III item 5"), example = false)]
    pub deceased: Option<bool>,
    /// # A-Number
    /// The person's Alien Registration Number, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(extend("x-form" = "I-589 Part A.I item 1, A.II item 1; I-730 Parts 1-2; I-485 Part 1 item 8"))]
    pub a_number: Option<ANumber>,
    /// # Social Security Number
    /// The person's US Social Security Number, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(extend("x-form" = "I-589 Part A.I item 2, A.II item 4; I-730 Parts 1-2; I-485 Part 1 item 20"))]
    pub ssn: Option<Ssn>,
    /// # USCIS Online Account Number
    /// The person's USCIS online account number, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(extend("x-form" = "I-589 Part A.I item 3; I-730 Part 1; I-485 Part 1 item 9"))]
    pub uscis_account: Option<UscisAccountNumber>,
    /// # Passports and travel documents
    /// Every passport, travel document or national identity card the person holds or last held,
    /// most recent first.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[schemars(extend("x-form" = "I-589 Part A.I items 20-22, A.II item 2; I-730 Part 2; I-485 Part 1 items 7-9"))]
    pub documents: Vec<TravelDocument>,
    /// # Entries into the United States
    /// Every entry into the US, the most recent first (as the I-589 lists them). The most recent
    /// is the "last arrival" that starts the I-589 one-year deadline.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[schemars(extend("x-form" = "I-589 Part A.I item 19.c, A.II items 14-17, 23; I-730 Part 2; I-485 Part 1 items 10-13"))]
    pub us_entries: Vec<UsEntry>,
    /// # Last departure from home country
    /// The date the person last left their country of nationality.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(extend("x-form" = "I-589 Part A.I item 19.a"), example = &"2024-06-20")]
    pub left_home_country: Option<Date>,
    /// # Current I-94 number
    /// The I-94 number of the person's current admission, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(extend("x-form" = "I-589 Part A.I item 19.b, A.II items 18, 16; I-485 Part 1 item 13"))]
    pub i94: Option<I94Number>,
    /// # Current immigration status
    /// The person's immigration status now and when it ends.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(extend("x-form" = "I-589 Part A.II items 20-21, 18-19; I-485 Part 1 item 14"))]
    pub current_status: Option<CurrentStatus>,
    /// # Immigration Court proceedings
    /// "never", "now" (in proceedings today) or "past".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(extend("x-form" = "I-589 Part A.I item 18, A.II items 22, 20"), example = &"never")]
    pub court_proceedings: Option<CourtProceedings>,
    /// # Where the person is now
    /// Whether the person is in the United States and, if not, where.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(extend("x-form" = "I-589 Part A.II items 15, 13, A.III item 5; I-730 Part 2"))]
    pub whereabouts: Option<Whereabouts>,
    /// # Residence in the US
    /// Where the person physically lives now.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(extend("x-form" = "I-589 Part A.I item 8; I-730 Parts 1-2; I-485 Part 1 item 18"))]
    pub residence: Option<Address>,
    /// # Mailing address
    /// Where the person receives mail, if different from the residence.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(extend("x-form" = "I-589 Part A.I item 9; I-730 Part 1; I-485 Part 1 item 18"))]
    pub mailing_address: Option<Address>,
    /// # Past residences
    /// Earlier addresses, most recent first: for the I-589, the last address in the home country
    /// and every address of the past five years.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[schemars(extend("x-form" = "I-589 Part A.III items 1-2; I-485 Part 1 item 19"))]
    pub residences: Vec<Residence>,
    /// # Daytime telephone
    /// A telephone number where the person can be reached.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(extend("x-form" = "I-589 Part A.I items 8-9; I-730 Part 1; I-485 Part 10"))]
    pub phone: Option<Phone>,
    /// # Mobile telephone
    /// A mobile number, if different.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(extend("x-form" = "I-730 Part 4; I-485 Part 10"))]
    pub mobile_phone: Option<Phone>,
    /// # Email
    /// An email address, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(extend("x-form" = "I-730 Part 4; I-485 Part 10"))]
    pub email: Option<Email>,
    /// # Languages
    /// The person's native language and others spoken.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(extend("x-form" = "I-589 Part A.I items 23-25"))]
    pub languages: Option<Languages>,
    /// # Marriages
    /// Every marriage of the person, current and past.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[schemars(extend("x-form" = "I-589 Part A.II items 9-10; I-730 Parts 1-2; I-485 Part 6"))]
    pub marriages: Vec<Marriage>,
    /// # Mother
    /// The id of the person's mother in `people`, if she is listed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(extend("x-form" = "I-589 Part A.III item 5; I-730 Part 2; I-485 Part 5"), example = &"mother")]
    pub mother: Option<PersonId>,
    /// # Father
    /// The id of the person's father in `people`, if he is listed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(extend("x-form" = "I-589 Part A.III item 5; I-730 Part 2; I-485 Part 5"), example = &"father")]
    pub father: Option<PersonId>,
    /// # Education
    /// Schools attended, most recent first.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[schemars(extend("x-form" = "I-589 Part A.III item 3"))]
    pub education: Vec<School>,
    /// # Employment
    /// Jobs held, most recent first (I-589: the last five years; I-485: the last five years).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[schemars(extend("x-form" = "I-589 Part A.III item 4; I-485 Part 5"))]
    pub employment: Vec<Employment>,
    /// # Physical description
    /// Ethnicity, race, height, weight, eye and hair colour (asked by the I-485).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(extend("x-form" = "I-485 Part 8"))]
    pub biographic: Option<Biographic>,
    /// # Name in native alphabet, by part
    /// The family, given and middle name written in the script of the country where the person
    /// lives now (e.g. Ge'ez for Eritrea), when it is not the Latin alphabet.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(extend("x-form" = "I-730 Part 2, item 22 (name)"))]
    pub native_name_parts: Option<PersonName>,
    /// # Mailing address in the local language
    /// The mailing address written in the language and script of the country where the person
    /// lives now, so local mail carriers can read it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(extend("x-form" = "I-730 Part 2, item 22 (address)"))]
    pub native_address: Option<Address>,
    /// # Where the Immigration Court proceedings are or were
    /// When the person is now, or was, in Immigration Court proceedings: the city and state of
    /// the court (e.g. "Arlington, VA").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(extend("x-form" = "I-730 Part 2, item 23.b / 23.d (Where?)"), example = &"Arlington, VA")]
    pub court_location: Option<Text>,
    /// # Where past marriages ended
    /// For each past marriage: where it legally ended (the place of the divorce or annulment,
    /// or where the spouse died), matched to the marriage by its date.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[schemars(extend("x-form" = "I-730 Parts 1-2, items 17, 20 (Place Previous Marriage Ended)"))]
    pub marriage_end_places: Vec<MarriageEndPlace>,
    /// # Other dates of birth used
    /// Any other date of birth the person has ever used or that appears on their documents
    /// (e.g. a wrong date on a refugee card). Leave out if none.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[schemars(extend("x-form" = "I-485 Part 1, item 3"), example = vec!["1988-01-01"])]
    pub other_dates_of_birth: Vec<Date>,
    /// # Other A-Numbers
    /// Any other A-Number the person has ever used or been assigned. Leave out if none.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[schemars(extend("x-form" = "I-485 Part 1, item 5"), example = vec!["A087654321"])]
    pub other_a_numbers: Vec<ANumber>,
    /// # Living at the current address since
    /// The date the person started living at `residence` (their current physical address).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(extend("x-form" = "I-485 Part 1, item 18 (date you first resided at this address)"), example = &"2025-09-01")]
    pub residence_since: Option<Date>,
}

impl Person {
    /// The most recent entry into the US: the "last arrival" of 8 CFR 208.4(a)(2)(ii).
    pub fn last_entry(&self) -> Option<&UsEntry> {
        self.us_entries.iter().max_by_key(|e| e.date)
    }

    /// The full name as "Given Middle Family".
    pub fn display_name(&self) -> String {
        let n = &self.name;
        match &n.middle {
            Some(m) => format!("{} {} {}", n.given, m, n.family),
            None => format!("{} {}", n.given, n.family),
        }
    }
}

/// Who filled in the form for the applicant, if anyone did.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Preparer {
    /// # Preparer's name
    /// The full name of the person who prepared the form.
    #[schemars(extend("x-form" = "I-589 Part E; I-730 Part 7; I-485 Part 12"))]
    pub name: PersonName,
    /// # Business or organization
    /// The preparer's business or organization, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(extend("x-form" = "I-730 Part 7; I-485 Part 12"), example = &"Community Legal Clinic")]
    pub organization: Option<Text>,
    /// # Address
    /// The preparer's mailing address.
    #[schemars(extend("x-form" = "I-589 Part E; I-730 Part 7; I-485 Part 12"))]
    pub address: Address,
    /// # Telephone
    /// The preparer's daytime telephone.
    #[schemars(extend("x-form" = "I-589 Part E; I-730 Part 7; I-485 Part 12"))]
    pub phone: Phone,
    /// # Mobile telephone
    /// The preparer's mobile telephone, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(extend("x-form" = "I-730 Part 7; I-485 Part 12"))]
    pub mobile_phone: Option<Phone>,
    /// # Email
    /// The preparer's email, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(extend("x-form" = "I-730 Part 7; I-485 Part 12"))]
    pub email: Option<Email>,
    /// # Attorney or accredited representative
    /// true when the preparer is an attorney or accredited representative (a Form G-28 is filed).
    #[schemars(extend("x-form" = "I-589 Part E; I-730 Part 7; I-485 Part 12"), example = true)]
    pub is_attorney: bool,
    /// # State bar number
    /// The attorney's bar number, if an attorney.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(extend("x-form" = "I-589 Part E; G-28 reference on I-730 and I-485"), example = &"NY1234567")]
    pub bar_number: Option<Text>,
    /// # USCIS online account number
    /// The attorney's USCIS online account number, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(extend("x-form" = "I-589 Part E"))]
    pub uscis_account: Option<UscisAccountNumber>,
}

/// Who read the form to the applicant in another language, if anyone did.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Interpreter {
    /// # Interpreter's name
    /// The interpreter's full name.
    #[schemars(extend("x-form" = "I-730 Part 6; I-485 Part 11"))]
    pub name: PersonName,
    /// # Business or organization
    /// The interpreter's business or organization, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(extend("x-form" = "I-730 Part 6; I-485 Part 11"), example = &"Language Bridge LLC")]
    pub organization: Option<Text>,
    /// # Address
    /// The interpreter's mailing address.
    #[schemars(extend("x-form" = "I-730 Part 6; I-485 Part 11"))]
    pub address: Address,
    /// # Telephone
    /// The interpreter's daytime telephone.
    #[schemars(extend("x-form" = "I-730 Part 6; I-485 Part 11"))]
    pub phone: Phone,
    /// # Mobile telephone
    /// The interpreter's mobile telephone, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(extend("x-form" = "I-730 Part 6; I-485 Part 11"))]
    pub mobile_phone: Option<Phone>,
    /// # Email
    /// The interpreter's email, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(extend("x-form" = "I-730 Part 6; I-485 Part 11"))]
    pub email: Option<Email>,
    /// # Language
    /// The language the interpreter translated from and into English.
    #[schemars(extend("x-form" = "I-589 Part D; I-730 Part 6; I-485 Part 10"), example = &"Arabic")]
    pub language: Text,
}

/// Whether a filing date is the day the form was filed or a plan.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum FilingStatus {
    /// The form was received by USCIS or the court on this date.
    Filed,
    /// The form is planned to be filed on this date.
    Intended,
}

/// When a form is (or will be) filed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Filing {
    /// # Filing date
    /// The date USCIS (or the Immigration Court) received the form, or the date you plan to file
    /// it. Deadlines are counted to this date (8 CFR 103.2(a)(7)).
    #[schemars(extend("x-form" = "not printed; used for deadlines, ages and fees"), example = &"2025-03-03")]
    pub date: Date,
    /// # Filed or intended
    /// "filed" if the form was already received on that date, "intended" if it is a plan.
    #[schemars(extend("x-form" = "not printed"), example = &"intended")]
    pub status: FilingStatus,
}

/// A yes/no question of a form, with the explanation the form asks for when the answer calls
/// for one.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct YesNo {
    /// # Answer
    /// true for Yes, false for No.
    #[schemars(extend("x-form" = "the Yes/No boxes of the item"), example = true)]
    pub answer: bool,
    /// # Explanation
    /// The explanation the form asks for (usually when the answer is Yes). Write as much as
    /// needed: text that does not fit continues on the form's additional-information page.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(extend("x-form" = "the explanation lines of the item, continued on the additional-information page"), example = &"In 2019 I was detained for three days by ...")]
    pub explanation: Option<Text>,
    /// # Original
    /// The explanation as the applicant wrote it in their own language, kept beside the English
    /// translation in `explanation` (which is what the form prints). The English is still needed
    /// for the official form (8 CFR 103.2(b)(3)).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(extend("x-form" = "not printed: the forms print the English in explanation"))]
    pub original: Option<OriginalText>,
}

/// A free-text answer in the language the applicant wrote it in.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct OriginalText {
    /// # Language
    /// The language of `text`, as a BCP 47 tag ("es", "ar") or a name ("Spanish").
    #[schemars(extend("x-form" = "not printed"), example = &"es")]
    pub language: Text,
    /// # Text
    /// The answer in that language.
    #[schemars(extend("x-form" = "not printed"), example = &"En 2019 me detuvieron tres días ...")]
    pub text: Text,
}

/// Where a past marriage legally ended.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct MarriageEndPlace {
    /// # Date of that marriage
    /// The date of the marriage ceremony, as written in `marriages`, to tell which marriage this is.
    #[schemars(extend("x-form" = "not printed; links to the marriage"), example = &"2005-07-09")]
    pub marriage_date: Date,
    /// # Place it ended
    /// City, state or province, and country where the marriage legally ended
    /// (e.g. "Asmara, Maekel, Eritrea").
    #[schemars(extend("x-form" = "I-730 Parts 1-2, items 17, 20; I-485 Part 6"), example = &"Asmara, Maekel, Eritrea")]
    pub place: Text,
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::Datelike;

    /// The fast reader gives chrono's answer: every day of 1899 – 2101 written YYYY-MM-DD, and
    /// texts of other shapes (chrono's leniencies and refusals alike).
    #[test]
    fn dates_read_as_chrono_reads_them() {
        let mut texts: Vec<String> = Vec::new();
        let mut d = NaiveDate::from_ymd_opt(1899, 1, 1).expect("day");
        while d.year() < 2102 {
            texts.push(d.format("%Y-%m-%d").to_string());
            d = d.succ_opt().expect("next day");
        }
        for odd in [
            "2025-1-05",
            "2025-01-5",
            "2025-02-29",
            "2024-02-29",
            "2025-04-31",
            "2025-13-01",
            "2025-00-10",
            "2025-01-00",
            "0000-01-01",
            "9999-12-31",
            " 2025-01-01",
            "2025-01-01 ",
            "2025/01/01",
            "+2025-01-01",
            "-0001-01-01",
            "2025-01-01T00:00:00",
            "20250101",
            "２０２５-01-01",
            "2025-01-1a",
            "",
            "A200000000",
            "12345-01-01",
        ] {
            texts.push(odd.to_string());
        }
        for t in &texts {
            let chrono_ymd = NaiveDate::parse_from_str(t, "%Y-%m-%d").ok();
            assert_eq!(parse_date(t), chrono_ymd, "{t:?}");
            let read: Result<Date, _> = serde_json::from_value(serde_json::json!(t));
            let chrono_serde: Result<NaiveDate, _> = serde_json::from_value(serde_json::json!(t));
            assert_eq!(
                read.map(NaiveDate::from).map_err(|e| e.to_string()),
                chrono_serde.map_err(|e| e.to_string()),
                "{t:?}"
            );
        }
        assert!(texts.len() > 74_000);
    }
}
