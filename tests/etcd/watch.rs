//! `watch KEY [-- CMD]`: every change once, in order, also across a member failure;
//! `--debounce`, `--initial`, `--from-rev`, `--stop-on-failure`.

use std::path::Path;
use std::time::Duration;

use nix::sys::signal::Signal;

use crate::support::{
    cluster, etcdkit, etcdkit_process, eventually, put, signal, spawn_lines, stderr_text,
    wait_exit, wait_for_watchers,
};
use etcdkit::sandbox::Sandbox;

fn values(log: &Path) -> Vec<String> {
    std::fs::read_to_string(log)
        .unwrap_or_default()
        .lines()
        .map(str::to_string)
        .collect()
}

fn numbers(n: usize) -> Vec<String> {
    (1..=n).map(|i| i.to_string()).collect()
}

/// Puts `k` = 1..=n through a client of `endpoints`, calling `between` after every 100th.
/// Each put is applied exactly once though a member dies under it: a put whose answer is
/// lost ("request timed out" while a new leader is elected) is retried as a transaction
/// that applies only if `k` still holds the previous value.
fn put_values(endpoints: Vec<String>, n: usize, mut between: impl FnMut(usize)) {
    use etcd_client::{Compare, CompareOp, Txn, TxnOp};
    let rt = crate::support::runtime();
    rt.block_on(async {
        let mut c = etcd_client::Client::connect(endpoints, None).await.unwrap();
        for i in 1..=n {
            let (value, previous) = (i.to_string(), (i - 1).to_string());
            let unchanged = if i == 1 {
                Compare::create_revision("k", CompareOp::Equal, 0)
            } else {
                Compare::value("k", CompareOp::Equal, previous.as_str())
            };
            let put = Txn::new()
                .when([unchanged])
                .and_then([TxnOp::put("k", value.as_str(), None)])
                .or_else([TxnOp::get("k", None)]);
            let deadline = std::time::Instant::now() + Duration::from_secs(30);
            loop {
                match c.txn(put.clone()).await {
                    Ok(r) if r.succeeded() => break,
                    Ok(r) => {
                        let now = match r.op_responses().first() {
                            Some(etcd_client::TxnOpResponse::Get(g)) => g
                                .kvs()
                                .first()
                                .map(|kv| String::from_utf8_lossy(kv.value()).into_owned()),
                            _ => None,
                        };
                        // An earlier attempt whose answer was lost did apply.
                        assert_eq!(now.as_deref(), Some(value.as_str()), "k changed under us");
                        break;
                    }
                    Err(e) => {
                        assert!(
                            std::time::Instant::now() < deadline,
                            "put {i} kept failing for 30 s: {e}"
                        );
                        // A retry's pause while the members elect a leader.
                        tokio::time::sleep(Duration::from_millis(50)).await;
                    }
                }
            }
            if i % 100 == 0 {
                between(i);
            }
        }
    });
}

fn watcher(sandbox: &Sandbox, endpoints: &str, args: &[&str], log: &Path) -> std::process::Child {
    let _ = sandbox;
    let append = format!("echo \"$ETCD_WATCH_VALUE\" >> {}", log.display());
    etcdkit_process()
        .env("ETCDKIT_ENDPOINTS", endpoints)
        .arg("watch")
        .args(args)
        .args(["--", "sh", "-c", &append])
        .spawn()
        .unwrap()
}

#[test]
fn a_thousand_changes_run_cmd_a_thousand_times_in_order() {
    let sandbox = cluster(1);
    let dir = tempfile::tempdir().unwrap();
    let log = dir.path().join("log");
    let mut w = watcher(
        &sandbox,
        &sandbox.endpoint(0),
        &["k", "--count", "1000"],
        &log,
    );
    wait_for_watchers(&sandbox, 1);
    put_values(sandbox.endpoints(), 1000, |_| {});
    assert_eq!(wait_exit(&mut w, Duration::from_secs(120)), Some(0));
    assert_eq!(values(&log), numbers(1000));
}

#[test]
fn debounce_runs_fewer_times_and_ends_with_the_last_value() {
    let sandbox = cluster(1);
    let dir = tempfile::tempdir().unwrap();
    let log = dir.path().join("log");
    let mut w = watcher(
        &sandbox,
        &sandbox.endpoint(0),
        &["k", "--debounce", "300ms"],
        &log,
    );
    wait_for_watchers(&sandbox, 1);
    put_values(sandbox.endpoints(), 500, |_| {});
    eventually(Duration::from_secs(30), "the last value handled", || {
        values(&log).last().map(String::as_str) == Some("500")
    });
    let runs = values(&log).len();
    assert!(runs < 50, "{runs} runs for 500 changes in bursts");
    signal(&w, Signal::SIGTERM);
    assert_eq!(wait_exit(&mut w, Duration::from_secs(10)), Some(143));
}

#[test]
fn a_member_killed_mid_stream_loses_and_repeats_nothing() {
    let mut sandbox = cluster(3);
    let dir = tempfile::tempdir().unwrap();
    let log = dir.path().join("log");
    let all = sandbox.endpoints().join(",");
    let mut w = watcher(&sandbox, &all, &["k", "--count", "600"], &log);
    wait_for_watchers(&sandbox, 1);
    // The watcher is pinned to member 0; the writer uses the other two.
    let others = sandbox.endpoints()[1..].to_vec();
    let mut killed = false;
    put_values(others, 600, |i| {
        if i == 200 && !killed {
            sandbox.kill(0);
            killed = true;
        }
    });
    assert_eq!(wait_exit(&mut w, Duration::from_secs(120)), Some(0));
    assert_eq!(values(&log), numbers(600));
}

#[test]
fn initial_json_from_rev_and_failures() {
    let sandbox = cluster(1);
    put(&sandbox, "cfg/a", "1");
    put(&sandbox, "cfg/b", "2");
    // --initial: the current keys first, then changes.
    let mut cmd = etcdkit_process();
    cmd.env("ETCDKIT_ENDPOINTS", sandbox.endpoint(0)).args([
        "-o",
        "json",
        "watch",
        "cfg/",
        "--tree",
        "--initial",
        "--count",
        "3",
    ]);
    let (mut w, mut lines) = spawn_lines(&mut cmd);
    let first: serde_json::Value = serde_json::from_str(&lines.next_line()).unwrap();
    assert_eq!(
        (first["key"].as_str(), first["type"].as_str()),
        (Some("cfg/a"), Some("put"))
    );
    let second: serde_json::Value = serde_json::from_str(&lines.next_line()).unwrap();
    assert_eq!(second["value"], "2");
    crate::support::with_client(&sandbox, async |c| {
        c.delete("cfg/a", None).await.unwrap();
    });
    let third: serde_json::Value = serde_json::from_str(&lines.next_line()).unwrap();
    assert_eq!(
        (third["type"].as_str(), third["value"].is_null()),
        (Some("delete"), true)
    );
    assert_eq!(wait_exit(&mut w, Duration::from_secs(10)), Some(0));

    // --from-rev replays history; text lines.
    let out = etcdkit()
        .env("ETCDKIT_ENDPOINTS", sandbox.endpoint(0))
        .args(["watch", "cfg/b", "--from-rev", "1", "--count", "1"])
        .output()
        .unwrap();
    assert_eq!(String::from_utf8_lossy(&out.stdout), "put cfg/b 2\n");

    // A failing CMD is reported and the watch goes on; --stop-on-failure ends with it.
    let out = etcdkit()
        .env("ETCDKIT_ENDPOINTS", sandbox.endpoint(0))
        .args([
            "watch",
            "cfg/b",
            "--from-rev",
            "1",
            "--stop-on-failure",
            "--",
            "sh",
            "-c",
            "exit 7",
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(7), "{}", stderr_text(&out));
    let out = etcdkit()
        .env("ETCDKIT_ENDPOINTS", sandbox.endpoint(0))
        .args([
            "watch",
            "cfg/",
            "--tree",
            "--from-rev",
            "1",
            "--count",
            "2",
            "--",
            "sh",
            "-c",
            "exit 7",
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(
        stderr_text(&out).matches("CMD exited 7").count(),
        2,
        "{}",
        stderr_text(&out)
    );

    // A compacted --from-rev names the oldest revision left.
    crate::support::with_client(&sandbox, async |c| {
        let rev = c
            .get("cfg/b", None)
            .await
            .unwrap()
            .header()
            .unwrap()
            .revision();
        c.compact(rev, None).await.unwrap();
    });
    let out = etcdkit()
        .env("ETCDKIT_ENDPOINTS", sandbox.endpoint(0))
        .args(["watch", "cfg/b", "--from-rev", "1"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr_text(&out).contains("oldest available revision"),
        "{}",
        stderr_text(&out)
    );

    for args in [
        &["watch", "k", "--count", "0"][..],
        &["watch", "k", "--debounce", "soon"],
        &["watch", "k", "--from-rev", "0"],
        &["watch", "k", "--stop-on-failure"],
        &["watch", "k", "--from-rev", "3", "--initial"],
        &["watch", ""],
    ] {
        crate::support::assert_usage_error(&sandbox, args);
    }
}
