//! `barrier NAME --parties N`: nobody starts before the N-th arrives, nobody leaves before
//! the last CMD ends, a dead party drops out, and the Go recipe's layout.

use std::process::Child;
use std::time::Duration;

use nix::sys::signal::Signal;

use crate::support::{
    cluster, etcdkit, etcdkit_process, eventually, keys, signal, still_running_after, wait_exit,
};
use etcdkit::sandbox::Sandbox;

fn party(sandbox: &Sandbox, args: &[&str], script: &str) -> Child {
    etcdkit_process()
        .env("ETCDKIT_ENDPOINTS", sandbox.endpoint(0))
        .args(["barrier", "shards", "--parties", "3"])
        .args(args)
        .args(["--", "sh", "-c", script])
        .spawn()
        .unwrap()
}

#[test]
fn no_cmd_starts_before_the_third_and_no_party_leaves_before_the_last_cmd_ends() {
    let sandbox = cluster(1);
    let dir = tempfile::tempdir().unwrap();
    let (log, go) = (dir.path().join("started"), dir.path().join("go"));
    let quick = format!("echo in >> {}", log.display());
    let slow = format!(
        "echo in >> {}; while [ ! -e {} ]; do sleep 0.01; done",
        log.display(),
        go.display()
    );
    let mut first = party(&sandbox, &[], &quick);
    let mut second = party(&sandbox, &[], &quick);
    eventually(Duration::from_secs(15), "two parties in", || {
        keys(&sandbox, "shards/waiters/").len() == 2
    });
    still_running_after(
        &mut first,
        Duration::from_millis(300),
        "a party before the third",
    );
    assert_eq!(
        crate::support::file_lines(&log).len(),
        0,
        "a CMD started before the third party arrived"
    );

    let mut third = party(&sandbox, &[], &slow);
    eventually(Duration::from_secs(15), "all three CMDs", || {
        crate::support::file_lines(&log).len() == 3
    });
    // The quick ones finished their CMD but wait for the slow one to leave.
    still_running_after(&mut first, Duration::from_millis(300), "the first party");
    still_running_after(&mut second, Duration::from_millis(1), "the second party");
    std::fs::write(&go, "").unwrap();
    for p in [&mut first, &mut second, &mut third] {
        assert_eq!(wait_exit(p, Duration::from_secs(15)), Some(0));
    }
    assert_eq!(
        keys(&sandbox, "shards/"),
        Vec::<String>::new(),
        "all keys gone"
    );
}

#[test]
fn a_party_killed_while_waiting_drops_out() {
    let sandbox = cluster(1);
    let mut doomed = party(&sandbox, &["--ttl", "2s"], "true");
    let mut waiting = party(&sandbox, &["--ttl", "2s"], "true");
    eventually(Duration::from_secs(15), "two parties in", || {
        keys(&sandbox, "shards/waiters/").len() == 2
    });
    signal(&doomed, Signal::SIGKILL);
    wait_exit(&mut doomed, Duration::from_secs(5));
    // Its key goes with its lease; then two newcomers complete the barrier.
    eventually(
        Duration::from_secs(15),
        "the dead party's key to expire",
        || keys(&sandbox, "shards/waiters/").len() == 1,
    );
    let mut a = party(&sandbox, &[], "true");
    let mut b = party(&sandbox, &[], "true");
    for p in [&mut waiting, &mut a, &mut b] {
        assert_eq!(wait_exit(p, Duration::from_secs(15)), Some(0));
    }
}

#[test]
fn timeout_full_barrier_status_and_bad_input() {
    let sandbox = cluster(1);
    // Alone at a barrier for 2: exit 3 after the timeout, leaving no key.
    let out = etcdkit()
        .env("ETCDKIT_ENDPOINTS", sandbox.endpoint(0))
        .args(["barrier", "pair", "--parties", "2", "--timeout", "300ms"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(3));
    assert_eq!(keys(&sandbox, "pair/waiters/"), Vec::<String>::new());

    // CMD's status comes back; a 4th party at a barrier for 3 that is in use is refused.
    let dir = tempfile::tempdir().unwrap();
    let go = dir.path().join("go");
    let hold = format!(
        "while [ ! -e {} ]; do sleep 0.01; done; exit 7",
        go.display()
    );
    let mut three: Vec<Child> = (0..3).map(|_| party(&sandbox, &[], &hold)).collect();
    eventually(Duration::from_secs(15), "three in", || {
        keys(&sandbox, "shards/waiters/").len() == 3
    });
    let out = etcdkit()
        .env("ETCDKIT_ENDPOINTS", sandbox.endpoint(0))
        .args(["barrier", "shards", "--parties", "3", "--", "true"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(3));
    assert!(String::from_utf8_lossy(&out.stderr).contains("already has its 3 parties"));
    std::fs::write(&go, "").unwrap();
    for p in &mut three {
        assert_eq!(
            wait_exit(p, Duration::from_secs(15)),
            Some(7),
            "CMD's status"
        );
    }

    for args in [
        &["barrier", "x"][..],
        &["barrier", "x", "--parties", "0"],
        &["barrier", "", "--parties", "2"],
        &["barrier", "x", "--parties", "2", "--timeout", "soon"],
        &["barrier", "x", "--parties", "2", "--ttl", "1s"],
    ] {
        crate::support::assert_usage_error(&sandbox, args);
    }
}

#[test]
fn a_go_party_written_by_hand_counts_and_is_waited_for() {
    let sandbox = cluster(1);
    let dir = tempfile::tempdir().unwrap();
    let log = dir.path().join("started");
    // A Go recipes.DoubleBarrier party: its key under NAME/waiters/.
    crate::support::put(&sandbox, "shards/waiters/1700000000000000001", "");
    let script = format!("echo in >> {}", log.display());
    let mut a = party(&sandbox, &[], &script);
    let mut b = party(&sandbox, &[], &script);
    eventually(Duration::from_secs(15), "both CMDs", || {
        crate::support::file_lines(&log).len() == 2
    });
    assert_eq!(
        crate::support::get(&sandbox, "shards/ready").as_deref(),
        Some(""),
        "the N-th put ready"
    );
    // They do not leave before the Go party does.
    still_running_after(&mut a, Duration::from_millis(300), "a party");
    crate::support::with_client(&sandbox, async |c| {
        c.delete("shards/waiters/1700000000000000001", None)
            .await
            .unwrap();
    });
    for p in [&mut a, &mut b] {
        assert_eq!(wait_exit(p, Duration::from_secs(15)), Some(0));
    }
}

/// Another party's key under the name ours would take (forced: written first, on its own
/// lease): ours takes a fresh key, so two parties count as two and both are in at once.
/// Adopting it, we would count as one party with the other and wait for a third forever.
#[test]
fn a_party_never_shares_a_key_written_on_another_lease() {
    use etcdkit::lease::session::Session;
    use etcdkit::recipes::double_barrier::DoubleBarrier;
    let sandbox = cluster(1);
    crate::support::runtime().block_on(async {
        let etcd = crate::support::connect(&sandbox).await;
        let ours = Session::new(&etcd, Duration::from_secs(10)).await.unwrap();
        let theirs = Session::new(&etcd, Duration::from_secs(10)).await.unwrap();
        let mut party = DoubleBarrier::new(&ours, "collide", 2).unwrap();
        let taken = party.key();
        crate::support::put_on_lease(&etcd, &taken, theirs.id()).await;

        tokio::time::timeout(Duration::from_secs(10), party.enter())
            .await
            .expect("entering waited for a third party: the other's key was adopted")
            .unwrap();
        assert_ne!(party.key(), taken);
        assert_eq!(party.entered().await.unwrap(), 2);
        theirs.close().await.unwrap();
        ours.close().await.unwrap();
    });
}
