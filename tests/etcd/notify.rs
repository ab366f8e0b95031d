//! systemd's notification protocol, against a fake notify socket (a unix datagram socket in
//! a temp dir, as systemd's): READY only once the lock is held, STATUS while waiting,
//! WATCHDOG pings that stop while the cluster is frozen, before the lease could expire;
//! STOPPING on SIGTERM; nothing of it reaches CMD.

use std::os::unix::net::UnixDatagram;
use std::time::{Duration, Instant};

use nix::sys::signal::Signal;

use crate::support::{cluster, etcdkit_process, signal, spawn_lines, wait_exit};

/// The fake manager: each datagram with when it arrived, read by a thread.
struct Manager {
    got: std::sync::mpsc::Receiver<(Instant, String)>,
    path: std::path::PathBuf,
    _dir: tempfile::TempDir,
}

impl Manager {
    fn start() -> Manager {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("notify");
        let socket = UnixDatagram::bind(&path).unwrap();
        let (tx, got) = std::sync::mpsc::channel();
        std::thread::spawn(move || {
            let mut buf = [0; 4096];
            while let Ok(n) = socket.recv(&mut buf) {
                let text = String::from_utf8_lossy(&buf[..n]).into_owned();
                if tx.send((Instant::now(), text)).is_err() {
                    return;
                }
            }
        });
        Manager {
            got,
            path,
            _dir: dir,
        }
    }

    /// Messages until one contains `what` (within 15 s); all of them, that one last.
    fn until(&self, what: &str) -> Vec<(Instant, String)> {
        let mut seen = Vec::new();
        let deadline = Instant::now() + Duration::from_secs(15);
        loop {
            let left = deadline.saturating_duration_since(Instant::now());
            let (at, text) = self
                .got
                .recv_timeout(left)
                .unwrap_or_else(|_| panic!("no {what:?} within 15 s; got {seen:?}"));
            let found = text.contains(what);
            seen.push((at, text));
            if found {
                return seen;
            }
        }
    }

    /// Every message that arrives within `within`.
    fn during(&self, within: Duration) -> Vec<(Instant, String)> {
        let deadline = Instant::now() + within;
        let mut seen = Vec::new();
        while let Ok(m) = self
            .got
            .recv_timeout(deadline.saturating_duration_since(Instant::now()))
        {
            seen.push(m);
        }
        seen
    }
}

#[test]
fn ready_after_the_lock_is_held_and_watchdog_only_while_the_lease_is_proven() {
    let sandbox = cluster(1);
    let manager = Manager::start();
    // Another holder first: etcdkit waits, says so, and is not ready.
    let (mut first, mut first_lines) = spawn_lines(
        etcdkit_process()
            .env("ETCDKIT_ENDPOINTS", sandbox.endpoint(0))
            .args(["lock", "svc"]),
    );
    first_lines.next_line();
    let ttl = Duration::from_secs(3);
    let (mut held, mut lines) = spawn_lines(
        etcdkit_process()
            .env("ETCDKIT_ENDPOINTS", sandbox.endpoint(0))
            .env("NOTIFY_SOCKET", &manager.path)
            .env("WATCHDOG_USEC", "200000")
            .args(["lock", "svc", "--ttl", "3s", "--", "sh", "-c"])
            .arg("echo \"cmd sees ${NOTIFY_SOCKET:-no socket} ${WATCHDOG_USEC:-no watchdog}\"; exec sleep 60"),
    );
    let waiting = manager.until("STATUS=waiting for lock svc");
    assert!(
        waiting.iter().all(|(_, m)| !m.contains("READY=1")),
        "ready while waiting: {waiting:?}"
    );
    assert!(
        manager
            .during(Duration::from_millis(500))
            .iter()
            .all(|(_, m)| !m.contains("READY=1")),
        "ready while another holds the lock"
    );
    signal(&first, Signal::SIGTERM);
    wait_exit(&mut first, Duration::from_secs(10));
    let ready = manager.until("READY=1");
    assert!(
        ready.last().unwrap().1.contains("STATUS=holding lock svc"),
        "{ready:?}"
    );
    assert_eq!(lines.next_line(), "cmd sees no socket no watchdog");
    let pings = manager.during(Duration::from_millis(1000));
    let count = pings.iter().filter(|(_, m)| m == "WATCHDOG=1\n").count();
    assert!(
        (5..=15).contains(&count),
        "{count} pings in 1 s at 100 ms: {pings:?}"
    );

    // The cluster stops answering: the pings stop before the lease could expire.
    sandbox.freeze(0).unwrap();
    let frozen = Instant::now();
    let after = manager.during(ttl + Duration::from_millis(500));
    sandbox.resume(0).unwrap();
    let last_ping = after
        .iter()
        .filter(|(_, m)| m == "WATCHDOG=1\n")
        .map(|(at, _)| *at)
        .next_back()
        .unwrap_or(frozen);
    let quiet_before_expiry = (frozen + ttl).saturating_duration_since(last_ping);
    eprintln!(
        "last ping {:?} after the freeze; the lease expires at the latest {ttl:?} after it",
        last_ping.saturating_duration_since(frozen)
    );
    assert!(
        quiet_before_expiry >= Duration::from_millis(400),
        "a ping {:?} before the lease could expire",
        quiet_before_expiry
    );
    // The session is lost meanwhile: CMD stopped, exit 4.
    assert_eq!(wait_exit(&mut held, Duration::from_secs(15)), Some(4));
}

#[test]
fn stopping_on_sigterm_and_ready_for_a_worker_and_a_registration() {
    let sandbox = cluster(1);
    for (args, ready) in [
        (vec!["lock", "hold-me"], "STATUS=holding lock hold-me"),
        (
            vec!["queue", "work", "jobs", "--", "true"],
            "STATUS=working on queue jobs",
        ),
        (
            vec!["register", "web", "127.0.0.1:8080"],
            "STATUS=registered web/127.0.0.1:8080",
        ),
    ] {
        let manager = Manager::start();
        let (mut child, _lines) = spawn_lines(
            etcdkit_process()
                .env("ETCDKIT_ENDPOINTS", sandbox.endpoint(0))
                .env("NOTIFY_SOCKET", &manager.path)
                .args(&args),
        );
        let got = manager.until("READY=1");
        assert!(got.last().unwrap().1.contains(ready), "{args:?}: {got:?}");
        signal(&child, Signal::SIGTERM);
        manager.until("STOPPING=1");
        assert!(wait_exit(&mut child, Duration::from_secs(10)).is_some());
    }
}
