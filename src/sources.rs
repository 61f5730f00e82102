//! The texts that diagnostics point into, for showing source lines and
//! working out lines and columns.
//!
//! Lint keeps the texts of files with findings up to a budget; past it, a
//! file is read again when a finding in it is shown: at 50,000 records the
//! texts alone would be 50 to 200 MB. Texts that are not on disk (a deleted
//! record's version at the merge base, the config being opened) are kept
//! too. A file edited between the lint and the showing shows its new text;
//! spans are clamped into it, and a span that no longer fits is shown as its
//! location alone.

use std::borrow::Cow;
use std::path::PathBuf;

use foldhash::{HashMap, HashMapExt};

#[derive(Default)]
pub struct Sources {
    kept: HashMap<String, String>,
    on_disk: HashMap<String, PathBuf>,
}

impl Sources {
    /// A text already read (or no longer on disk), by display path.
    pub fn keep(&mut self, file: String, text: String) {
        self.kept.insert(file, text);
    }

    /// A file to read again when shown, by display path.
    pub fn on_disk(&mut self, file: String, path: PathBuf) {
        self.on_disk.insert(file, path);
    }

    /// The text of a file ("" for a file that is not known).
    pub fn text(&self, file: &str) -> Cow<'_, str> {
        if let Some(text) = self.kept.get(file) {
            return Cow::Borrowed(text);
        }
        self.on_disk.get(file).map_or(Cow::Borrowed(""), |path| {
            Cow::Owned(crate::load::text_of(path))
        })
    }
}

impl<const N: usize> From<[(String, String); N]> for Sources {
    fn from(texts: [(String, String); N]) -> Self {
        Sources {
            kept: texts.into_iter().collect(),
            on_disk: HashMap::new(),
        }
    }
}
