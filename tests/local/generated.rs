//! completions/ and docs/man/ are generated from the clap definition; these tests fail
//! when they are stale. `ETCDKIT_BLESS=1 cargo test --test generated` rewrites them.

use std::path::Path;

use clap_complete::Shell;
use etcdkit_cli::commands::{completion_script, man_pages};

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

/// What bash's completion offers for `words` (the cursor on the last), with the committed
/// script loaded, run in `dir`.
fn bash_completes(dir: &Path, words: &[&str]) -> Vec<String> {
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("completions/etcdkit.bash");
    let quoted: Vec<String> = words.iter().map(|w| format!("'{w}'")).collect();
    let line = format!(
        "source '{}' 2>/dev/null; COMP_WORDS=({}); COMP_CWORD={}; \
         _etcdkit etcdkit '{}' '{}' 2>/dev/null; printf '%s\\n' \"${{COMPREPLY[@]}}\"",
        script.display(),
        quoted.join(" "),
        words.len() - 1,
        words[words.len() - 1],
        words[words.len() - 2],
    );
    let out = std::process::Command::new("bash")
        .args(["--norc", "-c", &line])
        .current_dir(dir)
        .output()
        .unwrap();
    assert!(out.status.success(), "{out:?}");
    String::from_utf8_lossy(&out.stdout)
        .lines()
        .filter(|l| !l.is_empty())
        .map(str::to_string)
        .collect()
}

/// Bash completion after `--` completes CMD (a command name, then file names) instead of
/// offering etcdkit's flags, and a duration's value is not completed with file names.
#[test]
fn bash_completes_cmd_after_dashes_and_no_file_names_for_durations() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("backup.sh"), "").unwrap();
    let first = bash_completes(dir.path(), &["etcdkit", "lock", "x", "--", "ech"]);
    assert!(first.iter().any(|w| w == "echo"), "{first:?}");
    let rest = bash_completes(dir.path(), &["etcdkit", "lock", "x", "--", "sh", "ba"]);
    assert_eq!(rest, ["backup.sh"]);
    let flags = bash_completes(dir.path(), &["etcdkit", "lock", "x", "--", ""]);
    assert!(
        !flags.iter().any(|w| w.starts_with("--")),
        "etcdkit's flags: {flags:?}"
    );
    let duration = bash_completes(dir.path(), &["etcdkit", "lock", "x", "--timeout", ""]);
    assert!(!duration.iter().any(|w| w == "backup.sh"), "{duration:?}");
    let own = bash_completes(dir.path(), &["etcdkit", "lock", "x", "--ti"]);
    assert_eq!(own, ["--timeout"], "etcdkit's own flags still complete");
}

/// The pages read as man pages: a synopsis that is a command line, EXIT STATUS and
/// ENVIRONMENT on every page, EXAMPLES on each subcommand's, and every page a page
/// refers to exists.
#[test]
fn man_pages_have_the_usual_sections_and_no_dangling_references() {
    let pages = man_pages().unwrap();
    let names: Vec<String> = pages
        .iter()
        .map(|(file, _)| file.trim_end_matches(".1").to_string())
        .collect();
    for (file, roff) in &pages {
        let text = String::from_utf8(roff.clone()).unwrap();
        let name = file.trim_end_matches(".1");
        let command = name
            .replace("\\-", "-")
            .replace('-', " ")
            .replace("job progress", "job-progress");
        let synopsis = text.split(".SH SYNOPSIS").nth(1).expect("a SYNOPSIS");
        let shown = synopsis
            .lines()
            .nth(1)
            .unwrap_or("")
            .replace("\\-", "-")
            .replace("\\fB", "")
            .replace("\\fR", "");
        assert!(shown.starts_with(&command), "{file}: synopsis {shown:?}");
        for section in [
            ".SH \"EXIT STATUS\"",
            ".SH \"ENVIRONMENT\"",
            ".SH \"SEE ALSO\"",
        ] {
            assert!(text.contains(section), "{file} lacks {section}");
        }
        assert!(!text.contains(".SH EXTRA"), "{file} still has EXTRA");
        for referenced in text.split("etcdkit\\-").skip(1) {
            if let Some((page, rest)) = referenced.split_once('(') {
                if rest.starts_with("1)") && !page.contains(' ') {
                    let page = format!("etcdkit-{}", page.replace("\\-", "-"));
                    assert!(
                        names.contains(&page),
                        "{file} refers to {page}(1), which does not exist"
                    );
                }
            }
        }
    }
    for top in [
        "lock",
        "elect",
        "register",
        "discover",
        "queue",
        "wait",
        "job-progress",
        "status",
    ] {
        let (_, roff) = pages
            .iter()
            .find(|(f, _)| f == &format!("etcdkit-{top}.1"))
            .unwrap();
        assert!(
            String::from_utf8_lossy(roff).contains(".SH \"EXAMPLES\""),
            "{top} has no EXAMPLES"
        );
    }
}
