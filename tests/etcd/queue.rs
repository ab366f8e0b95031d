//! `etcdkit queue` and `etcdkit wait` end to end against real etcd.

use std::collections::BTreeSet;
use std::process::{Child, Stdio};
use std::time::{Duration, Instant};

use crate::support::{cluster, spawn_lines, stderr_text, wait_exit};
use etcdkit::recipes::queue::Item;
use etcdkit::sandbox::Sandbox;

fn run(sandbox: &Sandbox, args: &[&str]) -> (Option<i32>, String) {
    let out = crate::support::etcdkit_at(&[sandbox.endpoint(0)])
        .args(args)
        .output()
        .unwrap();
    (out.status.code(), String::from_utf8(out.stdout).unwrap())
}

/// `seq FROM TO | etcdkit queue push QUEUE --stdin`
fn producer(sandbox: &Sandbox, queue: &str, from: u32, to: u32) -> Child {
    let mut child = crate::support::etcdkit_process_at(&[sandbox.endpoint(0)])
        .args(["queue", "push", queue, "--stdin"])
        .stdin(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    std::thread::spawn(move || {
        use std::io::Write;
        for i in from..=to {
            writeln!(stdin, "{i}").unwrap();
        }
    });
    child
}

#[test]
fn two_producers_and_three_consumers_deliver_each_item_exactly_once() {
    let sandbox = cluster(1);
    let mut consumers: Vec<_> = (0..3)
        .map(|_| {
            let mut cmd = crate::support::etcdkit_process_at(&[sandbox.endpoint(0)]);
            cmd.args([
                "queue",
                "pop",
                "work",
                "--count",
                "1000",
                "--timeout",
                "60s",
            ]);
            spawn_lines(&mut cmd)
        })
        .collect();
    let mut producers = [
        producer(&sandbox, "work", 1, 500),
        producer(&sandbox, "work", 501, 1000),
    ];
    for p in &mut producers {
        assert_eq!(wait_exit(p, Duration::from_secs(30)), Some(0));
    }
    let mut got: Vec<Vec<u32>> = vec![Vec::new(); 3];
    let deadline = Instant::now() + Duration::from_secs(60);
    while got.iter().map(Vec::len).sum::<usize>() < 1000 {
        assert!(
            Instant::now() < deadline,
            "only {} items arrived",
            got.iter().map(Vec::len).sum::<usize>()
        );
        for (i, (_, lines)) in consumers.iter_mut().enumerate() {
            while let Some(line) = lines.next_within(Duration::from_millis(1)) {
                got[i].push(line.parse().unwrap());
            }
        }
    }
    // The queue is drained and every popped item printed: the consumers are all blocked on
    // an empty queue, so stopping them loses nothing.
    assert_eq!(
        run(&sandbox, &["queue", "len", "work"]),
        (Some(0), "0\n".into())
    );
    for (child, lines) in &mut consumers {
        crate::support::signal(child, nix::sys::signal::Signal::SIGTERM);
        assert_eq!(wait_exit(child, Duration::from_secs(5)), Some(143));
        assert_eq!(
            lines.rest(),
            Vec::<String>::new(),
            "an item arrived after all 1000"
        );
    }
    let all: Vec<u32> = got.iter().flatten().copied().collect();
    let unique: BTreeSet<u32> = all.iter().copied().collect();
    assert_eq!(all.len(), 1000);
    assert_eq!(unique, (1..=1000).collect(), "not exactly 1..1000");
    let per_consumer: Vec<usize> = got.iter().map(Vec::len).collect();
    assert!(
        per_consumer.iter().filter(|&&n| n > 0).count() > 1,
        "one consumer got everything: {per_consumer:?}"
    );
    eprintln!("items per consumer: {per_consumer:?}");
}

#[test]
fn one_producer_is_first_in_first_out_across_batches() {
    let sandbox = cluster(1);
    let mut p = producer(&sandbox, "fifo", 1, 300);
    assert_eq!(wait_exit(&mut p, Duration::from_secs(30)), Some(0));
    let args: Vec<String> = (301..=310).map(|i| i.to_string()).collect();
    let mut push = vec!["queue", "push", "fifo"];
    push.extend(args.iter().map(String::as_str));
    assert_eq!(run(&sandbox, &push).0, Some(0));
    let (code, text) = run(&sandbox, &["queue", "pop", "fifo", "--count", "310"]);
    assert_eq!(code, Some(0));
    let popped: Vec<u32> = text.lines().map(|l| l.parse().unwrap()).collect();
    assert_eq!(popped, (1..=310).collect::<Vec<_>>());
}

#[test]
fn a_blocked_pop_wakes_when_an_item_arrives() {
    let sandbox = cluster(1);
    let mut cmd = crate::support::etcdkit_process_at(&[sandbox.endpoint(0)]);
    cmd.args(["queue", "pop", "wake", "-o", "json"]);
    let (mut popper, mut lines) = spawn_lines(&mut cmd);
    // It found the queue empty and watches it.
    crate::support::wait_for_watchers(&sandbox, 1);
    crate::support::still_running_after(
        &mut popper,
        Duration::from_millis(100),
        "pop returned on an empty queue",
    );
    let pushed = Instant::now();
    assert_eq!(
        run(&sandbox, &["queue", "push", "wake", "hello"]).0,
        Some(0)
    );
    let item: Item = serde_json::from_str(&lines.next_line()).unwrap();
    let woke = pushed.elapsed();
    eprintln!("pop woke {woke:?} after the push began (includes the pushing process)");
    assert_eq!(item.text(), Some("hello"));
    assert!(item.key.starts_with("wake/"));
    assert!(woke < Duration::from_secs(1));
    assert_eq!(wait_exit(&mut popper, Duration::from_secs(5)), Some(0));
}

#[test]
fn empty_pop_times_out_with_3_and_count_prints_what_it_got() {
    let sandbox = cluster(1);
    let started = Instant::now();
    let out = crate::support::etcdkit_at(&[sandbox.endpoint(0)])
        .args(["queue", "pop", "none", "--timeout", "300ms"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(3));
    assert!(started.elapsed() >= Duration::from_millis(300));
    assert!(stderr_text(&out).contains("timed out"));
    run(&sandbox, &["queue", "push", "none", "x", "y"]);
    assert_eq!(
        run(
            &sandbox,
            &["queue", "pop", "none", "--count", "3", "--timeout", "300ms"]
        ),
        (Some(3), "x\ny\n".into())
    );
}

#[test]
fn len_and_peek_and_a_hand_written_key() {
    let sandbox = cluster(1);
    assert_eq!(
        run(&sandbox, &["queue", "len", "q"]),
        (Some(0), "0\n".into())
    );
    assert_eq!(run(&sandbox, &["queue", "peek", "q"]).0, Some(3));
    // Another tool's item under QUEUE/ is an item too, in key order: a name that is not a
    // push time sorts after every push time.
    crate::support::put(&sandbox, "q/written-by-etcdctl", "manual");
    run(&sandbox, &["queue", "push", "q", "second"]);
    assert_eq!(
        run(&sandbox, &["queue", "len", "q"]),
        (Some(0), "2\n".into())
    );
    assert_eq!(
        run(&sandbox, &["queue", "peek", "q"]),
        (Some(0), "second\n".into())
    );
    let (code, json) = run(&sandbox, &["queue", "len", "q", "-o", "json"]);
    assert_eq!(code, Some(0));
    let counts: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(
        counts,
        serde_json::json!({"queue": "q", "len": 2, "ready": 2, "claimed": 0, "delayed": 0, "dead": 0})
    );
    assert_eq!(
        run(&sandbox, &["queue", "pop", "q"]),
        (Some(0), "second\n".into())
    );
    assert_eq!(
        run(&sandbox, &["queue", "pop", "q"]),
        (Some(0), "manual\n".into())
    );
}

#[test]
fn items_of_each_pusher_come_out_in_push_order_when_pushers_interleave() {
    let sandbox = cluster(1);
    let mut producers = [
        producer(&sandbox, "mixed", 1, 500),
        producer(&sandbox, "mixed", 501, 1000),
    ];
    for p in &mut producers {
        assert_eq!(wait_exit(p, Duration::from_secs(30)), Some(0));
    }
    let (code, text) = run(&sandbox, &["queue", "pop", "mixed", "--count", "1000"]);
    assert_eq!(code, Some(0));
    let popped: Vec<u32> = text.lines().map(|l| l.parse().unwrap()).collect();
    let first: Vec<u32> = popped.iter().copied().filter(|&i| i <= 500).collect();
    let second: Vec<u32> = popped.iter().copied().filter(|&i| i > 500).collect();
    assert_eq!(first, (1..=500).collect::<Vec<_>>());
    assert_eq!(second, (501..=1000).collect::<Vec<_>>());
}

/// A pusher whose clock is an hour behind writes a key below the head. A fresh popper
/// starts from the head that the last pop recorded (the hint), so it does not see the item
/// until a sweep, due when the hint says that none was made for `SWEEP`; the hint's time
/// is set back here instead of waiting for it.
#[test]
fn an_item_below_the_head_is_found_by_the_next_sweep() {
    let sandbox = cluster(1);
    assert_eq!(
        run(&sandbox, &["queue", "push", "late", "a", "b", "c"]).0,
        Some(0)
    );
    assert_eq!(
        run(&sandbox, &["queue", "pop", "late"]),
        (Some(0), "a\n".into())
    );
    let hint_key = "__etcdkit/late/queue-head";
    let hint: serde_json::Value =
        serde_json::from_str(&crate::support::get(&sandbox, hint_key).unwrap()).unwrap();
    let head = hint["head"].as_str().unwrap();
    assert!(head.starts_with("late/"), "{hint}");
    let hour_ago = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_nanos()
        - 3_600_000_000_000;
    crate::support::put(&sandbox, &format!("late/{hour_ago}"), "skewed");
    assert_eq!(
        run(&sandbox, &["queue", "len", "late"]),
        (Some(0), "3\n".into())
    );
    // The hint is recent: the pop reads from the head it names.
    assert_eq!(
        run(&sandbox, &["queue", "pop", "late"]),
        (Some(0), "b\n".into())
    );
    let mut stale: serde_json::Value =
        serde_json::from_str(&crate::support::get(&sandbox, hint_key).unwrap()).unwrap();
    stale["swept_ms"] = 0.into();
    crate::support::put(&sandbox, hint_key, &stale.to_string());
    assert_eq!(
        run(&sandbox, &["queue", "pop", "late", "--count", "2"]),
        (Some(0), "skewed\nc\n".into())
    );
}

#[test]
fn wait_returns_at_once_blocks_until_the_value_matches_and_times_out_with_3() {
    let sandbox = cluster(1);
    crate::support::put(&sandbox, "ready", "yes");
    assert_eq!(
        run(&sandbox, &["wait", "ready", "--exists"]),
        (Some(0), "yes\n".into())
    );
    assert_eq!(
        run(&sandbox, &["wait", "ready", "--equals", "yes"]),
        (Some(0), "yes\n".into())
    );
    assert_eq!(
        run(&sandbox, &["wait", "absent", "--deleted"]),
        (Some(0), String::new())
    );
    assert_eq!(
        run(
            &sandbox,
            &["wait", "ready", "--equals", "no", "--timeout", "300ms"]
        )
        .0,
        Some(3)
    );

    let mut cmd = crate::support::etcdkit_process_at(&[sandbox.endpoint(0)]);
    cmd.args(["wait", "phase", "--equals", "go"]);
    let (mut waiter, mut lines) = spawn_lines(&mut cmd);
    crate::support::wait_for_watchers(&sandbox, 1);
    crate::support::put(&sandbox, "phase", "steady");
    assert_eq!(
        lines.next_within(Duration::from_millis(300)),
        None,
        "returned on a value that does not match"
    );
    crate::support::still_running_after(
        &mut waiter,
        Duration::ZERO,
        "returned on a value that does not match",
    );
    crate::support::put(&sandbox, "phase", "go");
    assert_eq!(lines.next_line(), "go");
    assert_eq!(wait_exit(&mut waiter, Duration::from_secs(5)), Some(0));
}

#[test]
fn bad_input_exits_2_and_writes_nothing() {
    let sandbox = cluster(1);
    let cases: Vec<Vec<&str>> = vec![
        vec!["queue", "push", "", "a"],
        vec!["queue", "push", "q"],
        vec!["queue", "push", "q", "a", "--stdin"],
        vec!["queue", "pop", "q", "--count", "0"],
        vec!["queue", "pop", ""],
        vec!["wait", "k"],
        vec!["wait", "", "--exists"],
        vec!["wait", "k", "--exists", "--deleted"],
        vec!["wait", "k", "--exists", "--timeout", "soon"],
    ];
    for args in &cases {
        crate::support::assert_usage_error(&sandbox, args);
    }
    assert_eq!(
        run(&sandbox, &["queue", "len", "q"]),
        (Some(0), "0\n".into()),
        "bad input wrote items"
    );
}

/// A value another writer stored that is not UTF-8 (here with a NUL): a pop deletes it, so
/// it must hand over the exact bytes: `value_base64` in JSON; `\xNN` escapes in text, said
/// so on stderr.
#[test]
fn a_value_that_is_not_utf8_is_popped_exactly_or_said_to_be_escaped() {
    let sandbox = cluster(1);
    let raw = [0xff, 0xfe, b'x', 0x00];
    crate::support::with_client(&sandbox, async |c| {
        c.put("bytes/1", raw.to_vec(), None).await.unwrap();
        c.put("bytes/2", raw.to_vec(), None).await.unwrap();
    });
    let (code, out) = run(&sandbox, &["-o", "json", "queue", "pop", "bytes"]);
    assert_eq!(code, Some(0));
    let popped: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(popped["value_base64"], "//54AA==", "{out}");
    assert!(popped.get("value").is_none(), "{out}");
    let item: Item = serde_json::from_str(&out).unwrap();
    assert_eq!(item.value, raw, "the JSON line decodes to the stored bytes");

    let out = crate::support::etcdkit_at(&[sandbox.endpoint(0)])
        .args(["queue", "pop", "bytes"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(String::from_utf8_lossy(&out.stdout), "\\xff\\xfex\\u{0}\n");
    let err = stderr_text(&out);
    assert!(
        err.contains("not UTF-8") && err.contains("value_base64"),
        "{err}"
    );
    assert!(crate::support::keys(&sandbox, "bytes/").is_empty());
}
