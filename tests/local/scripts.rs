//! The project's own scripts: `scripts/setup` on a machine without apt-get.

use std::path::Path;
use std::process::Command;

/// Without apt-get, and with protoc missing, setup installs nothing and names exactly what
/// to install by hand, with why, then exits 1.
#[test]
fn without_apt_get_setup_names_what_to_install() {
    let bin = tempfile::tempdir().unwrap();
    // Everything setup uses, except protoc and apt-get.
    for tool in [
        "bash", "env", "mktemp", "rm", "head", "cat", "id", "printf", "cargo", "etcd", "etcdctl",
    ] {
        let path = which(tool).unwrap_or_else(|| panic!("{tool} not on PATH"));
        std::os::unix::fs::symlink(path, bin.path().join(tool)).unwrap();
    }
    let out = Command::new("bash")
        .arg(Path::new(env!("CARGO_MANIFEST_DIR")).join("scripts/setup"))
        .env("PATH", bin.path())
        .env_remove("PROTOC")
        .env_remove("ETCD_BIN")
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(
        err.contains("no apt-get here; install these yourself"),
        "{err}"
    );
    assert!(err.contains("protobuf-compiler: protoc not found"), "{err}");
    assert!(
        err.contains("libprotobuf-dev: the well-known protos"),
        "{err}"
    );
    assert!(
        !err.contains("etcd-server") && !err.contains("etcd-client:"),
        "etcd is there: {err}"
    );
}

fn which(tool: &str) -> Option<std::path::PathBuf> {
    std::env::var_os("PATH").and_then(|paths| {
        std::env::split_paths(&paths)
            .map(|dir| dir.join(tool))
            .find(|p| p.is_file())
    })
}
