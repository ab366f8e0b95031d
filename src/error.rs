//! The conditions the helper layer reports. Each variant names a condition a caller
//! can act on; `exit.rs` maps them to the exit codes of DESIGN.md.

use std::time::Duration;

use crate::shutdown::Signal;

/// Errors of the helper layer.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// Bad input detected before anything was written (exit 2).
    #[error("{0}")]
    InvalidInput(String),

    /// No endpoint answered within the dial timeout (exit 1).
    #[error("cannot reach etcd at {endpoints} within {}: {reason}", humantime::format_duration(*.within))]
    Unreachable {
        endpoints: String,
        within: Duration,
        reason: String,
    },

    /// The server refused our credentials (exit 1). Never carries the password.
    #[error("authentication failed for user {user:?}: {reason}")]
    Auth { user: String, reason: String },

    /// `--try` found the resource held (exit 3).
    #[error("{0} is held by another owner")]
    Busy(String),

    /// An election has no leader (exit 3).
    #[error("election {0} has no leader")]
    NoLeader(String),

    /// Nothing to pick, e.g. no instance of a service (exit 3).
    #[error("{0}")]
    NotFound(String),

    /// `--timeout` passed while waiting (exit 3).
    #[error("timed out after {} waiting for {what}", humantime::format_duration(*.after))]
    Timeout { what: String, after: Duration },

    /// The session lease is gone or could not be proven alive in time (exit 4).
    #[error("lease {id:x} lost: {reason}")]
    LeaseLost { id: i64, reason: String },

    /// A watched job reported failure (exit 5).
    #[error("job {job} failed: {message}")]
    JobFailed { job: String, message: String },

    /// A termination signal arrived while waiting (exit 128+N).
    #[error("interrupted by {0}")]
    Interrupted(Signal),

    /// A watch's start revision was compacted away (exit 1).
    #[error("revision {requested} was compacted; the oldest available revision is {oldest}")]
    Compacted { requested: i64, oldest: i64 },

    /// Any other error from etcd or the transport (exit 1).
    #[error(transparent)]
    Etcd(#[from] etcd_client::Error),

    /// Local I/O, e.g. spawning a command or reading a file (exit 1).
    #[error(transparent)]
    Io(#[from] std::io::Error),
}

pub type Result<T, E = Error> = std::result::Result<T, E>;
