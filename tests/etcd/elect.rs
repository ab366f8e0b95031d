//! `etcdkit elect` end to end: real etcd from the sandbox, real etcdctl, real processes.

use crate::support::signal;

use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use crate::support::{
    cluster, etcdkit, etcdkit_process, eventually, process_exists, spawn_first_line, spawn_lines,
    stderr_text, wait_exit, Lines,
};
use etcdkit::recipes::election::Leader;
use etcdkit::sandbox::Sandbox;
use nix::sys::signal::Signal;

fn elect(sandbox: &Sandbox) -> Command {
    let mut cmd = etcdkit_process();
    cmd.env("ETCDKIT_ENDPOINTS", sandbox.endpoints().join(","))
        .arg("elect");
    cmd
}

fn etcdctl(sandbox: &Sandbox) -> Command {
    let mut cmd = Command::new("etcdctl");
    cmd.env("ETCDCTL_API", "3")
        .args(["--endpoints", &sandbox.endpoint(0)]);
    cmd
}

/// A candidate whose CMD prints "leading" and then runs until stopped.
fn candidate(sandbox: &Sandbox, name: &str, value: &str, ttl: &str) -> (Child, Lines) {
    let cmd = ["sh", "-c", "echo leading; exec sleep 1000"];
    spawn_lines(
        elect(sandbox)
            .args([name, "--value", value, "--ttl", ttl, "--"])
            .args(cmd),
    )
}

/// Waits until the candidate prints "leading"; returns when that happened.
fn leads(lines: &mut Lines) -> Instant {
    assert_eq!(lines.next_line(), "leading");
    Instant::now()
}

fn current_leader(sandbox: &Sandbox, name: &str) -> Option<String> {
    let out = elect(sandbox).args([name, "--leader"]).output().unwrap();
    match out.status.code() {
        Some(0) => Some(String::from_utf8(out.stdout).unwrap().trim().to_string()),
        Some(3) => None,
        other => panic!("--leader exited {other:?}: {}", stderr_text(&out)),
    }
}

#[test]
fn leader_with_none_exits_3() {
    let sandbox = cluster(1);
    assert_eq!(current_leader(&sandbox, "nobody"), None);
    let out = etcdkit()
        .env("ETCDKIT_ENDPOINTS", sandbox.endpoint(0))
        .args(["elect", "nobody", "--leader", "-o", "json"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(3));
    assert!(stderr_text(&out).contains("no leader"));
}

#[test]
fn the_standby_waits_and_takes_over_on_sigterm_within_a_few_round_trips() {
    let sandbox = cluster(1);
    let (mut leader, mut leader_out) = candidate(&sandbox, "svc", "first", "10s");
    leads(&mut leader_out);
    assert_eq!(current_leader(&sandbox, "svc").as_deref(), Some("first"));
    let (mut standby, mut standby_out) = candidate(&sandbox, "svc", "second", "10s");
    eventually(Duration::from_secs(5), "the standby to campaign", || {
        crate::support::keys(&sandbox, "svc/").len() == 2
    });
    // Still a standby over a short window.
    std::thread::sleep(Duration::from_millis(300));
    assert!(standby.try_wait().unwrap().is_none());
    assert_eq!(current_leader(&sandbox, "svc").as_deref(), Some("first"));

    let terminated = Instant::now();
    signal(&leader, Signal::SIGTERM);
    let took_over = leads(&mut standby_out) - terminated;
    eprintln!("graceful failover: {took_over:?}");
    // A resignation, not a TTL: far below the 10 s TTL.
    assert!(
        took_over < Duration::from_secs(2),
        "failover took {took_over:?}"
    );
    // The old leader's CMD was a `sleep` that got the forwarded SIGTERM.
    assert_eq!(wait_exit(&mut leader, Duration::from_secs(5)), Some(143));
    assert_eq!(current_leader(&sandbox, "svc").as_deref(), Some("second"));
    signal(&standby, Signal::SIGTERM);
    wait_exit(&mut standby, Duration::from_secs(5));
    assert!(
        crate::support::keys(&sandbox, "svc/").is_empty(),
        "a resigned candidate left its key"
    );
}

#[test]
fn a_killed_leader_takes_its_cmd_along_and_the_standby_leads_within_the_ttl() {
    let sandbox = cluster(1);
    let dir = tempfile::tempdir().unwrap();
    let pid_file = dir.path().join("pid");
    let (mut leader, mut leader_out) = spawn_lines(
        elect(&sandbox)
            .args([
                "crash", "--value", "doomed", "--ttl", "2s", "--", "sh", "-c",
            ])
            .arg(format!(
                "echo $$ > {}; echo leading; exec sleep 1000",
                pid_file.display()
            )),
    );
    leads(&mut leader_out);
    let (mut standby, mut standby_out) = candidate(&sandbox, "crash", "heir", "2s");
    eventually(Duration::from_secs(5), "the standby to campaign", || {
        crate::support::keys(&sandbox, "crash/").len() == 2
    });
    let cmd_pid: u32 = std::fs::read_to_string(&pid_file)
        .unwrap()
        .trim()
        .parse()
        .unwrap();

    let killed = Instant::now();
    leader.kill().unwrap();
    wait_exit(&mut leader, Duration::from_secs(10));
    eventually(
        Duration::from_secs(5),
        "the leader's CMD to die with it",
        || !process_exists(cmd_pid),
    );
    let took_over = leads(&mut standby_out) - killed;
    eprintln!("crash failover: {took_over:?} (TTL 2s)");
    assert!(
        took_over < Duration::from_secs(3),
        "failover took {took_over:?}"
    );
    signal(&standby, Signal::SIGTERM);
    wait_exit(&mut standby, Duration::from_secs(5));
}

#[test]
fn a_revoked_lease_stops_the_leaders_cmd_with_exit_4() {
    let sandbox = cluster(1);
    let dir = tempfile::tempdir().unwrap();
    let lease_file = dir.path().join("lease");
    let pid_file = dir.path().join("pid");
    let mut leader = elect(&sandbox)
        .args(["revoked", "--grace", "1s", "--", "sh", "-c"])
        .arg(format!(
            "echo $ETCDKIT_LEASE_ID > {}; echo $$ > {}; exec sleep 1000",
            lease_file.display(),
            pid_file.display()
        ))
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    eventually(Duration::from_secs(5), "CMD to start", || {
        std::fs::read_to_string(&pid_file).is_ok_and(|p| !p.trim().is_empty())
    });
    let lease = std::fs::read_to_string(&lease_file).unwrap();
    let revoked = etcdctl(&sandbox)
        .args(["lease", "revoke", lease.trim()])
        .output()
        .unwrap();
    assert!(
        revoked.status.success(),
        "{}",
        String::from_utf8_lossy(&revoked.stderr)
    );
    assert_eq!(wait_exit(&mut leader, Duration::from_secs(5)), Some(4));
    let pid: u32 = std::fs::read_to_string(&pid_file)
        .unwrap()
        .trim()
        .parse()
        .unwrap();
    assert!(!process_exists(pid), "CMD survived the loss of leadership");
}

#[test]
fn successive_leaders_never_overlap() {
    let sandbox = cluster(1);
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path().display();
    let script = format!(
        "if mkdir {d}/inside; then echo $ETCDKIT_LEADER_REV >> {d}/revs; sleep 0.1; rmdir {d}/inside; \
         else echo overlap >> {d}/overlaps; fi"
    );
    let mut candidates: Vec<Child> = (0..5)
        .map(|i| {
            elect(&sandbox)
                .args([
                    "relay",
                    "--value",
                    &format!("c{i}"),
                    "--",
                    "sh",
                    "-c",
                    &script,
                ])
                .stdout(Stdio::null())
                .stderr(Stdio::piped())
                .spawn()
                .unwrap()
        })
        .collect();
    for c in &mut candidates {
        assert_eq!(wait_exit(c, Duration::from_secs(30)), Some(0));
    }
    assert!(
        !Path::new(&dir.path().join("overlaps")).exists(),
        "two leaders ran CMD at once"
    );
    let revs: Vec<i64> = std::fs::read_to_string(dir.path().join("revs"))
        .unwrap()
        .lines()
        .map(|l| l.parse().unwrap())
        .collect();
    assert_eq!(revs.len(), 5, "every candidate led once");
    assert!(
        revs.windows(2).all(|w| w[0] < w[1]),
        "leader revisions not increasing: {revs:?}"
    );
    assert!(crate::support::keys(&sandbox, "relay/").is_empty());
}

#[test]
fn observe_reports_two_successive_leaders_as_json() {
    let sandbox = cluster(1);
    let (mut first, mut first_out) = candidate(&sandbox, "obs", "one", "10s");
    leads(&mut first_out);
    let (mut observer, mut lines) =
        spawn_lines(elect(&sandbox).args(["obs", "--observe", "--count", "2", "-o", "json"]));
    let one: Leader = serde_json::from_str(&lines.next_line()).unwrap();
    assert_eq!((one.name.as_str(), one.value.as_str()), ("obs", "one"));
    assert_eq!(one.key, format!("obs/{}", one.lease));
    let (mut second, mut second_out) = candidate(&sandbox, "obs", "two", "10s");
    eventually(Duration::from_secs(5), "the second to campaign", || {
        crate::support::keys(&sandbox, "obs/").len() == 2
    });
    signal(&first, Signal::SIGTERM);
    leads(&mut second_out);
    let two: Leader = serde_json::from_str(&lines.next_line()).unwrap();
    assert_eq!(
        wait_exit(&mut observer, Duration::from_secs(5)),
        Some(0),
        "--count 2 did not end it"
    );
    assert_eq!(two.value, "two");
    assert!(two.rev > one.rev);
    signal(&second, Signal::SIGTERM);
    wait_exit(&mut first, Duration::from_secs(5));
    wait_exit(&mut second, Duration::from_secs(5));
}

#[test]
fn etcdctl_and_etcdkit_see_each_others_candidates() {
    let sandbox = cluster(1);
    // etcdctl campaigns and leads: etcdkit --leader sees its value, and an etcdkit candidate waits.
    let (mut ctl, line) =
        spawn_first_line(etcdctl(&sandbox).args(["elect", "shared", "from-etcdctl"]));
    assert!(line.starts_with("shared/"), "{line:?}");
    assert_eq!(
        current_leader(&sandbox, "shared").as_deref(),
        Some("from-etcdctl")
    );
    let before = crate::support::watchers(&sandbox);
    let (mut ours, mut ours_out) = candidate(&sandbox, "shared", "from-etcdkit", "10s");
    eventually(Duration::from_secs(5), "etcdkit to campaign", || {
        crate::support::keys(&sandbox, "shared/").len() == 2
    });
    // Ours campaigns behind etcdctl's key, watching it.
    crate::support::wait_for_watchers(&sandbox, before + 1);
    crate::support::still_running_after(
        &mut ours,
        Duration::from_millis(100),
        "led while etcdctl led",
    );
    signal(&ctl, Signal::SIGINT);
    wait_exit(&mut ctl, Duration::from_secs(10));
    leads(&mut ours_out);

    // etcdkit leads: etcdctl's observer sees it.
    let (mut observer, mut lines) = spawn_lines(etcdctl(&sandbox).args(["elect", "-l", "shared"]));
    let key_line = lines.next_line();
    assert!(key_line.starts_with("shared/"), "{key_line:?}");
    assert_eq!(lines.next_line(), "from-etcdkit");
    observer.kill().unwrap();
    wait_exit(&mut observer, Duration::from_secs(10));
    signal(&ours, Signal::SIGTERM);
    wait_exit(&mut ours, Duration::from_secs(5));
}

#[test]
fn without_cmd_it_leads_until_a_signal_and_value_defaults_to_the_hostname() {
    let sandbox = cluster(1);
    let (mut child, line) = spawn_first_line(elect(&sandbox).arg("plain"));
    let (key, rev) = line.split_once(' ').expect("KEY REV");
    assert!(
        key.starts_with("plain/") && rev.parse::<i64>().is_ok(),
        "{line}"
    );
    let hostname = nix::unistd::gethostname()
        .unwrap()
        .to_string_lossy()
        .into_owned();
    assert_eq!(current_leader(&sandbox, "plain"), Some(hostname));
    signal(&child, Signal::SIGINT);
    assert_eq!(wait_exit(&mut child, Duration::from_secs(5)), Some(0));
    assert_eq!(current_leader(&sandbox, "plain"), None);
}

#[test]
fn bad_input_exits_2_and_writes_nothing() {
    let sandbox = cluster(1);
    let cases: &[&[&str]] = &[
        &[""],
        &["x", "--ttl", "1s"],
        &["x", "--count", "2"],
        &["x", "--observe", "--leader"],
        &["x", "--leader", "--", "true"],
        &["x", "--observe", "--value", "v"],
        &["x", "--timeout", "never"],
    ];
    for args in cases {
        crate::support::assert_usage_error(&sandbox, &[&["elect"], *args].concat());
    }
    assert!(crate::support::keys(&sandbox, "").is_empty());
}

#[test]
fn the_leaders_cmd_proclaims_a_new_value_and_a_deposed_one_cannot() {
    let sandbox = cluster(1);
    let mut observe = crate::support::etcdkit_process();
    observe.env("ETCDKIT_ENDPOINTS", sandbox.endpoint(0)).args([
        "elect",
        "sched",
        "--observe",
        "--count",
        "2",
    ]);
    let script = "etcdkit elect sched --proclaim 'shard 4/10' && echo proclaimed; exec sleep 60";
    let mut leader = crate::support::etcdkit_process();
    leader
        .env("ETCDKIT_ENDPOINTS", sandbox.endpoint(0))
        .env(
            "PATH",
            format!(
                "{}:{}",
                std::path::Path::new(env!("CARGO_BIN_EXE_etcdkit"))
                    .parent()
                    .unwrap()
                    .display(),
                std::env::var("PATH").unwrap_or_default()
            ),
        )
        .args([
            "elect", "sched", "--value", "starting", "--", "sh", "-c", script,
        ]);
    let (mut leader, line) = crate::support::spawn_first_line(&mut leader);
    assert_eq!(line, "proclaimed");
    let (mut watcher, mut seen) = crate::support::spawn_lines(&mut observe);
    assert_eq!(
        seen.next_line(),
        "shard 4/10",
        "observers see the new value"
    );
    let key = crate::support::keys(&sandbox, "sched/").remove(0);
    assert_eq!(
        crate::support::get(&sandbox, &key).as_deref(),
        Some("shard 4/10")
    );

    // A proclaim with a stale revision (a deposed leader's) changes nothing: exit 4.
    let out = etcdkit()
        .env("ETCDKIT_ENDPOINTS", sandbox.endpoint(0))
        .env("ETCDKIT_LEADER_KEY", &key)
        .env("ETCDKIT_LEADER_REV", "1")
        .args(["elect", "sched", "--proclaim", "stale"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(4), "{}", stderr_text(&out));
    assert_eq!(
        crate::support::get(&sandbox, &key).as_deref(),
        Some("shard 4/10")
    );
    // Outside a leader's CMD, or for another election: a usage error.
    crate::support::assert_usage_error(&sandbox, &["elect", "sched", "--proclaim", "x"]);
    let out = etcdkit()
        .env("ETCDKIT_ENDPOINTS", sandbox.endpoint(0))
        .env("ETCDKIT_LEADER_KEY", &key)
        .env("ETCDKIT_LEADER_REV", "5")
        .args(["elect", "other", "--proclaim", "x"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    crate::support::signal(&leader, nix::sys::signal::Signal::SIGTERM);
    crate::support::wait_exit(&mut leader, Duration::from_secs(10));
    crate::support::signal(&watcher, nix::sys::signal::Signal::SIGTERM);
    crate::support::wait_exit(&mut watcher, Duration::from_secs(10));
}
