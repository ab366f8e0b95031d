//! The library's examples (examples/*.rs) run against a sandbox and do what they say.

use std::path::PathBuf;
use std::time::Duration;

use crate::support::cluster;

/// An example binary, built by `cargo test` (or `cargo build --examples`) beside the tests.
fn example(name: &str) -> PathBuf {
    let deps = std::env::current_exe().expect("the test's path");
    let path = deps
        .parent()
        .and_then(|d| d.parent())
        .map(|debug| debug.join("examples").join(name))
        .expect("target/<profile>/examples");
    assert!(
        path.exists(),
        "{} is not built: run `cargo build --examples` (cargo test builds it)",
        path.display()
    );
    path
}

fn run(name: &str) -> String {
    let sandbox = cluster(1);
    let out = assert_cmd::Command::new(example(name))
        .env("ETCDKIT_ENDPOINTS", sandbox.endpoint(0))
        .timeout(Duration::from_secs(30))
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout).into_owned();
    assert!(
        out.status.success(),
        "example {name} failed: {}\n{stdout}\n{}",
        out.status,
        String::from_utf8_lossy(&out.stderr)
    );
    stdout
}

#[test]
fn lock_runs_the_two_workers_one_after_the_other() {
    let out = run("lock");
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines.len(), 4, "{out}");
    // Each worker's "done" comes before the other one holds.
    let who = |l: &str| l.split(' ').next().unwrap_or_default().to_string();
    assert!(
        lines[0].contains(" holds ") && lines[1].ends_with(" done"),
        "{out}"
    );
    assert_eq!(who(lines[0]), who(lines[1]), "{out}");
    assert!(
        lines[2].contains(" holds ") && lines[3].ends_with(" done"),
        "{out}"
    );
    assert_ne!(who(lines[0]), who(lines[2]), "{out}");
}

#[test]
fn election_hands_over_and_proclaims() {
    let out = run("election");
    assert!(
        out.contains("host-b sees the leader say \"host-a: shard 4/10\""),
        "{out}"
    );
    assert!(out.contains("host-b leads (indexer/"), "{out}");
}

#[test]
fn queue_delivers_each_job_once() {
    let out = run("queue");
    assert!(out.contains("5 jobs consumed"), "{out}");
    for i in 1..=5 {
        assert_eq!(out.matches(&format!("\"video-{i}\"")).count(), 1, "{out}");
    }
}

#[test]
fn registry_registers_lists_and_deregisters() {
    let out = run("registry");
    assert!(out.contains("web: 10.0.0.5:8080 {\"zone\":\"a\"}"), "{out}");
    assert!(out.contains("deregistered: 0 left"), "{out}");
}
