//! Why a command waits (the status line on a terminal), `-q`, and `-v` logs of what the
//! session and connection do.

use std::io::BufRead;
use std::process::{Child, Stdio};
use std::sync::mpsc::{channel, Receiver};
use std::time::{Duration, Instant};

use nix::sys::signal::Signal;

use crate::support::{
    cluster, etcdkit, etcdkit_process, signal, spawn_first_line, still_running_after, wait_exit,
    wait_for_watchers, Terminal,
};
use etcdkit::sandbox::Sandbox;

fn holder(sandbox: &Sandbox) -> Child {
    let mut cmd = etcdkit_process();
    cmd.env("ETCDKIT_ENDPOINTS", sandbox.endpoint(0)).args([
        "lock",
        "nightly",
        "--",
        "sh",
        "-c",
        "echo held; exec sleep 60",
    ]);
    let (child, line) = spawn_first_line(&mut cmd);
    assert_eq!(line, "held");
    child
}

/// Spawns `cmd` with stderr piped; its stderr lines as they come.
fn stderr_lines(cmd: &mut std::process::Command) -> (Child, Receiver<String>) {
    stderr_lines_with(cmd.stdout(Stdio::null()))
}

/// [`stderr_lines`], leaving stdout as `cmd` has it.
fn stderr_lines_with(cmd: &mut std::process::Command) -> (Child, Receiver<String>) {
    let mut child = cmd.stderr(Stdio::piped()).spawn().unwrap();
    let stderr = child.stderr.take().unwrap();
    let (tx, rx) = channel();
    std::thread::spawn(move || {
        for line in std::io::BufReader::new(stderr)
            .lines()
            .map_while(Result::ok)
        {
            if tx.send(line).is_err() {
                break;
            }
        }
    });
    (child, rx)
}

/// Waits (up to `within`) for a line containing `text`; returns it and the lines before.
fn line_with(lines: &Receiver<String>, text: &str, within: Duration) -> (String, Vec<String>) {
    let deadline = Instant::now() + within;
    let mut seen = Vec::new();
    loop {
        let left = deadline.saturating_duration_since(Instant::now());
        match lines.recv_timeout(left) {
            Ok(line) if line.contains(text) => return (line, seen),
            Ok(line) => seen.push(line),
            Err(e) => panic!("no line with {text:?} within {within:?} ({e}); saw {seen:#?}"),
        }
    }
}

#[test]
fn a_waiting_lock_says_on_a_terminal_whom_it_waits_for() {
    let sandbox = cluster(1);
    let first = holder(&sandbox);
    let bin = env!("CARGO_BIN_EXE_etcdkit");
    let endpoint = sandbox.endpoint(0);
    let waiter = Terminal::run(&format!(
        "{bin} --endpoints {endpoint} lock nightly -- echo mine"
    ));
    waiter.wait_for(&format!(
        "waiting for lock nightly: held by {} (pid {}, sh -c echo held;",
        crate::support::host(),
        first.id()
    ));
    assert!(
        waiter.screen().contains("0 waiting ahead"),
        "{}",
        waiter.screen()
    );
    crate::support::stop(first);
    let (code, screen) = waiter.finish(Duration::from_secs(15));
    assert_eq!(code, Some(0), "{screen}");
    assert!(screen.contains("mine"), "{screen}");
}

#[test]
fn no_status_line_on_a_pipe_or_with_q() {
    let sandbox = cluster(1);
    let first = holder(&sandbox);

    // On a pipe: stderr gets nothing while it waits.
    let mut cmd = etcdkit_process();
    cmd.env("ETCDKIT_ENDPOINTS", sandbox.endpoint(0))
        .args(["lock", "nightly", "--", "true"]);
    let (mut piped, stderr) = stderr_lines(&mut cmd);
    wait_for_watchers(&sandbox, 1);

    // With -q on a terminal: nothing either, for longer than the line takes to appear.
    let bin = env!("CARGO_BIN_EXE_etcdkit");
    let endpoint = sandbox.endpoint(0);
    let mut quiet = Terminal::run(&format!(
        "{bin} --endpoints {endpoint} -q lock nightly -- echo mine"
    ));
    wait_for_watchers(&sandbox, 2);
    still_running_after(&mut piped, Duration::from_millis(1500), "the piped waiter");
    assert!(
        !quiet.screen().contains("waiting for"),
        "{}",
        quiet.screen()
    );

    crate::support::stop(first);
    assert_eq!(wait_exit(&mut piped, Duration::from_secs(15)), Some(0));
    let said: Vec<String> = stderr.try_iter().collect();
    assert!(said.is_empty(), "stderr on a pipe: {said:?}");
    quiet.type_keys(b"");
    let (code, screen) = quiet.finish(Duration::from_secs(15));
    assert_eq!(code, Some(0), "{screen}");
    assert!(!screen.contains("waiting for"), "{screen}");
}

#[test]
fn verbose_logs_the_lease_and_a_failover_when_the_pinned_member_dies() {
    let mut sandbox = cluster(3);
    let mut cmd = etcdkit_process();
    cmd.env("ETCDKIT_ENDPOINTS", sandbox.endpoints().join(","))
        .args(["-v", "lock", "nightly", "--ttl", "6s"]);
    let (mut holding, lines) = stderr_lines_with(cmd.stdout(Stdio::piped()));
    // Held once it prints `KEY REV`.
    let mut held = String::new();
    std::io::BufReader::new(holding.stdout.take().unwrap())
        .read_line(&mut held)
        .unwrap();
    assert!(held.starts_with("nightly/"), "{held}");
    let (granted, before) = line_with(&lines, "lease granted", Duration::from_secs(15));
    // One timestamped line: `2026-11-22T09:13:16.123456Z  INFO lease granted lease=... ttl=6s`.
    assert!(
        granted.starts_with("20") && granted.contains("Z "),
        "{granted}"
    );
    assert!(granted.contains("INFO"), "{granted}");
    // The member requests are pinned to: the first, unless a slow start (a loaded CI
    // machine) already moved the pin on, which the log said.
    let pinned = before
        .iter()
        .rev()
        .find_map(|l| l.split("to=").nth(1))
        .and_then(|to| (0..3).find(|&i| to.trim().starts_with(&sandbox.endpoint(i))))
        .unwrap_or(0);
    sandbox.kill(pinned);
    let (moved, _) = line_with(&lines, "moving to the next", Duration::from_secs(15));
    assert!(moved.contains(&sandbox.endpoint(pinned)), "{moved}");
    still_running_after(&mut holding, Duration::from_millis(100), "the holder");
    signal(&holding, Signal::SIGTERM);
    let (revoked, _) = line_with(&lines, "lease revoked", Duration::from_secs(15));
    assert!(revoked.contains("INFO"), "{revoked}");
    assert_eq!(wait_exit(&mut holding, Duration::from_secs(15)), Some(0));
}

/// Each `-v` says more: `-v` the endpoint used, the key and revision acquired, what a
/// waiter waits behind, each watch opened, and what `counter` and `discover` did; `-vv`
/// each request answered; `-vvv` the HTTP/2 layer below. (All three printed the same two
/// lines, and `counter` and `discover` nothing.)
#[test]
fn each_v_logs_more_and_every_command_logs_what_it_did() {
    let sandbox = cluster(1);
    let endpoint = sandbox.endpoint(0);
    let stderr_of = |args: &[&str]| {
        let out = etcdkit()
            .env("ETCDKIT_ENDPOINTS", &endpoint)
            .args(args)
            .output()
            .unwrap();
        assert!(
            out.status.code().is_some_and(|c| c == 0 || c == 3),
            "{args:?}: {out:?}"
        );
        String::from_utf8_lossy(&out.stderr).into_owned()
    };
    let v = stderr_of(&["-v", "lock", "nightly", "--", "true"]);
    assert!(
        v.contains(&format!("connecting endpoint={endpoint}")),
        "{v}"
    );
    assert!(v.contains("lock nightly: acquired key=nightly/"), "{v}");
    assert!(v.contains(" rev="), "{v}");
    assert!(!v.contains("DEBUG") && !v.contains("answered"), "{v}");
    let vv = stderr_of(&["-vv", "lock", "nightly", "--", "true"]);
    assert!(vv.contains("DEBUG answered"), "{vv}");
    assert!(vv.contains(r#"request="LeaseGrant""#), "{vv}");
    assert!(!vv.contains("frame="), "{vv}");
    let vvv = stderr_of(&["-vvv", "lock", "nightly", "--", "true"]);
    assert!(vvv.contains("frame=Headers"), "the HTTP/2 frames: {vvv}");

    let mut waiting = holder(&sandbox);
    let (mut waiter, lines) = stderr_lines(
        etcdkit_process()
            .env("ETCDKIT_ENDPOINTS", &endpoint)
            .args(["-v", "lock", "nightly", "--", "true"]),
    );
    let (behind, _) = line_with(&lines, "lock nightly: waiting", Duration::from_secs(15));
    assert!(behind.contains("behind=nightly/"), "{behind}");
    signal(&waiting, Signal::SIGTERM);
    line_with(&lines, "lock nightly: acquired", Duration::from_secs(15));
    assert_eq!(wait_exit(&mut waiter, Duration::from_secs(15)), Some(0));
    assert_eq!(wait_exit(&mut waiting, Duration::from_secs(15)), Some(143));

    let counter = stderr_of(&["-v", "counter", "builds", "incr"]);
    assert!(
        counter.contains("counter added 1") && counter.contains("value=1"),
        "{counter}"
    );
    let discover = stderr_of(&["-v", "discover", "web"]);
    assert!(
        discover.contains(r#"listed service="web" instances=0"#),
        "{discover}"
    );
    let watched = stderr_of(&["-v", "wait", "deploy/ready", "--exists", "--timeout", "1s"]);
    assert!(
        watched.contains("watch opened key=deploy/ready"),
        "{watched}"
    );
}

#[test]
fn verbose_with_json_logs_json_lines_and_a_bad_filter_is_a_usage_error() {
    let sandbox = cluster(1);
    let mut cmd = etcdkit_process();
    cmd.env("ETCDKIT_ENDPOINTS", sandbox.endpoint(0))
        .args(["-v", "-o", "json", "lock", "nightly", "--", "true"]);
    let (mut child, lines) = stderr_lines(&mut cmd);
    assert_eq!(wait_exit(&mut child, Duration::from_secs(15)), Some(0));
    let logged: Vec<String> = lines.iter().collect();
    assert!(logged.len() >= 2, "{logged:?}");
    for line in &logged {
        let v: serde_json::Value =
            serde_json::from_str(line).unwrap_or_else(|e| panic!("{line}: {e}"));
        assert!(
            v["timestamp"].is_string() && v["level"].is_string(),
            "{line}"
        );
    }
    assert!(
        logged.iter().any(|l| l.contains("lease granted")),
        "{logged:?}"
    );

    // ETCDKIT_LOG alone turns logging on; one that does not parse is refused.
    let out = etcdkit()
        .env("ETCDKIT_ENDPOINTS", sandbox.endpoint(0))
        .env("ETCDKIT_LOG", "etcdkit=debug")
        .args(["lock", "nightly", "--", "true"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    assert!(String::from_utf8_lossy(&out.stderr).contains("lease granted"));
    let out = etcdkit()
        .env("ETCDKIT_ENDPOINTS", sandbox.endpoint(0))
        .env("ETCDKIT_LOG", "etcdkit=loud")
        .args(["status"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(err.contains("ETCDKIT_LOG"), "{err}");
    // -v and -q together make no sense.
    crate::support::assert_usage_error(&sandbox, &["-v", "-q", "status"]);
}

/// Ctrl-C while the status line shows: the line is gone from the screen (the terminal's
/// `^C` echo had pushed the cursor past it), a note says why, and the exit is 130.
#[test]
fn ctrl_c_while_waiting_leaves_no_status_line_and_no_error() {
    let sandbox = cluster(1);
    let first = holder(&sandbox);
    let bin = env!("CARGO_BIN_EXE_etcdkit");
    let endpoint = sandbox.endpoint(0);
    for command in [
        format!("{bin} --endpoints {endpoint} lock nightly -- echo mine"),
        format!("{bin} --endpoints {endpoint} queue work idle -- cat"),
    ] {
        let mut waiter = Terminal::run(&command);
        waiter.wait_for("waiting for");
        waiter.type_keys(b"\x03");
        let (code, screen) = waiter.finish(Duration::from_secs(10));
        let shown = Terminal::shown(&screen);
        assert_eq!(code, Some(130), "{command}: {shown}");
        assert!(!shown.contains("waiting for"), "{command}: {shown}");
        assert!(!shown.contains("error"), "{command}: {shown}");
        let last = shown.lines().rfind(|l| !l.is_empty()).unwrap_or_default();
        assert!(
            last.starts_with("etcdkit: ") && last.ends_with("interrupted by SIGINT"),
            "{command}: {shown}"
        );
    }
    crate::support::stop(first);
}

/// Outcomes the user asked for are notes, not errors, and `-q` silences them: `--try`
/// finding the lock busy (exit 3), and SIGTERM ending an endless stream (exit 143).
#[test]
fn busy_under_try_and_a_stopped_stream_are_notes_that_q_silences() {
    let sandbox = cluster(1);
    let first = holder(&sandbox);
    for quiet in [false, true] {
        let q: &[&str] = if quiet { &["-q"] } else { &[] };
        let out = etcdkit()
            .env("ETCDKIT_ENDPOINTS", sandbox.endpoint(0))
            .args(q)
            .args(["lock", "nightly", "--try", "--", "true"])
            .output()
            .unwrap();
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(3), "{err}");
        if quiet {
            assert_eq!(err, "", "with -q");
        } else {
            assert!(
                err.starts_with("etcdkit: ") && !err.contains("error"),
                "{err}"
            );
            assert!(err.contains("lock nightly is held by"), "{err}");
        }
        for stream in [
            &["subscribe", "news"][..],
            &["discover", "web", "--watch"],
            &["elect", "boss", "--observe"],
        ] {
            let watchers = crate::support::watchers(&sandbox);
            let mut cmd = etcdkit_process();
            cmd.env("ETCDKIT_ENDPOINTS", sandbox.endpoint(0))
                .args(q)
                .args(stream);
            let (mut child, lines) = stderr_lines(&mut cmd);
            wait_for_watchers(&sandbox, watchers + 1);
            signal(&child, Signal::SIGTERM);
            assert_eq!(
                wait_exit(&mut child, Duration::from_secs(10)),
                Some(143),
                "{stream:?}"
            );
            let said: Vec<String> = lines.iter().collect();
            crate::support::eventually(Duration::from_secs(10), "its watch to close", || {
                crate::support::watchers(&sandbox) <= watchers
            });
            if quiet {
                assert!(said.is_empty(), "{stream:?} with -q: {said:?}");
            } else {
                assert_eq!(said, ["etcdkit: interrupted by SIGTERM"], "{stream:?}");
            }
        }
    }
    crate::support::stop(first);
}
