//! Typed reading of a YAML tree, reporting every problem instead of stopping
//! at the first: unknown keys (S002), values of the wrong kind or outside
//! their set (S004) and malformed dates (S005). Records and `ncreg.yaml` are
//! both read through it, so a bad config is reported exactly like a bad record.

use std::collections::{BTreeMap, BTreeSet};

use chrono::NaiveDate;

use crate::codes::Code;
use crate::diagnostic::Diagnostic;
use crate::span::Span;
use crate::suggest::nearest;
use crate::yaml::{Entry, Node, NodeKind};

/// A value with the span it was read from (for a section: the span of its key).
#[derive(Clone, Debug, PartialEq)]
pub struct Sp<T> {
    pub value: T,
    pub span: Span,
}

/// A value is written out without its span.
impl<T: serde::Serialize> serde::Serialize for Sp<T> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        self.value.serialize(s)
    }
}

/// A field that may be absent. Null and empty values count as absent.
pub type Field<T> = Option<Sp<T>>;

/// A closed set of words, such as `status` or `classification`.
pub trait Choice: Sized + Copy + PartialEq + 'static {
    const VALUES: &'static [&'static str];
    const ALL: &'static [Self];

    fn as_str(self) -> &'static str {
        Self::VALUES[Self::ALL.iter().position(|v| *v == self).unwrap_or(0)]
    }
}

/// Declares an enum whose YAML spelling is given beside each variant.
macro_rules! choice {
    ($(#[$meta:meta])* $name:ident { $($variant:ident = $text:literal),+ $(,)? }) => {
        $(#[$meta])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum $name { $($variant),+ }
        impl $crate::reader::Choice for $name {
            const VALUES: &'static [&'static str] = &[$($text),+];
            const ALL: &'static [Self] = &[$($name::$variant),+];
        }
        impl serde::Serialize for $name {
            fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.serialize_str($crate::reader::Choice::as_str(*self))
            }
        }
    };
}
pub(crate) use choice;

/// One mapping being read, with the keys it may contain.
pub struct Map<'n> {
    entries: &'n [Entry],
    /// Dotted path of this mapping from the document root ("" for the root).
    pub path: String,
    /// Where to point when something inside is missing: the key naming this
    /// mapping, or the first key of the document.
    pub span: Span,
    known: &'static [&'static str],
}

impl<'n> Map<'n> {
    pub fn path_of(&self, key: &str) -> String {
        if self.path.is_empty() {
            key.to_string()
        } else {
            format!("{}.{key}", self.path)
        }
    }

    pub fn entries(&self) -> &'n [Entry] {
        self.entries
    }

    fn get(&self, key: &str) -> Option<&'n Entry> {
        debug_assert!(self.known.contains(&key), "{key} is not declared as known");
        self.entries.iter().find(|e| e.key == key)
    }
}

/// Collects the diagnostics of one file while it is read.
#[derive(Default)]
pub struct Sink {
    pub diagnostics: Vec<Diagnostic>,
    /// Paths of values that are present but invalid, so that "missing" rules
    /// do not report them a second time.
    pub invalid: BTreeSet<String>,
    /// Where values stand that are present but empty (`title: ~`), so that
    /// "missing" rules point at them rather than at the top of the file.
    pub empty: BTreeMap<String, Span>,
    /// What the file is, for messages: "ncreg.yaml"; a record when empty.
    pub document: &'static str,
}

impl Sink {
    pub fn report(&mut self, diagnostic: Diagnostic) {
        self.diagnostics.push(diagnostic);
    }

    /// Opens `node` as a mapping, or reports that it is not one.
    pub fn as_map<'n>(
        &mut self,
        node: &'n Node,
        path: String,
        span: Span,
        known: &'static [&'static str],
    ) -> Option<Map<'n>> {
        match &node.kind {
            NodeKind::Map(entries) => Some(Map {
                entries,
                path,
                span,
                known,
            }),
            NodeKind::Null => {
                self.empty.insert(path, span);
                None
            }
            _ => {
                self.wrong_kind(&path, node, "a mapping of fields");
                None
            }
        }
    }

    /// Reports every key of `map` that is not one of its known keys.
    pub fn check_keys(&mut self, map: &Map) {
        for entry in map.entries {
            if map.known.contains(&entry.key.as_str()) {
                continue;
            }
            let place = if map.path.is_empty() {
                match self.document {
                    "" => "in the record".to_string(),
                    document => format!("in {document}"),
                }
            } else {
                format!("in `{}`", map.path)
            };
            let mut d = Diagnostic::new(
                Code::S002,
                entry.key_span,
                format!("unknown field `{}` {place}", entry.key),
            );
            d = match nearest(&entry.key, map.known.iter().copied()) {
                Some(s) => d.help(format!(
                    "did you mean `{s}`? Unknown fields are refused so that a typo cannot silently drop data"
                )),
                None => d.help(format!("known fields here: {}", map.known.join(", "))),
            };
            self.report(d);
        }
    }

    pub fn map<'n>(
        &mut self,
        parent: &Map<'n>,
        key: &str,
        known: &'static [&'static str],
    ) -> Option<Map<'n>> {
        let entry = parent.get(key)?;
        self.as_map(&entry.value, parent.path_of(key), entry.key_span, known)
    }

    /// The items of a list, with the span of its key; absent, null and `[]` give `None`.
    pub fn seq<'n>(&mut self, parent: &Map<'n>, key: &str) -> Option<Sp<&'n [Node]>> {
        let entry = parent.get(key)?;
        match &entry.value.kind {
            NodeKind::Seq(items) if !items.is_empty() => Some(Sp {
                value: items,
                span: entry.key_span,
            }),
            NodeKind::Seq(_) | NodeKind::Null => {
                self.empty.insert(parent.path_of(key), entry.key_span);
                None
            }
            _ => {
                self.wrong_kind(&parent.path_of(key), &entry.value, "a list");
                None
            }
        }
    }

    pub fn text(&mut self, map: &Map, key: &str) -> Field<String> {
        let entry = map.get(key)?;
        self.node_text(|| map.path_of(key), &entry.value)
    }

    /// The text of a scalar node; numbers keep their written form. `path`
    /// is spelt out only for a value that is empty or of the wrong kind
    /// (a record has dozens of valid ones).
    pub fn node_text(&mut self, path: impl Fn() -> String, node: &Node) -> Field<String> {
        match &node.kind {
            NodeKind::Scalar(s) if !s.trim().is_empty() => Some(Sp {
                value: s.trim().to_string(),
                span: node.span,
            }),
            NodeKind::Scalar(_) | NodeKind::Null => {
                self.empty.insert(path(), node.span);
                None
            }
            _ => {
                self.wrong_kind(&path(), node, "text");
                None
            }
        }
    }

    pub fn text_list(&mut self, map: &Map, key: &str) -> Field<Vec<Sp<String>>> {
        let items = self.seq(map, key)?;
        let path = map.path_of(key);
        let values: Vec<_> = items
            .value
            .iter()
            .enumerate()
            .filter_map(|(i, n)| self.node_text(|| format!("{path}[{}]", i + 1), n))
            .collect();
        (!values.is_empty()).then_some(Sp {
            value: values,
            span: items.span,
        })
    }

    pub fn date(&mut self, map: &Map, key: &str) -> Field<NaiveDate> {
        let text = self.text(map, key)?;
        match parse_date(&text.value) {
            Ok(date) => Some(Sp {
                value: date,
                span: text.span,
            }),
            Err(help) => {
                self.invalid.insert(map.path_of(key));
                self.report(
                    Diagnostic::new(
                        Code::S005,
                        text.span,
                        format!(
                            "`{}` in `{}` is not a real YYYY-MM-DD date",
                            text.value,
                            map.path_of(key)
                        ),
                    )
                    .help(help),
                );
                None
            }
        }
    }

    pub fn choice<C: Choice>(&mut self, map: &Map, key: &str) -> Field<C> {
        let entry = map.get(key)?;
        self.node_choice(|| map.path_of(key), &entry.value)
    }

    /// A node's value as one of a closed set of words, suggesting the
    /// nearest when it is none of them.
    pub fn node_choice<C: Choice>(&mut self, path: impl Fn() -> String, node: &Node) -> Field<C> {
        let text = self.node_text(&path, node)?;
        if let Some(i) = C::VALUES.iter().position(|v| *v == text.value) {
            return Some(Sp {
                value: C::ALL[i],
                span: text.span,
            });
        }
        let valid = C::VALUES.join(" | ");
        let help = match nearest(&text.value, C::VALUES.iter().copied()) {
            Some(s) => format!("did you mean `{s}`? Valid values: {valid}"),
            None => format!("valid values: {valid}"),
        };
        self.reject(path(), &text, help);
        None
    }

    pub fn boolean(&mut self, map: &Map, key: &str) -> Field<bool> {
        let text = self.text(map, key)?;
        let value = match text.value.as_str() {
            "true" => true,
            "false" => false,
            _ => {
                self.reject(map.path_of(key), &text, "write `true` or `false`".into());
                return None;
            }
        };
        Some(Sp {
            value,
            span: text.span,
        })
    }

    /// A whole number, 0 or more (deadline days, minimum whys).
    pub fn number(&mut self, map: &Map, key: &str) -> Field<u32> {
        let text = self.text(map, key)?;
        match text.value.parse::<u32>() {
            Ok(n) => Some(Sp {
                value: n,
                span: text.span,
            }),
            _ => {
                self.reject(
                    map.path_of(key),
                    &text,
                    "write a whole number, 0 or more".into(),
                );
                None
            }
        }
    }

    /// Reports a value outside its set (S004) and remembers it as present.
    fn reject(&mut self, path: String, text: &Sp<String>, help: String) {
        let message = format!("`{}` is not a valid value for `{path}`", text.value);
        self.invalid.insert(path);
        self.report(Diagnostic::new(Code::S004, text.span, message).help(help));
    }

    fn wrong_kind(&mut self, path: &str, node: &Node, expected: &str) {
        let found = match node.kind {
            NodeKind::Map(_) => "a mapping",
            NodeKind::Seq(_) => "a list",
            NodeKind::Scalar(_) => "a single value",
            NodeKind::Null => "nothing",
        };
        self.invalid.insert(path.to_string());
        self.report(
            Diagnostic::new(
                Code::S004,
                node.span,
                format!("`{path}` must be {expected}, found {found}"),
            )
            .help("see schema/nonconformity.schema.json or `ncreg schema` for the record format"),
        );
    }
}

/// A strict `YYYY-MM-DD` date; the error is a hint for the person who wrote it.
pub fn parse_date(text: &str) -> Result<NaiveDate, String> {
    let b = text.as_bytes();
    let shaped = b.len() == 10
        && b[4] == b'-'
        && b[7] == b'-'
        && b.iter()
            .enumerate()
            .all(|(i, c)| i == 4 || i == 7 || c.is_ascii_digit());
    if !shaped {
        let parts: Vec<&str> = text.split(['/', '.', '-']).collect();
        if let [y, m, d] = parts[..]
            && y.len() == 4
            && (1..=2).contains(&m.len())
            && (1..=2).contains(&d.len())
        {
            return Err(format!("write dates as YYYY-MM-DD: `{y}-{m:0>2}-{d:0>2}`"));
        }
        if let [d, m, y] = parts[..]
            && y.len() == 4
            && (1..=2).contains(&d.len())
            && (1..=2).contains(&m.len())
        {
            return Err(format!(
                "write dates as YYYY-MM-DD: if this is day {d}, month {m}, write `{y}-{m:0>2}-{d:0>2}`"
            ));
        }
        return Err("write dates as YYYY-MM-DD, for example `2026-03-14`".into());
    }
    // The shape is checked: the digits are read directly, not through
    // chrono's format parser (a register holds tens of thousands of dates).
    let number = |from: usize, to: usize| {
        b[from..to]
            .iter()
            .fold(0, |n, c| n * 10 + u32::from(c - b'0'))
    };
    let year = i32::try_from(number(0, 4)).unwrap_or(0);
    NaiveDate::from_ymd_opt(year, number(5, 7), number(8, 10)).ok_or_else(|| {
        "this day does not exist in the calendar; check the day and the month".into()
    })
}

/// S004 for text that should name a rule (in a waiver or in `rules:` of the
/// config) but names none.
pub fn not_a_rule_code(span: Span, text: &str) -> Diagnostic {
    let codes = Code::ALL.iter().map(|c| c.as_str());
    let help = match nearest(text, codes) {
        Some(code) => format!("did you mean `{code}`? `ncreg rules` lists every rule"),
        None => "`ncreg rules` lists every rule".into(),
    };
    Diagnostic::new(Code::S004, span, format!("`{text}` is not a rule code")).help(help)
}

#[cfg(test)]
mod tests {
    use super::parse_date;

    #[test]
    fn dates_are_strict_iso() {
        assert_eq!(
            parse_date("2028-02-29"),
            Ok(chrono::NaiveDate::from_ymd_opt(2028, 2, 29).unwrap())
        );
        assert!(parse_date("2026-13-01").is_err());
        assert!(parse_date("2026-04-00").is_err());
        assert!(
            parse_date("2026-02-29")
                .unwrap_err()
                .contains("does not exist")
        );
        assert!(
            parse_date("2026-3-14")
                .unwrap_err()
                .contains("`2026-03-14`")
        );
        assert!(
            parse_date("14/03/2026")
                .unwrap_err()
                .contains("`2026-03-14`")
        );
        assert!(parse_date("soon").is_err());
    }
}
