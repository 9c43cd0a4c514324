//! Fitting a value into its box before continuing it elsewhere: an address first takes the
//! standard USPS abbreviations (Publication 28: street suffixes, Appendix C1; secondary unit
//! designators, Appendix C2), and a value that still does not fit is cut only where the cut
//! leaves whole words that say something: never after a unit word ("Suite" without its
//! number), a connective ("University of") or before a dangling comma.

/// USPS Publication 28 abbreviations used on the forms' address lines (the common ones).
const USPS: &[(&str, &str)] = &[
    ("apartment", "APT"),
    ("apt", "APT"),
    ("suite", "STE"),
    ("ste", "STE"),
    ("floor", "FLR"),
    ("flr", "FLR"),
    ("building", "BLDG"),
    ("room", "RM"),
    ("department", "DEPT"),
    ("street", "ST"),
    ("avenue", "AVE"),
    ("boulevard", "BLVD"),
    ("road", "RD"),
    ("drive", "DR"),
    ("lane", "LN"),
    ("court", "CT"),
    ("place", "PL"),
    ("parkway", "PKWY"),
    ("highway", "HWY"),
    ("square", "SQ"),
    ("terrace", "TER"),
    ("circle", "CIR"),
    ("heights", "HTS"),
    ("expressway", "EXPY"),
    ("pike", "PIKE"),
];

/// Abbreviations that keep the meaning, for names of schools, employers and organizations
/// that do not fit even at the smallest size: only the standard business-word abbreviations of
/// USPS Publication 28, Appendix G (with a period, as a reader expects in a name). Words that
/// have no standard abbreviation there ("Resettlement", "Faculty", "Secondary",
/// "Governorate") are not shortened: an invented abbreviation is not read back the same.
const MEANINGFUL: &[(&str, &str)] = &[
    ("university", "Univ."),
    ("institute", "Inst."),
    ("international", "Intl."),
    ("department", "Dept."),
    ("association", "Assn."),
    ("company", "Co."),
    ("corporation", "Corp."),
    ("organization", "Org."),
    ("services", "Svcs."),
    ("government", "Govt."),
    ("national", "Natl."),
];

/// The value with USPS abbreviations, or None when nothing changes.
pub fn abbreviate(text: &str) -> Option<String> {
    replace_words(text, USPS, false)
}

/// The value with [`MEANINGFUL`] abbreviations, or None when nothing changes.
pub fn abbreviate_names(text: &str) -> Option<String> {
    replace_words(text, MEANINGFUL, true)
}

/// Whether a map source names a person (their names are never abbreviated).
pub fn is_person_name(source: &str) -> bool {
    source.contains(".name.") || source.contains("|name") || source.contains("|upper")
}

fn replace_words(text: &str, table: &[(&str, &str)], keep_period: bool) -> Option<String> {
    let mut changed = false;
    let words: Vec<String> = text
        .split(' ')
        .map(|w| {
            let core = w.trim_end_matches([',', '.', ';']);
            let tail = &w[core.len()..];
            match table
                .iter()
                .find(|(long, _)| core.eq_ignore_ascii_case(long))
            {
                Some((_, short)) if core != *short => {
                    changed = true;
                    // "St." → "ST": a USPS abbreviation takes no period; a comma stays.
                    let tail = if keep_period && short.ends_with('.') {
                        tail.trim_start_matches('.')
                    } else if keep_period {
                        tail
                    } else {
                        tail.trim_start_matches('.')
                    };
                    format!("{short}{tail}")
                }
                _ => w.to_string(),
            }
        })
        .collect();
    changed.then(|| words.join(" "))
}

/// A unit designator and its number without the space ("STE 700" → "STE700"), for a box of a
/// few characters; None for anything else.
pub fn compact_unit(text: &str) -> Option<String> {
    let (unit, number) = text.trim().split_once(' ')?;
    let units = ["APT", "STE", "FLR", "BLDG", "RM", "UNIT", "DEPT"];
    (units.contains(&unit) && !number.contains(' ')).then(|| format!("{unit}{number}"))
}

/// Whether the words of a map source are an address's (street, unit, whole address).
pub fn is_address(source: &str) -> bool {
    ["street", "unit", "address", "residence", "employer_address"]
        .iter()
        .any(|k| source.contains(k))
}

/// Words a cut may not end on: a unit or number word without its number, or a connective
/// whose object would be cut off.
const NO_CUT_AFTER: &[&str] = &[
    "apt",
    "apartment",
    "ste",
    "suite",
    "flr",
    "floor",
    "unit",
    "room",
    "rm",
    "bldg",
    "no",
    "#",
    "number",
    "house",
    "box",
    "po",
    "of",
    "the",
    "and",
    "or",
    "de",
    "del",
    "la",
    "al",
    "el",
    "for",
    "in",
    "at",
    "on",
    "to",
    "a",
    "an",
    "y",
    "e",
    "&",
];

/// Whether `prefix` (what stays in the box before the note) is a good place to cut.
pub fn good_cut(prefix: &str) -> bool {
    let p = prefix.trim_end();
    if p.is_empty() {
        return true;
    }
    let last = p
        .rsplit(' ')
        .next()
        .unwrap_or(p)
        .trim_end_matches(['.', ',', ';', ':'])
        .to_lowercase();
    !NO_CUT_AFTER.contains(&last.as_str())
}

/// Whether a cut between `prefix` and `rest` keeps a label with its number: "Woreda" and "03",
/// "Zone" and "3" stay together (the label word is not followed by a comma).
pub fn keeps_number(prefix: &str, rest: &str) -> bool {
    let next_is_number = rest
        .trim_start()
        .chars()
        .next()
        .is_some_and(|c| c.is_ascii_digit());
    let last = prefix.trim_end().rsplit(' ').next().unwrap_or("");
    let label = !last.is_empty()
        && !last.ends_with([',', ';', ':'])
        && last
            .chars()
            .all(|c| c.is_alphabetic() || c == '.' || c == '-');
    !(next_is_number && label)
}

/// The prefix kept in a box, without a trailing comma or semicolon.
pub fn tidy(prefix: &str) -> &str {
    prefix
        .trim_end()
        .trim_end_matches([',', ';', ':'])
        .trim_end()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn addresses_take_the_usps_abbreviations() {
        assert_eq!(
            abbreviate("2200 Wilson Boulevard").as_deref(),
            Some("2200 Wilson BLVD")
        );
        assert_eq!(abbreviate("Suite 700").as_deref(), Some("STE 700"));
        assert_eq!(
            abbreviate("14 Al-Jamiliyah Street, Floor 2").as_deref(),
            Some("14 Al-Jamiliyah ST, FLR 2")
        );
        assert_eq!(abbreviate("Apt 4B").as_deref(), Some("APT 4B"));
        assert_eq!(abbreviate("Bole Sub-city, Woreda 03"), None);
        assert_eq!(compact_unit("STE 700").as_deref(), Some("STE700"));
        assert_eq!(
            abbreviate_names("University of Aleppo, Faculty of Pharmacy").as_deref(),
            Some("Univ. of Aleppo, Faculty of Pharmacy")
        );
        // No standard abbreviation of "Resettlement": it stays whole.
        assert_eq!(
            abbreviate_names("Fort Wayne Refugee Resettlement Services").as_deref(),
            Some("Fort Wayne Refugee Resettlement Svcs.")
        );
        assert_eq!(compact_unit("123 Main ST"), None);
    }

    #[test]
    fn a_cut_never_strands_a_unit_word_or_a_connective() {
        assert!(!good_cut("Suite"));
        assert!(!good_cut("123 Main Street Apt"));
        assert!(!good_cut("University of"));
        assert!(!good_cut("Bole Sub-city, Woreda 03, House No."));
        assert!(good_cut("Mae La Refugee Camp,"));
        assert!(!keeps_number(
            "Bole Sub-city, Woreda",
            " 03, House No. 1120"
        ));
        assert!(keeps_number("Bole Sub-city,", " Woreda 03"));
        assert!(keeps_number("Mae La Refugee Camp,", " Section B, Zone 3"));
        assert_eq!(tidy("Mae La Refugee Camp, "), "Mae La Refugee Camp");
    }
}
