//! The binary's contract: options, environment fallbacks, exit codes, error lines.

use std::time::{Duration, Instant};

use crate::support::{cluster, etcdkit, stderr_text};
use etcdkit::admin::status::EndpointStatus;

fn one_error_line(out: &std::process::Output) -> String {
    let err = stderr_text(out);
    assert_eq!(
        err.lines().count(),
        1,
        "expected one line on stderr, got {err:?}"
    );
    assert!(err.starts_with("etcdkit: error: "), "{err:?}");
    assert!(!err.contains("panicked"), "{err:?}");
    err
}

#[test]
fn help_lists_the_exit_codes() {
    let out = etcdkit().arg("--help").output().unwrap();
    assert_eq!(out.status.code(), Some(0));
    let help = String::from_utf8(out.stdout).unwrap();
    for line in [
        "Exit codes:",
        "  3        not acquired",
        "  4        lost",
        "130/143",
    ] {
        assert!(help.contains(line), "--help lacks {line:?}");
    }
}

/// Mistakes get a pointer to what was meant: clap's "did you mean", the `--` before a
/// command, a plain word for a bad percentage; bare `etcdkit` gets the usage.
#[test]
fn usage_errors_say_what_was_meant() {
    for (args, says) in [
        (
            &["lok", "x"][..],
            "tip: a similar subcommand exists: 'lock'",
        ),
        (
            &["lock", "x", "--tri"],
            "tip: a similar argument exists: '--try'",
        ),
        (
            &["queue", "lenn", "q"],
            "a similar subcommand exists: 'len'",
        ),
        (
            &["lock", "x", "echo", "hi"],
            "the command to run goes after --: etcdkit lock x -- echo hi",
        ),
        (
            &["queue", "work", "q", "./encode.sh"],
            "etcdkit queue work q -- ./encode.sh",
        ),
        (&["job-progress", "set", "j", "40%"], "not a percentage"),
    ] {
        let out = etcdkit().args(args).output().unwrap();
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        let err = one_error_line(&out);
        assert!(err.contains(says), "{args:?}: {err}");
    }
    // The same usage whether or not the shell exports a global option (as a user of
    // `etcdkit sandbox` or a configured host does).
    for endpoints in [None, Some("127.0.0.1:1")] {
        for (args, usage) in [
            (&[][..], "Usage: etcdkit [OPTIONS] <COMMAND>"),
            (&["queue"][..], "Usage: etcdkit queue [OPTIONS] <COMMAND>"),
            (
                &["job-progress"][..],
                "Usage: etcdkit job-progress [OPTIONS] <COMMAND>",
            ),
        ] {
            let mut cmd = etcdkit();
            if let Some(e) = endpoints {
                cmd.env("ETCDKIT_ENDPOINTS", e);
            }
            let out = cmd.args(args).output().unwrap();
            assert_eq!(out.status.code(), Some(2));
            let err = stderr_text(&out);
            assert!(
                err.contains(usage) && err.contains("Commands:") && !err.contains("etcdkit: error"),
                "{endpoints:?} {args:?}: {err}"
            );
        }
    }
}

/// A subcommand's own options come first; the global ones follow under their own heading.
#[test]
fn help_keeps_a_commands_options_apart_from_the_global_ones() {
    let out = etcdkit().args(["lock", "--help"]).output().unwrap();
    let help = String::from_utf8(out.stdout).unwrap();
    let global = help
        .find("Global options:")
        .expect("a Global options section");
    for own in ["--ttl", "--try", "--limit", "--min-hold", "--grace"] {
        assert!(
            help.find(own).is_some_and(|at| at < global),
            "{own} not among lock's own: {help}"
        );
    }
    for shared in ["--endpoints", "--cacert", "--user", "--prefix", "--output"] {
        assert!(
            help.find(shared).is_some_and(|at| at > global),
            "{shared} not global: {help}"
        );
    }
    // `-h`: the command's own arguments, one line each, and a pointer to the global
    // options instead of their 40 lines (`--help` has them, above).
    let out = etcdkit()
        .args(["job-progress", "set", "-h"])
        .output()
        .unwrap();
    let help = String::from_utf8(out.stdout).unwrap();
    for documented in [
        "<JOB>      The job's name",
        "<PERCENT>  How far along",
        "--message <TEXT>  What",
        "Global options (--endpoints, TLS, --user, timeouts, --prefix, -o, -v, -q): --help",
    ] {
        assert!(help.contains(documented), "{documented:?} missing: {help}");
    }
    assert!(
        !help.contains("--cacert"),
        "-h repeats the global options: {help}"
    );
    assert!(help.lines().count() < 25, "{help}");
}

#[test]
fn usage_errors_exit_2_with_one_line() {
    let cases: &[&[&str]] = &[
        &["--dial-timeout", "abc", "status"],
        &["--dial-timeout", "0", "status"],
        &["--command-timeout", "-1", "status"],
        &["--endpoints", "", "status"],
        &["--endpoints", "ftp://x:1", "status"],
        &["--endpoints", "nohostport", "status"],
        &["--output", "yaml", "status"],
        &["--cacert", "/nonexistent/ca.pem", "status"],
        &[
            "--cert",
            "/nonexistent/c.pem",
            "--key",
            "/nonexistent/k.pem",
            "status",
        ],
        &["--no-such-flag", "status"],
        &["no-such-command"],
        &["sandbox", "--members", "0"],
        &["completions", "tcsh"],
    ];
    for args in cases {
        let out = etcdkit().args(*args).output().unwrap();
        assert_eq!(
            out.status.code(),
            Some(2),
            "{args:?}: {}",
            stderr_text(&out)
        );
        one_error_line(&out);
        assert!(out.stdout.is_empty(), "{args:?} wrote to stdout");
    }
}

#[test]
fn an_unreadable_certificate_is_named() {
    let out = etcdkit()
        .args(["--cacert", "/nonexistent/ca.pem", "status"])
        .output()
        .unwrap();
    let err = one_error_line(&out);
    assert!(err.contains("--cacert /nonexistent/ca.pem"), "{err}");
}

#[test]
fn a_bad_etcdctl_fallback_is_a_usage_error() {
    let out = etcdkit()
        .env("ETCDCTL_DIAL_TIMEOUT", "soon")
        .arg("status")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(one_error_line(&out).contains("ETCDCTL_DIAL_TIMEOUT"));

    let out = etcdkit()
        .env("ETCDCTL_COMMAND_TIMEOUT", "0s")
        .arg("status")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(one_error_line(&out).contains("--command-timeout"));
}

#[test]
fn an_unreachable_cluster_exits_1_within_the_dial_timeout_naming_the_endpoints() {
    // Ports 1 and 2 on loopback: nothing listens there.
    let started = Instant::now();
    let out = etcdkit()
        .args([
            "--endpoints",
            "127.0.0.1:1,127.0.0.1:2",
            "--dial-timeout",
            "700ms",
            "status",
        ])
        .output()
        .unwrap();
    let took = started.elapsed();
    assert_eq!(out.status.code(), Some(1));
    let err = one_error_line(&out);
    assert!(err.contains("127.0.0.1:1,127.0.0.1:2"), "{err}");
    assert!(took < Duration::from_millis(700 + 800), "took {took:?}");
}

#[test]
fn a_half_open_endpoint_times_out_within_the_dial_timeout() {
    // A loopback listener that accepts TCP and never speaks HTTP/2.
    let silent = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let endpoint = silent.local_addr().unwrap().to_string();
    let started = Instant::now();
    let out = etcdkit()
        .args([
            "--endpoints",
            &endpoint,
            "--dial-timeout",
            "500ms",
            "--command-timeout",
            "1s",
            "status",
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1), "{}", stderr_text(&out));
    one_error_line(&out);
    assert!(
        started.elapsed() < Duration::from_secs(5),
        "took {:?}",
        started.elapsed()
    );
}

#[test]
fn status_reports_every_member_and_one_leader() {
    let sandbox = cluster(3);
    let out = etcdkit()
        .args([
            "--endpoints",
            &sandbox.endpoints().join(","),
            "status",
            "-o",
            "json",
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr_text(&out));
    let rows: Vec<EndpointStatus> = String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(rows.len(), 3);
    assert!(rows
        .iter()
        .all(|r| r.reachable && r.version.as_deref().is_some_and(|v| v.starts_with("3."))));
    assert_eq!(rows.iter().filter(|r| r.is_leader == Some(true)).count(), 1);
    let terms: Vec<_> = rows.iter().map(|r| r.raft_term).collect();
    assert!(terms.iter().all(|t| *t == terms[0] && t.is_some()));
    assert!(rows
        .iter()
        .all(|r| r.revision.is_some_and(|v| v >= 1) && r.db_size.is_some_and(|s| s > 0)));
}

#[test]
fn status_marks_a_dead_member_and_exits_1() {
    let mut sandbox = cluster(3);
    sandbox.kill(1);
    let out = etcdkit()
        .args([
            "--endpoints",
            &sandbox.endpoints().join(","),
            "--dial-timeout",
            "500ms",
            "status",
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let text = String::from_utf8(out.stdout).unwrap();
    let dead = sandbox.endpoint(1);
    let row = text
        .lines()
        .find(|l| l.starts_with(&format!("{dead} ")))
        .expect("a row for the dead member");
    assert!(row.contains(" no "), "{row}");
    assert_eq!(
        text.lines().filter(|l| l.contains(" yes ")).count(),
        2,
        "{text}"
    );
}

#[test]
fn etcdctl_variables_are_the_fallback_and_etcdkit_ones_win() {
    let sandbox = cluster(1);
    let live = sandbox.endpoint(0);
    let out = etcdkit()
        .env("ETCDCTL_ENDPOINTS", &live)
        .args(["status", "-w", "json"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr_text(&out));
    assert!(String::from_utf8_lossy(&out.stdout).contains(&live));

    let out = etcdkit()
        .env("ETCDCTL_ENDPOINTS", &live)
        .env("ETCDKIT_ENDPOINTS", "127.0.0.1:1")
        .env("ETCDKIT_DIAL_TIMEOUT", "300ms")
        .arg("status")
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(1),
        "ETCDKIT_ENDPOINTS must win over ETCDCTL_ENDPOINTS"
    );
    assert!(stderr_text(&out).contains("127.0.0.1:1"));
}

#[test]
fn a_closed_stdout_is_a_clean_exit() {
    let (reader, writer) = std::io::pipe().unwrap();
    drop(reader);
    let out = crate::support::etcdkit_process()
        .args(["completions", "bash"])
        .stdout(writer)
        .stderr(std::process::Stdio::piped())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr_text(&out));
    assert!(out.stderr.is_empty(), "{}", stderr_text(&out));
}

#[test]
fn json_output_is_never_coloured() {
    let sandbox = cluster(1);
    let out = etcdkit()
        .env_remove("NO_COLOR")
        .args([
            "--endpoints",
            &sandbox.endpoint(0),
            "--color",
            "always",
            "-o",
            "json",
            "status",
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    assert!(!out.stdout.contains(&0x1b), "escape codes in JSON");

    let out = etcdkit()
        .env_remove("NO_COLOR")
        .args([
            "--endpoints",
            &sandbox.endpoint(0),
            "--color",
            "always",
            "status",
        ])
        .output()
        .unwrap();
    assert!(out.stdout.contains(&0x1b), "--color always gave no colour");
}

/// `--color auto` on a terminal: coloured, unless NO_COLOR is set. Under a pseudo-terminal
/// (script(1)), since on a pipe colour is off anyway.
#[test]
fn on_a_terminal_no_color_turns_colour_off() {
    let sandbox = cluster(1);
    let screen = |no_color: bool| {
        let command = format!(
            "{} --endpoints {} --color auto status",
            env!("CARGO_BIN_EXE_etcdkit"),
            sandbox.endpoint(0)
        );
        let mut script = crate::support::etcdkit_process_env(std::process::Command::new("script"));
        script.env_remove("NO_COLOR").env("TERM", "xterm");
        if no_color {
            script.env("NO_COLOR", "1");
        }
        let out = script
            .args(["-qec", &command, "/dev/null"])
            .stdin(std::process::Stdio::null())
            .output()
            .expect("running script(1)");
        assert_eq!(out.status.code(), Some(0), "{}", stderr_text(&out));
        out.stdout
    };
    assert!(
        screen(false).contains(&0x1b),
        "no colour on a terminal without NO_COLOR: the check below would prove nothing"
    );
    assert!(!screen(true).contains(&0x1b), "NO_COLOR was not honoured");
}

/// A CMD that cannot run: 127 when not found, 126 when not executable (as shells, `env`
/// and `timeout` do), one line naming it, and nothing left held: the lock, leadership or
/// registration released, a worker's item back in the queue, the job marked failed.
#[test]
fn a_cmd_that_cannot_run_exits_127_or_126_and_holds_nothing() {
    let sandbox = cluster(1);
    let dir = tempfile::tempdir().unwrap();
    let not_executable = dir.path().join("script.sh");
    crate::support::write(&not_executable, "#!/bin/sh\necho hi\n");
    let not_executable = not_executable.to_str().unwrap().to_string();
    crate::support::put(&sandbox, "jobs/1", "an item");
    for (program, code) in [
        ("/nonexistent/backup.sh", 127),
        (not_executable.as_str(), 126),
    ] {
        for cmd in [
            vec!["lock", "nightly"],
            vec!["elect", "nightly", "--value", "me"],
            vec!["register", "web", "127.0.0.1:80"],
            vec!["job-progress", "run", "reindex"],
            vec!["queue", "work", "jobs"],
            vec!["sandbox"],
        ] {
            let out = etcdkit()
                .env("ETCDKIT_ENDPOINTS", sandbox.endpoint(0))
                .args(&cmd)
                .args(["--", program])
                .output()
                .unwrap();
            let what = format!("{cmd:?} -- {program}");
            assert_eq!(
                out.status.code(),
                Some(code),
                "{what}: {}",
                stderr_text(&out)
            );
            let err = one_error_line(&out);
            assert!(
                err.contains(&format!("cannot run {program}")),
                "{what}: {err}"
            );
            // The reason once, not once more as a cause.
            assert_eq!(err.matches("(os error").count(), 1, "{what}: {err}");
        }
        assert!(
            crate::support::keys(&sandbox, "nightly/").is_empty(),
            "a lock or leadership held"
        );
        assert!(
            crate::support::keys(&sandbox, "web/").is_empty(),
            "a registration left"
        );
        assert_eq!(
            crate::support::keys(&sandbox, "jobs/").len(),
            1,
            "the item is not back"
        );
        let job = crate::support::get(&sandbox, "reindex").expect("the job's record");
        assert!(
            job.contains("\"failed\"") && job.contains("cannot run"),
            "{job}"
        );
    }
}

/// Errors name what the user set and point where to look: the variable a bad value came
/// from, one minimum for a session TTL, revisions from 1, TLS against a plain server, and
/// where endpoints come from when the default one is not there.
#[test]
fn errors_name_the_source_and_the_way_out() {
    let sandbox = cluster(1);
    let out = etcdkit()
        .env("ETCDKIT_DIAL_TIMEOUT", "abc")
        .arg("status")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = one_error_line(&out);
    assert!(
        err.contains("invalid value 'abc' for ETCDKIT_DIAL_TIMEOUT"),
        "{err}"
    );

    for ttl in ["0", "1s", "1.5"] {
        let out = etcdkit()
            .args(["lock", "x", "--ttl", ttl])
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(2));
        let err = one_error_line(&out);
        assert!(
            err.contains("is not a session TTL: whole seconds, from 2s to 9000000000s"),
            "{err}"
        );
    }
    let out = etcdkit()
        .args(["subscribe", "t", "--from-rev", "0"])
        .output()
        .unwrap();
    assert!(one_error_line(&out).contains("etcd counts them from 1"));

    // https:// against a plain-HTTP member: words, not the client library's debug form.
    let plain = sandbox.endpoint(0).replace("http://", "");
    let out = etcdkit()
        .args([
            "--endpoints",
            &format!("https://{plain}"),
            "--dial-timeout",
            "1s",
        ])
        .args(["lock", "x", "--", "true"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let err = one_error_line(&out);
    assert!(err.contains("TLS handshake failed"), "{err}");
    assert!(!err.contains("tonic") && !err.contains("Custom {"), "{err}");

    // The default endpoint, with nothing there: say where endpoints come from.
    assert!(
        std::net::TcpStream::connect("127.0.0.1:2379").is_err(),
        "something listens on 127.0.0.1:2379; this test needs the default endpoint free"
    );
    let out = etcdkit()
        .args(["--dial-timeout", "300ms", "lock", "x", "--", "true"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let err = one_error_line(&out);
    assert!(
        err.contains("no --endpoints, ETCDKIT_ENDPOINTS, ETCDCTL_ENDPOINTS or context was given"),
        "{err}"
    );
    assert!(err.contains("etcdkit sandbox"), "{err}");
    let out = etcdkit()
        .args([
            "--endpoints",
            "127.0.0.1:1",
            "--dial-timeout",
            "300ms",
            "status",
        ])
        .output()
        .unwrap();
    assert!(!one_error_line(&out).contains("no --endpoints"));
}

/// A member that resets the connection during the TLS handshake (what a plain-HTTP etcd
/// does now and then under load, instead of a bad record or end of file) is named as a
/// failed handshake too, after the dial timeout like any endpoint that cannot be reached.
#[test]
fn a_reset_during_the_tls_handshake_is_named() {
    use std::io::Read;
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let addr = listener.local_addr().unwrap();
    let stop = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
    let resetter = std::thread::spawn({
        let stop = stop.clone();
        move || {
            let mut resets = 0;
            for stream in listener.incoming() {
                if stop.load(std::sync::atomic::Ordering::SeqCst) {
                    break;
                }
                let Ok(mut stream) = stream else { continue };
                // Read the client hello, then close with unread-data semantics: an RST.
                let _ = stream.read(&mut [0; 1024]);
                let _ = socket2::SockRef::from(&stream).set_linger(Some(Duration::ZERO));
                resets += 1;
            }
            resets
        }
    });
    let out = etcdkit()
        .args([
            "--endpoints",
            &format!("https://{addr}"),
            "--dial-timeout",
            "1s",
        ])
        .args(["lock", "x", "--", "true"])
        .output()
        .unwrap();
    stop.store(true, std::sync::atomic::Ordering::SeqCst);
    let _ = std::net::TcpStream::connect(addr);
    let resets = resetter.join().unwrap();
    assert!(resets >= 2, "the handshake was tried {resets} times in 1s");
    assert_eq!(out.status.code(), Some(1));
    let err = one_error_line(&out);
    assert!(err.contains("reset by peer"), "{err}");
    assert!(err.contains("cannot reach etcd"), "{err}");
    assert!(err.contains("TLS handshake failed"), "{err}");
}

/// `--timeout 0` is flock's `-w 0`: one try, no waiting. It succeeds when the lock is free
/// or the condition already holds, and exits 3 at once otherwise.
#[test]
fn timeout_zero_means_one_try() {
    let sandbox = cluster(1);
    let run = |args: &[&str]| {
        let out = etcdkit()
            .env("ETCDKIT_ENDPOINTS", sandbox.endpoint(0))
            .args(args)
            .output()
            .unwrap();
        (out.status.code(), stderr_text(&out))
    };
    crate::support::put(&sandbox, "flag", "on");
    crate::support::put(
        &sandbox,
        "web/10.0.0.1:80",
        r#"{"Op":0,"Addr":"10.0.0.1:80","Metadata":null}"#,
    );
    crate::support::put(&sandbox, "jobs/1", "an item");
    assert_eq!(run(&["job-progress", "done", "built"]).0, Some(0));
    assert_eq!(run(&["job-progress", "set", "building", "5"]).0, Some(0));
    for args in [
        &["job-progress", "watch", "built", "--timeout", "0"][..],
        &["lock", "free", "--timeout", "0", "--", "true"],
        &[
            "elect",
            "vacant",
            "--value",
            "me",
            "--timeout",
            "0",
            "--",
            "true",
        ],
        &["wait", "flag", "--exists", "--timeout", "0"],
        &["discover", "web", "--wait-for", "1", "--timeout", "0"],
        &["queue", "pop", "jobs", "--timeout", "0"],
    ] {
        let (code, err) = run(args);
        assert_eq!(code, Some(0), "{args:?}: {err}");
    }
    crate::support::put_contender(&sandbox, "taken/694d9b0cd1c0a2f1", "");
    for args in [
        &["lock", "taken", "--timeout", "0", "--", "true"][..],
        &[
            "elect",
            "taken",
            "--value",
            "me",
            "--timeout",
            "0",
            "--",
            "true",
        ],
        &["wait", "flag", "--deleted", "--timeout", "0"],
        &["discover", "web", "--wait-for", "2", "--timeout", "0"],
        &["queue", "pop", "jobs", "--timeout", "0"],
        &[
            "job-progress",
            "watch",
            "built",
            "building",
            "--timeout",
            "0",
        ],
    ] {
        let started = std::time::Instant::now();
        let (code, err) = run(args);
        assert_eq!(code, Some(3), "{args:?}: {err}");
        assert!(
            started.elapsed() < Duration::from_secs(2),
            "{args:?} waited"
        );
    }
    assert_eq!(
        crate::support::keys(&sandbox, "taken/"),
        ["taken/694d9b0cd1c0a2f1"],
        "a try left its key"
    );
}
