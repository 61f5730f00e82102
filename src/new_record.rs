//! `ncreg new`: the next free id and a record file created from a template,
//! exclusively (never overwriting, never two records with one id).

use std::fs::OpenOptions;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::time::Duration;

use chrono::{Datelike, NaiveDate};

use crate::register::Register;

pub struct Request<'a> {
    pub title: &'a str,
    pub classification: &'a str,
    pub source: &'a str,
    pub clause: Option<&'a str>,
    pub owner: Option<&'a str>,
    pub identified: NaiveDate,
}

/// Why a request would give a record that fails lint, if it would: the
/// record is refused before anything is written, with the rule's words.
pub fn check(register: &Register, request: &Request, as_of: NaiveDate) -> Result<(), String> {
    if request.title.trim().is_empty() {
        return Err("S003 missing-field: `--title` is empty; name the finding in one line".into());
    }
    if request.identified > as_of {
        return Err(format!(
            "D002 future-date: `--identified` {} is after today ({as_of}); a finding is logged once it is raised",
            request.identified
        ));
    }
    if let Some(clause) = request.clause {
        let standard = &register.config.default_standard;
        if let Some(catalogue) = register.catalogues.get(standard)
            && !catalogue.ids.contains(clause.trim())
        {
            let canonical = crate::catalogue::canonical(clause);
            let hint = if catalogue.ids.contains(&canonical) {
                format!("; write it as `{canonical}`")
            } else {
                crate::suggest::nearest(&canonical, catalogue.ids.iter().map(String::as_str))
                    .map(|n| format!("; did you mean `{n}`?"))
                    .unwrap_or_default()
            };
            return Err(format!(
                "S010 unknown-clause: `{clause}` is not a clause or control of {standard}{hint}"
            ));
        }
    }
    let example = format!(
        "{}-{}-001",
        register.config.id_prefix,
        request.identified.year()
    );
    if !register.config.id_pattern.is_match(&example) {
        return Err(format!(
            "S009 id-format: ids made from `id_prefix: {}` (such as `{example}`) do not match `id_pattern: {}`; change one of them in ncreg.yaml",
            register.config.id_prefix,
            register.config.id_pattern.as_str()
        ));
    }
    Ok(())
}

/// Creates the record and returns its path.
pub fn create(register: &Register, request: &Request) -> Result<PathBuf, String> {
    let dir = register.records_dir();
    std::fs::create_dir_all(&dir).map_err(|e| format!("cannot create {}: {e}", dir.display()))?;
    // Two `ncreg new` at once must not pick the same id: the scan and the
    // creation happen under a lock folder (creating a folder is atomic).
    let _lock = Lock::acquire(&dir.join(".ncreg-new.lock"))?;
    let prefix = format!(
        "{}-{}-",
        register.config.id_prefix,
        request.identified.year()
    );
    let next = highest(&dir, &prefix) + 1;
    let id = format!("{prefix}{next:03}");
    let path = dir.join(format!("{id}-{}.yaml", slug(request.title)));
    let text = template(register, &id, request, &path);
    let mut file = OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(&path)
        .map_err(|e| format!("cannot create {}: {e}", path.display()))?;
    file.write_all(text.as_bytes())
        .map_err(|e| format!("cannot write {}: {e}", path.display()))?;
    Ok(path)
}

/// The highest number after `prefix` among the file names under `dir`.
fn highest(dir: &Path, prefix: &str) -> u32 {
    walkdir::WalkDir::new(dir)
        .into_iter()
        .filter_map(Result::ok)
        .filter_map(|e| number_after(prefix, &e.file_name().to_string_lossy()))
        .max()
        .unwrap_or(0)
}

/// The number that follows `prefix` in an id or a file name:
/// `NC-2026-` in `NC-2026-014-backups.yaml` gives 14.
pub fn number_after(prefix: &str, text: &str) -> Option<u32> {
    let digits: String = text
        .strip_prefix(prefix)?
        .chars()
        .take_while(char::is_ascii_digit)
        .collect();
    digits.parse().ok()
}

/// A short, file-name-safe form of a title or a name.
pub fn slug(title: &str) -> String {
    let mut slug = String::new();
    // "Überprüfung" gives "uberprufung", not "berpr-fung"; symbols and
    // emoji give nothing rather than their names.
    let ascii: String = title
        .chars()
        .map(|c| match c {
            c if c.is_ascii() => c.to_string(),
            c if c.is_alphanumeric() => deunicode::deunicode_char(c).unwrap_or(" ").to_string(),
            _ => " ".to_string(),
        })
        .collect();
    for word in ascii
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
    {
        if slug.len() + word.len() > 40 {
            break;
        }
        if !slug.is_empty() {
            slug.push('-');
        }
        slug.push_str(&word.to_ascii_lowercase());
    }
    if slug.is_empty() {
        "record".into()
    } else {
        slug
    }
}

/// A YAML double-quoted string: safe for any title or name.
fn quoted(text: &str) -> String {
    let mut out = String::from("\"");
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            c if c.is_control() => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

fn template(register: &Register, id: &str, r: &Request, path: &Path) -> String {
    let schema = register
        .location
        .root
        .join("schema/nonconformity.schema.json");
    let mut t = String::new();
    if schema.is_file() {
        let depth = path
            .parent()
            .and_then(|p| p.strip_prefix(&register.location.root).ok())
            .map_or(1, |p| p.components().count());
        t += &format!(
            "# yaml-language-server: $schema={}schema/nonconformity.schema.json\n",
            "../".repeat(depth)
        );
    }
    t += "# Created by `ncreg new`. What each status needs: `ncreg explain S003`.\n";
    t += &format!("id: {id}\ntitle: {}\nstatus: open\n", quoted(r.title));
    t += &format!(
        "classification: {}\nidentified: {}\n",
        r.classification, r.identified
    );
    t += &format!("source:\n  type: {}\n", r.source);
    t += "  # audit_stage: surveillance   # certification-audit: stage-1 | stage-2 | surveillance | recertification\n";
    t += "  # reference: audit report, incident or meeting reference\n  # raised_by: who raised it\n";
    t += "requirement:\n  basis: standard               # standard | policy | legal\n";
    match r.clause {
        Some(clause) => t += &format!("  clause: {}\n", quoted(clause)),
        None => {
            t += "  # clause: \"A.5.18\"           # needed from `planned` on (\"9.2\" or \"A.5.18\")\n"
        }
    }
    t += "  # document: policy or law, and section (basis policy or legal)\n";
    // The title stands in until someone writes what was found.
    t += &format!("description: {}\n", quoted(r.title));
    match r.owner {
        Some(owner) => t += &format!("owner: {}\n", quoted(owner)),
        None => t += "# owner: the accountable person (needed from `planned` on)\n",
    }
    t += "# As the record moves on, add: correction, root_cause, actions, verification, risk, target_date.\n";
    t
}

/// A lock held while it lives.
struct Lock(PathBuf);

impl Lock {
    fn acquire(path: &Path) -> Result<Lock, String> {
        for _ in 0..200 {
            match std::fs::create_dir(path) {
                Ok(()) => return Ok(Lock(path.to_path_buf())),
                Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {
                    std::thread::sleep(Duration::from_millis(25))
                }
                Err(e) => return Err(format!("cannot lock {}: {e}", path.display())),
            }
        }
        Err(format!(
            "another `ncreg new` holds {} (if none is running, remove that folder)",
            path.display()
        ))
    }
}

impl Drop for Lock {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir(&self.0);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs_and_quotes_are_safe() {
        assert_eq!(
            slug("Leavers keep access: HR system!"),
            "leavers-keep-access-hr-system"
        );
        assert_eq!(slug("Überprüfung der Zugänge"), "uberprufung-der-zugange");
        assert_eq!(slug("Contrôle d’accès"), "controle-d-acces");
        assert_eq!(slug("🙂"), "record");
        assert_eq!(quoted("a \"b\" \\ c: d"), r#""a \"b\" \\ c: d""#);
    }
}
