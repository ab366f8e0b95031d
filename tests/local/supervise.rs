//! Supervising CMD with real processes: status, process groups, grace, signal forwarding,
//! parent death.

use std::ffi::OsString;
use std::time::{Duration, Instant};

use crate::support::{etcdkit_process, eventually, process_exists, spawn_first_line, wait_exit};
use etcdkit::error::Error;
use etcdkit::process::shutdown::Shutdown;
use etcdkit::process::supervise::{supervise, Child, Stop};
use etcdkit_cli::exit::Exit;
use nix::sys::signal::{kill, Signal};
use nix::unistd::Pid;

fn sh(script: &str) -> Vec<OsString> {
    vec!["sh".into(), "-c".into(), script.into()]
}

async fn run(script: &str) -> Exit {
    let shutdown = Shutdown::install().unwrap();
    let child = Child::spawn(&sh(script), &[]).unwrap();
    let status = supervise(
        child,
        Some(&shutdown),
        std::future::pending(),
        Duration::from_secs(1),
    )
    .await
    .unwrap();
    Exit::of_status(status)
}

#[tokio::test]
async fn the_exit_status_is_cmds_own() {
    assert_eq!(run("exit 0").await, Exit(0));
    assert_eq!(run("exit 42").await, Exit(42));
    assert_eq!(run("kill -KILL $$").await, Exit(137));
    assert_eq!(run("kill -TERM $$").await, Exit(143));
}

#[tokio::test]
async fn the_environment_reaches_cmd() {
    let shutdown = Shutdown::install().unwrap();
    let env = [("ETCDKIT_TEST_VALUE", "forty two".to_string())];
    let child = Child::spawn(&sh(r#"test "$ETCDKIT_TEST_VALUE" = "forty two""#), &env).unwrap();
    let exit = supervise(
        child,
        Some(&shutdown),
        std::future::pending(),
        Duration::from_secs(1),
    )
    .await;
    assert_eq!(exit.unwrap().code(), Some(0));
}

#[tokio::test]
async fn a_missing_program_is_an_error_naming_it() {
    let Err(err) = Child::spawn(&["/nonexistent/program".into()], &[]) else {
        panic!("spawned a missing program");
    };
    assert!(err.to_string().contains("/nonexistent/program"), "{err}");
    assert!(matches!(
        Child::spawn(&[], &[]),
        Err(Error::InvalidInput(_))
    ));
}

#[tokio::test]
async fn a_stop_kills_the_whole_group_after_the_grace_period() {
    let shutdown = Shutdown::install().unwrap();
    let dir = tempfile::tempdir().unwrap();
    let pids = dir.path().join("pids");
    // CMD ignores SIGTERM and has a grandchild that ignores it too.
    let script = format!(
        "trap '' TERM; sh -c 'trap \"\" TERM; echo $$ >> {p}; while :; do sleep 1; done' & echo $$ >> {p}; wait",
        p = pids.display()
    );
    let child = Child::spawn(&sh(&script), &[]).unwrap();
    let read_pids = || -> Vec<u32> {
        std::fs::read_to_string(&pids)
            .unwrap_or_default()
            .lines()
            .filter_map(|l| l.parse().ok())
            .collect()
    };
    eventually(Duration::from_secs(5), "both pids written", || {
        read_pids().len() == 2
    });
    let (tx, rx) = tokio::sync::oneshot::channel::<()>();
    let grace = Duration::from_millis(300);
    let stop_when = async {
        let _ = rx.await;
        Stop {
            reason: Error::LeaseLost {
                id: 1,
                reason: "test".into(),
            },
            grace,
        }
    };
    let started = Instant::now();
    tx.send(()).unwrap();
    let result = supervise(child, Some(&shutdown), stop_when, Duration::from_secs(10)).await;
    let took = started.elapsed();
    assert!(matches!(result, Err(Error::LeaseLost { .. })), "{result:?}");
    assert!(
        took >= grace,
        "SIGKILL came before the grace period: {took:?}"
    );
    assert!(took < grace + Duration::from_secs(2), "stop took {took:?}");
    for pid in read_pids() {
        eventually(Duration::from_secs(2), "the group to be gone", || {
            !process_exists(pid)
        });
    }
}

#[tokio::test]
async fn what_cmd_leaves_in_its_group_is_stopped_when_it_exits() {
    let shutdown = Shutdown::install().unwrap();
    let dir = tempfile::tempdir().unwrap();
    let pid_file = dir.path().join("pid");
    let script = format!("sleep 1000 & echo $! > {}; exit 3", pid_file.display());
    let events = std::sync::Arc::new(std::sync::Mutex::new(Vec::new()));
    let told = events.clone();
    let child = Child::spawn(&sh(&script), &[])
        .unwrap()
        .on_event(move |event| told.lock().unwrap().push(format!("{event:?}")));
    let exit = supervise(
        child,
        Some(&shutdown),
        std::future::pending(),
        Duration::from_secs(1),
    )
    .await;
    assert_eq!(exit.unwrap().code(), Some(3));
    let pid: u32 = std::fs::read_to_string(&pid_file)
        .unwrap()
        .trim()
        .parse()
        .unwrap();
    eventually(
        Duration::from_secs(2),
        "the leftover sleep to be gone",
        || !process_exists(pid),
    );
    assert_eq!(
        *events.lock().unwrap(),
        ["LeftoversStopped { processes: 1, killed: false }"],
        "the stop was not told"
    );
}

/// etcdkit says when it stopped what CMD left running (it did so silently).
#[test]
fn etcdkit_says_it_stopped_what_cmd_left_running() {
    let out = etcdkit_process()
        .args([
            "sandbox",
            "--",
            "sh",
            "-c",
            "sleep 1000 & sleep 1000 & exit 0",
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("etcdkit: CMD exited leaving 2 processes running in its process group"),
        "{err}"
    );
    assert!(err.contains("stopped them with SIGTERM"), "{err}");
}

/// Starts `etcdkit sandbox -- sh -c SCRIPT` and returns it with the first line CMD printed.
fn sandboxed(script: &str) -> (std::process::Child, String) {
    spawn_first_line(
        etcdkit_process()
            .args(["sandbox", "--grace", "1s", "--"])
            .args(sh(script)),
    )
}

#[test]
fn sighup_sigint_and_sigterm_are_forwarded_to_cmd() {
    for (signal, code) in [
        (Signal::SIGHUP, 11),
        (Signal::SIGINT, 12),
        (Signal::SIGTERM, 13),
    ] {
        let (mut etcdkit, ready) = sandboxed(
            "trap 'exit 11' HUP; trap 'exit 12' INT; trap 'exit 13' TERM; echo ready; while :; do sleep 0.05; done",
        );
        assert_eq!(ready, "ready");
        kill(Pid::from_raw(etcdkit.id() as i32), signal).unwrap();
        assert_eq!(
            wait_exit(&mut etcdkit, Duration::from_secs(5)),
            Some(code),
            "{signal}"
        );
    }
}

#[test]
fn cmd_dies_with_etcdkit_when_etcdkit_is_killed() {
    // `exec` so the shell's pid is the long-running program's.
    let (mut etcdkit, pid) = sandboxed("echo $$; exec sleep 1000");
    let pid: u32 = pid.parse().unwrap();
    assert!(process_exists(pid));
    etcdkit.kill().unwrap();
    etcdkit.wait().unwrap();
    eventually(Duration::from_secs(5), "CMD to die with etcdkit", || {
        !process_exists(pid)
    });
}

#[test]
fn the_sandbox_gives_cmd_its_endpoints_and_exits_with_its_status() {
    let out = etcdkit_process()
        .args([
            "sandbox",
            "--",
            env!("CARGO_BIN_EXE_etcdkit"),
            "status",
            "-o",
            "json",
        ])
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.contains("\"reachable\":true"), "{text}");

    let out = etcdkit_process()
        .args(["sandbox", "--", "sh", "-c", "exit 9"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(9));
}

/// A process group of its own running `sh -c script`, as CMD runs.
fn group_of(script: &str) -> std::process::Child {
    use std::os::unix::process::CommandExt;
    std::process::Command::new("sh")
        .args(["-c", script])
        .process_group(0)
        .spawn()
        .unwrap()
}

/// The guardian signals the group at the instants it was last told, by itself: SIGTERM,
/// then SIGKILL for a group that ignores SIGTERM; and says so when ended.
#[test]
fn a_guardian_told_nothing_new_stops_the_group_at_the_last_instants() {
    use etcdkit::process::guardian::Guardian;
    use tokio::time::Instant;
    let mut stubborn = group_of("trap '' TERM; while :; do sleep 0.05; done");
    let group = Pid::from_raw(stubborn.id() as i32);
    let now = Instant::now();
    let started = std::time::Instant::now();
    let guardian = Guardian::start(
        group,
        now + Duration::from_millis(100),
        now + Duration::from_millis(300),
    )
    .unwrap();
    let status = stubborn.wait().unwrap();
    assert_eq!(
        std::os::unix::process::ExitStatusExt::signal(&status),
        Some(9),
        "not SIGKILLed: {status:?}"
    );
    assert!(
        started.elapsed() >= Duration::from_millis(300),
        "killed before its instant"
    );
    assert!(guardian.end(), "the guardian did not say it signalled");
}

/// Told later instants (renewals), the guardian leaves the group alone; ended, it exits
/// without a signal sent.
#[test]
fn a_guardian_told_later_instants_leaves_the_group_alone() {
    use etcdkit::process::guardian::Guardian;
    use tokio::time::Instant;
    let mut calm = group_of("while :; do sleep 0.05; done");
    let group = Pid::from_raw(calm.id() as i32);
    let soon = |ms| Instant::now() + Duration::from_millis(ms);
    let guardian = Guardian::start(group, soon(200), soon(400)).unwrap();
    // Renewals every 50 ms for 600 ms: each moves the instants on before they come.
    for _ in 0..12 {
        std::thread::sleep(Duration::from_millis(50));
        guardian.tell(soon(200), soon(400));
    }
    assert!(
        calm.try_wait().unwrap().is_none(),
        "the group was signalled"
    );
    assert!(!guardian.end(), "the guardian says it signalled");
    calm.kill().unwrap();
    calm.wait().unwrap();
}

/// The guardian shares this process's memory rather than a copy of it (x86_64 and
/// aarch64; elsewhere it is a fork): a mapping made after it started is in its address
/// space too.
#[cfg(any(target_arch = "x86_64", target_arch = "aarch64"))]
#[test]
fn a_guardian_shares_its_supervisors_memory() {
    use etcdkit::process::guardian::Guardian;
    use nix::libc;
    use tokio::time::Instant;
    let mut calm = group_of("while :; do sleep 0.05; done");
    let group = Pid::from_raw(calm.id() as i32);
    let later = Instant::now() + Duration::from_secs(60);
    let guardian = Guardian::start(group, later, later).unwrap();
    let len = 1 << 20;
    // SAFETY: a fresh anonymous mapping, unmapped below.
    let fresh = unsafe {
        libc::mmap(
            std::ptr::null_mut(),
            len,
            libc::PROT_READ | libc::PROT_WRITE,
            libc::MAP_PRIVATE | libc::MAP_ANONYMOUS,
            -1,
            0,
        )
    };
    assert_ne!(fresh, libc::MAP_FAILED);
    let starts = |pid: String| {
        let maps = std::fs::read_to_string(format!("/proc/{pid}/maps")).unwrap();
        let wanted = format!("{:x}-", fresh as usize);
        maps.lines().any(|line| line.starts_with(&wanted))
    };
    let (ours, guardians) = (starts("self".into()), starts(guardian.pid().to_string()));
    let signalled = guardian.end();
    // SAFETY: the mapping made above, used by nothing else.
    unsafe { libc::munmap(fresh, len) };
    calm.kill().unwrap();
    calm.wait().unwrap();
    assert!(ours, "the mapping is not in our own maps");
    assert!(
        guardians,
        "the guardian does not share our memory: a mapping made after it started is not in its maps"
    );
    assert!(!signalled, "the guardian says it signalled");
}

/// An ended guardian exits by itself and is reaped without anyone waiting for it: after
/// the next guardian starts and ends, none is left a zombie.
#[test]
fn ended_guardians_leave_no_zombies() {
    use etcdkit::process::guardian::Guardian;
    use tokio::time::Instant;
    let mut calm = group_of("while :; do sleep 0.05; done");
    let group = Pid::from_raw(calm.id() as i32);
    let later = Instant::now() + Duration::from_secs(60);
    let zombies = || {
        let me = std::process::id().to_string();
        let comm = std::fs::read_to_string("/proc/self/comm").unwrap();
        let mut found = 0;
        for entry in std::fs::read_dir("/proc").unwrap().flatten() {
            let Ok(stat) = std::fs::read_to_string(entry.path().join("stat")) else {
                continue;
            };
            let Some((head, rest)) = stat.rsplit_once(')') else {
                continue;
            };
            let mut fields = rest.split_whitespace();
            let (state, ppid) = (fields.next(), fields.next());
            let name = head.split_once('(').map_or("", |(_, n)| n);
            if state == Some("Z") && ppid == Some(me.as_str()) && name == comm.trim() {
                found += 1;
            }
        }
        found
    };
    for _ in 0..5 {
        assert!(!Guardian::start(group, later, later).unwrap().end());
    }
    // Each start and end reaps those that have exited; the last ones exit by themselves.
    crate::support::eventually(Duration::from_secs(5), "the guardians reaped", || {
        drop(Guardian::start(group, later, later).unwrap());
        zombies() == 0
    });
    calm.kill().unwrap();
    calm.wait().unwrap();
}
