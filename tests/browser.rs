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
    values(dom, "<tr data-id=")
        .into_iter()
        .map(str::to_string)
        .collect()
}

/// The value of every attribute written `name="..."` in the document.
fn values<'d>(dom: &'d str, name: &str) -> Vec<&'d str> {
    let start = format!("{name}\"");
    dom.match_indices(&start)
        .map(|(i, m)| {
            let rest = &dom[i + m.len()..];
            &rest[..rest.find('"').unwrap()]
        })
        .collect()
}

/// The ids of the records that `keep` keeps, in the table's default order.
fn ids(records: &[Value], keep: impl Fn(&Value) -> bool) -> Vec<String> {
    let mut ids: Vec<String> = records
        .iter()
        .filter(|r| keep(r))
        .map(|r| r["id"].as_str().unwrap().to_string())
        .collect();
    ids.sort();
    ids
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
    let every = ids(&records, |_| true);
    assert_eq!(rows(&all.dom), every);

    // "Overdue majors": exactly the major records with a deadline past, in
    // the spring when the open major's deadline has passed.
    let later = "--as-of=2027-03-01";
    let spring = tempfile::tempdir().unwrap();
    let spring_page = site_as_of(&register, spring.path(), later);
    let expected = ids(&register_json(&register, later), |r| {
        r["classification"] == "major" && !r["overdue"].as_array().unwrap().is_empty()
    });
    assert!(
        !expected.is_empty(),
        "the example register has an overdue major by then"
    );
    let majors = visit(&chromium, &spring_page, "#classification=major&overdue=yes");
    clean(&majors);
    assert_eq!(rows(&majors.dom), expected);

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
    let hits = ids(&records, |r| {
        r.to_string().to_lowercase().contains("offboarding")
    });
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
    let alone: Vec<usize> = every
        .iter()
        .map(|id| printed_pages(&chromium, &page, &format!("#record={id}")))
        .collect();
    assert!(alone.iter().all(|&n| n >= 1));
    assert_eq!(
        printed_pages(&chromium, &page, ""),
        alone.iter().sum::<usize>()
    );
    let majors: usize = every
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
        let shown = values(&v.dom, "data-commit=");
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
        3,
        "only the data, the timelines and the page's own script"
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
        assert_eq!(dom.matches("<script").count(), 3, "{id}");
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

/// A WebDriver session on chromedriver (Debian's `chromium-driver`),
/// spoken to over plain HTTP: a few JSON requests, no client library.
struct Driver {
    process: std::process::Child,
    port: u16,
    session: String,
}

impl Driver {
    fn start(chromium: &Path) -> Option<Driver> {
        let program = std::env::var_os("NCREG_CHROMEDRIVER")
            .map_or_else(|| PathBuf::from("chromedriver"), PathBuf::from);
        let port = std::net::TcpListener::bind("127.0.0.1:0")
            .unwrap()
            .local_addr()
            .unwrap()
            .port();
        let Ok(process) = Command::new(&program)
            .arg(format!("--port={port}"))
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .spawn()
        else {
            assert!(
                std::env::var_os("NCREG_REQUIRE_CHROMIUM").is_none(),
                "NCREG_REQUIRE_CHROMIUM is set but {} does not run (apt-get install chromium-driver)",
                program.display()
            );
            eprintln!(
                "SKIPPED: chromedriver not found; the page was not driven by keyboard and mouse"
            );
            return None;
        };
        let mut driver = Driver {
            process,
            port,
            session: String::new(),
        };
        for _ in 0..100 {
            if std::net::TcpStream::connect(("127.0.0.1", port)).is_ok() {
                break;
            }
            std::thread::sleep(std::time::Duration::from_millis(50));
        }
        let profile = tempfile::tempdir().unwrap().keep();
        let mut options = serde_json::json!({
            "args": ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                     "--disable-background-networking", "--window-size=1280,1000",
                     format!("--user-data-dir={}", profile.display())],
        });
        // chromedriver finds Debian's chromium itself; another one is named.
        if chromium.is_absolute() {
            options["binary"] = chromium.display().to_string().into();
        }
        let created = driver.call(
            "POST",
            "/session",
            &serde_json::json!({"capabilities": {"alwaysMatch": {"goog:chromeOptions": options}}}),
        );
        driver.session = created["sessionId"]
            .as_str()
            .unwrap_or_else(|| panic!("no session: {created}"))
            .to_string();
        Some(driver)
    }

    /// One request; the response's `value`.
    fn call(&self, method: &str, path: &str, body: &Value) -> Value {
        use std::io::{Read, Write};
        let mut stream = std::net::TcpStream::connect(("127.0.0.1", self.port)).unwrap();
        // A browser that hangs fails the test rather than the CI job.
        let limit = std::time::Duration::from_secs(120);
        stream.set_read_timeout(Some(limit)).unwrap();
        let body = body.to_string();
        write!(
            stream,
            "{method} {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
            body.len()
        )
        .unwrap();
        // Read the body by its Content-Length: chromedriver may keep the
        // connection open after a response, whatever the request asked.
        let mut response = Vec::new();
        let mut buffer = [0u8; 8192];
        let json = loop {
            let n = stream
                .read(&mut buffer)
                .unwrap_or_else(|e| panic!("{method} {path}: {e}"));
            assert!(n > 0, "{method} {path}: the connection closed early");
            response.extend_from_slice(&buffer[..n]);
            let text = String::from_utf8_lossy(&response).into_owned();
            let Some((head, rest)) = text.split_once("\r\n\r\n") else {
                continue;
            };
            let length: usize = head
                .lines()
                .find_map(|l| {
                    l.to_ascii_lowercase()
                        .strip_prefix("content-length:")
                        .map(|v| v.trim().parse().unwrap())
                })
                .expect("a Content-Length");
            if rest.len() >= length {
                break rest[..length].to_string();
            }
        };
        let v: Value = serde_json::from_str(&json).unwrap_or_else(|e| panic!("{e}: {json}"));
        v["value"].clone()
    }

    fn session(&self, method: &str, path: &str, body: Value) -> Value {
        let v = self.call(method, &format!("/session/{}{path}", self.session), &body);
        assert!(v.get("error").is_none(), "{path}: {v}");
        v
    }

    fn run(&self, script: &str) -> Value {
        self.session(
            "POST",
            "/execute/sync",
            serde_json::json!({"script": script, "args": []}),
        )
    }

    /// `run` until the script returns `expected`, for up to five seconds,
    /// and the last value: a hash change renders after the key press that
    /// made it has returned.
    fn run_until(&self, script: &str, expected: &Value) -> Value {
        let deadline = std::time::Instant::now() + std::time::Duration::from_secs(5);
        loop {
            let value = self.run(script);
            if &value == expected || std::time::Instant::now() > deadline {
                return value;
            }
            std::thread::sleep(std::time::Duration::from_millis(20));
        }
    }

    fn element(&self, css: &str) -> String {
        let found = self.session(
            "POST",
            "/element",
            serde_json::json!({"using": "css selector", "value": css}),
        );
        found
            .as_object()
            .and_then(|o| o.values().next())
            .and_then(Value::as_str)
            .unwrap()
            .to_string()
    }

    fn click(&self, css: &str) {
        let id = self.element(css);
        self.session(
            "POST",
            &format!("/element/{id}/click"),
            serde_json::json!({}),
        );
    }

    fn type_into(&self, css: &str, text: &str) {
        let id = self.element(css);
        self.session(
            "POST",
            &format!("/element/{id}/value"),
            serde_json::json!({ "text": text }),
        );
    }

    /// Presses keys (WebDriver key codes: "\u{E004}" is Tab, "\u{E007}" Enter).
    fn press(&self, key: &str) {
        let actions = serde_json::json!({"actions": [{"type": "key", "id": "keyboard", "actions": [
            {"type": "keyDown", "value": key}, {"type": "keyUp", "value": key}]}]});
        self.session("POST", "/actions", actions);
    }

    fn rows(&self) -> Vec<String> {
        let ids = self.run(
            "return [...document.querySelectorAll('#register tbody tr')].map(r => r.dataset.id)",
        );
        serde_json::from_value(ids).unwrap()
    }
}

impl Drop for Driver {
    fn drop(&mut self) {
        if !self.session.is_empty() {
            let _ = self.call(
                "DELETE",
                &format!("/session/{}", self.session),
                &Value::Null,
            );
        }
        let _ = self.process.kill();
        let _ = self.process.wait();
    }
}

/// The lowest contrast ratio of any visible text on the page against its
/// nearest opaque background (WCAG 2 relative luminance), and where.
const CONTRAST: &str = r#"
const lum = (rgb) => {
  const [r, g, b] = rgb.map((v) => { v /= 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
};
const parse = (c) => (c.match(/[\d.]+/g) || []).map(Number);
const background = (el) => {
  for (let e = el; e; e = e.parentElement) {
    const c = parse(getComputedStyle(e).backgroundColor);
    if (c.length === 3 || (c.length === 4 && c[3] > 0)) return c.slice(0, 3);
  }
  return [255, 255, 255];
};
let worst = [99, ''];
const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
for (let n = walker.nextNode(); n; n = walker.nextNode()) {
  const el = n.parentElement;
  if (!n.textContent.trim() || !el.getClientRects().length) continue;
  const fg = parse(getComputedStyle(el).color).slice(0, 3);
  const [a, b] = [lum(fg), lum(background(el))].sort((x, y) => y - x);
  const ratio = (a + 0.05) / (b + 0.05);
  if (ratio < worst[0]) worst = [ratio, el.tagName + ' ' + el.className + ': ' + n.textContent.trim().slice(0, 40)];
}
return worst;
"#;

#[test]
fn the_filters_sorting_and_record_links_work_by_mouse_and_keyboard() {
    const TAB: &str = "\u{E004}";
    const ENTER: &str = "\u{E007}";
    let Some(chromium) = chromium() else { return };
    let Some(driver) = Driver::start(&chromium) else {
        return;
    };
    let out = tempfile::tempdir().unwrap();
    let register = repo_dir().join("example-register");
    let page = site(&register, out.path());
    let records = register_json(&register, AS_OF);
    let ids_where = |keep: &dyn Fn(&Value) -> bool| ids(&records, keep);
    driver.session("POST", "/url", serde_json::json!({"url": url(&page, "")}));
    assert_eq!(driver.rows(), ids_where(&|_| true));
    // Every piece of text, on the register and on a record, meets WCAG AA
    // contrast (4.5:1) against the background it is drawn on.
    for view in ["", "#record=NC-2026-002"] {
        driver.session("POST", "/url", serde_json::json!({"url": url(&page, view)}));
        let worst = driver.run(CONTRAST);
        let ratio = worst[0].as_f64().unwrap();
        assert!(ratio >= 4.5, "{view}: contrast {ratio:.2} for {}", worst[1]);
    }
    driver.session("POST", "/url", serde_json::json!({"url": url(&page, "")}));

    // Choosing a class and typing a search narrow the rows, and the URL
    // fragment follows, so the view can be linked.
    driver.click("#f-classification option[value=minor]");
    assert_eq!(
        driver.rows(),
        ids_where(&|r| r["classification"] == "minor")
    );
    driver.type_into("#f-q", "offboarding");
    let both = ids_where(&|r| {
        r["classification"] == "minor" && r.to_string().to_lowercase().contains("offboarding")
    });
    assert!(!both.is_empty());
    assert_eq!(driver.rows(), both);
    let hash = driver.run("return location.hash");
    assert_eq!(hash, "#classification=minor&q=offboarding");
    driver.click("#clear");
    assert_eq!(driver.rows(), ids_where(&|_| true));

    // By keyboard alone: Tab reaches every filter and every column's sort
    // button; Enter on a sort button sorts; Enter on a record's link opens it.
    let mut reached = Vec::new();
    // From the page's first link (the heading), as after opening the page.
    driver.run("document.querySelector('header a').focus(); return null");
    for _ in 0..25 {
        driver.press(TAB);
        let at = driver.run(
            "const a = document.activeElement; return a.id || (a.dataset.sort ? 'sort:' + a.dataset.sort : a.textContent)",
        );
        reached.push(at.as_str().unwrap_or_default().to_string());
        if reached.last().is_some_and(|r| r == "sort:due") {
            break;
        }
    }
    for control in [
        "f-status",
        "f-classification",
        "f-source",
        "f-theme",
        "f-owner",
        "f-overdue",
        "f-q",
        "clear",
        "sort:id",
        "sort:title",
        "sort:due",
    ] {
        assert!(
            reached.iter().any(|r| r == control),
            "Tab never reached {control}: {reached:?}"
        );
    }
    driver.press(ENTER);
    let mut by_due: Vec<(String, String)> = records
        .iter()
        .map(|r| {
            (
                r["closure_due"].as_str().unwrap_or_default().to_string(),
                r["id"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    by_due.sort();
    assert_eq!(
        driver.rows(),
        by_due.into_iter().map(|(_, id)| id).collect::<Vec<_>>()
    );
    assert_eq!(
        driver.run("return document.querySelector('button[data-sort=due]').parentElement.getAttribute('aria-sort')"),
        "ascending"
    );
    // Past the last heading, the first row's link; Enter opens the record.
    driver.press(TAB);
    driver.press(TAB);
    let first = driver.rows()[0].clone();
    assert_eq!(
        driver.run("return document.activeElement.textContent"),
        first.as_str()
    );
    driver.press(ENTER);
    assert_eq!(
        driver.run_until(
            "return document.querySelector('#record-view article')?.dataset.id ?? null",
            &Value::from(first.as_str())
        ),
        first.as_str()
    );
}
