//! The Debian package: `scripts/package` builds it (a release build with cargo-deb); its
//! file list, the unpacked binary, and the systemd units under `systemd-analyze verify`.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Duration;

const ROOT: &str = env!("CARGO_MANIFEST_DIR");

fn run(cmd: &mut Command) -> String {
    let out = cmd
        .output()
        .unwrap_or_else(|e| panic!("running {cmd:?}: {e}"));
    assert!(
        out.status.success(),
        "{cmd:?} failed ({}):\n{}",
        out.status,
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// Builds the package once and returns its path; bounded: a cold release build takes about
/// two minutes on the 2-core machines here.
fn build_package() -> PathBuf {
    let out = assert_cmd::Command::new(format!("{ROOT}/scripts/package"))
        .timeout(Duration::from_secs(900))
        .output()
        .expect("running scripts/package");
    assert!(
        out.status.success(),
        "scripts/package failed ({}):\n{}",
        out.status,
        String::from_utf8_lossy(&out.stderr)
    );
    let path = String::from_utf8_lossy(&out.stdout).trim().to_string();
    assert!(path.ends_with(".deb"), "scripts/package printed {path:?}");
    PathBuf::from(path)
}

fn files_in(dir: &str, ext: &str) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(Path::new(ROOT).join(dir))
        .unwrap_or_else(|e| panic!("reading {dir}: {e}"))
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(ext))
        .collect();
    names.sort();
    assert!(!names.is_empty(), "no {ext} files in {dir}");
    names
}

#[test]
fn the_debian_package_holds_binary_man_pages_completions_docs_and_units() {
    let deb = build_package();
    let version = env!("CARGO_PKG_VERSION");
    assert_eq!(
        deb.file_name().unwrap().to_string_lossy(),
        format!("etcdkit_{version}-1_amd64.deb")
    );

    // Control fields.
    let field = |name: &str| run(Command::new("dpkg-deb").args(["-f"]).arg(&deb).arg(name));
    assert_eq!(field("Package").trim(), "etcdkit");
    assert_eq!(field("Version").trim(), format!("{version}-1"));
    assert!(
        field("Depends").contains("libc6"),
        "Depends: {}",
        field("Depends")
    );

    // File list: every regular file with its mode.
    let listing = run(Command::new("dpkg-deb").arg("-c").arg(&deb));
    let files: BTreeSet<(String, String)> = listing
        .lines()
        .filter(|l| l.starts_with('-'))
        .map(|l| {
            let cols: Vec<&str> = l.split_whitespace().collect();
            (
                cols[5].trim_start_matches("./").to_string(),
                cols[0].to_string(),
            )
        })
        .collect();
    let mut want: BTreeSet<(String, String)> = BTreeSet::new();
    let mut add = |path: String, mode: &str| want.insert((path, mode.to_string()));
    add("usr/bin/etcdkit".into(), "-rwxr-xr-x");
    for page in files_in("docs/man", ".1") {
        add(format!("usr/share/man/man1/{page}.gz"), "-rw-r--r--");
    }
    add(
        "usr/share/bash-completion/completions/etcdkit".into(),
        "-rw-r--r--",
    );
    add(
        "usr/share/zsh/vendor-completions/_etcdkit".into(),
        "-rw-r--r--",
    );
    add(
        "usr/share/fish/vendor_completions.d/etcdkit.fish".into(),
        "-rw-r--r--",
    );
    add("usr/share/doc/etcdkit/README.md".into(), "-rw-r--r--");
    add("usr/share/doc/etcdkit/copyright".into(), "-rw-r--r--");
    for doc in files_in("docs", ".md") {
        add(format!("usr/share/doc/etcdkit/{doc}"), "-rw-r--r--");
    }
    for unit in files_in("packaging/systemd", "") {
        add(format!("usr/lib/systemd/system/{unit}"), "-rw-r--r--");
    }
    for example in files_in("packaging/examples", ".env") {
        add(
            format!("usr/share/doc/etcdkit/examples/{example}"),
            "-rw-r--r--",
        );
    }
    let missing: Vec<_> = want.difference(&files).collect();
    let extra: Vec<_> = files.difference(&want).collect();
    assert!(
        missing.is_empty() && extra.is_empty(),
        "missing from the package: {missing:?}\nnot expected in it: {extra:?}"
    );
    for unit in [
        "etcdkit-register@.service",
        "etcdkit-elect@.service",
        "etcdkit-lock@.service",
        "etcdkit-lock@.timer",
    ] {
        assert!(
            files
                .iter()
                .any(|(p, _)| p == &format!("usr/lib/systemd/system/{unit}")),
            "{unit} is not in the package"
        );
    }

    // Unpacked into a temp root, the binary runs.
    let root = tempfile::tempdir().unwrap();
    run(Command::new("dpkg").arg("-x").arg(&deb).arg(root.path()));
    let out = run(Command::new(root.path().join("usr/bin/etcdkit")).arg("--version"));
    assert_eq!(out.trim(), format!("etcdkit {version}"));
    let page = std::fs::read(root.path().join("usr/share/man/man1/etcdkit-lock.1.gz")).unwrap();
    assert_eq!(&page[..2], &[0x1f, 0x8b], "man pages are gzipped");

    verify_units(root.path());
}

/// `systemd-analyze verify` on each unit of the unpacked package, in a root that also has
/// the system's own units (for sysinit.target and the like). verify exits 0 even when it
/// warns about a bad key, so any output fails the check; a broken copy of a unit shows the
/// check can fail.
fn verify_units(root: &Path) {
    if Command::new("systemd-analyze")
        .arg("--version")
        .output()
        .is_err()
    {
        assert_eq!(
            std::env::var("ETCDKIT_SKIP_SYSTEMD_VERIFY").as_deref(),
            Ok("1"),
            "systemd-analyze not found: install systemd, or set ETCDKIT_SKIP_SYSTEMD_VERIFY=1 \
             to skip verifying the unit files (scripts/test does so, and says so)"
        );
        eprintln!("SKIPPED: systemd-analyze verify of the unit files (no systemd-analyze)");
        return;
    }
    let units = root.join("usr/lib/systemd/system");
    for entry in std::fs::read_dir("/usr/lib/systemd/system").unwrap() {
        let entry = entry.unwrap();
        let to = units.join(entry.file_name());
        if !to.exists() {
            run(Command::new("cp").arg("-a").arg(entry.path()).arg(&to));
        }
    }
    let verify = |unit: &str| {
        let out = Command::new("systemd-analyze")
            .arg("verify")
            .arg(format!("--root={}", root.display()))
            .args(["--man=no", unit])
            .output()
            .expect("running systemd-analyze");
        let text = format!(
            "{}{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        );
        (out.status.success(), text)
    };
    for unit in [
        "etcdkit-register@web.service",
        "etcdkit-elect@indexer.service",
        "etcdkit-lock@nightly-backup.service",
        "etcdkit-lock@nightly-backup.timer",
    ] {
        let (ok, text) = verify(unit);
        assert!(
            ok && text.is_empty(),
            "systemd-analyze verify {unit}:\n{text}"
        );
    }

    let good = std::fs::read_to_string(units.join("etcdkit-elect@.service")).unwrap();
    let broken = good.replace("Restart=on-failure", "Restart=sometimes");
    assert_ne!(good, broken);
    std::fs::write(units.join("etcdkit-broken@.service"), broken).unwrap();
    let (_, text) = verify("etcdkit-broken@x.service");
    assert!(
        text.contains("sometimes"),
        "verify did not flag a broken unit: {text:?}"
    );
}
