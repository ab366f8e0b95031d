//! Named contexts: a config file drives a command with no flags; flag > environment >
//! context > default, option by option; `context list|show|use`; a file holding a password
//! that others may read is refused.

use std::os::unix::fs::PermissionsExt;
use std::path::Path;
use std::process::Output;
use std::time::{Duration, Instant};

use crate::support::{cluster, etcdkit, put, stderr_text};

/// An address where nothing listens: a context pointing there fails to connect.
fn closed() -> String {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    listener.local_addr().unwrap().to_string()
}

fn write_config(path: &Path, text: &str, mode: u32) {
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::write(path, text).unwrap();
    std::fs::set_permissions(path, std::fs::Permissions::from_mode(mode)).unwrap();
}

/// etcdkit with the config file `file` and `env`, running `args`.
fn with_config(file: &Path, env: &[(&str, &str)], args: &[&str]) -> Output {
    let mut cmd = etcdkit();
    cmd.env("ETCDKIT_CONFIG", file);
    for (k, v) in env {
        cmd.env(k, v);
    }
    cmd.args(args).output().unwrap()
}

#[test]
fn a_context_drives_a_command_and_flags_and_environment_win_over_it() {
    let sandbox = cluster(1);
    put(&sandbox, "tenant/k", "from the tenant");
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("config.toml");
    let (live, dead) = (sandbox.endpoint(0), closed());
    write_config(
        &file,
        &format!(
            "# clusters\ncurrent-context = \"live\"\n\n\
             [context.live]\nendpoints = \"{live}\"\nprefix = \"tenant/\"\n\n\
             [context.dead]\nendpoints = \"{dead}\"\ndial-timeout = \"300ms\"\n"
        ),
        0o644,
    );
    // The current context alone: its endpoints and its prefix.
    let out = with_config(&file, &[], &["wait", "k", "--exists", "--timeout", "5s"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr_text(&out));
    assert_eq!(String::from_utf8_lossy(&out.stdout), "from the tenant\n");

    // --context and ETCDKIT_CONTEXT choose another; its dial timeout applies.
    for (env, args) in [
        (vec![], vec!["--context", "dead", "status"]),
        (vec![("ETCDKIT_CONTEXT", "dead")], vec!["status"]),
    ] {
        let started = Instant::now();
        let out = with_config(&file, &env, &args);
        assert_eq!(out.status.code(), Some(1), "{}", stderr_text(&out));
        assert!(stderr_text(&out).contains(&dead), "{}", stderr_text(&out));
        assert!(
            started.elapsed() < Duration::from_secs(2),
            "not the context's 300ms"
        );
    }
    // The environment wins over the context, the flag over the environment: each names
    // the live member while the context names the dead one.
    let env_wins = [
        ("ETCDKIT_CONTEXT", "dead"),
        ("ETCDKIT_ENDPOINTS", live.as_str()),
    ];
    let out = with_config(&file, &env_wins, &["status"]);
    assert_eq!(
        out.status.code(),
        Some(0),
        "ETCDKIT_*: {}",
        stderr_text(&out)
    );
    let etcdctl_wins = [
        ("ETCDKIT_CONTEXT", "dead"),
        ("ETCDCTL_ENDPOINTS", live.as_str()),
    ];
    let out = with_config(&file, &etcdctl_wins, &["status"]);
    assert_eq!(
        out.status.code(),
        Some(0),
        "ETCDCTL_*: {}",
        stderr_text(&out)
    );
    let flag_wins = [("ETCDKIT_ENDPOINTS", dead.as_str())];
    let out = with_config(&file, &flag_wins, &["--endpoints", &live, "status"]);
    assert_eq!(out.status.code(), Some(0), "flag: {}", stderr_text(&out));
    // --prefix given: the context's prefix is not used.
    let out = with_config(
        &file,
        &[],
        &[
            "--prefix",
            "",
            "wait",
            "tenant/k",
            "--exists",
            "--timeout",
            "5s",
        ],
    );
    assert_eq!(out.status.code(), Some(0), "{}", stderr_text(&out));

    let out = with_config(&file, &[], &["--context", "nope", "status"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr_text(&out).contains("contexts: dead, live"),
        "{}",
        stderr_text(&out)
    );
}

#[test]
fn context_list_show_and_use_and_a_readable_password_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    // Through XDG_CONFIG_HOME, as a user has it.
    let xdg = dir.path().join("xdg");
    let file = xdg.join("etcdkit").join("config.toml");
    write_config(
        &file,
        "# mine\n[context.a]\nendpoints = \"h1:2379\"\nuser = \"alice:s3cret\"\n\n\
         [context.b]\nendpoints = \"h2:2379\"\npassword = \"hunter2\"\nuser = \"bob\"\n",
        0o644,
    );
    let run = |args: &[&str]| {
        etcdkit()
            .env_remove("ETCDKIT_CONFIG")
            .env("XDG_CONFIG_HOME", &xdg)
            .args(args)
            .output()
            .unwrap()
    };
    let refused = run(&["context", "list"]);
    assert_eq!(refused.status.code(), Some(2));
    let err = stderr_text(&refused);
    assert!(
        err.contains("holds a password and others may read it (mode 0644): chmod 600"),
        "{err}"
    );
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(!err.contains("s3cret") && !err.contains("hunter2"), "{err}");
    let refused = run(&["status"]);
    assert_eq!(
        refused.status.code(),
        Some(2),
        "a command runs with such a file"
    );

    std::fs::set_permissions(&file, std::fs::Permissions::from_mode(0o600)).unwrap();
    let list = run(&["context", "list"]);
    assert_eq!(
        String::from_utf8_lossy(&list.stdout),
        "  a  h1:2379\n  b  h2:2379\n"
    );
    for name in ["a", "b"] {
        let shown = run(&["context", "show", name]);
        let text = String::from_utf8_lossy(&shown.stdout);
        assert!(
            !text.contains("s3cret") && !text.contains("hunter2"),
            "{text}"
        );
        assert!(text.contains("***"), "{text}");
        let json = run(&["context", "show", name, "-o", "json"]);
        let text = String::from_utf8_lossy(&json.stdout);
        assert!(
            !text.contains("s3cret") && !text.contains("hunter2"),
            "{text}"
        );
    }
    let used = run(&["context", "use", "b"]);
    assert_eq!(used.status.code(), Some(0), "{}", stderr_text(&used));
    let text = std::fs::read_to_string(&file).unwrap();
    assert!(
        text.contains("current-context = \"b\"") && text.contains("# mine"),
        "{text}"
    );
    let mode = std::fs::metadata(&file).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode, 0o600, "use changed the file's mode");
    let list = run(&["context", "list"]);
    assert_eq!(
        String::from_utf8_lossy(&list.stdout),
        "  a  h1:2379\n* b  h2:2379\n"
    );
    let shown = run(&["context", "show"]);
    assert!(String::from_utf8_lossy(&shown.stdout).contains("# context b"));
    let unknown = run(&["context", "use", "c"]);
    assert_eq!(unknown.status.code(), Some(2));
    // A key no option has: one line naming it and where.
    write_config(&file, "[context.a]\nendpoint = \"h\"\n", 0o600);
    let bad = run(&["status"]);
    assert_eq!(bad.status.code(), Some(2));
    let err = stderr_text(&bad);
    assert!(
        err.contains("config.toml:2") && err.contains("endpoint"),
        "{err}"
    );
}
