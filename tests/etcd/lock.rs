//! `etcdkit lock` end to end: real etcd from the sandbox, real etcdctl, real processes.

use crate::support::signal;

use std::path::Path;
use std::process::{Child, Stdio};
use std::time::{Duration, Instant};

use crate::support::{
    cluster, etcdkit, etcdkit_at, etcdkit_process, eventually, process_exists, spawn_first_line,
    stderr_text, wait_exit,
};
use etcdkit::sandbox::Sandbox;
use nix::sys::signal::Signal;

fn lock_cmd(sandbox: &Sandbox) -> assert_cmd::Command {
    let mut cmd = etcdkit();
    cmd.env("ETCDKIT_ENDPOINTS", sandbox.endpoints().join(","))
        .arg("lock");
    cmd
}

fn lock_process(sandbox: &Sandbox) -> std::process::Command {
    let mut cmd = etcdkit_process();
    cmd.env("ETCDKIT_ENDPOINTS", sandbox.endpoints().join(","))
        .arg("lock")
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    cmd
}

/// Starts `etcdkit lock NAME` (no CMD) and returns it with its key, once it printed `KEY REV`.
fn holder(sandbox: &Sandbox, name: &str) -> (Child, String) {
    let (child, line) = spawn_first_line(lock_process(sandbox).arg(name));
    assert!(!line.is_empty(), "the holder printed nothing");
    (child, line.split(' ').next().unwrap().to_string())
}

fn read_pids(path: &Path) -> Vec<u32> {
    std::fs::read_to_string(path)
        .unwrap_or_default()
        .lines()
        .filter_map(|l| l.trim().parse().ok())
        .collect()
}

#[test]
fn cmd_gets_the_lock_env_and_its_status_is_etcdkits() {
    let sandbox = cluster(1);
    let out = lock_cmd(&sandbox)
        .args(["nightly", "--", "sh", "-c"])
        .arg(r#"echo "$ETCD_LOCK_KEY $ETCD_LOCK_REV $ETCDKIT_LEASE_ID"; exit 7"#)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(7), "{}", stderr_text(&out));
    let text = String::from_utf8(out.stdout).unwrap();
    let fields: Vec<&str> = text.split_whitespace().collect();
    let [key, rev, lease] = fields[..] else {
        panic!("{text:?}")
    };
    assert_eq!(
        key,
        format!("nightly/{lease}"),
        "the key is NAME/<lease hex>"
    );
    assert!(i64::from_str_radix(lease, 16).is_ok());
    assert!(rev.parse::<i64>().unwrap() >= 2);
    assert!(
        crate::support::keys(&sandbox, "nightly/").is_empty(),
        "the key was left behind"
    );

    let out = lock_cmd(&sandbox)
        .args(["nightly", "--", "sh", "-c", "kill -TERM $$"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(143));
}

#[test]
fn the_fencing_revision_grows_with_each_holder() {
    let sandbox = cluster(1);
    let rev = || -> i64 {
        let out = lock_cmd(&sandbox)
            .args(["fence", "--", "sh", "-c", "echo $ETCD_LOCK_REV"])
            .output()
            .unwrap();
        String::from_utf8(out.stdout)
            .unwrap()
            .trim()
            .parse()
            .unwrap()
    };
    let (a, b, c) = (rev(), rev(), rev());
    assert!(a < b && b < c, "{a} {b} {c}");
}

#[test]
fn try_and_timeout_give_up_with_3_and_leave_no_key() {
    let sandbox = cluster(1);
    let (mut held, key) = holder(&sandbox, "busy");

    let started = Instant::now();
    let out = lock_cmd(&sandbox)
        .args(["busy", "--try", "--", "true"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(3), "{}", stderr_text(&out));
    assert!(stderr_text(&out).contains("held"), "{}", stderr_text(&out));
    assert!(
        started.elapsed() < Duration::from_secs(2),
        "--try waited {:?}",
        started.elapsed()
    );

    let started = Instant::now();
    let out = lock_cmd(&sandbox)
        .args(["busy", "--timeout", "400ms", "--", "true"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(3), "{}", stderr_text(&out));
    assert!(stderr_text(&out).contains("timed out"));
    assert!(started.elapsed() >= Duration::from_millis(400));

    assert_eq!(
        crate::support::keys(&sandbox, "busy/"),
        with_writer_key("busy/", &key),
        "a waiter left its key"
    );
    signal(&held, Signal::SIGTERM);
    assert_eq!(wait_exit(&mut held, Duration::from_secs(5)), Some(0));
    assert!(crate::support::keys(&sandbox, "busy/").is_empty());
}

/// A lock contender's keys: `NAME/<lease hex>` and, for Go's RWMutex readers, `NAME/write/<lease
/// hex>`, in key order.
fn with_writer_key(prefix: &str, key: &str) -> [String; 2] {
    let lease = &key[prefix.len()..];
    [key.to_string(), format!("{prefix}write/{lease}")]
}

#[test]
fn without_cmd_it_prints_key_and_rev_and_holds_until_a_signal() {
    let sandbox = cluster(1);
    let (mut child, line) = spawn_first_line(lock_process(&sandbox).args(["held", "-o", "json"]));
    let v: serde_json::Value = serde_json::from_str(&line).unwrap();
    let key = v["key"].as_str().unwrap();
    assert_eq!(key, format!("held/{}", v["lease"].as_str().unwrap()));
    assert!(v["rev"].as_i64().unwrap() > 0);
    assert_eq!(
        crate::support::keys(&sandbox, "held/"),
        with_writer_key("held/", key)
    );
    signal(&child, Signal::SIGINT);
    assert_eq!(wait_exit(&mut child, Duration::from_secs(5)), Some(0));
    assert!(crate::support::keys(&sandbox, "held/").is_empty());
}

/// The holder's record (who it is, for `inspect` and others' busy errors) is written in
/// the transaction that writes its key: the same revision, no write of its own; a
/// `--shared` holder's too.
#[test]
fn the_holder_record_is_written_with_the_holders_key() {
    let sandbox = cluster(1);
    for (name, shared) in [("recorded", false), ("recorded-shared", true)] {
        let mut args = vec![name];
        if shared {
            args.push("--shared");
        }
        let (mut child, line) = spawn_first_line(lock_process(&sandbox).args(&args));
        assert!(!line.is_empty(), "{name}: the holder printed nothing");
        let revisions = |prefix: String| {
            crate::support::with_client(&sandbox, async |c| {
                let options = etcd_client::GetOptions::new().with_prefix();
                let resp = c.get(prefix, Some(options)).await.unwrap();
                let kvs = resp.kvs().iter();
                kvs.map(|kv| kv.create_revision()).collect::<Vec<_>>()
            })
        };
        let holder = revisions(format!("{name}/"));
        let record = revisions(format!("__etcdkit/{name}/holders/"));
        assert_eq!(record.len(), 1, "{name}: no holder record");
        assert!(
            !holder.is_empty() && holder.iter().all(|&rev| rev == record[0]),
            "{name}: the record (revision {record:?}) was not written with the key ({holder:?})"
        );
        signal(&child, Signal::SIGINT);
        assert_eq!(wait_exit(&mut child, Duration::from_secs(5)), Some(0));
    }
    let revision = || {
        crate::support::with_client(&sandbox, async |c| {
            let status = c.status().await.unwrap();
            status.header().map_or(0, |h| h.revision())
        })
    };
    let before = revision();
    lock_cmd(&sandbox)
        .args(["one-write", "--", "true"])
        .assert()
        .success();
    // The grant makes no revision; the transaction (key, writer twin and record) makes
    // one, the revoke that deletes them another. A record of its own would be a third.
    assert_eq!(
        revision() - before,
        2,
        "more than one write to take the lock"
    );
}

#[test]
fn sigterm_while_waiting_exits_143_and_deletes_the_waiter_key() {
    let sandbox = cluster(1);
    let (mut held, key) = holder(&sandbox, "q");
    let mut waiter = lock_process(&sandbox)
        .args(["q", "--", "true"])
        .spawn()
        .unwrap();
    eventually(Duration::from_secs(5), "the waiter to queue", || {
        crate::support::keys(&sandbox, "q/").len() == 4
    });
    signal(&waiter, Signal::SIGTERM);
    assert_eq!(wait_exit(&mut waiter, Duration::from_secs(5)), Some(143));
    assert_eq!(
        crate::support::keys(&sandbox, "q/"),
        with_writer_key("q/", &key)
    );
    signal(&held, Signal::SIGTERM);
    wait_exit(&mut held, Duration::from_secs(5));
}

#[test]
fn a_waiter_blocks_until_the_holder_releases_then_takes_over() {
    let sandbox = cluster(1);
    let dir = tempfile::tempdir().unwrap();
    let marker = dir.path().join("ran");
    let (mut held, _) = holder(&sandbox, "handoff");
    let mut waiter = lock_process(&sandbox)
        .args(["handoff", "--", "touch"])
        .arg(&marker)
        .spawn()
        .unwrap();
    // Two keys each: `handoff/<lease>` and its `handoff/write/<lease>` twin.
    eventually(Duration::from_secs(5), "the waiter to queue", || {
        crate::support::keys(&sandbox, "handoff/").len() == 4
    });
    // Still blocked over a short window.
    let window = Instant::now() + Duration::from_millis(300);
    while Instant::now() < window {
        assert!(
            waiter.try_wait().unwrap().is_none() && !marker.exists(),
            "ran while the lock was held"
        );
        std::thread::sleep(Duration::from_millis(20));
    }
    let released = Instant::now();
    signal(&held, Signal::SIGTERM);
    assert_eq!(wait_exit(&mut waiter, Duration::from_secs(5)), Some(0));
    assert!(marker.exists());
    eprintln!("hand-off took {:?}", released.elapsed());
    assert!(released.elapsed() < Duration::from_secs(2));
    wait_exit(&mut held, Duration::from_secs(5));
    assert!(crate::support::keys(&sandbox, "handoff/").is_empty());
}

/// Runs `n` contenders at once; each CMD records how many CMDs were inside at its start
/// (mkdir is atomic: slot directories count the holders).
fn contend(sandbox: &Sandbox, name: &str, n: usize, limit: u32, hold: &str) -> Vec<usize> {
    let dir = tempfile::tempdir().unwrap();
    let script = format!(
        "for i in 1 2 3 4 5 6 7 8; do if mkdir {d}/slot$i 2>/dev/null; then s=$i; break; fi; done; \
         echo $s >> {d}/slots; sleep {hold}; rmdir {d}/slot$s",
        d = dir.path().display()
    );
    let mut children: Vec<Child> = (0..n)
        .map(|_| {
            lock_process(sandbox)
                .args([
                    name,
                    "--limit",
                    &limit.to_string(),
                    "--",
                    "sh",
                    "-c",
                    &script,
                ])
                .spawn()
                .unwrap()
        })
        .collect();
    for child in &mut children {
        assert_eq!(wait_exit(child, Duration::from_secs(30)), Some(0));
    }
    std::fs::read_to_string(dir.path().join("slots"))
        .unwrap()
        .lines()
        .map(|l| l.parse().unwrap())
        .collect()
}

#[test]
fn six_contenders_never_overlap() {
    let sandbox = cluster(1);
    let slots = contend(&sandbox, "mutex", 6, 1, "0.05");
    assert_eq!(slots.len(), 6, "every contender ran once");
    assert!(slots.iter().all(|&s| s == 1), "two held at once: {slots:?}");
    assert!(crate::support::keys(&sandbox, "mutex/").is_empty());
}

#[test]
fn a_semaphore_of_two_with_five_contenders_peaks_at_exactly_two() {
    let sandbox = cluster(1);
    let slots = contend(&sandbox, "sem", 5, 2, "0.4");
    assert_eq!(slots.len(), 5);
    assert_eq!(slots.iter().max(), Some(&2), "peak holders: {slots:?}");
    assert!(crate::support::keys(&sandbox, "sem/").is_empty());
}

/// Starts `lock NAME --ttl 2s -- CMD` where CMD writes its pid, a child's pid and the
/// lease; with `deaf`, CMD and its child ignore SIGTERM.
fn long_running(sandbox: &Sandbox, name: &str, dir: &Path, grace: &str, deaf: bool) -> Child {
    let script = format!(
        "{trap} echo $ETCDKIT_LEASE_ID > {d}/lease; sleep 1000 & echo $! >> {d}/pids; echo $$ >> {d}/pids; wait",
        trap = if deaf { "trap '' TERM;" } else { "" },
        d = dir.display()
    );
    lock_process(sandbox)
        .args([
            name, "--ttl", "2s", "--grace", grace, "--", "sh", "-c", &script,
        ])
        .spawn()
        .unwrap()
}

#[test]
fn a_lease_revoked_from_outside_stops_cmd_and_exits_4() {
    let sandbox = cluster(1);
    let dir = tempfile::tempdir().unwrap();
    let mut child = long_running(&sandbox, "revoked", dir.path(), "1s", false);
    let pids = dir.path().join("pids");
    eventually(Duration::from_secs(5), "CMD to start", || {
        read_pids(&pids).len() == 2
    });
    let lease = std::fs::read_to_string(dir.path().join("lease")).unwrap();
    let revoke = std::process::Command::new("etcdctl")
        .env("ETCDCTL_API", "3")
        .args([
            "--endpoints",
            &sandbox.endpoint(0),
            "lease",
            "revoke",
            lease.trim(),
        ])
        .output()
        .expect("etcdctl (apt-get install etcd-client)");
    assert!(
        revoke.status.success(),
        "{}",
        String::from_utf8_lossy(&revoke.stderr)
    );
    assert_eq!(wait_exit(&mut child, Duration::from_secs(5)), Some(4));
    let mut err = String::new();
    std::io::Read::read_to_string(&mut child.stderr.take().unwrap(), &mut err).unwrap();
    assert!(err.contains("lost"), "{err}");
    for pid in read_pids(&pids) {
        assert!(
            !process_exists(pid),
            "process {pid} of CMD's group survived"
        );
    }
}

#[test]
fn a_frozen_cluster_stops_cmd_before_the_ttl_elapses() {
    let sandbox = cluster(1);
    let dir = tempfile::tempdir().unwrap();
    // CMD ignores SIGTERM and the grace is longer than the TTL: SIGKILL must still come
    // before the lease could expire.
    let mut child = long_running(&sandbox, "frozen", dir.path(), "10s", true);
    let pids = dir.path().join("pids");
    eventually(Duration::from_secs(5), "CMD to start", || {
        read_pids(&pids).len() == 2
    });
    sandbox.freeze(0).unwrap();
    let frozen = Instant::now();
    eventually(Duration::from_secs(5), "CMD's group to be stopped", || {
        read_pids(&pids).into_iter().all(|pid| !process_exists(pid))
    });
    let stopped_after = frozen.elapsed();
    let code = wait_exit(&mut child, Duration::from_secs(5));
    sandbox.resume(0).unwrap();
    assert_eq!(code, Some(4));
    eprintln!("CMD stopped {stopped_after:?} after the freeze (TTL 2s)");
    assert!(
        stopped_after < Duration::from_secs(2),
        "stopped {stopped_after:?} after the freeze"
    );
}

#[test]
fn killing_etcdkit_stops_cmd() {
    let sandbox = cluster(1);
    let dir = tempfile::tempdir().unwrap();
    let pid_file = dir.path().join("pid");
    let mut child = lock_process(&sandbox)
        .args(["killed", "--", "sh", "-c"])
        .arg(format!("echo $$ > {}; exec sleep 1000", pid_file.display()))
        .spawn()
        .unwrap();
    eventually(Duration::from_secs(5), "CMD to start", || {
        read_pids(&pid_file).len() == 1
    });
    child.kill().unwrap();
    wait_exit(&mut child, Duration::from_secs(10));
    let pid = read_pids(&pid_file)[0];
    eventually(Duration::from_secs(5), "CMD to die with etcdkit", || {
        !process_exists(pid)
    });
}

#[test]
fn min_hold_keeps_the_lock_after_cmd_ends() {
    let sandbox = cluster(1);
    let dir = tempfile::tempdir().unwrap();
    let done = dir.path().join("done");
    let started = Instant::now();
    let mut first = lock_process(&sandbox)
        .args(["cron", "--min-hold", "1500ms", "--", "touch"])
        .arg(&done)
        .spawn()
        .unwrap();
    eventually(Duration::from_secs(5), "CMD to finish", || done.exists());
    // CMD is over, yet a late host's --try still finds the lock taken.
    let late = lock_cmd(&sandbox)
        .args(["cron", "--try", "--", "true"])
        .output()
        .unwrap();
    assert_eq!(late.status.code(), Some(3));
    assert_eq!(wait_exit(&mut first, Duration::from_secs(5)), Some(0));
    assert!(started.elapsed() >= Duration::from_millis(1500));
    let after = lock_cmd(&sandbox)
        .args(["cron", "--try", "--", "true"])
        .output()
        .unwrap();
    assert_eq!(after.status.code(), Some(0));
}

/// While `--min-hold` keeps the lock after CMD ended, it says so: a status line on a
/// terminal, and the holder record (so others' busy errors and `inspect`) no longer shows
/// CMD as running. Ctrl-C ends the hold early, CMD's status kept.
#[test]
fn min_hold_says_it_holds_on_after_cmd_ended() {
    let sandbox = cluster(1);
    let mut terminal = crate::support::Terminal::run(&format!(
        "{} --endpoints {} lock cron --min-hold 20s -- true; echo rc=$?",
        env!("CARGO_BIN_EXE_etcdkit"),
        sandbox.endpoint(0)
    ));
    terminal.wait_for("waiting for --min-hold to pass, holding lock cron (CMD ended)");
    let late = lock_cmd(&sandbox)
        .args(["cron", "--try", "--", "true"])
        .output()
        .unwrap();
    assert_eq!(late.status.code(), Some(3));
    let busy = stderr_text(&late);
    assert!(
        busy.contains(", true ended; held for --min-hold 1"),
        "{busy}"
    );
    let inspected = etcdkit_at(&sandbox.endpoints())
        .args(["inspect", "lock", "cron", "-o", "json"])
        .output()
        .unwrap();
    let json = String::from_utf8_lossy(&inspected.stdout);
    assert!(json.contains(r#""min_hold_until":"20"#), "{json}");
    terminal.type_keys(b"\x03");
    let (code, screen) = terminal.finish(Duration::from_secs(10));
    let shown = crate::support::Terminal::shown(&screen);
    assert_eq!(code, Some(0), "{shown}");
    assert!(shown.contains("rc=0"), "{shown}");
    assert!(
        !shown.contains("waiting for"),
        "the status line stayed: {shown}"
    );
}

#[test]
fn etcdctl_and_etcdkit_exclude_each_other() {
    let sandbox = cluster(1);
    let etcdctl = || {
        let mut cmd = std::process::Command::new("etcdctl");
        cmd.env("ETCDCTL_API", "3")
            .args(["--endpoints", &sandbox.endpoint(0)]);
        cmd
    };
    // etcdctl holds: etcdkit is refused.
    let (mut ctl, line) = spawn_first_line(etcdctl().args(["lock", "--ttl", "2", "shared"]));
    assert!(line.starts_with("shared/"), "{line:?}");
    let out = lock_cmd(&sandbox)
        .args(["shared", "--try", "--", "true"])
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(3),
        "etcdkit took a lock etcdctl holds"
    );
    signal(&ctl, Signal::SIGINT);
    wait_exit(&mut ctl, Duration::from_secs(10));
    // etcdctl does not always delete its key on SIGINT; then its 2s session expires.
    eventually(Duration::from_secs(5), "etcdctl's key to go", || {
        crate::support::keys(&sandbox, "shared/").is_empty()
    });
    let out = lock_cmd(&sandbox)
        .args(["shared", "--try", "--", "true"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr_text(&out));

    // etcdkit holds: etcdctl waits, and gets it once etcdkit lets go.
    let (mut held, _) = holder(&sandbox, "shared");
    let dir = tempfile::tempdir().unwrap();
    let marker = dir.path().join("ctl-ran");
    let mut ctl = etcdctl()
        .args(["lock", "shared", "touch"])
        .arg(&marker)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    // etcdkit's key and its write/ twin, and etcdctl's one key.
    eventually(Duration::from_secs(5), "etcdctl to queue", || {
        crate::support::keys(&sandbox, "shared/").len() == 3
    });
    std::thread::sleep(Duration::from_millis(300));
    assert!(!marker.exists(), "etcdctl ran while etcdkit held the lock");
    signal(&held, Signal::SIGTERM);
    assert_eq!(wait_exit(&mut ctl, Duration::from_secs(5)), Some(0));
    assert!(marker.exists());
    wait_exit(&mut held, Duration::from_secs(5));
    assert!(crate::support::keys(&sandbox, "shared/").is_empty());
}

#[test]
fn bad_input_exits_2_and_writes_nothing() {
    let sandbox = cluster(1);
    let cases: &[&[&str]] = &[
        &["", "--", "true"],
        &["a\nb", "--", "true"],
        &["x", "--limit", "0", "--", "true"],
        &["x", "--ttl", "1s", "--", "true"],
        &["x", "--ttl", "0", "--", "true"],
        &["x", "--ttl", "soon", "--", "true"],
        &["x", "--min-hold", "1s"],
        &["x", "--try", "--timeout", "1s"],
        &["x", "--bogus"],
        &[],
    ];
    for args in cases {
        crate::support::assert_usage_error(&sandbox, &[&["lock"], *args].concat());
    }
    assert!(
        crate::support::keys(&sandbox, "").is_empty(),
        "bad input wrote keys"
    );
    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    let leases = rt.block_on(async {
        let mut c = etcd_client::Client::connect(sandbox.endpoints(), None)
            .await
            .unwrap();
        c.leases().await.unwrap().leases().len()
    });
    assert_eq!(leases, 0, "bad input granted a lease");
}

/// On a terminal, CMD owns it while it runs, as a shell's job does: a prompt under the
/// lock reads what the user types (it used to stop on SIGTTIN with the lock held), and
/// Ctrl-C reaches CMD, whose status etcdkit exits with, the lock released.
#[test]
fn on_a_terminal_cmd_reads_it_and_ctrl_c_reaches_it() {
    let sandbox = cluster(1);
    let lock = |script_body: &str| {
        crate::support::Terminal::run(&format!(
            "{} --endpoints {} lock deploy -- sh -c '{script_body}'",
            env!("CARGO_BIN_EXE_etcdkit"),
            sandbox.endpoint(0)
        ))
    };
    let mut terminal = lock("printf \"continue? \"; read a; echo \"answer:$a\"");
    terminal.wait_for("continue?");
    terminal.type_keys(b"yes\r");
    let (code, screen) = terminal.finish(Duration::from_secs(10));
    assert_eq!(code, Some(0), "{screen}");
    assert!(screen.contains("answer:yes"), "{screen}");
    assert!(crate::support::keys(&sandbox, "deploy/").is_empty());

    let mut terminal = lock("printf \"continue? \"; exec sleep 30");
    terminal.wait_for("continue?");
    terminal.type_keys(b"\x03");
    let (code, screen) = terminal.finish(Duration::from_secs(10));
    assert_eq!(
        code,
        Some(130),
        "Ctrl-C did not end CMD with SIGINT: {screen}"
    );
    assert!(
        crate::support::keys(&sandbox, "deploy/").is_empty(),
        "the lock is still held"
    );
}

/// An interactive bash (job control on) on a pseudo-terminal, its prompt `$ `, with
/// etcdkit's endpoint set.
fn job_control_shell(sandbox: &Sandbox) -> crate::support::Terminal {
    let bin = Path::new(env!("CARGO_BIN_EXE_etcdkit")).parent().unwrap();
    crate::support::Terminal::run(&format!(
        "PATH={}:$PATH ETCDKIT_ENDPOINTS={} PS1='$ ' exec bash --norc --noprofile -i",
        bin.display(),
        sandbox.endpoint(0)
    ))
}

/// `etcdkit lock deploy OPTIONS -- sh -c SCRIPT` typed into a job-control shell, once CMD
/// runs: the shell and CMD's pid (CMD's shell, which runs SCRIPT).
fn lock_in_shell(
    sandbox: &Sandbox,
    options: &str,
    script: &str,
) -> (crate::support::Terminal, u32) {
    let dir = tempfile::tempdir().unwrap();
    let pid_file = dir.path().join("pid");
    let mut shell = job_control_shell(sandbox);
    // R$((6*7)) shows as R42 only once CMD has run it.
    shell.type_keys(
        format!(
            "etcdkit lock deploy {options} -- sh -c 'echo $$ > {}; echo R$((6*7)); {script}'\r",
            pid_file.display()
        )
        .as_bytes(),
    );
    shell.wait_for("R42");
    let pid = std::fs::read_to_string(&pid_file).unwrap();
    (shell, pid.trim().parse().unwrap())
}

/// Whether process `pid` is stopped (state `T` in /proc).
fn is_stopped(pid: u32) -> bool {
    std::fs::read_to_string(format!("/proc/{pid}/stat")).is_ok_and(|stat| {
        stat.rsplit(')')
            .next()
            .unwrap_or("")
            .trim_start()
            .starts_with('T')
    })
}

/// Ctrl-Z under `lock -- CMD` stops CMD and etcdkit with it, as a shell's job, saying so:
/// the shell gets its prompt back (it used to wait forever: CMD stopped, etcdkit running
/// and holding the lock), the lock stays held, and `fg` continues both, CMD with the
/// terminal again.
#[test]
fn ctrl_z_stops_cmd_and_etcdkit_and_fg_continues_both() {
    let sandbox = cluster(1);
    let (mut shell, pid) = lock_in_shell(&sandbox, "", "read a; echo answer:$a");
    shell.type_keys(b"\x1a");
    shell.wait_for("etcdkit: CMD stopped (Ctrl-Z); etcdkit stops too, until `fg` or `bg`");
    shell.wait_for("Stopped, it renews no lease: in ");
    shell.wait_for("+  Stopped"); // the shell's word for its job
    shell.type_keys(b"echo P$((1+1))\r");
    shell.wait_for("P2");
    let busy = etcdkit_at(&sandbox.endpoints())
        .args(["lock", "deploy", "--try", "--", "true"])
        .output()
        .unwrap();
    assert_eq!(
        busy.status.code(),
        Some(3),
        "the lock was not held while stopped"
    );
    assert!(is_stopped(pid), "CMD is not stopped");
    shell.type_keys(b"fg\r");
    // Typed before CMD runs, the answer would be read in the shell's terminal modes.
    eventually(Duration::from_secs(10), "CMD continued", || {
        !is_stopped(pid)
    });
    shell.type_keys(b"yes\r");
    shell.wait_for("answer:yes");
    shell.type_keys(b"echo rc=$?; exit\r");
    let (code, screen) = shell.finish(Duration::from_secs(10));
    let shown = crate::support::Terminal::shown(&screen);
    assert_eq!(code, Some(0), "{shown}");
    assert!(shown.contains("rc=0"), "{shown}");
    assert!(
        crate::support::keys(&sandbox, "deploy/").is_empty(),
        "still held"
    );
}

/// Stopped by Ctrl-Z for longer than the lease allows, etcdkit renews nothing: CMD is
/// ended (by its guardian) before another host can acquire, and `fg` then exits 4.
#[test]
fn a_ctrl_z_longer_than_the_lease_ends_cmd_before_another_host_acquires() {
    let sandbox = cluster(1);
    let (mut shell, pid) = lock_in_shell(&sandbox, "--ttl 2s", "exec sleep 60");
    shell.type_keys(b"\x1a");
    shell.wait_for("CMD is ended and what it holds is lost (exit 4)");
    let next = etcdkit_at(&sandbox.endpoints())
        .args(["lock", "deploy", "--timeout", "20s", "--", "true"])
        .output()
        .unwrap();
    assert_eq!(next.status.code(), Some(0), "{}", stderr_text(&next));
    assert!(
        !process_exists(pid),
        "CMD still there when another host acquired"
    );
    shell.type_keys(b"fg\r");
    shell.type_keys(b"echo rc=$?; exit\r");
    let (code, screen) = shell.finish(Duration::from_secs(10));
    let shown = crate::support::Terminal::shown(&screen);
    assert_eq!(code, Some(0), "{shown}");
    assert!(shown.contains("rc=4"), "{shown}");
}

/// A key where our contender key must go (`NAME/<our lease hex>`) written by someone else,
/// without a lease: it is never taken for ours. Adopting it would "hold" a lock on a key
/// whose lifetime nothing of ours controls.
#[test]
fn a_lock_key_not_on_our_lease_is_not_adopted() {
    use etcdkit::lease::session::Session;
    use etcdkit::recipes::lock::Mutex;
    let sandbox = cluster(1);
    crate::support::runtime().block_on(async {
        let etcd = crate::support::connect(&sandbox).await;
        let session = Session::new(&etcd, Duration::from_secs(10)).await.unwrap();
        let mut mutex = Mutex::new(&session, "foreign").unwrap();
        // Lease 0: no lease.
        crate::support::put_on_lease(&etcd, &mutex.key(), 0).await;
        let (_, mut client) = etcd.pinned().await.unwrap();
        let err = mutex.lock().await.expect_err("a foreign key was adopted");
        assert!(matches!(err, etcdkit::Error::InvalidInput(_)), "{err:?}");
        assert!(err.to_string().contains("is not this lock's"), "{err}");
        let kv = client.get(mutex.key().as_str(), None).await.unwrap();
        assert_eq!(kv.kvs()[0].lease(), 0, "the foreign key was changed");
        session.close().await.unwrap();
    });
}

#[test]
fn cmd_arguments_that_are_not_utf8_reach_cmd_byte_for_byte() {
    use std::os::unix::ffi::OsStrExt;
    let sandbox = crate::support::cluster(1);
    let name = std::ffi::OsStr::from_bytes(b"caf\xe9.txt");
    let out = crate::support::etcdkit_at(&sandbox.endpoints())
        .args(["lock", "bytes", "--", "printf", "%s"])
        .arg(name)
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        crate::support::stderr_text(&out)
    );
    assert_eq!(out.stdout, b"caf\xe9.txt");
}

/// Writes `n` keys without a lease under `prefix`, named like lock contenders (lower-case
/// hex), newest last, in transactions of 100: keys a counter or a job could have written.
fn put_foreign_keys(sandbox: &Sandbox, prefix: &str, n: usize) {
    crate::support::with_client(sandbox, async |c| {
        let keys: Vec<String> = (0..n)
            .map(|i| format!("{prefix}{:x}", 0xf000 + i))
            .collect();
        for batch in keys.chunks(100) {
            let puts: Vec<_> = batch
                .iter()
                .map(|k| etcd_client::TxnOp::put(k.as_str(), "7", None))
                .collect();
            c.txn(etcd_client::Txn::new().and_then(puts)).await.unwrap();
        }
    });
}

/// Issue 29, point 4 (and issue 30, point 3): keys under NAME/ that no contender wrote (no
/// lease, or outside the layout) block neither `lock NAME` nor `elect NAME`, are never a
/// leader nor broken; and however many of them sit between a contender and us, they never
/// hide it (the reads page past them).
#[test]
fn keys_of_no_contender_block_nobody_and_hide_no_contender() {
    let sandbox = cluster(1);
    let run = |args: &[&str]| {
        etcdkit()
            .env("ETCDKIT_ENDPOINTS", sandbox.endpoint(0))
            .args(args)
            .output()
            .unwrap()
    };
    for args in [
        &["job-progress", "set", "deploy/web", "40"][..],
        &["counter", "deploy/x", "incr"],
        &["once", "deploy/y", "--every", "1h", "--", "true"],
        &["publish", "deploy/z", "hello"],
    ] {
        let out = run(args);
        assert_eq!(
            out.status.code(),
            Some(0),
            "{args:?}: {}",
            stderr_text(&out)
        );
    }
    crate::support::put(&sandbox, "deploy/phase", "migrate");
    put_foreign_keys(&sandbox, "deploy/", 300);
    let out = run(&["lock", "deploy", "--try", "--", "true"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr_text(&out));
    let out = run(&["elect", "deploy", "--leader"]);
    assert_eq!(
        out.status.code(),
        Some(3),
        "a key of no candidate led: {out:?}"
    );
    let out = run(&["lock", "deploy", "--break", "--yes"]);
    assert_eq!(out.status.code(), Some(3), "{}", stderr_text(&out));
    assert!(
        stderr_text(&out).contains("not held"),
        "{}",
        stderr_text(&out)
    );

    // A real holder, then 300 keys of no contender's newer than its key: still busy, and
    // the holder named (not "lease 0").
    let (mut held, key) = holder(&sandbox, "backup");
    put_foreign_keys(&sandbox, "backup/", 300);
    let out = run(&["lock", "backup", "--try", "--", "true"]);
    assert_eq!(
        out.status.code(),
        Some(3),
        "a holder was hidden: {}",
        stderr_text(&out)
    );
    assert!(
        !stderr_text(&out).contains("lease 0 "),
        "{}",
        stderr_text(&out)
    );
    let out = run(&["lock", "backup", "--shared", "--try", "--", "true"]);
    assert_eq!(out.status.code(), Some(3), "a reader overlooked the holder");
    // The same for an election whose candidate came after 300 such keys.
    put_foreign_keys(&sandbox, "web/", 300);
    let (mut leader, _) = spawn_first_line(
        etcdkit_process()
            .env("ETCDKIT_ENDPOINTS", sandbox.endpoint(0))
            .args([
                "elect",
                "web",
                "--value",
                "vm-7",
                "--",
                "sh",
                "-c",
                "echo in; sleep 60",
            ]),
    );
    let out = run(&["elect", "web", "--leader"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr_text(&out));
    assert!(
        String::from_utf8_lossy(&out.stdout).contains("vm-7"),
        "{out:?}"
    );
    let (_, line) = spawn_first_line(
        etcdkit_process()
            .env("ETCDKIT_ENDPOINTS", sandbox.endpoint(0))
            .args(["elect", "web", "--observe", "--count", "1"]),
    );
    assert!(line.contains("vm-7"), "observe showed {line:?}");
    assert!(key.starts_with("backup/"));
    for child in [&mut held, &mut leader] {
        signal(child, Signal::SIGTERM);
        wait_exit(child, Duration::from_secs(10));
    }
}

/// Next in line: a waiter behind the holder alone holds at the revision of the holder's
/// deletion, reading nothing after it (a read would see the puts that follow the deletion
/// at once; 20 of them land within milliseconds); and one whose own key was deleted first
/// reports the loss, never the lock.
#[test]
fn next_in_line_holds_at_the_holders_deletion_and_never_after_its_own_key_is_gone() {
    use etcdkit::lease::session::Session;
    use etcdkit::recipes::lock::Mutex;
    let sandbox = cluster(1);
    let rt = crate::support::runtime_mt();
    let etcd = rt.block_on(crate::support::connect(&sandbox));
    // A contender's key and its `write/` twin (for Go's readers), deleted together as a
    // release deletes them; the revision of that deletion.
    let delete = |key: String| {
        let (name, lease) = key.rsplit_once('/').unwrap();
        let twin = format!("{name}/write/{lease}");
        crate::support::with_client(&sandbox, async move |c| {
            use etcd_client::{Txn, TxnOp};
            let both = [TxnOp::delete(key, None), TxnOp::delete(twin, None)];
            let done = c.txn(Txn::new().and_then(both)).await.unwrap();
            done.header().unwrap().revision()
        })
    };
    for round in 0..3 {
        let name = format!("next/{round}");
        let holder = rt
            .block_on(Session::new(&etcd, Duration::from_secs(10)))
            .unwrap();
        let mut first = Mutex::new(&holder, &name).unwrap();
        let held = rt.block_on(first.lock()).unwrap();
        let waiting = rt
            .block_on(Session::new(&etcd, Duration::from_secs(10)))
            .unwrap();
        let mut second = Mutex::new(&waiting, &name).unwrap();
        let waiter = rt.spawn(async move { (second.lock().await, waiting) });
        crate::support::wait_for_watchers(&sandbox, 1);
        let deleted_at = delete(held.key.clone());
        for i in 0..20 {
            crate::support::put(&sandbox, &format!("elsewhere/{i}"), "x");
        }
        let (got, _session) = rt.block_on(waiter).unwrap();
        assert_eq!(
            got.unwrap().rev,
            deleted_at,
            "held at the deletion's revision"
        );
        drop(holder);
    }

    // Its own key deleted first, then the holder's: lost, not held.
    let holder = rt
        .block_on(Session::new(&etcd, Duration::from_secs(10)))
        .unwrap();
    let mut first = Mutex::new(&holder, "next/lost").unwrap();
    let held = rt.block_on(first.lock()).unwrap();
    let waiting = rt
        .block_on(Session::new(&etcd, Duration::from_secs(10)))
        .unwrap();
    let mut second = Mutex::new(&waiting, "next/lost").unwrap();
    let key = second.key();
    let waiter = rt.spawn(async move { (second.lock().await, waiting) });
    crate::support::wait_for_watchers(&sandbox, 1);
    eventually(Duration::from_secs(5), "the waiter's key", || {
        crate::support::get(&sandbox, &key).is_some()
    });
    delete(key);
    delete(held.key.clone());
    let (got, _session) = rt.block_on(waiter).unwrap();
    assert!(
        matches!(got, Err(etcdkit::Error::LeaseLost { .. })),
        "{got:?}"
    );
}
