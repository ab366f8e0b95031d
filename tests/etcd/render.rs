//! `etcdkit render` end to end: files from templates over keys read at one revision,
//! checked and installed by rename, re-rendered once per burst of changes to exactly the
//! keys the templates read.

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use etcd_client::{Client, Txn, TxnOp};
use nix::sys::signal::Signal;

use crate::support::{
    cluster, etcdkit, etcdkit_process, eventually, file_lines, put, signal, spawn_lines,
    stderr_text, wait_exit, wait_for_watchers, write, Lines,
};

/// A template file in `dir`, and the `SRC:DEST` that renders it to `dest` there.
fn template(dir: &Path, name: &str, source: &str, dest: &str) -> (String, PathBuf) {
    let src = dir.join(name);
    write(&src, source);
    let dest = dir.join(dest);
    (format!("{}:{}", src.display(), dest.display()), dest)
}

/// The next JSON line of a `render -o json`: (outcome, rev).
fn next_report(lines: &mut Lines) -> (String, i64) {
    let line = lines.next_line();
    let v: serde_json::Value =
        serde_json::from_str(&line).unwrap_or_else(|e| panic!("{e}: {line}"));
    (
        v["outcome"].as_str().unwrap().to_string(),
        v["rev"].as_i64().unwrap(),
    )
}

/// `render --template SPEC --wait 100ms -o json` against `endpoints`, once its first render
/// installed the file.
fn json_renderer(endpoints: &[String], spec: &str) -> (std::process::Child, Lines) {
    let (child, mut lines) = spawn_lines(
        etcdkit_process()
            .env("ETCDKIT_ENDPOINTS", endpoints.join(","))
            .args([
                "render",
                "--template",
                spec,
                "--wait",
                "100ms",
                "-o",
                "json",
            ]),
    );
    assert_eq!(next_report(&mut lines).0, "installed");
    (child, lines)
}

/// `--once`: renders every function's data, prints the install, exits 0; run again with
/// nothing changed it writes nothing (same inode) and exits 0; a missing key exits 1 and
/// leaves the file as it was.
#[test]
fn once_renders_every_function_and_rewrites_nothing_unchanged() {
    let sandbox = cluster(1);
    let dir = tempfile::tempdir().unwrap();
    put(&sandbox, "app/db", r#"{"host":"db1","port":5432}"#);
    put(&sandbox, "app/flags/a", "on");
    put(&sandbox, "app/flags/b", "off");
    put(
        &sandbox,
        "web/10.0.0.1:80",
        r#"{"Op":0,"Addr":"10.0.0.1:80","Metadata":{"w":2}}"#,
    );
    crate::support::with_client(&sandbox, async |c| {
        let lease = c.lease_grant(60, None).await.unwrap().id();
        let opts = etcd_client::PutOptions::new().with_lease(lease);
        c.put(format!("indexer/{lease:x}"), "host-a", Some(opts))
            .await
            .unwrap();
    });
    let (spec, dest) = template(
        dir.path(),
        "t.tmpl",
        "{% set db = key('app/db') | json %}db {{ db.host }}:{{ db.port }}\n\
         {% for s in service('web') %}server {{ s.addr }} w={{ s.metadata.w }}\n{% endfor %}\
         {% for e in tree('app/flags/') %}{{ e.key }}={{ e.value }}\n{% endfor %}\
         leader {{ leader('indexer') }} none={{ leader('nobody') is none }}\n\
         default {{ key('absent', default='d') }}\n",
        "out.conf",
    );
    let run = |spec: &str| {
        etcdkit()
            .env("ETCDKIT_ENDPOINTS", sandbox.endpoint(0))
            .args(["render", "--once", "--template", spec])
            .output()
            .unwrap()
    };
    let out = run(&spec);
    assert_eq!(out.status.code(), Some(0), "{}", stderr_text(&out));
    assert!(
        String::from_utf8_lossy(&out.stdout)
            .starts_with(&format!("installed {} at revision ", dest.display())),
        "{out:?}"
    );
    assert_eq!(
        std::fs::read_to_string(&dest).unwrap(),
        "db db1:5432\nserver 10.0.0.1:80 w=2\na=on\nb=off\nleader host-a none=True\ndefault d\n"
    );
    let inode = std::os::unix::fs::MetadataExt::ino(&std::fs::metadata(&dest).unwrap());
    let again = run(&spec);
    assert_eq!(again.status.code(), Some(0), "{}", stderr_text(&again));
    assert_eq!(
        again.stdout, b"",
        "an unchanged file is not reported in text"
    );
    assert_eq!(
        std::os::unix::fs::MetadataExt::ino(&std::fs::metadata(&dest).unwrap()),
        inode
    );

    let (missing, missing_dest) = template(dir.path(), "m.tmpl", "{{ key('nope') }}", "m.conf");
    write(&missing_dest, "old\n");
    let out = run(&missing);
    assert_eq!(out.status.code(), Some(1));
    let err = stderr_text(&out);
    assert!(err.contains("key \"nope\" does not exist"), "{err}");
    assert_eq!(std::fs::read_to_string(&missing_dest).unwrap(), "old\n");
}

/// Two keys written together in one transaction, 500 times, while the renderer renders on
/// every change: every file it installed shows the pair equal.
#[test]
fn a_render_is_never_torn() {
    let sandbox = cluster(1);
    let dir = tempfile::tempdir().unwrap();
    put(&sandbox, "pair/a", "0");
    put(&sandbox, "pair/z", "0");
    let (spec, dest) = template(
        dir.path(),
        "p.tmpl",
        "{{ key('pair/a') }} {{ key('pair/z') }}\n",
        "pair.conf",
    );
    let log = dir.path().join("log");
    let (mut child, mut lines) = spawn_lines(
        etcdkit_process()
            .env("ETCDKIT_ENDPOINTS", sandbox.endpoint(0))
            .args(["render", "--template", &spec, "--wait", "0s", "-o", "json"])
            .args([
                "--reload",
                &format!("cat {} >> {}", dest.display(), log.display()),
            ]),
    );
    assert_eq!(next_report(&mut lines).0, "installed");
    wait_for_watchers(&sandbox, 1);
    crate::support::runtime().block_on(async {
        let mut c = Client::connect(sandbox.endpoints(), None).await.unwrap();
        for i in 1..=500 {
            let v = i.to_string();
            let pair = Txn::new().and_then([
                TxnOp::put("pair/a", v.as_str(), None),
                TxnOp::put("pair/z", v.as_str(), None),
            ]);
            c.txn(pair).await.unwrap();
        }
    });
    eventually(Duration::from_secs(30), "the last pair rendered", || {
        file_lines(&log).last().map(String::as_str) == Some("500 500")
    });
    let rendered = file_lines(&log);
    for line in &rendered {
        let (a, z) = line.split_once(' ').unwrap();
        assert_eq!(a, z, "a torn render: {line}");
    }
    assert!(rendered.len() > 2, "only {} renders", rendered.len());
    eprintln!(
        "{} renders during 500 transactions, none torn",
        rendered.len()
    );
    signal(&child, Signal::SIGTERM);
    assert_eq!(wait_exit(&mut child, Duration::from_secs(10)), Some(143));
}

/// Watching follows exactly what the templates read: a key read through another key's
/// value is followed (and no longer once the pointer moves), a key read with a default is
/// followed before it exists, an unrelated key renders nothing, and a change that leaves
/// the text as it was reloads nothing. Each template has its own --check and --reload.
#[test]
fn renders_follow_exactly_the_keys_read_and_reload_only_what_changed() {
    let sandbox = cluster(1);
    let dir = tempfile::tempdir().unwrap();
    put(&sandbox, "ptr", "t/one");
    put(&sandbox, "t/one", "1");
    put(&sandbox, "t/two", "2");
    put(&sandbox, "len", "aa");
    let (a, a_dest) = template(
        dir.path(),
        "a.tmpl",
        "{{ key(key('ptr')) }} {{ key('opt', default='-') }}\n",
        "a.conf",
    );
    let (b, b_dest) = template(
        dir.path(),
        "b.tmpl",
        "{{ key('len') | length }}\n",
        "b.conf",
    );
    let log = dir.path().join("reloads");
    let (mut child, mut lines) = spawn_lines(
        etcdkit_process()
            .env("ETCDKIT_ENDPOINTS", sandbox.endpoint(0))
            .args(["render", "--wait", "100ms", "-o", "json"])
            .args([
                "--template",
                &a,
                "--reload",
                &format!("echo a >> {}", log.display()),
            ])
            .args(["--template", &b, "--check", "grep -q 2 {}"])
            .args(["--reload", &format!("echo b >> {}", log.display())]),
    );
    assert_eq!(next_report(&mut lines).0, "installed");
    assert_eq!(next_report(&mut lines).0, "installed");
    eventually(Duration::from_secs(5), "both reloads", || {
        file_lines(&log).len() == 2
    });
    let quiet = Duration::from_millis(1500);
    let rendered_on = |lines: &mut Lines, what: &str| {
        let a = next_report(lines);
        let b = next_report(lines);
        (a.0, b.0, what.to_string())
    };

    put(&sandbox, "unrelated", "x");
    put(&sandbox, "t/two", "22");
    assert_eq!(
        lines.next_within(quiet),
        None,
        "rendered for keys no template reads"
    );

    put(&sandbox, "t/one", "11");
    assert_eq!(
        rendered_on(&mut lines, "t/one"),
        ("installed".into(), "unchanged".into(), "t/one".into())
    );
    put(&sandbox, "ptr", "t/two");
    assert_eq!(
        rendered_on(&mut lines, "ptr"),
        ("installed".into(), "unchanged".into(), "ptr".into())
    );
    assert_eq!(std::fs::read_to_string(&a_dest).unwrap(), "22 -\n");
    put(&sandbox, "t/one", "111");
    assert_eq!(
        lines.next_within(quiet),
        None,
        "still following the key ptr left"
    );
    put(&sandbox, "opt", "o");
    assert_eq!(
        rendered_on(&mut lines, "opt"),
        ("installed".into(), "unchanged".into(), "opt".into())
    );
    assert_eq!(std::fs::read_to_string(&a_dest).unwrap(), "22 o\n");

    // b: the same length is the same text; a failed check keeps the old file.
    put(&sandbox, "len", "bb");
    assert_eq!(
        rendered_on(&mut lines, "len"),
        ("unchanged".into(), "unchanged".into(), "len".into())
    );
    put(&sandbox, "len", "ccc");
    assert_eq!(
        rendered_on(&mut lines, "len 3"),
        ("unchanged".into(), "refused".into(), "len 3".into())
    );
    assert_eq!(std::fs::read_to_string(&b_dest).unwrap(), "2\n");
    put(&sandbox, "len", "dddddddddddd");
    assert_eq!(
        rendered_on(&mut lines, "len 12"),
        ("unchanged".into(), "installed".into(), "len 12".into())
    );
    assert_eq!(std::fs::read_to_string(&b_dest).unwrap(), "12\n");
    eventually(Duration::from_secs(5), "the last reload", || {
        file_lines(&log).len() == 6
    });
    assert_eq!(file_lines(&log), ["a", "b", "a", "a", "a", "b"]);
    signal(&child, Signal::SIGINT);
    assert_eq!(wait_exit(&mut child, Duration::from_secs(10)), Some(130));
    let leftovers: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .filter_map(|e| e.ok())
        .filter(|e| e.file_name().to_string_lossy().ends_with(".etcdkit"))
        .collect();
    assert!(leftovers.is_empty(), "staged files left: {leftovers:?}");
}

/// The shell CMD for --exec: prints `start` and the file, then `hup N` for each SIGHUP.
/// The traps come first: a signal sent as soon as `start` is read finds them in place.
const FOLLOWER: &str =
    "n=0; trap 'n=$((n+1)); echo \"hup $n $(cat \"$1\")\"' HUP; trap 'exit 0' TERM; \
                        echo \"start $(cat \"$1\")\"; while :; do sleep 0.05; done";

/// The next line CMD printed, past etcdkit's own `installed` lines.
fn cmd_line(lines: &mut Lines) -> String {
    loop {
        let line = lines.next_line();
        if !line.starts_with("installed") {
            return line;
        }
    }
}

/// --exec: CMD starts once the file is in place and gets one SIGHUP per quiet period of a
/// burst of 200 changes, none for a change that leaves the file as it was;
/// --restart-on-change restarts it instead.
#[test]
fn exec_gets_one_signal_per_burst_or_a_restart() {
    let sandbox = cluster(1);
    let dir = tempfile::tempdir().unwrap();
    put(&sandbox, "v", "0");
    let (spec, dest) = template(
        dir.path(),
        "v.tmpl",
        "{{ key('v') | int // 1000 }}\n",
        "v.conf",
    );
    let script = dir.path().join("follower.sh");
    write(&script, FOLLOWER);
    let exec = format!("sh {} {}", script.display(), dest.display());
    let (mut child, mut lines) = spawn_lines(
        etcdkit_process()
            .env("ETCDKIT_ENDPOINTS", sandbox.endpoint(0))
            .args([
                "render",
                "--template",
                &spec,
                "--wait",
                "1s",
                "--exec",
                &exec,
            ]),
    );
    assert_eq!(cmd_line(&mut lines), "start 0");
    wait_for_watchers(&sandbox, 1);
    crate::support::with_client(&sandbox, async |c| {
        for i in 1..=200 {
            c.put("v", (i * 10).to_string(), None).await.unwrap();
        }
    });
    assert_eq!(
        cmd_line(&mut lines),
        "hup 1 2",
        "one SIGHUP for the burst, after the file changed"
    );
    put(&sandbox, "v", "2001");
    let started = Instant::now();
    let mut rest = Vec::new();
    while started.elapsed() < Duration::from_secs(3) {
        rest.extend(lines.next_within(Duration::from_millis(200)));
    }
    assert_eq!(rest, Vec::<String>::new(), "a SIGHUP for an unchanged file");
    put(&sandbox, "v", "3000");
    assert_eq!(cmd_line(&mut lines), "hup 2 3");
    signal(&child, Signal::SIGTERM);
    assert_eq!(
        wait_exit(&mut child, Duration::from_secs(10)),
        Some(0),
        "CMD's status"
    );

    let (mut child, mut lines) = spawn_lines(
        etcdkit_process()
            .env("ETCDKIT_ENDPOINTS", sandbox.endpoint(0))
            .args([
                "render",
                "--template",
                &spec,
                "--wait",
                "100ms",
                "--exec",
                &exec,
            ])
            .arg("--restart-on-change"),
    );
    assert_eq!(lines.next_line(), "start 3");
    put(&sandbox, "v", "4000");
    assert_eq!(
        cmd_line(&mut lines),
        "start 4",
        "restarted with the new file"
    );
    signal(&child, Signal::SIGTERM);
    assert_eq!(wait_exit(&mut child, Duration::from_secs(10)), Some(0));
}

/// --splay spreads the renders of five hosts after one change over [0, DUR).
#[test]
fn splay_spreads_the_renders_of_a_fleet() {
    let sandbox = cluster(1);
    let dir = tempfile::tempdir().unwrap();
    put(&sandbox, "fleet", "0");
    let mut children = Vec::new();
    let mut logs = Vec::new();
    for i in 0..5 {
        let (spec, _) = template(
            dir.path(),
            &format!("{i}.tmpl"),
            "{{ key('fleet') }}\n",
            &format!("{i}.conf"),
        );
        let log = dir.path().join(format!("{i}.log"));
        let (child, mut lines) = spawn_lines(
            etcdkit_process()
                .env("ETCDKIT_ENDPOINTS", sandbox.endpoint(0))
                .args([
                    "render",
                    "--template",
                    &spec,
                    "--wait",
                    "0s",
                    "--splay",
                    "2s",
                ])
                .args(["--reload", &format!("date +%s%N >> {}", log.display())]),
        );
        assert!(lines.next_line().starts_with("installed"));
        children.push((child, lines));
        logs.push(log);
    }
    wait_for_watchers(&sandbox, 5);
    let changed = std::time::SystemTime::now();
    put(&sandbox, "fleet", "1");
    eventually(
        Duration::from_secs(10),
        "every host's second reload",
        || logs.iter().all(|l| file_lines(l).len() == 2),
    );
    let since: Vec<Duration> = logs
        .iter()
        .map(|l| {
            let nanos: u64 = file_lines(l)[1].parse().unwrap();
            let at = std::time::UNIX_EPOCH + Duration::from_nanos(nanos);
            at.duration_since(changed).unwrap_or_default()
        })
        .collect();
    let (first, last) = (since.iter().min().unwrap(), since.iter().max().unwrap());
    eprintln!("reloads after the change: {since:?}");
    assert!(
        *last < Duration::from_millis(3500),
        "a reload {last:?} after the change"
    );
    // Five draws from [0, 2 s) closer than 100 ms together: odds of about 3 in 100,000.
    assert!(
        *last - *first > Duration::from_millis(100),
        "not spread: {since:?}"
    );
    for (mut child, _) in children {
        signal(&child, Signal::SIGTERM);
        assert_eq!(wait_exit(&mut child, Duration::from_secs(10)), Some(143));
    }
}

/// A 3-member cluster whose members die in turn: each change made while one is down is
/// still rendered.
#[test]
fn a_member_killed_mid_watch_loses_no_change() {
    let mut sandbox = cluster(3);
    let dir = tempfile::tempdir().unwrap();
    put(&sandbox, "m", "0");
    let (spec, dest) = template(dir.path(), "m.tmpl", "{{ key('m') }}\n", "m.conf");
    let (mut child, mut lines) = json_renderer(&sandbox.endpoints(), &spec);
    for member in 0..3 {
        sandbox.kill(member);
        let v = (member + 1).to_string();
        let live = sandbox.endpoint((member + 1) % 3);
        crate::support::put_while_electing(live, "m", &v);
        assert_eq!(
            next_report(&mut lines).0,
            "installed",
            "member {member} down"
        );
        assert_eq!(std::fs::read_to_string(&dest).unwrap(), format!("{v}\n"));
        sandbox.restart(member).unwrap();
    }
    signal(&child, Signal::SIGTERM);
    assert_eq!(wait_exit(&mut child, Duration::from_secs(10)), Some(143));
}

/// An idle renderer whose start revision is compacted away, then whose member restarts,
/// still renders the next change (from a new read, or a resumed watch).
#[test]
fn an_idle_renderer_outlives_a_compaction_and_a_member_restart() {
    let mut sandbox = cluster(1);
    let dir = tempfile::tempdir().unwrap();
    put(&sandbox, "idle", "0");
    let (spec, dest) = template(dir.path(), "i.tmpl", "{{ key('idle') }}\n", "i.conf");
    let (mut child, mut lines) = json_renderer(&[sandbox.endpoint(0)], &spec);
    wait_for_watchers(&sandbox, 1);
    crate::support::with_client(&sandbox, async |c| {
        for i in 0..3 {
            c.put(format!("unrelated/{i}"), "x", None).await.unwrap();
        }
        let rev = c
            .get("idle", None)
            .await
            .unwrap()
            .header()
            .unwrap()
            .revision();
        c.compact(rev, None).await.unwrap();
    });
    sandbox.kill(0);
    sandbox.restart(0).unwrap();
    put(&sandbox, "idle", "1");
    assert_eq!(next_report(&mut lines).0, "installed");
    assert_eq!(std::fs::read_to_string(&dest).unwrap(), "1\n");
    signal(&child, Signal::SIGTERM);
    assert_eq!(wait_exit(&mut child, Duration::from_secs(10)), Some(143));
}
