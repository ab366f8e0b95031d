//! `once NAME --every DUR -- CMD`: one run per period across hosts, decided by a lease;
//! a failed run leaves no marker; `--status`.

use std::path::Path;
use std::time::Duration;

use serde_json::Value;

use crate::support::{cluster, etcdkit, etcdkit_process, eventually, stderr_text, wait_exit};
use etcdkit::sandbox::Sandbox;

fn once(sandbox: &Sandbox, args: &[&str]) -> (Option<i32>, String) {
    let out = etcdkit()
        .env("ETCDKIT_ENDPOINTS", sandbox.endpoint(0))
        .arg("once")
        .args(args)
        .output()
        .unwrap();
    (out.status.code(), stderr_text(&out))
}

fn status(sandbox: &Sandbox, name: &str) -> Value {
    let out = etcdkit()
        .env("ETCDKIT_ENDPOINTS", sandbox.endpoint(0))
        .args(["-o", "json", "once", name, "--status"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr_text(&out));
    serde_json::from_slice(&out.stdout).unwrap()
}

fn runs(log: &Path) -> usize {
    std::fs::read_to_string(log).map_or(0, |t| t.lines().count())
}

#[test]
fn two_hosts_ticking_together_run_it_once() {
    let sandbox = cluster(1);
    let dir = tempfile::tempdir().unwrap();
    let (log, go) = (dir.path().join("runs"), dir.path().join("go"));
    // The first tick's CMD runs until the test lets it finish.
    let script = format!(
        "echo ran >> {}; while [ ! -e {} ]; do sleep 0.01; done",
        log.display(),
        go.display()
    );
    let mut first = etcdkit_process()
        .env("ETCDKIT_ENDPOINTS", sandbox.endpoint(0))
        .args([
            "once", "report", "--every", "60s", "--", "sh", "-c", &script,
        ])
        .spawn()
        .unwrap();
    eventually(Duration::from_secs(15), "the first run to start", || {
        runs(&log) == 1
    });
    // A second host's tick while it runs: skipped, naming the runner.
    let (code, err) = once(
        &sandbox,
        &["report", "--every", "60s", "--", "sh", "-c", &script],
    );
    assert_eq!(code, Some(3), "{err}");
    assert!(err.contains("skipped: running now"), "{err}");
    assert!(err.contains(&format!("pid {}", first.id())), "{err}");
    std::fs::write(&go, "").unwrap();
    assert_eq!(wait_exit(&mut first, Duration::from_secs(15)), Some(0));
    // A tick after it succeeded: skipped until the period is over.
    let (code, err) = once(
        &sandbox,
        &["report", "--every", "60s", "--", "sh", "-c", &script],
    );
    assert_eq!(code, Some(3), "{err}");
    assert!(err.contains("skipped: last success"), "{err}");
    assert_eq!(runs(&log), 1);

    let s = status(&sandbox, "report");
    assert_eq!(s["due"], false, "{s}");
    let left = s["due_in_ms"].as_u64().unwrap();
    assert!(left > 50_000 && left <= 60_000, "{s}");
    assert_eq!(s["last"]["every_s"], 60);
    assert_eq!(s["last"]["by"]["pid"].as_u64(), Some(u64::from(first.id())));
}

#[test]
fn a_failed_run_leaves_no_marker_and_a_period_ends_by_the_clusters_lease() {
    let sandbox = cluster(1);
    let (code, _) = once(
        &sandbox,
        &["report", "--every", "2s", "--", "sh", "-c", "exit 7"],
    );
    assert_eq!(code, Some(7), "CMD's status");
    assert_eq!(
        status(&sandbox, "report")["due"],
        true,
        "a failure marks nothing"
    );
    assert!(status(&sandbox, "report")["last"].is_null());
    let (code, _) = once(&sandbox, &["report", "--every", "2s", "--", "true"]);
    assert_eq!(code, Some(0), "the next tick runs it");
    assert_eq!(
        once(&sandbox, &["report", "--every", "2s", "--", "true"]).0,
        Some(3)
    );
    // When the lease of the period expires on the server, a run is due again.
    eventually(Duration::from_secs(15), "the period to end", || {
        status(&sandbox, "report")["due"] == true
    });
    assert_eq!(
        once(&sandbox, &["report", "--every", "2s", "--", "true"]).0,
        Some(0)
    );
    // The lock's keys are not left behind.
    assert_eq!(
        crate::support::keys(&sandbox, "report/lock/"),
        Vec::<String>::new()
    );
}

#[test]
fn status_text_and_bad_input() {
    let sandbox = cluster(1);
    let out = etcdkit()
        .env("ETCDKIT_ENDPOINTS", sandbox.endpoint(0))
        .args(["once", "report", "--status"])
        .output()
        .unwrap();
    assert_eq!(
        String::from_utf8_lossy(&out.stdout),
        "report: due now; no success on record\n"
    );
    for args in [
        &["once", "report", "--", "true"][..],
        &["once", "report", "--every", "0", "--", "true"],
        &["once", "report", "--every", "1.5s", "--", "true"],
        &["once", "report", "--every", "soon", "--", "true"],
        &["once", "report", "--every", "60s"],
        &["once", "report", "--status", "--every", "60s"],
        &["once", "", "--every", "60s", "--", "true"],
        &[
            "once", "report", "--every", "60s", "--ttl", "1s", "--", "true",
        ],
    ] {
        crate::support::assert_usage_error(&sandbox, args);
    }
}
