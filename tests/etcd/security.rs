//! Least privilege, against a real etcd with auth on: docs/security.md is the contract.
//!
//! - Each row of its table ("what each command needs") is granted, exactly, to a fresh
//!   user, who runs the command: it succeeds. Then each grant of the row is taken away in
//!   turn: the command exits 1 with one line naming that key and the missing right, and
//!   writes nothing. Every row has a case here and every case a row.
//! - Its recipes are run as written with etcdctl, and every command's main path succeeds
//!   for the user they create; a name the role does not cover is refused.
//! - Both with and without `--prefix`.
//! - A missing user, a wrong or deleted one: one line, exit 1.

use std::collections::BTreeMap;
use std::process::Output;
use std::time::Duration;

use etcd_client::{Client, ConnectOptions, GetOptions, Permission, PermissionType};
use etcdkit::sandbox::{Sandbox, SandboxOptions};

use crate::support::{etcdkit, runtime_mt, stderr_text};

const ROOT_PASSWORD: &str = "r00t-Pa55";
const USER_PASSWORD: &str = "us3r-Pa55";

/// The names the cases use, by the placeholder docs/security.md writes for them. Each
/// starts with a name prefix the recipe grants (`jobs`, `web`, `nightly`).
const NAMES: [(&str, &str); 7] = [
    ("QUEUE", "jobs"),
    ("SERVICE", "web"),
    ("NAME", "nightly"),
    ("TOPIC", "jobs-events"),
    ("KEY", "nightly-flag"),
    ("JOB", "nightly-reindex"),
    ("PREFIX", "nightly-config/"),
];

/// Setup done as root before a run (repeatable: the same keys every time).
enum Setup {
    /// A plain put of a name-relative key.
    Put(&'static str, &'static str),
    /// A lock or election contender's key as etcdctl writes it, name-relative:
    /// `NAME/<lease hex>` on that very lease (granted with that id if it does not exist).
    Contender(&'static str, &'static str),
    /// etcdkit as root.
    Etcdkit(&'static [&'static str]),
    /// `lock NAME --detach` as root (a semaphore, so that detached holders never wait for
    /// each other): its token is then the run's `ETCDKIT_LOCK_TOKEN`.
    Detach(&'static str),
}

/// How a command's success is seen.
enum Success {
    Exit(i32),
    /// A long-running command: it prints a line, then is stopped.
    FirstLine,
}

struct Case {
    /// The table row's first cell, without the backticks.
    row: &'static str,
    args: &'static [&'static str],
    setup: &'static [Setup],
    success: Success,
}

const DEAD_LETTER: &str = r#"{"value":"v","key":"jobs/1","attempt":5,"since_ms":0}"#;
const INSTANCE: &str = r#"{"Op":0,"Addr":"10.0.0.1:80","Metadata":null}"#;

fn cases() -> Vec<Case> {
    use Setup::*;
    use Success::*;
    let case = |row, args, setup, success| Case {
        row,
        args,
        setup,
        success,
    };
    vec![
        case(
            "lock NAME",
            &["lock", "nightly", "--", "true"],
            &[],
            Exit(0),
        ),
        case(
            "lock NAME --limit N",
            &["lock", "nightly", "--limit", "2", "--", "true"],
            &[],
            Exit(0),
        ),
        case(
            "lock NAME --shared",
            &["lock", "nightly", "--shared", "--", "true"],
            &[],
            Exit(0),
        ),
        case(
            "elect NAME",
            &["elect", "nightly", "--value", "me", "--", "true"],
            &[],
            Exit(0),
        ),
        case(
            "elect NAME --leader",
            &["elect", "nightly", "--leader"],
            &[Contender("nightly/694d9b0cd1c0a2f1", "boss")],
            Exit(0),
        ),
        case(
            "elect NAME --observe",
            &["elect", "nightly", "--observe", "--count", "1"],
            &[Contender("nightly/694d9b0cd1c0a2f1", "boss")],
            Exit(0),
        ),
        case(
            "register SERVICE ADDR",
            &["register", "web", "127.0.0.1:8080", "--", "true"],
            &[],
            Exit(0),
        ),
        case(
            "discover SERVICE",
            &["discover", "web"],
            &[Put("web/10.0.0.1:80", INSTANCE)],
            Exit(0),
        ),
        case(
            "discover SERVICE --watch",
            &["discover", "web", "--watch"],
            &[Put("web/10.0.0.1:80", INSTANCE)],
            FirstLine,
        ),
        case(
            "discover SERVICE --wait-for N",
            &["discover", "web", "--wait-for", "1"],
            &[Put("web/10.0.0.1:80", INSTANCE)],
            Exit(0),
        ),
        case(
            "discover SERVICE --pick random",
            &["discover", "web", "--pick", "random"],
            &[Put("web/10.0.0.1:80", INSTANCE)],
            Exit(0),
        ),
        case(
            "discover SERVICE --pick round-robin",
            &["discover", "web", "--pick", "round-robin"],
            &[Put("web/10.0.0.1:80", INSTANCE)],
            Exit(0),
        ),
        case(
            "publish TOPIC",
            &["publish", "jobs-events", "hello"],
            &[],
            Exit(0),
        ),
        case(
            "subscribe TOPIC",
            &[
                "subscribe",
                "jobs-events",
                "--from-rev",
                "1",
                "--count",
                "1",
            ],
            &[Etcdkit(&["publish", "jobs-events", "hello"])],
            Exit(0),
        ),
        case(
            "queue push QUEUE",
            &["queue", "push", "jobs", "a"],
            &[],
            Exit(0),
        ),
        case(
            "queue push QUEUE --delay DUR",
            &["queue", "push", "jobs", "--delay", "600s", "a"],
            &[],
            Exit(0),
        ),
        case(
            "queue work QUEUE",
            &["queue", "work", "jobs", "--count", "1", "--", "true"],
            &[Put("jobs/1", "an item")],
            Exit(0),
        ),
        case(
            "queue retry QUEUE",
            &["queue", "retry", "jobs"],
            &[Put("__etcdkit/jobs/queue-dead/1", DEAD_LETTER)],
            Exit(0),
        ),
        case(
            "queue len QUEUE -o json",
            &["queue", "len", "jobs", "-o", "json"],
            &[],
            Exit(0),
        ),
        case(
            "queue claims QUEUE",
            &["queue", "claims", "jobs"],
            &[],
            Exit(0),
        ),
        case("queue dead QUEUE", &["queue", "dead", "jobs"], &[], Exit(0)),
        case(
            "queue pop QUEUE",
            &["queue", "pop", "jobs"],
            &[Put("jobs/1", "an item")],
            Exit(0),
        ),
        case("queue len QUEUE", &["queue", "len", "jobs"], &[], Exit(0)),
        case(
            "queue peek QUEUE",
            &["queue", "peek", "jobs"],
            &[Put("jobs/1", "an item")],
            Exit(0),
        ),
        case(
            "wait KEY",
            &["wait", "nightly-flag", "--exists"],
            &[Put("nightly-flag", "on")],
            Exit(0),
        ),
        case(
            "job-progress set JOB",
            &["job-progress", "set", "nightly-reindex", "40"],
            &[],
            Exit(0),
        ),
        case(
            "job-progress done JOB",
            &["job-progress", "done", "nightly-reindex"],
            &[],
            Exit(0),
        ),
        case(
            "job-progress fail JOB",
            &["job-progress", "fail", "nightly-reindex"],
            &[],
            Exit(0),
        ),
        case(
            "job-progress run JOB",
            &["job-progress", "run", "nightly-reindex", "--", "true"],
            &[],
            Exit(0),
        ),
        case(
            "job-progress get JOB",
            &["job-progress", "get", "nightly-reindex"],
            &[Etcdkit(&["job-progress", "done", "nightly-reindex"])],
            Exit(0),
        ),
        case(
            "job-progress delete JOB",
            &["job-progress", "delete", "nightly-reindex"],
            &[Etcdkit(&["job-progress", "done", "nightly-reindex"])],
            Exit(0),
        ),
        case(
            "job-progress watch JOB",
            &["job-progress", "watch", "nightly-reindex"],
            &[Etcdkit(&["job-progress", "done", "nightly-reindex"])],
            Exit(0),
        ),
        case("status", &["status"], &[], Exit(0)),
        case(
            "barrier NAME --parties N",
            &["barrier", "nightly", "--parties", "1", "--", "true"],
            &[],
            Exit(0),
        ),
        case(
            "once NAME --every DUR",
            &["once", "nightly", "--every", "60s", "--", "true"],
            &[],
            Exit(0),
        ),
        case(
            "once NAME --status",
            &["once", "nightly", "--status"],
            &[],
            Exit(0),
        ),
        case(
            "counter NAME incr",
            &["counter", "nightly", "incr"],
            &[],
            Exit(0),
        ),
        case(
            "counter NAME set V",
            &["counter", "nightly", "set", "5"],
            &[],
            Exit(0),
        ),
        case(
            "counter NAME delete",
            &["counter", "nightly", "delete"],
            &[Put("nightly/value", "5")],
            Exit(0),
        ),
        case(
            "counter NAME get",
            &["counter", "nightly", "get"],
            &[Put("nightly/value", "5")],
            Exit(0),
        ),
        case(
            "env PREFIX",
            &["env", "nightly-config/"],
            &[Put("nightly-config/db/host", "db1")],
            Exit(0),
        ),
        case(
            "render --template SRC:DEST",
            &[
                "render",
                "--once",
                "--template",
                concat!(
                    env!("CARGO_MANIFEST_DIR"),
                    "/tests/etcd/render-security.tmpl:",
                    env!("CARGO_TARGET_TMPDIR"),
                    "/render-security.conf"
                ),
            ],
            &[
                Put("nightly-flag", "on"),
                Put("nightly-config/db", "db1"),
                Put("web/10.0.0.1:80", INSTANCE),
            ],
            Exit(0),
        ),
        case(
            "watch KEY",
            &["watch", "nightly-flag", "--from-rev", "1", "--count", "1"],
            &[Put("nightly-flag", "on")],
            Exit(0),
        ),
        case(
            "watch KEY --tree",
            &[
                "watch",
                "nightly-flag",
                "--tree",
                "--from-rev",
                "1",
                "--count",
                "1",
            ],
            &[Put("nightly-flag", "on")],
            Exit(0),
        ),
        case(
            "inspect lock NAME",
            &["inspect", "lock", "nightly"],
            &[Contender("nightly/694d9b0cd1c0a2f1", "")],
            Exit(0),
        ),
        case(
            "inspect elect NAME",
            &["inspect", "elect", "nightly"],
            &[Contender("nightly/694d9b0cd1c0a2f1", "boss")],
            Exit(0),
        ),
        case(
            "inspect queue QUEUE",
            &["inspect", "queue", "jobs"],
            &[Put("jobs/1", "an item")],
            Exit(0),
        ),
        case(
            "inspect job JOB",
            &["inspect", "job", "nightly-reindex"],
            &[Etcdkit(&["job-progress", "done", "nightly-reindex"])],
            Exit(0),
        ),
        case(
            "inspect once NAME",
            &["inspect", "once", "nightly"],
            &[],
            Exit(0),
        ),
        case(
            "inspect service SERVICE",
            &["inspect", "service", "web"],
            &[Put("web/10.0.0.1:80", INSTANCE)],
            Exit(0),
        ),
        // The holder's key has no lease here: revoking a lease that is gone counts as done.
        case(
            "lock NAME --break",
            &["lock", "nightly", "--break", "--yes"],
            &[Contender("nightly/694d9b0cd1c0a2f1", "")],
            Exit(0),
        ),
        case(
            "elect NAME --break",
            &["elect", "nightly", "--break", "--yes"],
            &[Contender("nightly/694d9b0cd1c0a2f1", "boss")],
            Exit(0),
        ),
        // Last: detached holders of `nightly` stay until their 3 s TTL passes.
        case(
            "lock NAME --detach --ttl DUR",
            &["lock", "nightly", "-n", "1000", "--detach", "--ttl", "3s"],
            &[],
            Exit(0),
        ),
        case(
            "lock NAME --verify --token T",
            &["lock", "nightly", "--verify"],
            &[Detach("nightly")],
            Exit(0),
        ),
        case(
            "unlock NAME --token T",
            &["unlock", "nightly"],
            &[Detach("nightly")],
            Exit(0),
        ),
    ]
}

/// One grant of a table row: etcd's permission type, the key (placeholders replaced, with
/// `--prefix` in front), and whether it is a prefix grant.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Grant {
    write: bool,
    key: String,
    prefix: bool,
}

impl Grant {
    /// How the refusal names it.
    fn shown(&self) -> String {
        if self.prefix {
            format!("{}…", self.key)
        } else {
            self.key.clone()
        }
    }
}

fn security_md() -> String {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/docs/security.md");
    std::fs::read_to_string(path).expect("reading docs/security.md")
}

/// The table of docs/security.md: row (first cell) → grants, as written (placeholders).
fn table() -> BTreeMap<String, Vec<(bool, String, bool)>> {
    let doc = security_md();
    let section = doc
        .split("## What each command needs")
        .nth(1)
        .expect("docs/security.md has the section 'What each command needs'");
    let mut rows = BTreeMap::new();
    for line in section.lines().take_while(|l| !l.starts_with("## ")) {
        let cells: Vec<&str> = line.split('|').map(str::trim).collect();
        if cells.len() < 4 || !cells[1].starts_with('`') {
            continue;
        }
        let row = cells[1].trim_matches('`').to_string();
        let mut grants = Vec::new();
        for part in cells[2].split(';').map(str::trim) {
            if part.starts_with("nothing") {
                continue;
            }
            // "readwrite on prefix `X`" or "read on key `X` (each JOB)"
            let words: Vec<&str> = part.splitn(4, ' ').collect();
            assert!(
                words.len() >= 4 && words[1] == "on",
                "unreadable grant {part:?} in row {row:?}"
            );
            let write = match words[0] {
                "read" => false,
                "readwrite" => true,
                other => panic!("unknown permission type {other:?} in row {row:?}"),
            };
            let prefix = match words[2] {
                "prefix" => true,
                "key" => false,
                other => panic!("neither prefix nor key: {other:?} in row {row:?}"),
            };
            let key = words[3]
                .split('`')
                .nth(1)
                .unwrap_or_else(|| panic!("no `key` in {part:?}"));
            grants.push((write, key.to_string(), prefix));
        }
        rows.insert(row, grants);
    }
    assert!(
        rows.len() > 20,
        "docs/security.md's table has only {rows:?}"
    );
    rows
}

/// `key` with the case names for the placeholders and `prefix` in front.
fn concrete(key: &str, prefix: &str) -> String {
    let mut key = key.to_string();
    for (placeholder, name) in NAMES {
        key = key.replace(placeholder, name);
    }
    format!("{prefix}{key}")
}

/// A sandbox with auth on and a root user; the root client.
struct AuthCluster {
    sandbox: Sandbox,
    root: Client,
    rt: tokio::runtime::Runtime,
    users: usize,
    /// The token of the last [`Setup::Detach`], given to the runs that follow it.
    token: Option<String>,
}

impl AuthCluster {
    fn start() -> AuthCluster {
        let sandbox = Sandbox::start(SandboxOptions::members(1)).expect("starting etcd");
        let rt = runtime_mt();
        let root = rt.block_on(async {
            let mut c = Client::connect(sandbox.endpoints(), None).await.unwrap();
            c.user_add("root", ROOT_PASSWORD, None).await.unwrap();
            c.user_grant_role("root", "root").await.unwrap();
            c.auth_enable().await.unwrap();
            let options = ConnectOptions::new().with_user("root", ROOT_PASSWORD);
            Client::connect(sandbox.endpoints(), Some(options))
                .await
                .unwrap()
        });
        AuthCluster {
            sandbox,
            root,
            rt,
            users: 0,
            token: None,
        }
    }

    /// A new user whose one role grants exactly `grants`; its name.
    fn user_with(&mut self, grants: &[Grant]) -> String {
        self.users += 1;
        let (user, role) = (format!("u{}", self.users), format!("r{}", self.users));
        let root = &mut self.root;
        self.rt.block_on(async {
            root.role_add(role.as_str()).await.unwrap();
            for g in grants {
                let kind = if g.write {
                    PermissionType::Readwrite
                } else {
                    PermissionType::Read
                };
                let mut permission = Permission::new(kind, g.key.as_str());
                if g.prefix {
                    permission = permission.with_prefix();
                }
                root.role_grant_permission(role.as_str(), permission)
                    .await
                    .unwrap();
            }
            root.user_add(user.as_str(), USER_PASSWORD, None)
                .await
                .unwrap();
            root.user_grant_role(user.as_str(), role.as_str())
                .await
                .unwrap();
        });
        user
    }

    fn put(&mut self, key: &str, value: &str) {
        let root = &mut self.root;
        self.rt
            .block_on(async { root.put(key, value, None).await.unwrap() });
    }

    fn put_contender(&mut self, key: &str, value: &str) {
        let root = &mut self.root;
        self.rt
            .block_on(crate::support::put_contender_with(root, key, value));
    }

    /// Every key with its mod revision: what "nothing written" is checked against (no
    /// lease of an earlier case expires meanwhile: each is revoked, or long).
    fn snapshot(&mut self) -> Vec<(String, i64)> {
        let root = &mut self.root;
        self.rt.block_on(async {
            let all = GetOptions::new().with_from_key().with_keys_only();
            let got = root.get("\0", Some(all)).await.unwrap();
            got.kvs()
                .iter()
                .map(|kv| (kv.key_str().unwrap().to_string(), kv.mod_revision()))
                .collect()
        })
    }

    fn etcdkit_as(&self, user: &str, password: &str, prefix: &str, args: &[&str]) -> Output {
        let mut cmd = etcdkit();
        if let Some(token) = &self.token {
            cmd.env("ETCDKIT_LOCK_TOKEN", token);
        }
        cmd.env("ETCDKIT_ENDPOINTS", self.sandbox.endpoint(0))
            .env("ETCDKIT_USER", user)
            .env("ETCDKIT_PASSWORD", password)
            .env("ETCDKIT_PREFIX", prefix)
            .args(args)
            .output()
            .unwrap()
    }

    fn setup(&mut self, case: &Case, prefix: &str) {
        self.token = None;
        for step in case.setup {
            match step {
                Setup::Put(key, value) => self.put(&format!("{prefix}{key}"), value),
                Setup::Contender(key, value) => {
                    self.put_contender(&format!("{prefix}{key}"), value)
                }
                Setup::Detach(name) => {
                    let args = ["lock", name, "-n", "1000", "--detach", "--ttl", "3s"];
                    let out = self.etcdkit_as("root", ROOT_PASSWORD, prefix, &args);
                    assert_eq!(out.status.code(), Some(0), "setup: {}", stderr_text(&out));
                    self.token = Some(String::from_utf8(out.stdout).unwrap().trim().to_string());
                }
                Setup::Etcdkit(args) => {
                    let out = self.etcdkit_as("root", ROOT_PASSWORD, prefix, args);
                    assert_eq!(
                        out.status.code(),
                        Some(0),
                        "setup {args:?}: {}",
                        stderr_text(&out)
                    );
                }
            }
        }
    }

    /// Runs the case as `user`; whether it succeeded, and its stderr.
    fn run(&self, case: &Case, user: &str, prefix: &str) -> (bool, Option<i32>, String) {
        match case.success {
            Success::Exit(code) => {
                let out = self.etcdkit_as(user, USER_PASSWORD, prefix, case.args);
                let status = out.status.code();
                (status == Some(code), status, stderr_text(&out))
            }
            Success::FirstLine => {
                let mut cmd = crate::support::etcdkit_process();
                cmd.env("ETCDKIT_ENDPOINTS", self.sandbox.endpoint(0))
                    .env("ETCDKIT_USER", user)
                    .env("ETCDKIT_PASSWORD", USER_PASSWORD)
                    .env("ETCDKIT_PREFIX", prefix)
                    .args(case.args);
                let (mut child, mut lines) = crate::support::spawn_lines(&mut cmd);
                let first = lines.next_within(Duration::from_secs(10));
                if first.is_some() {
                    crate::support::signal(&child, nix::sys::signal::Signal::SIGTERM);
                }
                let status = crate::support::wait_exit(&mut child, Duration::from_secs(10));
                let mut err = String::new();
                if let Some(mut stderr) = child.stderr.take() {
                    use std::io::Read;
                    let _ = stderr.read_to_string(&mut err);
                }
                (first.is_some(), status, err)
            }
        }
    }
}

/// Every row, granted exactly, works; every grant of it is needed, and its absence is
/// named in one line with nothing written.
fn each_row_is_exactly_what_the_command_needs(prefix: &str) {
    let table = table();
    let cases = cases();
    let case_rows: Vec<&str> = cases.iter().map(|c| c.row).collect();
    for row in table.keys() {
        assert!(
            case_rows.contains(&row.as_str()),
            "docs/security.md lists `{row}` but no case runs it"
        );
    }
    let mut cluster = AuthCluster::start();
    let mut refusals = 0;
    for case in &cases {
        let grants: Vec<Grant> = table
            .get(case.row)
            .unwrap_or_else(|| panic!("docs/security.md has no row `{}`", case.row))
            .iter()
            .map(|(write, key, is_prefix)| Grant {
                write: *write,
                key: concrete(key, prefix),
                prefix: *is_prefix,
            })
            .collect();

        cluster.setup(case, prefix);
        let user = cluster.user_with(&grants);
        let (ok, status, err) = cluster.run(case, &user, prefix);
        assert!(
            ok,
            "`{}` with exactly {grants:?}: exit {status:?}: {err}",
            case.row
        );

        for missing in &grants {
            let fewer: Vec<Grant> = grants.iter().filter(|g| *g != missing).cloned().collect();
            let user = cluster.user_with(&fewer);
            cluster.setup(case, prefix);
            let before = cluster.snapshot();
            let (_, status, err) = cluster.run(case, &user, prefix);
            let what = format!("`{}` without {missing:?}", case.row);
            assert_eq!(status, Some(1), "{what}: {err}");
            assert_refusal(&err, &missing.shown(), &what);
            assert_eq!(cluster.snapshot(), before, "{what}: something was written");
            refusals += 1;
        }
    }
    eprintln!(
        "{} rows granted exactly; {refusals} refusals named",
        cases.len()
    );
}

/// One line: permission denied, the key, a pointer to the docs; no Rust debug output.
fn assert_refusal(err: &str, key: &str, what: &str) {
    assert_eq!(err.lines().count(), 1, "{what}: not one line: {err}");
    assert!(err.starts_with("etcdkit: error: "), "{what}: {err}");
    assert!(err.contains("permission denied"), "{what}: {err}");
    assert!(
        err.contains(&format!(" {key}: ")),
        "{what}: does not name {key}: {err}"
    );
    assert!(err.contains("(see docs/security.md)"), "{what}: {err}");
    assert!(
        !err.contains("grpc") && !err.contains("Status"),
        "{what}: {err}"
    );
}

/// `lock --renew` renews the token's lease: etcd 3.4 asks nothing of the keys on it, 3.5
/// asks write on every one of them (docs/security.md, below the table). Read on `NAME/` is
/// all 3.4 needs; the lock's and the holder record's write is what 3.5 needs, and suffices
/// on both.
#[test]
fn renewing_a_detached_lock_needs_what_each_version_asks() {
    let mut cluster = AuthCluster::start();
    cluster.setup(
        &Case {
            row: "renew",
            args: &[],
            setup: &[Setup::Detach("nightly")],
            success: Success::Exit(0),
        },
        "",
    );
    let grant = |write, key: &str| Grant {
        write,
        key: key.to_string(),
        prefix: true,
    };
    let both = cluster.user_with(&[
        grant(true, "nightly/"),
        grant(true, "__etcdkit/nightly/holders/"),
    ]);
    let read = cluster.user_with(&[grant(false, "nightly/")]);
    let renew = ["lock", "nightly", "--renew"];
    let out = cluster.etcdkit_as(&both, USER_PASSWORD, "", &renew);
    assert_eq!(out.status.code(), Some(0), "{}", stderr_text(&out));
    let out = cluster.etcdkit_as(&read, USER_PASSWORD, "", &renew);
    let version = std::env::var("ETCDKIT_TEST_ETCD_VERSION").unwrap_or_else(|_| {
        let out = std::process::Command::new("etcdctl")
            .arg("version")
            .output()
            .unwrap();
        String::from_utf8_lossy(&out.stdout).replace("etcdctl version: ", "")
    });
    if version.starts_with("3.4") {
        assert_eq!(
            out.status.code(),
            Some(0),
            "{version}: {}",
            stderr_text(&out)
        );
    } else {
        assert_eq!(
            out.status.code(),
            Some(1),
            "{version}: renewed with read alone"
        );
        assert_refusal(
            &stderr_text(&out),
            "nightly/…",
            "renew with read on nightly/",
        );
    }
}

#[test]
fn each_row_is_exactly_what_the_command_needs_without_prefix() {
    each_row_is_exactly_what_the_command_needs("");
}

#[test]
fn each_row_is_exactly_what_the_command_needs_with_prefix() {
    each_row_is_exactly_what_the_command_needs("tenant-a/");
}

/// The recipe's `etcdctl` lines (the fenced block after `marker`), for user `alice`.
fn recipe(marker: &str) -> Vec<Vec<String>> {
    let doc = security_md();
    let after = doc
        .split(marker)
        .nth(1)
        .unwrap_or_else(|| panic!("docs/security.md has no {marker:?}"));
    let block = after
        .split("```sh")
        .nth(1)
        .and_then(|b| b.split("```").next())
        .expect("a ```sh block after the marker");
    block
        .lines()
        .map(str::trim)
        .filter(|l| l.starts_with("etcdctl "))
        // `user add alice` asks for a password on a terminal; give it inline instead.
        .map(|l| l.replace("user add alice", &format!("user add alice:{USER_PASSWORD}")))
        .map(|l| l.split_whitespace().skip(1).map(str::to_string).collect())
        .collect()
}

fn run_recipe(cluster: &AuthCluster, lines: &[Vec<String>]) {
    assert!(lines.len() >= 4, "recipe too short: {lines:?}");
    run_recipe_lines(cluster, lines);
}

/// `etcdctl` as root with each of `lines` as arguments; each must succeed.
fn run_recipe_lines(cluster: &AuthCluster, lines: &[Vec<String>]) {
    for args in lines {
        let out = std::process::Command::new("etcdctl")
            .env("ETCDCTL_API", "3")
            .args(["--endpoints", &cluster.sandbox.endpoint(0)])
            .args(["--user", &format!("root:{ROOT_PASSWORD}")])
            .args(args)
            .output()
            .expect("running etcdctl");
        assert!(
            out.status.success(),
            "etcdctl {args:?}: {}",
            stderr_text(&out)
        );
    }
}

/// Every case as alice after the recipe; then one name the role does not cover.
fn the_recipe_covers_every_command(marker: &str, prefix: &str) {
    let mut cluster = AuthCluster::start();
    run_recipe(&cluster, &recipe(marker));
    for case in cases() {
        cluster.setup(&case, prefix);
        let (ok, status, err) = cluster.run(&case, "alice", prefix);
        assert!(
            ok,
            "recipe {marker:?}: `{}`: exit {status:?}: {err}",
            case.row
        );
    }
    // A name outside the role; with --prefix, a name outside the tenant (no --prefix).
    let before = cluster.snapshot();
    if prefix.is_empty() {
        let out = cluster.etcdkit_as("alice", USER_PASSWORD, "", &["queue", "push", "other", "x"]);
        assert_eq!(out.status.code(), Some(1), "{}", stderr_text(&out));
        assert_refusal(&stderr_text(&out), "other/…", "queue push other");
        let out = cluster.etcdkit_as("alice", USER_PASSWORD, "", &["lock", "other", "--", "true"]);
        assert_eq!(out.status.code(), Some(1));
        assert_refusal(&stderr_text(&out), "other/…", "lock other");
    } else {
        let out = cluster.etcdkit_as("alice", USER_PASSWORD, "", &["queue", "push", "jobs", "x"]);
        assert_eq!(out.status.code(), Some(1));
        assert_refusal(
            &stderr_text(&out),
            "jobs/…",
            "queue push jobs without --prefix",
        );
    }
    assert_eq!(
        cluster.snapshot(),
        before,
        "a refused command wrote something"
    );
}

#[test]
fn the_name_prefix_recipe_covers_every_command() {
    the_recipe_covers_every_command("A team whose names start with", "");
}

#[test]
fn the_tenant_prefix_recipe_covers_every_command() {
    the_recipe_covers_every_command("With `--prefix tenant-a/`", "tenant-a/");
}

#[test]
fn a_missing_wrong_or_deleted_user_is_one_line_without_the_password() {
    let mut cluster = AuthCluster::start();
    let user = cluster.user_with(&[Grant {
        write: true,
        key: "jobs".into(),
        prefix: true,
    }]);
    let ok = cluster.etcdkit_as(&user, USER_PASSWORD, "", &["queue", "push", "jobs", "a"]);
    // The grant lacks the bookkeeping prefix: refused, but authenticated.
    assert_refusal(
        &stderr_text(&ok),
        "__etcdkit/jobs/…",
        "no bookkeeping grant",
    );

    let out = etcdkit()
        .env("ETCDKIT_ENDPOINTS", cluster.sandbox.endpoint(0))
        .args(["queue", "len", "jobs"])
        .output()
        .unwrap();
    let err = stderr_text(&out);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert_eq!(
        err.trim_end(),
        "etcdkit: error: etcd has authentication enabled and no user was given: give --user (or ETCDKIT_USER)"
    );

    let root = &mut cluster.root;
    cluster
        .rt
        .block_on(async { root.user_delete(user.as_str()).await.unwrap() });
    let mut refused = vec![(user.clone(), USER_PASSWORD), ("root".into(), "wr0ng-Pa55")];
    // etcd 3.5's nearest thing to a disabled account: a user without a password (it can
    // only log in with a client certificate). etcd 3.4 has no such user.
    if etcdctl_version().starts_with("3.5") {
        let add = ["user", "add", "nopass", "--no-password"];
        run_recipe_lines(&cluster, &[add.map(String::from).to_vec()]);
        refused.push(("nopass".into(), USER_PASSWORD));
    }
    for (who, password) in &refused {
        let (who, password) = (who.as_str(), *password);
        let out = cluster.etcdkit_as(who, password, "", &["queue", "len", "jobs"]);
        let err = stderr_text(&out);
        assert_eq!(out.status.code(), Some(1), "{who}: {err}");
        assert_eq!(err.lines().count(), 1, "{who}: {err}");
        assert!(
            err.contains(&format!("authentication failed for user {who:?}")),
            "{err}"
        );
        assert!(!err.contains(password), "password printed: {err}");
    }
}

/// The etcdctl on PATH's version, e.g. `3.5.16`.
fn etcdctl_version() -> String {
    let out = std::process::Command::new("etcdctl")
        .arg("version")
        .output()
        .expect("running etcdctl version");
    let text = String::from_utf8_lossy(&out.stdout).into_owned();
    text.lines()
        .find_map(|l| l.strip_prefix("etcdctl version: "))
        .unwrap_or_else(|| panic!("no version in {text:?}"))
        .trim()
        .to_string()
}

/// `--bookkeeping-prefix` moves the queue's counters, and the grant with them; empty is
/// refused before anything is sent.
#[test]
fn the_bookkeeping_prefix_is_configurable() {
    let mut cluster = AuthCluster::start();
    let grant = |key: &str| Grant {
        write: true,
        key: key.into(),
        prefix: true,
    };
    let user = cluster.user_with(&[grant("jobs/"), grant("ops/jobs/queue-clients/")]);
    let push = |bookkeeping: &str| {
        etcdkit()
            .env("ETCDKIT_ENDPOINTS", cluster.sandbox.endpoint(0))
            .env("ETCDKIT_USER", &user)
            .env("ETCDKIT_PASSWORD", USER_PASSWORD)
            .env("ETCDKIT_BOOKKEEPING_PREFIX", bookkeeping)
            .args(["queue", "push", "jobs", "a"])
            .output()
            .unwrap()
    };
    let out = push("ops/");
    assert_eq!(out.status.code(), Some(0), "{}", stderr_text(&out));
    let out = push("__etcdkit/");
    assert_eq!(out.status.code(), Some(1));
    assert_refusal(
        &stderr_text(&out),
        "__etcdkit/jobs/…",
        "the default bookkeeping prefix",
    );
    let out = push("");
    assert_eq!(out.status.code(), Some(2), "{}", stderr_text(&out));
    assert!(stderr_text(&out).contains("--bookkeeping-prefix is empty"));
}

/// `status` for a user with no grants: the row is always reachable and exit 0. A server
/// that answers member status only to the root role (etcd 3.5.28 and later) still yields
/// the member and term, from the member list, with a note naming why the rest is missing;
/// an older one answers in full.
#[test]
fn status_without_grants_says_what_the_server_would_not_tell() {
    let mut cluster = AuthCluster::start();
    let user = cluster.user_with(&[]);
    let as_root = cluster.etcdkit_as("root", ROOT_PASSWORD, "", &["status", "-o", "json"]);
    let full: serde_json::Value = serde_json::from_slice(&as_root.stdout).unwrap();
    let version = full["version"]
        .as_str()
        .expect("root sees the version")
        .to_string();
    let (minor, patch) = {
        let mut parts = version.split('.').map(|p| p.parse::<u32>().unwrap_or(0));
        let (_, minor, patch) = (
            parts.next(),
            parts.next().unwrap_or(0),
            parts.next().unwrap_or(0),
        );
        (minor, patch)
    };
    let restricted = minor > 5 || (minor == 5 && patch >= 28);

    let out = cluster.etcdkit_as(&user, USER_PASSWORD, "", &["status", "-o", "json"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr_text(&out));
    let row: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(row["reachable"], true);
    assert_eq!(row["member_id"], full["member_id"], "{row}");
    if restricted {
        assert!(row["version"].is_null(), "{row}");
        assert!(
            row["error"]
                .as_str()
                .unwrap_or("")
                .contains("needs the root role"),
            "etcd {version}: {row}"
        );
        assert!(row["raft_term"].is_u64(), "etcd {version}: {row}");
    } else {
        assert_eq!(row, full, "etcd {version} answers status to any user");
    }
    let text = cluster.etcdkit_as(&user, USER_PASSWORD, "", &["status"]);
    let shown = String::from_utf8_lossy(&text.stdout).into_owned();
    assert_eq!(shown.contains("needs the root role"), restricted, "{shown}");
}
