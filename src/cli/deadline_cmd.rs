use std::process::ExitCode;

#[derive(clap::Args)]
pub struct Args {
    #[command(subcommand)]
    which: Which,
}

#[derive(clap::Subcommand)]
enum Which {
    /// I-589 one-year deadline from the last arrival.
    I589 {
        #[arg(long, value_name = "YYYY-MM-DD")]
        arrival: chrono::NaiveDate,
        #[arg(long, value_name = "YYYY-MM-DD")]
        filed: Option<chrono::NaiveDate>,
        #[arg(long, value_enum, default_value = "human")]
        format: super::Format,
    },
}

pub fn run(args: Args) -> ExitCode {
    match args.which {
        Which::I589 {
            arrival,
            filed,
            format,
        } => {
            let d = crate::deadline::i589_one_year(arrival);
            let t = filed.map(|f| crate::deadline::timeliness(&d, f));
            match format {
                super::Format::Json => println!(
                    "{}",
                    serde_json::json!({"deadline": d.deadline, "timely": t.as_ref().map(|t| t.timely)})
                ),
                super::Format::Human => println!("{}", d.deadline),
            }
            ExitCode::SUCCESS
        }
    }
}
