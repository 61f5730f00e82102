//! Opening a register: locating it, reading its config and catalogues.

use std::path::{Path, PathBuf};

use crate::catalogue::Catalogues;
use crate::config::{self, Config};
use crate::diagnostic::{Diagnostic, Severity};
use crate::discover::{self, Location};
use crate::load;
use crate::reader::Sink;

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
        for d in &mut diagnostics {
            d.file = file.clone();
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
