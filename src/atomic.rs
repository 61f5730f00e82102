//! Files written whole or not at all: the new text goes to a temporary file
//! beside its target, which is moved into place only once it is complete.

use std::path::{Path, PathBuf};

/// The temporary file for `target`: hidden, in the same folder (so a rename
/// moves it into place), and named after the process, so two runs never
/// share one. Not a `.yaml` file, so it is never read as a record.
pub fn temp_beside(target: &Path) -> PathBuf {
    let name = target
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    target.with_file_name(format!(".{name}.ncreg-{}.tmp", std::process::id()))
}
