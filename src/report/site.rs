//! `ncreg site`: the auditor's view. One self-contained `index.html`: the
//! register as a filterable table, the figures as inline SVG, and each record
//! in the order of the 10.2 process with its findings and its git timeline.
//!
//! Record text never becomes markup. The records travel as JSON in a
//! `<script type="application/json">` element, with every `<`, `>` and `&`
//! escaped so that no value can end the element, and the page's script puts
//! them into the document as text nodes only. The charts, drawn here, escape
//! their labels. A Content-Security-Policy admits only the page's own script
//! and style (by hash), so the page makes no request of any kind.

use std::borrow::Cow;
use std::collections::{BTreeMap, HashMap};
use std::io::Write;
use std::ops::Range;
use std::path::PathBuf;
use std::sync::Arc;

use serde::Serialize;

use base64::Engine;
use chrono::{Datelike, NaiveDate};
use serde_json::json;
use sha2::{Digest, Sha256};

use super::Entry;
use super::review::QuarterCounts;
use crate::analysis::Phrases;
use crate::codes::{Code, Severity};
use crate::diagnostic::Diagnostic;
use crate::git::history::{Change, Trail};
use crate::lint::Report;
use crate::model::record::{Classification, Status};
use crate::reader::Choice;
use crate::register::Register;
use crate::span::Position;
use crate::streamed::Streamed;

const SCRIPT: &str = include_str!("site.js");
const STYLE: &str = include_str!("site.css");

/// What the page is made from.
pub struct Site<'a> {
    pub register: &'a Register,
    /// The readable records, in the reports' order.
    pub index: &'a [Indexed],
    pub as_of: NaiveDate,
    pub phrases: &'a Phrases,
    /// Lint's findings on the register, waived ones included.
    pub findings: &'a Findings,
    /// The git history, or why there is none.
    pub trail: Result<&'a Trail, String>,
    /// The register root relative to the page's folder ("" or ending in `/`):
    /// evidence paths are relative to the root.
    pub root: String,
}

/// What the page knows of a record before it writes any: where it is, where
/// it sorts and what the charts count. The page reads the records again, a
/// few at a time, as it writes them: held whole, the records of a register
/// of 50,000 took most of the page's memory.
pub struct Indexed {
    path: PathBuf,
    file: String,
    id: String,
    status: Option<Status>,
    class: Option<Classification>,
    counted: Option<(NaiveDate, Option<NaiveDate>)>,
}

/// The register's readable records indexed, in the reports' order, and the
/// display paths of the files that could not be read as records.
pub fn index(register: &Register) -> Result<(Vec<Indexed>, Vec<String>), String> {
    let read = register.load_each(&[], |loaded| match loaded.record.as_deref() {
        Some(r) => Ok(Indexed {
            id: super::id(r).to_string(),
            status: r.status.as_ref().map(|s| s.value),
            class: r.classification.as_ref().map(|c| c.value),
            counted: super::review::counted(r),
            path: loaded.path,
            file: loaded.file,
        }),
        None => Err(loaded.file),
    })?;
    let (mut index, mut unread) = (Vec::new(), Vec::new());
    for indexed in read.records {
        match indexed {
            Ok(i) => index.push(i),
            Err(file) => unread.push(file),
        }
    }
    super::in_report_order(&mut index, |i| (&i.id, &i.file));
    Ok((index, unread))
}

pub fn write(site: &Site, out: &mut dyn Write) -> std::io::Result<()> {
    let csp = format!(
        "default-src 'none'; script-src '{}'; style-src '{}'; base-uri 'none'; form-action 'none'",
        hash(SCRIPT),
        hash(STYLE)
    );
    let (head, history) = match &site.trail {
        Ok(t) => (
            t.head.as_deref().map(|h| h[..7.min(h.len())].to_string()),
            (!t.complete).then(|| "This is a shallow clone: the history is incomplete. Fetch it all with `git fetch --unshallow` (GitHub Actions: actions/checkout with fetch-depth: 0).".to_string()),
        ),
        Err(why) => (None, Some(format!("No git history: {why}"))),
    };
    let mut about = format!("As of {}", site.as_of);
    if let Some(h) = head {
        about += &format!(" · HEAD {h}");
    }
    about += &format!(" · ncreg {}", env!("CARGO_PKG_VERSION"));
    write!(
        out,
        r##"<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="{csp}">
<meta name="referrer" content="no-referrer">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Nonconformity and corrective action register</title>
<style>{STYLE}</style>
</head>
<body>
<header>
<h1><a href="#">Nonconformity and corrective action register</a></h1>
<p class="about">{about}</p>
{history}</header>
<main>
<section id="register-view" aria-label="The register">
<div id="charts">{charts}</div>
<form id="filters" aria-label="Filters">
{filters}
</form>
<p id="count" aria-live="polite"></p>
<table id="register">
<thead><tr>{heads}</tr></thead>
<tbody></tbody>
</table>
<p id="more"></p>
</section>
<article id="record-view" hidden></article>
<div id="print-view"></div>
</main>
<script type="application/json" id="ncreg-data">"##,
        about = html(&about),
        history = history
            .map(|h| format!("<p class=\"warning\" role=\"note\">{}</p>\n", html(&h)))
            .unwrap_or_default(),
        charts = charts(site),
        filters = filters(),
        heads = COLUMNS
            .iter()
            .map(|(key, name)| format!(
                "<th scope=\"col\"><button type=\"button\" data-sort=\"{key}\">{name}</button></th>"
            ))
            .collect::<String>(),
    )?;
    // The records and their timelines are written as they are made: at
    // 50,000 records the page is hundreds of megabytes, and held whole as
    // values it took gigabytes.
    data(site, &mut ScriptSafe(&mut *out))?;
    // The timelines come after the script: the register shows while the
    // browser still reads them (four fifths of the page at 2,000 records
    // with their history), and a record's timeline is read when shown.
    write!(
        out,
        "</script>\n<script>{SCRIPT}</script>\n<script type=\"application/json\" id=\"ncreg-timelines\">"
    )?;
    timelines(site, &mut ScriptSafe(&mut *out))?;
    out.write_all(b"</script>\n</body>\n</html>\n")
}

/// The table's columns: the key the script sorts by, and the heading.
const COLUMNS: &[(&str, &str)] = &[
    ("id", "ID"),
    ("title", "Title"),
    ("status", "Status"),
    ("classification", "Class"),
    ("source", "Source"),
    ("clause", "Clause"),
    ("owner", "Owner"),
    ("identified", "Identified"),
    ("due", "Closure due"),
    ("overdue", "Overdue"),
];

/// The filters, each a labelled control named as in the URL fragment; the
/// script fills in the choices from the records.
fn filters() -> String {
    let select = |name: &str, label: &str| {
        format!(
            "<label for=\"f-{name}\">{label}</label><select id=\"f-{name}\" name=\"{name}\"><option value=\"\">all</option></select>"
        )
    };
    [
        select("status", "Status"),
        select("classification", "Class"),
        select("source", "Source"),
        select("theme", "Clause or theme"),
        select("owner", "Owner"),
        "<label for=\"f-overdue\">Overdue</label><select id=\"f-overdue\" name=\"overdue\"><option value=\"\">all</option><option value=\"yes\">overdue</option><option value=\"no\">not overdue</option></select>".to_string(),
        "<label for=\"f-q\">Search</label><input id=\"f-q\" name=\"q\" type=\"search\" autocomplete=\"off\">".to_string(),
        "<button type=\"reset\" id=\"clear\">Clear filters</button>".to_string(),
    ]
    .join("\n")
}

/// Every record as the register's JSON has it, with its theme, its findings
/// and, apart (in the order of the records), their timelines: the page reads
/// those only when a record is opened or printed, so a long history does
/// not slow its opening.
fn data(site: &Site, out: &mut dyn Write) -> std::io::Result<()> {
    // Read and made ready on every core, a batch at a time.
    const BATCH: usize = 256;
    let records = Streamed(|| {
        site.index
            .chunks(BATCH)
            .flat_map(|batch| crate::parallel::map(batch.iter().collect(), |i| record(site, i)))
    });
    // In the order of their names, as a JSON object of them is written.
    #[derive(Serialize)]
    struct Data<'a, R> {
        as_of: String,
        hints: Vec<&'a str>,
        history: bool,
        records: R,
        root: &'a str,
        version: u32,
    }
    let data = Data {
        as_of: site.as_of.to_string(),
        hints: site.findings.hints.iter().map(|h| h.as_ref()).collect(),
        history: site.trail.is_ok(),
        records,
        root: &site.root,
        version: 1,
    };
    serde_json::to_writer(out, &data).map_err(std::io::Error::from)
}

/// One record, read again, as the page has it; or, if the file no longer
/// holds the record the index found, why the page cannot be written.
fn record(site: &Site, indexed: &Indexed) -> Reread {
    let loaded = site.register.load_again(&indexed.path);
    let Some(record) = loaded
        .record
        .as_deref()
        .filter(|r| super::id(r) == indexed.id)
    else {
        return Reread(Err(format!(
            "{} changed while the page was written: run `ncreg site` again",
            indexed.file
        )));
    };
    let entry = Entry {
        file: &loaded.file,
        path: &loaded.path,
        record,
    };
    let mut v =
        super::register::record_json(&entry, &site.register.config, site.as_of, site.phrases);
    let clause = v["requirement"]["clause"]
        .as_str()
        .unwrap_or_default()
        .to_string();
    v["theme"] = json!(if clause.is_empty() {
        "none"
    } else {
        super::review::theme(&clause)
    });
    v["findings"] = json!(site.findings.of_file(&indexed.file));
    Reread(Ok(v))
}

/// A record as the page writes it, or why it cannot.
struct Reread(Result<serde_json::Value, String>);

impl Serialize for Reread {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match &self.0 {
            Ok(v) => v.serialize(s),
            Err(why) => Err(serde::ser::Error::custom(why)),
        }
    }
}

/// Each record's timeline, in the order of the records (`null` without one).
fn timelines(site: &Site, out: &mut dyn Write) -> std::io::Result<()> {
    let trails: HashMap<&str, &crate::git::history::RecordTrail> = match &site.trail {
        Ok(t) => t
            .records
            .iter()
            .flat_map(|r| {
                std::iter::once(&r.id)
                    .chain(&r.former_ids)
                    .map(move |id| (id.as_str(), r))
            })
            .collect(),
        Err(_) => HashMap::new(),
    };
    let timelines = Streamed(|| {
        site.index
            .iter()
            .map(|i| trails.get(i.id.as_str()).map(|t| timeline(&t.changes)))
    });
    serde_json::to_writer(out, &timelines).map_err(std::io::Error::from)
}

/// A record's changes as its timeline shows them: a creation is shown as
/// such (the record shows the values), so its hundred field values stay out
/// of the page.
fn timeline(changes: &[Change]) -> Vec<Change> {
    changes
        .iter()
        .map(|c| {
            let mut c = c.clone();
            if matches!(c.change, "created" | "present") {
                c.fields.clear();
            }
            c
        })
        .collect()
}

/// Lint's findings as the page shows them, by display path. They are taken
/// out of lint's report, located, so that the report and the texts it kept
/// are gone before the records are loaded for the page.
pub struct Findings {
    /// A rule's hint is the same on thousands of findings: each is written
    /// once, and findings refer to it by its place.
    hints: Vec<Cow<'static, str>>,
    /// Every message, one after the other, in one allocation: taken out of
    /// lint's findings one by one, the messages stayed scattered over the
    /// allocator's pages between everything lint had freed, and held those
    /// pages while the records were loaded for the page (about 30 MB at
    /// 50,000 records).
    messages: String,
    by_file: HashMap<Arc<str>, Vec<Finding>>,
}

impl Findings {
    pub fn of(report: Report) -> Findings {
        let length = |list: &[Diagnostic]| list.iter().map(|d| d.message.len()).sum::<usize>();
        let mut found = Findings {
            hints: Vec::new(),
            messages: String::with_capacity(length(&report.diagnostics) + length(&report.waived)),
            by_file: HashMap::new(),
        };
        let mut known: HashMap<Cow<'static, str>, u32> = HashMap::new();
        // A record file is at most a megabyte: its lines and columns fit.
        let small = |n: usize| u32::try_from(n).unwrap_or(u32::MAX);
        for (list, waived) in [(report.diagnostics, false), (report.waived, true)] {
            let at: Vec<Position> = crate::lint::locate(&list, &report.sources)
                .into_iter()
                .map(|(_, at)| at)
                .collect();
            for (d, at) in list.into_iter().zip(at) {
                let hint = d.help.map(|h| {
                    *known.entry(h).or_insert_with_key(|h| {
                        found.hints.push(h.clone());
                        small(found.hints.len() - 1)
                    })
                });
                let start = found.messages.len();
                found.messages.push_str(&d.message);
                found.by_file.entry(d.file).or_default().push(Finding {
                    line: small(at.line),
                    column: small(at.column),
                    hint,
                    message: small(start)..small(found.messages.len()),
                    code: d.code,
                    severity: d.severity,
                    waived,
                });
            }
        }
        found
    }

    /// The findings of one file, as the page shows them.
    fn of_file(&self, file: &str) -> Vec<Shown<'_>> {
        let Some(findings) = self.by_file.get(file) else {
            return Vec::new();
        };
        findings
            .iter()
            .map(|f| Shown {
                column: f.column,
                hint: f.hint,
                line: f.line,
                message: &self.messages[f.message.start as usize..f.message.end as usize],
                name: f.code.name(),
                rule: f.code.as_str(),
                severity: f.severity.as_str(),
                waived: f.waived,
            })
            .collect()
    }
}

/// A finding as the page shows it, kept small: a register of 50,000
/// records has hundreds of thousands of them.
struct Finding {
    line: u32,
    column: u32,
    hint: Option<u32>,
    /// Where its message is in `Findings::messages`.
    message: Range<u32>,
    code: Code,
    severity: Severity,
    waived: bool,
}

/// A finding on the page; in the order of their names, as a JSON object of
/// them is written.
#[derive(Serialize)]
struct Shown<'a> {
    column: u32,
    hint: Option<u32>,
    line: u32,
    message: &'a str,
    name: &'static str,
    rule: &'static str,
    severity: &'static str,
    waived: bool,
}

/// Writes JSON so that it can sit inside a `<script>` element: `<`, `>` and
/// `&` occur in JSON only inside strings, where their escapes mean the same;
/// U+2028 and U+2029 are escaped for older JavaScript parsers. serde_json
/// writes whole characters at a time, so neither is ever split between writes.
struct ScriptSafe<'w>(&'w mut dyn Write);

impl Write for ScriptSafe<'_> {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        let mut start = 0;
        let mut i = 0;
        while i < buf.len() {
            let (escape, len): (&[u8], usize) = match &buf[i..] {
                [b'<', ..] => (b"\\u003c", 1),
                [b'>', ..] => (b"\\u003e", 1),
                [b'&', ..] => (b"\\u0026", 1),
                [0xE2, 0x80, 0xA8, ..] => (b"\\u2028", 3),
                [0xE2, 0x80, 0xA9, ..] => (b"\\u2029", 3),
                _ => {
                    i += 1;
                    continue;
                }
            };
            self.0.write_all(&buf[start..i])?;
            self.0.write_all(escape)?;
            i += len;
            start = i;
        }
        self.0.write_all(&buf[start..])?;
        Ok(buf.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        self.0.flush()
    }
}

/// Text for HTML element content and quoted attribute values.
fn html(text: &str) -> String {
    replaced(text, |c| match c {
        '<' => Some("&lt;"),
        '>' => Some("&gt;"),
        '&' => Some("&amp;"),
        '"' => Some("&quot;"),
        '\'' => Some("&#39;"),
        _ => None,
    })
}

/// `text` with each character that `escape` names replaced.
fn replaced(text: &str, escape: impl Fn(char) -> Option<&'static str>) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match escape(c) {
            Some(e) => out.push_str(e),
            None => out.push(c),
        }
    }
    out
}

/// A CSP source expression for an inline element's exact text.
fn hash(text: &str) -> String {
    let digest = Sha256::digest(text.as_bytes());
    format!(
        "sha256-{}",
        base64::engine::general_purpose::STANDARD.encode(digest)
    )
}

/// The figures: records by status, open ones by class, and nonconformities
/// opened and closed in each of the last eight quarters, counted as
/// `ncreg summary` counts them.
fn charts(site: &Site) -> String {
    let mut by_status: BTreeMap<String, usize> = BTreeMap::new();
    let mut open_by_class: BTreeMap<String, usize> = BTreeMap::new();
    // From the first day of the quarter seven before this one.
    let q = site.as_of.year() * 4 + (site.as_of.month0() / 3) as i32 - 7;
    let from = NaiveDate::from_ymd_opt(q.div_euclid(4), q.rem_euclid(4) as u32 * 3 + 1, 1)
        .unwrap_or(NaiveDate::MIN);
    let mut quarters = QuarterCounts::new(from, site.as_of);
    for i in site.index {
        *by_status
            .entry(i.status.map_or("(none)", Choice::as_str).to_string())
            .or_default() += 1;
        if !matches!(i.status, Some(Status::Closed | Status::Withdrawn)) {
            let class = i.class.map_or("(none)", Choice::as_str);
            *open_by_class.entry(class.to_string()).or_default() += 1;
        }
        if let Some(counted) = i.counted {
            quarters.add(counted);
        }
    }
    let quarters = quarters.quarters();
    let labels: Vec<String> = quarters.iter().map(|q| q.quarter.clone()).collect();
    let opened: Vec<usize> = quarters.iter().map(|q| q.opened).collect();
    let closed: Vec<usize> = quarters.iter().map(|q| q.closed).collect();
    [
        bars(
            "Records by status",
            &by_status.into_iter().collect::<Vec<_>>(),
        ),
        bars(
            "Open records by class",
            &open_by_class.into_iter().collect::<Vec<_>>(),
        ),
        paired_bars(
            "Nonconformities opened and closed by quarter",
            &labels,
            &opened,
            &closed,
        ),
    ]
    .concat()
}

/// A horizontal bar chart with a label and a count on each bar.
fn bars(title: &str, bars: &[(String, usize)]) -> String {
    const LABEL: usize = 150;
    const WIDTH: usize = 200;
    const ROW: usize = 22;
    let max = bars.iter().map(|(_, n)| *n).max().unwrap_or(0).max(1);
    let height = ROW * bars.len().max(1) + 30;
    let mut svg = format!(
        "<figure class=\"chart\"><svg role=\"img\" aria-labelledby=\"{id}\" viewBox=\"0 0 {w} {height}\" width=\"{w}\" height=\"{height}\"><title id=\"{id}\">{t}</title><text class=\"title\" x=\"0\" y=\"16\">{t}</text>",
        id = chart_id(title),
        w = LABEL + WIDTH + 50,
        t = html(title),
    );
    for (i, (label, n)) in bars.iter().enumerate() {
        let y = 30 + i * ROW;
        let w = (n * WIDTH).div_ceil(max);
        svg += &format!(
            "<text x=\"{lx}\" y=\"{ty}\" text-anchor=\"end\">{l}</text><rect class=\"bar\" x=\"{LABEL}\" y=\"{y}\" width=\"{w}\" height=\"{h}\"></rect><text x=\"{nx}\" y=\"{ty}\">{n}</text>",
            lx = LABEL - 6,
            ty = y + 14,
            l = html(label),
            h = ROW - 6,
            nx = LABEL + w + 4,
        );
    }
    svg + "</svg></figure>"
}

/// Vertical bars in pairs (opened, closed) per label, with a legend.
fn paired_bars(title: &str, labels: &[String], first: &[usize], second: &[usize]) -> String {
    const HEIGHT: usize = 120;
    const SLOT: usize = 56;
    let max = first
        .iter()
        .chain(second)
        .copied()
        .max()
        .unwrap_or(0)
        .max(1);
    let width = SLOT * labels.len() + 10;
    let mut svg = format!(
        "<figure class=\"chart\"><svg role=\"img\" aria-labelledby=\"{id}\" viewBox=\"0 0 {width} {h}\" width=\"{width}\" height=\"{h}\"><title id=\"{id}\">{t}</title><text class=\"title\" x=\"0\" y=\"16\">{t}</text><rect class=\"bar\" x=\"0\" y=\"24\" width=\"10\" height=\"10\"></rect><text x=\"14\" y=\"33\">opened</text><rect class=\"bar second\" x=\"80\" y=\"24\" width=\"10\" height=\"10\"></rect><text x=\"94\" y=\"33\">closed</text>",
        id = chart_id(title),
        h = HEIGHT + 80,
        t = html(title),
    );
    let base = HEIGHT + 50;
    for (i, label) in labels.iter().enumerate() {
        let x = 10 + i * SLOT;
        for (k, (n, class)) in [(first[i], "bar"), (second[i], "bar second")]
            .into_iter()
            .enumerate()
        {
            let h = (n * HEIGHT).div_ceil(max);
            let bx = x + k * 20;
            svg += &format!(
                "<rect class=\"{class}\" x=\"{bx}\" y=\"{y}\" width=\"18\" height=\"{h}\"></rect><text x=\"{tx}\" y=\"{ty}\" text-anchor=\"middle\">{n}</text>",
                y = base - h,
                tx = bx + 9,
                ty = base - h - 3,
            );
        }
        svg += &format!(
            "<text x=\"{tx}\" y=\"{ty}\" text-anchor=\"middle\">{l}</text>",
            tx = x + 19,
            ty = base + 16,
            l = html(label)
        );
    }
    svg + "</svg></figure>"
}

fn chart_id(title: &str) -> String {
    format!("chart-{}", crate::new_record::slug(title))
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::Path;

    #[test]
    fn nothing_in_the_data_can_end_its_script_element() {
        let v = json!({"title": "</script><script>alert(1)</script> & \u{2028}\u{2029} é"});
        let mut out = Vec::new();
        serde_json::to_writer(ScriptSafe(&mut out), &v).unwrap();
        let s = String::from_utf8(out).unwrap();
        assert!(!s.contains(['\u{2028}', '\u{2029}']));
        assert!(!s.contains('<') && !s.contains('>') && !s.contains('&'));
        assert_eq!(serde_json::from_str::<serde_json::Value>(&s).unwrap(), v);
    }

    #[test]
    fn chart_labels_are_escaped() {
        let svg = bars("t", &[("<img src=x onerror=alert(1)>".to_string(), 3)]);
        assert!(svg.contains("&lt;img src=x onerror=alert(1)&gt;"));
        assert!(!svg.contains("<img"));
    }

    #[test]
    fn a_record_changed_after_it_was_indexed_stops_the_page() {
        let example = Path::new(env!("CARGO_MANIFEST_DIR")).join("example-register");
        let dir = tempfile::tempdir().unwrap();
        let records = dir.path().join("nonconformities");
        std::fs::create_dir(&records).unwrap();
        std::fs::copy(example.join("ncreg.yaml"), dir.path().join("ncreg.yaml")).unwrap();
        for f in std::fs::read_dir(example.join("nonconformities")).unwrap() {
            let f = f.unwrap();
            std::fs::copy(f.path(), records.join(f.file_name())).unwrap();
        }
        let Ok(register) = crate::register::open(Some(dir.path()), dir.path()) else {
            panic!("the copy of the example register does not open");
        };
        let as_of = NaiveDate::from_ymd_opt(2026, 11, 28).unwrap();
        let vocabulary = crate::analysis::Vocabulary::of(&register.config.shallow_phrases).unwrap();
        let findings = Findings::of(crate::lint::run(&register, as_of, &[], None).unwrap());
        let (index, unread) = index(&register).unwrap();
        assert_eq!((index.len(), unread.len()), (14, 0));
        let page = |index: &[Indexed]| {
            let site = Site {
                register: &register,
                index,
                as_of,
                phrases: vocabulary.phrases(),
                findings: &findings,
                trail: Err("none".to_string()),
                root: String::new(),
            };
            let mut out = Vec::new();
            write(&site, &mut out).map(|()| String::from_utf8(out).unwrap())
        };
        assert!(page(&index).unwrap().contains("\"NC-2026-013\""));

        let changed = records.join("NC-2026-013-access-rights-not-reviewed.yaml");
        let text = std::fs::read_to_string(&changed).unwrap();
        std::fs::write(&changed, text.replace("NC-2026-013", "NC-2026-099")).unwrap();
        let why = page(&index).unwrap_err().to_string();
        assert!(
            why.contains(
                "NC-2026-013-access-rights-not-reviewed.yaml changed while the page was written"
            ),
            "{why}"
        );
    }

    #[test]
    fn the_policy_hash_is_of_the_exact_text() {
        // echo -n 'alert(1)' | openssl dgst -sha256 -binary | base64
        assert_eq!(
            hash("alert(1)"),
            "sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI="
        );
    }
}
