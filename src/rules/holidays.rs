//! Federal legal public holidays, used to decide when a filing period that
//! ends on a holiday runs on to the next business day.
//!
//! Source: 5 U.S.C. 6103(a) (the list), 5 U.S.C. 6103(b) (a Saturday holiday
//! is observed the Friday before) and Executive Order 11582 (a Sunday holiday
//! is observed the Monday after). Inauguration Day (5 U.S.C. 6103(c)) is left
//! out on purpose: it is a holiday only for some federal employees in the
//! Washington area, not a nationwide legal public holiday.
//!
//! The current text of 6103(a) is applied to every year, except that the
//! Birthday of Martin Luther King, Jr. starts in 1986 and Juneteenth in 2021.
//! Older versions of the statute (for example the fixed-date Washington's
//! Birthday and Memorial Day before 1971) are not modelled; the deadline
//! rules that use this module never reach back before 1997.

use chrono::{Datelike, NaiveDate, Weekday};
use std::cell::RefCell;

/// One legal public holiday, either on its own date or on the weekday it is
/// observed on (5 U.S.C. 6103).
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Holiday {
    pub date: NaiveDate,
    pub name: &'static str,
    /// true when `date` is the Friday/Monday a weekend holiday is observed on
    pub observed: bool,
    /// the holiday's own calendar date (differs from `date` when observed)
    pub actual_date: NaiveDate,
}

/// Why an observed holiday moved, for notes shown to the user.
///
/// A Saturday holiday moves to Friday under 5 U.S.C. 6103(b); a Sunday holiday
/// moves to Monday under Executive Order 11582. Returns `None` for a holiday
/// on its own date.
pub fn observance_source(holiday: &Holiday) -> Option<&'static str> {
    if !holiday.observed {
        return None;
    }
    match holiday.actual_date.weekday() {
        Weekday::Sat => Some("5 U.S.C. 6103(b)"),
        Weekday::Sun => Some("Executive Order 11582"),
        _ => None,
    }
}

/// The holidays of 5 U.S.C. 6103(a) whose own date falls in `year`.
///
/// MLK Day only from 1986 and Juneteenth only from 2021, the years their
/// holidays were first in effect under 6103(a).
fn actual_holidays(year: i32) -> Vec<(NaiveDate, &'static str)> {
    let fixed = |month, day| NaiveDate::from_ymd_opt(year, month, day);
    let nth = |month, weekday, n| NaiveDate::from_weekday_of_month_opt(year, month, weekday, n);
    // The last Monday of May is the 5th when May has five Mondays.
    let last_monday_of_may = nth(5, Weekday::Mon, 5).or_else(|| nth(5, Weekday::Mon, 4));

    let candidates = [
        (fixed(1, 1), "New Year's Day"),
        (
            if year >= 1986 {
                nth(1, Weekday::Mon, 3)
            } else {
                None
            },
            "Birthday of Martin Luther King, Jr.",
        ),
        (nth(2, Weekday::Mon, 3), "Washington's Birthday"),
        (last_monday_of_may, "Memorial Day"),
        (
            if year >= 2021 { fixed(6, 19) } else { None },
            "Juneteenth National Independence Day",
        ),
        (fixed(7, 4), "Independence Day"),
        (nth(9, Weekday::Mon, 1), "Labor Day"),
        (nth(10, Weekday::Mon, 2), "Columbus Day"),
        (fixed(11, 11), "Veterans Day"),
        (nth(11, Weekday::Thu, 4), "Thanksgiving Day"),
        (fixed(12, 25), "Christmas Day"),
    ];
    candidates
        .into_iter()
        .filter_map(|(date, name)| date.map(|d| (d, name)))
        .collect()
}

/// The weekday a weekend holiday is observed on: Friday before a Saturday
/// (5 U.S.C. 6103(b)), Monday after a Sunday (Executive Order 11582).
fn observed_date(actual: NaiveDate) -> Option<NaiveDate> {
    match actual.weekday() {
        Weekday::Sat => actual.pred_opt(),
        Weekday::Sun => actual.succ_opt(),
        _ => None,
    }
}

/// Every actual and observed holiday whose `date` falls in `year`, sorted by
/// date (an actual holiday before an observed one on the same date).
///
/// New Year's Day of `year + 1` on a Saturday is observed on Friday Dec 31 of
/// `year` (5 U.S.C. 6103(b)), so it appears in this year's list.
pub fn holidays_in_year(year: i32) -> Vec<Holiday> {
    let mut out = Vec::new();
    // Only New Year's Day crosses a year boundary when observed, so the next
    // year's list is enough to catch it.
    for source_year in [year, year.saturating_add(1)] {
        for (actual, name) in actual_holidays(source_year) {
            let entries = [
                Some(Holiday {
                    date: actual,
                    name,
                    observed: false,
                    actual_date: actual,
                }),
                observed_date(actual).map(|date| Holiday {
                    date,
                    name,
                    observed: true,
                    actual_date: actual,
                }),
            ];
            out.extend(
                entries
                    .into_iter()
                    .flatten()
                    .filter(|h| h.date.year() == year),
            );
        }
    }
    out.sort_by_key(|h| (h.date, h.observed));
    out.dedup();
    out
}

/// The holiday on `date`, actual or observed; if an actual and an observed
/// holiday ever share a date, the actual one is returned.
pub fn holiday_on(date: NaiveDate) -> Option<Holiday> {
    thread_local! {
        // A deadline asks about one day after another of the same year: the year's list is
        // made once, not once per day (it was most of the one-year-deadline rule's time).
        static YEAR: RefCell<Option<(i32, Vec<Holiday>)>> = const { RefCell::new(None) };
    }
    let year = date.year();
    // holidays_in_year sorts actual before observed on the same date.
    let find = |list: &[Holiday]| list.iter().find(|h| h.date == date).cloned();
    YEAR.with(|cell| match cell.try_borrow_mut() {
        Ok(mut cached) => {
            if cached.as_ref().map(|(y, _)| *y) != Some(year) {
                *cached = Some((year, holidays_in_year(year)));
            }
            cached.as_ref().and_then(|(_, list)| find(list))
        }
        Err(_) => find(&holidays_in_year(year)),
    })
}

/// Whether `date` is a weekday that is neither a legal public holiday nor the
/// day one is observed on (5 U.S.C. 6103; Executive Order 11582).
pub fn is_business_day(date: NaiveDate) -> bool {
    !is_weekend(date) && holiday_on(date).is_none()
}

/// Saturday or Sunday.
pub fn is_weekend(date: NaiveDate) -> bool {
    matches!(date.weekday(), Weekday::Sat | Weekday::Sun)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    /// (date, name, observed, actual_date) for compact expected lists.
    type Row = (NaiveDate, &'static str, bool, NaiveDate);

    fn simplify(list: &[Holiday]) -> Vec<Row> {
        list.iter()
            .map(|h| (h.date, h.name, h.observed, h.actual_date))
            .collect()
    }

    #[test]
    fn full_year_lists() {
        let cases: Vec<(i32, Vec<Row>)> = vec![
            // 2025: every holiday on a weekday, so nothing is observed.
            (
                2025,
                vec![
                    (d(2025, 1, 1), "New Year's Day", false, d(2025, 1, 1)),
                    (
                        d(2025, 1, 20),
                        "Birthday of Martin Luther King, Jr.",
                        false,
                        d(2025, 1, 20),
                    ),
                    (
                        d(2025, 2, 17),
                        "Washington's Birthday",
                        false,
                        d(2025, 2, 17),
                    ),
                    (d(2025, 5, 26), "Memorial Day", false, d(2025, 5, 26)),
                    (
                        d(2025, 6, 19),
                        "Juneteenth National Independence Day",
                        false,
                        d(2025, 6, 19),
                    ),
                    (d(2025, 7, 4), "Independence Day", false, d(2025, 7, 4)),
                    (d(2025, 9, 1), "Labor Day", false, d(2025, 9, 1)),
                    (d(2025, 10, 13), "Columbus Day", false, d(2025, 10, 13)),
                    (d(2025, 11, 11), "Veterans Day", false, d(2025, 11, 11)),
                    (d(2025, 11, 27), "Thanksgiving Day", false, d(2025, 11, 27)),
                    (d(2025, 12, 25), "Christmas Day", false, d(2025, 12, 25)),
                ],
            ),
            // 2021: four weekend holidays, including New Year's Day 2022
            // observed on Friday 2021-12-31.
            (
                2021,
                vec![
                    (d(2021, 1, 1), "New Year's Day", false, d(2021, 1, 1)),
                    (
                        d(2021, 1, 18),
                        "Birthday of Martin Luther King, Jr.",
                        false,
                        d(2021, 1, 18),
                    ),
                    (
                        d(2021, 2, 15),
                        "Washington's Birthday",
                        false,
                        d(2021, 2, 15),
                    ),
                    (d(2021, 5, 31), "Memorial Day", false, d(2021, 5, 31)),
                    (
                        d(2021, 6, 18),
                        "Juneteenth National Independence Day",
                        true,
                        d(2021, 6, 19),
                    ),
                    (
                        d(2021, 6, 19),
                        "Juneteenth National Independence Day",
                        false,
                        d(2021, 6, 19),
                    ),
                    (d(2021, 7, 4), "Independence Day", false, d(2021, 7, 4)),
                    (d(2021, 7, 5), "Independence Day", true, d(2021, 7, 4)),
                    (d(2021, 9, 6), "Labor Day", false, d(2021, 9, 6)),
                    (d(2021, 10, 11), "Columbus Day", false, d(2021, 10, 11)),
                    (d(2021, 11, 11), "Veterans Day", false, d(2021, 11, 11)),
                    (d(2021, 11, 25), "Thanksgiving Day", false, d(2021, 11, 25)),
                    (d(2021, 12, 24), "Christmas Day", true, d(2021, 12, 25)),
                    (d(2021, 12, 25), "Christmas Day", false, d(2021, 12, 25)),
                    (d(2021, 12, 31), "New Year's Day", true, d(2022, 1, 1)),
                ],
            ),
        ];
        for (year, expected) in cases {
            assert_eq!(simplify(&holidays_in_year(year)), expected, "year {year}");
        }
    }

    #[test]
    fn holidays_introduced_later_are_absent_before() {
        let mlk = "Birthday of Martin Luther King, Jr.";
        let juneteenth = "Juneteenth National Independence Day";
        let cases = [
            (1985, mlk, false),
            (1986, mlk, true),
            (2020, juneteenth, false),
            (2021, juneteenth, true),
        ];
        for (year, name, present) in cases {
            let found = holidays_in_year(year).iter().any(|h| h.name == name);
            assert_eq!(found, present, "{name} in {year}");
        }
        assert_eq!(holiday_on(d(1985, 1, 21)), None);
        assert_eq!(holiday_on(d(2020, 6, 19)), None);
    }

    #[test]
    fn holiday_on_actual_and_observed() {
        // (date, expected name, observed, actual date)
        let cases = [
            // July 4 2026 is a Saturday: observed Friday (5 U.S.C. 6103(b)).
            (d(2026, 7, 3), "Independence Day", true, d(2026, 7, 4)),
            (d(2026, 7, 4), "Independence Day", false, d(2026, 7, 4)),
            // Christmas 2022 is a Sunday: observed Monday (EO 11582).
            (d(2022, 12, 26), "Christmas Day", true, d(2022, 12, 25)),
            (d(2022, 12, 25), "Christmas Day", false, d(2022, 12, 25)),
            // New Year's Day 2022 is a Saturday: observed Friday 2021-12-31.
            (d(2021, 12, 31), "New Year's Day", true, d(2022, 1, 1)),
            (d(2022, 1, 1), "New Year's Day", false, d(2022, 1, 1)),
            // May 2021 has five Mondays; Memorial Day is the last one.
            (d(2021, 5, 31), "Memorial Day", false, d(2021, 5, 31)),
            (d(2025, 11, 27), "Thanksgiving Day", false, d(2025, 11, 27)),
        ];
        for (date, name, observed, actual) in cases {
            let h = holiday_on(date).unwrap_or_else(|| panic!("{date} should be a holiday"));
            assert_eq!(
                (h.date, h.name, h.observed, h.actual_date),
                (date, name, observed, actual),
            );
        }
        let sat = holiday_on(d(2026, 7, 3)).unwrap();
        let sun = holiday_on(d(2022, 12, 26)).unwrap();
        assert_eq!(observance_source(&sat), Some("5 U.S.C. 6103(b)"));
        assert_eq!(observance_source(&sun), Some("Executive Order 11582"));
        assert_eq!(observance_source(&holiday_on(d(2025, 7, 4)).unwrap()), None);
    }

    #[test]
    fn business_days() {
        let cases = [
            (d(2025, 7, 3), true),    // Thursday
            (d(2025, 7, 4), false),   // Independence Day
            (d(2025, 7, 5), false),   // Saturday
            (d(2025, 7, 6), false),   // Sunday
            (d(2025, 7, 7), true),    // Monday
            (d(2026, 7, 3), false),   // observed Independence Day
            (d(2022, 12, 26), false), // observed Christmas Day
            (d(2021, 12, 31), false), // observed New Year's Day 2022
            (d(2022, 1, 3), true),    // Monday after New Year's weekend
            (d(2025, 1, 20), false),  // MLK Day (also Inauguration Day)
            (d(2025, 5, 19), true),   // the Monday before Memorial Day
        ];
        for (date, expected) in cases {
            assert_eq!(is_business_day(date), expected, "{date}");
        }
    }

    #[test]
    fn no_panic_at_calendar_extremes() {
        for date in [
            NaiveDate::MIN,
            NaiveDate::MAX,
            d(1900, 1, 1),
            d(2200, 12, 31),
        ] {
            let _ = is_business_day(date);
            let _ = holidays_in_year(date.year());
        }
        assert!(holidays_in_year(2200).len() >= 11);
    }

    #[test]
    fn serializes() {
        let json = serde_json::to_string(&holiday_on(d(2026, 7, 3)).unwrap()).unwrap();
        assert_eq!(
            json,
            r#"{"date":"2026-07-03","name":"Independence Day","observed":true,"actual_date":"2026-07-04"}"#
        );
    }
}
