//! H007: with `require_signed: true`, a commit under review that touches
//! records carries no signature.

use crate::codes::Code;

use crate::diagnostic::Diagnostic;
use crate::git::identity::Versioned;
use crate::git::review::Review;
use crate::span::Span;

pub fn check(r: &Review) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    for c in &r.unsigned {
        // Shown at a record it touched that still exists, else the first.
        let exists = |f: &&String| {
            r.current.iter().any(|v| &v.file == *f) || r.unchanged.values().any(|u| u == *f)
        };
        let Some(file) = c.files.iter().find(exists).or(c.files.first()) else {
            continue;
        };
        let mut d = Diagnostic::new(
            Code::H007,
            Span::default(),
            format!("commit {} (\"{}\") changes records and is not signed", c.short, c.subject),
        )
        .help("this register requires signed commits (`require_signed: true`): sign it (`git commit --amend -S`, or `git rebase --exec 'git commit --amend --no-edit -S'` for several) so that each change has an accountable author");
        d.file = file.as_str().into();
        d.record_id = r
            .current
            .iter()
            .find(|v| &v.file == file)
            .and_then(|v| v.id())
            .map(str::to_string);
        out.push(d);
    }
    out
}
