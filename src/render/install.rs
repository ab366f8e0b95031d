//! Putting a rendered file in place the way config files must be: never half-written, never
//! unchecked, never rewritten for nothing.
//!
//! The text is written to a staged file in DEST's own directory (so the rename stays on
//! one file system), given its mode and owner, flushed to disk, then checked by `--check
//! CMD` (`{}` in CMD is the staged file's path), and only if the check passes renamed over
//! DEST, after which the directory is flushed too. A failed check removes the staged file
//! and leaves DEST as it was. Text equal to DEST's is not written at all, and runs nothing.

use std::ffi::OsString;
use std::fs;
use std::io::{self, Write};
use std::os::unix::fs::{MetadataExt, PermissionsExt};
use std::path::{Path, PathBuf};
use std::process::ExitStatus;
use std::time::Duration;

use etcdkit::error::Error;
use etcdkit::process::shutdown::Shutdown;
use etcdkit::process::supervise::supervise;
use nix::unistd::{Gid, Uid};

/// Where a template's text goes, and how the file is to be.
#[derive(Debug, Clone)]
pub struct Dest {
    pub path: PathBuf,
    /// `--mode`; otherwise DEST's present mode, or 0644 for a new file.
    pub mode: Option<u32>,
    /// `--owner`; otherwise, as root, DEST's present owner (a new file is root's).
    pub owner: Option<(Option<Uid>, Option<Gid>)>,
}

/// What [`install`] did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Installed {
    /// DEST already held this text: nothing written, nothing run.
    Unchanged,
    /// The text is DEST's now.
    Installed,
    /// `--check` refused it (its status): DEST is as it was.
    Refused(ExitStatus),
}

/// Installs `text` as `dest`, checked by `check` if given (a shell command line).
///
/// Errors: `Io` naming the file (no directory, no permission, disk full), `Spawn` if the
/// check cannot start. Dropping the future kills a running check and removes the staged
/// file.
pub async fn install(
    dest: &Dest,
    text: &[u8],
    check: Option<&str>,
    shutdown: &Shutdown,
    grace: Duration,
) -> Result<Installed, Error> {
    let present = fs::metadata(&dest.path).ok();
    if present.as_ref().is_some_and(|m| m.is_file())
        && fs::read(&dest.path).ok().as_deref() == Some(text)
    {
        return Ok(Installed::Unchanged);
    }
    let staged = stage(dest, present.as_ref(), text).map_err(|e| in_file(&dest.path, e))?;
    if let Some(check) = check {
        let line = check.replace("{}", &quoted(staged.path()));
        let env = [
            ("ETCDKIT_RENDER_STAGED", staged.path().display().to_string()),
            ("ETCDKIT_RENDER_DEST", dest.path.display().to_string()),
        ];
        let status = run_shell(&line, &env, shutdown, grace).await?;
        if !status.success() {
            return Ok(Installed::Refused(status));
        }
    }
    staged
        .persist(&dest.path)
        .map_err(|e| in_file(&dest.path, e.error))?;
    if let Some(dir) = directory(&dest.path) {
        // The rename is durable once the directory is.
        fs::File::open(dir)
            .and_then(|d| d.sync_all())
            .map_err(|e| in_file(dir, e))?;
    }
    Ok(Installed::Installed)
}

/// Runs `line` with `sh -c`, supervised (its own process group, signals forwarded), and
/// waits for it.
///
/// Errors: `Spawn` if `/bin/sh` cannot start; `Io`.
pub async fn run_shell(
    line: &str,
    env: &[(&str, String)],
    shutdown: &Shutdown,
    grace: Duration,
) -> Result<ExitStatus, Error> {
    let argv: Vec<OsString> = ["/bin/sh", "-c", line].iter().map(OsString::from).collect();
    let child = crate::commands::spawn_cmd(&argv, env, None)?;
    supervise(child, Some(shutdown), std::future::pending(), grace).await
}

/// The staged file: `text` in DEST's directory, with DEST's mode and owner, on disk.
fn stage(
    dest: &Dest,
    present: Option<&fs::Metadata>,
    text: &[u8],
) -> io::Result<tempfile::NamedTempFile> {
    let name = dest
        .path
        .file_name()
        .map_or_else(Default::default, |n| n.to_string_lossy());
    let mut staged = tempfile::Builder::new()
        .prefix(&format!(".{name}."))
        .suffix(".etcdkit")
        .tempfile_in(directory(&dest.path).unwrap_or(Path::new(".")))?;
    staged.write_all(text)?;
    let mode = dest
        .mode
        .or(present.map(|m| m.mode() & 0o7777))
        .unwrap_or(0o644);
    staged
        .as_file()
        .set_permissions(fs::Permissions::from_mode(mode))?;
    let owner = match (dest.owner, present) {
        (Some(owner), _) => Some(owner),
        (None, Some(m)) if Uid::effective().is_root() => {
            Some((Some(Uid::from_raw(m.uid())), Some(Gid::from_raw(m.gid()))))
        }
        _ => None,
    };
    if let Some((uid, gid)) = owner {
        std::os::unix::fs::fchown(staged.as_file(), uid.map(Uid::as_raw), gid.map(Gid::as_raw))?;
    }
    staged.as_file().sync_all()?;
    Ok(staged)
}

/// DEST's directory (`None`: the current one).
fn directory(path: &Path) -> Option<&Path> {
    path.parent().filter(|d| !d.as_os_str().is_empty())
}

fn quoted(path: &Path) -> String {
    let text = path.to_string_lossy();
    shlex::try_quote(&text).map_or_else(|_| text.to_string(), |q| q.into_owned())
}

fn in_file(path: &Path, e: io::Error) -> Error {
    Error::Io(io::Error::new(e.kind(), format!("{}: {e}", path.display())))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dest(path: PathBuf) -> Dest {
        Dest {
            path,
            mode: None,
            owner: None,
        }
    }

    fn leftovers(dir: &Path) -> Vec<String> {
        fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .filter(|n| n.ends_with(".etcdkit"))
            .collect()
    }

    #[test]
    fn installs_keeps_the_mode_and_skips_equal_text() {
        let rt = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .unwrap();
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("app.conf");
        let d = dest(path.clone());
        rt.block_on(async {
            let shutdown = Shutdown::install().unwrap();
            let got = install(&d, b"one\n", None, &shutdown, Duration::from_secs(1)).await;
            assert_eq!(got.unwrap(), Installed::Installed);
            assert_eq!(fs::metadata(&path).unwrap().mode() & 0o777, 0o644);
            fs::set_permissions(&path, fs::Permissions::from_mode(0o600)).unwrap();
            let before = fs::metadata(&path).unwrap().ino();
            let got = install(&d, b"one\n", None, &shutdown, Duration::from_secs(1)).await;
            assert_eq!(got.unwrap(), Installed::Unchanged);
            assert_eq!(fs::metadata(&path).unwrap().ino(), before, "rewritten");
            let got = install(&d, b"two\n", None, &shutdown, Duration::from_secs(1)).await;
            assert_eq!(got.unwrap(), Installed::Installed);
            assert_eq!(fs::read(&path).unwrap(), b"two\n");
            assert_eq!(
                fs::metadata(&path).unwrap().mode() & 0o777,
                0o600,
                "mode kept"
            );
            let asked = Dest {
                mode: Some(0o640),
                ..d.clone()
            };
            install(&asked, b"three\n", None, &shutdown, Duration::from_secs(1))
                .await
                .unwrap();
            assert_eq!(fs::metadata(&path).unwrap().mode() & 0o777, 0o640);
        });
        assert!(leftovers(dir.path()).is_empty());
    }

    #[test]
    fn a_failed_check_keeps_the_old_file_and_a_passed_one_saw_the_staged_text() {
        let rt = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .unwrap();
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("with space.conf");
        let seen = dir.path().join("seen");
        fs::write(&path, "old\n").unwrap();
        let d = dest(path.clone());
        rt.block_on(async {
            let shutdown = Shutdown::install().unwrap();
            let refuse = "grep -q good {}";
            let got = install(
                &d,
                b"bad\n",
                Some(refuse),
                &shutdown,
                Duration::from_secs(1),
            )
            .await;
            assert!(matches!(got.unwrap(), Installed::Refused(s) if s.code() == Some(1)));
            assert_eq!(fs::read(&path).unwrap(), b"old\n");
            let copy = format!("cp {{}} {} && grep -q good {{}}", seen.display());
            let got = install(
                &d,
                b"good\n",
                Some(&copy),
                &shutdown,
                Duration::from_secs(1),
            )
            .await;
            assert_eq!(got.unwrap(), Installed::Installed);
            assert_eq!(fs::read(&seen).unwrap(), b"good\n");
            assert_eq!(fs::read(&path).unwrap(), b"good\n");
        });
        assert!(leftovers(dir.path()).is_empty(), "staged files left behind");
    }

    #[test]
    fn a_missing_directory_names_the_file() {
        let rt = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .unwrap();
        let d = dest("/nonexistent-dir/x.conf".into());
        let err = rt
            .block_on(async {
                let shutdown = Shutdown::install().unwrap();
                install(&d, b"x", None, &shutdown, Duration::from_secs(1)).await
            })
            .unwrap_err();
        assert!(
            err.to_string().starts_with("/nonexistent-dir/x.conf: "),
            "{err}"
        );
    }
}
