//! `ncreg site` in a real browser: headless Chromium (Debian's `chromium`
//! package) opens the page from a file:// URL, as an auditor would from a
//! file share, and the tests read the page as the browser left it.
//!
//! A test target of its own (`test = false` in Cargo.toml): plain `cargo
//! test` does not start a browser; `cargo test --test browser` does, and
//! `.ci/run` runs it with `NCREG_REQUIRE_CHROMIUM=1`, so that in CI a missing
//! browser fails instead of skipping. Chromium is `$NCREG_CHROMIUM`, else
//! `chromium` on the PATH. Screenshots of each view are left in
//! `target/site-screenshots/` for people to look at.

mod common;

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::process::Command;

use common::repo::{Repo, record};
use common::{ncreg, repo_dir, stdout};
use serde_json::Value;

const AS_OF: &str = "--as-of=2026-11-28";

fn chromium() -> Option<PathBuf> {
    let path =
        std::env::var_os("NCREG_CHROMIUM").map_or_else(|| PathBuf::from("chromium"), PathBuf::from);
    if Command::new(&path)
        .arg("--version")
        .output()
        .is_ok_and(|o| o.status.success())
    {
        return Some(path);
    }
    assert!(
        std::env::var_os("NCREG_REQUIRE_CHROMIUM").is_none(),
        "NCREG_REQUIRE_CHROMIUM is set but {} does not run (apt-get install chromium)",
        path.display()
    );
    eprintln!("SKIPPED: chromium not found; the site was not tested in a browser");
    None
}

/// What the browser did with one page.
struct Visit {
    /// The document after the page's script ran.
    dom: String,
    /// What the page wrote to the console, and any error.
    console: Vec<String>,
    /// Requests the page made to anything but its own file.
    requests: Vec<String>,
}

/// A headless browser with nothing of its own running: no sync, no
/// updates, no background requests, a fresh profile.
fn browser(chromium: &Path, profile: &Path) -> Command {
    let mut c = Command::new(chromium);
    c.args([
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--hide-scrollbars",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-default-apps",
        "--disable-domain-reliability",
        "--disable-features=Translate,OptimizationHints,MediaRouter",
        "--enable-logging=stderr",
        "--v=0",
    ])
    .arg(format!("--user-data-dir={}", profile.display()));
    c
}

fn url(page: &Path, fragment: &str) -> String {
    format!("file://{}{fragment}", page.display())
}

fn visit(chromium: &Path, page: &Path, fragment: &str) -> Visit {
    let work = tempfile::tempdir().unwrap();
    let net = work.path().join("net.json");
    let out = browser(chromium, &work.path().join("profile"))
        .arg(format!("--log-net-log={}", net.display()))
        .arg("--dump-dom")
        .arg(url(page, fragment))
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "chromium failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let console = String::from_utf8_lossy(&out.stderr)
        .lines()
        .filter(|l| {
            l.contains("CONSOLE") || l.contains("Uncaught") || l.contains("Content Security Policy")
        })
        .map(str::to_string)
        .collect();
    Visit {
        dom: String::from_utf8_lossy(&out.stdout).into_owned(),
        console,
        requests: page_requests(&net),
    }
}

/// Requests in the net log made on behalf of a file:// page (the browser's
/// own, which the flags above mostly stop, have no such isolation key).
fn page_requests(net: &Path) -> Vec<String> {
    let text = std::fs::read_to_string(net).unwrap_or_default();
    // The log is cut off when the browser exits; close it.
    let log: Value = serde_json::from_str(&text)
        .or_else(|_| serde_json::from_str(&format!("{}]}}", text.trim_end().trim_end_matches(','))))
        .expect("a net log");
    log["events"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|e| {
            let p = &e["params"];
            let url = p["url"].as_str()?;
            let from_page = p["network_isolation_key"]
                .as_str()
                .is_some_and(|k| k.contains("file://"));
            (from_page && !url.starts_with("file:")).then(|| url.to_string())
        })
        .collect()
}

fn screenshot(chromium: &Path, page: &Path, fragment: &str, name: &str, height: u32) {
    let dir = repo_dir().join("target/site-screenshots");
    std::fs::create_dir_all(&dir).unwrap();
    let work = tempfile::tempdir().unwrap();
    let out = browser(chromium, &work.path().join("profile"))
        .arg(format!("--window-size=1280,{height}"))
        .arg(format!("--screenshot={}", dir.join(name).display()))
        .arg(url(page, fragment))
        .output()
        .unwrap();
    assert!(out.status.success());
    assert!(dir.join(name).is_file(), "no screenshot {name}");
}

/// Pages in a print to PDF of the page.
fn printed_pages(chromium: &Path, page: &Path, fragment: &str) -> usize {
    let work = tempfile::tempdir().unwrap();
    let pdf = work.path().join("out.pdf");
    let out = browser(chromium, &work.path().join("profile"))
        .arg("--no-pdf-header-footer")
        .arg(format!("--print-to-pdf={}", pdf.display()))
        .arg(url(page, fragment))
        .output()
        .unwrap();
    assert!(out.status.success());
    let bytes = std::fs::read(&pdf).unwrap();
    // Each page object is `/Type /Page`; the page tree is `/Type /Pages`.
    let text = String::from_utf8_lossy(&bytes);
    text.match_indices("/Type /Page")
        .chain(text.match_indices("/Type/Page"))
        .filter(|(i, m)| !text[i + m.len()..].starts_with('s'))
        .count()
}

/// The ids of the table's rows, in order.
fn rows(dom: &str) -> Vec<String> {
    dom.match_indices("<tr data-id=\"")
        .map(|(i, m)| {
            let rest = &dom[i + m.len()..];
            rest[..rest.find('"').unwrap()].to_string()
        })
        .collect()
}

fn site(register: &Path, out: &Path) -> PathBuf {
    site_as_of(register, out, AS_OF)
}

fn site_as_of(register: &Path, out: &Path, as_of: &str) -> PathBuf {
    let o = ncreg(register, &["site", as_of, "-o", out.to_str().unwrap()]);
    assert!(o.status.success(), "{}", common::stderr(&o));
    out.join("index.html")
}

fn register_json(register: &Path, as_of: &str) -> Vec<Value> {
    let json: Value = serde_json::from_str(&stdout(&ncreg(
        register,
        &["register", "--format=json", as_of],
    )))
    .unwrap();
    json["records"].as_array().unwrap().clone()
}

fn clean(v: &Visit) {
    assert!(v.console.is_empty(), "console: {:?}", v.console);
    assert!(
        v.requests.is_empty(),
        "the page made requests: {:?}",
        v.requests
    );
    assert!(
        v.dom.contains("data-ready=\"yes\""),
        "the page's script did not finish"
    );
}

#[test]
fn the_example_register_filters_restores_views_and_prints_a_record_a_page() {
    let Some(chromium) = chromium() else { return };
    let out = tempfile::tempdir().unwrap();
    let register = repo_dir().join("example-register");
    let page = site(&register, out.path());
    let records = register_json(&register, AS_OF);

    let all = visit(&chromium, &page, "");
    clean(&all);
    let mut ids: Vec<String> = records
        .iter()
        .map(|r| r["id"].as_str().unwrap().to_string())
        .collect();
    ids.sort();
    assert_eq!(rows(&all.dom), ids);

    // "Overdue majors": exactly the major records with a deadline past, in
    // the spring when the open major's deadline has passed.
    let later = "--as-of=2027-03-01";
    let spring = tempfile::tempdir().unwrap();
    let spring_page = site_as_of(&register, spring.path(), later);
    let expected: BTreeSet<String> = register_json(&register, later)
        .iter()
        .filter(|r| r["classification"] == "major" && !r["overdue"].as_array().unwrap().is_empty())
        .map(|r| r["id"].as_str().unwrap().to_string())
        .collect();
    assert!(
        !expected.is_empty(),
        "the example register has an overdue major by then"
    );
    let majors = visit(&chromium, &spring_page, "#classification=major&overdue=yes");
    clean(&majors);
    assert_eq!(
        rows(&majors.dom).into_iter().collect::<BTreeSet<_>>(),
        expected
    );

    // A linked view comes back as it was: filter, sort and search.
    let closed: Vec<&Value> = records.iter().filter(|r| r["status"] == "closed").collect();
    let mut by_date: Vec<(String, String)> = closed
        .iter()
        .map(|r| {
            (
                r["identified"].as_str().unwrap().to_string(),
                r["id"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    by_date.sort_by(|a, b| b.cmp(a));
    let view = visit(&chromium, &page, "#status=closed&sort=-identified");
    assert_eq!(
        rows(&view.dom),
        by_date.into_iter().map(|(_, id)| id).collect::<Vec<_>>()
    );
    let searched = visit(&chromium, &page, "#q=offboarding");
    let hits: Vec<String> = records
        .iter()
        .filter(|r| r.to_string().to_lowercase().contains("offboarding"))
        .map(|r| r["id"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(rows(&searched.dom), hits);

    // A record, with its actions' tiers and its findings.
    let one = visit(&chromium, &page, "#record=NC-2026-002");
    clean(&one);
    assert!(
        one.dom
            .contains("<article class=\"record\" data-id=\"NC-2026-002\">")
    );
    assert!(
        one.dom.contains("tier-eliminate"),
        "each action shows its tier"
    );
    assert!(one.dom.contains("D004 overdue"), "the record's findings");

    // Print: each record starts on a page of its own, and no page holds
    // two: printing them all takes as many pages as printing each alone.
    let alone: Vec<usize> = ids
        .iter()
        .map(|id| printed_pages(&chromium, &page, &format!("#record={id}")))
        .collect();
    assert!(alone.iter().all(|&n| n >= 1));
    assert_eq!(
        printed_pages(&chromium, &page, ""),
        alone.iter().sum::<usize>()
    );
    let majors: usize = ids
        .iter()
        .zip(&alone)
        .filter(|(id, _)| {
            records
                .iter()
                .any(|r| r["id"] == id.as_str() && r["classification"] == "major")
        })
        .map(|(_, n)| n)
        .sum();
    assert_eq!(
        printed_pages(&chromium, &page, "#classification=major"),
        majors
    );

    screenshot(&chromium, &page, "", "register.png", 1000);
    screenshot(
        &chromium,
        &spring_page,
        "#classification=major&overdue=yes",
        "overdue-majors.png",
        900,
    );
    screenshot(&chromium, &page, "#record=NC-2026-002", "record.png", 2400);
}

#[test]
fn each_timeline_is_the_records_git_history() {
    let Some(chromium) = chromium() else { return };
    let repo = Repo::new();
    repo.write("ncreg.yaml", "records_dir: nonconformities\n");
    let extra =
        "correction:\n  description: Disabled the accounts.\n  date: 2026-03-02\n  by: J. Admin\n";
    repo.put("NC-2026-001.yaml", &record("NC-2026-001", "open", extra));
    repo.put("NC-2026-002.yaml", &record("NC-2026-002", "open", extra));
    repo.commit("Raise two findings");
    // The deadline moves without an extension: the flag shows.
    let moved = record("NC-2026-001", "open", extra)
        .replace("target_date: 2026-12-31", "target_date: 2027-06-30");
    repo.put("NC-2026-001.yaml", &moved);
    repo.commit("Give NC-2026-001 more time");
    repo.put(
        "NC-2026-002.yaml",
        &record("NC-2026-002", "open", extra).replace("Q. Manager", "R. Owner"),
    );
    repo.commit("Hand NC-2026-002 over");

    let out = tempfile::tempdir().unwrap();
    let page = site(repo.path(), out.path());
    let history: Value =
        serde_json::from_str(&stdout(&ncreg(repo.path(), &["history", "--format=json"]))).unwrap();
    for trail in history["records"].as_array().unwrap() {
        let id = trail["id"].as_str().unwrap();
        let v = visit(&chromium, &page, &format!("#record={id}"));
        clean(&v);
        let commits: Vec<&str> = trail["changes"]
            .as_array()
            .unwrap()
            .iter()
            .map(|c| c["commit"].as_str().unwrap())
            .collect();
        let shown: Vec<&str> = v
            .dom
            .match_indices("data-commit=\"")
            .map(|(i, m)| &v.dom[i + m.len()..i + m.len() + 40])
            .collect();
        assert_eq!(shown, commits, "{id}");
        assert_eq!(commits.len(), 2);
    }
    let v = visit(&chromium, &page, "#record=NC-2026-001");
    assert!(
        v.dom.contains("deadline-moved"),
        "the moved deadline is flagged"
    );
}

#[test]
fn a_hostile_register_injects_nothing() {
    let Some(chromium) = chromium() else { return };
    let hostile = [
        (
            "NC-2026-001.yaml",
            "\"</script><script>document.title='pwned'</script>\"",
            "javascript:alert(1)",
        ),
        (
            "NC-2026-002.yaml",
            "\"<img src=x onerror=\\\"document.title='pwned'\\\">\"",
            "data:text/html,<script>alert(1)</script>",
        ),
        (
            "NC-2026-003.yaml",
            "\"\\\"><svg onload=alert(1)> &amp; \\u2028 ]]> <!--\"",
            "https://example.com/ok?a=<b>",
        ),
    ];
    let repo = Repo::new();
    repo.write("ncreg.yaml", "records_dir: nonconformities\n");
    for (file, title, evidence) in hostile {
        let id = file.trim_end_matches(".yaml");
        let text = record(
            id,
            "open",
            &format!(
                "related: [\"<b>bold</b>\"]\nactions:\n  - id: 1\n    description: \"<iframe src=javascript:alert(1)>\"\n    owner: \"<u>x</u>\"\n    due: 2026-12-01\n    evidence: [\"{evidence}\"]\n"
            ),
        );
        let text = text.replacen(
            &text.lines().nth(1).unwrap().to_string(),
            &format!("title: {title}"),
            1,
        );
        repo.put(file, &text);
    }
    repo.write(
        "nonconformities/NC-2026-004.yaml",
        &record("NC-2026-004", "open", "").replace(
            "classification: minor",
            "classification: \"<script>alert(1)</script>\"",
        ),
    );
    repo.commit("<script>alert('commit subject')</script>");

    let out = tempfile::tempdir().unwrap();
    let page = site(repo.path(), out.path());
    let html = std::fs::read_to_string(&page).unwrap();
    assert_eq!(
        html.matches("<script").count(),
        2,
        "only the data and the page's own script"
    );
    for id in [
        "",
        "#record=NC-2026-001",
        "#record=NC-2026-002",
        "#record=NC-2026-003",
        "#record=NC-2026-004",
    ] {
        let v = visit(&chromium, &page, id);
        clean(&v);
        let dom = &v.dom;
        assert!(!dom.contains("<title>pwned"), "{id}: a title ran as script");
        for injected in [
            "<img",
            "<iframe",
            "<svg onload",
            "<b>bold",
            "<u>x",
            "href=\"javascript:",
            "href=\"data:",
        ] {
            assert!(
                !dom.contains(injected),
                "{id}: {injected} got into the page"
            );
        }
        assert_eq!(dom.matches("<script").count(), 2, "{id}");
    }
    // Unsafe evidence is shown as text; a web link stays a link.
    let v = visit(&chromium, &page, "#record=NC-2026-001");
    assert!(v.dom.contains("<span class=\"unlinked\""));
    let v = visit(&chromium, &page, "#record=NC-2026-003");
    assert!(
        v.dom.contains("href=\"https://example.com/ok?a="),
        "a web link stays a link"
    );
    screenshot(
        &chromium,
        &page,
        "#record=NC-2026-002",
        "hostile-record.png",
        1600,
    );
}
