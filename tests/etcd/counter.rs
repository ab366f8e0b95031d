//! `counter`: values unique across concurrent incrementers, each increment applied once
//! across a member failure, and the plain operations.

use std::collections::BTreeSet;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::Duration;

use crate::support::{cluster, etcdkit, put, runtime_mt, stderr_text};
use etcdkit::client::{ConnectOptions, Etcd};
use etcdkit::recipes::counter::Counter;
use etcdkit::sandbox::Sandbox;

fn counter(sandbox: &Sandbox, args: &[&str]) -> (Option<i32>, String, String) {
    let out = etcdkit()
        .env("ETCDKIT_ENDPOINTS", sandbox.endpoint(0))
        .arg("counter")
        .args(args)
        .output()
        .unwrap();
    (
        out.status.code(),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr_text(&out),
    )
}

#[test]
fn concurrent_incrementers_never_get_the_same_value() {
    let sandbox = cluster(1);
    let script = format!(
        "for i in $(seq 200); do {} counter build incr || exit 1; done",
        env!("CARGO_BIN_EXE_etcdkit")
    );
    let runners: Vec<_> = (0..5)
        .map(|_| {
            crate::support::etcdkit_process_env(std::process::Command::new("sh"))
                .env("ETCDKIT_ENDPOINTS", sandbox.endpoint(0))
                .args(["-c", &script])
                .stdout(std::process::Stdio::piped())
                .spawn()
                .unwrap()
        })
        .collect();
    let mut values = Vec::new();
    for runner in runners {
        let out = runner.wait_with_output().unwrap();
        assert_eq!(out.status.code(), Some(0));
        values.extend(
            String::from_utf8_lossy(&out.stdout)
                .lines()
                .map(|l| l.parse::<i64>().unwrap()),
        );
    }
    let unique: BTreeSet<i64> = values.iter().copied().collect();
    assert_eq!(values.len(), 1000);
    assert_eq!(unique, (1..=1000).collect(), "duplicates or gaps");
    assert_eq!(counter(&sandbox, &["build", "get"]).1, "1000\n");
    // Each process removed its writer key.
    assert_eq!(
        crate::support::keys(&sandbox, "build/writers/"),
        Vec::<String>::new()
    );
}

#[test]
fn each_increment_is_applied_once_while_a_member_dies() {
    let mut sandbox = cluster(3);
    let rt = runtime_mt();
    let endpoints = sandbox.endpoints();
    let done = Arc::new(AtomicUsize::new(0));
    let tasks: Vec<_> = (0..2)
        .map(|_| {
            let (endpoints, done) = (endpoints.clone(), done.clone());
            rt.spawn(async move {
                let etcd = Etcd::connect(ConnectOptions::new(endpoints)).await.unwrap();
                let mut counter = Counter::new(&etcd, "builds").unwrap();
                let mut seen = Vec::new();
                for _ in 0..150 {
                    seen.push(counter.add(1).await.expect("an increment").value);
                    done.fetch_add(1, Ordering::Relaxed);
                }
                counter.close().await;
                seen
            })
        })
        .collect();
    crate::support::eventually(Duration::from_secs(60), "50 increments", || {
        done.load(Ordering::Relaxed) >= 50
    });
    sandbox.kill(0);
    crate::support::eventually(Duration::from_secs(60), "200 increments", || {
        done.load(Ordering::Relaxed) >= 200
    });
    sandbox.restart(0).unwrap();
    let mut values = Vec::new();
    for task in tasks {
        values.extend(rt.block_on(task).unwrap());
    }
    let unique: BTreeSet<i64> = values.iter().copied().collect();
    assert_eq!(values.len(), 300);
    assert_eq!(unique, (1..=300).collect(), "an increment repeated or lost");
    let etcd = rt
        .block_on(Etcd::connect(ConnectOptions::new(endpoints)))
        .unwrap();
    let final_value = rt
        .block_on(Counter::new(&etcd, "builds").unwrap().get())
        .unwrap();
    assert_eq!(final_value.value, 300);
}

#[test]
fn get_set_delete_and_json() {
    let sandbox = cluster(1);
    assert_eq!(
        counter(&sandbox, &["n"]).1,
        "0\n",
        "a counter never set reads 0"
    );
    assert_eq!(counter(&sandbox, &["n", "set", "-5"]).1, "-5\n");
    assert_eq!(counter(&sandbox, &["n", "incr", "--by", "7"]).1, "2\n");
    assert_eq!(
        crate::support::get(&sandbox, "n/value").as_deref(),
        Some("2"),
        "decimal text"
    );
    let (code, json, _) = counter(&sandbox, &["n", "incr", "-o", "json"]);
    assert_eq!(code, Some(0));
    let v: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(
        (v["name"].as_str(), v["value"].as_i64()),
        (Some("n"), Some(3))
    );
    assert!(v["rev"].as_i64().unwrap() > 0);
    assert_eq!(
        counter(&sandbox, &["n", "delete"]),
        (Some(0), String::new(), String::new())
    );
    assert_eq!(counter(&sandbox, &["n", "get"]).1, "0\n");
}

#[test]
fn bad_values_and_overflow_are_refused_with_one_line() {
    let sandbox = cluster(1);
    put(&sandbox, "odd/value", "twelve");
    for (args, says) in [
        (&["odd", "incr"][..], "not an integer"),
        (&["big", "set", "9223372036854775807"], ""),
        (&["big", "incr"], "does not fit"),
        (
            &["x", "set", "abc"],
            "\"abc\" is not a counter value: give a whole number",
        ),
        (
            &["x", "set", "9223372036854775808"],
            "is not a counter value",
        ),
        (
            &["x", "incr", "--by", "1.5"],
            "\"1.5\" is not a counter value",
        ),
        (&["", "incr"], "NAME"),
    ] {
        let (code, _, err) = counter(&sandbox, args);
        if says.is_empty() {
            assert_eq!(code, Some(0), "{args:?}: {err}");
            continue;
        }
        assert_eq!(code, Some(2), "{args:?}: {err}");
        assert_eq!(err.lines().count(), 1, "{args:?}: {err}");
        assert!(err.contains(says), "{args:?}: {err}");
    }
    assert_eq!(
        crate::support::get(&sandbox, "big/value").as_deref(),
        Some("9223372036854775807")
    );
}
