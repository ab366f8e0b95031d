//! CI and cron: locks that span pipeline steps (`lock --detach`, `unlock`, `--renew`,
//! `--verify`), and the knobs around a run of CMD: `--max-runtime`, `--splay`,
//! `--report-textfile`, `--ping`, `--quiet-unless-failed`.

use std::io::{BufRead, BufReader, Read, Write};
use std::process::{Output, Stdio};
use std::time::{Duration, Instant};

use crate::support::{cluster, etcdkit, stderr_text, still_running_after, wait_exit};
use etcdkit::sandbox::Sandbox;

fn run(sandbox: &Sandbox, args: &[&str]) -> Output {
    etcdkit()
        .env("ETCDKIT_ENDPOINTS", sandbox.endpoint(0))
        .args(args)
        .output()
        .unwrap()
}

/// `lock NAME --detach --ttl DUR`: the token it printed.
fn detach(sandbox: &Sandbox, name: &str, ttl: &str) -> String {
    let out = run(sandbox, &["lock", name, "--detach", "--ttl", ttl]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr_text(&out));
    let token = String::from_utf8(out.stdout).unwrap();
    let token = token.trim_end().to_string();
    assert!(
        !token.is_empty() && token.chars().all(|c| c.is_ascii_hexdigit()),
        "not a token: {token:?}"
    );
    token
}

/// A detached lock excludes `lock -- CMD` and etcdctl until its token releases it; a wrong
/// token releases nothing; --verify and --renew answer by the token.
#[test]
fn a_detached_lock_excludes_others_until_its_token_unlocks_it() {
    let sandbox = cluster(1);
    let token = detach(&sandbox, "deploy", "60s");
    let busy = run(&sandbox, &["lock", "deploy", "--try", "--", "true"]);
    assert_eq!(busy.status.code(), Some(3), "{}", stderr_text(&busy));
    assert!(
        stderr_text(&busy).contains("detached"),
        "{}",
        stderr_text(&busy)
    );

    let dir = tempfile::tempdir().unwrap();
    let marker = dir.path().join("etcdctl-ran");
    let mut ctl = std::process::Command::new("etcdctl")
        .args([
            "--endpoints",
            &sandbox.endpoint(0),
            "lock",
            "deploy",
            "touch",
        ])
        .arg(&marker)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    still_running_after(
        &mut ctl,
        Duration::from_millis(700),
        "etcdctl took a detached lock",
    );

    // Another token (a lease that exists, and one that does not) frees nothing.
    let other = detach(&sandbox, "elsewhere", "60s");
    for wrong in [other.as_str(), "1234abcd"] {
        let out = run(&sandbox, &["unlock", "deploy", "--token", wrong]);
        assert_eq!(out.status.code(), Some(3), "{}", stderr_text(&out));
        let err = stderr_text(&out);
        assert!(err.contains("is not held by token"), "{err}");
        assert!(err.contains("held by"), "names the holder: {err}");
        let verify = run(&sandbox, &["lock", "deploy", "--verify", "--token", wrong]);
        assert_eq!(verify.status.code(), Some(3));
    }
    assert!(
        ctl.try_wait().unwrap().is_none(),
        "a wrong token released the lock"
    );
    let verify = run(&sandbox, &["lock", "deploy", "--verify", "--token", &token]);
    assert_eq!(verify.status.code(), Some(0), "{}", stderr_text(&verify));
    let renew = run(&sandbox, &["lock", "deploy", "--renew", "--token", &token]);
    assert_eq!(renew.status.code(), Some(0), "{}", stderr_text(&renew));

    let out = etcdkit()
        .env("ETCDKIT_ENDPOINTS", sandbox.endpoint(0))
        .env("ETCDKIT_LOCK_TOKEN", &token)
        .args(["unlock", "deploy"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr_text(&out));
    assert_eq!(wait_exit(&mut ctl, Duration::from_secs(10)), Some(0));
    assert!(marker.exists(), "etcdctl did not run once unlocked");
    let again = run(&sandbox, &["unlock", "deploy", "--token", &token]);
    assert_eq!(again.status.code(), Some(3), "unlocked twice");
}

/// Never released, a detached lock frees itself within TTL + 1 s; --renew starts its TTL
/// again; a token file written by --detach serves --verify and unlock.
#[test]
fn a_detached_lock_frees_itself_after_its_ttl_unless_renewed() {
    let sandbox = cluster(1);
    let taken = Instant::now();
    detach(&sandbox, "left", "2s");
    let out = run(
        &sandbox,
        &["lock", "left", "--timeout", "10s", "--", "true"],
    );
    let freed = taken.elapsed();
    assert_eq!(out.status.code(), Some(0), "{}", stderr_text(&out));
    assert!(
        freed < Duration::from_secs(3),
        "freed after {freed:?}, TTL 2s"
    );
    assert!(
        freed > Duration::from_millis(1500),
        "freed after {freed:?}, before its TTL"
    );

    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("token");
    let file = file.to_str().unwrap();
    let out = run(
        &sandbox,
        &[
            "lock",
            "kept",
            "--detach",
            "--ttl",
            "3s",
            "--token-file",
            file,
        ],
    );
    assert_eq!(out.status.code(), Some(0), "{}", stderr_text(&out));
    let mode =
        std::os::unix::fs::PermissionsExt::mode(&std::fs::metadata(file).unwrap().permissions());
    assert_eq!(mode & 0o777, 0o600);
    // Renewed at 2 s, it still holds at 4 s, past the TTL it was taken with.
    std::thread::sleep(Duration::from_secs(2));
    let renew = run(&sandbox, &["lock", "kept", "--renew", "--token-file", file]);
    assert_eq!(renew.status.code(), Some(0), "{}", stderr_text(&renew));
    std::thread::sleep(Duration::from_secs(2));
    let verify = run(
        &sandbox,
        &["lock", "kept", "--verify", "--token-file", file],
    );
    assert_eq!(verify.status.code(), Some(0), "expired despite --renew");
    let out = run(&sandbox, &["unlock", "kept", "--token-file", file]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr_text(&out));
}

/// --max-runtime stops CMD (exit 124) in time, and the lock goes to the next holder only
/// after CMD's stop has finished.
#[test]
fn max_runtime_stops_cmd_and_releases_only_after_the_stop() {
    let sandbox = cluster(1);
    let dir = tempfile::tempdir().unwrap();
    let stopped = dir.path().join("stopped");
    let on_term = format!(
        "trap 'sleep 0.3; touch {}; exit 0' TERM; echo started; while :; do sleep 0.05; done",
        stopped.display()
    );
    let started = Instant::now();
    let mut first = crate::support::etcdkit_process()
        .env("ETCDKIT_ENDPOINTS", sandbox.endpoint(0))
        .args([
            "lock",
            "job",
            "--max-runtime",
            "1s",
            "--grace",
            "5s",
            "--",
            "sh",
            "-c",
            &on_term,
        ])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut line = String::new();
    BufReader::new(first.stdout.take().unwrap())
        .read_line(&mut line)
        .unwrap();
    assert_eq!(line, "started\n");
    // The next holder's CMD fails unless the first CMD's stop had finished.
    let check = format!("test -f {}", stopped.display());
    let second = run(
        &sandbox,
        &["lock", "job", "--timeout", "20s", "--", "sh", "-c", &check],
    );
    assert_eq!(
        second.status.code(),
        Some(0),
        "the lock went before CMD's stop ended"
    );
    assert_eq!(wait_exit(&mut first, Duration::from_secs(10)), Some(124));
    let took = started.elapsed();
    assert!(took < Duration::from_secs(5), "stopped after {took:?}");
    let mut err = String::new();
    first
        .stderr
        .take()
        .unwrap()
        .read_to_string(&mut err)
        .unwrap();
    assert!(err.contains("--max-runtime 1s"), "{err}");

    // In a worker, a CMD past --max-runtime is a failed attempt, not the worker's end.
    let out = run(&sandbox, &["queue", "push", "q", "v"]);
    assert_eq!(out.status.code(), Some(0));
    let out = run(
        &sandbox,
        &[
            "queue",
            "work",
            "q",
            "--count",
            "1",
            "--max-runtime",
            "300ms",
            "--max-attempts",
            "1",
            "--",
            "sleep",
            "30",
        ],
    );
    assert_eq!(out.status.code(), Some(0), "{}", stderr_text(&out));
    let dead = run(&sandbox, &["queue", "dead", "q", "-o", "json"]);
    assert_eq!(
        String::from_utf8_lossy(&dead.stdout).lines().count(),
        1,
        "{dead:?}"
    );
}

/// --splay waits less than DUR before contending, and not always nothing.
#[test]
fn splay_delays_within_its_bound() {
    let sandbox = cluster(1);
    let mut waits = Vec::new();
    for _ in 0..5 {
        let started = Instant::now();
        let out = run(&sandbox, &["lock", "s", "--splay", "1s", "--", "true"]);
        assert_eq!(out.status.code(), Some(0), "{}", stderr_text(&out));
        waits.push(started.elapsed());
    }
    let started = Instant::now();
    let out = run(
        &sandbox,
        &["once", "o", "--every", "1h", "--splay", "1s", "--", "true"],
    );
    assert_eq!(out.status.code(), Some(0), "{}", stderr_text(&out));
    waits.push(started.elapsed());
    eprintln!("{waits:?}");
    assert!(
        waits.iter().all(|w| *w < Duration::from_millis(1900)),
        "{waits:?}"
    );
    // Six draws from [0, 1 s) all under 100 ms: one chance in a million.
    assert!(
        waits.iter().any(|w| *w > Duration::from_millis(100)),
        "{waits:?}"
    );
}

/// The textfile parses as Prometheus text, and its counters grow across runs: a success, a
/// failure, a skip.
#[test]
fn the_textfile_counts_runs_skips_and_failures() {
    let sandbox = cluster(1);
    let dir = tempfile::tempdir().unwrap();
    let report = dir.path().to_str().unwrap();
    let base = [
        "lock",
        "nightly/backup",
        "--try",
        "--report-textfile",
        report,
        "--",
    ];
    let go = |cmd: &[&str]| run(&sandbox, &[&base[..], cmd].concat());
    assert_eq!(go(&["true"]).status.code(), Some(0));
    assert_eq!(go(&["sh", "-c", "exit 7"]).status.code(), Some(7));
    let token = detach(&sandbox, "nightly/backup", "30s");
    assert_eq!(go(&["true"]).status.code(), Some(3));
    run(&sandbox, &["unlock", "nightly/backup", "--token", &token]);

    let path = dir.path().join("etcdkit_lock_nightly_backup.prom");
    let text = std::fs::read_to_string(&path).unwrap();
    let lines = text.lines().map(|l| Ok(l.to_string()));
    let scrape = prometheus_parse::Scrape::parse(lines).expect("Prometheus text");
    let value = |name: &str| {
        let sample = scrape
            .samples
            .iter()
            .find(|s| s.metric == name)
            .unwrap_or_else(|| panic!("no {name} in {text}"));
        assert_eq!(sample.labels.get("name"), Some("nightly/backup"));
        assert_eq!(sample.labels.get("command"), Some("lock"));
        match sample.value {
            prometheus_parse::Value::Counter(v) | prometheus_parse::Value::Gauge(v) => v,
            ref other => panic!("{name}: {other:?}"),
        }
    };
    assert_eq!(value("etcdkit_runs_total"), 2.0);
    assert_eq!(value("etcdkit_failures_total"), 1.0);
    assert_eq!(value("etcdkit_skips_total"), 1.0);
    assert_eq!(
        value("etcdkit_last_exit_code"),
        7.0,
        "a skip keeps the last run's code"
    );
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs_f64();
    let success = value("etcdkit_last_success_timestamp_seconds");
    assert!(now - success < 60.0 && now >= success, "{success}");
    assert!(value("etcdkit_last_duration_seconds") < 10.0);
    assert!(
        !text
            .lines()
            .any(|l| !l.starts_with('#') && l.split(' ').count() > 2),
        "a timestamp on a sample:\n{text}"
    );
    let left: Vec<_> = std::fs::read_dir(dir.path()).unwrap().collect();
    assert_eq!(left.len(), 1, "staged files left: {left:?}");
}

/// A local HTTP server that answers 200 to every request and records `METHOD PATH BODY`.
fn ping_server() -> (String, std::sync::mpsc::Receiver<String>) {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let url = format!("http://{}/ping/abc", listener.local_addr().unwrap());
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        for stream in listener.incoming() {
            let Ok(mut stream) = stream else { return };
            let mut reader = BufReader::new(stream.try_clone().unwrap());
            let mut request = String::new();
            reader.read_line(&mut request).unwrap();
            let mut length = 0;
            loop {
                let mut header = String::new();
                reader.read_line(&mut header).unwrap();
                if header.trim().is_empty() {
                    break;
                }
                if let Some(v) = header.to_ascii_lowercase().strip_prefix("content-length:") {
                    length = v.trim().parse().unwrap();
                }
            }
            let mut body = vec![0; length];
            reader.read_exact(&mut body).unwrap();
            let parts: Vec<&str> = request.split(' ').collect();
            let line = format!(
                "{} {} {}",
                parts[0],
                parts[1],
                String::from_utf8_lossy(&body).trim()
            );
            let _ = stream
                .write_all(b"HTTP/1.1 200 OK\r\nContent-Length: 2\r\nConnection: close\r\n\r\nOK");
            if tx.send(line).is_err() {
                return;
            }
        }
    });
    (url, rx)
}

/// --ping: /start before CMD, the URL after a success, /fail after a failure, in order;
/// none for a skip; an unreachable URL never fails the run.
#[test]
fn pings_reach_the_server_in_order() {
    let sandbox = cluster(1);
    let (url, pings) = ping_server();
    let go = |cmd: &[&str]| {
        let args = [&["lock", "job", "--ping", &url, "--"][..], cmd].concat();
        run(&sandbox, &args).status.code()
    };
    assert_eq!(go(&["true"]), Some(0));
    assert_eq!(go(&["false"]), Some(1));
    let got: Vec<String> = (0..4)
        .map(|_| pings.recv_timeout(Duration::from_secs(10)).expect("a ping"))
        .collect();
    assert_eq!(
        got,
        [
            "POST /ping/abc/start ",
            "POST /ping/abc exit 0",
            "POST /ping/abc/start ",
            "POST /ping/abc/fail exit 1"
        ]
    );
    // Busy: a skip, no ping.
    let token = detach(&sandbox, "free", "30s");
    let out = run(
        &sandbox,
        &["lock", "free", "--try", "--ping", &url, "--", "true"],
    );
    assert_eq!(out.status.code(), Some(3));
    assert!(
        pings.recv_timeout(Duration::from_millis(500)).is_err(),
        "a skip pinged"
    );
    run(&sandbox, &["unlock", "free", "--token", &token]);
    // Nothing listens: the run still succeeds, with a note.
    let closed = "http://127.0.0.1:1/nothing";
    let out = run(&sandbox, &["lock", "free", "--ping", closed, "--", "true"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr_text(&out));
    assert!(
        stderr_text(&out).contains("--ping http://127.0.0.1:1/nothing/start"),
        "{}",
        stderr_text(&out)
    );
}

/// --quiet-unless-failed: a success prints nothing of CMD's; a failure prints both streams.
#[test]
fn quiet_unless_failed_prints_only_a_failure() {
    let sandbox = cluster(1);
    let script = "echo to-stdout; echo to-stderr >&2; exit ${1:-0}";
    let quiet = |code: &str| {
        run(
            &sandbox,
            &[
                "lock",
                "q",
                "--quiet-unless-failed",
                "--",
                "sh",
                "-c",
                script,
                "sh",
                code,
            ],
        )
    };
    let ok = quiet("0");
    assert_eq!(ok.status.code(), Some(0));
    assert_eq!(ok.stdout, b"");
    assert_eq!(stderr_text(&ok), "");
    let failed = quiet("5");
    assert_eq!(failed.status.code(), Some(5));
    assert_eq!(String::from_utf8_lossy(&failed.stdout), "to-stdout\n");
    assert_eq!(stderr_text(&failed), "to-stderr\n");
    // Bounded: 3 MiB of output keeps its first and last half MiB.
    let big = run(
        &sandbox,
        &[
            "lock",
            "q",
            "--quiet-unless-failed",
            "--",
            "sh",
            "-c",
            "head -c 3145728 /dev/zero | tr '\\0' x; echo; echo END; exit 1",
        ],
    );
    assert_eq!(big.status.code(), Some(1));
    assert!(big.stdout.len() < 1_100_000, "{} bytes", big.stdout.len());
    let text = String::from_utf8_lossy(&big.stdout);
    assert!(
        text.ends_with("END\n") && text.contains("bytes left out"),
        "{}",
        &text[text.len() - 100..]
    );
}
