//! Reports for people: the corrective action register, the overdue report
//! and the management-review summary. Every user-controlled string goes
//! through `markdown::cell` or the CSV/JSON encoders; files are written
//! atomically.

pub mod csv;
pub mod evidence;
pub mod history;
pub mod markdown;
pub mod oscal;
pub mod overdue;
pub mod register;
pub mod review;
pub mod site;
pub mod summary;

use std::io::Write;
use std::path::{Path, PathBuf};

use crate::model::record::Record;
use crate::register::Register;

/// A readable record and where it lives.
pub struct Entry<'a> {
    pub file: &'a str,
    pub path: &'a Path,
    pub record: &'a Record,
}

/// Sorted by id (then file), the order every report uses.
pub fn entries(loaded: &[crate::register::Loaded]) -> Vec<Entry<'_>> {
    let mut out: Vec<Entry> = loaded
        .iter()
        .filter_map(|l| {
            l.record.as_ref().map(|record| Entry {
                file: &l.file,
                path: &l.path,
                record,
            })
        })
        .collect();
    in_report_order(&mut out, |e| (id(e.record), e.file));
    out
}

/// Sorts by id, then file, the order every report uses, whatever the items
/// are (entries, or the site's index of records).
pub fn in_report_order<T>(items: &mut [T], key: impl for<'a> Fn(&'a T) -> (&'a str, &'a str)) {
    items.sort_by(|a, b| key(a).cmp(&key(b)));
}

pub fn id(r: &Record) -> &str {
    r.id.as_ref().map_or("", |i| i.value.as_str())
}

/// Has `write` write a report to `path` through a temporary file in the
/// same folder and a rename, so readers never see a partial report, and a
/// report that fails leaves nothing behind. Refuses to write inside the
/// records folder or over the config: reports never replace records.
/// Returns what `write` returns; an error is a message for the user.
pub fn write_atomically(
    register: &Register,
    path: &Path,
    write: impl FnOnce(&mut dyn Write) -> std::io::Result<u8>,
) -> Result<u8, String> {
    let target = std::path::absolute(path).map_err(|e| format!("{}: {e}", path.display()))?;
    // Compared through the real folders, so a symbolic link to the records
    // folder does not get past the guard.
    let real = |p: &Path| -> PathBuf {
        match (
            p.parent().and_then(|d| d.canonicalize().ok()),
            p.file_name(),
        ) {
            (Some(dir), Some(name)) => dir.join(name),
            _ => p.to_path_buf(),
        }
    };
    let records = register
        .records_dir()
        .canonicalize()
        .unwrap_or_else(|_| register.records_dir());
    let config = register.location.config_file.as_deref().map(real);
    let protected = real(&target).starts_with(&records)
        || target.starts_with(register.records_dir())
        || config.as_deref() == Some(real(&target).as_path());
    if protected {
        return Err(format!(
            "refusing to write a report to {}: it is part of the register",
            path.display()
        ));
    }
    let tmp = crate::atomic::temp_beside(&target);
    let result = std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(&tmp)
        .and_then(|f| {
            let mut out = std::io::BufWriter::new(f);
            let code = write(&mut out)?;
            out.into_inner().map_err(|e| e.into_error())?.sync_all()?;
            Ok(code)
        })
        .and_then(|code| std::fs::rename(&tmp, &target).map(|()| code));
    result.map_err(|e| {
        let _ = std::fs::remove_file(&tmp);
        match reason(&e) {
            Some(message) => message.to_string(),
            None => format!("cannot write {}: {e}", path.display()),
        }
    })
}

/// Why a report was not made, carried through an I/O error so that the code
/// writing a report can stop before it writes anything.
#[derive(Debug)]
struct Refused(String);

impl std::fmt::Display for Refused {
    fn fmt(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for Refused {}

/// An error that says why the report was refused.
pub fn refused(message: String) -> std::io::Error {
    std::io::Error::other(Refused(message))
}

/// The reason a report was refused, if that is what `e` is.
pub fn reason(e: &std::io::Error) -> Option<&str> {
    e.get_ref()
        .and_then(|inner| inner.downcast_ref::<Refused>())
        .map(|r| r.0.as_str())
}
