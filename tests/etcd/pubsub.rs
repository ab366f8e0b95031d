//! `etcdkit publish` and `etcdkit subscribe` end to end against real etcd.

use std::io::Write;
use std::process::{Child, Command, Stdio};
use std::time::Duration;

use crate::support::{cluster, etcdkit, spawn_lines, stderr_text, wait_exit, with_client};
use etcdkit::recipes::pubsub::Message;
use etcdkit::sandbox::Sandbox;

fn revision(sandbox: &Sandbox) -> i64 {
    with_client(sandbox, async |c| {
        c.get("x", None).await.unwrap().header().unwrap().revision()
    })
}

/// `etcdkit publish TOPIC --stdin` fed `from..=to`, one line every `pause`.
fn publisher(sandbox: &Sandbox, topic: &str, from: u32, to: u32, pause: Duration) -> Child {
    let mut child = crate::support::etcdkit_process_at(&sandbox.endpoints())
        .args(["publish", topic, "--stdin"])
        .stdin(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    std::thread::spawn(move || {
        for i in from..=to {
            writeln!(stdin, "{i}").unwrap();
            if !pause.is_zero() {
                std::thread::sleep(pause);
            }
        }
    });
    child
}

/// The lines `subscribe TOPIC --from-rev FROM --count COUNT` prints (20 s at most), which
/// must exit 0.
fn replayed(sandbox: &Sandbox, topic: &str, from: &str, count: usize) -> Vec<String> {
    let count = count.to_string();
    let out = etcdkit()
        .env("ETCDKIT_ENDPOINTS", sandbox.endpoint(0))
        .args([
            "subscribe",
            topic,
            "--from-rev",
            from,
            "--count",
            &count,
            "--timeout",
            "20s",
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr_text(&out));
    String::from_utf8_lossy(&out.stdout)
        .lines()
        .map(str::to_string)
        .collect()
}

/// Publishes `messages` on `topic` with the library, in batches of up to 64 whatever the
/// timing (`publish --stdin` batches the lines already waiting).
fn publish_in_process(sandbox: &Sandbox, topic: &str, messages: &[String]) {
    crate::support::runtime().block_on(async {
        let etcd = crate::support::connect(sandbox).await;
        let mut publisher = etcdkit::recipes::pubsub::Publisher::new(&etcd, topic, None).unwrap();
        publisher.publish(messages).await.unwrap();
    });
}

fn numbers(lines: Vec<String>) -> Vec<u32> {
    lines.iter().map(|l| l.parse().unwrap()).collect()
}

#[test]
fn stdin_lines_arrive_complete_and_in_order_and_replay_the_same() {
    let sandbox = cluster(1);
    let before = revision(&sandbox);
    let from = (before + 1).to_string();
    let (mut live, mut lines) = spawn_lines(
        crate::support::etcdkit_process_at(&sandbox.endpoints()).args([
            "subscribe",
            "logs",
            "--from-rev",
            &from,
            "--count",
            "2000",
        ]),
    );
    let mut p = publisher(&sandbox, "logs", 1, 2000, Duration::ZERO);
    assert_eq!(wait_exit(&mut p, Duration::from_secs(30)), Some(0));
    assert_eq!(wait_exit(&mut live, Duration::from_secs(30)), Some(0));
    assert_eq!(numbers(lines.rest()), (1..=2000).collect::<Vec<_>>());

    let replayed = numbers(replayed(&sandbox, "logs", &from, 2000));
    assert_eq!(replayed, (1..=2000).collect::<Vec<_>>());
}

#[test]
fn arguments_are_messages_and_json_lines_carry_key_and_revision() {
    let sandbox = cluster(1);
    let from = (revision(&sandbox) + 1).to_string();
    let out = etcdkit()
        .env("ETCDKIT_ENDPOINTS", sandbox.endpoint(0))
        .args(["publish", "news", "first", "second message", "third"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr_text(&out));
    let out = etcdkit()
        .env("ETCDKIT_ENDPOINTS", sandbox.endpoint(0))
        .args([
            "subscribe",
            "news",
            "--from-rev",
            &from,
            "--count",
            "3",
            "-o",
            "json",
        ])
        .output()
        .unwrap();
    let messages: Vec<Message> = String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    let values: Vec<&str> = messages.iter().map(|m| m.value.as_str()).collect();
    assert_eq!(values, ["first", "second message", "third"]);
    assert!(messages
        .iter()
        .all(|m| m.key.starts_with("news/") && m.rev > 0));
}

#[test]
fn timeout_exits_3_and_a_compacted_start_names_the_oldest_revision() {
    let sandbox = cluster(1);
    let out = etcdkit()
        .env("ETCDKIT_ENDPOINTS", sandbox.endpoint(0))
        .args(["subscribe", "quiet", "--count", "1", "--timeout", "300ms"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(3));

    for i in 0..5 {
        let out = etcdkit()
            .env("ETCDKIT_ENDPOINTS", sandbox.endpoint(0))
            .args(["publish", "old", &i.to_string()])
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(0));
    }
    let now = revision(&sandbox);
    with_client(&sandbox, async |c| {
        c.compact(now, None).await.unwrap();
    });
    let out = etcdkit()
        .env("ETCDKIT_ENDPOINTS", sandbox.endpoint(0))
        .args(["subscribe", "old", "--from-rev", "1", "--count", "1"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let err = stderr_text(&out);
    assert!(
        err.contains(&format!("oldest available revision is {now}")),
        "{err}"
    );
    assert_eq!(err.lines().count(), 1);
}

/// `--from-rev` ahead of the store says it waits for that revision (it waited in silence),
/// and delivers from it once reached; `-q` silences the note.
#[test]
fn from_rev_ahead_of_the_store_says_so_and_delivers_from_it() {
    let sandbox = cluster(1);
    let publish = |message: &str| {
        let out = etcdkit()
            .env("ETCDKIT_ENDPOINTS", sandbox.endpoint(0))
            .args(["publish", "t", message])
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(0));
    };
    let ahead = revision(&sandbox) + 10;
    let (mut child, mut lines) = spawn_lines(
        crate::support::etcdkit_process()
            .env("ETCDKIT_ENDPOINTS", sandbox.endpoint(0))
            .args([
                "subscribe",
                "t",
                "--from-rev",
                &ahead.to_string(),
                "--count",
                "1",
            ]),
    );
    // Kept open to the end: etcdkit's later stderr must not meet a closed pipe.
    let mut stderr = std::io::BufReader::new(child.stderr.take().unwrap());
    let mut note = String::new();
    std::io::BufRead::read_line(&mut stderr, &mut note).unwrap();
    assert!(
        note.contains(&format!(
            "--from-rev {ahead} is ahead of the current revision"
        )),
        "{note}"
    );
    publish("early");
    while revision(&sandbox) < ahead {
        crate::support::put(&sandbox, "filler", "x");
    }
    publish("late");
    assert_eq!(
        lines.next_line(),
        "late",
        "a message before --from-rev was delivered"
    );
    assert_eq!(wait_exit(&mut child, Duration::from_secs(10)), Some(0));
    let quiet = etcdkit()
        .env("ETCDKIT_ENDPOINTS", sandbox.endpoint(0))
        .args([
            "-q",
            "subscribe",
            "t",
            "--from-rev",
            "1000",
            "--timeout",
            "200ms",
        ])
        .output()
        .unwrap();
    assert_eq!(quiet.status.code(), Some(3));
    assert!(
        !stderr_text(&quiet).contains("ahead"),
        "{}",
        stderr_text(&quiet)
    );
}

#[test]
fn killing_a_member_loses_and_repeats_nothing() {
    let mut sandbox = cluster(3);
    let from = (revision(&sandbox) + 1).to_string();
    // Both are pinned to the first endpoint: that member is killed mid-stream.
    let (mut subscriber, mut lines) = spawn_lines(
        crate::support::etcdkit_process_at(&sandbox.endpoints()).args([
            "subscribe",
            "stream",
            "--from-rev",
            &from,
            "--count",
            "3000",
        ]),
    );
    let mut p = publisher(&sandbox, "stream", 1, 3000, Duration::from_micros(500));
    let mut seen = Vec::new();
    while seen.len() < 1000 {
        seen.push(lines.next_line());
    }
    sandbox.kill(0);
    let published = wait_exit(&mut p, Duration::from_secs(60));
    let mut err = String::new();
    std::io::Read::read_to_string(p.stderr.as_mut().unwrap(), &mut err).unwrap();
    assert_eq!(published, Some(0), "the publisher failed: {err}");
    assert_eq!(wait_exit(&mut subscriber, Duration::from_secs(60)), Some(0));
    seen.extend(lines.rest());
    assert_eq!(numbers(seen), (1..=3000).collect::<Vec<_>>());
}

#[test]
fn an_oversize_message_is_refused_before_anything_is_sent() {
    let sandbox = cluster(1);
    let before = revision(&sandbox);
    let big = "x".repeat(etcdkit::recipes::pubsub::MAX_MESSAGE_BYTES + 1);
    let out = etcdkit()
        .env("ETCDKIT_ENDPOINTS", sandbox.endpoint(0))
        .args(["publish", "big", "--stdin"])
        .write_stdin(format!("{big}\n"))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2), "{}", stderr_text(&out));
    assert_eq!(stderr_text(&out).lines().count(), 1);
    for args in [
        &["publish", "", "m"][..],
        &["publish", "t"],
        &["subscribe", "t", "--from-rev", "0"],
    ] {
        let out = etcdkit()
            .env("ETCDKIT_ENDPOINTS", sandbox.endpoint(0))
            .args(args)
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(2), "{args:?}");
    }
    assert_eq!(revision(&sandbox), before, "bad input wrote something");
}

#[test]
fn a_long_stdin_run_shows_a_counter_on_a_terminal() {
    let sandbox = cluster(1);
    // script(1) gives etcdkit a pseudo-terminal for stderr; stdin is the pipe from seq.
    let command = format!(
        "seq 1 20000 | {} --endpoints {} publish counted --stdin",
        env!("CARGO_BIN_EXE_etcdkit"),
        sandbox.endpoint(0)
    );
    let out = crate::support::etcdkit_process_env(Command::new("script"))
        .env("TERM", "xterm")
        .args(["-qec", &command, "/dev/null"])
        .stdin(Stdio::null())
        .output()
        .expect("running script(1)");
    assert_eq!(out.status.code(), Some(0));
    let screen = String::from_utf8_lossy(&out.stdout);
    assert!(
        screen.contains("messages published"),
        "no counter drawn: {screen:?}"
    );
    // Off a terminal (every other test) nothing but errors reaches stderr.
}

/// A replay reads history batch by batch, a page of batch revisions at a time (etcd sends
/// up to 1,000 revisions per watch response): 1,100 batches of 1 to 13 messages, with
/// writes that are not messages between them, come out once each and in order; slots sort
/// by number (`10` after `9`). A compaction during the replay stops it with the oldest
/// revision, after the batches already read.
#[test]
fn a_replay_across_pages_keeps_order_and_stops_at_a_compaction() {
    use etcdkit::error::Error;
    use etcdkit::recipes::pubsub::{current_revision, subscribe, Publisher};

    let sandbox = cluster(1);
    crate::support::runtime().block_on(async {
        let etcd = crate::support::connect(&sandbox).await;
        let from = current_revision(&etcd, "pages").await.unwrap() + 1;
        let mut publisher = Publisher::new(&etcd, "pages", None).unwrap();
        let mut expected = Vec::new();
        for batch in 0..1100 {
            let messages: Vec<String> = (0..=batch % 13).map(|i| format!("{batch}.{i}")).collect();
            publisher.publish(&messages).await.unwrap();
            expected.extend(messages);
            if batch % 100 == 0 {
                let mut c = etcd.pinned().await.unwrap().1;
                c.put("pages/sub/0", "a nested topic", None).await.unwrap();
                c.put("pages/5", "a slot written alone", None)
                    .await
                    .unwrap();
            }
        }
        let head = current_revision(&etcd, "pages").await.unwrap();

        let mut replayed = Vec::new();
        let done = subscribe(&etcd, "pages", from, |m: Message| {
            replayed.push(m);
            replayed.len() < expected.len()
        });
        tokio::time::timeout(Duration::from_secs(60), done)
            .await
            .expect("the replay within 60 s")
            .unwrap();
        let values: Vec<&str> = replayed.iter().map(|m| m.value.as_str()).collect();
        assert_eq!(values, expected);
        let mut batches: Vec<i64> = replayed.iter().map(|m| m.rev).collect();
        batches.dedup();
        assert_eq!(batches.len(), 1100);

        let mut before_compaction = Vec::new();
        let stopped = subscribe(&etcd, "pages", from, |m: Message| {
            if before_compaction.is_empty() {
                std::thread::scope(|s| {
                    s.spawn(|| {
                        with_client(&sandbox, async |c| c.compact(head, None).await.unwrap())
                    })
                    .join()
                    .unwrap();
                });
            }
            before_compaction.push(m.value);
            true
        });
        let err = tokio::time::timeout(Duration::from_secs(60), stopped)
            .await
            .expect("the replay within 60 s")
            .unwrap_err();
        let Error::Compacted { requested, oldest } = err else {
            panic!("expected Compacted, got {err}");
        };
        // What was read before the compaction is delivered, whole batches and in order;
        // the error names the first batch it could not read.
        let delivered = before_compaction.len();
        assert!(delivered > 0 && delivered < expected.len(), "{delivered}");
        assert_eq!(before_compaction, expected[..delivered]);
        assert_ne!(replayed[delivered - 1].rev, replayed[delivered].rev);
        assert_eq!((requested, oldest), (replayed[delivered].rev, head));
    });
}

/// A message is a slot written by a publisher's batch, which bumps the publisher's counter:
/// a slot written by hand, even slot 0, is none, whether followed live or replayed.
#[test]
fn a_slot_written_by_hand_is_no_message_live_or_replayed() {
    let sandbox = cluster(1);
    let from = (revision(&sandbox) + 1).to_string();
    let publish = |messages: &[&str]| {
        etcdkit()
            .env("ETCDKIT_ENDPOINTS", sandbox.endpoint(0))
            .args(["publish", "hand"])
            .args(messages)
            .assert()
            .success();
    };
    let (mut live, mut lines) = spawn_lines(
        crate::support::etcdkit_process_at(&sandbox.endpoints()).args([
            "subscribe",
            "hand",
            "--count",
            "3",
        ]),
    );
    crate::support::wait_for_watchers(&sandbox, 1);
    publish(&["a", "b"]);
    crate::support::put(&sandbox, "hand/1", "slot 1 by hand");
    crate::support::put(&sandbox, "hand/0", "slot 0 by hand");
    publish(&["c"]);
    assert_eq!(wait_exit(&mut live, Duration::from_secs(30)), Some(0));
    assert_eq!(lines.rest(), ["a", "b", "c"]);

    assert_eq!(replayed(&sandbox, "hand", &from, 3), ["a", "b", "c"]);
}

/// A replay whose history holds more than the client takes in one response (4 MB: 20
/// batches of 64 messages of 6,000 bytes, which one watch from the start gets in one
/// response, and a read of 16 batches in one transaction too) is delivered whole. A watch of
/// the topic kept failing on it and delivered nothing.
#[test]
fn a_replay_of_more_than_4_mb_is_delivered() {
    let sandbox = cluster(1);
    let from = (revision(&sandbox) + 1).to_string();
    let lines: Vec<String> = (0..20 * 64).map(|i| format!("{i:06000}")).collect();
    publish_in_process(&sandbox, "big", &lines);
    assert!(replayed(&sandbox, "big", &from, 1280) == lines);
}

/// Messages published while a replay runs are replayed too, not left to the live watch:
/// here 5 MB published after the first message was delivered, which a watch from where the
/// replay started would get in one response, more than the client takes.
#[test]
fn what_is_published_during_a_replay_is_replayed_too() {
    use etcdkit::recipes::pubsub::{current_revision, subscribe, Publisher};

    let sandbox = cluster(1);
    let later: Vec<String> = (0..15 * 64).map(|i| format!("{i:06000}")).collect();
    crate::support::runtime().block_on(async {
        let etcd = crate::support::connect(&sandbox).await;
        let from = current_revision(&etcd, "during").await.unwrap() + 1;
        let mut publisher = Publisher::new(&etcd, "during", None).unwrap();
        publisher.publish(&["first", "second"]).await.unwrap();

        let mut delivered = Vec::new();
        let total = 2 + later.len();
        let done = subscribe(&etcd, "during", from, |m: Message| {
            if delivered.is_empty() {
                std::thread::scope(|s| {
                    s.spawn(|| publish_in_process(&sandbox, "during", &later))
                        .join()
                        .unwrap();
                });
            }
            delivered.push(m.value);
            delivered.len() < total
        });
        tokio::time::timeout(Duration::from_secs(30), done)
            .await
            .expect("every message within 30 s")
            .unwrap();
        assert_eq!(delivered[..2], ["first", "second"]);
        assert!(delivered[2..] == later[..], "{} messages", delivered.len());
    });
}
