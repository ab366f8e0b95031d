//! Work run while a session holds something (a lock, leadership, a registration), stopped
//! before the lease could expire.
//!
//! Invariant: work under a [`Guard`] never runs past the instant its lease could expire on
//! the server, so whoever acquires next cannot overlap it. The session reports `lost` a
//! fifth of the TTL before that instant ([`Session::lost`]); then a future is dropped at
//! once, and a child process gets SIGTERM, then SIGKILL after its grace period, but no later
//! than [`KILL_MARGIN`] before the lease could expire, whatever the grace period says. A
//! child also has a guardian (`process::guardian`), a second process told the same
//! instants after every renewal, which stops the child by itself if this process is
//! stopped (SIGSTOP, starved) when they come.
//!
//! ```no_run
//! # async fn example(etcd: etcdkit::client::Etcd) -> etcdkit::Result<()> {
//! use std::time::Duration;
//! use etcdkit::lease::{guard::Guard, session::Session};
//! use etcdkit::recipes::lock::Mutex;
//!
//! let session = Session::new(&etcd, Duration::from_secs(10)).await?;
//! let mut mutex = Mutex::new(&session, "nightly-backup")?;
//! mutex.lock().await?;
//! let guard = Guard::new(session);
//! let outcome = guard.run(async { /* the backup */ }).await; // Err(LeaseLost) if lost
//! guard.release().await?; // revokes the lease: the lock is free at once
//! outcome?;
//! # Ok(())
//! # }
//! ```

use std::future::Future;
#[cfg(feature = "process")]
use std::process::ExitStatus;
use std::time::Duration;

use tokio::time::timeout;

#[cfg(feature = "process")]
use crate::error::Error;
use crate::error::Result;
use crate::lease::session::Session;
#[cfg(feature = "process")]
use crate::process::{
    guardian::Guardian,
    shutdown::Shutdown,
    supervise::{supervise, Child, Stop},
};

/// SIGKILL lands at least this long before the lease could expire, whatever the grace.
pub const KILL_MARGIN: Duration = Duration::from_millis(200);
/// How long [`Guard::release`] tries to revoke a lease that was already lost (the cluster
/// may be unreachable; the lease expires by itself anyway).
pub const RELEASE_AFTER_LOSS: Duration = Duration::from_secs(1);

/// Runs work under a session and releases what it holds afterwards.
pub struct Guard {
    session: Session,
}

impl Guard {
    /// Guards work with `session`, which holds something (its keys are on its lease).
    pub fn new(session: Session) -> Guard {
        Guard { session }
    }

    /// The session the work runs under.
    pub fn session(&self) -> &Session {
        &self.session
    }

    /// Runs `work` to its end unless the session is lost first; then `work` is dropped at
    /// once (long before the lease could expire) and the loss is returned.
    ///
    /// Errors: `LeaseLost`. Dropping this future drops `work`; what is held stays held
    /// until [`Guard::release`] or the session's end.
    pub async fn run<F: Future>(&self, work: F) -> Result<F::Output> {
        tokio::select! {
            out = work => Ok(out),
            lost = self.session.lost() => Err(lost),
        }
    }

    /// Runs `child` to its end, forwarding the termination signals `signals` catches (if
    /// any) to its process group. If the session is lost first, the group gets SIGTERM, then
    /// SIGKILL after `grace` or [`KILL_MARGIN`] before the lease could expire, whichever
    /// comes first, and the loss is returned once the group is gone. The child's guardian
    /// process does the same at the same instants if this process is not running then;
    /// it shares this process's memory (`clone(CLONE_VM)` onto a stack of its own: nothing
    /// is copied, however large the heap; a fork on architectures other than x86_64 and
    /// aarch64).
    ///
    /// Errors: `LeaseLost` (also when the guardian stopped the child); `Io` if waiting on
    /// the child fails. Dropping this future kills the child's group (SIGKILL) at once.
    /// Needs feature `process`.
    #[cfg(feature = "process")]
    pub async fn run_child(
        &self,
        mut child: Child,
        signals: Option<&Shutdown>,
        grace: Duration,
    ) -> Result<ExitStatus> {
        let stop_on_loss = async {
            let reason = self.session.lost().await;
            let left = self
                .session
                .alive_until()
                .saturating_duration_since(tokio::time::Instant::now());
            Stop {
                reason,
                grace: grace.min(left.saturating_sub(KILL_MARGIN)),
            }
        };
        // The same stop, by a second process, for when etcdkit itself is stopped.
        let deadlines = || {
            let term_at = self.session.lost_at();
            let kill_at = (term_at + grace).min(self.session.alive_until() - KILL_MARGIN);
            (term_at, kill_at)
        };
        child.ended_at = Some(Box::new(self.session.lost_at_reader()));
        let (term_at, kill_at) = deadlines();
        let guardian = match Guardian::start(child.group(), term_at, kill_at) {
            Ok(guardian) => Some(guardian),
            Err(e) => {
                tracing::warn!(error = %e, "no guardian for CMD: only etcdkit itself can stop it");
                None
            }
        };
        let mut seen = self.session.subscribe();
        let told = async {
            loop {
                self.session.changed(&mut seen).await;
                if let Some(guardian) = &guardian {
                    let (term_at, kill_at) = deadlines();
                    guardian.tell(term_at, kill_at);
                }
            }
        };
        let stop = async {
            tokio::select! {
                stop = stop_on_loss => stop,
                never = told => never,
            }
        };
        let ended = supervise(child, signals, stop, grace).await;
        let guardian_stopped_cmd = guardian.is_some_and(Guardian::end);
        match ended {
            // The guardian stopped CMD while etcdkit was not running (stopped, or starved)
            // when the lease needed renewing: the lock may have gone to another holder.
            Ok(_) if guardian_stopped_cmd => Err(Error::LeaseLost {
                id: self.session.id(),
                reason: "CMD was stopped by its guardian: etcdkit itself was not running \
                             (stopped or starved) when the lease needed renewing"
                    .into(),
            }),
            other => other,
        }
    }

    /// Releases what the session holds: revokes its lease, which deletes its keys at once.
    /// Tries within the connection's command timeout, or within [`RELEASE_AFTER_LOSS`] if
    /// the session was lost (a courtesy: the lease is expiring anyway).
    ///
    /// Errors: `Unreachable`/`Etcd` if the revoke failed; the lease then expires within its
    /// TTL. Dropping this future leaves the same: the lease expires by itself.
    pub async fn release(self) -> Result<()> {
        if self.session.is_lost() {
            return timeout(RELEASE_AFTER_LOSS, self.session.close())
                .await
                .unwrap_or(Ok(()));
        }
        self.session.close().await
    }
}

impl From<Session> for Guard {
    fn from(session: Session) -> Guard {
        Guard::new(session)
    }
}
