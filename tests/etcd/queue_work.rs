//! `queue work`: at least once through dead workers and dead members, retries and dead
//! letters, a lease revoked under a running CMD, and delays counted by the cluster.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;
use std::process::{Child, Command};
use std::time::{Duration, Instant};

use nix::sys::signal::Signal;
use serde_json::Value;

use crate::support::{
    cluster, etcdkit, etcdkit_process, signal, stderr_text, wait_exit, with_client,
};
use etcdkit::sandbox::Sandbox;

fn worker(sandbox: &Sandbox, args: &[&str], script: &str, dir: &Path) -> Child {
    etcdkit_process()
        .env("ETCDKIT_ENDPOINTS", sandbox.endpoints().join(","))
        .env("DIR", dir)
        .args(["queue", "work", "jobs"])
        .args(args)
        .args(["--", "sh", "-c", script])
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .expect("starting a worker")
}

fn queue_json(sandbox: &Sandbox, what: &[&str]) -> Vec<Value> {
    let out = etcdkit()
        .env("ETCDKIT_ENDPOINTS", sandbox.endpoints().join(","))
        .args(["-o", "json", "queue"])
        .args(what)
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(0),
        "{what:?}: {}",
        stderr_text(&out)
    );
    String::from_utf8_lossy(&out.stdout)
        .lines()
        .map(|l| serde_json::from_str(l).expect("a JSON line"))
        .collect()
}

fn counts(sandbox: &Sandbox) -> Value {
    queue_json(sandbox, &["len", "jobs"]).remove(0)
}

fn push(sandbox: &Sandbox, args: &[&str]) {
    let out = etcdkit()
        .env("ETCDKIT_ENDPOINTS", sandbox.endpoints().join(","))
        .args(["queue", "push", "jobs"])
        .args(args)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr_text(&out));
}

/// 500 items, 3 workers; a worker SIGKILLed (and restarted) every 50 completions, each
/// member killed and restarted in turn. Every item's CMD completes at least once; nothing
/// is left claimed; every item done twice was first done by a worker that was killed.
#[test]
fn killed_workers_and_members_lose_nothing() {
    let mut sandbox = cluster(3);
    let dir = tempfile::tempdir().unwrap();
    let done = dir.path().join("done");
    let values: Vec<String> = (1..=500).map(|i| i.to_string()).collect();
    let mut pushed = 0;
    for chunk in values.chunks(100) {
        let args: Vec<&str> = chunk.iter().map(String::as_str).collect();
        push(&sandbox, &args);
        pushed += chunk.len();
    }
    assert_eq!(pushed, 500);
    // $PPID is the worker: CMD is its direct child.
    let script =
        r#"sleep 0.01; echo "$ETCDKIT_QUEUE_VALUE $PPID $ETCDKIT_QUEUE_ATTEMPT" >> "$DIR/done""#;
    let args = ["--ttl", "2s", "--retry-delay", "0"];
    let mut workers: Vec<Child> = (0..3)
        .map(|_| worker(&sandbox, &args, script, dir.path()))
        .collect();
    let mut killed_pids = BTreeSet::new();
    let (mut kills, mut member_kills) = (0usize, 0usize);
    let deadline = Instant::now() + Duration::from_secs(240);
    loop {
        let finished: BTreeSet<String> = crate::support::file_lines(&done)
            .iter()
            .filter_map(|l| l.split(' ').next().map(str::to_string))
            .collect();
        if finished.len() == 500 {
            break;
        }
        assert!(
            Instant::now() < deadline,
            "only {} of 500 items done",
            finished.len()
        );
        if finished.len() >= 50 * (kills + 1) {
            let w = kills % workers.len();
            killed_pids.insert(workers[w].id().to_string());
            signal(&workers[w], Signal::SIGKILL);
            let _ = workers[w].wait();
            workers[w] = worker(&sandbox, &args, script, dir.path());
            kills += 1;
        }
        if member_kills < 3 && finished.len() >= 100 + 130 * member_kills {
            sandbox.kill(member_kills);
            sandbox.restart(member_kills).expect("restarting a member");
            member_kills += 1;
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    // Claims of killed workers return within their TTL and are done again: wait until
    // nothing is ready, claimed or delayed.
    let settle_by = Instant::now() + Duration::from_secs(30);
    loop {
        let c = counts(&sandbox);
        if c["ready"] == 0 && c["claimed"] == 0 && c["delayed"] == 0 {
            assert_eq!(c["dead"], 0, "{c}");
            break;
        }
        assert!(Instant::now() < settle_by, "the queue did not drain: {c}");
        std::thread::sleep(Duration::from_millis(100));
    }
    for w in &mut workers {
        signal(w, Signal::SIGTERM);
        assert_eq!(wait_exit(w, Duration::from_secs(10)), Some(143));
    }
    let mut by_value: BTreeMap<String, Vec<String>> = BTreeMap::new();
    let mut redelivered = 0;
    for line in crate::support::file_lines(&done) {
        let fields: Vec<&str> = line.split(' ').collect();
        let [value, pid, attempt] = fields[..] else {
            panic!("not `value pid attempt`: {line:?}")
        };
        by_value.entry(value.into()).or_default().push(pid.into());
        if attempt != "1" {
            redelivered += 1;
        }
    }
    let expected: BTreeSet<String> = values.iter().cloned().collect();
    assert_eq!(
        by_value.keys().cloned().collect::<BTreeSet<_>>(),
        expected,
        "lost items"
    );
    let repeated: Vec<(&String, &Vec<String>)> =
        by_value.iter().filter(|(_, pids)| pids.len() > 1).collect();
    for (value, pids) in &repeated {
        assert!(
            killed_pids.contains(&pids[0]),
            "item {value} repeated ({pids:?}) though its first worker was not killed ({killed_pids:?})"
        );
    }
    assert!(
        kills >= 9 && member_kills == 3,
        "{kills} worker kills, {member_kills} member kills"
    );
    // A killed worker held a claim: it came back on a later attempt.
    assert!(
        redelivered >= 1,
        "no item was delivered again after {kills} kills"
    );
    eprintln!(
        "500 items: {kills} workers and {member_kills} members killed; {redelivered} CMDs ran \
         on a redelivery (attempt >= 2); {} items done twice (each first by a killed worker)",
        repeated.len()
    );
}

/// A CMD that always fails: tried exactly --max-attempts times, then a dead letter with its
/// last status; `queue retry` puts it back as a plain item.
#[test]
fn a_failing_item_is_tried_max_attempts_times_then_dead_then_retried() {
    let sandbox = cluster(1);
    let dir = tempfile::tempdir().unwrap();
    push(&sandbox, &["doomed"]);
    let script = r#"read v; echo "$ETCDKIT_QUEUE_ATTEMPT $v" >> "$DIR/attempts"; exit 3"#;
    let mut w = worker(
        &sandbox,
        &["--count", "3", "--max-attempts", "3", "--retry-delay", "1s"],
        script,
        dir.path(),
    );
    assert_eq!(wait_exit(&mut w, Duration::from_secs(30)), Some(0));
    assert_eq!(
        crate::support::file_lines(&dir.path().join("attempts")),
        ["1 doomed", "2 doomed", "3 doomed"],
        "CMD gets the value on stdin, attempts counted from 1"
    );
    let c = counts(&sandbox);
    assert_eq!(
        (c["ready"].as_i64(), c["dead"].as_i64()),
        (Some(0), Some(1)),
        "{c}"
    );
    let dead = queue_json(&sandbox, &["dead", "jobs"]);
    assert_eq!(dead.len(), 1);
    assert_eq!(dead[0]["value"], "doomed");
    assert_eq!(dead[0]["attempt"], 3);
    assert!(
        dead[0]["failure"].as_str().unwrap().contains('3'),
        "{}",
        dead[0]
    );

    let retried = queue_json(&sandbox, &["retry", "jobs"]);
    assert_eq!(retried.len(), 1, "{retried:?}");
    assert_eq!(counts(&sandbox)["ready"], 1);
    assert_eq!(counts(&sandbox)["dead"], 0);
    // Back as a plain recipe item: the value alone, under jobs/<digits>.
    let kvs = with_client(&sandbox, async |c| {
        let got = c
            .get("jobs/", Some(etcd_client::GetOptions::new().with_prefix()))
            .await
            .unwrap();
        got.kvs()
            .iter()
            .map(|kv| {
                (
                    kv.key_str().unwrap().to_string(),
                    kv.value_str().unwrap().to_string(),
                )
            })
            .collect::<Vec<_>>()
    });
    assert_eq!(kvs.len(), 1);
    assert_eq!(kvs[0].1, "doomed");
    assert!(
        kvs[0].0["jobs/".len()..]
            .chars()
            .all(|c| c.is_ascii_digit()),
        "{kvs:?}"
    );
}

/// A value that is not UTF-8 reaches CMD exactly, on stdin and (base64) in
/// ETCDKIT_QUEUE_VALUE_BASE64, on its first attempt and after a retry through a delayed
/// record; ETCDKIT_QUEUE_VALUE is not set to an altered copy.
#[test]
fn a_value_that_is_not_utf8_reaches_cmd_exactly_through_a_retry() {
    let sandbox = cluster(1);
    let dir = tempfile::tempdir().unwrap();
    let raw = [0xff, 0xfe, b'x', b'\n', 0xc3];
    with_client(&sandbox, async |c| {
        c.put("jobs/1", raw.to_vec(), None).await.unwrap();
    });
    let script = r#"n=$ETCDKIT_QUEUE_ATTEMPT; cat > "$DIR/in.$n";
        echo "${ETCDKIT_QUEUE_VALUE-unset} $ETCDKIT_QUEUE_VALUE_BASE64" > "$DIR/env.$n";
        [ "$n" = 2 ]"#;
    let mut w = worker(
        &sandbox,
        &["--count", "2", "--max-attempts", "3", "--retry-delay", "1s"],
        script,
        dir.path(),
    );
    assert_eq!(wait_exit(&mut w, Duration::from_secs(30)), Some(0));
    for attempt in 1..=2 {
        let stdin = std::fs::read(dir.path().join(format!("in.{attempt}"))).unwrap();
        assert_eq!(stdin, raw, "attempt {attempt}: stdin");
        let env = std::fs::read_to_string(dir.path().join(format!("env.{attempt}"))).unwrap();
        assert_eq!(env, "unset //54CsM=\n", "attempt {attempt}: environment");
    }
    assert_eq!(counts(&sandbox)["ready"], 0);
}

/// Values no environment can carry do not poison the queue: a 140 KB text (E2BIG for
/// every worker before) and text with a NUL byte reach CMD on stdin, and each item's last
/// line reaches `while read -r line` (a value without a trailing newline gets one, as
/// `queue pop` prints it).
#[test]
fn any_value_push_accepts_reaches_cmd_and_its_last_line_is_read() {
    let sandbox = cluster(1);
    let dir = tempfile::tempdir().unwrap();
    let big = "x".repeat(140_000);
    with_client(&sandbox, async |c| {
        for (key, value) in [
            ("jobs/1", big.as_bytes()),
            ("jobs/2", b"first\nlast".as_slice()),
            ("jobs/3", b"a\0b".as_slice()),
            ("jobs/4", b"ends in one\n".as_slice()),
        ] {
            c.put(key, value.to_vec(), None).await.unwrap();
        }
    });
    let script = r#"cat > "$DIR/in"; wc -c < "$DIR/in" >> "$DIR/sizes";
        while read -r line; do printf '%s|' "${#line}" >> "$DIR/lines"; done < "$DIR/in";
        echo >> "$DIR/lines";
        echo "${ETCDKIT_QUEUE_VALUE+text}${ETCDKIT_QUEUE_VALUE_BASE64+base64 $ETCDKIT_QUEUE_VALUE_BASE64}" >> "$DIR/env""#;
    let mut w = worker(&sandbox, &["--count", "4"], script, dir.path());
    assert_eq!(wait_exit(&mut w, Duration::from_secs(30)), Some(0));
    let read = |name: &str| crate::support::file_lines(&dir.path().join(name));
    let sizes: Vec<String> = read("sizes").iter().map(|l| l.trim().to_string()).collect();
    assert_eq!(sizes, ["140001", "11", "4", "12"]);
    // (`read` drops the NUL byte: the shell's doing; `sizes` shows all of it arrived.)
    assert_eq!(read("lines"), ["140000|", "5|4|", "2|", "11|"]);
    assert_eq!(read("env"), ["", "text", "base64 YQBi", "text"]);
    let counts = counts(&sandbox);
    assert_eq!(
        (counts["ready"].as_u64(), counts["dead"].as_u64()),
        (Some(0), Some(0))
    );
}

/// The worker's lease revoked from outside: CMD stopped, exit 4, the item delivered again.
#[test]
fn a_revoked_lease_stops_cmd_and_the_item_returns() {
    let sandbox = cluster(1);
    let dir = tempfile::tempdir().unwrap();
    push(&sandbox, &["precious"]);
    let script = r#"echo "$ETCDKIT_LEASE_ID" > "$DIR/lease"; echo $$ > "$DIR/pid"; exec sleep 60"#;
    let mut w = worker(&sandbox, &["--ttl", "10s"], script, dir.path());
    let lease_file = dir.path().join("lease");
    crate::support::eventually(Duration::from_secs(10), "CMD to start", || {
        crate::support::file_lines(&lease_file).len() == 1
            && crate::support::file_lines(&dir.path().join("pid")).len() == 1
    });
    let lease = i64::from_str_radix(&crate::support::file_lines(&lease_file)[0], 16).unwrap();
    let cmd_pid: u32 = crate::support::file_lines(&dir.path().join("pid"))[0]
        .parse()
        .unwrap();
    let claims = queue_json(&sandbox, &["claims", "jobs"]);
    assert_eq!(claims.len(), 1, "{claims:?}");
    assert_eq!(claims[0]["value"], "precious");
    with_client(&sandbox, async |c| {
        c.lease_revoke(lease).await.unwrap();
    });
    assert_eq!(wait_exit(&mut w, Duration::from_secs(10)), Some(4));
    assert!(!crate::support::process_exists(cmd_pid), "CMD still runs");
    // The next pop takes it back from the dead claim: attempt 2.
    let out = etcdkit()
        .env("ETCDKIT_ENDPOINTS", sandbox.endpoint(0))
        .args(["-o", "json", "queue", "pop", "jobs", "--timeout", "10s"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr_text(&out));
    let item: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(item["value"], "precious");
    assert!(
        item["key"].as_str().unwrap().ends_with("-attempt2"),
        "{item}"
    );
}

/// `--delay 2s`: neither popped nor worked before the delay's lease expired on the server,
/// and popped soon after.
#[test]
fn a_delayed_item_waits_for_the_clusters_clock() {
    let sandbox = cluster(1);
    let started = Instant::now();
    push(&sandbox, &["--delay", "2s", "later"]);
    let mut pop = etcdkit_process();
    pop.env("ETCDKIT_ENDPOINTS", sandbox.endpoint(0)).args([
        "queue",
        "pop",
        "jobs",
        "--timeout",
        "10s",
    ]);
    let (mut popper, mut out) = crate::support::spawn_lines(&mut pop);
    let c = counts(&sandbox);
    assert_eq!(
        (c["ready"].as_i64(), c["delayed"].as_i64()),
        (Some(0), Some(1)),
        "{c}"
    );
    // The delay is a lease on the server: read its id off the timer key.
    let lease = with_client(&sandbox, async |c| {
        let timers = c
            .get(
                "__etcdkit/jobs/queue-timers/",
                Some(etcd_client::GetOptions::new().with_prefix()),
            )
            .await
            .unwrap();
        timers.kvs()[0].lease()
    });
    assert_eq!(
        out.next_within(Duration::from_secs(10)).as_deref(),
        Some("later")
    );
    let waited = started.elapsed();
    assert_eq!(wait_exit(&mut popper, Duration::from_secs(5)), Some(0));
    let ttl = with_client(&sandbox, async |c| {
        c.lease_time_to_live(lease, None).await.unwrap().ttl()
    });
    assert_eq!(ttl, -1, "popped while the delay's lease was alive");
    assert!(waited >= Duration::from_secs(2), "popped after {waited:?}");
    assert!(
        waited < Duration::from_secs(4),
        "popped only after {waited:?}"
    );
    eprintln!("a 2s delay: popped {waited:?} after the push started");
}

/// Plain pop and Go's recipe see only ready items: a claimed item is not under jobs/.
#[test]
fn claims_delays_and_dead_letters_live_outside_the_recipe_layout() {
    let sandbox = cluster(1);
    let dir = tempfile::tempdir().unwrap();
    push(&sandbox, &["held"]);
    push(&sandbox, &["--delay", "30s", "waiting"]);
    let mut w = worker(&sandbox, &["--count", "1"], "exec sleep 30", dir.path());
    crate::support::eventually(Duration::from_secs(10), "the claim", || {
        counts(&sandbox)["claimed"] == 1
    });
    let under_queue = crate::support::keys(&sandbox, "jobs");
    assert!(
        under_queue.is_empty(),
        "keys a Go consumer would take: {under_queue:?}"
    );
    signal(&w, Signal::SIGTERM);
    assert_eq!(wait_exit(&mut w, Duration::from_secs(10)), Some(143));
    // Released on SIGTERM: ready again at once, attempt unchanged.
    let c = counts(&sandbox);
    assert_eq!(
        (c["ready"].as_i64(), c["claimed"].as_i64()),
        (Some(1), Some(0)),
        "{c}"
    );
    assert_eq!(
        Command::new(env!("CARGO_BIN_EXE_etcdkit"))
            .env("ETCDKIT_ENDPOINTS", sandbox.endpoint(0))
            .args(["queue", "peek", "jobs"])
            .output()
            .unwrap()
            .stdout,
        b"held\n"
    );
}

/// `--prefetch N` claims up to N at a time; on SIGTERM the claims it had not started go back
/// to the queue at once (nothing waits for the lease to expire).
#[test]
fn prefetched_claims_are_released_on_a_signal() {
    let sandbox = cluster(1);
    let dir = tempfile::tempdir().unwrap();
    let values: Vec<String> = (1..=10).map(|i| i.to_string()).collect();
    let args: Vec<&str> = values.iter().map(String::as_str).collect();
    push(&sandbox, &args);
    let script = r#"echo "$ETCDKIT_QUEUE_VALUE" >> "$DIR/started"; exec sleep 30"#;
    let mut w = worker(
        &sandbox,
        &["--prefetch", "4", "--ttl", "30s"],
        script,
        dir.path(),
    );
    crate::support::eventually(Duration::from_secs(10), "the first CMD", || {
        crate::support::file_lines(&dir.path().join("started")).len() == 1
    });
    let c = counts(&sandbox);
    assert_eq!(
        (c["ready"].as_i64(), c["claimed"].as_i64()),
        (Some(6), Some(4)),
        "{c}"
    );
    signal(&w, Signal::SIGTERM);
    assert_eq!(wait_exit(&mut w, Duration::from_secs(10)), Some(143));
    let c = counts(&sandbox);
    assert_eq!(
        (c["ready"].as_i64(), c["claimed"].as_i64()),
        (Some(10), Some(0)),
        "{c}"
    );
}

/// One worker alone takes items oldest first.
#[test]
fn one_worker_goes_in_fifo_order() {
    let sandbox = cluster(1);
    let dir = tempfile::tempdir().unwrap();
    push(&sandbox, &["a", "b", "c", "d", "e"]);
    let script = r#"echo "$ETCDKIT_QUEUE_VALUE" >> "$DIR/order""#;
    let mut w = worker(&sandbox, &["--count", "5"], script, dir.path());
    assert_eq!(wait_exit(&mut w, Duration::from_secs(20)), Some(0));
    assert_eq!(
        crate::support::file_lines(&dir.path().join("order")),
        ["a", "b", "c", "d", "e"]
    );
}

/// With `-o json`, each item's event is printed when it is settled, also while the worker
/// then waits on an empty queue.
#[test]
fn each_event_is_printed_while_the_worker_waits() {
    let sandbox = cluster(1);
    let mut cmd = etcdkit_process();
    cmd.env("ETCDKIT_ENDPOINTS", sandbox.endpoint(0))
        .args(["-o", "json", "queue", "work", "jobs", "--", "true"]);
    let (mut w, mut out) = crate::support::spawn_lines(&mut cmd);
    push(&sandbox, &["one"]);
    let line = out.next_line();
    let event: Value = serde_json::from_str(&line).unwrap();
    assert_eq!(event["event"], "done", "{line}");
    assert_eq!(event["attempt"], 1, "{line}");
    crate::support::still_running_after(
        &mut w,
        Duration::from_millis(200),
        "the worker waits for more",
    );
    signal(&w, Signal::SIGTERM);
    assert_eq!(wait_exit(&mut w, Duration::from_secs(10)), Some(143));
}
