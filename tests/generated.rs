//! completions/ and docs/man/ are generated from the clap definition; these tests fail
//! when they are stale. `ETCDKIT_BLESS=1 cargo test --test generated` rewrites them.

use std::path::Path;

use clap_complete::Shell;
use etcdkit::cli::commands::{completion_script, man_pages};

fn check(path: &Path, expected: &[u8]) {
    if std::env::var_os("ETCDKIT_BLESS").is_some() {
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, expected).unwrap();
        return;
    }
    let committed = std::fs::read(path).unwrap_or_else(|e| {
        panic!(
            "{}: {e}; run ETCDKIT_BLESS=1 cargo test --test generated",
            path.display()
        )
    });
    assert!(
        committed == expected,
        "{} is stale; run ETCDKIT_BLESS=1 cargo test --test generated",
        path.display()
    );
}

#[test]
fn completion_scripts_are_fresh() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("completions");
    for (shell, file) in [
        (Shell::Bash, "etcdkit.bash"),
        (Shell::Zsh, "_etcdkit"),
        (Shell::Fish, "etcdkit.fish"),
        (Shell::PowerShell, "_etcdkit.ps1"),
        (Shell::Elvish, "etcdkit.elv"),
    ] {
        check(&root.join(file), &completion_script(shell));
    }
}

#[test]
fn man_pages_are_fresh() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/man");
    let pages = man_pages().unwrap();
    assert!(pages.iter().any(|(name, _)| name == "etcdkit-status.1"));
    for (name, page) in pages {
        check(&root.join(name), &page);
    }
}

#[test]
fn the_completions_subcommand_prints_the_same_script() {
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_etcdkit"))
        .args(["completions", "zsh"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(out.stdout, completion_script(Shell::Zsh));
}
