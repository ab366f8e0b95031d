//! `etcdkit job-progress` end to end against real etcd, including a real pseudo-terminal.

use std::process::Command;
use std::time::Duration;

use crate::support::{
    cluster, etcdkit, etcdkit_process, eventually, spawn_lines, stderr_text, wait_exit,
};
use etcdkit::recipes::progress::{State, Update};
use etcdkit::sandbox::Sandbox;

fn run(sandbox: &Sandbox, args: &[&str]) -> (Option<i32>, String) {
    let out = etcdkit()
        .env("ETCDKIT_ENDPOINTS", sandbox.endpoint(0))
        .arg("job-progress")
        .args(args)
        .output()
        .unwrap();
    (out.status.code(), String::from_utf8(out.stdout).unwrap())
}

fn watcher(sandbox: &Sandbox, args: &[&str]) -> Command {
    let mut cmd = etcdkit_process();
    cmd.env("ETCDKIT_ENDPOINTS", sandbox.endpoint(0))
        .arg("job-progress")
        .arg("watch")
        .args(args);
    cmd
}

#[test]
fn set_and_get_round_trip() {
    let sandbox = cluster(1);
    assert_eq!(
        run(&sandbox, &["get", "index"]).0,
        Some(3),
        "a job that has not started"
    );
    assert_eq!(
        run(&sandbox, &["set", "index", "40", "--message", "shard 4/10"]).0,
        Some(0)
    );
    assert_eq!(
        run(&sandbox, &["get", "index"]),
        (Some(0), "index 40% running shard 4/10\n".into())
    );
    let (code, json) = run(&sandbox, &["get", "index", "-o", "json"]);
    assert_eq!(code, Some(0));
    let update: Update = serde_json::from_str(&json).unwrap();
    let progress = update.progress.unwrap();
    assert_eq!(
        (progress.percent, progress.message.as_str(), progress.state),
        (40, "shard 4/10", State::Running)
    );
    assert!(progress.updated.ends_with('Z'), "{}", progress.updated);
    // done sets 100% and clears the running message ("shard 4/10" would be stale); fail
    // keeps it (where it failed).
    assert_eq!(run(&sandbox, &["done", "index"]).0, Some(0));
    assert_eq!(run(&sandbox, &["get", "index"]).1, "index 100% done\n");
    run(&sandbox, &["set", "index", "70", "--message", "shard 7/10"]);
    assert_eq!(run(&sandbox, &["fail", "index"]).0, Some(0));
    assert_eq!(
        run(&sandbox, &["get", "index"]).1,
        "index 70% failed shard 7/10\n"
    );
}

#[test]
fn watch_follows_updates_and_exits_0_when_all_are_done() {
    let sandbox = cluster(1);
    run(&sandbox, &["set", "a", "10"]);
    let (mut child, mut lines) = spawn_lines(&mut watcher(&sandbox, &["a", "b"]));
    let first = [lines.next_line(), lines.next_line()];
    assert!(
        first.contains(&"a 10% running".to_string()) && first.contains(&"b waiting".to_string()),
        "{first:?}"
    );
    run(&sandbox, &["set", "a", "50", "--message", "half"]);
    assert_eq!(lines.next_line(), "a 50% running half");
    run(&sandbox, &["done", "a"]);
    assert_eq!(lines.next_line(), "a 100% done");
    run(&sandbox, &["set", "b", "5"]);
    assert_eq!(lines.next_line(), "b 5% running");
    run(&sandbox, &["done", "b", "--message", "ok"]);
    assert_eq!(lines.next_line(), "b 100% done ok");
    assert_eq!(wait_exit(&mut child, Duration::from_secs(5)), Some(0));
}

#[test]
fn watch_exits_5_when_a_job_fails_and_3_on_timeout() {
    let sandbox = cluster(1);
    run(&sandbox, &["set", "x", "30"]);
    let out = etcdkit()
        .env("ETCDKIT_ENDPOINTS", sandbox.endpoint(0))
        .args(["job-progress", "watch", "x", "--timeout", "300ms"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(3));
    assert!(stderr_text(&out).contains("timed out"));

    let (mut child, mut lines) = spawn_lines(&mut watcher(&sandbox, &["x", "-o", "json"]));
    let _current: Update = serde_json::from_str(&lines.next_line()).unwrap();
    run(&sandbox, &["fail", "x", "--message", "disk full"]);
    let failed: Update = serde_json::from_str(&lines.next_line()).unwrap();
    assert_eq!(
        failed.progress.as_ref().map(|p| p.state),
        Some(State::Failed)
    );
    assert_eq!(wait_exit(&mut child, Duration::from_secs(5)), Some(5));
    let mut err = String::new();
    std::io::Read::read_to_string(child.stderr.as_mut().unwrap(), &mut err).unwrap();
    assert!(err.contains("job x failed: disk full"), "{err}");
}

#[test]
fn run_marks_the_job_from_cmds_status() {
    let sandbox = cluster(1);
    let bin = env!("CARGO_BIN_EXE_etcdkit");
    let script = format!("{bin} job-progress set \"$ETCDKIT_JOB\" 60 --message working; exit 4");
    let (code, _) = run(&sandbox, &["run", "build", "--", "sh", "-c", &script]);
    assert_eq!(code, Some(4), "run exits with CMD's status");
    assert_eq!(
        run(&sandbox, &["get", "build"]).1,
        "build 60% failed exit status 4\n"
    );
    assert_eq!(run(&sandbox, &["run", "ok", "--", "true"]).0, Some(0));
    assert_eq!(run(&sandbox, &["get", "ok"]).1, "ok 100% done finished\n");
}

/// A job's progress as `get -o json` prints it.
fn progress_of(sandbox: &Sandbox, job: &str) -> etcdkit::recipes::progress::Progress {
    let (code, json) = run(sandbox, &["get", job, "-o", "json"]);
    assert_eq!(code, Some(0), "get {job}");
    let update: Update = serde_json::from_str(&json).unwrap();
    update.progress.unwrap()
}

/// Whether an RFC 3339 time is within the last minute (a new run's clock, not a week-old
/// one).
fn is_recent(time: &str) -> bool {
    let at = humantime::parse_rfc3339(time).unwrap();
    std::time::SystemTime::now()
        .duration_since(at)
        .is_ok_and(|ago| ago < Duration::from_secs(60))
}

/// A run that ended long ago: its record as the last run left it.
fn old_record(sandbox: &Sandbox, job: &str, state: &str) {
    let record = format!(
        r#"{{"percent":60,"message":"old run","state":"{state}","updated":"2026-01-08T00:00:00.000Z","started":"2026-01-01T00:00:00.000Z"}}"#
    );
    crate::support::with_client(sandbox, async |c| {
        c.put(job, record, None).await.unwrap();
    });
}

/// A second run starts its own clock: `set` after done or failed, and `run` whatever the
/// record says (a run whose writer died stays `running`); `delete` removes the record.
#[test]
fn a_new_run_starts_its_own_clock_and_a_record_can_be_deleted() {
    let sandbox = cluster(1);
    for state in ["done", "failed"] {
        old_record(&sandbox, "build", state);
        assert_eq!(run(&sandbox, &["set", "build", "10"]).0, Some(0));
        let p = progress_of(&sandbox, "build");
        assert!(is_recent(&p.started), "after {state}: {p:?}");
        assert_eq!((p.percent, p.message.as_str()), (10, ""), "after {state}");
        // Within the run, the clock stays.
        assert_eq!(run(&sandbox, &["set", "build", "20"]).0, Some(0));
        assert_eq!(progress_of(&sandbox, "build").started, p.started);
        assert_eq!(run(&sandbox, &["done", "build"]).0, Some(0));
        assert_eq!(progress_of(&sandbox, "build").started, p.started);
    }
    let dir = tempfile::tempdir().unwrap();
    let bin = env!("CARGO_BIN_EXE_etcdkit");
    let script = format!(r#"{bin} job-progress get -o json "$ETCDKIT_JOB" > "$DIR/during""#);
    for state in ["done", "running"] {
        old_record(&sandbox, "build", state);
        let out = etcdkit()
            .env("ETCDKIT_ENDPOINTS", sandbox.endpoint(0))
            .env("DIR", dir.path())
            .args(["job-progress", "run", "build", "--", "sh", "-c", &script])
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(0), "{}", stderr_text(&out));
        let during = std::fs::read_to_string(dir.path().join("during")).unwrap();
        let p = serde_json::from_str::<Update>(&during)
            .unwrap()
            .progress
            .unwrap();
        assert!(is_recent(&p.started), "run over {state}: {p:?}");
        assert_eq!(
            (p.percent, p.message.as_str()),
            (0, "started"),
            "over {state}"
        );
    }
    assert_eq!(run(&sandbox, &["delete", "build"]).0, Some(0));
    assert_eq!(run(&sandbox, &["get", "build"]).0, Some(3));
    assert_eq!(
        run(&sandbox, &["delete", "build"]).0,
        Some(3),
        "nothing to delete"
    );
}

#[test]
fn ttl_lets_an_abandoned_job_vanish() {
    let sandbox = cluster(1);
    assert_eq!(
        run(&sandbox, &["set", "brief", "5", "--ttl", "1s"]).0,
        Some(0)
    );
    assert_eq!(run(&sandbox, &["get", "brief"]).0, Some(0));
    eventually(Duration::from_secs(4), "the job to expire", || {
        run(&sandbox, &["get", "brief"]).0 == Some(3)
    });
}

#[test]
fn bad_input_exits_2() {
    let sandbox = cluster(1);
    for args in [
        &["set", "j", "101"][..],
        &["set", "j", "-1"],
        &["set", "j", "half"],
        &["set", "", "5"],
        &["watch"],
        &["run", "j"],
        &["get", ""],
    ] {
        crate::support::assert_usage_error(&sandbox, &[&["job-progress"], args].concat());
    }
    assert_eq!(
        run(&sandbox, &["get", "j"]).0,
        Some(3),
        "bad input wrote a job"
    );
}

#[test]
fn on_a_terminal_watch_draws_a_bar_with_percent_and_message() {
    let sandbox = cluster(1);
    run(&sandbox, &["set", "render", "0"]);
    let terminal = crate::support::Terminal::run(&format!(
        "{} --endpoints {} job-progress watch render",
        env!("CARGO_BIN_EXE_etcdkit"),
        sandbox.endpoint(0)
    ));
    terminal.wait_for("render");
    run(
        &sandbox,
        &["set", "render", "40", "--message", "shard 4/10"],
    );
    eventually(
        Duration::from_secs(10),
        "the bar to show 40% and the message",
        || {
            let s = terminal.screen();
            s.contains("40%") && s.contains("shard 4/10")
        },
    );
    let screen_at_40 = terminal.screen();
    assert!(screen_at_40.contains('['), "no bar drawn: {screen_at_40:?}");
    run(&sandbox, &["done", "render"]);
    let (code, _) = terminal.finish(Duration::from_secs(5));
    assert_eq!(code, Some(0));
    // A terminal gets the bar, not the line-per-change format.
    assert!(
        !screen_at_40.contains("render 40% running"),
        "{screen_at_40:?}"
    );
}

/// On a terminal: times from the record (running for, ETA, updated ago), a long message cut
/// to fit, and when one job fails the other bars stay on the screen.
#[test]
fn on_a_terminal_bars_show_times_and_stay_when_a_job_fails() {
    let sandbox = cluster(1);
    run(&sandbox, &["set", "alpha", "0"]);
    run(&sandbox, &["set", "beta", "0"]);
    let terminal = crate::support::Terminal::run(&format!(
        "{} --endpoints {} job-progress watch alpha beta",
        env!("CARGO_BIN_EXE_etcdkit"),
        sandbox.endpoint(0)
    ));
    let long = "compiling shard 1 of 4 with a message far too long to fit after a bar";
    // Started a minute ago: an ETA needs a pace, and a first report has none.
    record_started_ago(&sandbox, "alpha", Duration::from_secs(60), 20);
    run(&sandbox, &["set", "alpha", "25", "--message", long]);
    eventually(
        Duration::from_secs(10),
        "alpha's bar with its times",
        || {
            let s = terminal.screen();
            s.contains("25% running") && s.contains("updated") && s.contains("ETA")
        },
    );
    run(&sandbox, &["fail", "beta", "--message", "linker died"]);
    let (code, screen) = terminal.finish(Duration::from_secs(10));
    assert_eq!(code, Some(5), "{screen}");
    assert!(
        screen.contains("compiling shard 1 of 4 with a message f…"),
        "not cut: {screen}"
    );
    assert!(
        !screen.contains(long),
        "the long message was shown whole: {screen}"
    );
    let tail = &screen[screen.rfind("alpha [").expect("alpha's bar")..];
    assert!(
        tail.contains("25%"),
        "alpha's bar was erased when beta failed: {screen}"
    );
    assert!(screen.contains("FAILED"), "{screen}");
}

/// `job`'s record at `percent`, started `ago` and updated now, as a run that has been
/// reporting for that long leaves it.
fn record_started_ago(sandbox: &Sandbox, job: &str, ago: Duration, percent: u8) {
    let now = std::time::SystemTime::now();
    let stamp = |t| humantime::format_rfc3339_millis(t).to_string();
    let record = format!(
        r#"{{"percent":{percent},"message":"","state":"running","updated":"{}","started":"{}"}}"#,
        stamp(now),
        stamp(now - ago)
    );
    crate::support::with_client(sandbox, async |c| {
        c.put(job, record, None).await.unwrap();
    });
}

/// On a terminal narrower than a bar's line, the message gets what is left, so no line
/// wraps (indicatif measures at every redraw: a resized terminal is re-fitted); a first
/// report shows no `ETA 0s`; `done` without `--message` clears the last one.
#[test]
fn bars_fit_a_narrow_terminal_a_first_report_has_no_eta_and_done_clears_the_message() {
    let sandbox = cluster(1);
    let terminal = crate::support::Terminal::run(&format!(
        "stty cols 80; {} --endpoints {} job-progress watch render",
        env!("CARGO_BIN_EXE_etcdkit"),
        sandbox.endpoint(0)
    ));
    terminal.wait_for("render");
    run(
        &sandbox,
        &[
            "set",
            "render",
            "30",
            "--message",
            "shard 3/10, a message of fifty-odd characters",
        ],
    );
    eventually(Duration::from_secs(10), "the bar at 30%", || {
        terminal.screen().contains("30%")
    });
    let at_30 = crate::support::Terminal::shown(&terminal.screen());
    assert!(
        !at_30.contains("ETA"),
        "an ETA from a first report: {at_30}"
    );
    for row in at_30.lines() {
        assert!(
            row.chars().count() <= 80,
            "a row wider than the terminal: {row:?}"
        );
    }
    assert!(
        at_30.contains("  shard 3"),
        "the message, cut to fit: {at_30}"
    );
    run(&sandbox, &["done", "render"]);
    let (code, _) = terminal.finish(Duration::from_secs(10));
    assert_eq!(code, Some(0));
    assert_eq!(run(&sandbox, &["get", "render"]).1, "render 100% done\n");
}
