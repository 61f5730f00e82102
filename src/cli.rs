//! Command-line interface (clap derive). Names here are public: SPEC §4.

use std::path::PathBuf;

use chrono::NaiveDate;
use clap::builder::PossibleValuesParser;
use clap::{Args, Parser, Subcommand, ValueEnum};

use crate::model::record::{Classification, SourceType};
use crate::reader::Choice;

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
    /// Write the corrective action register (CAR log)
    Register(RegisterArgs),
    /// Report what is past due, and what falls due soon
    Overdue(OverdueArgs),
    /// The evidence index: each file and link with the records citing it, missing files and orphans
    Evidence(EvidenceArgs),
    /// The auditor's view: one self-contained, offline `index.html` with the register, its figures, and each record with its findings and git timeline
    Site(SiteArgs),
    /// Management-review input: nonconformity figures for a period (ISO 27001 9.3.2)
    Summary(SummaryArgs),
    /// The audit trail from git: every commit that changed each record, and what it changed
    History(HistoryArgs),
    /// Give a record another id: rewrite its id, rename its file and update references to it
    Renumber(RenumberArgs),
    /// List every rule with its code, name and default severity
    Rules {
        #[arg(long, value_enum, default_value_t = RulesFormat::Text)]
        format: RulesFormat,
    },
    /// Print one rule's rationale, with a bad and a good example
    Explain {
        /// A rule code such as S003, or its name such as missing-field
        code: String,
        /// Show how R001 reads this root cause, or how R002 ranks this action
        /// (with the register's `shallow_phrases` when one is found)
        // (A plan pasted as a list starts with "- ".)
        #[arg(long, value_name = "TEXT", allow_hyphen_values = true)]
        text: Option<String>,
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
pub struct RenumberArgs {
    /// The record: its id, or its file when two records share the id
    pub record: String,
    /// The new id
    #[arg(
        long,
        value_name = "ID",
        required_unless_present = "next",
        conflicts_with = "next"
    )]
    pub to: Option<String>,
    /// The next free id for the record's year (as `ncreg new` picks it)
    #[arg(long)]
    pub next: bool,
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
    /// Also check the change since the merge base with this git revision (rules H001-H007), e.g. `origin/main`
    #[arg(long, value_name = "REV")]
    pub base: Option<String>,
    /// Write to FILE (atomically) instead of standard output
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,
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
pub enum RulesFormat {
    Text,
    Json,
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

#[derive(Args, Debug)]
pub struct RegisterArgs {
    #[arg(long, value_enum, default_value_t = RegisterFormat::Markdown)]
    pub format: RegisterFormat,
    /// Write to FILE (atomically) instead of standard output
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// Add a section per record with every field
    #[arg(long)]
    pub detailed: bool,
}

#[derive(ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
pub enum RegisterFormat {
    Markdown,
    Csv,
    Json,
    /// OSCAL 1.1.2 Plan of Action and Milestones (JSON)
    Oscal,
}

#[derive(ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
pub enum ReportFormat {
    Markdown,
    Json,
}

#[derive(Args, Debug)]
pub struct OverdueArgs {
    #[arg(long, value_enum, default_value_t = ReportFormat::Markdown)]
    pub format: ReportFormat,
    /// Write to FILE (atomically) instead of standard output
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// Exit 1 when anything is overdue (for a scheduled CI job)
    #[arg(long)]
    pub fail_if_any: bool,
    /// Write one report per owner into DIR (`<owner>.md` or `.json`), each
    /// atomically, to send to the people who must act
    #[arg(long, value_name = "DIR", conflicts_with = "output")]
    pub by_owner: Option<PathBuf>,
}

#[derive(Args, Debug)]
pub struct EvidenceArgs {
    #[arg(long, value_enum, default_value_t = ReportFormat::Markdown)]
    pub format: ReportFormat,
    /// Write to FILE (atomically) instead of standard output
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,
}

#[derive(Args, Debug)]
pub struct SiteArgs {
    /// The folder to write `index.html` into (atomically)
    #[arg(short, long, value_name = "DIR", default_value = "site")]
    pub output: PathBuf,
}

#[derive(Args, Debug)]
pub struct SummaryArgs {
    /// First day of the period [default: a year before --to]
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_as_of)]
    pub from: Option<NaiveDate>,
    /// Last day of the period [default: --as-of]
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_as_of)]
    pub to: Option<NaiveDate>,
    #[arg(long, value_enum, default_value_t = ReportFormat::Markdown)]
    pub format: ReportFormat,
    /// Write to FILE (atomically) instead of standard output
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,
}

#[derive(Args, Debug)]
pub struct HistoryArgs {
    /// Record ids, current or former (default: every record)
    pub ids: Vec<String>,
    /// Only changes authored on or after this day
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_as_of)]
    pub since: Option<NaiveDate>,
    /// Only changes authored on or before this day
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_as_of)]
    pub until: Option<NaiveDate>,
    #[arg(long, value_enum, default_value_t = ReportFormat::Markdown)]
    pub format: ReportFormat,
    /// Write to FILE (atomically) instead of standard output
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,
}
