//! TLS with client certificates and user/password auth, against real etcd members.

use std::path::{Path, PathBuf};
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
    let sandbox = Sandbox::start(SandboxOptions {
        members: 1,
        extra_args: vec!["--auth-token=simple".into(), "--auth-token-ttl=2".into()],
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
    let sandbox = auth_sandbox();
    crate::support::runtime_mt().block_on(async {
        let mut options = ConnectOptions::new(sandbox.endpoints());
        options.credentials = Some(Credentials::new("root", ROOT_PASSWORD));
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
