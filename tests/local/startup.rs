//! What start-up skips must not change what a user sees: `--version` is printed before the
//! command tree is built, and the examples are added to it only when help is asked for.

use crate::support::etcdkit;

#[test]
fn version_is_what_clap_would_print() {
    let clap_says = etcdkit_cli::args::command().render_version();
    for flag in ["--version", "-V"] {
        let out = etcdkit().arg(flag).output().unwrap();
        assert_eq!(out.status.code(), Some(0), "{flag}");
        assert_eq!(String::from_utf8_lossy(&out.stdout), clap_says, "{flag}");
    }
}

#[test]
fn long_help_shows_the_examples_and_short_help_does_not() {
    for args in [
        &["--help"][..],
        &["lock", "--help"],
        &["queue", "work", "--help"],
        &["help", "lock"],
        &["--endpoints", "127.0.0.1:1", "elect", "--help"],
    ] {
        let out = etcdkit().args(args).output().unwrap();
        assert_eq!(out.status.code(), Some(0), "{args:?}");
        let help = String::from_utf8_lossy(&out.stdout);
        assert!(help.contains("\nExamples:\n"), "{args:?}: {help}");
    }
    let out = etcdkit().args(["lock", "-h"]).output().unwrap();
    assert!(!String::from_utf8_lossy(&out.stdout).contains("Examples:"));
}
