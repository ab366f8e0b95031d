//! Who holds what: holder identities, `inspect`, `--break`, and busy errors that name the
//! holder (docs/operations.md).

use std::process::Child;
use std::time::Duration;

use serde_json::Value;

use crate::support::{
    cluster, etcdkit, spawn_first_line, spawn_lines, stderr_text, wait_exit, wait_for_watchers,
    Terminal,
};
use etcdkit::sandbox::Sandbox;

/// `etcdkit -o json inspect ARGS`: (exit code, the JSON lines).
fn inspect(sandbox: &Sandbox, args: &[&str]) -> (Option<i32>, Vec<Value>) {
    let out = etcdkit()
        .env("ETCDKIT_ENDPOINTS", sandbox.endpoint(0))
        .args(["-o", "json", "inspect"])
        .args(args)
        .output()
        .unwrap();
    let lines = String::from_utf8_lossy(&out.stdout)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    (out.status.code(), lines)
}

/// A holder that runs `sleep 60` under `lock nightly`, once it holds (its CMD has started).
fn holder(sandbox: &Sandbox) -> Child {
    let (child, line) = spawn_first_line(
        crate::support::etcdkit_process_at(&[sandbox.endpoint(0)]).args([
            "lock",
            "nightly",
            "--",
            "sh",
            "-c",
            "echo held; exec sleep 60",
        ]),
    );
    assert_eq!(line, "held");
    child
}

#[test]
fn inspect_lists_the_holder_and_the_waiters_in_order_with_who_they_are() {
    let sandbox = cluster(1);
    let first = holder(&sandbox);
    let (second, _) = spawn_lines(
        crate::support::etcdkit_process_at(&[sandbox.endpoint(0)])
            .env("CI_JOB_URL", "https://ci.example/jobs/7")
            .args(["lock", "nightly", "--", "./deploy.sh"]),
    );
    wait_for_watchers(&sandbox, 1);
    // etcdctl's contender shares the layout and records no identity.
    let (third, _) = spawn_lines(
        std::process::Command::new("etcdctl")
            .env("ETCDCTL_API", "3")
            .args(["--endpoints", &sandbox.endpoint(0), "lock", "nightly"]),
    );
    wait_for_watchers(&sandbox, 2);

    let (code, rows) = inspect(&sandbox, &["lock", "nightly"]);
    assert_eq!(code, Some(0));
    assert_eq!(rows.len(), 3, "{rows:?}");
    let positions: Vec<i64> = rows
        .iter()
        .map(|r| r["position"].as_i64().unwrap())
        .collect();
    assert_eq!(positions, [1, 2, 3]);
    let states: Vec<&str> = rows.iter().map(|r| r["state"].as_str().unwrap()).collect();
    assert_eq!(states, ["holding", "waiting", "waiting"]);
    let revs: Vec<i64> = rows.iter().map(|r| r["rev"].as_i64().unwrap()).collect();
    assert!(revs.windows(2).all(|w| w[0] < w[1]), "{revs:?}");

    let id = &rows[0]["identity"];
    assert_eq!(id["pid"].as_u64(), Some(u64::from(first.id())), "{id}");
    assert_eq!(id["host"].as_str(), Some(crate::support::host().as_str()));
    assert_eq!(id["cmd"], "sh -c echo held; exec sleep 60");
    // It acquired at once: `started` stands for when it acquired.
    assert!(id.get("acquired").is_none(), "{id}");
    let id = &rows[1]["identity"];
    assert_eq!(id["pid"].as_u64(), Some(u64::from(second.id())));
    assert_eq!(id["ci"], "https://ci.example/jobs/7");
    assert!(
        id.get("acquired").is_none(),
        "a waiter has not acquired: {id}"
    );
    assert!(
        rows[2]["identity"].is_null(),
        "etcdctl's waiter: {}",
        rows[2]
    );
    for row in &rows {
        let ttl = row["ttl_ms"].as_u64().unwrap();
        assert!(ttl > 0 && ttl <= 10_000, "{row}");
    }

    // The table says the same to a person.
    let out = etcdkit()
        .env("ETCDKIT_ENDPOINTS", sandbox.endpoint(0))
        .args(["inspect", "lock", "nightly"])
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&out.stdout).into_owned();
    assert!(text.starts_with("POS  STATE"), "{text}");
    assert!(
        text.contains(&format!("(pid {}, sh -c", first.id())),
        "{text}"
    );
    assert!(text.contains("https://ci.example/jobs/7"), "{text}");
    assert!(text.contains("no identity"), "{text}");
    for child in [first, second, third] {
        crate::support::stop(child);
    }
}

/// A waiter that acquired after waiting records when, beside its CMD: the record follows
/// the hand-off instead of delaying CMD's start by a round trip (issue 28), and it still
/// lands.
#[test]
fn a_waiter_that_acquired_records_when_beside_its_cmd() {
    let sandbox = cluster(1);
    let mut first = holder(&sandbox);
    let (mut second, mut lines) = spawn_lines(
        crate::support::etcdkit_process_at(&[sandbox.endpoint(0)]).args([
            "lock",
            "nightly",
            "--",
            "sh",
            "-c",
            "echo held; exec sleep 60",
        ]),
    );
    wait_for_watchers(&sandbox, 1);
    // A wait shorter than 100 ms counts as none (`started` then stands for it): wait longer.
    std::thread::sleep(Duration::from_millis(150));
    crate::support::signal(&first, nix::sys::signal::Signal::SIGTERM);
    assert!(wait_exit(&mut first, Duration::from_secs(10)).is_some());
    assert_eq!(lines.next_line(), "held");
    let mut rows = Vec::new();
    crate::support::eventually(Duration::from_secs(5), "the acquired time", || {
        rows = inspect(&sandbox, &["lock", "nightly"]).1;
        rows.first()
            .is_some_and(|r| r["identity"].get("acquired").is_some())
    });
    assert_eq!(rows.len(), 1, "{rows:?}");
    assert_eq!(
        rows[0]["identity"]["pid"].as_u64(),
        Some(u64::from(second.id()))
    );
    let _ = second.kill();
    let _ = second.wait();
}

#[test]
fn busy_and_timed_out_waits_name_the_holder() {
    let sandbox = cluster(1);
    let first = holder(&sandbox);
    let who = format!(
        "held by {} (pid {}, sh -c echo held;",
        crate::support::host(),
        first.id()
    );
    for args in [
        &["lock", "nightly", "--try", "--", "true"][..],
        &["lock", "nightly", "--timeout", "300ms", "--", "true"],
    ] {
        let out = etcdkit()
            .env("ETCDKIT_ENDPOINTS", sandbox.endpoint(0))
            .args(args)
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(3), "{args:?}");
        let err = stderr_text(&out);
        assert!(err.contains(&who), "{args:?}: {err}");
    }
    crate::support::stop(first);

    let (leader, _) = spawn_first_line(
        crate::support::etcdkit_process_at(&[sandbox.endpoint(0)])
            .args(["elect", "sched", "--value", "a"]),
    );
    let out = etcdkit()
        .env("ETCDKIT_ENDPOINTS", sandbox.endpoint(0))
        .args(["elect", "sched", "--timeout", "0"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(3));
    let err = stderr_text(&out);
    assert!(
        err.contains(&format!(
            "election sched is held by {} (pid {})",
            crate::support::host(),
            leader.id()
        )),
        "{err}"
    );
    crate::support::stop(leader);
}

/// A semaphore's holders (`lock -n 2`) record the limit: `inspect` shows both as holding
/// without being told `-n` (it showed the second as waiting), and a busy `--try` names
/// both holders, not the first alone.
#[test]
fn a_semaphores_holders_are_all_shown_holding_and_named_when_busy() {
    let sandbox = cluster(1);
    let slot = || {
        spawn_first_line(
            crate::support::etcdkit_process_at(&[sandbox.endpoint(0)]).args([
                "lock",
                "slots",
                "-n",
                "2",
                "--",
                "sh",
                "-c",
                "echo held; exec sleep 60",
            ]),
        )
    };
    let (mut first, held) = slot();
    assert_eq!(held, "held");
    let (mut second, held) = slot();
    assert_eq!(held, "held");
    let (code, rows) = inspect(&sandbox, &["lock", "slots"]);
    assert_eq!(code, Some(0));
    let states: Vec<&str> = rows.iter().map(|r| r["state"].as_str().unwrap()).collect();
    assert_eq!(states, ["holding", "holding"], "{rows:?}");
    assert_eq!(rows[0]["identity"]["limit"], 2, "{rows:?}");
    let (_, rows) = inspect(&sandbox, &["lock", "slots", "-n", "1"]);
    assert_eq!(rows[1]["state"], "waiting", "-n given wins");
    let busy = etcdkit()
        .env("ETCDKIT_ENDPOINTS", sandbox.endpoint(0))
        .args(["lock", "slots", "-n", "2", "--try", "--", "true"])
        .output()
        .unwrap();
    assert_eq!(busy.status.code(), Some(3));
    let said = stderr_text(&busy);
    let pids = [first.id(), second.id()].map(|pid| format!("(pid {pid}, sh -c echo held"));
    assert!(pids.iter().all(|p| said.contains(p.as_str())), "{said}");
    assert!(said.contains(" and "), "{said}");
    // One statement, not `acquiring lock slots: lock slots is held by`.
    let by = format!(
        "etcdkit: lock slots is held by {} (pid",
        crate::support::host()
    );
    assert!(said.starts_with(&by), "{said}");
    for child in [&mut first, &mut second] {
        crate::support::signal(child, nix::sys::signal::Signal::SIGTERM);
        assert_eq!(wait_exit(child, Duration::from_secs(10)), Some(143));
    }
}

#[test]
fn break_revokes_the_holder_the_waiter_proceeds_and_the_holder_exits_4() {
    let sandbox = cluster(1);
    let mut first = holder(&sandbox);
    let (mut waiter, mut got) = spawn_lines(
        crate::support::etcdkit_process_at(&[sandbox.endpoint(0)])
            .args(["lock", "nightly", "--", "echo", "mine"]),
    );
    wait_for_watchers(&sandbox, 1);
    let (_, before) = inspect(&sandbox, &["lock", "nightly"]);

    // Off a terminal, without --yes: refused, nothing revoked.
    let out = etcdkit()
        .env("ETCDKIT_ENDPOINTS", sandbox.endpoint(0))
        .args(["lock", "nightly", "--break"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2), "{}", stderr_text(&out));
    assert!(stderr_text(&out).contains("--yes"));
    assert_eq!(
        keys(&inspect(&sandbox, &["lock", "nightly"]).1),
        keys(&before)
    );

    let out = etcdkit()
        .env("ETCDKIT_ENDPOINTS", sandbox.endpoint(0))
        .args(["-o", "json", "lock", "nightly", "--break", "--yes"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr_text(&out));
    let broken: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(broken["lease"], before[0]["lease"]);
    assert_eq!(
        broken["identity"]["pid"].as_u64(),
        Some(u64::from(first.id()))
    );

    assert_eq!(got.next_line(), "mine");
    assert_eq!(wait_exit(&mut waiter, Duration::from_secs(15)), Some(0));
    assert_eq!(wait_exit(&mut first, Duration::from_secs(15)), Some(4));
    let (code, _) = inspect(&sandbox, &["lock", "nightly"]);
    assert_eq!(code, Some(3), "nothing holds it any more");
}

/// The contenders' keys, in order (what stays the same while times move on).
fn keys(rows: &[Value]) -> Vec<String> {
    rows.iter().map(|r| r["key"].to_string()).collect()
}

#[test]
fn break_on_a_terminal_shows_the_holder_and_asks() {
    let sandbox = cluster(1);
    let mut first = holder(&sandbox);
    let bin = env!("CARGO_BIN_EXE_etcdkit");
    let endpoint = sandbox.endpoint(0);

    let mut no = Terminal::run(&format!(
        "{bin} --endpoints {endpoint} lock nightly --break"
    ));
    no.wait_for("Revoke lease");
    assert!(
        no.screen().contains(&format!("(pid {}, sh -c", first.id())),
        "{}",
        no.screen()
    );
    no.type_keys(b"n\r");
    let (code, screen) = no.finish(Duration::from_secs(10));
    assert_eq!(code, Some(2), "{screen}");
    assert!(screen.contains("nothing was revoked"), "{screen}");
    assert_eq!(inspect(&sandbox, &["lock", "nightly"]).0, Some(0));

    let mut yes = Terminal::run(&format!(
        "{bin} --endpoints {endpoint} lock nightly --break"
    ));
    yes.wait_for("Revoke lease");
    yes.type_keys(b"y\r");
    let (code, screen) = yes.finish(Duration::from_secs(10));
    assert_eq!(code, Some(0), "{screen}");
    assert!(screen.contains("revoked lease"), "{screen}");
    assert_eq!(wait_exit(&mut first, Duration::from_secs(15)), Some(4));
}

#[test]
fn inspect_shows_the_leader_and_a_service_with_who_registered_it() {
    let sandbox = cluster(1);
    let (leader, _) = spawn_first_line(
        crate::support::etcdkit_process_at(&[sandbox.endpoint(0)])
            .args(["elect", "sched", "--value", "a"]),
    );
    let (standby, _) = spawn_lines(
        crate::support::etcdkit_process_at(&[sandbox.endpoint(0)])
            .args(["elect", "sched", "--value", "b"]),
    );
    wait_for_watchers(&sandbox, 1);
    let (code, rows) = inspect(&sandbox, &["elect", "sched"]);
    assert_eq!(code, Some(0));
    let states: Vec<&str> = rows.iter().map(|r| r["state"].as_str().unwrap()).collect();
    assert_eq!(states, ["holding", "waiting"]);
    assert_eq!(
        rows[0]["identity"]["pid"].as_u64(),
        Some(u64::from(leader.id()))
    );
    assert_eq!(
        rows[1]["identity"]["pid"].as_u64(),
        Some(u64::from(standby.id()))
    );
    crate::support::stop(leader);
    crate::support::stop(standby);

    let (registrar, _) = spawn_first_line(
        crate::support::etcdkit_process_at(&[sandbox.endpoint(0)]).args([
            "register",
            "web",
            "10.0.0.1:80",
        ]),
    );
    let (code, rows) = inspect(&sandbox, &["service", "web"]);
    assert_eq!(code, Some(0));
    assert_eq!(rows.len(), 1);
    assert_eq!(rows[0]["addr"], "10.0.0.1:80");
    assert_eq!(
        rows[0]["identity"]["pid"].as_u64(),
        Some(u64::from(registrar.id()))
    );
    crate::support::stop(registrar);
    assert_eq!(inspect(&sandbox, &["service", "web"]).0, Some(3));
    assert_eq!(inspect(&sandbox, &["elect", "sched"]).0, Some(3));
}

#[test]
fn inspect_refuses_bad_input() {
    let sandbox = cluster(1);
    for args in [
        &["inspect", "mutex", "nightly"][..],
        &["inspect", "lock", ""],
        &["inspect", "lock"],
        &["lock", "nightly", "--break", "--", "true"],
        &["lock", "nightly", "--yes"],
    ] {
        crate::support::assert_usage_error(&sandbox, args);
    }
}

#[test]
fn inspect_shows_a_queues_counts_and_workers_and_a_jobs_last_writer() {
    let sandbox = cluster(1);
    assert_eq!(
        inspect(&sandbox, &["queue", "jobs"]).0,
        Some(3),
        "empty, no workers"
    );
    let out = etcdkit()
        .env("ETCDKIT_ENDPOINTS", sandbox.endpoint(0))
        .args(["queue", "push", "jobs", "a", "b"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    let (worker, _) = spawn_first_line(
        crate::support::etcdkit_process_at(&[sandbox.endpoint(0)]).args([
            "queue",
            "work",
            "jobs",
            "--",
            "sh",
            "-c",
            "echo working; exec sleep 60",
        ]),
    );
    let (code, state) = inspect(&sandbox, &["queue", "jobs"]);
    assert_eq!(code, Some(0));
    let state = &state[0];
    assert_eq!(
        (state["ready"].as_i64(), state["claimed"].as_i64()),
        (Some(1), Some(1)),
        "{state}"
    );
    let workers = state["workers"].as_array().unwrap();
    assert_eq!(workers.len(), 1, "{state}");
    assert_eq!(workers[0]["claims"].as_u64(), Some(1));
    assert_eq!(
        workers[0]["identity"]["pid"].as_u64(),
        Some(u64::from(worker.id()))
    );
    crate::support::stop(worker);

    assert_eq!(
        inspect(&sandbox, &["job", "reindex"]).0,
        Some(3),
        "not started"
    );
    // `set` records the process that called it (the job's script), not its own short life.
    let out = std::process::Command::new("sh")
        .env("ETCDKIT_ENDPOINTS", sandbox.endpoint(0))
        .args([
            "-c",
            &format!(
                "{} job-progress set reindex 40 && echo $$",
                env!("CARGO_BIN_EXE_etcdkit")
            ),
        ])
        .output()
        .unwrap();
    let script: u64 = String::from_utf8_lossy(&out.stdout).trim().parse().unwrap();
    let (code, record) = inspect(&sandbox, &["job", "reindex"]);
    assert_eq!(code, Some(0));
    assert_eq!(record[0]["percent"].as_i64(), Some(40));
    assert_eq!(
        record[0]["by"]["pid"].as_u64(),
        Some(script),
        "{}",
        record[0]
    );
    assert_eq!(
        record[0]["by"]["host"].as_str(),
        Some(crate::support::host().as_str())
    );
}

#[test]
fn holder_records_do_not_show_secrets_from_cmd() {
    let sandbox = crate::support::cluster(1);
    for (hide, shown) in [
        (
            false,
            "sh -c echo held; exec sleep 60 # --api-key=*** --password ***",
        ),
        (true, "sh"),
    ] {
        let mut cmd = crate::support::etcdkit_process_at(&[sandbox.endpoint(0)]);
        cmd.args([
            "lock",
            "secretive",
            "--",
            "sh",
            "-c",
            "echo held; exec sleep 60 # --api-key=TOPSECRET --password TOPSECRET",
        ]);
        if hide {
            cmd.env("ETCDKIT_HIDE_CMD", "1");
        }
        let (mut child, line) = spawn_first_line(&mut cmd);
        assert_eq!(line, "held");
        let (code, rows) = inspect(&sandbox, &["lock", "secretive"]);
        assert_eq!(code, Some(0));
        assert_eq!(rows[0]["identity"]["cmd"], shown, "{rows:?}");
        let busy = etcdkit()
            .env("ETCDKIT_ENDPOINTS", sandbox.endpoint(0))
            .args(["lock", "secretive", "--try", "--", "true"])
            .output()
            .unwrap();
        assert_eq!(busy.status.code(), Some(3));
        assert!(
            !stderr_text(&busy).contains("TOPSECRET"),
            "{}",
            stderr_text(&busy)
        );
        crate::support::signal(&child, nix::sys::signal::Signal::SIGTERM);
        crate::support::wait_exit(&mut child, Duration::from_secs(10));
    }
}
