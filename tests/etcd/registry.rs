//! `etcdkit register` and `etcdkit discover` end to end against real etcd.

use crate::support::signal;

use std::process::{Child, Command};
use std::time::{Duration, Instant};

use crate::support::{
    cluster, etcdkit, etcdkit_process, eventually, spawn_first_line, spawn_lines, stderr_text,
    wait_exit,
};
use etcdkit::recipes::registry::{Change, Instance};
use etcdkit::sandbox::Sandbox;
use nix::sys::signal::Signal;

fn with_endpoints(sandbox: &Sandbox, mut cmd: Command) -> Command {
    cmd.env("ETCDKIT_ENDPOINTS", sandbox.endpoints().join(","));
    cmd
}

fn register(sandbox: &Sandbox, service: &str, addr: &str, extra: &[&str]) -> Child {
    let mut cmd = with_endpoints(sandbox, etcdkit_process());
    cmd.args(["register", service, addr]).args(extra);
    spawn_first_line(&mut cmd).0
}

fn discover(sandbox: &Sandbox, args: &[&str]) -> (Option<i32>, String) {
    let out = etcdkit()
        .env("ETCDKIT_ENDPOINTS", sandbox.endpoints().join(","))
        .arg("discover")
        .args(args)
        .output()
        .unwrap();
    (out.status.code(), String::from_utf8(out.stdout).unwrap())
}

fn addrs(sandbox: &Sandbox, service: &str) -> Vec<String> {
    let (code, text) = discover(sandbox, &[service]);
    assert_eq!(code, Some(0));
    text.lines().map(str::to_string).collect()
}

#[test]
fn the_exact_naming_record_is_written_and_metadata_round_trips() {
    let sandbox = cluster(1);
    let mut plain = register(&sandbox, "web", "127.0.0.1:8080", &[]);
    let mut tagged = register(
        &sandbox,
        "web",
        "127.0.0.1:8081",
        &["--meta", r#"{"zone":"a","weight":3}"#],
    );
    assert_eq!(
        crate::support::get(&sandbox, "web/127.0.0.1:8080").as_deref(),
        Some(r#"{"Op":0,"Addr":"127.0.0.1:8080","Metadata":null}"#)
    );
    let (code, json) = discover(&sandbox, &["web", "-o", "json"]);
    assert_eq!(code, Some(0));
    let instances: Vec<Instance> = json
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(instances.len(), 2);
    let meta = &instances
        .iter()
        .find(|i| i.addr == "127.0.0.1:8081")
        .unwrap()
        .metadata;
    assert_eq!(meta, &serde_json::json!({"zone": "a", "weight": 3}));
    for child in [&mut plain, &mut tagged] {
        signal(child, Signal::SIGTERM);
        assert_eq!(wait_exit(child, Duration::from_secs(5)), Some(0));
    }
}

#[test]
fn list_pick_and_round_robin() {
    let sandbox = cluster(1);
    assert_eq!(
        discover(&sandbox, &["api"]),
        (Some(0), String::new()),
        "empty is not an error"
    );
    assert_eq!(discover(&sandbox, &["api", "--pick", "random"]).0, Some(3));
    let all = ["127.0.0.1:9001", "127.0.0.1:9002", "127.0.0.1:9003"];
    let mut children: Vec<Child> = all
        .iter()
        .map(|a| register(&sandbox, "api", a, &[]))
        .collect();
    let mut listed = addrs(&sandbox, "api");
    listed.sort();
    assert_eq!(listed, all);
    for _ in 0..5 {
        let (code, one) = discover(&sandbox, &["api", "--pick", "random"]);
        assert_eq!(code, Some(0));
        assert!(all.contains(&one.trim()), "{one}");
    }
    let picks: Vec<String> = (0..6)
        .map(|_| {
            discover(&sandbox, &["api", "--pick", "round-robin"])
                .1
                .trim()
                .to_string()
        })
        .collect();
    assert_eq!(
        picks[..3],
        picks[3..],
        "round-robin does not rotate: {picks:?}"
    );
    let mut first_round = picks[..3].to_vec();
    first_round.sort();
    assert_eq!(
        first_round, all,
        "round-robin skipped an instance: {picks:?}"
    );
    for child in &mut children {
        signal(child, Signal::SIGTERM);
        wait_exit(child, Duration::from_secs(5));
    }
}

#[test]
fn sigterm_deregisters_at_once_and_a_killed_registrar_expires_within_its_ttl() {
    let sandbox = cluster(1);
    let mut clean = register(&sandbox, "svc", "127.0.0.1:1001", &["--ttl", "2s"]);
    let mut crashed = register(&sandbox, "svc", "127.0.0.1:1002", &["--ttl", "2s"]);
    assert_eq!(addrs(&sandbox, "svc").len(), 2);

    let stopped = Instant::now();
    signal(&clean, Signal::SIGTERM);
    assert_eq!(wait_exit(&mut clean, Duration::from_secs(5)), Some(0));
    assert_eq!(addrs(&sandbox, "svc"), ["127.0.0.1:1002"]);
    assert!(
        stopped.elapsed() < Duration::from_secs(1),
        "deregistration took {:?}",
        stopped.elapsed()
    );

    let killed = Instant::now();
    crashed.kill().unwrap();
    crashed.wait().unwrap();
    eventually(
        Duration::from_secs(3),
        "the crashed entry to expire",
        || addrs(&sandbox, "svc").is_empty(),
    );
    eprintln!("expired {:?} after kill -9 (TTL 2s)", killed.elapsed());
    assert!(killed.elapsed() < Duration::from_secs(3));
}

#[test]
fn a_revoked_lease_comes_back_by_itself() {
    let sandbox = cluster(1);
    let mut cmd = with_endpoints(&sandbox, etcdkit_process());
    cmd.args(["register", "back", "127.0.0.1:7000", "-o", "json"]);
    let (mut child, mut lines) = crate::support::spawn_lines(&mut cmd);
    let registered: serde_json::Value = serde_json::from_str(&lines.next_line()).unwrap();
    let lease = registered["lease"].as_str().unwrap();
    let revoked = Command::new("etcdctl")
        .env("ETCDCTL_API", "3")
        .args([
            "--endpoints",
            &sandbox.endpoint(0),
            "lease",
            "revoke",
            lease,
        ])
        .output()
        .expect("etcdctl (apt-get install etcd-client)");
    assert!(revoked.status.success());
    // Gone for a moment, then back on a new lease, which JSON readers are told.
    eventually(Duration::from_secs(3), "the registration to return", || {
        crate::support::get(&sandbox, "back/127.0.0.1:7000").is_some()
    });
    let again: serde_json::Value = serde_json::from_str(&lines.next_line()).unwrap();
    assert_eq!(again["service"], "back", "{again}");
    assert_eq!(again["addr"], "127.0.0.1:7000", "{again}");
    assert_ne!(again["lease"].as_str(), Some(lease), "{again}");
    signal(&child, Signal::SIGTERM);
    assert_eq!(wait_exit(&mut child, Duration::from_secs(5)), Some(0));
    let mut err = String::new();
    std::io::Read::read_to_string(child.stderr.as_mut().unwrap(), &mut err).unwrap();
    assert!(err.contains("registering again"), "{err}");
    assert_eq!(crate::support::get(&sandbox, "back/127.0.0.1:7000"), None);
}

/// `inspect service`'s row for `service`, once one exists.
fn inspected(sandbox: &Sandbox, service: &str) -> Option<serde_json::Value> {
    let out = etcdkit()
        .env("ETCDKIT_ENDPOINTS", sandbox.endpoint(0))
        .args(["-o", "json", "inspect", "service", service])
        .output()
        .unwrap();
    serde_json::from_slice(&out.stdout).ok()
}

/// The health state is recorded with the registrar's identity, which goes with its lease: a
/// registration back on a new lease records it again though the state did not change.
#[test]
fn a_health_checked_registration_back_on_a_new_lease_shows_its_health() {
    let sandbox = cluster(1);
    let mut cmd = with_endpoints(&sandbox, etcdkit_process());
    cmd.args(["-o", "json", "register", "hc", "127.0.0.1:7001"])
        .args(["--check-cmd", "true", "--check-interval", "100ms"]);
    let (mut child, mut lines) = crate::support::spawn_lines(&mut cmd);
    let first: serde_json::Value = serde_json::from_str(&lines.next_line()).unwrap();
    let passing = |lease: &str| {
        inspected(&sandbox, "hc").is_some_and(|row| {
            row["lease"] == lease && row["health"] == "passing" && row["listed"] == true
        })
    };
    let lease = first["lease"].as_str().unwrap().to_string();
    eventually(Duration::from_secs(5), "health on the first lease", || {
        passing(&lease)
    });
    crate::support::with_client(&sandbox, async |c| {
        c.lease_revoke(i64::from_str_radix(&lease, 16).unwrap())
            .await
            .unwrap()
    });
    let again: serde_json::Value = serde_json::from_str(&lines.next_line()).unwrap();
    let new_lease = again["lease"].as_str().unwrap().to_string();
    assert_ne!(new_lease, lease);
    eventually(Duration::from_secs(5), "health on the new lease", || {
        passing(&new_lease)
    });
    signal(&child, Signal::SIGTERM);
    assert_eq!(wait_exit(&mut child, Duration::from_secs(5)), Some(0));
}

/// A check command that outlives its timeout (here a `sleep` it started, as a `curl` on a
/// hung server would) is killed with everything it started, round after round.
#[test]
fn a_check_command_that_times_out_leaves_no_process_behind() {
    let sandbox = cluster(1);
    let dir = tempfile::tempdir().unwrap();
    let pids = dir.path().join("pids");
    let check = format!("sleep 30 & echo $! >> {}; wait", pids.display());
    let mut registrar = with_endpoints(&sandbox, etcdkit_process())
        .args(["register", "hung", "127.0.0.1:7002", "--check-cmd", &check])
        .args(["--check-interval", "100ms", "--check-timeout", "200ms"])
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .unwrap();
    let started = || -> Vec<u32> {
        std::fs::read_to_string(&pids)
            .unwrap_or_default()
            .lines()
            .filter_map(|l| l.parse().ok())
            .collect()
    };
    eventually(Duration::from_secs(10), "three rounds of the check", || {
        started().len() >= 3
    });
    for pid in started().into_iter().take(2) {
        eventually(
            Duration::from_secs(5),
            &format!("the sleep {pid} of a timed-out check to be gone"),
            || !crate::support::process_exists(pid),
        );
    }
    assert!(
        crate::support::keys(&sandbox, "hung/").is_empty(),
        "never listed"
    );
    signal(&registrar, Signal::SIGTERM);
    assert_eq!(wait_exit(&mut registrar, Duration::from_secs(10)), Some(0));
}

#[test]
fn with_cmd_it_is_registered_while_cmd_runs() {
    let sandbox = cluster(1);
    let out = etcdkit()
        .env("ETCDKIT_ENDPOINTS", sandbox.endpoint(0))
        .args(["register", "job", "127.0.0.1:5000", "--", "sh", "-c"])
        .arg(format!(
            "{} discover job; exit 5",
            env!("CARGO_BIN_EXE_etcdkit")
        ))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(5), "{}", stderr_text(&out));
    assert_eq!(
        String::from_utf8(out.stdout).unwrap().trim(),
        "127.0.0.1:5000"
    );
    assert!(
        addrs(&sandbox, "job").is_empty(),
        "still registered after CMD ended"
    );
}

#[test]
fn wait_for_blocks_until_enough_instances_and_times_out_with_3() {
    let sandbox = cluster(1);
    let (code, _) = discover(&sandbox, &["pool", "--wait-for", "1", "--timeout", "300ms"]);
    assert_eq!(code, Some(3));
    let mut one = register(&sandbox, "pool", "127.0.0.1:6001", &[]);
    let mut waiter = with_endpoints(&sandbox, etcdkit_process());
    waiter.args(["discover", "pool", "--wait-for", "2", "--timeout", "10s"]);
    let (mut waiter, mut lines) = spawn_lines(&mut waiter);
    // It listed one instance and watches for more.
    crate::support::wait_for_watchers(&sandbox, 1);
    crate::support::still_running_after(
        &mut waiter,
        Duration::from_millis(100),
        "returned with one instance of two",
    );
    let mut two = register(&sandbox, "pool", "127.0.0.1:6002", &[]);
    assert_eq!(wait_exit(&mut waiter, Duration::from_secs(5)), Some(0));
    let listed = lines.rest();
    assert_eq!(listed.len(), 2, "{listed:?}");
    for child in [&mut one, &mut two] {
        signal(child, Signal::SIGTERM);
        wait_exit(child, Duration::from_secs(5));
    }
}

#[test]
fn watch_follows_joins_and_leaves_through_a_member_failure() {
    let mut sandbox = cluster(3);
    let mut first = register(&sandbox, "mon", "127.0.0.1:3001", &[]);
    let mut cmd = with_endpoints(&sandbox, etcdkit_process());
    cmd.args(["discover", "mon", "--watch", "-o", "json"]);
    let (mut watcher, mut lines) = spawn_lines(&mut cmd);
    let mut next = || -> Change { serde_json::from_str(&lines.next_line()).unwrap() };
    assert!(matches!(next(), Change::Join { addr, .. } if addr == "127.0.0.1:3001"));

    // The watcher is pinned to the first endpoint: kill that member.
    sandbox.kill(0);
    let mut second = register(&sandbox, "mon", "127.0.0.1:3002", &[]);
    assert!(matches!(next(), Change::Join { addr, .. } if addr == "127.0.0.1:3002"));
    signal(&first, Signal::SIGTERM);
    wait_exit(&mut first, Duration::from_secs(5));
    let leave = next();
    assert!(
        matches!(&leave, Change::Leave { addr, .. } if addr == "127.0.0.1:3001"),
        "{leave:?}"
    );
    signal(&second, Signal::SIGTERM);
    wait_exit(&mut second, Duration::from_secs(5));
    assert!(matches!(next(), Change::Leave { addr, .. } if addr == "127.0.0.1:3002"));
    signal(&watcher, Signal::SIGTERM);
    wait_exit(&mut watcher, Duration::from_secs(5));
    // Nothing repeated: the stream ended right after the four changes.
    assert_eq!(lines.rest(), Vec::<String>::new());
}

#[test]
fn other_writers_values_are_skipped_with_a_warning() {
    let sandbox = cluster(1);
    let mut good = register(&sandbox, "mixed", "127.0.0.1:4001", &[]);
    crate::support::put(&sandbox, "mixed/garbage", "not json");
    let out = etcdkit()
        .env("ETCDKIT_ENDPOINTS", sandbox.endpoint(0))
        .args(["discover", "mixed"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(
        String::from_utf8_lossy(&out.stdout).trim(),
        "127.0.0.1:4001"
    );
    assert!(stderr_text(&out).contains("mixed/garbage"));
    signal(&good, Signal::SIGTERM);
    wait_exit(&mut good, Duration::from_secs(5));
}

/// Issue 29, point 10: what Go's resolver reads (a naming record without `Metadata`, field
/// names in any case) and what other registrars write (an object with an address, a bare
/// `host:port`) are instances; a deletion record and garbage are not.
#[test]
fn discover_reads_the_record_shapes_other_registrars_write() {
    let sandbox = cluster(1);
    for (key, value) in [
        ("shapes/a", r#"{"Op":0,"Addr":"10.0.0.1:1"}"#),
        (
            "shapes/b",
            r#"{"addr":"10.0.0.2:2","metadata":{"zone":"x"}}"#,
        ),
        ("shapes/c", r#"{"address":"10.0.0.3:3"}"#),
        ("shapes/d", r#"{"host":"10.0.0.4","port":4}"#),
        ("shapes/e", "10.0.0.5:5"),
        ("shapes/f", r#"{"Op":1,"Addr":"10.0.0.6:6"}"#),
        ("shapes/g", "not an address"),
    ] {
        crate::support::put(&sandbox, key, value);
    }
    let out = etcdkit()
        .env("ETCDKIT_ENDPOINTS", sandbox.endpoint(0))
        .args(["discover", "shapes"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr_text(&out));
    assert_eq!(
        String::from_utf8_lossy(&out.stdout)
            .lines()
            .collect::<Vec<_>>(),
        [
            "10.0.0.1:1",
            "10.0.0.2:2",
            "10.0.0.3:3",
            "10.0.0.4:4",
            "10.0.0.5:5"
        ]
    );
    let warned = stderr_text(&out);
    assert!(
        warned.contains("shapes/f") && warned.contains("shapes/g"),
        "{warned}"
    );
}

#[test]
fn bad_input_exits_2_and_writes_nothing() {
    let sandbox = cluster(1);
    let cases: &[&[&str]] = &[
        &["register", "", "127.0.0.1:1"],
        &["register", "web", ""],
        &["register", "web", "a/b"],
        &["register", "web", "127.0.0.1:1", "--meta", "{bad"],
        &["register", "web", "127.0.0.1:1", "--ttl", "0"],
        &["discover", ""],
        &["discover", "web", "--pick", "first"],
        &["discover", "web", "--wait-for", "0"],
        &["discover", "web", "--timeout", "1s"],
        &["discover", "web", "--watch", "--pick", "random"],
    ];
    for args in cases {
        crate::support::assert_usage_error(&sandbox, args);
    }
    assert_eq!(crate::support::get(&sandbox, "web/127.0.0.1:1"), None);
}

#[test]
fn on_a_terminal_discover_prints_a_table_with_metadata() {
    let sandbox = cluster(1);
    let mut child = register(
        &sandbox,
        "tbl",
        "127.0.0.1:8443",
        &["--meta", r#"{"zone":"b"}"#],
    );
    let command = format!(
        "{} --endpoints {} discover tbl",
        env!("CARGO_BIN_EXE_etcdkit"),
        sandbox.endpoint(0)
    );
    let out = crate::support::etcdkit_process_env(Command::new("script"))
        .args(["-qec", &command, "/dev/null"])
        .stdin(std::process::Stdio::null())
        .output()
        .expect("running script(1)");
    assert_eq!(out.status.code(), Some(0));
    let screen = String::from_utf8_lossy(&out.stdout);
    assert!(
        screen.contains("ADDR") && screen.contains("METADATA"),
        "{screen:?}"
    );
    assert!(
        screen.contains(r#"127.0.0.1:8443  {"zone":"b"}"#),
        "{screen:?}"
    );
    signal(&child, Signal::SIGTERM);
    wait_exit(&mut child, Duration::from_secs(5));
}

#[test]
fn drain_withdraws_first_then_gives_cmd_its_time() {
    let sandbox = cluster(1);
    let dir = tempfile::tempdir().unwrap();
    let stopped = dir.path().join("stopped");
    let script = format!(
        "trap 'echo term > {}; exit 0' TERM; echo serving; while true; do sleep 0.02; done",
        stopped.display()
    );
    let mut cmd = crate::support::etcdkit_process();
    cmd.env("ETCDKIT_ENDPOINTS", sandbox.endpoint(0)).args([
        "register",
        "web",
        "10.0.0.9:80",
        "--drain",
        "1s",
        "--",
        "sh",
        "-c",
        &script,
    ]);
    let (mut registrar, line) = crate::support::spawn_first_line(&mut cmd);
    assert_eq!(line, "serving");
    assert_eq!(crate::support::keys(&sandbox, "web/"), ["web/10.0.0.9:80"]);
    let signalled = std::time::Instant::now();
    crate::support::signal(&registrar, nix::sys::signal::Signal::SIGTERM);
    // Withdrawn at once; CMD untouched for the drain.
    crate::support::eventually(Duration::from_secs(5), "the withdrawal", || {
        crate::support::keys(&sandbox, "web/").is_empty()
    });
    crate::support::still_running_after(
        &mut registrar,
        Duration::from_millis(500),
        "the draining registrar",
    );
    assert!(!stopped.exists(), "CMD was stopped during the drain");
    assert_eq!(
        crate::support::wait_exit(&mut registrar, Duration::from_secs(10)),
        Some(0)
    );
    assert!(stopped.exists(), "CMD got SIGTERM after the drain");
    assert!(
        signalled.elapsed() >= Duration::from_secs(1),
        "{:?}",
        signalled.elapsed()
    );
    crate::support::assert_usage_error(
        &sandbox,
        &["register", "web", "10.0.0.9:80", "--drain", "soon"],
    );
}

/// A tiny HTTP server on loopback: 200 while `healthy`, else 503.
fn health_server(healthy: std::sync::Arc<std::sync::atomic::AtomicBool>) -> u16 {
    use std::io::{Read, Write};
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    std::thread::spawn(move || {
        for stream in listener.incoming() {
            let Ok(mut stream) = stream else { continue };
            let mut buf = [0u8; 1024];
            let _ = stream.read(&mut buf);
            let status = if healthy.load(std::sync::atomic::Ordering::SeqCst) {
                "200 OK"
            } else {
                "503 Service Unavailable"
            };
            let _ = write!(stream, "HTTP/1.1 {status}\r\nContent-Length: 0\r\n\r\n");
        }
    });
    port
}

#[test]
fn an_instance_is_listed_only_while_its_http_check_passes() {
    use std::sync::atomic::{AtomicBool, Ordering};
    let sandbox = cluster(1);
    let healthy = std::sync::Arc::new(AtomicBool::new(false));
    let port = health_server(healthy.clone());
    let (mut watcher, mut events) = crate::support::spawn_lines(
        crate::support::etcdkit_process()
            .env("ETCDKIT_ENDPOINTS", sandbox.endpoint(0))
            .args(["discover", "web", "--watch"]),
    );
    crate::support::wait_for_watchers(&sandbox, 1);
    let url = format!("http://127.0.0.1:{port}/health");
    let mut registrar = crate::support::etcdkit_process()
        .env("ETCDKIT_ENDPOINTS", sandbox.endpoint(0))
        .args([
            "register",
            "web",
            "10.0.0.7:80",
            "--check-http",
            &url,
            "--check-interval",
            "200ms",
            "--unhealthy-after",
            "2",
        ])
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .unwrap();
    // Failing from the start: never listed (several intervals).
    crate::support::still_running_after(
        &mut registrar,
        Duration::from_millis(800),
        "the registrar",
    );
    assert!(
        crate::support::keys(&sandbox, "web/").is_empty(),
        "listed before a passing check"
    );

    healthy.store(true, Ordering::SeqCst);
    let started = Instant::now();
    assert_eq!(events.next_line(), "+ 10.0.0.7:80");
    assert!(
        started.elapsed() < Duration::from_secs(2),
        "{:?}",
        started.elapsed()
    );

    // 2 failures in a row at 200 ms: withdrawn within 2 intervals + 1 (plus slack).
    healthy.store(false, Ordering::SeqCst);
    let failing = Instant::now();
    assert_eq!(events.next_line(), "- 10.0.0.7:80");
    assert!(
        failing.elapsed() < Duration::from_secs(2),
        "{:?}",
        failing.elapsed()
    );
    assert!(registrar.try_wait().unwrap().is_none(), "the process stays");
    // inspect shows it withdrawn, and why.
    let out = etcdkit()
        .env("ETCDKIT_ENDPOINTS", sandbox.endpoint(0))
        .args(["-o", "json", "inspect", "service", "web"])
        .output()
        .unwrap();
    let row: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(
        (row["addr"].as_str(), row["listed"].as_bool()),
        (Some("10.0.0.7:80"), Some(false)),
        "{row}"
    );
    assert!(
        row["health"]
            .as_str()
            .unwrap()
            .starts_with("failing: GET /health answered 503"),
        "{row}"
    );

    healthy.store(true, Ordering::SeqCst);
    assert_eq!(events.next_line(), "+ 10.0.0.7:80");
    for child in [&mut registrar, &mut watcher] {
        crate::support::signal(child, Signal::SIGTERM);
        crate::support::wait_exit(child, Duration::from_secs(10));
    }
}

#[test]
fn tcp_and_command_checks_and_bad_check_flags() {
    let sandbox = cluster(1);
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let addr = listener.local_addr().unwrap().to_string();
    let mut tcp = crate::support::etcdkit_process()
        .env("ETCDKIT_ENDPOINTS", sandbox.endpoint(0))
        .args([
            "register",
            "db",
            "10.0.0.8:5432",
            "--check-tcp",
            &addr,
            "--check-interval",
            "100ms",
        ])
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .unwrap();
    crate::support::eventually(Duration::from_secs(10), "listed by the TCP check", || {
        crate::support::keys(&sandbox, "db/") == ["db/10.0.0.8:5432"]
    });
    drop(listener);
    crate::support::eventually(
        Duration::from_secs(10),
        "withdrawn once nothing listens",
        || crate::support::keys(&sandbox, "db/").is_empty(),
    );
    crate::support::signal(&tcp, Signal::SIGTERM);
    crate::support::wait_exit(&mut tcp, Duration::from_secs(10));

    let dir = tempfile::tempdir().unwrap();
    let flag = dir.path().join("ok");
    let check = format!("test -e {}", flag.display());
    let (mut cmd, mut printed) = crate::support::spawn_lines(
        crate::support::etcdkit_process()
            .env("ETCDKIT_ENDPOINTS", sandbox.endpoint(0))
            .args([
                "register",
                "jobs",
                "10.0.0.9:1",
                "--check-cmd",
                &check,
                "--check-interval",
                "100ms",
            ]),
    );
    crate::support::still_running_after(&mut cmd, Duration::from_millis(400), "the registrar");
    assert!(crate::support::keys(&sandbox, "jobs/").is_empty());
    // The key is printed once listed, not before: a script reading it may rely on it.
    assert_eq!(printed.next_within(Duration::ZERO), None);
    std::fs::write(&flag, "").unwrap();
    assert_eq!(printed.next_line(), "jobs/10.0.0.9:1");
    assert_eq!(crate::support::keys(&sandbox, "jobs/"), ["jobs/10.0.0.9:1"]);
    crate::support::signal(&cmd, Signal::SIGTERM);
    crate::support::wait_exit(&mut cmd, Duration::from_secs(10));

    for args in [
        &[
            "register",
            "w",
            "1.1.1.1:1",
            "--check-http",
            "https://x/health",
        ][..],
        &["register", "w", "1.1.1.1:1", "--check-tcp", "nohost"],
        &[
            "register",
            "w",
            "1.1.1.1:1",
            "--check-tcp",
            "a:1",
            "--check-cmd",
            "true",
        ],
        &["register", "w", "1.1.1.1:1", "--check-interval", "1s"],
        &[
            "register",
            "w",
            "1.1.1.1:1",
            "--check-cmd",
            "true",
            "--unhealthy-after",
            "0",
        ],
        &[
            "register",
            "w",
            "1.1.1.1:1",
            "--check-cmd",
            "true",
            "--check-timeout",
            "soon",
        ],
    ] {
        crate::support::assert_usage_error(&sandbox, args);
    }
}

#[test]
fn discover_wait_for_ends_on_sigterm_and_sigint() {
    let sandbox = crate::support::cluster(1);
    for (sig, code) in [(Signal::SIGTERM, 143), (Signal::SIGINT, 130)] {
        let mut child = crate::support::etcdkit_process_at(&sandbox.endpoints())
            .args(["discover", "nobody-registers", "--wait-for", "1"])
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .unwrap();
        crate::support::wait_for_watchers(&sandbox, 1);
        signal(&child, sig);
        let exited = crate::support::wait_exit(&mut child, Duration::from_secs(5));
        assert_eq!(exited, Some(code), "discover --wait-for after {sig}");
        crate::support::eventually(Duration::from_secs(5), "the watch to close", || {
            crate::support::watchers(&sandbox) == 0
        });
    }
}
