//! Cancellation safety of the library (no binary): futures dropped mid-flight, then the same
//! handle used again. No phantom success, no item lost or duplicated.

use std::collections::BTreeSet;
use std::time::Duration;

use crate::support::{cluster, connect, runtime};
use etcd_client::TxnOp;
use etcdkit::client::exactly_once::WriteCounter;
use etcdkit::recipes::queue::Queue;
use tokio::time::timeout;

/// A deadline that lands around a loopback round trip, so that some futures are dropped
/// before sending, some while the server applies, some after it answered.
fn random_deadline() -> Duration {
    Duration::from_micros(fastrand::u64(0..2_500))
}

/// Each transaction writes its own key. Dropped ones are settled (the next call on the
/// handle or `settle` decides them) and the decision matches what etcd holds; a success is
/// never reported for a write that did not happen.
#[test]
fn a_dropped_write_counter_transaction_never_shows_as_a_later_ones_success() {
    let sandbox = cluster(1);
    runtime().block_on(async {
        let etcd = connect(&sandbox).await;
        let mut counter = WriteCounter::new(b"cancel-test/");
        let (mut reported, mut dropped_applied, mut dropped_not) = (BTreeSet::new(), 0, 0);
        for i in 0..300 {
            let key = format!("c/{i:04}");
            let put = vec![TxnOp::put(key.as_str(), "x", None)];
            match timeout(random_deadline(), counter.txn(&etcd, vec![], put)).await {
                Ok(result) => {
                    assert!(result.expect("txn"), "an unguarded write reported refused");
                    reported.insert(key);
                }
                Err(_) => {
                    // Dropped: settle it now and compare with etcd.
                    let settled = counter.settle(&etcd).await.expect("settle");
                    let exists = crate::support::exists(&etcd, &key).await;
                    match settled {
                        Some(applied) => assert_eq!(applied, exists, "{key}: settle said {applied}, etcd has it: {exists}"),
                        // Dropped before it was sent.
                        None => assert!(!exists, "{key} exists, but nothing was in doubt"),
                    }
                    if exists {
                        dropped_applied += 1;
                        reported.insert(key);
                    } else {
                        dropped_not += 1;
                    }
                }
            }
        }
        let (_, mut client) = etcd.pinned().await.unwrap();
        let listed = client
            .get("c/", Some(etcd_client::GetOptions::new().with_prefix().with_keys_only()))
            .await
            .unwrap();
        let stored: BTreeSet<String> =
            listed.kvs().iter().map(|kv| kv.key_str().unwrap().to_string()).collect();
        assert_eq!(stored, reported, "etcd's keys differ from the reported writes");
        eprintln!("{} applied ({dropped_applied} of them dropped after applying), {dropped_not} dropped unapplied", reported.len());
        assert!(dropped_applied + dropped_not > 0, "no future was dropped: the test tested nothing");
        counter.close(&etcd).await;
    });
}

/// Pops dropped at random moments: every item comes out exactly once through the same
/// handle, in queue order, and the queue ends empty.
#[test]
fn dropped_pops_lose_and_repeat_nothing() {
    let sandbox = cluster(1);
    runtime().block_on(async {
        let etcd = connect(&sandbox).await;
        let values: Vec<String> = (0..200).map(|i| format!("{i:03}")).collect();
        let mut pusher = Queue::new(&etcd, "cancelq").unwrap();
        pusher.push(&values).await.unwrap();
        pusher.close().await;

        let mut popper = Queue::new(&etcd, "cancelq").unwrap();
        // `streak`: pops dropped in a row. The deadline grows with it, so a loaded machine,
        // where a pop takes longer than most random deadlines, still makes progress (it did
        // not: 73 of 200 in 60 s under a full test run).
        let (mut popped, mut drops, mut streak) = (Vec::new(), 0, 0u32);
        let deadline = tokio::time::Instant::now() + Duration::from_secs(60);
        while popped.len() < values.len() {
            assert!(
                tokio::time::Instant::now() < deadline,
                "popped {} of 200 in 60 s",
                popped.len()
            );
            match timeout(random_deadline() * (1 + streak / 20), popper.pop()).await {
                Ok(item) => {
                    popped.push(item.unwrap().text().unwrap().to_string());
                    streak = 0;
                }
                Err(_) => {
                    drops += 1;
                    streak += 1;
                }
            }
        }
        assert_eq!(popped, values, "items lost, repeated or out of order");
        assert_eq!(popper.len().await.unwrap(), 0);
        eprintln!("200 items popped exactly once in order, {drops} pops dropped on the way");
        assert!(drops > 0, "no pop was dropped: the test tested nothing");
        popper.close().await;
    });
}

/// Pushes dropped at random moments, then everything popped: each confirmed push is there
/// once, a dropped one at most once, nothing else.
#[test]
fn dropped_pushes_are_there_once_or_not_at_all() {
    let sandbox = cluster(1);
    runtime().block_on(async {
        let etcd = connect(&sandbox).await;
        let mut pusher = Queue::new(&etcd, "cancelp").unwrap();
        let (mut confirmed, mut dropped) = (BTreeSet::new(), BTreeSet::new());
        for i in 0..200 {
            let value = format!("{i:03}");
            match timeout(random_deadline() * 2, pusher.push(&[value.as_str()])).await {
                Ok(pushed) => {
                    pushed.unwrap();
                    confirmed.insert(value);
                }
                Err(_) => {
                    dropped.insert(value);
                }
            }
        }
        pusher.close().await;
        let mut popper = Queue::new(&etcd, "cancelp").unwrap();
        let mut seen = BTreeSet::new();
        while popper.len().await.unwrap() > 0 {
            let item = popper.pop().await.unwrap();
            assert!(
                seen.insert(item.text().unwrap().to_string()),
                "{} delivered twice",
                item.text().unwrap()
            );
        }
        popper.close().await;
        assert!(
            confirmed.is_subset(&seen),
            "confirmed pushes missing: {:?}",
            confirmed.difference(&seen).collect::<Vec<_>>()
        );
        assert!(
            seen.is_subset(&confirmed.union(&dropped).cloned().collect()),
            "an item nobody pushed"
        );
        eprintln!(
            "{} confirmed, {} dropped ({} of those landed)",
            confirmed.len(),
            dropped.len(),
            seen.len() - confirmed.len()
        );
        assert!(
            !dropped.is_empty(),
            "no push was dropped: the test tested nothing"
        );
    });
}

/// `Jobs::watch` runs one watch task per job; dropping the receiver ends them, also while
/// no event comes (seen on the server: its open watchers go back to none).
#[test]
fn progress_watch_tasks_end_with_their_receiver() {
    let sandbox = cluster(1);
    let rt = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(1)
        .enable_all()
        .build()
        .unwrap();
    let watchers = || sandbox.metric(0, "etcd_debugging_mvcc_watcher_total");
    assert_eq!(watchers(), Some(0.0));
    let etcd = rt.block_on(connect(&sandbox));
    let jobs = etcdkit::recipes::progress::Jobs::new(&etcd, None);
    let names = ["build".to_string(), "deploy".to_string()];
    let rx = rt.block_on(jobs.watch(&names)).unwrap();
    crate::support::eventually(Duration::from_secs(5), "two watchers on the server", || {
        watchers() == Some(2.0)
    });
    drop(rx);
    crate::support::eventually(Duration::from_secs(5), "the watchers to close", || {
        watchers() == Some(0.0)
    });
}
