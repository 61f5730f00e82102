//! Runs a parsed command line: the glue between `cli` and the library, and
//! the one place that maps outcomes to exit codes (SPEC §4).

use std::io::{IsTerminal, Write};
use std::path::Path;

use chrono::NaiveDate;

use crate::cli::{Cli, Color, Command, Deny, Format, LintArgs, RegisterFormat, ReportFormat};
use crate::diagnostic::Severity;
use crate::lint::{self, Report};
use crate::output;
use crate::register::{self, OpenError, Register};
use crate::report::history;

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
        Command::Init { dir } => {
            // `-C DIR` names the folder too; a DIR given as well is inside it.
            let dir = match (cli.global.register.as_deref(), dir.as_deref()) {
                (Some(base), Some(dir)) => Some(base.join(dir)),
                (Some(base), None) => Some(base.to_path_buf()),
                (None, dir) => dir.map(Path::to_path_buf),
            };
            init(dir.as_deref(), cli.global.quiet)
        }
        Command::New(args) => new(cli.global.register.as_deref(), as_of, &args),
        Command::Completions { shell } => {
            let mut command = <Cli as clap::CommandFactory>::command();
            let mut out = Vec::new();
            clap_complete::generate(shell, &mut command, "ncreg", &mut out);
            emit(&String::from_utf8_lossy(&out))
        }
        Command::Schema => emit(crate::SCHEMA),
        Command::Register(args) => report(
            cli.global.register.as_deref(),
            args.output.as_deref(),
            |ctx, out| {
                let entries = crate::report::entries(&ctx.loaded);
                let config = &ctx.register.config;
                let vocabulary = crate::analysis::Vocabulary::of(&config.shallow_phrases)
                    .map_err(crate::report::refused)?;
                // What waivers set aside, for the auditor: lint runs only
                // when some record has a waiver.
                let mut waived = crate::report::register::Waived::new();
                if entries.iter().any(|e| !e.record.waivers.is_empty()) {
                    let linted = lint::run(&ctx.register, as_of, &[], None)
                        .map_err(crate::report::refused)?;
                    for d in linted.waived {
                        waived.entry(d.file.to_string()).or_default().push(format!(
                            "{} {}",
                            d.code.as_str(),
                            d.message
                        ));
                    }
                }
                match args.format {
                    RegisterFormat::Markdown => {
                        let how = crate::report::register::Markdown {
                            base: &ctx.base,
                            root: &ctx.register.location.root,
                            unreadable: ctx.unreadable,
                            detailed: args.detailed,
                            vocabulary: &vocabulary,
                            waived: &waived,
                        };
                        crate::report::register::markdown(&entries, config, as_of, &how, out)?
                    }
                    RegisterFormat::Csv => {
                        crate::report::register::csv(&entries, config, as_of, &waived, out)?
                    }
                    RegisterFormat::Json => {
                        let phrases = vocabulary.phrases();
                        crate::report::register::json(&entries, config, as_of, phrases, out)?
                    }
                    RegisterFormat::Oscal => {
                        let phrases = vocabulary.phrases();
                        crate::report::oscal::poam(&entries, config, as_of, phrases, out)?
                    }
                }
                Ok(OK)
            },
        ),
        Command::Overdue(args) => report(
            cli.global.register.as_deref(),
            args.output.as_deref(),
            |ctx, out| {
                let entries = crate::report::entries(&ctx.loaded);
                let o = crate::report::overdue::compute(&entries, &ctx.register.config, as_of);
                let code = if args.fail_if_any && !o.is_empty() {
                    FINDINGS
                } else {
                    OK
                };
                let render = |o: &crate::report::overdue::Overdue,
                              base: &Path,
                              owner: Option<&str>| match args.format {
                    ReportFormat::Markdown => crate::report::overdue::markdown(
                        o,
                        &ctx.register.config,
                        as_of,
                        base,
                        owner,
                    ),
                    ReportFormat::Json => crate::report::overdue::json(o, as_of),
                };
                let Some(dir) = &args.by_owner else {
                    out.write_all(render(&o, &ctx.base, None).as_bytes())?;
                    return Ok(code);
                };
                // One file a person, to send: links relative to DIR.
                if !dir.is_dir() {
                    return Err(crate::report::refused(format!(
                        "{} is not a folder: create it first",
                        dir.display()
                    )));
                }
                let base = std::path::absolute(dir).unwrap_or_else(|_| dir.clone());
                let extension = match args.format {
                    ReportFormat::Markdown => "md",
                    ReportFormat::Json => "json",
                };
                let mut taken = std::collections::BTreeSet::new();
                for owner in o.owners() {
                    let stem = crate::new_record::slug(&owner);
                    let mut name = format!("{stem}.{extension}");
                    let mut n = 1;
                    while !taken.insert(name.clone()) {
                        n += 1;
                        name = format!("{stem}-{n}.{extension}");
                    }
                    let mine = o.of(&owner);
                    crate::report::write_atomically(&ctx.register, &dir.join(&name), |w| {
                        w.write_all(render(&mine, &base, Some(&owner)).as_bytes())?;
                        Ok(OK)
                    })
                    .map_err(crate::report::refused)?;
                    writeln!(
                        out,
                        "{}: {} overdue, {} due soon",
                        dir.join(&name).display(),
                        mine.overdue.iter().map(|(_, d)| d.len()).sum::<usize>(),
                        mine.due_soon.iter().map(|(_, d)| d.len()).sum::<usize>()
                    )?;
                }
                Ok(code)
            },
        ),
        Command::Evidence(args) => report(
            cli.global.register.as_deref(),
            args.output.as_deref(),
            |ctx, out| {
                let entries = crate::report::entries(&ctx.loaded);
                let location = &ctx.register.location;
                let index = crate::report::evidence::index(
                    &entries,
                    &location.root,
                    location.repo_or_root(),
                );
                match args.format {
                    ReportFormat::Markdown => out.write_all(
                        crate::report::evidence::markdown(&index, &location.root, &ctx.base)
                            .as_bytes(),
                    )?,
                    ReportFormat::Json => {
                        serde_json::to_writer_pretty(&mut *out, &index)?;
                        out.write_all(b"\n")?;
                    }
                }
                Ok(OK)
            },
        ),
        Command::Site(args) => site(cli.global.register.as_deref(), as_of, &args.output),
        Command::Summary(args) => {
            let to = args.to.unwrap_or(as_of);
            let from = args.from.unwrap_or_else(|| {
                to.checked_sub_months(chrono::Months::new(12))
                    .map_or(to, |d| d.succ_opt().unwrap_or(d))
            });
            if from > to {
                return fail(&format!("--from {from} is after --to {to}"));
            }
            report(
                cli.global.register.as_deref(),
                args.output.as_deref(),
                |ctx, out| {
                    let entries = crate::report::entries(&ctx.loaded);
                    let s = crate::report::summary::compute(
                        &entries,
                        &ctx.register.config,
                        as_of,
                        from,
                        to,
                    );
                    let text = match args.format {
                        ReportFormat::Markdown => crate::report::summary::markdown(&s),
                        ReportFormat::Json => crate::report::summary::json(&s),
                    };
                    out.write_all(text.as_bytes())?;
                    Ok(OK)
                },
            )
        }
        Command::History(args) => report(
            cli.global.register.as_deref(),
            args.output.as_deref(),
            |ctx, out| {
                let trail = crate::git::open(&ctx.register)
                    .and_then(|repo| crate::git::history::trail(&repo, &ctx.register.config))
                    .and_then(|trail| {
                        if !trail.complete {
                            eprintln!(
                                "warning: this is a shallow clone, so the history is incomplete; fetch it all with `git fetch --unshallow` (GitHub Actions: actions/checkout with `fetch-depth: 0`)"
                            );
                        }
                        if trail.head.is_none() {
                            eprintln!("note: the repository has no commits yet, so there is no history");
                        }
                        history::select(trail, &args.ids, args.since, args.until)
                    });
                let trail = trail.map_err(crate::report::refused)?;
                match args.format {
                    ReportFormat::Markdown => history::markdown(&trail, out)?,
                    ReportFormat::Json => history::json(&trail, out)?,
                }
                Ok(OK)
            },
        ),
        Command::Renumber(args) => renumber(cli.global.register.as_deref(), &args),
        Command::Rules { format } => emit(&match format {
            crate::cli::RulesFormat::Text => output::rules::table(),
            crate::cli::RulesFormat::Json => output::rules::json(),
        }),
        Command::Explain { code, text: None } => match output::rules::explain(&code) {
            Ok(text) => emit(&text),
            Err(message) => fail(&message),
        },
        Command::Explain {
            code,
            text: Some(text),
        } => {
            // The register's vocabulary when there is one; the built-in one otherwise.
            let cwd = std::env::current_dir().unwrap_or_default();
            let extra = crate::register::open(cli.global.register.as_deref(), &cwd)
                .map(|r| r.config.shallow_phrases)
                .unwrap_or_default();
            match crate::analysis::Vocabulary::of(&extra)
                .and_then(|v| output::rules::explain_text(&code, &text, v.phrases()))
            {
                Ok(text) => emit(&text),
                Err(message) => fail(&message),
            }
        }
        Command::Lint(args) => {
            lint_command(&cli.global.register, as_of, color, cli.global.quiet, &args)
        }
    }
}

/// What a report is made from.
struct ReportContext {
    register: Register,
    loaded: Vec<crate::register::Loaded>,
    /// Files that could not be read as records (the report says so).
    unreadable: usize,
    /// The folder the report is read from: links are relative to it.
    base: std::path::PathBuf,
}

/// Opens the register and has `make` write a report to `output`
/// (atomically: nothing is left behind when it fails) or to standard output.
/// `make` returns the exit code; it fails with `refused` for a reason to
/// show the user, and before it writes anything.
fn report(
    register: Option<&Path>,
    output: Option<&Path>,
    make: impl FnOnce(&ReportContext, &mut dyn Write) -> std::io::Result<u8>,
) -> u8 {
    let (cwd, register) = match open_here(register, Format::Human, false) {
        Ok(found) => found,
        Err(code) => return code,
    };
    let loaded = match register.load_records() {
        Ok(l) => l,
        Err(message) => return fail(&message),
    };
    let unread: Vec<&str> = loaded
        .iter()
        .filter(|l| l.record.is_none())
        .map(|l| l.file.as_str())
        .collect();
    let unreadable = unread.len();
    warn_unreadable(&unread);
    let base = link_base(&cwd, output, &register);
    let ctx = ReportContext {
        register,
        loaded,
        unreadable,
        base,
    };
    match output {
        Some(path) => crate::report::write_atomically(&ctx.register, path, |w| make(&ctx, w))
            .unwrap_or_else(|message| fail(&message)),
        None => {
            let mut code = OK;
            let written = emit_with(|out| {
                code = make(&ctx, out)?;
                Ok(())
            });
            code.max(written)
        }
    }
}

/// Says which files a report leaves out because they could not be read as
/// records: by name, but not thousands of them.
fn warn_unreadable(unread: &[impl AsRef<str>]) {
    const SHOWN: usize = 10;
    if unread.is_empty() {
        return;
    }
    let mut names: Vec<String> = unread
        .iter()
        .take(SHOWN)
        .map(|f| format!("`{}`", crate::escape::terminal(f.as_ref())))
        .collect();
    if unread.len() > SHOWN {
        names.push(format!("and {} more", unread.len() - SHOWN));
    }
    eprintln!(
        "warning: {} file(s) could not be read as records and are left out ({}); run `ncreg lint`",
        unread.len(),
        names.join(", ")
    );
}

/// The folder a report is read from, which its links are relative to:
/// beside the `-o` file, or, on standard output, the register root (where a
/// report is committed and read on GitHub), wherever ncreg was run from.
fn link_base(cwd: &Path, output: Option<&Path>, register: &Register) -> std::path::PathBuf {
    output
        .map(|o| std::path::absolute(cwd.join(o)).unwrap_or_else(|_| cwd.join(o)))
        .and_then(|o| o.parent().map(Path::to_path_buf))
        .unwrap_or_else(|| register.location.root.clone())
}

fn init(dir: Option<&Path>, quiet: bool) -> u8 {
    let dir = dir.unwrap_or(Path::new("."));
    let had_config = dir.join(crate::model::config::FILE_NAME).exists();
    if let Some(records) = inside_records(dir) {
        return fail(&format!(
            "{} is inside the records folder of the register at {}: a register cannot hold another",
            dir.display(),
            records.display()
        ));
    }
    let outcome = match crate::scaffold::init(dir) {
        Ok(o) => o,
        Err(e) => return fail(&format!("cannot scaffold {}: {e}", dir.display())),
    };
    let mut text = String::new();
    for path in &outcome.created {
        text += &format!("created     {}\n", path.display());
    }
    for path in &outcome.left_alone {
        text += &format!("left alone  {} (it exists)\n", path.display());
    }
    let written = if quiet { OK } else { emit(&text) };
    if had_config {
        return fail(&format!(
            "{} already holds a register (ncreg.yaml); nothing was overwritten",
            dir.display()
        ));
    }
    written
}

/// The register whose records folder holds `dir`, if one does.
fn inside_records(dir: &Path) -> Option<std::path::PathBuf> {
    let absolute = std::path::absolute(dir).ok()?;
    absolute
        .ancestors()
        .skip(1)
        .filter(|a| a.join(crate::model::config::FILE_NAME).is_file())
        .find_map(|a| {
            let register = register::open(Some(a), a).ok()?;
            absolute
                .starts_with(register.records_dir())
                .then(|| register.location.root.clone())
        })
}

/// `ncreg site`: the page is made from the register's records, lint's
/// findings (waived ones too) and the git history, when there is one.
fn site(register: Option<&Path>, as_of: NaiveDate, dir: &Path) -> u8 {
    // The folder is made before the page is written into it, so it is
    // checked first: a site never goes into a records folder.
    let real = dir.canonicalize().unwrap_or_else(|_| dir.to_path_buf());
    if let Some(root) = inside_records(&real) {
        return fail(&format!(
            "refusing to write the site into {}: it is inside the records folder of the register at {}",
            dir.display(),
            root.display()
        ));
    }
    if let Err(e) = std::fs::create_dir_all(dir) {
        return fail(&format!("cannot make the folder {}: {e}", dir.display()));
    }
    let (cwd, register) = match open_here(register, Format::Human, false) {
        Ok(found) => found,
        Err(code) => return code,
    };
    // Lint runs first and only its findings are kept; then the records are
    // indexed, and read again a batch at a time as the page is written: at
    // 50,000 records, lint's load and the page's records held whole came
    // to the edge of SPEC §6's memory budget.
    let lint = || -> Result<_, String> {
        let vocabulary = crate::analysis::Vocabulary::of(&register.config.shallow_phrases)?;
        let findings = crate::report::site::Findings::of(lint::run(&register, as_of, &[], None)?);
        let (index, unread) = crate::report::site::index(&register)?;
        Ok((vocabulary, findings, index, unread))
    };
    let (vocabulary, findings, index, unread) = match lint() {
        Ok(done) => done,
        Err(message) => return fail(&message),
    };
    warn_unreadable(&unread);
    let config = &register.config;
    let trail =
        crate::git::open(&register).and_then(|repo| crate::git::history::trail(&repo, config));
    match &trail {
        Err(why) => eprintln!("note: the site has no timelines: {why}"),
        Ok(t) if !t.complete => eprintln!(
            "warning: this is a shallow clone, so the timelines are incomplete; fetch it all with `git fetch --unshallow` (GitHub Actions: actions/checkout with `fetch-depth: 0`)"
        ),
        Ok(_) => {}
    }
    let page = dir.join("index.html");
    let base = link_base(&cwd, Some(&page), &register);
    let mut root = crate::report::markdown::relative(&register.location.root, &base);
    if !root.is_empty() {
        root.push('/');
    }
    let site = crate::report::site::Site {
        register: &register,
        index: &index,
        as_of,
        phrases: vocabulary.phrases(),
        findings: &findings,
        trail: trail.as_ref().map_err(String::clone),
        root,
    };
    crate::report::write_atomically(&register, &page, |out| {
        crate::report::site::write(&site, out)?;
        Ok(OK)
    })
    .unwrap_or_else(|message| fail(&message))
}

fn new(register: Option<&Path>, as_of: NaiveDate, args: &crate::cli::NewArgs) -> u8 {
    let (cwd, register) = match open_here(register, Format::Human, false) {
        Ok(found) => found,
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
    if let Err(message) = crate::new_record::check(&register, &request, as_of) {
        return fail(&message);
    }
    match crate::new_record::create(&register, &request) {
        Ok(path) => {
            let shown = path.strip_prefix(&cwd).unwrap_or(&path);
            emit(&format!("{}\n", shown.display()))
        }
        Err(message) => fail(&message),
    }
}

fn renumber(register: Option<&Path>, args: &crate::cli::RenumberArgs) -> u8 {
    let (cwd, register) = match open_here(register, Format::Human, false) {
        Ok(found) => found,
        Err(code) => return code,
    };
    let target = match &args.to {
        Some(id) => crate::renumber::Target::To(id),
        None => crate::renumber::Target::Next,
    };
    let done = match crate::renumber::renumber(&register, &cwd, &args.record, target) {
        Ok(done) => done,
        Err(message) => return fail(&message),
    };
    let shown = |p: &Path| p.strip_prefix(&cwd).unwrap_or(p).display().to_string();
    let mut text = format!("{} -> {}\n", done.old_id, done.new_id);
    if done.new_path != done.old_path {
        text += &format!(
            "renamed {} -> {}{}\n",
            shown(&done.old_path),
            shown(&done.new_path),
            if done.staged {
                " (staged in git, as `git mv` does)"
            } else {
                ""
            }
        );
    }
    for r in &done.references {
        text += &format!("updated the reference in {}\n", shown(r));
    }
    if let Some(note) = &done.note {
        eprintln!("note: {note}");
    }
    emit(&text)
}

fn lint_command(
    register: &Option<std::path::PathBuf>,
    as_of: NaiveDate,
    color: bool,
    quiet: bool,
    args: &LintArgs,
) -> u8 {
    let (cwd, register) = match open_here(register.as_deref(), args.format, color) {
        Ok(found) => found,
        Err(code) => return code,
    };
    let mut only = Vec::new();
    let root = register
        .location
        .root
        .canonicalize()
        .unwrap_or_else(|_| register.location.root.clone());
    for p in &args.paths {
        let path = cwd.join(p);
        if !path.exists() {
            return fail(&format!("`{}` does not exist", p.display()));
        }
        if !path
            .canonicalize()
            .is_ok_and(|real| real.starts_with(&root))
        {
            return fail(&format!(
                "`{}` is outside the register at {}: lint checks the register's own files",
                p.display(),
                register.location.root.display()
            ));
        }
        only.push(std::path::absolute(&path).unwrap_or(path));
    }
    let report = match lint::run(&register, as_of, &only, args.base.as_deref()) {
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
    let written = match &args.output {
        Some(path) => {
            let wrote = crate::report::write_atomically(&register, path, |out| {
                render(&report, args.format, color, quiet, out).map(|()| OK)
            });
            wrote.unwrap_or_else(|message| fail(&message))
        }
        None => emit_with(|out| render(&report, args.format, color, quiet, out)),
    };
    // The process ends here: freeing a register's hundreds of thousands of
    // findings one by one (and the allocator returning the pages) would only
    // delay the exit.
    std::mem::forget(report);
    code.max(written)
}

fn render(
    report: &Report,
    format: Format,
    color: bool,
    quiet: bool,
    out: &mut dyn Write,
) -> std::io::Result<()> {
    match format {
        Format::Human => output::human::write(report, color, quiet, out),
        Format::Json => output::json::write(report, out),
        Format::Sarif => output::sarif::write(report, out),
        Format::Github => output::github::write(report, out),
        Format::Codeclimate => output::codeclimate::write(report, out),
    }
}

/// The current folder and the register found from it.
fn open_here(
    explicit: Option<&Path>,
    format: Format,
    color: bool,
) -> Result<(std::path::PathBuf, Register), u8> {
    let cwd = std::env::current_dir()
        .map_err(|e| fail(&format!("cannot read the current folder: {e}")))?;
    let register = open(explicit, &cwd, format, color)?;
    Ok((cwd, register))
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
                skipped: Vec::new(),
                waived: Vec::new(),
            };
            emit_with(|out| render(&report, format, color, true, out));
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
    emit_with(|out| out.write_all(text.as_bytes()))
}

/// Has `write` write to standard output, buffered. A report refused for a
/// reason (`report::refused`) says that reason.
fn emit_with(write: impl FnOnce(&mut dyn Write) -> std::io::Result<()>) -> u8 {
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    match write(&mut out).and_then(|()| out.flush()) {
        Ok(()) => OK,
        Err(e) => match crate::report::reason(&e) {
            Some(message) => fail(message),
            None if e.kind() == std::io::ErrorKind::BrokenPipe => OK,
            None => fail(&format!("cannot write the output: {e}")),
        },
    }
}
