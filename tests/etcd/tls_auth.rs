//! TLS with client certificates and user/password auth, against real etcd members.

use std::path::{Path, PathBuf};
use std::process::Output;
use std::time::Duration;

use crate::support::{etcdkit, stderr_text, write};
use etcd_client::PutOptions;
use etcdkit::client::{ConnectOptions, Credentials, Etcd, Retry};
use etcdkit::lease::session::Session;
use etcdkit::sandbox::{Sandbox, SandboxOptions, ServerTls};
use rcgen::{
    BasicConstraints, CertificateParams, DnType, ExtendedKeyUsagePurpose, IsCa, Issuer, KeyPair,
};

struct Pki {
    _dir: tempfile::TempDir,
    ca: PathBuf,
    server: (PathBuf, PathBuf),
    client: (PathBuf, PathBuf),
}

/// A CA, a server certificate for 127.0.0.1 and a client certificate, as PEM files.
fn pki() -> Pki {
    let dir = tempfile::tempdir().unwrap();
    let ca_key = KeyPair::generate().unwrap();
    let mut ca_params = CertificateParams::new(Vec::<String>::new()).unwrap();
    ca_params.is_ca = IsCa::Ca(BasicConstraints::Unconstrained);
    ca_params
        .distinguished_name
        .push(DnType::CommonName, "etcdkit test CA");
    let ca_cert = ca_params.self_signed(&ca_key).unwrap();
    let issuer = Issuer::new(ca_params, ca_key);

    let issue = |name: &str, sans: Vec<String>, usage: ExtendedKeyUsagePurpose| {
        let key = KeyPair::generate().unwrap();
        let mut params = CertificateParams::new(sans).unwrap();
        params.distinguished_name.push(DnType::CommonName, name);
        params.extended_key_usages = vec![usage];
        let cert = params.signed_by(&key, &issuer).unwrap();
        let (c, k) = (
            dir.path().join(format!("{name}.pem")),
            dir.path().join(format!("{name}-key.pem")),
        );
        write(&c, &cert.pem());
        write(&k, &key.serialize_pem());
        (c, k)
    };
    let server = issue(
        "server",
        vec!["127.0.0.1".into()],
        ExtendedKeyUsagePurpose::ServerAuth,
    );
    let client = issue("client", vec![], ExtendedKeyUsagePurpose::ClientAuth);
    let ca = dir.path().join("ca.pem");
    write(&ca, &ca_cert.pem());
    Pki {
        _dir: dir,
        ca,
        server,
        client,
    }
}

fn tls_sandbox(pki: &Pki) -> Sandbox {
    Sandbox::start(SandboxOptions {
        members: 1,
        tls: Some(ServerTls {
            cert: pki.server.0.clone(),
            key: pki.server.1.clone(),
            ca: pki.ca.clone(),
            client_cert_auth: true,
        }),
        ..SandboxOptions::default()
    })
    .expect("starting a TLS sandbox")
}

fn path(p: &Path) -> &str {
    p.to_str().unwrap()
}

#[test]
fn mutual_tls_with_flags_and_with_etcdctl_variables() {
    let pki = pki();
    let sandbox = tls_sandbox(&pki);
    let endpoint = sandbox.endpoint(0);
    assert!(endpoint.starts_with("https://"));

    let out = etcdkit()
        .args(["--endpoints", &endpoint, "--cacert", path(&pki.ca)])
        .args([
            "--cert",
            path(&pki.client.0),
            "--key",
            path(&pki.client.1),
            "status",
            "-o",
            "json",
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr_text(&out));
    assert!(String::from_utf8_lossy(&out.stdout).contains("\"reachable\":true"));

    // Host:port without a scheme: TLS because certificates were given.
    let bare = endpoint.trim_start_matches("https://");
    let out = etcdkit()
        .env("ETCDCTL_ENDPOINTS", bare)
        .env("ETCDCTL_CACERT", &pki.ca)
        .env("ETCDCTL_CERT", &pki.client.0)
        .env("ETCDCTL_KEY", &pki.client.1)
        .arg("status")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr_text(&out));
}

#[test]
fn without_a_client_certificate_the_server_refuses() {
    let pki = pki();
    let sandbox = tls_sandbox(&pki);
    let out = etcdkit()
        .args([
            "--endpoints",
            &sandbox.endpoint(0),
            "--cacert",
            path(&pki.ca),
        ])
        .args(["--dial-timeout", "1s", "status"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1), "{}", stderr_text(&out));
    let err = stderr_text(&out);
    assert_eq!(err.lines().count(), 1, "{err}");
}

/// Each wrong way of reaching a TLS member fails at its first attempt, naming the fix, not
/// after the 30 s budgets given here (a plain host:port to a TLS member used to be retried
/// as a broken connection for the whole --command-timeout).
#[test]
fn a_tls_member_given_as_plain_http_or_without_its_ca_is_named_at_once() {
    let pki = pki();
    let sandbox = tls_sandbox(&pki);
    let endpoint = sandbox.endpoint(0);
    let bare = endpoint.trim_start_matches("https://").to_string();
    let localhost = endpoint.replace("127.0.0.1", "localhost");
    let client = ["--cert", path(&pki.client.0), "--key", path(&pki.client.1)];
    let cases: Vec<(Vec<&str>, &[&str])> = vec![
        (
            vec!["--endpoints", &bare, "status"],
            &[
                "etcd at 127.0.0.1:",
                "serves TLS",
                "give it as https://127.0.0.1:",
                "--cacert FILE",
            ],
        ),
        (
            vec!["--endpoints", &bare, "lock", "x", "--", "true"],
            &[
                "creating the lock session",
                "serves TLS",
                "https://",
                "--cacert FILE",
            ],
        ),
        (
            [
                vec!["--endpoints", &endpoint],
                client.to_vec(),
                vec!["status"],
            ]
            .concat(),
            &["certificate was refused", "UnknownIssuer", "--cacert FILE"],
        ),
        (
            [
                vec!["--endpoints", &localhost, "--cacert", path(&pki.ca)],
                client.to_vec(),
                vec!["status"],
            ]
            .concat(),
            &[
                "certificate was refused",
                "not valid for name",
                "does not name the host",
            ],
        ),
    ];
    for (args, words) in cases {
        let started = std::time::Instant::now();
        let out = etcdkit()
            .args(["--dial-timeout", "30s", "--command-timeout", "30s"])
            .args(&args)
            .output()
            .unwrap();
        let err = stderr_text(&out);
        assert_eq!(out.status.code(), Some(1), "{args:?}: {err}");
        assert_eq!(err.lines().count(), 1, "{args:?}: {err}");
        for word in words {
            assert!(err.contains(word), "{args:?}: {word:?} not in {err}");
        }
        assert!(
            started.elapsed() < Duration::from_secs(15),
            "{args:?} took {:?}, waiting out its budget",
            started.elapsed()
        );
    }
    // The right way still works, and the probe never misreads a plain member.
    let out = etcdkit()
        .args(["--endpoints", &bare, "--cacert", path(&pki.ca)])
        .args(client)
        .arg("status")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr_text(&out));
}

#[test]
fn a_cert_without_its_key_is_a_usage_error() {
    let pki = pki();
    let out = etcdkit()
        .args([
            "--endpoints",
            "127.0.0.1:1",
            "--cert",
            path(&pki.client.0),
            "status",
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr_text(&out).contains("--cert needs --key"));
}

const ROOT_PASSWORD: &str = "s3cret-Pa55";

/// A member with auth enabled (user root) and 2-second simple tokens.
fn auth_sandbox() -> Sandbox {
    auth_sandbox_with_token_ttl(2)
}

/// A member with auth enabled (user root) and simple tokens that live `ttl` seconds unused.
fn auth_sandbox_with_token_ttl(ttl: u32) -> Sandbox {
    let sandbox = Sandbox::start(SandboxOptions {
        members: 1,
        extra_args: vec![
            "--auth-token=simple".into(),
            format!("--auth-token-ttl={ttl}"),
        ],
        ..SandboxOptions::default()
    })
    .expect("starting an auth sandbox");
    crate::support::with_client(&sandbox, async |admin| {
        admin.user_add("root", ROOT_PASSWORD, None).await.unwrap();
        admin.user_grant_role("root", "root").await.unwrap();
        admin.auth_enable().await.unwrap();
    });
    sandbox
}

#[test]
fn a_wrong_password_exits_1_without_printing_it() {
    let sandbox = auth_sandbox();
    crate::support::runtime_mt().block_on(async {
        let wrong = "wr0ng-Pa55word";
        for (how, cmd) in [
            ("flag", vec!["--user", "root", "--password", wrong]),
            ("user:password", vec!["--user", "root:wr0ng-Pa55word"]),
        ] {
            let out = etcdkit()
                .args(["--endpoints", &sandbox.endpoint(0)])
                .args(&cmd)
                .arg("status")
                .output()
                .unwrap();
            assert_eq!(out.status.code(), Some(1), "{how}: {}", stderr_text(&out));
            let err = stderr_text(&out);
            assert!(err.contains("authentication failed"), "{how}: {err}");
            assert!(
                !err.contains(wrong) && !String::from_utf8_lossy(&out.stdout).contains(wrong),
                "{how}: password printed"
            );
        }
        let out = etcdkit()
            .env("ETCDKIT_PASSWORD", wrong)
            .args([
                "--endpoints",
                &sandbox.endpoint(0),
                "--user",
                "root",
                "status",
            ])
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(1));
        assert!(!stderr_text(&out).contains(wrong));
    });
}

#[test]
fn the_right_password_from_env_or_file_works_and_none_at_all_is_a_usage_error() {
    let sandbox = auth_sandbox();
    crate::support::runtime_mt().block_on(async {
        let out = etcdkit()
            .env("ETCDCTL_USER", "root")
            .env("ETCDCTL_PASSWORD", ROOT_PASSWORD)
            .args(["--endpoints", &sandbox.endpoint(0), "status"])
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(0), "{}", stderr_text(&out));

        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("pw");
        write(&file, &format!("{ROOT_PASSWORD}\n"));
        let out = etcdkit()
            .args([
                "--endpoints",
                &sandbox.endpoint(0),
                "--user",
                "root",
                "--password-file",
                path(&file),
                "status",
            ])
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(0), "{}", stderr_text(&out));

        // No password and no terminal to ask on.
        let out = etcdkit()
            .args([
                "--endpoints",
                &sandbox.endpoint(0),
                "--user",
                "root",
                "status",
            ])
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(2), "{}", stderr_text(&out));
        assert!(stderr_text(&out).contains("no password"));
    });
}

#[test]
fn a_session_outlives_the_auth_token_and_closes_cleanly() {
    a_session_outlives_the_auth_token(None);
}

#[test]
fn a_session_outlives_the_auth_token_with_the_token_cache() {
    let dir = tempfile::tempdir().unwrap();
    let cache = dir.path().join("tokens.json");
    a_session_outlives_the_auth_token(Some(&cache));
    let saved = std::fs::read_to_string(&cache).expect("no token cache written");
    assert!(saved.contains("\"tokens\""), "{saved}");
    assert!(
        !saved.contains(ROOT_PASSWORD),
        "the password was written to the cache"
    );
}

/// With `cache`, through the token cache instead of etcd-client's own refresh.
fn a_session_outlives_the_auth_token(cache: Option<&Path>) {
    let sandbox = auth_sandbox();
    crate::support::runtime_mt().block_on(async {
        let mut options = ConnectOptions::new(sandbox.endpoints());
        options.credentials = Some(Credentials::new("root", ROOT_PASSWORD));
        options.token_cache = cache.map(Path::to_path_buf);
        let etcd = Etcd::connect(options).await.unwrap();
        let session = Session::new(&etcd, Duration::from_secs(5)).await.unwrap();
        let lease = session.id();
        let all_keys = || {
            etcd.call(Retry::Idempotent, |mut c| async move {
                c.get("", Some(etcd_client::GetOptions::new().with_all_keys()))
                    .await
            })
        };
        let put = |key: &'static str| {
            etcd.call(Retry::IfNotSent, move |mut c| async move {
                c.put(key, "v", Some(PutOptions::new().with_lease(lease)))
                    .await
            })
        };
        put("before").await.unwrap();
        // Idle past the 2-second token TTL: the token is now invalid on the server.
        let idle = tokio::time::timeout(Duration::from_secs(3), session.lost()).await;
        assert!(idle.is_err(), "session lost while idle: {:?}", idle.ok());
        put("after")
            .await
            .expect("a request after the token expired");
        let keys = all_keys().await.unwrap();
        assert_eq!(keys.kvs().len(), 2);
        tokio::time::sleep(Duration::from_millis(2500)).await;
        session
            .close()
            .await
            .expect("closing after the token expired");
        let keys = all_keys().await.unwrap();
        assert!(keys.kvs().is_empty(), "close did not revoke the lease");
    });
}

#[test]
fn the_password_is_asked_for_on_a_terminal_and_not_echoed() {
    let sandbox = auth_sandbox();
    let mut terminal = crate::support::Terminal::run(&format!(
        "{} --endpoints {} --user root status",
        env!("CARGO_BIN_EXE_etcdkit"),
        sandbox.endpoint(0)
    ));
    terminal.wait_for("Password for etcd user root:");
    terminal.type_keys(format!("{ROOT_PASSWORD}\n").as_bytes());
    let (code, screen) = terminal.finish(Duration::from_secs(10));
    assert_eq!(code, Some(0), "{screen}");
    assert!(screen.contains("REACHABLE"), "{screen}");
    assert!(
        !screen.contains(ROOT_PASSWORD),
        "the password was echoed: {screen}"
    );
}

/// Ctrl-C at the prompt is an interruption like any other (130, a note), and the
/// terminal echoes again afterwards.
#[test]
fn ctrl_c_at_the_password_prompt_exits_130() {
    let mut terminal = crate::support::Terminal::run(&format!(
        "{} --endpoints 127.0.0.1:1 --user root status; echo rc=$?; stty -a",
        env!("CARGO_BIN_EXE_etcdkit"),
    ));
    terminal.wait_for("Password for etcd user root:");
    terminal.type_keys(b"\x03");
    let (code, screen) = terminal.finish(Duration::from_secs(10));
    let shown = crate::support::Terminal::shown(&screen);
    // `stty -a` shows the echo flag restored (" echo ", not "-echo").
    assert_eq!(code, Some(0), "{shown}");
    assert!(shown.contains("rc=130"), "{shown}");
    assert!(shown.contains("etcdkit: interrupted by SIGINT"), "{shown}");
    assert!(!shown.contains("error"), "{shown}");
    assert!(
        shown.contains(" echo ") && !shown.contains("-echo "),
        "{shown}"
    );
}

/// How many times member 0 was asked to check a password (`Authenticate` calls).
fn authentications(sandbox: &Sandbox) -> f64 {
    let name = r#"grpc_server_started_total{grpc_method="Authenticate",grpc_service="etcdserverpb.Auth",grpc_type="unary"}"#;
    sandbox
        .metric(0, name)
        .expect("the member publishes no count of Authenticate calls")
}

#[test]
fn the_auth_cache_checks_the_password_once_per_token() {
    let mut sandbox = auth_sandbox_with_token_ttl(300);
    let home = tempfile::tempdir().unwrap();
    let file = home.path().join(".cache/etcdkit/auth-tokens.json");
    let endpoint = sandbox.endpoint(0);
    let lock = |password: &str, cache: bool| {
        let mut cmd = etcdkit();
        cmd.env("HOME", home.path())
            .env_remove("XDG_CACHE_HOME")
            .env("ETCDKIT_PASSWORD", password)
            .args(["--endpoints", &endpoint, "--user", "root"]);
        if cache {
            cmd.arg("--auth-cache");
        }
        cmd.args(["lock", "cached", "--", "true"]).output().unwrap()
    };
    let ran = |out: &Output, what: &str| {
        assert_eq!(out.status.code(), Some(0), "{what}: {}", stderr_text(out));
    };
    let counted = |sandbox: &Sandbox, what: &str, expected: f64, run: &dyn Fn()| {
        let before = authentications(sandbox);
        run();
        assert_eq!(authentications(sandbox) - before, expected, "{what}");
    };

    counted(&sandbox, "without the cache, every run", 3.0, &|| {
        for _ in 0..3 {
            ran(&lock(ROOT_PASSWORD, false), "no cache");
        }
    });
    assert!(!file.exists(), "a cache was written without --auth-cache");
    counted(&sandbox, "the first run with the cache", 1.0, &|| {
        ran(&lock(ROOT_PASSWORD, true), "first")
    });
    let mode = std::fs::metadata(&file)
        .expect("no cache file")
        .permissions();
    assert_eq!(
        std::os::unix::fs::PermissionsExt::mode(&mode) & 0o777,
        0o600
    );
    let saved = std::fs::read_to_string(&file).unwrap();
    assert!(
        !saved.contains(ROOT_PASSWORD),
        "the password was cached: {saved}"
    );
    counted(&sandbox, "later runs with the cache", 0.0, &|| {
        for _ in 0..3 {
            ran(&lock(ROOT_PASSWORD, true), "cached");
        }
    });

    // A restarted member has forgotten its simple tokens: the password once, a new token.
    // Only if the Authenticate entries are behind the backend's last commit: etcd replays
    // the entries after it on start, and a replayed Authenticate gives the same token
    // again (the backend commits every 100 ms, so a restart right after the runs above
    // kept the token in about half the runs). A defragmentation commits first.
    crate::support::with_client(&sandbox, async |admin| {
        admin
            .update_user(Some(("root".into(), ROOT_PASSWORD.into())))
            .await
            .unwrap();
        admin.defragment().await.unwrap();
    });
    sandbox.restart(0).unwrap();
    counted(&sandbox, "after the member forgot the token", 1.0, &|| {
        ran(&lock(ROOT_PASSWORD, true), "forgotten token")
    });
    let renewed = std::fs::read_to_string(&file).unwrap();
    assert_ne!(renewed, saved, "the new token was not saved");
    counted(&sandbox, "with the new token", 0.0, &|| {
        ran(&lock(ROOT_PASSWORD, true), "new token")
    });

    // A password change ends the user's tokens: the old password is refused as it would
    // be without the cache, the entry removed, and the new password works.
    crate::support::with_client(&sandbox, async |admin| {
        admin
            .update_user(Some(("root".into(), ROOT_PASSWORD.into())))
            .await
            .unwrap();
        admin
            .user_change_password("root", "n3w-Pa55")
            .await
            .unwrap();
    });
    let refused = lock(ROOT_PASSWORD, true);
    assert_eq!(refused.status.code(), Some(1), "{}", stderr_text(&refused));
    assert!(stderr_text(&refused).contains("authentication failed"));
    assert!(!std::fs::read_to_string(&file).unwrap().contains("root@"));
    ran(&lock("n3w-Pa55", true), "new password");
}

/// etcdkit as root on member 0 with the token cache on under `cache` and `verbose` (`-v`,
/// `-vvv`), the password from the environment; the subcommand is the caller's.
fn as_root_with_cache(sandbox: &Sandbox, cache: &Path, verbose: &str) -> assert_cmd::Command {
    let mut cmd = etcdkit();
    cmd.env("XDG_CACHE_HOME", cache)
        .env("ETCDKIT_AUTH_CACHE", "1")
        .env("ETCDKIT_PASSWORD", ROOT_PASSWORD)
        .args([
            "--endpoints",
            &sandbox.endpoint(0),
            "--user",
            "root",
            verbose,
        ]);
    cmd
}

/// The most verbose logs (`-vvv`: etcdkit's trace, and etcd-client, tonic and h2 below it)
/// carry neither the password nor the auth token (read back from the token cache).
#[test]
fn the_most_verbose_logs_carry_no_password_and_no_token() {
    let sandbox = auth_sandbox_with_token_ttl(300);
    let cache = tempfile::tempdir().unwrap();
    let out = as_root_with_cache(&sandbox, cache.path(), "-vvv")
        .args(["lock", "nightly", "--", "true"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr_text(&out));
    let logs = stderr_text(&out);
    assert!(
        logs.contains("frame=Headers"),
        "not the most verbose: {logs}"
    );
    let saved = std::fs::read_to_string(cache.path().join("etcdkit/auth-tokens.json")).unwrap();
    let cached: serde_json::Value = serde_json::from_str(&saved).unwrap();
    let tokens = cached["tokens"].as_object().unwrap();
    assert!(!tokens.is_empty(), "{saved}");
    for token in tokens.values() {
        let token = token.as_str().unwrap();
        assert!(token.len() > 8, "{token}");
        assert!(!logs.contains(token), "the token is in the logs");
    }
    assert!(!logs.contains(ROOT_PASSWORD), "the password is in the logs");
}

#[test]
fn an_unusable_cache_file_is_ignored_and_replaced() {
    use std::os::unix::fs::PermissionsExt;
    let sandbox = auth_sandbox_with_token_ttl(300);
    let cache = tempfile::tempdir().unwrap();
    let file = cache.path().join("etcdkit/auth-tokens.json");
    std::fs::create_dir_all(file.parent().unwrap()).unwrap();
    let status = |setup: &dyn Fn()| {
        setup();
        as_root_with_cache(&sandbox, cache.path(), "-v")
            .arg("status")
            .output()
            .unwrap()
    };
    // Not JSON; then JSON others may read; then a token etcd never issued.
    let foreign = format!(r#"{{"tokens":{{"root@{}":"x.1"}}}}"#, sandbox.endpoint(0));
    let cases: [(&str, &dyn Fn()); 3] = [
        ("not a token cache", &|| {
            write(&file, "garbage");
            std::fs::set_permissions(&file, std::fs::Permissions::from_mode(0o600)).unwrap();
        }),
        ("0600", &|| {
            write(&file, &foreign);
            std::fs::set_permissions(&file, std::fs::Permissions::from_mode(0o644)).unwrap();
        }),
        ("the cached auth token was refused", &|| {
            write(&file, &foreign);
            std::fs::set_permissions(&file, std::fs::Permissions::from_mode(0o600)).unwrap();
        }),
    ];
    for (said, setup) in cases {
        let out = status(setup);
        assert_eq!(out.status.code(), Some(0), "{said}: {}", stderr_text(&out));
        assert!(
            stderr_text(&out).contains(said),
            "{said}: {}",
            stderr_text(&out)
        );
        let mode = std::fs::metadata(&file).unwrap().permissions().mode();
        assert_eq!(mode & 0o777, 0o600, "{said}");
        let saved = std::fs::read_to_string(&file).unwrap();
        // The foreign token's value, quoted: a real token may hold `x.1` inside it
        // (`...Qx.11` was seen).
        assert!(
            saved.contains("root@") && !saved.contains("\"x.1\""),
            "{said}: {saved}"
        );
    }
}

#[test]
fn cmd_inherits_no_password_unless_asked() {
    let sandbox = auth_sandbox();
    let env_of_cmd = |pass: bool| {
        let mut cmd = etcdkit();
        cmd.env("ETCDKIT_USER", format!("root:{ROOT_PASSWORD}"))
            .env("ETCDCTL_PASSWORD", ROOT_PASSWORD)
            .args([
                "--endpoints",
                &sandbox.endpoint(0),
                "lock",
                "env-of-cmd",
                "--",
                "env",
            ]);
        if pass {
            cmd.env("ETCDKIT_PASS_CREDENTIALS", "1");
        }
        let out = cmd.output().unwrap();
        assert_eq!(out.status.code(), Some(0), "{}", stderr_text(&out));
        String::from_utf8(out.stdout).unwrap()
    };
    let env = env_of_cmd(false);
    assert!(!env.contains(ROOT_PASSWORD), "CMD saw the password: {env}");
    assert!(env.contains("ETCD_LOCK_KEY="), "{env}");
    let env = env_of_cmd(true);
    assert!(
        env.contains(&format!("ETCDKIT_USER=root:{ROOT_PASSWORD}")),
        "{env}"
    );
    assert!(
        env.contains(&format!("ETCDCTL_PASSWORD={ROOT_PASSWORD}")),
        "{env}"
    );
}
