//! Opening a register: locating it, reading its config and catalogues.

use std::path::{Path, PathBuf};

use crate::catalogue::Catalogues;
use crate::codes::Code;
use crate::diagnostic::{Diagnostic, Severity};
use crate::discover::{self, Found, Location};
use crate::load;
use crate::model::config::{self, Config};
use crate::model::record::{self, Record};
use crate::reader::Sink;
use crate::span::LineIndex;

pub struct Register {
    pub location: Location,
    pub config: Config,
    pub catalogues: Catalogues,
}

/// Why a register cannot be opened (exit code 2).
pub enum OpenError {
    /// No usable register at all.
    Fatal(String),
    /// `ncreg.yaml` has errors, shown like record errors.
    Config {
        diagnostics: Vec<Diagnostic>,
        file: String,
        text: String,
    },
}

pub fn open(explicit: Option<&Path>, cwd: &Path) -> Result<Register, OpenError> {
    let location = discover::locate(explicit, cwd).map_err(OpenError::Fatal)?;
    let Some(config_file) = &location.config_file else {
        let config = Config::default();
        return Ok(Register {
            location,
            config,
            catalogues: Catalogues::builtin(),
        });
    };
    let file = location.display_path(config_file);
    let loaded = load::load(config_file);
    let mut sink = Sink {
        diagnostics: loaded.diagnostics,
        document: config::FILE_NAME,
        ..Sink::default()
    };
    let (config, catalogues) = match &loaded.root {
        Some(root) => {
            let config = config::read(root, &mut sink);
            let catalogues = config::load_catalogues(root, &config, &location.root, &mut sink);
            (config, catalogues)
        }
        None => (Config::default(), Catalogues::builtin()),
    };
    if sink
        .diagnostics
        .iter()
        .any(|d| d.severity == Severity::Error)
    {
        let mut diagnostics = sink.diagnostics;
        let shared: std::sync::Arc<str> = file.as_str().into();
        for d in &mut diagnostics {
            d.file = shared.clone();
        }
        crate::diagnostic::sort(&mut diagnostics);
        return Err(OpenError::Config {
            diagnostics,
            file,
            text: loaded.text,
        });
    }
    Ok(Register {
        location,
        config,
        catalogues,
    })
}

impl Register {
    pub fn records_dir(&self) -> PathBuf {
        self.location.root.join(&self.config.records_dir)
    }
}

/// One file of the register, read and typed, with what reading it found.
pub struct Loaded {
    pub path: PathBuf,
    /// The display path (relative to the repository root).
    pub file: String,
    pub text: String,
    /// Boxed: a record is a few kilobytes, and loaded files are moved around.
    pub record: Option<Box<Record>>,
    /// Structural findings (S001, S002, S004-S006).
    pub diagnostics: Vec<Diagnostic>,
}

/// What was made of the records folder's files.
pub struct Read<U> {
    /// One for each file read, in path order.
    pub records: Vec<U>,
    /// Editor lock and backup files, which are not read.
    pub skipped: Vec<PathBuf>,
}

impl Register {
    /// Reads every record file (and `extra` YAML files given on the command
    /// line), in path order. One bad file never stops the others.
    pub fn load(&self, extra: &[PathBuf]) -> Result<Vec<Loaded>, String> {
        Ok(self.load_each(extra, |loaded| loaded)?.records)
    }

    /// Reads every record file for a report: each file's text is dropped
    /// once it is read, since reports show values, not source lines.
    pub fn load_records(&self) -> Result<Vec<Loaded>, String> {
        let read = self.load_each(&[], |mut loaded| {
            loaded.text = String::new();
            loaded
        })?;
        Ok(read.records)
    }

    /// Reads every record file and hands each to `each` on the thread that
    /// read it, so that what `each` drops (a file's text) is never held for
    /// the whole register at once.
    pub fn load_each<U: Send>(
        &self,
        extra: &[PathBuf],
        each: impl Fn(Loaded) -> U + Sync,
    ) -> Result<Read<U>, String> {
        let dir = self.records_dir();
        if !dir.is_dir() {
            return Err(format!(
                "there is no records folder `{}` in {} (set `records_dir` in ncreg.yaml, or run `ncreg init`)",
                self.config.records_dir,
                self.location.root.display()
            ));
        }
        let (mut found, skipped) = discover::record_files(&dir);
        let config_file = self.location.config_file.as_deref();
        for path in extra
            .iter()
            .filter(|p| p.is_file() && discover::is_yaml(p) && Some(p.as_path()) != config_file)
        {
            if !found
                .iter()
                .any(|f| matches!(f, Found::Record(p) if p == path))
            {
                found.push(Found::Record(path.clone()));
            }
        }
        Ok(Read {
            records: crate::parallel::map(found, |f| each(self.load_one(f))),
            skipped,
        })
    }

    /// Reads one record file found before by `load_each` again, for a
    /// report that holds only a few records at a time. A file that became a
    /// link since is refused, as `load_each` refuses it.
    pub fn load_again(&self, path: &Path) -> Loaded {
        self.load_one(if path.is_symlink() {
            Found::Symlink(path.to_path_buf())
        } else {
            Found::Record(path.to_path_buf())
        })
    }

    fn load_one(&self, found: Found) -> Loaded {
        let (path, loaded) = match found {
            Found::Record(path) => {
                let loaded = load::load(&path);
                (path, loaded)
            }
            Found::Symlink(path) => {
                let message =
                    "the file is a symbolic link; ncreg does not follow links in the register";
                let help = "a link could lead outside the repository: keep the record itself in the records folder";
                (path, refused(message, help))
            }
            Found::Unreadable(path, reason) => {
                let message = format!("cannot read this part of the register: {reason}");
                (
                    path,
                    refused(&message, "check the permissions of the folder"),
                )
            }
        };
        let mut sink = Sink {
            diagnostics: loaded.diagnostics,
            ..Sink::default()
        };
        let record = loaded
            .root
            .as_ref()
            .and_then(|root| record::read(root, &mut sink))
            .map(Box::new);
        Loaded {
            file: self.location.display_path(&path),
            path,
            text: loaded.text,
            record,
            diagnostics: sink.diagnostics,
        }
    }
}

fn refused(message: &str, help: &str) -> load::Loaded {
    load::Loaded {
        text: String::new(),
        root: None,
        diagnostics: vec![
            Diagnostic::new(Code::S001, LineIndex::new("").span(0, 0), message)
                .help(help.to_string()),
        ],
    }
}
