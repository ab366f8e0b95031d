//! `--http`: `/healthz` follows what the command holds (503 while waiting, 200 while
//! holding with the lease alive, 503 once the lock is broken with `--break`, while CMD is
//! still being stopped); `/leader` reports an election's leader as etcd has it; `/metrics`
//! parses as Prometheus text and its counters move with the work done.

use std::collections::HashMap;
use std::io::BufRead;
use std::process::{Child, Command};
use std::time::{Duration, Instant};

use nix::sys::signal::Signal;

use crate::support::{
    cluster, etcdkit_at, etcdkit_process_at, eventually, signal, spawn_first_line, spawn_lines,
    wait_exit, with_client,
};

/// Starts `cmd` with its stdout read as lines; returns it, the lines, and the base URL it
/// said on stderr that it serves.
fn served(cmd: &mut Command) -> (Child, crate::support::Lines, String) {
    let (mut child, lines) = spawn_lines(cmd);
    let stderr = child.stderr.take().unwrap();
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        for line in std::io::BufReader::new(stderr).lines() {
            let Ok(line) = line else { break };
            if let Some(at) = line.find("http://") {
                let _ = tx.send(line[at..].to_string());
            }
        }
    });
    let url = rx
        .recv_timeout(Duration::from_secs(15))
        .expect("a 'serving ... on http://' line on stderr");
    (child, lines, url)
}

/// GET `url`: the status and the body.
fn get(url: &str) -> (u16, String) {
    let agent = ureq::Agent::config_builder()
        .http_status_as_error(false)
        .timeout_global(Some(Duration::from_secs(10)))
        .build()
        .new_agent();
    let mut response = agent
        .get(url)
        .call()
        .unwrap_or_else(|e| panic!("GET {url}: {e}"));
    let body = response.body_mut().read_to_string().unwrap();
    (response.status().as_u16(), body)
}

fn get_json(url: &str) -> (u16, serde_json::Value) {
    let (code, body) = get(url);
    let json = serde_json::from_str(&body).unwrap_or_else(|e| panic!("{url}: {e}: {body}"));
    (code, json)
}

#[test]
fn healthz_is_503_while_waiting_200_while_holding_and_503_once_the_lock_is_broken() {
    let sandbox = cluster(1);
    let eps = sandbox.endpoints();
    let (mut first, held) = spawn_first_line(etcdkit_process_at(&eps).args(["lock", "job"]));
    assert!(held.starts_with("job/"), "{held}");

    // The stopped CMD takes 3 s in its trap: the flip must show while it is still running.
    let (mut second, mut lines, url) = served(etcdkit_process_at(&eps).args([
        "lock",
        "job",
        "--http",
        ":0",
        "--grace",
        "10s",
        "--",
        "bash",
        "-c",
        "trap 'echo stopping; sleep 3; exit 0' TERM; echo started; while :; do sleep 0.05; done",
    ]));
    let healthz = format!("{url}/healthz");
    eventually(Duration::from_secs(10), "state waiting", || {
        get_json(&healthz).1["state"] == "waiting"
    });
    let (code, waiting) = get_json(&healthz);
    assert_eq!(code, 503, "{waiting}");
    assert_eq!(waiting["healthy"], false);
    assert_eq!(waiting["status"], "waiting for lock job");

    signal(&first, Signal::SIGTERM);
    assert_eq!(wait_exit(&mut first, Duration::from_secs(10)), Some(0));
    assert_eq!(lines.next_line(), "started");
    let (code, holding) = get_json(&healthz);
    assert_eq!(code, 200, "{holding}");
    assert_eq!(holding["state"], "ready");
    assert!(
        holding["status"]
            .as_str()
            .unwrap()
            .starts_with("holding lock job"),
        "{holding}"
    );
    assert!(
        holding["lease_seconds_left"].as_f64().unwrap() > 0.0,
        "{holding}"
    );

    let broken_at = Instant::now();
    etcdkit_at(&eps)
        .args(["lock", "job", "--break", "--yes"])
        .assert()
        .code(0);
    eventually(Duration::from_secs(3), "/healthz to answer 503", || {
        get(&healthz).0 == 503
    });
    let flipped_after = broken_at.elapsed();
    let (_, lost) = get_json(&healthz);
    assert_eq!(lost["state"], "lost", "{lost}");
    assert_eq!(
        lines.next_line(),
        "stopping",
        "CMD is stopped because the lock was lost"
    );
    // Still serving while CMD runs its trap: the probe sees the loss before the exit.
    assert_eq!(get(&healthz).0, 503);
    eprintln!("/healthz answered 503 {flipped_after:?} after --break");
    wait_exit(&mut second, Duration::from_secs(15));
}

#[test]
fn leader_reports_the_elections_leader_and_503_without_one() {
    let sandbox = cluster(1);
    let eps = sandbox.endpoints();
    let (mut alpha, _) =
        spawn_first_line(etcdkit_process_at(&eps).args(["elect", "e", "--value", "alpha"]));
    let (mut observer, mut observed, observer_url) =
        served(etcdkit_process_at(&eps).args(["elect", "e", "--observe", "--http", "127.0.0.1:0"]));
    assert_eq!(observed.next_line(), "alpha");
    let (code, leader) = get_json(&format!("{observer_url}/leader"));
    assert_eq!(code, 200, "{leader}");
    assert_eq!(leader["value"], "alpha");
    assert_eq!(leader["name"], "e");
    // As etcd has it: the key, its create revision and lease.
    let key = leader["key"].as_str().unwrap().to_string();
    let (rev, lease) = with_client(&sandbox, async |c| {
        let kv = c.get(key.as_str(), None).await.unwrap().kvs()[0].clone();
        (kv.create_revision(), kv.lease())
    });
    assert_eq!(leader["rev"], rev);
    assert_eq!(leader["lease"], format!("{lease:x}"));
    let left = leader["lease_seconds_left"].as_u64().unwrap();
    assert!((1..=10).contains(&left), "{leader}");
    let (code, health) = get_json(&format!("{observer_url}/healthz"));
    assert_eq!((code, &health["state"]), (200, &"ready".into()), "{health}");

    let (mut beta, mut beta_lines, beta_url) =
        served(etcdkit_process_at(&eps).args(["elect", "e", "--value", "beta", "--http", ":0"]));
    eventually(Duration::from_secs(10), "beta campaigning", || {
        get_json(&format!("{beta_url}/healthz")).1["state"] == "waiting"
    });
    assert_eq!(get(&format!("{beta_url}/healthz")).0, 503);
    assert_eq!(get_json(&format!("{beta_url}/leader")).1["value"], "alpha");

    signal(&alpha, Signal::SIGTERM);
    assert_eq!(wait_exit(&mut alpha, Duration::from_secs(10)), Some(0));
    beta_lines.next_line();
    assert_eq!(get(&format!("{beta_url}/healthz")).0, 200);
    assert_eq!(observed.next_line(), "beta");
    assert_eq!(
        get_json(&format!("{observer_url}/leader")).1["value"],
        "beta"
    );

    signal(&beta, Signal::SIGTERM);
    assert_eq!(wait_exit(&mut beta, Duration::from_secs(10)), Some(0));
    let (code, none) = get_json(&format!("{observer_url}/leader"));
    assert_eq!(code, 503, "{none}");
    assert!(
        none["error"].as_str().unwrap().contains("no leader"),
        "{none}"
    );
    signal(&observer, Signal::SIGTERM);
    wait_exit(&mut observer, Duration::from_secs(10));
}

#[test]
fn metrics_parse_as_prometheus_text_and_count_the_work() {
    let sandbox = cluster(1);
    let eps = sandbox.endpoints();
    etcdkit_at(&eps)
        .args(["queue", "push", "jobs", "ok-1", "bad", "ok-2", "bad"])
        .assert()
        .code(0);
    let (mut worker, _lines, url) = served(etcdkit_process_at(&eps).args([
        "queue",
        "work",
        "jobs",
        "--http",
        ":0",
        "--max-attempts",
        "2",
        "--retry-delay",
        "0",
        "--ttl",
        "2s",
        "--",
        "sh",
        "-c",
        "test \"$ETCDKIT_QUEUE_VALUE\" != bad",
    ]));
    let metrics = format!("{url}/metrics");
    let mut scrape = HashMap::new();
    eventually(Duration::from_secs(20), "the items counted", || {
        scrape = parse(&get(&metrics).1);
        scrape.get("etcdkit_queue_items_dead_lettered_total") == Some(&2.0)
            && scrape.get("etcdkit_queue_items_processed_total") == Some(&2.0)
            && scrape["etcdkit_lease_keepalive_duration_seconds_count"] >= 1.0
    });
    // Each bad item: one retry, then the dead letters (--max-attempts 2).
    assert_eq!(scrape["etcdkit_queue_items_retried_total"], 2.0);
    assert_eq!(scrape["etcdkit_healthy"], 1.0);
    assert!(scrape["etcdkit_held_seconds"] > 0.0);
    assert_eq!(scrape["etcdkit_lease_keepalive_failures_total"], 0.0);
    assert_eq!(scrape["etcdkit_reconnects_total"], 0.0);
    let (code, health) = get_json(&format!("{url}/healthz"));
    assert_eq!(code, 200, "{health}");
    assert_eq!(health["status"], "waiting for an item in jobs");
    let (code, _) = get(&format!("{url}/nowhere"));
    assert_eq!(code, 404);

    signal(&worker, Signal::SIGTERM);
    assert_eq!(wait_exit(&mut worker, Duration::from_secs(10)), Some(143));
}

/// A scrape's samples by name (histogram buckets left out), parsed by a Prometheus text
/// parser: a malformed line fails the test.
fn parse(text: &str) -> HashMap<String, f64> {
    let lines = text.lines().map(|l| Ok(l.to_string()));
    let scrape = prometheus_parse::Scrape::parse(lines).expect("Prometheus text");
    let mut samples = HashMap::new();
    for s in scrape.samples {
        match s.value {
            prometheus_parse::Value::Counter(v)
            | prometheus_parse::Value::Gauge(v)
            | prometheus_parse::Value::Untyped(v) => {
                samples.insert(s.metric, v);
            }
            prometheus_parse::Value::Histogram(buckets) => {
                let count = buckets.last().map_or(0.0, |b| b.count);
                samples.insert(format!("{}_count", s.metric), count);
            }
            _ => {}
        }
    }
    samples
}

#[test]
fn metrics_count_renders_and_reloads() {
    let sandbox = cluster(1);
    let eps = sandbox.endpoints();
    crate::support::put(&sandbox, "app/port", "80");
    let dir = tempfile::tempdir().unwrap();
    let src = dir.path().join("app.conf.tmpl");
    let dest = dir.path().join("app.conf");
    crate::support::write(&src, "listen {{ key('app/port') }}\n");
    let spec = format!("{}:{}", src.display(), dest.display());
    let (mut renderer, mut lines, url) = served(etcdkit_process_at(&eps).args([
        "render",
        "--template",
        &spec,
        "--reload",
        "true",
        "--wait",
        "0s",
        "--http",
        ":0",
        "-o",
        "json",
    ]));
    let metrics = format!("{url}/metrics");
    assert!(lines.next_line().contains("\"installed\""));
    eventually(Duration::from_secs(10), "the first render counted", || {
        parse(&get(&metrics).1).get("etcdkit_reloads_total") == Some(&1.0)
    });
    let first = parse(&get(&metrics).1);
    assert_eq!(first["etcdkit_renders_total"], 1.0);
    assert_eq!(first["etcdkit_healthy"], 1.0);

    crate::support::put(&sandbox, "app/port", "8080");
    assert!(lines.next_line().contains("\"installed\""));
    eventually(Duration::from_secs(10), "the second render counted", || {
        let scrape = parse(&get(&metrics).1);
        scrape["etcdkit_renders_total"] == 2.0 && scrape["etcdkit_reloads_total"] == 2.0
    });
    signal(&renderer, Signal::SIGTERM);
    wait_exit(&mut renderer, Duration::from_secs(10));
}

/// The pinned member dies under an observer: its watch resumes on another member, and
/// `/metrics` counts the failover and the resumed watch.
#[test]
fn metrics_count_a_failover_and_a_resumed_watch() {
    let mut sandbox = cluster(3);
    let eps = sandbox.endpoints();
    let (mut observer, mut observed, url) =
        served(etcdkit_process_at(&eps).args(["elect", "e", "--observe", "--http", ":0"]));
    let (mut leader, _) =
        spawn_first_line(etcdkit_process_at(&eps[1..]).args(["elect", "e", "--value", "one"]));
    assert_eq!(observed.next_line(), "one");
    let metrics = format!("{url}/metrics");
    let before = parse(&get(&metrics).1);
    assert_eq!(before["etcdkit_watch_resumes_total"], 0.0);

    // The observer is pinned to the first endpoint.
    sandbox.kill(0);
    eventually(
        Duration::from_secs(20),
        "a failover and a resumed watch",
        || {
            let scrape = parse(&get(&metrics).1);
            scrape["etcdkit_reconnects_total"] >= 1.0
                && scrape["etcdkit_watch_resumes_total"] >= 1.0
        },
    );
    // Still observing, on another member.
    signal(&leader, Signal::SIGTERM);
    assert_eq!(wait_exit(&mut leader, Duration::from_secs(10)), Some(0));
    let (code, none) = get_json(&format!("{url}/leader"));
    assert_eq!(code, 503, "{none}");
    assert_eq!(get(&format!("{url}/healthz")).0, 200);
    signal(&observer, Signal::SIGTERM);
    wait_exit(&mut observer, Duration::from_secs(10));
}
