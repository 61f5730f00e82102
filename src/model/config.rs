//! `ncreg.yaml`, the register's configuration (SPEC §3). Every key is
//! optional; a bad value is reported with its location, like a bad record.

use std::collections::BTreeMap;
use std::path::Path;

use chrono::NaiveDate;
use regex::Regex;

use crate::catalogue::{Catalogues, ISO27001_2022};
use crate::codes::Code;
use crate::diagnostic::{Diagnostic, Severity};
use crate::reader::{Map, Sink, choice, not_a_rule_code};
use crate::yaml::{Node, NodeKind};

pub const FILE_NAME: &str = "ncreg.yaml";

choice!(
    /// A rule's level as set in `rules:`.
    Level {
        Error = "error",
        Warning = "warning",
        Info = "info",
        Off = "off",
    }
);

impl Level {
    pub fn severity(self) -> Option<Severity> {
        match self {
            Level::Error => Some(Severity::Error),
            Level::Warning => Some(Severity::Warning),
            Level::Info => Some(Severity::Info),
            Level::Off => None,
        }
    }
}

#[derive(Debug)]
pub struct Config {
    pub records_dir: String,
    pub id_pattern: Regex,
    pub id_prefix: String,
    pub default_standard: String,
    pub deadlines: Deadlines,
    pub verification_min_days: u32,
    /// G001: this many minor findings on one clause within a year.
    pub repeated_findings: u32,
    /// D010: a dispute undecided for longer than this many days.
    pub dispute_days: u32,
    pub min_whys: MinWhys,
    pub people: Vec<Person>,
    /// Rule code -> level, overriding the rule's default severity.
    pub rules: BTreeMap<Code, Level>,
    pub shallow_phrases: ShallowPhrases,
    /// Standard name -> catalogue file, relative to the register root.
    pub standards: BTreeMap<String, String>,
    /// H007: every commit under review that touches records must be signed.
    pub require_signed: bool,
}

#[derive(Debug, Clone, Copy)]
pub struct Deadlines {
    pub cap_days: u32,
    pub minor_close_days: u32,
    pub major_close_days: u32,
    pub due_soon_days: u32,
}

#[derive(Debug, Clone, Copy)]
pub struct MinWhys {
    pub major: u32,
    pub minor: u32,
}

#[derive(Debug, Clone)]
pub struct Person {
    pub name: String,
    pub left: Option<NaiveDate>,
}

/// The sections of the R001/R002 phrase data that `shallow_phrases` may extend.
pub const LISTS: &[&str] = &["blame", "systemic", "weak-action", "strong-action"];

#[derive(Debug, Clone, Default)]
pub struct ShallowPhrases {
    pub add: Vec<String>,
    pub remove: Vec<String>,
}

pub const DEFAULT_ID_PATTERN: &str = r"^NC-\d{4}-\d{3,}$";

impl Default for Config {
    fn default() -> Self {
        Config {
            records_dir: "nonconformities".into(),
            id_pattern: Regex::new(DEFAULT_ID_PATTERN).expect("the default pattern is valid"),
            id_prefix: "NC".into(),
            default_standard: ISO27001_2022.into(),
            deadlines: Deadlines {
                cap_days: 30,
                minor_close_days: 90,
                major_close_days: 90,
                due_soon_days: 14,
            },
            verification_min_days: 14,
            repeated_findings: 3,
            dispute_days: 30,
            min_whys: MinWhys { major: 3, minor: 2 },
            people: Vec::new(),
            rules: BTreeMap::new(),
            shallow_phrases: ShallowPhrases::default(),
            standards: BTreeMap::new(),
            require_signed: false,
        }
    }
}

const KEYS: &[&str] = &[
    "records_dir",
    "id_pattern",
    "id_prefix",
    "default_standard",
    "deadlines",
    "verification_min_days",
    "repeated_findings",
    "dispute_days",
    "min_whys",
    "people",
    "rules",
    "shallow_phrases",
    "standards",
    "require_signed",
];
const DEADLINE_KEYS: &[&str] = &[
    "cap_days",
    "minor_close_days",
    "major_close_days",
    "due_soon_days",
];
const MIN_WHYS_KEYS: &[&str] = &["major", "minor"];
const PERSON_KEYS: &[&str] = &["name", "left"];
const PHRASE_KEYS: &[&str] = &["add", "remove"];

/// Reads the config tree. Problems go to `sink`; the config returned has the
/// defaults wherever a value was absent or bad.
pub fn read(root: &Node, sink: &mut Sink) -> Config {
    let mut c = Config::default();
    let Some(m) = sink.as_map(root, String::new(), root.span, KEYS) else {
        return c;
    };
    sink.check_keys(&m);
    if let Some(v) = sink.text(&m, "records_dir") {
        let path = Path::new(&v.value);
        let escapes = path.is_absolute()
            || path
                .components()
                .any(|c| matches!(c, std::path::Component::ParentDir));
        if escapes {
            sink.report(invalid(
                v.span,
                "`records_dir` must be a folder inside the register",
                "write a path relative to the folder of ncreg.yaml, without `..`, such as `nonconformities`",
            ));
        } else {
            c.records_dir = v.value;
        }
    }
    if let Some(v) = sink.text(&m, "id_pattern") {
        match Regex::new(&v.value) {
            Ok(re) => c.id_pattern = re,
            Err(e) => sink.report(invalid(
                v.span,
                "`id_pattern` is not a valid regular expression",
                &e.to_string(),
            )),
        }
    }
    if let Some(v) = sink.text(&m, "id_prefix") {
        c.id_prefix = v.value;
    }
    if let Some(v) = sink.text(&m, "default_standard") {
        c.default_standard = v.value;
    }
    if let Some(d) = sink.map(&m, "deadlines", DEADLINE_KEYS) {
        sink.check_keys(&d);
        let mut days = |key, slot: &mut u32| {
            if let Some(v) = sink.number(&d, key) {
                *slot = v.value;
            }
        };
        days("cap_days", &mut c.deadlines.cap_days);
        days("minor_close_days", &mut c.deadlines.minor_close_days);
        days("major_close_days", &mut c.deadlines.major_close_days);
        days("due_soon_days", &mut c.deadlines.due_soon_days);
    }
    if let Some(v) = sink.number(&m, "verification_min_days") {
        c.verification_min_days = v.value;
    }
    if let Some(v) = sink.number(&m, "repeated_findings") {
        c.repeated_findings = v.value.max(2);
    }
    if let Some(v) = sink.number(&m, "dispute_days") {
        c.dispute_days = v.value;
    }
    if let Some(w) = sink.map(&m, "min_whys", MIN_WHYS_KEYS) {
        sink.check_keys(&w);
        if let Some(v) = sink.number(&w, "major") {
            c.min_whys.major = v.value;
        }
        if let Some(v) = sink.number(&w, "minor") {
            c.min_whys.minor = v.value;
        }
    }
    if let Some(people) = sink.seq(&m, "people") {
        c.people = people
            .value
            .iter()
            .enumerate()
            .filter_map(|(i, node)| person(sink, node, i + 1))
            .collect();
    }
    if let Some(r) = sink.map(&m, "rules", &[]) {
        c.rules = levels(sink, &r);
    }
    if let Some(p) = sink.map(&m, "shallow_phrases", PHRASE_KEYS) {
        sink.check_keys(&p);
        let list = |sink: &mut Sink, key| {
            let items = sink.text_list(&p, key).map(|l| l.value).unwrap_or_default();
            let mut kept = Vec::new();
            for item in items {
                // "blame:" alone would add an empty alternative, which
                // matches every text.
                let words = match item.value.split_once(':') {
                    Some((list, words)) if LISTS.contains(&list.trim()) => words,
                    _ => item.value.as_str(),
                };
                if words.trim().is_empty() {
                    sink.report(invalid(
                        item.span,
                        &format!("`{}` names no words to match", item.value),
                        "write the words after the list name, such as `blame: sloppy work`; an empty phrase would match every text",
                    ));
                } else {
                    kept.push(item.value);
                }
            }
            kept
        };
        c.shallow_phrases.add = list(sink, "add");
        c.shallow_phrases.remove = list(sink, "remove");
    }
    if let Some(s) = sink.map(&m, "standards", &[]) {
        for entry in s.entries() {
            if let Some(file) = sink.node_text(|| s.path_of(&entry.key), &entry.value) {
                c.standards.insert(entry.key.clone(), file.value);
            }
        }
    }
    if let Some(v) = sink.boolean(&m, "require_signed") {
        c.require_signed = v.value;
    }
    c
}

/// Loads the extra catalogues named in `standards:`. A file that cannot be
/// read is reported at its entry in the config.
pub fn load_catalogues(
    config_root: &Node,
    config: &Config,
    root: &Path,
    sink: &mut Sink,
) -> Catalogues {
    let mut catalogues = Catalogues::builtin();
    for (name, file) in &config.standards {
        match std::fs::read_to_string(root.join(file)) {
            Ok(text) => catalogues.add(name, &text),
            Err(e) => {
                let span =
                    find_value_span(config_root, &["standards", name]).unwrap_or(config_root.span);
                sink.report(invalid(
                    span,
                    &format!("cannot read the catalogue `{file}` of `{name}`"),
                    &e.to_string(),
                ));
            }
        }
    }
    catalogues
}

fn find_value_span(node: &Node, path: &[&str]) -> Option<crate::span::Span> {
    let Some((first, rest)) = path.split_first() else {
        return Some(node.span);
    };
    let NodeKind::Map(entries) = &node.kind else {
        return None;
    };
    let entry = entries.iter().find(|e| e.key == *first)?;
    find_value_span(&entry.value, rest)
}

fn person(sink: &mut Sink, node: &Node, index: usize) -> Option<Person> {
    let path = format!("people[{index}]");
    if let NodeKind::Map(_) = node.kind {
        let p = sink.as_map(node, path, node.span, PERSON_KEYS)?;
        sink.check_keys(&p);
        let name = sink.text(&p, "name")?.value;
        let left = sink.date(&p, "left").map(|d| d.value);
        return Some(Person { name, left });
    }
    let name = sink.node_text(|| path.to_string(), node)?.value;
    Some(Person { name, left: None })
}

fn levels(sink: &mut Sink, rules_map: &Map) -> BTreeMap<Code, Level> {
    let mut levels = BTreeMap::new();
    for entry in rules_map.entries() {
        let Some(code) = Code::find(&entry.key) else {
            sink.report(not_a_rule_code(entry.key_span, &entry.key));
            continue;
        };
        if let Some(level) =
            sink.node_choice::<Level>(|| rules_map.path_of(&entry.key), &entry.value)
        {
            levels.insert(code, level.value);
        }
    }
    levels
}

fn invalid(span: crate::span::Span, message: &str, help: &str) -> Diagnostic {
    Diagnostic::new(Code::S004, span, message).help(help.to_string())
}

impl Config {
    /// The severity of a rule in this register, `None` when turned off.
    pub fn severity(&self, code: Code) -> Option<Severity> {
        match self.rules.get(&code) {
            Some(level) => level.severity(),
            None => Some(code.severity()),
        }
    }
}
