//! `asylum-forms deadline`: a deadline with its reasoning, for a person checking by hand.

use super::{ReportFormat as Format, ValueError};
use asylum_forms::app::error::{Error, Exit};
use asylum_forms::rules::deadline::{self, Deadline, Timeliness};
use chrono::NaiveDate;
use std::process::ExitCode;

#[derive(clap::Args)]
pub struct Args {
    #[command(subcommand)]
    which: Which,
}

#[derive(clap::Subcommand)]
enum Which {
    /// I-589 one-year deadline, counted from the last arrival (INA 208(a)(2)(B)).
    I589 {
        /// Date of the last arrival in the US.
        #[arg(long, value_name = "YYYY-MM-DD", value_parser = super::parse_date)]
        arrival: NaiveDate,
        /// Date the I-589 was (or will be) received by USCIS or the court: tells whether it is
        /// timely (exit status 1 when it is late).
        #[arg(long, value_name = "YYYY-MM-DD", value_parser = super::parse_date)]
        filed: Option<NaiveDate>,
        #[arg(long, value_enum, default_value = "human")]
        format: Format,
    },
    /// I-730 two-year deadline, counted from the grant or admission (8 CFR 207.7(d)).
    I730 {
        /// Date asylum was granted, or the date of admission as a refugee.
        #[arg(long, value_name = "YYYY-MM-DD", value_parser = super::parse_date)]
        granted: NaiveDate,
        /// Date the I-730 was (or will be) received by USCIS: tells whether it is timely (exit
        /// status 1 when it is late).
        #[arg(long, value_name = "YYYY-MM-DD", value_parser = super::parse_date)]
        filed: Option<NaiveDate>,
        #[arg(long, value_enum, default_value = "human")]
        format: Format,
    },
    /// I-485: the date one year of physical presence after the grant is complete (INA 209).
    I485 {
        /// Date asylum was granted, or the date of admission as a refugee.
        #[arg(long, value_name = "YYYY-MM-DD", value_parser = super::parse_date)]
        granted: NaiveDate,
        /// A trip abroad, departure and return day (both counted as days abroad). Repeatable.
        #[arg(long, value_name = "FROM:TO", value_parser = parse_absence)]
        absence: Vec<(NaiveDate, NaiveDate)>,
        /// Date the I-485 was (or will be) filed: tells whether the year of presence is
        /// complete by then (filing earlier is allowed: USCIS counts the year at decision).
        #[arg(long, value_name = "YYYY-MM-DD", value_parser = super::parse_date)]
        filed: Option<NaiveDate>,
        #[arg(long, value_enum, default_value = "human")]
        format: Format,
    },
}

fn parse_absence(s: &str) -> Result<(NaiveDate, NaiveDate), ValueError> {
    let (a, b) = s
        .split_once(':')
        .ok_or_else(|| ValueError::NotATrip(s.to_string()))?;
    Ok((super::parse_date(a)?, super::parse_date(b)?))
}

pub fn run(args: Args) -> ExitCode {
    let (result, filed, format) = match args.which {
        Which::I589 {
            arrival,
            filed,
            format,
        } => (Ok(deadline::i589_one_year(arrival)), filed, format),
        Which::I730 {
            granted,
            filed,
            format,
        } => (Ok(deadline::i730_two_years(granted)), filed, format),
        Which::I485 {
            granted,
            absence,
            filed,
            format,
        } => (
            deadline::i485_presence_year(granted, &absence),
            filed,
            format,
        ),
    };
    let d = match result {
        Ok(d) => d,
        Err(e) => return super::finish(Err(Error::Argument(e.to_string()))),
    };
    let t = filed.map(|f| deadline::timeliness(&d, f));
    match format {
        Format::Json => println!("{}", to_json(&d, t.as_ref())),
        Format::Human => print_human(&d, t.as_ref()),
    }
    // A filing that misses its deadline is a problem to act on: exit 1, as `validate` does for
    // a case with errors. An I-485 filed before the year is complete is not late (USCIS counts
    // the year at decision since PA-2023-01).
    let late = d.kind != deadline::DeadlineKind::I485PresenceYear && t.is_some_and(|t| !t.timely);
    Exit::findings_if(late).into()
}

fn to_json(d: &Deadline, t: Option<&Timeliness>) -> serde_json::Value {
    let mut v = serde_json::json!({
        "kind": d.kind,
        "start": d.start,
        "anniversary": d.anniversary,
        "deadline": d.deadline,
        "rolled_over": d.rolled_over,
        "days_abroad": d.days_abroad,
        "latest_safe_filing_date": deadline::latest_safe_filing_date(d),
        "notes": d.notes,
        "warnings": d.warnings,
        "citation": d.citation,
    });
    if let (Some(t), Some(o)) = (t, v.as_object_mut()) {
        o.insert("filed".into(), serde_json::json!(t.filed));
        o.insert("timely".into(), serde_json::json!(t.timely));
        o.insert("days_late".into(), serde_json::json!(t.days_late));
        o.insert("days_left".into(), serde_json::json!(t.days_left));
    }
    v
}

fn print_human(d: &Deadline, t: Option<&Timeliness>) {
    let label = match d.kind {
        deadline::DeadlineKind::I589OneYear => "Last day to file the I-589",
        deadline::DeadlineKind::I730TwoYears => "Last day to file the I-730",
        deadline::DeadlineKind::I485PresenceYear => "One year of presence complete on",
    };
    println!("{label}: {} ({})", d.deadline, d.deadline.format("%A"));
    for n in &d.notes {
        println!("  - {n}");
    }
    for w in &d.warnings {
        println!("  warning: {w}");
    }
    if let Some(t) = t {
        match d.kind {
            deadline::DeadlineKind::I485PresenceYear if t.timely => {
                println!("Filed {}: the year of presence is complete.", t.filed)
            }
            deadline::DeadlineKind::I485PresenceYear => println!(
                "Filed {}: {} days before the year of presence is complete (USCIS measures it at decision since PA-2023-01).",
                t.filed, t.days_left
            ),
            _ if t.timely => println!("Filed {}: timely ({} days to spare).", t.filed, t.days_left),
            _ => println!("Filed {}: LATE by {} days.", t.filed, t.days_late),
        }
    }
    println!("Source: {}", d.citation);
}
