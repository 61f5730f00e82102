//! `ncreg init`: a new register, never overwriting anything.

use std::fs::OpenOptions;
use std::io::Write;
use std::path::{Path, PathBuf};

use crate::model::config::FILE_NAME;

pub const CONFIG: &str = r#"# ncreg register configuration. Every key is optional; these are the defaults.
# The register is this folder: records in records_dir, evidence anywhere in the repository.
records_dir: nonconformities
id_pattern: '^NC-\d{4}-\d{3,}$'   # record ids; they are also the start of each file name
id_prefix: NC                     # `ncreg new` makes NC-<year>-<next number>
default_standard: ISO/IEC 27001:2022
deadlines:                        # days
  cap_days: 30                    # corrective action plan due after the CB report (or identified)
  minor_close_days: 90            # closure due after identified, when there is no target_date
  major_close_days: 90
  due_soon_days: 14               # the "due soon" window of the overdue report
verification_min_days: 14         # verify effectiveness no sooner than this after the last action
min_whys: { major: 3, minor: 2 }
people: []                        # valid owners: "Name" or {name: Name, left: YYYY-MM-DD}
rules: {}                         # per-rule level: {R004: off, R006: error}
shallow_phrases: { add: [], remove: [] }   # extend or trim the vocabulary of R001/R002
standards: {}                     # extra clause catalogues: {"ISO/IEC 27017:2015": catalogues/iso27017.txt}
"#;

pub const RECORDS_README: &str = r#"# Nonconformity and corrective action register

One YAML file per nonconformity or opportunity for improvement, named `<ID>.yaml` or
`<ID>-<short-title>.yaml`. Records are never deleted: set `status: withdrawn` with a
`withdrawn_reason` instead. Git history is the audit trail.

- `ncreg new --title "..." --classification minor --source internal-audit` creates the next record.
- `ncreg lint` checks every record; `ncreg explain CODE` says why a rule matters.
- Evidence goes under `evidence/<ID>/` and is linked from the record.
"#;

/// The GitHub Actions example, also shipped as docs/ci/github-workflow.yml.
pub const WORKFLOW: &str = include_str!("../docs/ci/github-workflow.yml");

/// What `init` did with each path (each as `dir` joined with its place).
pub struct Outcome {
    pub created: Vec<PathBuf>,
    pub left_alone: Vec<PathBuf>,
}

/// Scaffolds a register in `dir`. Exists-already is not an error for the
/// parts; the caller decides what an existing `ncreg.yaml` means. Inside a
/// git repository the workflow goes where GitHub reads it, the repository's
/// `.github/workflows/`, and runs ncreg with `-C` on the register's folder.
pub fn init(dir: &Path) -> std::io::Result<Outcome> {
    std::fs::create_dir_all(dir)?;
    let mut outcome = Outcome {
        created: Vec::new(),
        left_alone: Vec::new(),
    };
    let (workflow_at, workflow) = workflow_for(dir);
    let files: [(PathBuf, &str); 5] = [
        (dir.join(FILE_NAME), CONFIG),
        (dir.join("nonconformities/README.md"), RECORDS_README),
        (dir.join("evidence/.gitkeep"), ""),
        (dir.join("schema/nonconformity.schema.json"), crate::SCHEMA),
        (workflow_at, &workflow),
    ];
    for (path, text) in files {
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent)?;
        }
        match OpenOptions::new().write(true).create_new(true).open(&path) {
            Ok(mut file) => {
                file.write_all(text.as_bytes())?;
                outcome.created.push(path);
            }
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {
                outcome.left_alone.push(path)
            }
            Err(e) => return Err(e),
        }
    }
    Ok(outcome)
}

/// Where the GitHub workflow goes for a register in `dir`, and its text.
fn workflow_for(dir: &Path) -> (PathBuf, String) {
    let absolute = std::path::absolute(dir).unwrap_or_else(|_| dir.to_path_buf());
    let repo = absolute.ancestors().find(|d| d.join(".git").exists());
    let inner = repo
        .and_then(|r| absolute.strip_prefix(r).ok())
        .filter(|rel| !rel.as_os_str().is_empty());
    match (repo, inner) {
        (Some(repo), Some(rel)) => {
            let rel = rel
                .components()
                .map(|c| c.as_os_str().to_string_lossy())
                .collect::<Vec<_>>()
                .join("/");
            let text = WORKFLOW
                .replace("ncreg lint", &format!("ncreg -C {rel} lint"))
                .replace("ncreg overdue", &format!("ncreg -C {rel} overdue"));
            (repo.join(".github/workflows/ncreg.yml"), text)
        }
        _ => (
            dir.join(".github/workflows/ncreg.yml"),
            WORKFLOW.to_string(),
        ),
    }
}
