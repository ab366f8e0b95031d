//! The sandbox fixture itself, and `etcdkit sandbox` without CMD.

use std::os::unix::process::CommandExt;
use std::time::Duration;

use crate::support::{cluster, etcdkit_process, process_exists, spawn_first_line, wait_exit};
use etcdkit::admin::status::cluster_status;
use etcdkit::sandbox::{Sandbox, SandboxOptions};
use nix::sys::signal::{kill, Signal};
use nix::unistd::Pid;

#[test]
fn members_can_be_killed_frozen_resumed_and_restarted() {
    let mut sandbox = cluster(3);
    crate::support::runtime_mt().block_on(async {
        assert_eq!(sandbox.len(), 3);
        let options = etcdkit::client::ConnectOptions::new(sandbox.endpoints());
        let reachable = |rows: Vec<etcdkit::admin::status::EndpointStatus>| {
            rows.iter().filter(|r| r.reachable).count()
        };
        assert_eq!(reachable(cluster_status(&options).await.unwrap()), 3);

        sandbox.kill(2);
        assert!(sandbox.pid(2).is_none());
        let mut short = options.clone();
        short.dial_timeout = Duration::from_millis(300);
        short.command_timeout = Duration::from_millis(500);
        assert_eq!(reachable(cluster_status(&short).await.unwrap()), 2);

        // Member 0 alone has no quorum, and still reports.
        sandbox.freeze(1).unwrap();
        assert_eq!(
            reachable(cluster_status(&short).await.unwrap()),
            1,
            "a frozen member answered"
        );
        sandbox.resume(1).unwrap();

        sandbox.restart(2).unwrap();
        assert_eq!(reachable(cluster_status(&options).await.unwrap()), 3);
        assert!(sandbox.leader().is_some());
        assert!(sandbox.log(0).contains("serving client traffic"));
    });
}

#[test]
fn a_missing_etcd_binary_is_a_clear_error() {
    let options = SandboxOptions {
        members: 1,
        etcd_bin: Some("/nonexistent/etcd".into()),
        ..SandboxOptions::default()
    };
    let Err(err) = Sandbox::start(options) else {
        panic!("started without etcd");
    };
    assert!(err.to_string().contains("/nonexistent/etcd"), "{err}");
}

#[test]
fn dropping_the_sandbox_kills_its_members_and_removes_its_data() {
    let sandbox = cluster(2);
    let pids: Vec<u32> = (0..2).map(|i| sandbox.pid(i).unwrap()).collect();
    let dir = sandbox.dir().to_path_buf();
    drop(sandbox);
    for pid in pids {
        assert!(!process_exists(pid), "member {pid} outlived the sandbox");
    }
    assert!(!dir.exists());
}

#[test]
fn etcdkit_sandbox_serves_until_a_signal_then_tears_down() {
    let (mut child, line) =
        spawn_first_line(etcdkit_process().args(["sandbox", "--members", "3", "-o", "json"]));
    let ready: serde_json::Value = serde_json::from_str(&line).expect("one JSON line");
    let endpoints = ready["endpoints"].as_array().unwrap();
    assert_eq!(endpoints.len(), 3);
    let data_dir = std::path::PathBuf::from(ready["data_dir"].as_str().unwrap());
    assert!(data_dir.exists());

    let status = etcdkit_process()
        .args(["status", "--endpoints"])
        .arg(
            endpoints
                .iter()
                .map(|e| e.as_str().unwrap())
                .collect::<Vec<_>>()
                .join(","),
        )
        .output()
        .unwrap();
    assert_eq!(status.status.code(), Some(0));

    kill(Pid::from_raw(child.id() as i32), Signal::SIGTERM).unwrap();
    assert_eq!(wait_exit(&mut child, Duration::from_secs(10)), Some(0));
    assert!(!data_dir.exists(), "the data directory was left behind");
}

/// As text, `etcdkit sandbox` prints shell lines that set both tools' variables: pasted
/// (here: evaluated) into a shell, etcdctl and etcdkit reach the sandbox.
#[test]
fn etcdkit_sandbox_prints_lines_a_shell_can_use_for_etcdctl_and_etcdkit() {
    let (mut child, mut lines) = crate::support::spawn_lines(etcdkit_process().args(["sandbox"]));
    let (first, second) = (lines.next_line(), lines.next_line());
    let list = first
        .strip_prefix("export ETCDKIT_ENDPOINTS=")
        .unwrap_or_else(|| panic!("{first:?}"));
    assert_eq!(second, format!("export ETCDCTL_ENDPOINTS={list}"));
    let script = format!(
        // etcdctl 3.4 reports health on stderr, 3.5 on stdout: both go to stderr here,
        // leaving stdout to etcdkit.
        "{first}; {second}; etcdctl endpoint health >&2 && {} counter c incr",
        env!("CARGO_BIN_EXE_etcdkit")
    );
    let out = std::process::Command::new("sh")
        .env_remove("ETCDKIT_ENDPOINTS")
        .env_remove("ETCDCTL_ENDPOINTS")
        .env("ETCDCTL_API", "3")
        .args(["-c", &script])
        .output()
        .unwrap();
    let said = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{}: {said}", out.status);
    assert!(said.contains(&format!("{list} is healthy")), "{said}");
    assert_eq!(
        String::from_utf8_lossy(&out.stdout),
        "1\n",
        "etcdkit's counter"
    );
    kill(Pid::from_raw(child.id() as i32), Signal::SIGTERM).unwrap();
    assert_eq!(wait_exit(&mut child, Duration::from_secs(10)), Some(0));
}

/// The suite runs once per supported etcd version (scripts/test sets
/// ETCDKIT_TEST_ETCD_VERSION and puts that etcd first on PATH): the members really are
/// that version, as the server itself reports it, and etcdctl beside it is too.
#[test]
fn the_members_run_the_etcd_version_the_pass_asks_for() {
    let sandbox = cluster(1);
    crate::support::runtime_mt().block_on(async {
        let options = etcdkit::client::ConnectOptions::new(sandbox.endpoints());
        let rows = cluster_status(&options).await.unwrap();
        let server = rows[0]
            .version
            .clone()
            .expect("the member reports its version");
        let etcdctl = std::process::Command::new("etcdctl")
            .arg("version")
            .output()
            .expect("etcdctl (apt-get install etcd-client)");
        let etcdctl = String::from_utf8_lossy(&etcdctl.stdout).into_owned();
        match std::env::var("ETCDKIT_TEST_ETCD_VERSION") {
            Ok(want) => {
                assert!(
                    server.starts_with(&format!("{want}.")),
                    "server is {server}, the pass asked for {want}"
                );
                assert!(
                    etcdctl.contains(&format!("etcdctl version: {want}.")),
                    "etcdctl beside it: {etcdctl}"
                );
            }
            Err(_) => assert!(
                server.starts_with("3.4.") || server.starts_with("3.5."),
                "etcd {server} is not a supported version (3.4, 3.5)"
            ),
        }
    });
}

/// `sandbox -- CMD`: etcdctl inside CMD reaches the sandbox as etcdkit does, through the
/// variable it reads, not the default 127.0.0.1:2379.
#[test]
fn cmd_gets_the_endpoints_for_etcdkit_and_etcdctl() {
    let out = etcdkit_process()
        .args(["sandbox", "--", "sh", "-c"])
        .arg(
            r#"test -n "$ETCDKIT_ENDPOINTS" && test "$ETCDCTL_ENDPOINTS" = "$ETCDKIT_ENDPOINTS" &&
               etcdctl --dial-timeout=2s --command-timeout=5s put k v &&
               etcdctl --dial-timeout=2s --command-timeout=5s get k --print-value-only"#,
        )
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{stdout}{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(stdout, "OK\nv\n");
}

/// Ctrl-C on a terminal while the members start (SIGINT to the foreground process group):
/// the members are not killed under the start-up, so no log is dumped; etcdkit ends with
/// 130 once they are up, runs no CMD, and leaves no member or data behind.
#[test]
fn ctrl_c_during_start_up_ends_quietly_with_130() {
    // Members that take a second to start, so the signal lands during start-up.
    let dir = tempfile::tempdir().unwrap();
    let real = std::env::var("ETCD_BIN").unwrap_or_else(|_| "etcd".into());
    let slow = dir.path().join("slow-etcd");
    std::fs::write(&slow, format!("#!/bin/sh\nsleep 1\nexec {real} \"$@\"\n")).unwrap();
    std::fs::set_permissions(&slow, std::os::unix::fs::PermissionsExt::from_mode(0o755)).unwrap();
    let ran = dir.path().join("cmd-ran");

    let mut child = etcdkit_process()
        .env("ETCD_BIN", &slow)
        .args(["sandbox", "--members", "3", "--", "touch"])
        .arg(&ran)
        .stderr(std::process::Stdio::piped())
        .process_group(0)
        .spawn()
        .unwrap();
    let pid = child.id();
    let children = format!("/proc/{pid}/task/{pid}/children");
    let mut members = String::new();
    crate::support::eventually(Duration::from_secs(10), "a member to be started", || {
        members = std::fs::read_to_string(&children).unwrap_or_default();
        !members.trim().is_empty()
    });
    nix::sys::signal::killpg(Pid::from_raw(pid as i32), Signal::SIGINT).unwrap();

    assert_eq!(wait_exit(&mut child, Duration::from_secs(30)), Some(130));
    let mut stderr = String::new();
    std::io::Read::read_to_string(&mut child.stderr.take().unwrap(), &mut stderr).unwrap();
    assert!(!stderr.contains("its log"), "{stderr}");
    assert!(!ran.exists(), "CMD ran after the Ctrl-C");
    for member in members.split_whitespace() {
        let member: u32 = member.parse().unwrap();
        assert!(!process_exists(member), "member {member} outlived etcdkit");
    }
}
