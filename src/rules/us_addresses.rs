//! Addresses a form asks in the United States: the I-589's residence and mailing address
//! (Part A.I, items 8-9) and its preparer's address (Part E), the I-485's current physical and
//! mailing addresses (Part 1, item 18). Those boxes are a US address's (State, ZIP code; no
//! province, postal code or country), so a foreign address given there would lose its
//! province and country: the rule says so instead of printing part of it.

use super::{Ctx, Hit, Rule};
use crate::finding::Severity;
use crate::forms::location::loc;
use crate::forms::Form;
use crate::model::{Address, PersonId};

pub const I589_US_ADDRESSES: Rule = Rule {
    id: "i589.us-addresses",
    severity: Severity::Warning,
    form: Some(Form::I589),
    location: loc!("Part A.I, items 8-9; Part E (address of preparer)"),
    citation: "Form I-589 (edition 01/20/25) Part A.I, item 8: \"Residence in the U.S. (where you physically reside)\"; item 9: \"Mailing Address in the U.S.\"; Part E, \"Address of Preparer\" (Street, Apt. Number, City, State, Zip Code)",
    summary: "The addresses the I-589 asks in the U.S. (residence, mailing address, preparer's address) are US addresses: a foreign one (with a province, postal code or another country) has no box for its province and country there.",
    check: i589_us_addresses,
};

pub const I485_US_ADDRESSES: Rule = Rule {
    id: "i485.us-addresses",
    severity: Severity::Warning,
    form: Some(Form::I485),
    location: loc!("Part 1, item 18 (current U.S. physical address; current mailing address)"),
    citation: "Form I-485 (edition 01/20/25) Part 1, item 18: \"Current U.S. Physical Address\" and \"Current Mailing Address (Safe or Alternate Mailing Address, if applicable)\" (City or Town, State, ZIP Code)",
    summary: "The current physical and mailing addresses the I-485 asks in Part 1 item 18 are US addresses: a foreign one (with a province, postal code or another country) has no box for its province and country there.",
    check: i485_us_addresses,
};

/// What a foreign address has that a US address's boxes cannot hold, in words; `None` for
/// an address that fits them.
fn foreign_parts(a: &Address) -> Option<String> {
    let mut parts = Vec::new();
    if a.province.as_deref().is_some_and(|p| !p.trim().is_empty()) {
        parts.push("a province");
    }
    if a.postal_code.is_some() {
        parts.push("a postal code");
    }
    let us = |c: &str| {
        let c: String = c.chars().filter(|c| c.is_alphanumeric()).collect();
        ["unitedstates", "unitedstatesofamerica", "usa", "us"]
            .iter()
            .any(|u| c.eq_ignore_ascii_case(u))
    };
    if let Some(c) = a.country.as_deref().filter(|c| !us(c)) {
        return Some(format!(
            "is in {c}{}",
            if parts.is_empty() {
                String::new()
            } else {
                format!(" (with {})", parts.join(" and "))
            }
        ));
    }
    (!parts.is_empty()).then(|| format!("has {}", parts.join(" and ")))
}

fn hit(pointer: String, location: &str, what: &str, lost: String) -> Hit {
    Hit::new(
        pointer,
        format!("{location} asks {what} in the United States, but the address given {lost}: the form has no box for a province or a country there, so part of it would not be printed"),
        "give the US address (street, city, state, ZIP code) here; if the person has no US address, talk to the preparer or counsel before filing",
    )
    .location(location)
}

/// The person's residence and mailing address, at the form's locations.
fn person_addresses(ctx: &Ctx, id: &PersonId, places: [(&str, &str); 2], hits: &mut Vec<Hit>) {
    let Some((pi, p)) = ctx.case.person_at(id) else {
        return;
    };
    let [(residence_at, residence_what), (mailing_at, mailing_what)] = places;
    if let Some(lost) = p.residence.as_ref().and_then(foreign_parts) {
        hits.push(hit(
            format!("/people/{pi}/residence"),
            residence_at,
            residence_what,
            lost,
        ));
    }
    if let Some(lost) = p.mailing_address.as_ref().and_then(foreign_parts) {
        hits.push(hit(
            format!("/people/{pi}/mailing_address"),
            mailing_at,
            mailing_what,
            lost,
        ));
    }
}

fn i589_us_addresses(ctx: &Ctx) -> Vec<Hit> {
    let Some(form) = &ctx.case.forms.i589 else {
        return vec![];
    };
    let mut hits = Vec::new();
    person_addresses(
        ctx,
        &form.applicant,
        [
            ("Part A.I, item 8", "the residence"),
            ("Part A.I, item 9", "the mailing address"),
        ],
        &mut hits,
    );
    if let Some(lost) = ctx
        .case
        .preparer
        .as_ref()
        .and_then(|p| foreign_parts(&p.address))
    {
        hits.push(hit(
            "/preparer/address".into(),
            "Part E (address of preparer)",
            "the preparer's address",
            lost,
        ));
    }
    hits
}

fn i485_us_addresses(ctx: &Ctx) -> Vec<Hit> {
    let mut hits = Vec::new();
    for f in &ctx.case.forms.i485 {
        person_addresses(
            ctx,
            &f.applicant,
            [
                (
                    "Part 1, item 18 (current U.S. physical address)",
                    "the current physical address",
                ),
                (
                    "Part 1, item 18 (current mailing address)",
                    "the current mailing address",
                ),
            ],
            &mut hits,
        );
    }
    // One person is asked once even with two I-485s (not expected).
    let mut seen = std::collections::HashSet::new();
    hits.retain(|h| seen.insert(h.pointer.clone()));
    hits
}

#[cfg(test)]
mod tests {
    use super::*;

    fn address(json: &str) -> Address {
        serde_json::from_str(json).expect("address")
    }

    #[test]
    fn a_us_address_fits_and_a_foreign_one_says_what_it_would_lose() {
        let us = r#"{"street": "1 Main St", "city": "Brooklyn", "state": "NY", "zip": "11201"}"#;
        assert_eq!(foreign_parts(&address(us)), None);
        let us_named =
            r#"{"street": "1 Main St", "city": "Brooklyn", "state": "NY", "country": "U.S.A."}"#;
        assert_eq!(foreign_parts(&address(us_named)), None);
        let abroad = r#"{"street": "New Road 5", "city": "Kathmandu", "province": "Bagmati", "country": "Nepal"}"#;
        assert_eq!(
            foreign_parts(&address(abroad)).as_deref(),
            Some("is in Nepal (with a province)")
        );
        let no_country = r#"{"street": "New Road 5", "city": "Kathmandu", "province": "Bagmati"}"#;
        assert_eq!(
            foreign_parts(&address(no_country)).as_deref(),
            Some("has a province")
        );
    }
}
