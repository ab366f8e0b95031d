//! The conditions the library reports. Each variant names a condition a caller can act on
//! and carries values, not command-line flags; the binary maps them to the exit codes of
//! DESIGN.md (noted on each variant). Below them, the plain values they carry; this file
//! uses no other module of the crate but the signal values (`process::signal`), so every
//! layer can return its errors without a cycle.

use std::time::Duration;

use crate::process::signal::Signal;

/// Errors of the helper layer.
/// New conditions may be added in a minor release: match with a `_` arm.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// Bad input detected before anything was written (exit 2).
    #[error("{0}")]
    InvalidInput(String),

    /// No endpoint answered within the dial timeout (exit 1).
    #[error("cannot reach etcd at {endpoints} within {}: {reason}", humantime::format_duration(*.within))]
    Unreachable {
        /// The endpoints that were tried, comma-separated.
        endpoints: String,
        /// How long was tried.
        within: Duration,
        /// The last transport or server error.
        reason: String,
    },

    /// TLS cannot work with how the endpoints were given (exit 1): the server's
    /// certificate was refused, or an endpoint given as plain HTTP serves TLS. The same on
    /// every attempt, so reported at once instead of after the dial timeout.
    #[error("etcd at {endpoint}: {reason}")]
    Tls {
        /// The endpoint that failed.
        endpoint: String,
        /// What failed, and what fixes it.
        reason: String,
    },

    /// The server refused our credentials (exit 1). Never carries the password.
    #[error("authentication failed for user {user:?}: {reason}")]
    Auth {
        /// The user name (never the password).
        user: String,
        /// The server's words.
        reason: String,
    },

    /// etcd has authentication enabled and no user was given (exit 1).
    #[error("etcd has authentication enabled and no user was given")]
    AuthRequired,

    /// The user's roles do not grant a request (exit 1). `denied` names the key or prefix
    /// refused, when known (see [`crate::admin::access::explain`]).
    #[error("{}", denied_message(.user, .denied))]
    PermissionDenied {
        /// The user requests were made as.
        user: Option<String>,
        /// The refused key and right, when found.
        denied: Option<Denied>,
    },

    /// `--try` found the resource held (exit 3).
    #[error("{what} is held by {}", holder.as_deref().unwrap_or("another owner"))]
    Busy {
        /// What was tried, e.g. `lock NAME`.
        what: String,
        /// Who holds it, when known (see [`crate::admin::holders`]).
        holder: Option<String>,
    },

    /// An election has no leader (exit 3).
    #[error("election {0} has no leader")]
    NoLeader(String),

    /// A proclaim from a candidate that does not lead (any more) (exit 4).
    #[error("not the leader of election {0}")]
    NotLeader(String),

    /// Nothing to pick, e.g. no instance of a service (exit 3).
    #[error("{0}")]
    NotFound(String),

    /// `--timeout` passed while waiting (exit 3).
    #[error("timed out after {} waiting for {what}", humantime::format_duration(*.after))]
    Timeout {
        /// What was waited for.
        what: String,
        /// How long.
        after: Duration,
    },

    /// The session lease is gone or could not be proven alive in time (exit 4).
    #[error("lease {id:x} lost: {reason}")]
    LeaseLost {
        /// The lease id.
        id: i64,
        /// How it was lost.
        reason: String,
    },

    /// A watched job reported failure (exit 5).
    #[error("job {job} failed: {message}")]
    JobFailed {
        /// The job's name.
        job: String,
        /// Its failure message.
        message: String,
    },

    /// A termination signal arrived while waiting (exit 128+N).
    #[error("interrupted by {0}")]
    Interrupted(Signal),

    /// A watch's start revision was compacted away (exit 1).
    #[error("revision {requested} was compacted; the oldest available revision is {oldest}")]
    Compacted {
        /// The revision asked for.
        requested: i64,
        /// The oldest revision still in history.
        oldest: i64,
    },

    /// Any other error from etcd or the transport (exit 1). Shown as the server's or
    /// transport's own words, not the client library's debug form.
    #[error("{}", describe(.0))]
    Etcd(etcd_client::Error),

    /// CMD could not be started (exit 127 when it was not found, 126 otherwise, as
    /// shells, `env` and `timeout` do).
    #[error("cannot run {program}: {reason}")]
    Spawn {
        /// The program as given.
        program: String,
        /// Why: `NotFound`, `PermissionDenied` (not executable)... Part of the message, not
        /// a `source()`, so that a chain of causes does not print it twice.
        reason: std::io::Error,
    },

    /// CMD ran for its whole `--max-runtime` and was stopped (exit 124, as `timeout(1)`).
    #[error("CMD ran for --max-runtime {} and was stopped", humantime::format_duration(*.after))]
    MaxRuntime {
        /// The limit it reached.
        after: Duration,
    },

    /// Local I/O, e.g. reading a file (exit 1).
    #[error(transparent)]
    Io(#[from] std::io::Error),
}

/// etcd's words for a write refused under the NOSPACE alarm.
const NO_SPACE: &str = "database space exceeded";

impl Error {
    /// Whether a response was larger than the client takes in one message (tonic's limit,
    /// 4 MB): asking for less at a time will do.
    pub fn is_too_large(&self) -> bool {
        matches!(self, Error::Etcd(e) if e.to_string().contains("message length too large"))
    }

    /// Whether this is a read or watch at a revision that compaction removed: a watch's
    /// `Compacted`, or etcd's `ErrCompacted` on a range at a past revision.
    pub fn is_compacted(&self) -> bool {
        matches!(self, Error::Compacted { .. })
            || matches!(self, Error::Etcd(e) if e.to_string().contains("required revision has been compacted"))
    }

    /// Whether etcd refused a write because its database reached its quota (the NOSPACE
    /// alarm): every write fails until an operator frees space and disarms the alarm.
    pub fn is_no_space(&self) -> bool {
        matches!(self, Error::Etcd(e) if describe(e).contains(NO_SPACE))
    }
}

impl From<etcd_client::Error> for Error {
    fn from(err: etcd_client::Error) -> Error {
        Error::Etcd(err)
    }
}

/// The library's result type.
pub type Result<T, E = Error> = std::result::Result<T, E>;

/// What a role must grant on a key range: etcd's `read` or `readwrite`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Access {
    /// Range reads and watches.
    Read,
    /// Reads, watches, puts, deletes and transactions comparing the keys.
    ReadWrite,
}

/// A refused grant, as found by [`access::explain`](crate::admin::access::explain).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Denied {
    /// The key or prefix refused, as text (a prefix ends in `…`).
    pub key: String,
    /// The grant the operation needs there.
    pub needs: Access,
    /// Whether reading was allowed and only writing refused.
    pub read_allowed: bool,
}

/// `permission denied writing KEY: the roles of user "bob" do not grant write on it`.
pub(crate) fn denied_message(user: &Option<String>, denied: &Option<Denied>) -> String {
    let whose = match user {
        Some(user) => format!("the roles of user {user:?}"),
        None => "the user's roles".to_string(),
    };
    let Some(denied) = denied else {
        return format!("permission denied: {whose} do not grant this request");
    };
    let (doing, right) = match (denied.needs, denied.read_allowed) {
        (Access::Read, _) => ("reading", "read"),
        (Access::ReadWrite, true) => ("writing", "write"),
        (Access::ReadWrite, false) => ("reading and writing", "readwrite"),
    };
    format!(
        "permission denied {doing} {}: {whose} do not grant {right} on it",
        denied.key
    )
}

/// An etcd or transport error in words: the server's or transport's own message and its
/// causes, without the client library's wrapper prefixes or debug form.
pub fn describe(err: &etcd_client::Error) -> String {
    match err {
        etcd_client::Error::GRpcStatus(s) => {
            let mut msg = s.message().to_string();
            let mut source = std::error::Error::source(s);
            while let Some(cause) = source {
                let text = cause.to_string();
                if !msg.contains(&text) {
                    msg = format!("{msg}: {text}");
                }
                source = cause.source();
            }
            if msg.contains(NO_SPACE) {
                msg.push_str(
                    " (etcd's NOSPACE alarm: it refuses every write until an operator frees \
                     space with `etcdctl compact` and `etcdctl defrag`, then runs `etcdctl \
                     alarm disarm`; docs/operations.md)",
                );
            }
            msg
        }
        other => other.to_string(),
    }
}
