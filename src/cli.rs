//! Command-line interface (clap derive). Names here are public: SPEC §4.

use std::path::PathBuf;

use chrono::NaiveDate;
use clap::builder::PossibleValuesParser;
use clap::{Args, Parser, Subcommand, ValueEnum};

use crate::reader::Choice;
use crate::record::{Classification, SourceType};

#[derive(Parser, Debug)]
#[command(
    name = "ncreg",
    version,
    about = "Keep an ISO 27001 nonconformity and corrective action register as YAML files in git, and check it",
    propagate_version = true
)]
pub struct Cli {
    #[command(flatten)]
    pub global: Global,
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Args, Debug)]
pub struct Global {
    /// The register folder (default: the nearest folder upwards holding ncreg.yaml)
    #[arg(short = 'C', long = "register", value_name = "DIR", global = true)]
    pub register: Option<PathBuf>,
    /// The "today" of every date computation [default: today]
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_as_of, global = true)]
    pub as_of: Option<NaiveDate>,
    /// Colour in human output (NO_COLOR is honoured with `auto`)
    #[arg(long, value_enum, default_value_t = Color::Auto, global = true)]
    pub color: Color,
    /// Print only the findings, no summary line
    #[arg(short, long, global = true)]
    pub quiet: bool,
}

#[derive(Subcommand, Debug)]
pub enum Command {
    /// Scaffold a register: ncreg.yaml, nonconformities/, evidence/, the schema and a CI workflow
    Init {
        /// Where (default: the current folder)
        dir: Option<PathBuf>,
    },
    /// Create the next record (next free id for the year) and print its path
    New(NewArgs),
    /// Check records and the register
    #[command(visible_alias = "check")]
    Lint(LintArgs),
    /// List every rule with its code, name and default severity
    Rules,
    /// Print one rule's rationale, with a bad and a good example
    Explain {
        /// A rule code such as S003, or its name such as missing-field
        code: String,
    },
    /// Print the JSON Schema of a record
    Schema,
    /// Print shell completions
    Completions {
        #[arg(value_enum)]
        shell: clap_complete::Shell,
    },
}

#[derive(Args, Debug)]
pub struct NewArgs {
    /// One line naming the finding
    #[arg(long)]
    pub title: String,
    #[arg(long, value_parser = PossibleValuesParser::new(Classification::VALUES))]
    pub classification: String,
    /// Who raised it
    #[arg(long, value_parser = PossibleValuesParser::new(SourceType::VALUES))]
    pub source: String,
    /// The clause or Annex A control ("9.2", "A.5.18")
    #[arg(long)]
    pub clause: Option<String>,
    /// The accountable person
    #[arg(long)]
    pub owner: Option<String>,
    /// When the finding was raised [default: --as-of, else today]
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_as_of)]
    pub identified: Option<NaiveDate>,
}

#[derive(Args, Debug)]
pub struct LintArgs {
    /// Record files or folders to report on (default: the whole register)
    pub paths: Vec<PathBuf>,
    #[arg(long, value_enum, default_value_t = Format::Human)]
    pub format: Format,
    /// Also fail (exit 1) on warnings
    #[arg(long, value_enum, value_name = "LEVEL")]
    pub deny: Option<Deny>,
}

#[derive(ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    Human,
    Json,
    Sarif,
    Github,
    Codeclimate,
}

#[derive(ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
pub enum Deny {
    Warnings,
}

#[derive(ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
pub enum Color {
    Auto,
    Always,
    Never,
}

fn parse_as_of(text: &str) -> Result<NaiveDate, String> {
    crate::reader::parse_date(text)
}
