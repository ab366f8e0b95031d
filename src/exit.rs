//! The exit codes of DESIGN.md, and the mapping from an error to its code.
//!
//! | code | meaning |
//! |---|---|
//! | 0 | success |
//! | 1 | runtime error: etcd unreachable, authentication or permission failure, server error |
//! | 2 | usage error or bad input, before anything was written |
//! | 3 | not acquired: busy with `--try`, or `--timeout` passed while waiting |
//! | 4 | lost: the lease, lock, leadership or registration was lost while held |
//! | 5 | a watched job failed |
//! | 128+N | interrupted by signal N while waiting (130 SIGINT, 143 SIGTERM) |
//! | 124 | `--max-runtime` passed: CMD was stopped |
//! | 126 / 127 | CMD is not executable / not found |
//! | CMD's | with `-- CMD`, CMD's own status (128+N if signal N ended it) |

use etcdkit::error::Error;

/// The process exit status of etcdkit.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Exit(pub u8);

impl Exit {
    pub const SUCCESS: Exit = Exit(0);
    pub const FAILURE: Exit = Exit(1);
    pub const USAGE: Exit = Exit(2);
    pub const NOT_ACQUIRED: Exit = Exit(3);
    pub const LOST: Exit = Exit(4);
    pub const JOB_FAILED: Exit = Exit(5);
    /// `--max-runtime` passed and CMD was stopped (`timeout(1)`'s 124).
    pub const MAX_RUNTIME: Exit = Exit(124);
    /// CMD could not be executed (shells' 126).
    pub const NOT_EXECUTABLE: Exit = Exit(126);
    /// CMD was not found (shells' 127).
    pub const NOT_FOUND: Exit = Exit(127);

    /// 128+N, the shell's convention for "ended by signal N".
    pub fn signalled(signo: i32) -> Exit {
        Exit(128u8.saturating_add(u8::try_from(signo).unwrap_or(127)))
    }

    /// The code for an error that ends the run: the first condition in its chain that has
    /// a code of its own, else 1.
    pub fn for_error(err: &anyhow::Error) -> Exit {
        for cause in err.chain() {
            if let Some(e) = cause.downcast_ref::<Error>() {
                return Exit::for_condition(e);
            }
            if let Some(e) = cause.downcast_ref::<clap::Error>() {
                return Exit(u8::try_from(e.exit_code()).unwrap_or(2));
            }
        }
        Exit::FAILURE
    }

    /// Whether `err` is an outcome the user asked for rather than a failure: busy under
    /// `--try` (two hosts of three, every cron tick), or a signal that ended a wait or an
    /// endless stream. It is printed as a note (`-q` silences it), not as an error; the
    /// exit code is the same.
    pub fn is_expected(err: &anyhow::Error) -> bool {
        let condition = err.chain().find_map(|c| c.downcast_ref::<Error>());
        matches!(condition, Some(Error::Busy { .. } | Error::Interrupted(_)))
    }

    fn for_condition(err: &Error) -> Exit {
        match err {
            Error::InvalidInput(_) => Exit::USAGE,
            Error::Busy { .. }
            | Error::NoLeader(_)
            | Error::NotFound(_)
            | Error::Timeout { .. } => Exit::NOT_ACQUIRED,
            Error::LeaseLost { .. } | Error::NotLeader(_) => Exit::LOST,
            Error::JobFailed { .. } => Exit::JOB_FAILED,
            Error::MaxRuntime { .. } => Exit::MAX_RUNTIME,
            Error::Interrupted(sig) => Exit::signalled(sig.number()),
            Error::Spawn { reason, .. } if reason.kind() == std::io::ErrorKind::NotFound => {
                Exit::NOT_FOUND
            }
            Error::Spawn { .. } => Exit::NOT_EXECUTABLE,
            Error::Unreachable { .. }
            | Error::Tls { .. }
            | Error::Auth { .. }
            | Error::AuthRequired
            | Error::PermissionDenied { .. }
            | Error::Compacted { .. }
            | Error::Etcd(_)
            | Error::Io(_) => Exit::FAILURE,
            // Error is #[non_exhaustive]: a condition added to the library is a plain
            // failure until it is given a code here.
            _ => Exit::FAILURE,
        }
    }
}

impl Exit {
    /// CMD's exit status as etcdkit's: its code, or 128+N if signal N ended it.
    pub fn of_status(status: std::process::ExitStatus) -> Exit {
        use std::os::unix::process::ExitStatusExt;
        match (status.code(), status.signal()) {
            (Some(code), _) => Exit(u8::try_from(code).unwrap_or(1)),
            (None, Some(sig)) => Exit::signalled(sig),
            (None, None) => Exit::FAILURE,
        }
    }
}

impl From<Exit> for std::process::ExitCode {
    fn from(exit: Exit) -> Self {
        std::process::ExitCode::from(exit.0)
    }
}

/// The table above, for `--help`.
pub const HELP: &str = "\
Exit codes:
  0        success
  1        runtime error: etcd unreachable, authentication or permission failure, server error
  2        usage error or bad input, before anything was written
  3        not acquired: busy with --try, or --timeout passed while waiting
  4        lost: the lease, lock, leadership or registration was lost while held
  5        a watched job failed
  124      --max-runtime passed: CMD was stopped
  130/143  interrupted by SIGINT/SIGTERM while waiting
  126/127  CMD is not executable / not found
  CMD's    with -- CMD, CMD's own status (128+N if signal N ended it)";

#[cfg(test)]
mod tests {
    use super::*;
    use etcdkit::process::shutdown::Signal;
    use std::time::Duration;

    fn code(e: Error) -> u8 {
        Exit::for_error(&anyhow::Error::new(e).context("doing something")).0
    }

    #[test]
    fn every_condition_has_the_documented_code() {
        assert_eq!(code(Error::InvalidInput("x".into())), 2);
        assert_eq!(
            code(Error::Busy {
                what: "x".into(),
                holder: None
            }),
            3
        );
        let spawn = |kind| Error::Spawn {
            program: "x".into(),
            reason: std::io::Error::from(kind),
        };
        assert_eq!(code(spawn(std::io::ErrorKind::NotFound)), 127);
        assert_eq!(code(spawn(std::io::ErrorKind::PermissionDenied)), 126);
        assert_eq!(code(Error::NoLeader("x".into())), 3);
        assert_eq!(code(Error::NotFound("x".into())), 3);
        let compacted = Error::Compacted {
            requested: 1,
            oldest: 5,
        };
        assert_eq!(code(compacted), 1);
        let timeout = Error::Timeout {
            what: "x".into(),
            after: Duration::from_secs(1),
        };
        assert_eq!(code(timeout), 3);
        let lost = Error::LeaseLost {
            id: 1,
            reason: "revoked".into(),
        };
        assert_eq!(code(lost), 4);
        let failed = Error::JobFailed {
            job: "j".into(),
            message: "m".into(),
        };
        assert_eq!(code(failed), 5);
        assert_eq!(code(Error::Interrupted(Signal::Int)), 130);
        let after = std::time::Duration::from_secs(1);
        assert_eq!(code(Error::MaxRuntime { after }), 124);
        assert_eq!(code(Error::Interrupted(Signal::Term)), 143);
        assert_eq!(code(Error::Interrupted(Signal::Hup)), 129);
        let unreachable = Error::Unreachable {
            endpoints: "a".into(),
            within: Duration::from_secs(1),
            reason: "r".into(),
        };
        assert_eq!(code(unreachable), 1);
        let auth = Error::Auth {
            user: "u".into(),
            reason: "r".into(),
        };
        assert_eq!(code(auth), 1);
        assert_eq!(code(Error::Io(std::io::Error::other("x"))), 1);
    }

    #[test]
    fn an_error_without_a_condition_is_a_runtime_error() {
        assert_eq!(Exit::for_error(&anyhow::anyhow!("plain")).0, 1);
    }

    #[test]
    fn signals_map_to_128_plus_n() {
        assert_eq!(Exit::signalled(9), Exit(137));
        assert_eq!(Exit::signalled(15), Exit(143));
    }

    #[test]
    fn the_help_table_lists_every_code() {
        for code in ["0 ", "1 ", "2 ", "3 ", "4 ", "5 ", "130/143", "CMD's"] {
            assert!(
                HELP.contains(&format!("  {code}")),
                "{code} missing from HELP"
            );
        }
    }
}
