//! `lock NAME --shared`: readers overlap, an exclusive holder overlaps nobody, a waiting
//! exclusive holder is not starved by new readers, and the Go recipes.RWMutex layout.

use std::process::Child;
use std::time::Duration;

use crate::support::{cluster, etcdkit, etcdkit_process, eventually, wait_exit, wait_for_watchers};
use etcdkit::sandbox::Sandbox;

fn spawn(sandbox: &Sandbox, args: &[&str], script: &str) -> Child {
    etcdkit_process()
        .env("ETCDKIT_ENDPOINTS", sandbox.endpoint(0))
        .arg("lock")
        .args(args)
        .args(["--", "sh", "-c", script])
        .spawn()
        .unwrap()
}

fn try_lock(sandbox: &Sandbox, args: &[&str]) -> Option<i32> {
    etcdkit()
        .env("ETCDKIT_ENDPOINTS", sandbox.endpoint(0))
        .arg("lock")
        .args(args)
        .args(["--try", "--", "true"])
        .output()
        .unwrap()
        .status
        .code()
}

#[test]
fn four_readers_hold_together() {
    let sandbox = cluster(1);
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path().display();
    // Each reader waits inside its CMD until all four are in: only possible if they overlap.
    let script =
        format!("touch {d}/in.$$; while [ $(ls {d} | grep -c '^in') -lt 4 ]; do sleep 0.01; done");
    let readers: Vec<Child> = (0..4)
        .map(|_| spawn(&sandbox, &["nightly", "--shared"], &script))
        .collect();
    for mut r in readers {
        assert_eq!(wait_exit(&mut r, Duration::from_secs(20)), Some(0));
    }
}

#[test]
fn an_exclusive_holder_overlaps_no_reader_and_no_other_writer() {
    let sandbox = cluster(1);
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path().display();
    // Detected from inside CMD: a writer makes the directory `w` (fails if another writer
    // has it) and finds no reader marker; a reader finds no `w`. Exit 9 on a violation.
    let writer =
        format!("mkdir {d}/w || exit 9; ls {d} | grep -q '^r' && exit 9; sleep 0.05; rmdir {d}/w");
    let reader = format!(
        "[ -e {d}/w ] && exit 9; touch {d}/r.$$; sleep 0.05; [ -e {d}/w ] && exit 9; rm {d}/r.$$"
    );
    let mut all = Vec::new();
    for i in 0..9 {
        all.push(if i % 3 == 0 {
            spawn(&sandbox, &["nightly"], &writer)
        } else {
            spawn(&sandbox, &["nightly", "--shared"], &reader)
        });
    }
    for mut child in all {
        assert_eq!(
            wait_exit(&mut child, Duration::from_secs(30)),
            Some(0),
            "overlap seen by CMD"
        );
    }
}

#[test]
fn a_waiting_writer_is_not_starved_by_new_readers() {
    let sandbox = cluster(1);
    let dir = tempfile::tempdir().unwrap();
    let (log, go) = (dir.path().join("log"), dir.path().join("go"));
    let record = |what: &str| format!("echo {what} >> {}", log.display());
    let first = spawn(
        &sandbox,
        &["nightly", "--shared"],
        &format!(
            "{}; while [ ! -e {} ]; do sleep 0.01; done",
            record("reader1"),
            go.display()
        ),
    );
    eventually(Duration::from_secs(15), "the first reader", || {
        crate::support::file_lines(&log) == ["reader1"]
    });
    let mut writer = spawn(&sandbox, &["nightly"], &record("writer"));
    wait_for_watchers(&sandbox, 1);
    let mut late = spawn(&sandbox, &["nightly", "--shared"], &record("reader2"));
    wait_for_watchers(&sandbox, 2);
    // The late reader waits behind the writer although only a reader holds.
    assert_eq!(crate::support::file_lines(&log), ["reader1"]);
    std::fs::write(&go, "").unwrap();
    let mut first = first;
    for child in [&mut first, &mut writer, &mut late] {
        assert_eq!(wait_exit(child, Duration::from_secs(15)), Some(0));
    }
    assert_eq!(
        crate::support::file_lines(&log),
        ["reader1", "writer", "reader2"]
    );
}

/// Writes `key` (empty) on a fresh 60 s lease, as Go's recipes and etcdctl write their keys:
/// the lease `id` if given (etcdctl's key is named by its lease), else one etcd picks.
/// Returns the lease.
fn put_leased(sandbox: &Sandbox, key: &str, id: Option<i64>) -> i64 {
    crate::support::with_client(sandbox, async |c| {
        let options = id.map(|id| etcd_client::LeaseGrantOptions::new().with_id(id));
        let lease = c.lease_grant(60, options).await.unwrap().id();
        let on_lease = etcd_client::PutOptions::new().with_lease(lease);
        c.put(key, "", Some(on_lease)).await.unwrap();
        lease
    })
}

fn revoke(sandbox: &Sandbox, lease: i64) {
    crate::support::with_client(sandbox, async |c| {
        c.lease_revoke(lease).await.unwrap();
    });
}

#[test]
fn go_recipe_keys_written_by_hand_are_respected() {
    let sandbox = cluster(1);
    // A Go RWMutex reader holds: shared lockers join it, exclusive ones wait.
    let reader = put_leased(&sandbox, "nightly/read/1700000000000000001", None);
    assert_eq!(try_lock(&sandbox, &["nightly", "--shared"]), Some(0));
    assert_eq!(try_lock(&sandbox, &["nightly"]), Some(3));
    revoke(&sandbox, reader);
    // A Go RWMutex writer holds: readers and exclusive lockers both wait.
    let writer = put_leased(&sandbox, "nightly/write/1700000000000000002", None);
    assert_eq!(try_lock(&sandbox, &["nightly", "--shared"]), Some(3));
    assert_eq!(try_lock(&sandbox, &["nightly"]), Some(3));
    revoke(&sandbox, writer);
    // etcdctl's plain lock excludes readers too.
    let etcdctl = put_leased(
        &sandbox,
        "nightly/694d8bb5b1e7e20a",
        Some(0x694d8bb5b1e7e20a),
    );
    assert_eq!(try_lock(&sandbox, &["nightly", "--shared"]), Some(3));
    revoke(&sandbox, etcdctl);
    assert_eq!(try_lock(&sandbox, &["nightly", "--shared"]), Some(0));
}

/// What Go's `RWMutex.RLock` on `name` decides, run by hand: it writes `name/read/<nanos>`
/// on its lease and waits while any key under `name/write` is older than its own
/// (recipes/rwmutex.go, `waitOnLastRev(pfx + "write")`). True if it would wait. Its key is
/// removed again.
fn go_reader_would_wait(sandbox: &Sandbox, name: &str) -> bool {
    crate::support::with_client(sandbox, async |c| {
        let lease = c.lease_grant(60, None).await.unwrap().id();
        let on_lease = etcd_client::PutOptions::new().with_lease(lease);
        let nanos = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .unwrap();
        let key = format!("{name}/read/{}", nanos.as_nanos());
        let put = c.put(key, "", Some(on_lease)).await.unwrap();
        let my_rev = put.header().unwrap().revision();
        let older_writers = etcd_client::GetOptions::new()
            .with_prefix()
            .with_max_create_revision(my_rev - 1)
            .with_count_only();
        let found = c
            .get(format!("{name}/write"), Some(older_writers))
            .await
            .unwrap();
        c.lease_revoke(lease).await.unwrap();
        found.count() > 0
    })
}

/// Issue 29, point 10: Go's readers watch only `NAME/write/`; an etcdkit exclusive holder (and
/// waiter) must be seen there, or a Go `RLock` enters while etcdkit writes.
#[test]
fn go_readers_wait_for_an_etcdkit_exclusive_holder_and_waiter() {
    let sandbox = cluster(1);
    assert!(!go_reader_would_wait(&sandbox, "db"), "nothing holds yet");
    let (mut holder, _) = crate::support::spawn_first_line(
        etcdkit_process()
            .env("ETCDKIT_ENDPOINTS", sandbox.endpoint(0))
            .args(["lock", "db"]),
    );
    assert!(
        go_reader_would_wait(&sandbox, "db"),
        "a Go reader would enter while etcdkit holds db"
    );
    // A Go reader that holds first keeps the etcdkit writer waiting, and a Go reader that
    // comes after the waiting writer waits behind it (no starvation).
    crate::support::signal(&holder, nix::sys::signal::Signal::SIGTERM);
    assert_eq!(wait_exit(&mut holder, Duration::from_secs(10)), Some(0));
    assert!(
        !go_reader_would_wait(&sandbox, "db"),
        "the holder's keys stayed"
    );
    let go_reader = put_leased(&sandbox, "db/read/1700000000000000003", None);
    let mut writer = spawn(&sandbox, &["db"], "true");
    wait_for_watchers(&sandbox, 1);
    assert!(
        go_reader_would_wait(&sandbox, "db"),
        "a later Go reader would overtake"
    );
    revoke(&sandbox, go_reader);
    assert_eq!(wait_exit(&mut writer, Duration::from_secs(10)), Some(0));
    assert!(!go_reader_would_wait(&sandbox, "db"));
}

#[test]
fn a_reader_gets_its_key_in_the_env_and_bad_combinations_are_refused() {
    let sandbox = cluster(1);
    let out = etcdkit()
        .env("ETCDKIT_ENDPOINTS", sandbox.endpoint(0))
        .args([
            "lock",
            "nightly",
            "--shared",
            "--",
            "sh",
            "-c",
            "echo $ETCD_LOCK_KEY",
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    assert!(String::from_utf8_lossy(&out.stdout).starts_with("nightly/read/"));
    for args in [
        &["lock", "nightly", "--shared", "-n", "2", "--", "true"][..],
        &["lock", "nightly", "--shared", "--break"],
    ] {
        crate::support::assert_usage_error(&sandbox, args);
    }
}

/// Two readers whose clocks gave the same key name (forced here: the other reader's key is
/// written first, on its own lease, under the name ours would take). Ours must not adopt
/// it: sharing one key, the first to finish would delete it while the other still reads,
/// and a writer could enter. It takes a fresh key, and unlocking leaves the other's alone.
#[test]
fn a_reader_never_shares_a_key_written_on_another_lease() {
    use etcdkit::lease::session::Session;
    use etcdkit::recipes::lock::{Mutex, ReadLock};
    let sandbox = cluster(1);
    crate::support::runtime().block_on(async {
        let etcd = crate::support::connect(&sandbox).await;
        let ours = Session::new(&etcd, Duration::from_secs(10)).await.unwrap();
        let theirs = Session::new(&etcd, Duration::from_secs(10)).await.unwrap();
        let mut reader = ReadLock::new(&ours, "collide").unwrap();
        let taken = reader.key();
        crate::support::put_on_lease(&etcd, &taken, theirs.id()).await;
        let (_, mut client) = etcd.pinned().await.unwrap();

        reader.lock().await.unwrap();
        assert_ne!(reader.key(), taken, "the other reader's key was adopted");
        assert!(
            reader.key().starts_with("collide/read/"),
            "{}",
            reader.key()
        );

        // A writer still waits for the other reader after ours leaves.
        reader.unlock().await.unwrap();
        let theirs_now = client.get(taken.as_str(), None).await.unwrap();
        let kv = theirs_now
            .kvs()
            .first()
            .expect("our unlock deleted the other reader's key");
        assert_eq!(kv.lease(), theirs.id());
        let writer_session = Session::new(&etcd, Duration::from_secs(10)).await.unwrap();
        let mut writer = Mutex::new(&writer_session, "collide").unwrap();
        assert!(
            writer.try_lock().await.is_err(),
            "a writer entered while the other reader held"
        );
        theirs.close().await.unwrap();
        writer.lock().await.unwrap();
        writer_session.close().await.unwrap();
        ours.close().await.unwrap();
    });
}
