//! Runs a parsed command line: the glue between `cli` and the library, and
//! the one place that maps outcomes to exit codes (SPEC §4).

use std::io::{IsTerminal, Write};
use std::path::Path;

use chrono::NaiveDate;

use crate::cli::{Cli, Color, Command, Deny, Format, LintArgs};
use crate::diagnostic::Severity;
use crate::lint::{self, Report};
use crate::output;
use crate::register::{self, OpenError, Register};

/// Nothing at error level.
pub const OK: u8 = 0;
/// Findings at error level (or warnings with `--deny warnings`).
pub const FINDINGS: u8 = 1;
/// Usage error, unreadable register, bad config, internal failure.
pub const FAILURE: u8 = 2;

pub fn run(cli: Cli) -> u8 {
    let as_of = cli
        .global
        .as_of
        .unwrap_or_else(|| chrono::Local::now().date_naive());
    let color = match cli.global.color {
        Color::Always => true,
        Color::Never => false,
        Color::Auto => {
            std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
                && std::io::stdout().is_terminal()
        }
    };
    match cli.command {
        Command::Schema => emit(crate::SCHEMA),
        Command::Rules => emit(&output::rules::table()),
        Command::Explain { code } => match output::rules::explain(&code) {
            Ok(text) => emit(&text),
            Err(message) => fail(&message),
        },
        Command::Lint(args) => {
            lint_command(&cli.global.register, as_of, color, cli.global.quiet, &args)
        }
    }
}

fn lint_command(
    register: &Option<std::path::PathBuf>,
    as_of: NaiveDate,
    color: bool,
    quiet: bool,
    args: &LintArgs,
) -> u8 {
    let cwd = match std::env::current_dir() {
        Ok(d) => d,
        Err(e) => return fail(&format!("cannot read the current folder: {e}")),
    };
    let register = match open(register.as_deref(), &cwd, args.format, color) {
        Ok(r) => r,
        Err(code) => return code,
    };
    let mut only = Vec::new();
    for p in &args.paths {
        let path = cwd.join(p);
        if !path.exists() {
            return fail(&format!("`{}` does not exist", p.display()));
        }
        only.push(std::path::absolute(&path).unwrap_or(path));
    }
    let report = match lint::run(&register, as_of, &only) {
        Ok(r) => r,
        Err(message) => return fail(&message),
    };
    let code = if report.count(Severity::Error) > 0
        || (args.deny == Some(Deny::Warnings) && report.count(Severity::Warning) > 0)
    {
        FINDINGS
    } else {
        OK
    };
    let written = emit(&render(&report, args.format, color, quiet));
    code.max(written)
}

fn render(report: &Report, format: Format, color: bool, quiet: bool) -> String {
    match format {
        Format::Human => output::human::render(report, color, quiet),
        Format::Json => output::json::render(report),
        Format::Sarif => output::sarif::render(report),
        Format::Github => output::github::render(report),
        Format::Codeclimate => output::codeclimate::render(report),
    }
}

/// Opens the register; a bad config is printed in the requested format.
fn open(explicit: Option<&Path>, cwd: &Path, format: Format, color: bool) -> Result<Register, u8> {
    match register::open(explicit, cwd) {
        Ok(r) => Ok(r),
        Err(OpenError::Fatal(message)) => Err(fail(&message)),
        Err(OpenError::Config {
            diagnostics,
            file,
            text,
        }) => {
            let report = Report {
                diagnostics,
                records: 0,
                files: 1,
                sources: [(file, text)].into(),
            };
            emit(&render(&report, format, color, true));
            eprintln!("error: the register's config has errors; fix them first");
            Err(FAILURE)
        }
    }
}

fn fail(message: &str) -> u8 {
    eprintln!("error: {message}");
    FAILURE
}

/// Writes to stdout; a closed pipe (`ncreg lint | head`) is not an error.
fn emit(text: &str) -> u8 {
    let mut out = std::io::stdout().lock();
    match out.write_all(text.as_bytes()).and_then(|()| out.flush()) {
        Ok(()) => OK,
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => OK,
        Err(e) => fail(&format!("cannot write the output: {e}")),
    }
}
