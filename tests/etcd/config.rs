//! Configuration from etcd: `recipes::config` (snapshots at one revision, bursts followed
//! once) and `etcdkit env` end to end.

use std::time::Duration;

use etcd_client::{Client, Txn, TxnOp};
use nix::sys::signal::Signal;
use tokio::time::timeout;

use crate::support::{
    cluster, connect, etcdkit, etcdkit_process, put, signal, spawn_lines, stderr_text, wait_exit,
    wait_for_watchers,
};
use etcdkit::recipes::config::{environment, Follow, Range, Snapshot, Wait, PAGE};

/// Puts `first` and `last` to the same value in one transaction, `rounds` times.
async fn write_pairs(endpoints: Vec<String>, first: &str, last: &str, rounds: usize) {
    let mut c = Client::connect(endpoints, None).await.unwrap();
    for i in 0..rounds {
        let v = i.to_string();
        let pair = Txn::new().and_then([
            TxnOp::put(first, v.as_str(), None),
            TxnOp::put(last, v.as_str(), None),
        ]);
        c.txn(pair).await.unwrap();
    }
}

/// A snapshot bigger than one page holds the two keys a transaction writes with the same
/// value, every time, while 500 such transactions run: its pages are read at one revision.
#[test]
fn a_snapshot_over_several_pages_is_never_torn() {
    let sandbox = cluster(1);
    crate::support::runtime_mt().block_on(async {
        let etcd = connect(&sandbox).await;
        let mut c = Client::connect(sandbox.endpoints(), None).await.unwrap();
        // "app/a" sorts before the filler and "app/z" after it: pages apart.
        for i in 0..(PAGE as usize + 200) {
            c.put(format!("app/m{i:05}"), "filler", None).await.unwrap();
        }
        write_pairs(sandbox.endpoints(), "app/a", "app/z", 1).await;
        let writer = tokio::spawn(write_pairs(sandbox.endpoints(), "app/a", "app/z", 500));
        let prefixes = vec![b"app/".to_vec()];
        let mut reads = 0;
        while !writer.is_finished() {
            let s = Snapshot::read(&etcd, &prefixes).await.unwrap();
            assert_eq!(s.kvs.len(), PAGE as usize + 202);
            let (a, z) = (
                &s.kvs[b"app/a".as_slice()].value,
                &s.kvs[b"app/z".as_slice()].value,
            );
            assert_eq!(a, z, "a torn snapshot at revision {}", s.rev);
            reads += 1;
        }
        writer.await.unwrap();
        assert!(reads > 1, "the writer finished before a second read");
        eprintln!("{reads} snapshots of {} keys, none torn", PAGE + 202);
    });
}

/// A snapshot of single keys reads just them; ranges added later are read at the
/// snapshot's own revision, not the current one, so the whole stays one revision's.
#[test]
fn a_snapshot_extended_later_stays_at_its_revision() {
    let sandbox = cluster(1);
    crate::support::runtime_mt().block_on(async {
        let etcd = connect(&sandbox).await;
        let mut c = Client::connect(sandbox.endpoints(), None).await.unwrap();
        for (k, v) in [("a", "1"), ("a2", "x"), ("b/1", "1"), ("b/2", "1")] {
            c.put(k, v, None).await.unwrap();
        }
        let mut s = Snapshot::read_ranges(&etcd, &[Range::Key(b"a".to_vec())])
            .await
            .unwrap();
        let keys: Vec<&[u8]> = s.kvs.keys().map(Vec::as_slice).collect();
        assert_eq!(
            keys,
            [b"a".as_slice()],
            "a single key, not those it prefixes"
        );
        let rev = s.rev;
        c.put("b/1", "2", None).await.unwrap();
        c.delete("b/2", None).await.unwrap();
        c.put("b/3", "new", None).await.unwrap();
        s.extend(&etcd, &[Range::Prefix(b"b/".to_vec())])
            .await
            .unwrap();
        assert_eq!(s.rev, rev);
        let b: Vec<(&[u8], &[u8])> = s.under(b"b/").collect();
        assert_eq!(b, [(b"b/1".as_slice(), b"1".as_slice()), (b"b/2", b"1")]);
        c.compact(rev + 3, None).await.unwrap();
        let err = s
            .extend(&etcd, &[Range::Key(b"a2".to_vec())])
            .await
            .unwrap_err();
        assert!(err.is_compacted(), "{err}");
    });
}

/// A burst of changes gives one snapshot, with the burst's last values; a value put again
/// unchanged gives none, nor does a key outside the prefixes.
#[test]
fn follow_hands_over_one_snapshot_per_burst_and_only_changed_ones() {
    let sandbox = cluster(1);
    crate::support::runtime_mt().block_on(async {
        let etcd = connect(&sandbox).await;
        let mut c = Client::connect(sandbox.endpoints(), None).await.unwrap();
        c.put("app/v", "0", None).await.unwrap();
        let wait = Wait {
            quiet: Duration::from_millis(500),
            longest: None,
        };
        let mut follow = Follow::start(&etcd, vec![b"app/".to_vec()], wait)
            .await
            .unwrap();
        assert_eq!(follow.last().kvs[b"app/v".as_slice()].value, b"0");
        for i in 1..=100 {
            c.put("app/v", i.to_string(), None).await.unwrap();
        }
        let s = timeout(Duration::from_secs(10), follow.next())
            .await
            .expect("no snapshot within 10 s of the burst")
            .unwrap();
        assert_eq!(
            s.kvs[b"app/v".as_slice()].value,
            b"100",
            "the burst's last value"
        );
        let burst_end = s.rev;
        c.put("app/v", "100", None).await.unwrap();
        c.put("other/v", "x", None).await.unwrap();
        // Three quiet periods: the put's burst has ended and been read by then.
        let nothing = timeout(Duration::from_millis(1500), follow.next()).await;
        assert!(nothing.is_err(), "a snapshot for an unchanged value");
        c.put("app/w", "new", None).await.unwrap();
        let s = timeout(Duration::from_secs(10), follow.next())
            .await
            .expect("no snapshot within 10 s of the change")
            .unwrap();
        assert_eq!(s.kvs[b"app/w".as_slice()].value, b"new");
        assert_eq!(s.rev, burst_end + 3, "read after the last change");
        assert_eq!(
            environment(s, &[b"app/".to_vec()]).unwrap(),
            [("V".into(), "100".into()), ("W".into(), "new".into())]
        );
    });
}

/// `env` without CMD: shell lines that, evaluated, give each value exactly (quotes, spaces,
/// `$`, a newline); JSON gives the same with the revision.
#[test]
fn env_prints_lines_a_shell_evaluates_to_the_values() {
    let sandbox = cluster(1);
    let values = [
        ("app/db/host", "db1"),
        ("app/greeting", "it's \"quoted\" $HOME `x` \\ end"),
        ("app/multi-line", "one\ntwo"),
    ];
    for (k, v) in values {
        put(&sandbox, k, v);
    }
    let out = etcdkit()
        .env("ETCDKIT_ENDPOINTS", sandbox.endpoint(0))
        .args(["env", "app/"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr_text(&out));
    let lines = String::from_utf8(out.stdout).unwrap();
    let script = format!("{lines}\nprintf '%s|' \"$DB_HOST\" \"$GREETING\" \"$MULTI_LINE\"");
    let shell = std::process::Command::new("sh")
        .args(["-c", &script])
        .output()
        .unwrap();
    assert_eq!(
        String::from_utf8_lossy(&shell.stdout),
        format!("{}|{}|{}|", values[0].1, values[1].1, values[2].1),
        "{lines}"
    );
    let json = etcdkit()
        .env("ETCDKIT_ENDPOINTS", sandbox.endpoint(0))
        .args(["env", "app/", "-o", "json"])
        .output()
        .unwrap();
    let parsed: serde_json::Value = serde_json::from_slice(&json.stdout).unwrap();
    assert_eq!(parsed["env"]["MULTI_LINE"], "one\ntwo");
    assert!(parsed["rev"].as_i64().unwrap() >= 4, "{parsed}");
}

/// CMD's environment is exactly the keys' (with --pristine), or etcdkit's with the keys'
/// laid over it and no password; CMD's status is etcdkit's.
#[test]
fn env_runs_cmd_with_the_keys_and_its_status() {
    let sandbox = cluster(1);
    put(&sandbox, "base/port", "80");
    put(&sandbox, "base/host", "a");
    put(&sandbox, "site/port", "8080");
    put(&sandbox, "site/db", r#"{"user":"app","pool":{"size":4}}"#);
    let run = |extra: &[&str], cmd: &[&str]| {
        let mut args = vec!["env", "base/", "site/"];
        args.extend(extra);
        args.push("--");
        args.extend(cmd);
        etcdkit()
            .env("ETCDKIT_ENDPOINTS", sandbox.endpoint(0))
            .env("FROM_OUTSIDE", "kept")
            .env("ETCDKIT_PASSWORD", "secret")
            .args(&args)
            .output()
            .unwrap()
    };
    let out = run(&["--pristine"], &["/usr/bin/env"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr_text(&out));
    let mut env: Vec<String> = String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(String::from)
        .collect();
    env.sort();
    assert_eq!(
        env,
        ["DB_POOL_SIZE=4", "DB_USER=app", "HOST=a", "PORT=8080"]
    );

    let out = run(
        &[],
        &[
            "sh",
            "-c",
            "echo \"$PORT $FROM_OUTSIDE ${ETCDKIT_PASSWORD:-none}\"; exit 7",
        ],
    );
    assert_eq!(out.status.code(), Some(7), "{}", stderr_text(&out));
    assert_eq!(String::from_utf8_lossy(&out.stdout), "8080 kept none\n");
}

/// Two keys that give one name: exit 2, one line naming both, CMD never started.
#[test]
fn env_refuses_two_keys_with_one_name() {
    let sandbox = cluster(1);
    put(&sandbox, "app/db-host", "a");
    put(&sandbox, "app/db_host", "b");
    let dir = tempfile::tempdir().unwrap();
    let marker = dir.path().join("ran");
    let out = etcdkit()
        .env("ETCDKIT_ENDPOINTS", sandbox.endpoint(0))
        .args(["env", "app/", "--", "touch"])
        .arg(&marker)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(
        stderr_text(&out),
        "etcdkit: error: app/db-host and app/db_host both give the environment variable DB_HOST\n"
    );
    assert!(!marker.exists(), "CMD ran");
}

/// The shell CMD of the following tests: prints `start $V`, then `hup N` for each SIGHUP.
/// The traps come first: a signal sent as soon as `start` is read finds them in place.
const FOLLOWER: &str = "n=0; trap 'n=$((n+1)); echo \"hup $n $V\"' HUP; trap 'exit 0' TERM; \
                        echo \"start $V\"; while :; do sleep 0.05; done";

/// --restart-on-change: a burst of 200 changes restarts CMD once, with the last value; a
/// value put again unchanged restarts nothing.
#[test]
fn restart_on_change_restarts_once_per_burst_with_the_new_environment() {
    let sandbox = cluster(1);
    put(&sandbox, "app/v", "0");
    let (mut child, mut lines) = spawn_lines(
        etcdkit_process()
            .env("ETCDKIT_ENDPOINTS", sandbox.endpoint(0))
            .args([
                "env",
                "app/",
                "--restart-on-change",
                "--wait",
                "2s",
                "--grace",
                "2s",
            ])
            .args(["--", "sh", "-c", FOLLOWER]),
    );
    assert_eq!(lines.next_line(), "start 0");
    wait_for_watchers(&sandbox, 1);
    crate::support::with_client(&sandbox, async |c| {
        for i in 1..=200 {
            c.put("app/v", i.to_string(), None).await.unwrap();
        }
    });
    assert_eq!(lines.next_line(), "start 200", "one restart for the burst");
    put(&sandbox, "app/v", "200");
    // 1.5 quiet periods: the put's burst has ended and been read by then.
    let restart = lines.next_within(Duration::from_secs(3));
    assert_eq!(restart, None, "the unchanged put restarted CMD");
    put(&sandbox, "app/v", "201");
    assert_eq!(lines.next_line(), "start 201");
    signal(&child, Signal::SIGTERM);
    assert_eq!(wait_exit(&mut child, Duration::from_secs(10)), Some(0));
    assert_eq!(lines.rest(), Vec::<String>::new());
}

/// --signal HUP: CMD keeps running and gets one SIGHUP per burst that changed the keys.
#[test]
fn signal_sends_one_signal_per_burst_and_none_for_an_unchanged_value() {
    let sandbox = cluster(1);
    put(&sandbox, "app/v", "0");
    let (mut child, mut lines) = spawn_lines(
        etcdkit_process()
            .env("ETCDKIT_ENDPOINTS", sandbox.endpoint(0))
            .args(["env", "app/", "--signal", "HUP", "--wait", "2s"])
            .args(["--", "sh", "-c", FOLLOWER]),
    );
    assert_eq!(lines.next_line(), "start 0");
    wait_for_watchers(&sandbox, 1);
    crate::support::with_client(&sandbox, async |c| {
        for i in 1..=200 {
            c.put("app/v", i.to_string(), None).await.unwrap();
        }
    });
    assert_eq!(
        lines.next_line(),
        "hup 1 0",
        "one SIGHUP for the burst; env unchanged"
    );
    put(&sandbox, "app/v", "200");
    let hup = lines.next_within(Duration::from_secs(3));
    assert_eq!(hup, None, "the unchanged put sent a SIGHUP");
    put(&sandbox, "app/w", "x");
    assert_eq!(lines.next_line(), "hup 2 0");
    signal(&child, Signal::SIGTERM);
    assert_eq!(wait_exit(&mut child, Duration::from_secs(10)), Some(0));
}

/// Following through a 3-member cluster whose members die in turn: each change made while
/// one is down still restarts CMD with it.
#[test]
fn restart_on_change_loses_no_change_while_members_die_in_turn() {
    let mut sandbox = cluster(3);
    put(&sandbox, "app/v", "0");
    let (mut child, mut lines) = spawn_lines(
        etcdkit_process()
            .env("ETCDKIT_ENDPOINTS", sandbox.endpoints().join(","))
            .args(["env", "app/", "--restart-on-change", "--wait", "100ms"])
            .args(["--", "sh", "-c", FOLLOWER]),
    );
    assert_eq!(lines.next_line(), "start 0");
    for member in 0..3 {
        sandbox.kill(member);
        let v = (member + 1).to_string();
        let live = sandbox.endpoint((member + 1) % 3);
        crate::support::put_while_electing(live, "app/v", &v);
        assert_eq!(
            lines.next_line(),
            format!("start {v}"),
            "member {member} down"
        );
        sandbox.restart(member).unwrap();
    }
    signal(&child, Signal::SIGTERM);
    assert_eq!(wait_exit(&mut child, Duration::from_secs(10)), Some(0));
}
