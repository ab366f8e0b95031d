//! The fault suite: every long-running pattern on a 3-member cluster while its members are
//! killed (SIGKILL) one at a time, the whole cluster is frozen (SIGSTOP) for longer than the
//! TTL, and killed members come back. Each test asserts that nothing was lost, duplicated or
//! held twice. Loopback only; every wait is bounded.
//!
//! An outage lasts [`OUTAGE`], longer than the sessions' TTL: a lease that was not renewed
//! through another member would expire while the member is down. The time passes while the
//! test probes the invariant with the binary (each probe a real request), so an outage is
//! not a sleep but a run of checks.

use crate::support::signal;

use std::collections::BTreeSet;
use std::io::Write;
use std::path::Path;
use std::process::{Child, Stdio};
use std::sync::mpsc;
use std::time::{Duration, Instant};

use crate::support::{
    cluster, eventually, process_exists, spawn_lines, stderr_text, wait_exit, Lines,
};
use etcd_client::GetOptions;
use etcdkit::client::{ConnectOptions, Etcd, Retry};
use etcdkit::recipes::registry::Change;
use etcdkit::sandbox::Sandbox;
use nix::sys::signal::Signal;

/// The sessions' TTL in these tests.
const TTL: &str = "2s";
/// How long each killed member stays down: past the TTL.
const OUTAGE: Duration = Duration::from_millis(2_500);

/// One fault test at a time: two 3-member clusters with members killed and frozen on two
/// cores made timings the tests rely on (leases renewed in time, lines within 15 s) fail
/// under CI's load. A failed test poisons nothing: the guard is taken back.
fn one_at_a_time() -> std::sync::MutexGuard<'static, ()> {
    static SERIAL: std::sync::Mutex<()> = std::sync::Mutex::new(());
    SERIAL
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner())
}

/// Runs etcdkit to completion (bounded); returns its exit code and stdout.
fn run(endpoints: &[String], args: &[&str]) -> (Option<i32>, String) {
    let mut cmd = assert_cmd::Command::from_std(crate::support::etcdkit_process_at(endpoints));
    cmd.timeout(Duration::from_secs(30));
    let out = cmd.args(args).output().unwrap();
    assert!(
        !stderr_text(&out).contains("panicked"),
        "{args:?}: {}",
        stderr_text(&out)
    );
    (out.status.code(), String::from_utf8(out.stdout).unwrap())
}

/// Keys under `prefix`, read through etcdkit's own failover (etcd-client's balancer can hang
/// on a dead member).
fn keys(sandbox: &Sandbox, prefix: &str) -> Vec<String> {
    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    rt.block_on(async {
        let etcd = Etcd::connect(ConnectOptions::new(sandbox.endpoints()))
            .await
            .unwrap();
        let resp = etcd
            .call(Retry::Idempotent, |mut c| async move {
                c.get(
                    prefix,
                    Some(GetOptions::new().with_prefix().with_keys_only()),
                )
                .await
            })
            .await
            .unwrap();
        resp.kvs()
            .iter()
            .map(|kv| kv.key_str().unwrap().to_string())
            .collect()
    })
}

/// Kills each member in turn; while it is down (for [`OUTAGE`]) runs `probe` again and again,
/// then restarts it. Returns how many probes ran.
fn each_member_dies_in_turn(sandbox: &mut Sandbox, mut probe: impl FnMut(&Sandbox)) -> usize {
    let mut probes = 0;
    for member in 0..sandbox.len() {
        sandbox.kill(member);
        let killed = Instant::now();
        while killed.elapsed() < OUTAGE {
            probe(sandbox);
            probes += 1;
        }
        sandbox.restart(member).unwrap();
    }
    probes
}

fn read_to_string(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap_or_default()
}

/// A CMD that records any signal it gets in `DIR/signals`, prints "running" and runs until
/// stopped. `$$` is its pid.
fn watchful_cmd(dir: &Path) -> String {
    format!(
        "trap 'echo $$ >> {d}/signals; exit 99' TERM INT HUP; echo $$ > {d}/pid; echo running; \
         while :; do sleep 0.2; done",
        d = dir.display()
    )
}

fn cmd_pid(dir: &Path) -> u32 {
    read_to_string(&dir.join("pid")).trim().parse().unwrap()
}

#[test]
fn a_lock_holder_keeps_the_lock_and_its_cmd_while_each_member_dies_in_turn() {
    let _serial = one_at_a_time();
    let mut sandbox = cluster(3);
    let all = sandbox.endpoints();
    let dir = tempfile::tempdir().unwrap();
    let (mut holder, mut out) = spawn_lines(
        crate::support::etcdkit_process_at(&all)
            .args(["lock", "backup", "--ttl", TTL, "--", "sh", "-c"])
            .arg(watchful_cmd(dir.path())),
    );
    assert_eq!(out.next_line(), "running");
    let held = keys(&sandbox, "backup/");
    assert_eq!(held.len(), 2, "the key and its write/ twin: {held:?}");

    let probes = each_member_dies_in_turn(&mut sandbox, |_| {
        let (code, _) = run(&all, &["lock", "backup", "--try", "--", "true"]);
        assert_eq!(code, Some(3), "a contender got the held lock");
    });
    eprintln!("{probes} contenders refused while members died");

    assert_eq!(keys(&sandbox, "backup/"), held, "the lock key changed");
    assert!(holder.try_wait().unwrap().is_none(), "the holder exited");
    assert!(process_exists(cmd_pid(dir.path())), "CMD died");
    assert_eq!(
        read_to_string(&dir.path().join("signals")),
        "",
        "CMD was signalled"
    );
    signal(&holder, Signal::SIGTERM);
    wait_exit(&mut holder, Duration::from_secs(10));
    assert!(keys(&sandbox, "backup/").is_empty());
}

#[test]
fn a_leader_keeps_leading_alone_while_each_member_dies_in_turn() {
    let _serial = one_at_a_time();
    let mut sandbox = cluster(3);
    let all = sandbox.endpoints();
    let dirs = [tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap()];
    let candidate = |value: &str, dir: &Path| {
        spawn_lines(
            crate::support::etcdkit_process_at(&all)
                .args(["elect", "duty", "--value", value, "--ttl", TTL, "--"])
                .args(["sh", "-c"])
                .arg(watchful_cmd(dir)),
        )
    };
    let (mut leader, mut leader_out) = candidate("first", dirs[0].path());
    assert_eq!(leader_out.next_line(), "running");
    let (mut standby, mut standby_out) = candidate("second", dirs[1].path());
    eventually(Duration::from_secs(10), "the standby to campaign", || {
        keys(&sandbox, "duty/").len() == 2
    });

    let probes = each_member_dies_in_turn(&mut sandbox, |_| {
        let (code, text) = run(&all, &["elect", "duty", "--leader"]);
        assert_eq!((code, text.as_str()), (Some(0), "first\n"));
    });
    eprintln!("{probes} leader queries while members died");

    assert_eq!(
        standby_out.next_within(Duration::ZERO),
        None,
        "the standby led while the leader still did: two leaders"
    );
    assert!(
        process_exists(cmd_pid(dirs[0].path())),
        "the leader's CMD died"
    );
    assert_eq!(read_to_string(&dirs[0].path().join("signals")), "");

    // The cluster works on: the standby takes over only after the leader's CMD has ended.
    signal(&leader, Signal::SIGTERM);
    wait_exit(&mut leader, Duration::from_secs(10));
    let first_cmd = cmd_pid(dirs[0].path());
    assert_eq!(standby_out.next_line(), "running");
    assert!(!process_exists(first_cmd), "two leaders' CMDs at once");
    signal(&standby, Signal::SIGTERM);
    wait_exit(&mut standby, Duration::from_secs(10));
    assert!(keys(&sandbox, "duty/").is_empty());
}

#[test]
fn a_registration_is_kept_while_each_member_dies_in_turn() {
    let _serial = one_at_a_time();
    let mut sandbox = cluster(3);
    let all = sandbox.endpoints();
    let (mut registrar, mut registered) =
        spawn_lines(crate::support::etcdkit_process_at(&all).args([
            "register",
            "api",
            "127.0.0.1:4000",
            "--ttl",
            TTL,
        ]));
    registered.next_line();
    let (mut watcher, mut changes) = spawn_lines(
        crate::support::etcdkit_process_at(&all).args(["discover", "api", "--watch", "-o", "json"]),
    );
    assert!(
        matches!(next_change(&mut changes), Change::Join { addr, .. } if addr == "127.0.0.1:4000")
    );

    let probes = each_member_dies_in_turn(&mut sandbox, |_| {
        let (code, text) = run(&all, &["discover", "api"]);
        assert_eq!((code, text.as_str()), (Some(0), "127.0.0.1:4000\n"));
    });
    eprintln!("{probes} lookups while members died");

    // Deregistering now is the first change the watcher sees: nothing left and came back.
    signal(&registrar, Signal::SIGTERM);
    assert_eq!(wait_exit(&mut registrar, Duration::from_secs(10)), Some(0));
    let leave = next_change(&mut changes);
    assert!(
        matches!(&leave, Change::Leave { addr, .. } if addr == "127.0.0.1:4000"),
        "{leave:?}"
    );
    signal(&watcher, Signal::SIGTERM);
    wait_exit(&mut watcher, Duration::from_secs(10));
    assert_eq!(changes.rest(), Vec::<String>::new());
}

fn next_change(changes: &mut Lines) -> Change {
    serde_json::from_str(&changes.next_line()).unwrap()
}

/// A child fed lines by a thread, in chunks the test releases one at a time.
struct Feeder {
    chunks: mpsc::Sender<std::ops::RangeInclusive<u32>>,
}

impl Feeder {
    /// Writes each released chunk to `child`'s stdin, one line per number, `pause` apart.
    fn start(child: &mut Child, pause: Duration) -> Feeder {
        let mut stdin = child.stdin.take().unwrap();
        let (chunks, rx) = mpsc::channel::<std::ops::RangeInclusive<u32>>();
        std::thread::spawn(move || {
            for chunk in rx {
                for i in chunk {
                    writeln!(stdin, "{i}").unwrap();
                    std::thread::sleep(pause);
                }
            }
        });
        Feeder { chunks }
    }

    fn release(&self, chunk: std::ops::RangeInclusive<u32>) {
        self.chunks.send(chunk).unwrap();
    }
}

#[test]
fn a_subscriber_gets_3000_messages_once_each_in_order_while_each_member_dies_in_turn() {
    let _serial = one_at_a_time();
    let mut sandbox = cluster(3);
    let all = sandbox.endpoints();
    let (code, rev) = run(&all, &["status", "-o", "json"]);
    assert_eq!(code, Some(0));
    let from = (first_revision(&rev) + 1).to_string();
    let (mut subscriber, mut lines) = spawn_lines(crate::support::etcdkit_process_at(&all).args([
        "subscribe",
        "events",
        "--from-rev",
        &from,
        "--count",
        "3000",
    ]));
    let mut publisher = crate::support::etcdkit_process_at(&all)
        .args(["publish", "events", "--stdin"])
        .stdin(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let feeder = Feeder::start(&mut publisher, Duration::from_micros(500));

    // Per member: 1,000 messages; the member dies 300 into them and stays down until the
    // other 700 have been published and printed.
    let mut seen: Vec<u32> = Vec::new();
    let mut read_until = |lines: &mut Lines, n: usize| {
        while seen.len() < n {
            seen.push(lines.next_line().parse().unwrap());
        }
    };
    for member in 0..3u32 {
        let base = member * 1000;
        feeder.release(base + 1..=base + 1000);
        read_until(&mut lines, base as usize + 300);
        sandbox.kill(member as usize);
        read_until(&mut lines, base as usize + 1000);
        sandbox.restart(member as usize).unwrap();
    }
    drop(feeder);
    let published = wait_exit(&mut publisher, Duration::from_secs(30));
    let mut err = String::new();
    std::io::Read::read_to_string(publisher.stderr.as_mut().unwrap(), &mut err).unwrap();
    assert_eq!(published, Some(0), "the publisher failed: {err}");
    assert_eq!(wait_exit(&mut subscriber, Duration::from_secs(30)), Some(0));
    assert_eq!(lines.rest(), Vec::<String>::new());
    assert_eq!(seen, (1..=3000).collect::<Vec<_>>());
}

/// The cluster revision from `status -o json` lines.
fn first_revision(json_lines: &str) -> i64 {
    json_lines
        .lines()
        .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
        .find_map(|v| v["rev"].as_i64())
        .expect("status printed a revision")
}

#[test]
fn three_consumers_drain_a_queue_exactly_once_while_each_member_dies_in_turn() {
    let _serial = one_at_a_time();
    let mut sandbox = cluster(3);
    let all = sandbox.endpoints();
    let mut consumers: Vec<(Child, Lines)> = (0..3)
        .map(|_| {
            spawn_lines(crate::support::etcdkit_process_at(&all).args([
                "queue",
                "pop",
                "jobs",
                "--count",
                "3000",
                "--timeout",
                "120s",
            ]))
        })
        .collect();
    let mut producer = crate::support::etcdkit_process_at(&all)
        .args(["queue", "push", "jobs", "--stdin"])
        .stdin(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let feeder = Feeder::start(&mut producer, Duration::from_micros(200));

    let mut got: Vec<Vec<u32>> = vec![Vec::new(); 3];
    let mut drain_until = |consumers: &mut [(Child, Lines)], producer: &mut Child, n: usize| {
        let deadline = Instant::now() + Duration::from_secs(60);
        while got.iter().map(Vec::len).sum::<usize>() < n {
            if Instant::now() > deadline {
                let code = producer.try_wait().unwrap();
                let mut err = String::new();
                if code.is_some() {
                    std::io::Read::read_to_string(producer.stderr.as_mut().unwrap(), &mut err)
                        .unwrap();
                }
                panic!(
                    "items stopped arriving at {}: producer {code:?} {err}",
                    got.iter().map(Vec::len).sum::<usize>()
                );
            }
            for (i, (child, lines)) in consumers.iter_mut().enumerate() {
                while let Some(line) = lines.next_within(Duration::from_millis(1)) {
                    got[i].push(line.parse().unwrap());
                }
                if let Some(status) = child.try_wait().unwrap() {
                    let mut err = String::new();
                    std::io::Read::read_to_string(child.stderr.as_mut().unwrap(), &mut err)
                        .unwrap();
                    panic!("consumer {i} exited {status}: {err}");
                }
            }
        }
    };
    // Per member: 1,000 items; the member dies 200 into them and stays down until the other
    // 800 have been pushed and popped.
    for member in 0..3u32 {
        let base = member * 1000;
        feeder.release(base + 1..=base + 1000);
        drain_until(&mut consumers, &mut producer, base as usize + 200);
        sandbox.kill(member as usize);
        drain_until(&mut consumers, &mut producer, base as usize + 1000);
        sandbox.restart(member as usize).unwrap();
    }
    drop(feeder);
    assert_eq!(wait_exit(&mut producer, Duration::from_secs(30)), Some(0));
    assert_eq!(
        run(&all, &["queue", "len", "jobs"]),
        (Some(0), "0\n".into())
    );
    for (child, lines) in &mut consumers {
        signal(child, Signal::SIGTERM);
        assert_eq!(wait_exit(child, Duration::from_secs(10)), Some(143));
        assert_eq!(lines.rest(), Vec::<String>::new(), "an item after all 3000");
    }
    let all_items: Vec<u32> = got.iter().flatten().copied().collect();
    let unique: BTreeSet<u32> = all_items.iter().copied().collect();
    assert_eq!(all_items.len(), 3000, "duplicates");
    assert_eq!(unique, (1..=3000).collect(), "lost items");
    // Only the queue's head hint stays (docs/queue.md): no write counter is left behind.
    assert_eq!(
        keys(&sandbox, "__etcdkit/"),
        ["__etcdkit/jobs/queue-head"],
        "write counters left behind"
    );
    eprintln!(
        "items per consumer: {:?}",
        got.iter().map(Vec::len).collect::<Vec<_>>()
    );
}

#[test]
fn a_restarted_member_is_used_again() {
    let _serial = one_at_a_time();
    let mut sandbox = cluster(3);
    let all = sandbox.endpoints();
    // The clients know only members 0 and 1: once 0 has been killed and restarted, killing
    // 1 leaves them the restarted member alone.
    let two = [sandbox.endpoint(0), sandbox.endpoint(1)];
    let dir = tempfile::tempdir().unwrap();
    let (mut holder, mut out) = spawn_lines(
        crate::support::etcdkit_process_at(&two)
            .args(["lock", "relay", "--ttl", TTL, "--", "sh", "-c"])
            .arg(watchful_cmd(dir.path())),
    );
    assert_eq!(out.next_line(), "running");
    let (mut watcher, mut changes) = spawn_lines(
        crate::support::etcdkit_process_at(&two).args(["discover", "svc", "--watch", "-o", "json"]),
    );

    sandbox.kill(0);
    // The watcher has moved to member 1 once it reports a join made now.
    let (mut first, _) = spawn_lines(crate::support::etcdkit_process_at(&all).args([
        "register",
        "svc",
        "127.0.0.1:5001",
    ]));
    assert!(
        matches!(next_change(&mut changes), Change::Join { addr, .. } if addr == "127.0.0.1:5001")
    );
    sandbox.restart(0).unwrap();

    sandbox.kill(1);
    let killed = Instant::now();
    let mut probes = 0;
    while killed.elapsed() < OUTAGE {
        let (code, _) = run(&all, &["lock", "relay", "--try", "--", "true"]);
        assert_eq!(
            code,
            Some(3),
            "the lock was free: the holder's lease expired"
        );
        probes += 1;
    }
    eprintln!("{probes} contenders refused while only the restarted member served the holder");
    let (mut second, _) = spawn_lines(crate::support::etcdkit_process_at(&all).args([
        "register",
        "svc",
        "127.0.0.1:5002",
    ]));
    assert!(
        matches!(next_change(&mut changes), Change::Join { addr, .. } if addr == "127.0.0.1:5002")
    );

    assert!(holder.try_wait().unwrap().is_none(), "the holder exited");
    assert!(process_exists(cmd_pid(dir.path())), "CMD died");
    assert_eq!(read_to_string(&dir.path().join("signals")), "");
    for child in [&mut holder, &mut watcher, &mut first, &mut second] {
        signal(child, Signal::SIGTERM);
        wait_exit(child, Duration::from_secs(10));
    }
}

#[test]
fn a_cluster_frozen_past_the_ttl_stops_holders_in_time_and_nothing_overlaps_after() {
    let _serial = one_at_a_time();
    let sandbox = cluster(3);
    let all = sandbox.endpoints();
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path().display();
    // CMD holds DIR/<what> (mkdir is atomic) while it runs; a second CMD inside at once
    // records an overlap. Current holders have TTL 2s; the waiters 30s, so that their own
    // sessions outlive the freeze.
    let inside = |what: &str| {
        format!(
            "if mkdir {d}/{what}; then trap 'rmdir {d}/{what}; exit 0' TERM; echo $$ > {d}/{what}.pid; \
             echo running; while :; do sleep 0.2; done; else echo {what} >> {d}/overlaps; fi"
        )
    };
    let holder = |args: &[&str], ttl: &str, what: &str| {
        spawn_lines(
            crate::support::etcdkit_process_at(&all)
                .args(args)
                .args(["--ttl", ttl, "--", "sh", "-c"])
                .arg(inside(what)),
        )
    };
    let (mut locked, mut locked_out) = holder(&["lock", "job"], TTL, "lock");
    assert_eq!(locked_out.next_line(), "running");
    let (mut leader, mut leader_out) = holder(&["elect", "duty", "--value", "a"], TTL, "lead");
    assert_eq!(leader_out.next_line(), "running");
    let (mut waiter, mut waiter_out) = holder(&["lock", "job"], "30s", "lock");
    let (mut standby, mut standby_out) = holder(&["elect", "duty", "--value", "b"], "30s", "lead");
    eventually(
        Duration::from_secs(10),
        "the waiter and the standby to queue",
        // job/: the holder's and the waiter's key, each with its write/ twin.
        || keys(&sandbox, "job/").len() == 4 && keys(&sandbox, "duty/").len() == 2,
    );
    let pids: Vec<u32> = ["lock", "lead"]
        .iter()
        .map(|w| {
            read_to_string(&dir.path().join(format!("{w}.pid")))
                .trim()
                .parse()
                .unwrap()
        })
        .collect();

    for member in 0..3 {
        sandbox.freeze(member).unwrap();
    }
    let frozen = Instant::now();
    eventually(
        Duration::from_secs(5),
        "the holders' CMDs to be stopped",
        || pids.iter().all(|&pid| !process_exists(pid)),
    );
    let stopped_after = frozen.elapsed();
    assert_eq!(wait_exit(&mut locked, Duration::from_secs(10)), Some(4));
    assert_eq!(wait_exit(&mut leader, Duration::from_secs(10)), Some(4));
    // Keep the cluster frozen past the TTL; nobody may start meanwhile.
    let left = OUTAGE.saturating_sub(frozen.elapsed());
    assert_eq!(
        waiter_out.next_within(left),
        None,
        "the waiter ran CMD while frozen"
    );
    assert_eq!(
        standby_out.next_within(Duration::ZERO),
        None,
        "the standby led while frozen"
    );
    let frozen_for = frozen.elapsed();
    for member in 0..3 {
        sandbox.resume(member).unwrap();
    }
    eprintln!("CMDs stopped {stopped_after:?} into a freeze of {frozen_for:?} (TTL {TTL})");
    assert!(
        stopped_after < Duration::from_secs(2),
        "stopped after the TTL: {stopped_after:?}"
    );

    // After the resume the old leases expire and the others take over, one at a time.
    assert_eq!(waiter_out.next_line(), "running");
    assert_eq!(standby_out.next_line(), "running");
    assert_eq!(
        read_to_string(&dir.path().join("overlaps")),
        "",
        "two holders at once"
    );
    for child in [&mut waiter, &mut standby] {
        signal(child, Signal::SIGTERM);
        assert_eq!(wait_exit(child, Duration::from_secs(10)), Some(0));
    }
}

#[test]
fn watches_through_a_hung_member_move_on_within_seconds() {
    let _serial = one_at_a_time();
    let sandbox = cluster(3);
    let all = sandbox.endpoints();
    let others = [sandbox.endpoint(1), sandbox.endpoint(2)];
    // The subscriber and the standby start on member 0 (the first endpoint), which will hang.
    let (code, status) = run(&all, &["status", "-o", "json"]);
    assert_eq!(code, Some(0));
    let from = (first_revision(&status) + 1).to_string();
    let (mut subscriber, mut messages) =
        spawn_lines(crate::support::etcdkit_process_at(&all).args([
            "subscribe",
            "news",
            "--from-rev",
            &from,
            "--count",
            "100",
        ]));
    let lead = ["sh", "-c", "echo leading; exec sleep 1000"];
    let (mut leader, mut leader_out) = spawn_lines(
        crate::support::etcdkit_process_at(&others)
            .args(["elect", "hang", "--value", "a", "--"])
            .args(lead),
    );
    assert_eq!(leader_out.next_line(), "leading");
    let (mut standby, mut standby_out) = spawn_lines(
        crate::support::etcdkit_process_at(&all)
            .args(["elect", "hang", "--value", "b", "--"])
            .args(lead),
    );
    eventually(Duration::from_secs(10), "the standby to campaign", || {
        keys(&sandbox, "hang/").len() == 2
    });

    sandbox.freeze(0).unwrap();
    let frozen = Instant::now();
    let numbers: Vec<String> = (1..=100).map(|i| i.to_string()).collect();
    let mut publish = vec!["publish", "news"];
    publish.extend(numbers.iter().map(String::as_str));
    assert_eq!(run(&others, &publish).0, Some(0));
    signal(&leader, Signal::SIGTERM);
    wait_exit(&mut leader, Duration::from_secs(10));

    let mut seen = Vec::new();
    while seen.len() < 100 {
        seen.push(messages.next_line());
    }
    let delivered = frozen.elapsed();
    assert_eq!(standby_out.next_line(), "leading");
    let took_over = frozen.elapsed();
    sandbox.resume(0).unwrap();
    eprintln!("member 0 hung: standby led after {took_over:?}, 100 messages by {delivered:?}");
    assert_eq!(seen, numbers);
    assert_eq!(wait_exit(&mut subscriber, Duration::from_secs(10)), Some(0));
    // Silence (2 s) + an unanswered probe (1 s) + reopening elsewhere.
    let bound = watch_quiet_bound();
    assert!(took_over < bound, "failover took {took_over:?}");
    assert!(delivered < bound, "delivery took {delivered:?}");
    signal(&standby, Signal::SIGTERM);
    wait_exit(&mut standby, Duration::from_secs(10));
}

/// How long a watch through a hung member may take to move on, with room for a busy machine.
fn watch_quiet_bound() -> Duration {
    etcdkit::client::watch::QUIET + etcdkit::client::watch::PROBE_TIMEOUT + Duration::from_secs(2)
}

/// A watch opened through a member that is already hung: the member never confirms it, and
/// the watcher moves on after PROBE_TIMEOUT instead of the whole request timeout (5 s).
#[test]
fn a_watch_opened_on_a_hung_member_moves_on_within_the_probe_timeout() {
    let _serial = one_at_a_time();
    let sandbox = cluster(3);
    let rt = crate::support::runtime();
    let etcd = rt.block_on(crate::support::connect(&sandbox));
    // Connected to member 0 (the first endpoint), which then hangs.
    rt.block_on(etcd.pinned()).unwrap();
    sandbox.freeze(0).unwrap();
    let writer = crate::support::etcdkit_process_at(&[sandbox.endpoint(1)]);
    let opened = Instant::now();
    let seen = rt.block_on(async {
        let put_later = tokio::task::spawn_blocking(move || {
            let mut writer = writer;
            writer.args(["publish", "hung-watch", "hello"]).status()
        });
        let mut seen = None;
        let watched = etcdkit::client::watch::watch_prefix(&etcd, b"hung-watch/", 1, |_| {
            seen = Some(opened.elapsed());
            false
        });
        tokio::time::timeout(Duration::from_secs(10), watched)
            .await
            .expect("no event within 10 s")
            .unwrap();
        assert!(put_later.await.unwrap().unwrap().success());
        seen.unwrap()
    });
    sandbox.resume(0).unwrap();
    eprintln!("watch opened on a hung member delivered after {seen:?}");
    // Without the probe it would wait out the 5 s request timeout; with it, about 1.1 s on
    // an idle machine. The room above that is for CI's load (two fault tests, six members,
    // two cores): a run there took 3.07 s.
    let bound = etcdkit::client::watch::PROBE_TIMEOUT + Duration::from_secs(3);
    assert!(seen < bound, "took {seen:?}, not under {bound:?}");
}

/// The furthest resume point a trace log names: the revision a watch opened at, or the one
/// a "watch resume point advanced" line names. A watcher that opened after the writes has
/// its resume point past them from the start, and no progress answer advances it.
fn resume_point(log: &Path) -> i64 {
    let text = std::fs::read_to_string(log).unwrap_or_default();
    let named = |line: &str, field: &str| -> Option<i64> {
        line.rsplit(field)
            .next()?
            .split_whitespace()
            .next()?
            .parse()
            .ok()
    };
    text.lines()
        .filter_map(|l| {
            if l.contains("watch resume point advanced") {
                named(l, " next=")
            } else if l.contains("watch opened") {
                named(l, " rev=")
            } else {
                None
            }
        })
        .max()
        .unwrap_or(0)
}

#[test]
fn idle_watchers_outlive_a_compaction_and_a_member_restart() {
    let _serial = one_at_a_time();
    let mut sandbox = cluster(3);
    // Pinned to member 0, as a client whose other endpoints are unknown or down.
    let m0 = [sandbox.endpoint(0)];
    let dir = tempfile::tempdir().unwrap();
    let watchers: [(&str, &[&str]); 6] = [
        ("wait", &["wait", "idle/k", "--exists"]),
        ("watch", &["watch", "idle/w"]),
        ("subscribe", &["subscribe", "idle-topic"]),
        ("discover", &["discover", "idle-svc", "--watch"]),
        ("job-progress", &["job-progress", "watch", "idle-job"]),
        ("barrier", &["barrier", "idle-b", "--parties", "2"]),
    ];
    let mut running: Vec<(&str, Child, Lines, std::path::PathBuf)> = watchers
        .iter()
        .map(|(name, args)| {
            let log = dir.path().join(format!("{name}.log"));
            let mut cmd = crate::support::etcdkit_process_at(&m0);
            cmd.args(*args)
                .env("ETCDKIT_LOG", "etcdkit::client::watch=trace");
            let (mut child, lines) = spawn_lines(&mut cmd);
            // stderr to a file the test reads; the pipe spawn_lines made is replaced.
            let mut stderr = child.stderr.take().unwrap();
            let mut file = std::fs::File::create(&log).unwrap();
            std::thread::spawn(move || std::io::copy(&mut stderr, &mut file));
            (*name, child, lines, log)
        })
        .collect();

    // Unrelated writes, then a compaction past every watcher's start revision.
    for i in 0..3 {
        crate::support::put(&sandbox, &format!("unrelated/{i}"), "x");
    }
    let compact_to = crate::support::with_client(&sandbox, async |c| {
        c.get("unrelated/2", None)
            .await
            .unwrap()
            .header()
            .unwrap()
            .revision()
    });
    // Each idle watcher learns from progress notifications that it missed nothing.
    for (name, _, _, log) in &running {
        eventually(
            Duration::from_secs(20),
            &format!("{name}'s resume point"),
            || resume_point(log) > compact_to,
        );
    }
    crate::support::with_client(&sandbox, async |c| {
        c.compact(compact_to, None).await.unwrap();
    });
    sandbox.kill(0);
    sandbox.restart(0).unwrap();

    crate::support::put(&sandbox, "idle/k", "here");
    crate::support::put(&sandbox, "idle/w", "changed");
    let (code, _) = run(&m0, &["publish", "idle-topic", "hello"]);
    assert_eq!(code, Some(0));
    let (code, _) = run(&m0, &["job-progress", "set", "idle-job", "40"]);
    assert_eq!(code, Some(0));
    let mut registration = crate::support::etcdkit_process_at(&m0)
        .args(["register", "idle-svc", "127.0.0.1:7001"])
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let (code, _) = run(&m0, &["barrier", "idle-b", "--parties", "2"]);
    assert_eq!(code, Some(0), "the second barrier party");

    let expected = [
        ("watch", "changed"),
        ("subscribe", "hello"),
        ("discover", "127.0.0.1:7001"),
        ("job-progress", "40"),
    ];
    for (name, child, lines, log) in &mut running {
        match *name {
            "wait" | "barrier" => {
                let code = wait_exit(child, Duration::from_secs(15));
                let stderr = std::fs::read_to_string(&*log).unwrap_or_default();
                assert_eq!(code, Some(0), "{name}: {stderr}");
            }
            _ => {
                let (_, text) = expected.iter().find(|(n, _)| n == name).unwrap();
                let mut seen = Vec::new();
                while !seen.iter().any(|l: &String| l.contains(text)) {
                    match lines.next_within(Duration::from_secs(15)) {
                        Some(line) => seen.push(line),
                        None => panic!(
                            "{name} printed {seen:?}, not {text:?}; stderr: {}",
                            std::fs::read_to_string(&*log).unwrap_or_default()
                        ),
                    }
                }
                assert!(child.try_wait().unwrap().is_none(), "{name} ended");
                signal(child, Signal::SIGTERM);
                wait_exit(child, Duration::from_secs(10));
            }
        }
    }
    signal(&registration, Signal::SIGTERM);
    wait_exit(&mut registration, Duration::from_secs(10));
}

/// Issue 29, point 7: under etcd's NOSPACE alarm (a 2 MiB quota filled), every write fails
/// with a hint at the fix, `status` names the alarm and exits 1, and a waiter queued before
/// the alarm still gets the lock when its turn comes (it loses the record of when it
/// acquired, not the lock: releasing and reading need no space).
#[test]
fn a_waiter_queued_before_nospace_still_gets_the_lock_and_the_alarm_is_named() {
    let _serial = one_at_a_time();
    crate::support::watchdog();
    let sandbox = Sandbox::start(etcdkit::sandbox::SandboxOptions {
        extra_args: vec![format!("--quota-backend-bytes={}", 2 << 20)],
        ..etcdkit::sandbox::SandboxOptions::members(1)
    })
    .expect("a sandbox with a 2 MiB quota");
    let all = sandbox.endpoints();
    let dir = tempfile::tempdir().unwrap();
    let go = dir.path().join("go");
    let (mut holder, mut holder_out) = spawn_lines(
        crate::support::etcdkit_process_at(&all)
            .args(["lock", "full", "--", "sh", "-c"])
            .arg(format!(
                "echo in; while [ ! -e {} ]; do sleep 0.05; done",
                go.display()
            )),
    );
    assert_eq!(holder_out.next_line(), "in");
    let (mut waiter, mut waiter_out) =
        spawn_lines(crate::support::etcdkit_process_at(&all).args([
            "lock",
            "full",
            "--",
            "echo",
            "waiter ran",
        ]));
    crate::support::wait_for_watchers(&sandbox, 1);

    // Fill the quota: 256 KiB values until etcd refuses (bounded: 2 MiB takes ~8).
    let refused = crate::support::with_client(&sandbox, async |c| {
        for i in 0..64 {
            if let Err(e) = c
                .put(format!("filler/{i}"), vec![b'x'; 256 << 10], None)
                .await
            {
                return e.to_string();
            }
        }
        panic!("64 puts of 256 KiB fitted in a 2 MiB quota");
    });
    assert!(refused.contains("database space exceeded"), "{refused}");

    let out = crate::support::etcdkit_at(&all)
        .args(["counter", "c", "incr"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let err = stderr_text(&out);
    assert!(
        err.contains("NOSPACE") && err.contains("alarm disarm"),
        "{err}"
    );
    let out = crate::support::etcdkit_at(&all)
        .arg("status")
        .output()
        .unwrap();
    let shown = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(1), "{shown}");
    assert!(shown.contains("alarm NOSPACE"), "{shown}");
    let (_, json) = run(&all, &["-o", "json", "status"]);
    assert!(json.contains(r#""alarms":["NOSPACE"]"#), "{json}");

    std::fs::write(&go, "").unwrap();
    assert_eq!(wait_exit(&mut holder, Duration::from_secs(10)), Some(0));
    assert_eq!(waiter_out.next_line(), "waiter ran");
    assert_eq!(wait_exit(&mut waiter, Duration::from_secs(10)), Some(0));
}

/// Issue 29, point 6: a supervisor that is stopped (SIGSTOP: a debugger, an operator, swap)
/// cannot stop its CMD when its lease needs renewing, so CMD's guardian, a second process,
/// does: CMD ends before the lease can expire, so before the next holder starts. Then, let
/// go on, etcdkit reports the loss (exit 4).
#[test]
fn a_stopped_supervisor_cannot_keep_cmd_running_past_its_lease() {
    let _serial = one_at_a_time();
    let sandbox = cluster(1);
    let all = sandbox.endpoints();
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path().display();
    let (mut holder, mut out) = spawn_lines(
        crate::support::etcdkit_process_at(&all)
            // The trap notes the time with bash's builtin clock: a `date` it forked could be
            // SIGKILLed by the guardian's second step before writing (an empty file seen once
            // under load).
            .args(["lock", "paused", "--ttl", "3s", "--", "bash", "-c"])
            .arg(format!(
                "trap 'echo ${{EPOCHREALTIME//[.,]/}}000 > {d}/end; exit 99' TERM; echo in; \
                 while :; do sleep 0.05; done"
            )),
    );
    assert_eq!(out.next_line(), "in");
    signal(&holder, Signal::SIGSTOP);
    let stopped = Instant::now();
    // Waits for the lock: it comes free when the stopped holder's lease expires.
    let (code, _) = run(
        &all,
        &[
            "lock",
            "paused",
            "--ttl",
            "3s",
            "--",
            "sh",
            "-c",
            &format!("date +%s%N > {d}/next"),
        ],
    );
    assert_eq!(code, Some(0));
    let waited = stopped.elapsed();
    let ns = |name: &str| -> i128 {
        let text = read_to_string(&dir.path().join(name));
        text.trim()
            .parse()
            .unwrap_or_else(|_| panic!("{name}: {text:?}"))
    };
    let (end, next) = (ns("end"), ns("next"));
    eprintln!(
        "holder stopped; the next holder started after {waited:?}, {} ms after CMD ended",
        (next - end) / 1_000_000
    );
    assert!(
        end < next,
        "CMD ran {} ms into the next holder's turn",
        (end - next) / 1_000_000
    );
    signal(&holder, Signal::SIGCONT);
    assert_eq!(wait_exit(&mut holder, Duration::from_secs(10)), Some(4));
}
