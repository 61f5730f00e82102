//! R005: placeholder text where content is required.

use crate::codes::Code;

use std::sync::LazyLock;

use regex::Regex;

use crate::diagnostic::Diagnostic;
use crate::model::record::Record;
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

/// The free-text fields that must carry real content when present.
fn texts(r: &Record) -> Vec<(String, &Field<String>)> {
    let mut out = vec![
        ("title".to_string(), &r.title),
        ("description".to_string(), &r.description),
        ("owner".to_string(), &r.owner),
        ("decision".to_string(), &r.decision),
        ("withdrawn_reason".to_string(), &r.withdrawn_reason),
    ];
    if let Some(c) = &r.correction {
        out.push(("correction.description".into(), &c.value.description));
    }
    if let Some(rc) = &r.root_cause {
        out.push(("root_cause.cause".into(), &rc.value.cause));
        for (i, w) in rc.value.whys.iter().enumerate() {
            out.push((format!("root_cause.whys[{}].because", i + 1), &w.because));
        }
    }
    if let Some(actions) = &r.actions {
        for a in &actions.value {
            out.push((a.path("description"), &a.description));
            out.push((a.path("owner"), &a.owner));
        }
    }
    if let Some(v) = &r.verification {
        out.push(("verification.method".into(), &v.value.method));
    }
    if let Some(d) = &r.dispute {
        out.push(("dispute.rationale".into(), &d.value.rationale));
    }
    for (i, w) in r.waivers.iter().enumerate() {
        out.push((format!("waivers[{}].reason", i + 1), &w.reason));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::placeholder;

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
