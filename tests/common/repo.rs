//! Git repositories scripted by the tests, with fixed dates.

use std::path::Path;
use std::process::Command;

pub struct Repo {
    pub dir: tempfile::TempDir,
    /// Minutes since the first commit, so every commit has its own date.
    pub clock: std::cell::Cell<u32>,
}

impl Repo {
    pub fn new() -> Repo {
        let repo = Repo {
            dir: tempfile::tempdir().unwrap(),
            clock: std::cell::Cell::new(0),
        };
        repo.git(&["init", "-q", "-b", "main"]);
        repo.git(&["config", "user.name", "A. Person"]);
        repo.git(&["config", "user.email", "a.person@example.com"]);
        repo.git(&["config", "commit.gpgsign", "false"]);
        std::fs::create_dir(repo.path().join("nonconformities")).unwrap();
        repo
    }

    pub fn path(&self) -> &Path {
        self.dir.path()
    }

    pub fn git(&self, args: &[&str]) -> String {
        let t = self.clock.get();
        let date = format!("2026-03-{:02}T10:{:02}:00+01:00", 1 + t / 60, t % 60);
        self.git_on(&date, args)
    }

    /// Runs git and returns its outcome, failed or not (a merge with conflicts).
    pub fn try_git(&self, date: &str, args: &[&str]) -> std::process::Output {
        Command::new("git")
            .args(args)
            .current_dir(self.path())
            .env("GIT_AUTHOR_DATE", date)
            .env("GIT_COMMITTER_DATE", date)
            .env("GIT_CONFIG_NOSYSTEM", "1")
            .output()
            .unwrap()
    }

    /// Runs git with both dates set to `date`; it must succeed.
    pub fn git_on(&self, date: &str, args: &[&str]) -> String {
        let out = self.try_git(date, args);
        assert!(
            out.status.success(),
            "git {args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8_lossy(&out.stdout).into_owned()
    }

    pub fn write(&self, rel: &str, text: &str) {
        let path = self.path().join(rel);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, text).unwrap();
    }

    /// Writes a record file of the register.
    pub fn put(&self, file: &str, text: &str) {
        self.write(&format!("nonconformities/{file}"), text);
    }

    pub fn commit(&self, message: &str) {
        self.clock.set(self.clock.get() + 1);
        self.git(&["add", "-A"]);
        self.git(&["commit", "-q", "-m", message]);
    }

    /// A depth-1 clone of this repository (with `args` such as `--branch
    /// change`), in a folder of its own.
    pub fn shallow_clone(&self, args: &[&str]) -> tempfile::TempDir {
        let clone = tempfile::tempdir().unwrap();
        let url = format!("file://{}", self.path().display());
        let mut all = vec!["clone", "-q", "--depth", "1"];
        all.extend_from_slice(args);
        all.extend_from_slice(&[&url, "."]);
        let out = Command::new("git")
            .args(&all)
            .current_dir(clone.path())
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        clone
    }

    /// Writes one record file and commits it on `date`.
    pub fn commit_file(&self, date: &str, message: &str, file: &str, text: &str) {
        self.put(file, text);
        self.commit_on(date, message);
    }

    /// Commits everything with author and committer date `date` (RFC 3339).
    pub fn commit_on(&self, date: &str, message: &str) {
        self.git_on(date, &["add", "-A"]);
        self.git_on(date, &["commit", "-q", "-m", message]);
    }
}

/// Adds a signature header to HEAD (ncreg reports its presence; it does not verify it).
pub fn sign_head(repo: &Repo) {
    let raw = repo.git(&["cat-file", "commit", "HEAD"]);
    let (head, body) = raw.split_once("\n\n").unwrap();
    let signed = format!(
        "{head}\ngpgsig -----BEGIN PGP SIGNATURE-----\n \n iQEzBAABCAAdFiEE\n -----END PGP SIGNATURE-----\n\n{body}"
    );
    let path = repo.path().join("signed-commit");
    std::fs::write(&path, signed).unwrap();
    let oid = repo.git(&["hash-object", "-t", "commit", "-w", path.to_str().unwrap()]);
    std::fs::remove_file(&path).unwrap();
    repo.git(&["update-ref", "HEAD", oid.trim()]);
}

/// A record whose finding depends on its id's number, as real findings differ.
pub fn record(id: &str, status: &str, extra: &str) -> String {
    const FINDINGS: [&str; 10] = [
        "Leavers keep access to the payroll system",
        "Backups were never restored in a test",
        "Visitor badges are not returned at reception",
        "Firewall rules lack a yearly review",
        "Supplier contracts omit security clauses",
        "Phishing reports wait days for triage",
        "Laptop disks are not encrypted",
        "Privileged accounts are shared by administrators",
        "Change tickets skip the approval step",
        "Incident lessons are not recorded",
    ];
    let n: usize = id
        .rsplit('-')
        .next()
        .and_then(|n| n.parse().ok())
        .unwrap_or(0);
    let title = FINDINGS[n % FINDINGS.len()];
    format!(
        "id: {id}\ntitle: {title}\nstatus: {status}\nclassification: minor\nidentified: 2026-03-01\nsource:\n  type: internal-audit\nrequirement:\n  basis: standard\n  clause: A.5.18\ndescription: {title}, as the March audit found.\nowner: Q. Manager\ntarget_date: 2026-12-31\n{extra}"
    )
}

/// A register outside any git repository, holding `records` (file, text).
pub fn plain_register(records: &[(&str, String)]) -> tempfile::TempDir {
    let tmp = tempfile::tempdir().unwrap();
    std::fs::create_dir(tmp.path().join("nonconformities")).unwrap();
    for (file, text) in records {
        std::fs::write(tmp.path().join("nonconformities").join(file), text).unwrap();
    }
    tmp
}
