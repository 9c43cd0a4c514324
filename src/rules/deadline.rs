//! Filing deadlines and waiting periods for the I-589, I-730 and I-485.
//!
//! Every result carries plain-English notes, each naming its source, so a
//! reader can check the reasoning instead of trusting a bare date. Where the
//! law at hand does not settle a point, the cautious reading is used and the
//! note says so.

use chrono::{Datelike, Days, NaiveDate, Weekday};

use crate::rules::holidays::{self, Holiday};

/// Which period a [`Deadline`] describes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
pub enum DeadlineKind {
    /// Asylum application one-year deadline: INA 208(a)(2)(B);
    /// 8 CFR 208.4(a)(2)(ii).
    I589OneYear,
    /// Follow-to-join petition, two years from grant or admission:
    /// 8 CFR 207.7(d); 8 CFR 208.21(d).
    I730TwoYears,
    /// One year of physical presence before adjustment: INA 209(a), (b);
    /// 8 CFR 209.1; 8 CFR 209.2. Unlike the others, this is the earliest day
    /// the year is complete, not a last day to file.
    I485PresenceYear,
}

/// Where a calculation writes its reasoning. The `deadline` command and the draft print the
/// notes; the rules need only the dates and word their own findings, and formatting notes
/// they dropped was about a tenth of the rules' time on a case with nothing to report.
struct Notes {
    keep: bool,
    lines: Vec<String>,
}

impl Notes {
    fn kept() -> Self {
        Notes {
            keep: true,
            lines: Vec::new(),
        }
    }

    fn dropped() -> Self {
        Notes {
            keep: false,
            lines: Vec::new(),
        }
    }

    fn same_kind(&self) -> Self {
        Notes {
            keep: self.keep,
            lines: Vec::new(),
        }
    }

    /// Adds a note; it is only written when the notes are kept.
    fn push(&mut self, line: impl FnOnce() -> String) {
        if self.keep {
            self.lines.push(line());
        }
    }

    fn append(&mut self, mut other: Notes) {
        self.lines.append(&mut other.lines);
    }
}

/// A day the end of a period was moved past, and why.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct RolledDay {
    pub date: NaiveDate,
    /// e.g. "Saturday", "Independence Day (observed)", "Saturday, New Year's Day"
    pub reason: String,
    /// true when the day was skipped only because a holiday is observed on it
    pub observed_holiday: bool,
}

/// A computed period, with the reasoning behind it.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Deadline {
    pub kind: DeadlineKind,
    /// The date the period counts from, after applying April 1, 1997 etc.
    pub start: NaiveDate,
    pub anniversary: NaiveDate,
    /// Last day to file (I-589, I-730), or the day the year of presence is
    /// complete (I-485).
    pub deadline: NaiveDate,
    pub rolled_over: Vec<RolledDay>,
    /// Days abroad that pushed the I-485 date back; 0 for the other kinds.
    pub days_abroad: u32,
    /// Reasoning lines, each naming its source.
    pub notes: Vec<String>,
    pub warnings: Vec<String>,
    pub citation: &'static str,
}

/// How a filing date compares with a [`Deadline`].
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Timeliness {
    pub filed: NaiveDate,
    pub timely: bool,
    /// 0 when timely.
    pub days_late: i64,
    /// `deadline - filed` in days; negative once the date has passed.
    pub days_left: i64,
}

const I589_CITATION: &str = "INA 208(a)(2)(B); 8 CFR 208.4(a)(2)(ii)";
const I730_CITATION: &str = "8 CFR 207.7(d); 8 CFR 208.21(d); 8 CFR 1.2";
const I485_CITATION: &str = "INA 209(a), (b); 8 CFR 209.1; 8 CFR 209.2";

/// The one-year period never starts before April 1, 1997
/// (8 CFR 208.4(a)(2)(ii)).
const I589_EARLIEST_START: NaiveDate = match NaiveDate::from_ymd_opt(1997, 4, 1) {
    Some(date) => date,
    // Evaluated at compile time, so this can never fire at run time.
    None => panic!("1997-04-01 is a valid date"),
};

/// "Friday 2025-07-04": the weekday helps a reader see why a day was skipped.
fn long(date: NaiveDate) -> String {
    format!("{} {}", weekday_name(date.weekday()), date)
}

fn weekday_name(weekday: Weekday) -> &'static str {
    match weekday {
        Weekday::Mon => "Monday",
        Weekday::Tue => "Tuesday",
        Weekday::Wed => "Wednesday",
        Weekday::Thu => "Thursday",
        Weekday::Fri => "Friday",
        Weekday::Sat => "Saturday",
        Weekday::Sun => "Sunday",
    }
}

fn day_count(n: u64) -> String {
    if n == 1 {
        "1 day".to_string()
    } else {
        format!("{n} days")
    }
}

fn plural(n: u64, one: &'static str, many: &'static str) -> &'static str {
    if n == 1 {
        one
    } else {
        many
    }
}

/// The `years`-th anniversary of `start`, and whether a Feb 29 start had to
/// be moved to Feb 28 because the target year has no leap day. `None` only
/// past the end of chrono's calendar.
pub fn anniversary(start: NaiveDate, years: i32) -> Option<(NaiveDate, bool)> {
    let year = start.year().checked_add(years)?;
    match NaiveDate::from_ymd_opt(year, start.month(), start.day()) {
        Some(date) => Some((date, false)),
        None if start.month() == 2 && start.day() == 29 => {
            NaiveDate::from_ymd_opt(year, 2, 28).map(|date| (date, true))
        }
        None => None,
    }
}

/// Age in whole years on `date`: a person reaches an age on its anniversary, so a child who
/// turns 21 on a filing date is not under 21 on it (INA 208(b)(3)(B) asks "under 21"). A Feb 29
/// birthday counts from Feb 28 in common years: the cautious reading for an "under 21" test.
pub fn age_on(date_of_birth: NaiveDate, date: NaiveDate) -> i32 {
    let mut age = date.year() - date_of_birth.year();
    match anniversary(date_of_birth, age) {
        Some((birthday, _)) if birthday > date => age -= 1,
        Some(_) => {}
        None => {}
    }
    age.max(0)
}

/// No source at hand says whether a year counted from Feb 29 ends on Feb 28
/// or Mar 1; Feb 28 is earlier, so a filing by then is timely either way.
fn leap_day_note(start: NaiveDate, anniversary: NaiveDate) -> String {
    format!(
        "The period counts from February 29 ({start}), and {} has no February 29. \
         No source at hand settles whether the anniversary is then February 28 or \
         March 1; this calculation uses the earlier day, {}, as the cautious reading.",
        anniversary.year(),
        long(anniversary),
    )
}

/// The anniversary, or the last representable date with a warning, so that
/// callers always get a `Deadline` back even at the edge of the calendar.
fn anniversary_or_saturate(
    start: NaiveDate,
    years: i32,
    notes: &mut Notes,
    warnings: &mut Vec<String>,
) -> NaiveDate {
    match anniversary(start, years) {
        Some((date, leap_day_moved)) => {
            if leap_day_moved {
                notes.push(|| leap_day_note(start, date));
            }
            date
        }
        None => {
            warnings.push(format!(
                "The period counting from {start} ends after the last date this program \
                 can represent; the result is not meaningful."
            ));
            NaiveDate::MAX
        }
    }
}

/// The latest business day strictly before `date`, if the calendar has one.
fn previous_business_day(date: NaiveDate) -> Option<NaiveDate> {
    let mut day = date.pred_opt()?;
    while !holidays::is_business_day(day) {
        day = day.pred_opt()?;
    }
    Some(day)
}

fn roll_reason(date: NaiveDate, holiday: Option<&Holiday>) -> String {
    let mut parts = Vec::new();
    if holidays::is_weekend(date) {
        parts.push(weekday_name(date.weekday()).to_string());
    }
    if let Some(h) = holiday {
        if h.observed {
            parts.push(format!("{} (observed)", h.name));
        } else {
            parts.push(h.name.to_string());
        }
    }
    parts.join(", ")
}

/// The note explaining why one day was skipped.
fn roll_note(date: NaiveDate, holiday: Option<&Holiday>, rule: &str) -> String {
    let runs_on = format!("the period runs to the next business day ({rule})");
    let runs_on = runs_on.as_str();
    let weekend = holidays::is_weekend(date);
    match holiday {
        Some(h) if h.observed => format!(
            "{} is the day {} (on {}) is observed ({}); it is treated here as a legal \
             holiday, so {runs_on}. See the warning.",
            long(date),
            h.name,
            long(h.actual_date),
            holidays::observance_source(h).unwrap_or("5 U.S.C. 6103"),
        ),
        Some(h) if weekend => format!(
            "{} is a weekend day and {}, a legal holiday (5 U.S.C. 6103(a)): {runs_on}.",
            long(date),
            h.name,
        ),
        Some(h) => format!(
            "{} is {}, a legal holiday (5 U.S.C. 6103(a)): {runs_on}.",
            long(date),
            h.name,
        ),
        None => format!("{} is a weekend day: {runs_on}.", long(date)),
    }
}

/// Moves `last_day` past Saturdays, Sundays and legal holidays, as
/// 8 CFR 208.4(a)(2)(ii) directs, noting each skipped day. Observed holidays
/// are skipped too, with a warning, because it is unconfirmed whether they
/// count as legal holidays there.
fn roll_forward_i589(
    last_day: NaiveDate,
    notes: &mut Notes,
    warnings: &mut Vec<String>,
) -> (NaiveDate, Vec<RolledDay>) {
    roll_forward(last_day, "8 CFR 208.4(a)(2)(ii)", notes, warnings)
}

/// Moves `last_day` past Saturdays, Sundays and legal holidays under the regulation `rule`
/// (8 CFR 208.4(a)(2)(ii) for the I-589, 8 CFR 1.2 for other periods of chapter I), noting
/// each skipped day; an observed holiday is skipped with a warning.
fn roll_forward(
    last_day: NaiveDate,
    rule: &str,
    notes: &mut Notes,
    warnings: &mut Vec<String>,
) -> (NaiveDate, Vec<RolledDay>) {
    let mut day = last_day;
    let mut rolled = Vec::new();
    loop {
        let holiday = holidays::holiday_on(day);
        if holiday.is_none() && !holidays::is_weekend(day) {
            return (day, rolled);
        }
        notes.push(|| roll_note(day, holiday.as_ref(), rule));
        if let Some(h) = holiday.as_ref().filter(|h| h.observed) {
            warnings.push(observed_warning(day, h, rule));
        }
        rolled.push(RolledDay {
            date: day,
            reason: roll_reason(day, holiday.as_ref()),
            observed_holiday: holiday.as_ref().is_some_and(|h| h.observed),
        });
        match day.succ_opt() {
            Some(next) => day = next,
            None => {
                warnings.push(
                    "The period runs past the last date this program can represent; \
                     the result is not meaningful."
                        .to_string(),
                );
                return (day, rolled);
            }
        }
    }
}

fn observed_warning(date: NaiveDate, holiday: &Holiday, rule: &str) -> String {
    let safe = match previous_business_day(date) {
        Some(day) => format!("by {}", long(day)),
        None => "earlier".to_string(),
    };
    format!(
        "{} is only the observed day of {} (the holiday itself is {}). No source at \
         hand confirms that an observed holiday is a \"legal holiday\" under \
         {rule}. This calculation rolls past it anyway; to be safe, \
         file a business day earlier, {safe}.",
        long(date),
        holiday.name,
        long(holiday.actual_date),
    )
}

/// The I-589 one-year filing deadline.
///
/// INA 208(a)(2)(B) and 8 CFR 208.4(a)(2)(ii): the year runs from the last
/// arrival or April 1, 1997, whichever is later. The arrival day is day zero,
/// so the last day is the anniversary (Minasyan v. Mukasey, 553 F.3d 1224
/// (9th Cir. 2009)). A last day on a Saturday, Sunday or legal holiday runs
/// to the end of the next day that is none of those (8 CFR 208.4(a)(2)(ii)).
pub fn i589_one_year(last_arrival: NaiveDate) -> Deadline {
    i589_one_year_in(last_arrival, Notes::kept())
}

/// [`i589_one_year`] without its notes (warnings are kept): for the rules, which need the
/// dates and word their own findings.
pub fn i589_one_year_dates(last_arrival: NaiveDate) -> Deadline {
    i589_one_year_in(last_arrival, Notes::dropped())
}

fn i589_one_year_in(last_arrival: NaiveDate, mut notes: Notes) -> Deadline {
    let mut warnings = Vec::new();

    let start = last_arrival.max(I589_EARLIEST_START);
    let day_zero = if start == last_arrival {
        format!("Arrival {last_arrival}")
    } else {
        notes.push(|| {
            format!(
                "The last arrival, {last_arrival}, is before April 1, 1997, so the one-year \
             period runs from April 1, 1997 instead (8 CFR 208.4(a)(2)(ii))."
            )
        });
        format!("April 1, 1997 ({start})")
    };

    // The leap-day note, if any, must follow the day-zero note it qualifies.
    let mut leap_notes = notes.same_kind();
    let anniversary = anniversary_or_saturate(start, 1, &mut leap_notes, &mut warnings);
    notes.push(|| {
        format!(
            "{day_zero} is day zero; the one-year anniversary is {} (INA 208(a)(2)(B); \
         Minasyan v. Mukasey, 553 F.3d 1224 (9th Cir. 2009)).",
            long(anniversary),
        )
    });
    notes.append(leap_notes);

    let (deadline, rolled_over) = roll_forward_i589(anniversary, &mut notes, &mut warnings);
    if rolled_over.is_empty() {
        notes.push(|| {
            format!(
                "{} is a business day, so it is the last day to file (INA 208(a)(2)(B)).",
                long(deadline),
            )
        });
    } else {
        notes.push(|| {
            format!(
                "The last day to file is therefore {} (8 CFR 208.4(a)(2)(ii)).",
                long(deadline),
            )
        });
    }

    Deadline {
        kind: DeadlineKind::I589OneYear,
        start,
        anniversary,
        deadline,
        rolled_over,
        days_abroad: 0,
        notes: notes.lines,
        warnings,
        citation: I589_CITATION,
    }
}

/// The I-730 two-year filing deadline.
///
/// 8 CFR 208.21(d) (asylee, from the grant) and 8 CFR 207.7(d) (refugee, from
/// admission): file within two years. The last day is the second anniversary;
/// when that is a Saturday, Sunday or legal holiday the period runs to the end
/// of the next day that is none of those (8 CFR 1.2, definition of "day", which
/// governs periods for taking an action under chapter I).
pub fn i730_two_years(granted: NaiveDate) -> Deadline {
    i730_two_years_in(granted, Notes::kept())
}

/// [`i730_two_years`] without its notes (warnings are kept), for the rules.
pub fn i730_two_years_dates(granted: NaiveDate) -> Deadline {
    i730_two_years_in(granted, Notes::dropped())
}

/// The rule that moves the I-730's last day past weekends and holidays.
pub const I730_ROLL_RULE: &str = "8 CFR 1.2";

fn i730_two_years_in(granted: NaiveDate, mut notes: Notes) -> Deadline {
    let mut warnings = Vec::new();

    let mut leap_notes = notes.same_kind();
    let anniversary = anniversary_or_saturate(granted, 2, &mut leap_notes, &mut warnings);
    notes.push(|| {
        format!(
            "Counting from the grant of asylum or admission as a refugee on {granted}, the \
         two years end on the second anniversary, {} (8 CFR 208.21(d) for asylees; \
         8 CFR 207.7(d) for refugees).",
            long(anniversary),
        )
    });
    notes.append(leap_notes);

    let (deadline, rolled_over) =
        roll_forward(anniversary, I730_ROLL_RULE, &mut notes, &mut warnings);
    if rolled_over.is_empty() {
        notes.push(|| {
            format!(
                "{} is a business day, so it is the last day to file.",
                long(deadline),
            )
        });
    } else {
        notes.push(|| {
            format!(
                "The last day to file is therefore {} (8 CFR 1.2: a period whose last day \
                 is a Saturday, Sunday or legal holiday runs to the end of the next day \
                 that is none of those).",
                long(deadline),
            )
        });
    }

    Deadline {
        kind: DeadlineKind::I730TwoYears,
        start: granted,
        anniversary,
        deadline,
        rolled_over,
        days_abroad: 0,
        notes: notes.lines,
        warnings,
        citation: I730_CITATION,
    }
}

/// Sorted, disjoint, inclusive spans covering every day of `absences`.
fn merge_spans(absences: &[(NaiveDate, NaiveDate)]) -> Vec<(NaiveDate, NaiveDate)> {
    let mut sorted = absences.to_vec();
    sorted.sort();
    let mut merged: Vec<(NaiveDate, NaiveDate)> = Vec::new();
    for (from, to) in sorted {
        match merged.last_mut() {
            // Touching spans merge too; `succ_opt` is None only at the very
            // last date, which then cannot start a later span anyway.
            Some(last) if last.1 >= from || last.1.succ_opt() == Some(from) => {
                last.1 = last.1.max(to);
            }
            _ => merged.push((from, to)),
        }
    }
    merged
}

/// Inclusive length of a span; never negative once spans are validated.
fn span_days(from: NaiveDate, to: NaiveDate) -> u64 {
    u64::try_from((to - from).num_days() + 1).unwrap_or(0)
}

/// Why the I-485 year of physical presence cannot be counted.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PresenceError {
    /// An absence (numbered from 1) that ends before it starts: the input's fault.
    Backwards {
        absence: usize,
        from: NaiveDate,
        to: NaiveDate,
    },
    /// The year ends after the last date chrono can represent.
    OutOfRange { start: NaiveDate },
    /// More days abroad than a count can hold.
    TooManyDays { start: NaiveDate },
}

impl std::fmt::Display for PresenceError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            PresenceError::Backwards { absence, from, to } => write!(
                f,
                "absence {absence} runs from {from} to {to}: it ends before it starts"
            ),
            PresenceError::OutOfRange { start } => write!(
                f,
                "the year counting from {start} ends after the last date this program can represent"
            ),
            PresenceError::TooManyDays { start } => {
                write!(f, "too many days abroad counted from {start}")
            }
        }
    }
}

impl std::error::Error for PresenceError {}

/// The day the I-485 year of physical presence is complete.
///
/// INA 209(b) and 8 CFR 209.2 (asylee, from the grant); INA 209(a) and
/// 8 CFR 209.1 (refugee, from admission): one year of physical presence.
/// Days abroad do not count toward the year (practitioner sources; the exact
/// counting rule is unconfirmed), so the cautious reading is used: every
/// calendar day of an absence, departure and return days included, is a day
/// abroad, and the first anniversary is pushed back one day for each day
/// abroad, on or after `start`, that falls before the resulting date.
///
/// `absences` are inclusive `(from, to)` pairs in any order; overlapping days
/// count once. An absence with `to < from` is an error.
pub fn i485_presence_year(
    start: NaiveDate,
    absences: &[(NaiveDate, NaiveDate)],
) -> Result<Deadline, PresenceError> {
    i485_presence_year_in(start, absences, Notes::kept())
}

/// [`i485_presence_year`] without its notes, for the rules.
pub fn i485_presence_year_dates(
    start: NaiveDate,
    absences: &[(NaiveDate, NaiveDate)],
) -> Result<Deadline, PresenceError> {
    i485_presence_year_in(start, absences, Notes::dropped())
}

fn i485_presence_year_in(
    start: NaiveDate,
    absences: &[(NaiveDate, NaiveDate)],
    mut notes: Notes,
) -> Result<Deadline, PresenceError> {
    for (i, &(from, to)) in absences.iter().enumerate() {
        if to < from {
            return Err(PresenceError::Backwards {
                absence: i + 1,
                from,
                to,
            });
        }
    }

    let merged = merge_spans(absences);
    let days_before_start: u64 = merged
        .iter()
        .filter(|&&(from, _)| from < start)
        .map(|&(from, to)| match start.pred_opt() {
            Some(eve) => span_days(from, to.min(eve)),
            None => 0,
        })
        .sum();
    let counted_spans: Vec<(NaiveDate, NaiveDate)> = merged
        .iter()
        .filter(|&&(_, to)| to >= start)
        .map(|&(from, to)| (from.max(start), to))
        .collect();

    let (anniversary, leap_day_moved) =
        anniversary(start, 1).ok_or(PresenceError::OutOfRange { start })?;

    // Spans are sorted and disjoint, so once a span starts before the moving
    // completion date, adding all its days moves that date past the span's
    // end: each span is either counted whole or, with every later one, not
    // at all.
    let mut completion = anniversary;
    let mut counted: u64 = 0;
    for &(from, to) in &counted_spans {
        if from >= completion {
            break;
        }
        let len = span_days(from, to);
        counted += len;
        completion = completion
            .checked_add_days(Days::new(len))
            .ok_or(PresenceError::OutOfRange { start })?;
    }
    let total_from_start: u64 = counted_spans.iter().map(|&(f, t)| span_days(f, t)).sum();
    let days_after = total_from_start - counted;
    let days_abroad = u32::try_from(counted).map_err(|_| PresenceError::TooManyDays { start })?;

    notes.push(|| {
        format!(
            "The year of physical presence counts from {start}, the date of the grant of \
             asylum (INA 209(b); 8 CFR 209.2) or of admission as a refugee (INA 209(a); \
             8 CFR 209.1). With no time abroad it is complete on the first anniversary, {}.",
            long(anniversary),
        )
    });
    if leap_day_moved {
        notes.push(|| leap_day_note(start, anniversary));
    }
    notes.push(|| {
        "Days spent abroad do not count toward the year (practitioner sources; the exact \
         counting rule is unconfirmed). This calculation uses the cautious reading: every \
         calendar day of a trip, the departure and return days included, counts as a day \
         abroad, and each day abroad before the year is complete pushes it back one day."
            .to_string()
    });
    if counted > 0 {
        notes.push(|| {
            format!(
                "{} abroad before the year is complete {} it back to {}.",
                day_count(counted),
                plural(counted, "pushes", "push"),
                long(completion),
            )
        });
    }
    if days_before_start > 0 {
        notes.push(|| {
            format!(
                "{} abroad before {start} {} not count: the year only starts then.",
                day_count(days_before_start),
                plural(days_before_start, "does", "do"),
            )
        });
    }
    if days_after > 0 {
        notes.push(|| {
            format!(
                "{} abroad on or after {} {} not change the date: the year is complete by then.",
                day_count(days_after),
                long(completion),
                plural(days_after, "does", "do"),
            )
        });
    }
    notes.push(|| {
        format!(
            "Since February 2, 2023 (USCIS Policy Alert PA-2023-01), USCIS measures the year \
         of physical presence when it decides the I-485, not when it is filed; more time \
         abroad before {} would push the date later.",
            long(completion),
        )
    });

    Ok(Deadline {
        kind: DeadlineKind::I485PresenceYear,
        start,
        anniversary,
        deadline: completion,
        rolled_over: Vec::new(),
        days_abroad,
        notes: notes.lines,
        warnings: Vec::new(),
        citation: I485_CITATION,
    })
}

/// Compares a filing date with a deadline.
///
/// For the I-589 and I-730, filing on or before `deadline` is timely. For the
/// I-485 presence year, `deadline` is when the year is complete, so `timely`
/// means the year is complete on `filed` (and `days_late` is always 0);
/// `days_left` is then the days still to wait.
pub fn timeliness(deadline: &Deadline, filed: NaiveDate) -> Timeliness {
    let days_left = (deadline.deadline - filed).num_days();
    let (timely, days_late) = match deadline.kind {
        DeadlineKind::I485PresenceYear => (days_left <= 0, 0),
        DeadlineKind::I589OneYear | DeadlineKind::I730TwoYears => {
            (days_left >= 0, (-days_left).max(0))
        }
    };
    Timeliness {
        filed,
        timely,
        days_late,
        days_left,
    }
}

/// The date a deadline is counted to for `filing`: its date, except an intended date that has
/// already passed (before `today`), which cannot be the day it is filed: then today, the
/// earliest day it can still be (rule `case.intended-filing-date-passed` says so).
pub fn counted_filing_date(filing: &crate::model::Filing, today: NaiveDate) -> NaiveDate {
    if filing.status == crate::model::FilingStatus::Intended && *filing.date < today {
        today
    } else {
        *filing.date
    }
}

/// The latest day a filing is safe under every reading this module flags.
///
/// For the I-589 that is the business day before the first observed holiday
/// rolled past (if any), else the deadline. For the I-730, the deadline, or
/// the business day before it when offices are closed that day. `None` for
/// the I-485 presence year, which has no last day.
pub fn latest_safe_filing_date(deadline: &Deadline) -> Option<NaiveDate> {
    match deadline.kind {
        DeadlineKind::I485PresenceYear => None,
        DeadlineKind::I589OneYear | DeadlineKind::I730TwoYears => {
            let cutoff = deadline
                .rolled_over
                .iter()
                .find(|r| r.observed_holiday)
                .map_or(deadline.deadline, |r| r.date);
            if holidays::is_business_day(cutoff) {
                Some(cutoff)
            } else {
                previous_business_day(cutoff)
            }
        }
    }
}

#[cfg(test)]
mod age_tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").expect("test date")
    }

    #[test]
    fn age_turns_on_the_birthday() {
        for (dob, on, age) in [
            ("2005-03-10", "2026-03-09", 20),
            ("2005-03-10", "2026-03-10", 21),
            ("2004-02-29", "2025-02-27", 20),
            ("2004-02-29", "2025-02-28", 21),
            ("2024-02-29", "2028-02-29", 4),
            ("2020-01-01", "2019-01-01", 0),
        ] {
            assert_eq!(age_on(d(dob), d(on)), age, "{dob} on {on}");
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    type Span = (NaiveDate, NaiveDate);

    fn rolled(deadline: &Deadline) -> Vec<(NaiveDate, &str, bool)> {
        deadline
            .rolled_over
            .iter()
            .map(|r| (r.date, r.reason.as_str(), r.observed_holiday))
            .collect()
    }

    fn any_contains(lines: &[String], needle: &str) -> bool {
        lines.iter().any(|l| l.contains(needle))
    }

    struct I589Case {
        arrival: NaiveDate,
        start: NaiveDate,
        anniversary: NaiveDate,
        deadline: NaiveDate,
        rolled: Vec<(NaiveDate, &'static str, bool)>,
        /// Substrings that must each appear in some note.
        notes: Vec<&'static str>,
        /// Substrings that must each appear in some warning; empty means no warnings.
        warnings: Vec<&'static str>,
    }

    #[test]
    fn i589_table() {
        let cases = vec![
            I589Case {
                arrival: d(2024, 7, 4),
                start: d(2024, 7, 4),
                anniversary: d(2025, 7, 4),
                deadline: d(2025, 7, 7),
                rolled: vec![
                    (d(2025, 7, 4), "Independence Day", false),
                    (d(2025, 7, 5), "Saturday", false),
                    (d(2025, 7, 6), "Sunday", false),
                ],
                notes: vec![
                    "Arrival 2024-07-04 is day zero; the one-year anniversary is Friday \
                     2025-07-04 (INA 208(a)(2)(B); Minasyan v. Mukasey",
                    "Friday 2025-07-04 is Independence Day, a legal holiday (5 U.S.C. \
                     6103(a)): the period runs to the next business day (8 CFR 208.4(a)(2)(ii)).",
                    "The last day to file is therefore Monday 2025-07-07",
                ],
                warnings: vec![],
            },
            // Minasyan v. Mukasey's own example.
            I589Case {
                arrival: d(2012, 5, 1),
                start: d(2012, 5, 1),
                anniversary: d(2013, 5, 1),
                deadline: d(2013, 5, 1),
                rolled: vec![],
                notes: vec!["Wednesday 2013-05-01 is a business day"],
                warnings: vec![],
            },
            I589Case {
                arrival: d(1990, 6, 15),
                start: d(1997, 4, 1),
                anniversary: d(1998, 4, 1),
                deadline: d(1998, 4, 1),
                rolled: vec![],
                notes: vec![
                    "before April 1, 1997, so the one-year period runs from April 1, 1997 \
                     instead (8 CFR 208.4(a)(2)(ii))",
                    "April 1, 1997 (1997-04-01) is day zero",
                ],
                warnings: vec![],
            },
            I589Case {
                arrival: d(2024, 2, 29),
                start: d(2024, 2, 29),
                anniversary: d(2025, 2, 28),
                deadline: d(2025, 2, 28),
                rolled: vec![],
                notes: vec!["2025 has no February 29", "cautious reading"],
                warnings: vec![],
            },
            // Weekend only.
            I589Case {
                arrival: d(2024, 3, 8),
                start: d(2024, 3, 8),
                anniversary: d(2025, 3, 8),
                deadline: d(2025, 3, 10),
                rolled: vec![
                    (d(2025, 3, 8), "Saturday", false),
                    (d(2025, 3, 9), "Sunday", false),
                ],
                notes: vec!["Saturday 2025-03-08 is a weekend day"],
                warnings: vec![],
            },
            // Anniversary on the Friday a Saturday July 4 is observed.
            I589Case {
                arrival: d(2025, 7, 3),
                start: d(2025, 7, 3),
                anniversary: d(2026, 7, 3),
                deadline: d(2026, 7, 6),
                rolled: vec![
                    (d(2026, 7, 3), "Independence Day (observed)", true),
                    (d(2026, 7, 4), "Saturday, Independence Day", false),
                    (d(2026, 7, 5), "Sunday", false),
                ],
                notes: vec!["observed (5 U.S.C. 6103(b))"],
                warnings: vec![
                    "Friday 2026-07-03 is only the observed day of Independence Day",
                    "by Thursday 2026-07-02",
                ],
            },
            // New Year's Day 2022 (Saturday) observed Friday 2021-12-31.
            I589Case {
                arrival: d(2020, 12, 31),
                start: d(2020, 12, 31),
                anniversary: d(2021, 12, 31),
                deadline: d(2022, 1, 3),
                rolled: vec![
                    (d(2021, 12, 31), "New Year's Day (observed)", true),
                    (d(2022, 1, 1), "Saturday, New Year's Day", false),
                    (d(2022, 1, 2), "Sunday", false),
                ],
                notes: vec!["Friday 2021-12-31 is the day New Year's Day"],
                warnings: vec![
                    "Friday 2021-12-31 is only the observed day of New Year's Day",
                    "by Thursday 2021-12-30",
                ],
            },
            // Sunday July 4 observed on Monday (Executive Order 11582).
            I589Case {
                arrival: d(2020, 7, 4),
                start: d(2020, 7, 4),
                anniversary: d(2021, 7, 4),
                deadline: d(2021, 7, 6),
                rolled: vec![
                    (d(2021, 7, 4), "Sunday, Independence Day", false),
                    (d(2021, 7, 5), "Independence Day (observed)", true),
                ],
                notes: vec!["(Executive Order 11582)"],
                warnings: vec!["Monday 2021-07-05", "by Friday 2021-07-02"],
            },
        ];
        for c in cases {
            let got = i589_one_year(c.arrival);
            let label = c.arrival;
            assert_eq!(got.kind, DeadlineKind::I589OneYear, "{label}");
            assert_eq!(got.start, c.start, "{label}");
            assert_eq!(got.anniversary, c.anniversary, "{label}");
            assert_eq!(got.deadline, c.deadline, "{label}");
            assert_eq!(rolled(&got), c.rolled, "{label}");
            assert_eq!(got.days_abroad, 0, "{label}");
            assert_eq!(got.citation, I589_CITATION, "{label}");
            for needle in &c.notes {
                assert!(
                    any_contains(&got.notes, needle),
                    "{label}: {needle:?} in {:#?}",
                    got.notes
                );
            }
            assert_eq!(
                got.warnings.is_empty(),
                c.warnings.is_empty(),
                "{label}: {:#?}",
                got.warnings
            );
            for needle in &c.warnings {
                assert!(
                    any_contains(&got.warnings, needle),
                    "{label}: {needle:?} in {:#?}",
                    got.warnings
                );
            }
        }
    }

    #[test]
    fn i589_pre_1997_note_only_when_needed() {
        let cases = [
            (d(1997, 3, 31), true),
            (d(1997, 4, 1), false),
            (d(2024, 7, 4), false),
        ];
        for (arrival, noted) in cases {
            let got = i589_one_year(arrival);
            assert_eq!(
                any_contains(&got.notes, "before April 1, 1997"),
                noted,
                "{arrival}"
            );
            assert_eq!(got.start, arrival.max(d(1997, 4, 1)));
        }
    }

    #[test]
    fn i589_invariants_every_day() {
        let mut arrival = d(1996, 1, 1);
        while arrival <= d(2200, 12, 31) {
            let got = i589_one_year(arrival);
            assert!(holidays::is_business_day(got.deadline), "{arrival}");
            assert!(got.rolled_over.len() <= 4, "{arrival}");
            assert_eq!(
                (got.deadline - got.anniversary).num_days(),
                got.rolled_over.len() as i64,
                "{arrival}"
            );
            assert_eq!(
                got.rolled_over.iter().any(|r| r.observed_holiday),
                !got.warnings.is_empty(),
                "{arrival}"
            );
            arrival = arrival.succ_opt().unwrap();
        }
    }

    #[test]
    fn timeliness_table() {
        let i589 = i589_one_year(d(2024, 7, 4)); // deadline 2025-07-07
        let i485 = i485_presence_year(d(2024, 1, 10), &[]).unwrap(); // complete 2025-01-10
                                                                     // (deadline, filed, timely, days_late, days_left)
        let cases = [
            (&i589, d(2025, 7, 7), true, 0, 0),
            (&i589, d(2025, 7, 8), false, 1, -1),
            (&i589, d(2025, 7, 4), true, 0, 3),
            (&i589, d(2025, 8, 7), false, 31, -31),
            (&i485, d(2025, 1, 9), false, 0, 1),
            (&i485, d(2025, 1, 10), true, 0, 0),
            (&i485, d(2025, 2, 10), true, 0, -31),
        ];
        for (deadline, filed, timely, days_late, days_left) in cases {
            assert_eq!(
                timeliness(deadline, filed),
                Timeliness {
                    filed,
                    timely,
                    days_late,
                    days_left
                },
                "{:?} filed {filed}",
                deadline.kind
            );
        }
    }

    #[test]
    fn i730_table() {
        // (granted, anniversary, deadline, warning substring or "" for none, leap note)
        let cases = [
            (d(2023, 3, 10), d(2025, 3, 10), d(2025, 3, 10), "", false),
            // A Saturday last day runs to Monday (8 CFR 1.2).
            (d(2023, 3, 8), d(2025, 3, 8), d(2025, 3, 10), "", false),
            // So does a holiday.
            (d(2023, 7, 4), d(2025, 7, 4), d(2025, 7, 7), "", false),
            // An observed holiday is rolled past with a warning.
            (
                d(2019, 12, 31),
                d(2021, 12, 31),
                d(2022, 1, 3),
                "by Thursday 2021-12-30",
                false,
            ),
            (d(2024, 2, 29), d(2026, 2, 28), d(2026, 3, 2), "", true),
        ];
        for (granted, anniversary, deadline, warning, leap) in cases {
            let got = i730_two_years(granted);
            assert_eq!(got.kind, DeadlineKind::I730TwoYears, "{granted}");
            assert_eq!(got.start, granted);
            assert_eq!(got.anniversary, anniversary, "{granted}");
            assert_eq!(got.deadline, deadline, "{granted}");
            assert_eq!(
                got.rolled_over.is_empty(),
                deadline == anniversary,
                "{granted}"
            );
            assert!(any_contains(&got.notes, "8 CFR 207.7(d)"));
            if deadline != anniversary {
                assert!(any_contains(&got.notes, "8 CFR 1.2"), "{:?}", got.notes);
            }
            assert_eq!(
                any_contains(&got.notes, "has no February 29"),
                leap,
                "{granted}"
            );
            if warning.is_empty() {
                assert!(got.warnings.is_empty(), "{granted}: {:?}", got.warnings);
            } else {
                assert!(
                    any_contains(&got.warnings, warning),
                    "{granted}: {:?}",
                    got.warnings
                );
            }
        }
    }

    #[test]
    fn i485_table() {
        let start = d(2024, 1, 10);
        // (absences, completion date, days abroad)
        let cases: Vec<(Vec<Span>, NaiveDate, u32)> = vec![
            (vec![], d(2025, 1, 10), 0),
            // 10 days, both ends included.
            (vec![(d(2024, 3, 1), d(2024, 3, 10))], d(2025, 1, 20), 10),
            (vec![(d(2024, 3, 1), d(2024, 3, 1))], d(2025, 1, 11), 1),
            // After the year is complete: no effect.
            (vec![(d(2025, 2, 1), d(2025, 2, 10))], d(2025, 1, 10), 0),
            // On the anniversary itself the year is already complete.
            (vec![(d(2025, 1, 10), d(2025, 1, 12))], d(2025, 1, 10), 0),
            // Overlapping trips count each day once (03-01..03-15).
            (
                vec![
                    (d(2024, 3, 5), d(2024, 3, 15)),
                    (d(2024, 3, 1), d(2024, 3, 10)),
                ],
                d(2025, 1, 25),
                15,
            ),
            // Unsorted and adjacent.
            (
                vec![
                    (d(2024, 6, 11), d(2024, 6, 20)),
                    (d(2024, 6, 1), d(2024, 6, 10)),
                ],
                d(2025, 1, 30),
                20,
            ),
            // Only days on or after the start count (01-10..01-15).
            (vec![(d(2024, 1, 1), d(2024, 1, 15))], d(2025, 1, 16), 6),
            (vec![(d(2023, 1, 1), d(2024, 1, 9))], d(2025, 1, 10), 0),
            // A trip straddling the anniversary keeps pushing the date
            // until it ends: 2025-01-05..01-25 is 21 days.
            (vec![(d(2025, 1, 5), d(2025, 1, 25))], d(2025, 1, 31), 21),
            // A trip that starts only because an earlier one pushed the date.
            (
                vec![
                    (d(2024, 3, 1), d(2024, 3, 10)),
                    (d(2025, 1, 15), d(2025, 1, 16)),
                ],
                d(2025, 1, 22),
                12,
            ),
        ];
        for (absences, completion, days) in cases {
            let got = i485_presence_year(start, &absences).unwrap();
            assert_eq!(got.kind, DeadlineKind::I485PresenceYear, "{absences:?}");
            assert_eq!(got.start, start);
            assert_eq!(got.anniversary, d(2025, 1, 10));
            assert_eq!(got.deadline, completion, "{absences:?}");
            assert_eq!(got.days_abroad, days, "{absences:?}");
            assert!(got.rolled_over.is_empty());
            assert!(any_contains(&got.notes, "PA-2023-01"));
            assert!(any_contains(
                &got.notes,
                "exact counting rule is unconfirmed"
            ));
        }
    }

    #[test]
    fn i485_notes_explain_ignored_days_and_leap_day() {
        let got = i485_presence_year(
            d(2024, 2, 29),
            &[
                (d(2024, 2, 20), d(2024, 2, 29)),
                (d(2025, 6, 1), d(2025, 6, 2)),
            ],
        )
        .unwrap();
        assert_eq!(got.anniversary, d(2025, 2, 28));
        assert_eq!(got.deadline, d(2025, 3, 1));
        assert_eq!(got.days_abroad, 1);
        for needle in [
            "2025 has no February 29",
            "1 day abroad before the year is complete pushes it back to Saturday 2025-03-01",
            "9 days abroad before 2024-02-29 do not count",
            "2 days abroad on or after Saturday 2025-03-01 do not change the date",
        ] {
            assert!(
                any_contains(&got.notes, needle),
                "{needle:?} in {:#?}",
                got.notes
            );
        }
    }

    #[test]
    fn i485_reversed_absence_is_an_error() {
        let err = i485_presence_year(
            d(2024, 1, 10),
            &[
                (d(2024, 3, 1), d(2024, 3, 10)),
                (d(2024, 5, 10), d(2024, 5, 1)),
            ],
        )
        .unwrap_err();
        assert_eq!(
            err,
            PresenceError::Backwards {
                absence: 2,
                from: d(2024, 5, 10),
                to: d(2024, 5, 1)
            }
        );
        assert_eq!(
            err.to_string(),
            "absence 2 runs from 2024-05-10 to 2024-05-01: it ends before it starts"
        );
    }

    #[test]
    fn safe_filing_dates() {
        let cases = [
            (i589_one_year(d(2024, 7, 4)), Some(d(2025, 7, 7))),
            (i589_one_year(d(2025, 7, 3)), Some(d(2026, 7, 2))),
            (i589_one_year(d(2020, 7, 4)), Some(d(2021, 7, 2))),
            (i730_two_years(d(2023, 3, 10)), Some(d(2025, 3, 10))),
            (i730_two_years(d(2023, 3, 8)), Some(d(2025, 3, 10))),
            (i485_presence_year(d(2024, 1, 10), &[]).unwrap(), None),
        ];
        for (deadline, expected) in cases {
            assert_eq!(latest_safe_filing_date(&deadline), expected, "{deadline:?}");
        }
    }

    #[test]
    fn no_panic_at_calendar_extremes() {
        let dates = [
            NaiveDate::MIN,
            d(1900, 1, 1),
            d(1900, 2, 28),
            d(2196, 2, 29),
            d(2200, 12, 31),
            NaiveDate::MAX,
        ];
        for date in dates {
            let a = i589_one_year(date);
            let b = i730_two_years(date);
            let _ = timeliness(&a, date);
            let _ = latest_safe_filing_date(&b);
            let _ = i485_presence_year(date, &[(date, date)]);
            let _ = i485_presence_year(date, &[(NaiveDate::MIN, NaiveDate::MAX)]);
        }
        assert!(!i589_one_year(NaiveDate::MAX).warnings.is_empty());
        assert!(i485_presence_year(NaiveDate::MAX, &[]).is_err());
        assert!(i485_presence_year(d(2200, 12, 31), &[(d(2200, 12, 31), NaiveDate::MAX)]).is_err());
        let far = i485_presence_year(d(2200, 12, 31), &[(d(2201, 1, 1), d(2201, 12, 31))]).unwrap();
        assert_eq!(far.deadline, d(2202, 12, 31));
    }

    #[test]
    fn serializes() {
        let json = serde_json::to_value(i589_one_year(d(2024, 7, 4))).unwrap();
        assert_eq!(json["kind"], "I589OneYear");
        assert_eq!(json["deadline"], "2025-07-07");
        assert_eq!(json["rolled_over"][0]["reason"], "Independence Day");
        assert_eq!(json["citation"], I589_CITATION);
    }

    /// The rules' variants without notes compute the same deadline as the explained ones,
    /// every day of ten years (leap days, weekends and every holiday rule among them) and at
    /// the calendar's ends; only the notes differ, and they are empty.
    #[test]
    fn dates_only_variants_agree_with_the_explained_ones() {
        let same = |full: Deadline, dates: Deadline| {
            assert!(dates.notes.is_empty(), "{:?}", dates.notes);
            assert!(!full.notes.is_empty());
            assert_eq!(
                Deadline {
                    notes: Vec::new(),
                    ..full
                },
                dates
            );
        };
        let mut day = d(2019, 1, 1);
        let trips = [
            (d(2019, 6, 1), d(2019, 6, 20)),
            (d(2024, 2, 28), d(2024, 3, 2)),
        ];
        while day < d(2029, 1, 1) {
            same(i589_one_year(day), i589_one_year_dates(day));
            same(i730_two_years(day), i730_two_years_dates(day));
            match (
                i485_presence_year(day, &trips),
                i485_presence_year_dates(day, &trips),
            ) {
                (Ok(full), Ok(dates)) => same(full, dates),
                (full, dates) => assert_eq!(full.map(|_| ()), dates.map(|_| ())),
            }
            day = day.succ_opt().expect("a day after");
        }
        for edge in [NaiveDate::MIN, NaiveDate::MAX] {
            same(i589_one_year(edge), i589_one_year_dates(edge));
            same(i730_two_years(edge), i730_two_years_dates(edge));
        }
    }
}
