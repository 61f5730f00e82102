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
        Command::Init { dir } => init(dir.as_deref()),
        Command::New(args) => new(cli.global.register.as_deref(), as_of, &args),
        Command::Completions { shell } => {
            let mut command = <Cli as clap::CommandFactory>::command();
            let mut out = Vec::new();
            clap_complete::generate(shell, &mut command, "ncreg", &mut out);
            emit(&String::from_utf8_lossy(&out))
        }
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

fn init(dir: Option<&Path>) -> u8 {
    let dir = dir.unwrap_or(Path::new("."));
    let had_config = dir.join(crate::config::FILE_NAME).exists();
    let outcome = match crate::scaffold::init(dir) {
        Ok(o) => o,
        Err(e) => return fail(&format!("cannot scaffold {}: {e}", dir.display())),
    };
    let mut text = String::new();
    for path in &outcome.created {
        text += &format!("created     {}\n", dir.join(path).display());
    }
    for path in &outcome.left_alone {
        text += &format!("left alone  {} (it exists)\n", dir.join(path).display());
    }
    let written = emit(&text);
    if had_config {
        return fail(&format!(
            "{} already holds a register (ncreg.yaml); nothing was overwritten",
            dir.display()
        ));
    }
    written
}

fn new(register: Option<&Path>, as_of: NaiveDate, args: &crate::cli::NewArgs) -> u8 {
    let cwd = match std::env::current_dir() {
        Ok(d) => d,
        Err(e) => return fail(&format!("cannot read the current folder: {e}")),
    };
    let register = match open(register, &cwd, Format::Human, false) {
        Ok(r) => r,
        Err(code) => return code,
    };
    let request = crate::new_record::Request {
        title: &args.title,
        classification: &args.classification,
        source: &args.source,
        clause: args.clause.as_deref(),
        owner: args.owner.as_deref(),
        identified: args.identified.unwrap_or(as_of),
    };
    match crate::new_record::create(&register, &request) {
        Ok(path) => {
            let shown = path.strip_prefix(&cwd).unwrap_or(&path);
            emit(&format!("{}\n", shown.display()))
        }
        Err(message) => fail(&message),
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
