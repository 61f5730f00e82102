//! R005: placeholder text where content is required.

use crate::codes::Code;

use std::fmt;
use std::sync::LazyLock;

use regex::Regex;

use crate::diagnostic::Diagnostic;
use crate::model::record::{Action, Record};
use crate::reader::Field;
use crate::rules::{Context, Subject};

pub fn check(s: &Subject, _: &Context, out: &mut Vec<Diagnostic>) {
    for (path, field) in texts(s.record) {
        let Some(value) = field else { continue };
        if let Some(found) = placeholder(&value.value) {
            out.push(
                Diagnostic::new(Code::R005, value.span, format!("`{path}` is a placeholder (\"{found}\")"))
                    .help("write the real content, or leave the field out until it is known (a missing field is reported for the statuses that need it)"),
            );
        }
    }
}

/// The placeholder in a text (in lower case): the whole value, or a marker
/// inside it. The patterns ignore case, so that the text, often the longest
/// of a record, is not copied to be looked at.
pub fn placeholder(text: &str) -> Option<String> {
    static WHOLE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)^(?:tbd|tba|tbc|todo|to ?do|fixme|n/?a|na|none|nil|null|unknown|pending|wip|placeholder|\?+|-+|\.+|x+|same|as above|see above|see below|same as above|ditto|idem|to be (?:determined|decided|confirmed|completed|added|defined|agreed|written|updated))[.!]?$").expect("valid")
    });
    static INSIDE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)\b(?:tbd|tba|tbc|todo|fixme|xxx+|lorem ipsum|insert [\w ]+ here|to be (?:determined|decided|confirmed|completed|added|defined))\b|<\s*(?:insert|enter|add|your|owner|name|person|date|tbd|todo|description|cause|text|placeholder|fill)[^<>]{0,30}>|\[\s*(?:name|date|owner|description|cause|text)\s*\]").expect("valid")
    });
    let t = text.trim();
    if WHOLE.is_match(t) {
        return Some(t.to_lowercase());
    }
    INSIDE.find(t).map(|m| m.as_str().to_lowercase())
}

/// Where a text stands in the record, spelt out only for a finding: most
/// fields hold real content, and a path is a string to build.
enum FieldPath<'r> {
    Field(&'static str),
    Why(usize),
    Action(&'r Action, &'static str),
    Waiver(usize),
}

impl fmt::Display for FieldPath<'_> {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self {
            FieldPath::Field(name) => f.write_str(name),
            FieldPath::Why(i) => write!(f, "root_cause.whys[{i}].because"),
            FieldPath::Action(a, field) => f.write_str(&a.path(field)),
            FieldPath::Waiver(i) => write!(f, "waivers[{i}].reason"),
        }
    }
}

/// The free-text fields that must carry real content when present.
fn texts(r: &Record) -> Vec<(FieldPath<'_>, &Field<String>)> {
    let mut out = vec![
        (FieldPath::Field("title"), &r.title),
        (FieldPath::Field("description"), &r.description),
        (FieldPath::Field("owner"), &r.owner),
        (FieldPath::Field("decision"), &r.decision),
        (FieldPath::Field("withdrawn_reason"), &r.withdrawn_reason),
    ];
    if let Some(c) = &r.correction {
        out.push((
            FieldPath::Field("correction.description"),
            &c.value.description,
        ));
    }
    if let Some(rc) = &r.root_cause {
        out.push((FieldPath::Field("root_cause.cause"), &rc.value.cause));
        for (i, w) in rc.value.whys.iter().enumerate() {
            out.push((FieldPath::Why(i + 1), &w.because));
        }
    }
    if let Some(actions) = &r.actions {
        for a in &actions.value {
            out.push((FieldPath::Action(a, "description"), &a.description));
            out.push((FieldPath::Action(a, "owner"), &a.owner));
        }
    }
    if let Some(v) = &r.verification {
        out.push((FieldPath::Field("verification.method"), &v.value.method));
    }
    if let Some(d) = &r.dispute {
        out.push((FieldPath::Field("dispute.rationale"), &d.value.rationale));
    }
    for (i, w) in r.waivers.iter().enumerate() {
        out.push((FieldPath::Waiver(i + 1), &w.reason));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::{FieldPath, placeholder};

    #[test]
    fn paths_are_spelt_as_the_record_numbers_its_items() {
        assert_eq!(FieldPath::Field("title").to_string(), "title");
        assert_eq!(FieldPath::Why(2).to_string(), "root_cause.whys[2].because");
        assert_eq!(FieldPath::Waiver(1).to_string(), "waivers[1].reason");
    }

    #[test]
    fn finds_placeholders_and_leaves_content_alone() {
        for p in [
            "TBD",
            "tbd.",
            "N/A",
            "-",
            "...",
            "See above",
            "Lorem ipsum dolor",
            "Owner: TBD",
            "<owner name>",
            "To be confirmed",
            "?",
        ] {
            assert!(placeholder(p).is_some(), "{p}");
        }
        for ok in [
            "Q. Manager",
            "Name the HR Director as owner",
            "N/A items were excluded from the sample of 14",
            "Standard 27001",
            "Pipe | and <b>markup</b> in a title",
        ] {
            assert!(placeholder(ok).is_none(), "{ok}");
        }
    }
}
