//! A session: a lease kept alive in the background for as long as its holder lives.
//!
//! Invariant: while [`Session::lost`] has not fired, the lease was renewed recently enough
//! that it cannot have expired on the server. Renewal runs in our own loop (etcd-client's
//! keeper sends one request per call): a keep-alive every TTL/3, and at least every
//! [`MAX_RENEW_INTERVAL`] so a revocation is noticed within about that time. Each answered
//! renewal proves the lease alive until `sent + TTL` (the server's clock starts later than
//! ours). When a keep-alive stream dies or stops answering, a new one is opened, which the
//! balanced channel may route to another member. `lost` fires when the server says the
//! lease is gone, or when no renewal has been proven by `deadline - margin`.

use std::time::Duration;

use etcd_client::{Client, LeaseGrantResponse, LeaseKeepAliveStream, LeaseKeeper};
use tokio::sync::watch;
use tokio::task::JoinHandle;
use tokio::time::{sleep_until, timeout_at, Instant};

use crate::client::{Backoff, Etcd, Retry};
use crate::error::{Error, Result};

/// Renew at least this often, whatever the TTL.
pub const MAX_RENEW_INTERVAL: Duration = Duration::from_millis(500);

/// The longest lease etcd grants (its `MaxLeaseTTL`, 9,000,000,000 s: about 285 years).
pub const MAX_LEASE_TTL: Duration = Duration::from_secs(9_000_000_000);

/// Whether etcd can grant a lease of exactly `ttl`: whole seconds, from 1s to
/// [`MAX_LEASE_TTL`].
pub fn is_lease_ttl(ttl: Duration) -> bool {
    !ttl.is_zero() && ttl.subsec_nanos() == 0 && ttl <= MAX_LEASE_TTL
}

/// Grants a lease of `ttl`, not kept alive (a session does that): for writes that should
/// vanish by themselves. A duplicate grant after an ambiguous failure only leaves an empty
/// lease that expires on its own.
///
/// Errors: `InvalidInput` for a TTL under 1s or not whole seconds (etcd counts whole
/// seconds: rounding would hand out another lease than the one asked for).
///
/// Dropping the future may leave a granted lease on the server; it expires after `ttl`.
pub async fn grant(etcd: &Etcd, ttl: Duration) -> Result<LeaseGrantResponse> {
    if !is_lease_ttl(ttl) {
        return Err(Error::InvalidInput(format!(
            "TTL {} is not whole seconds of at least 1s",
            humantime::format_duration(ttl)
        )));
    }
    let secs = ttl.as_secs() as i64;
    etcd.call(Retry::Idempotent, |mut c| async move {
        c.lease_grant(secs, None).await
    })
    .await
}

/// A lease and the task that keeps it alive. Dropping it stops the keep-alive without
/// revoking: the lease then expires after its TTL. [`Session::close`] revokes at once.
pub struct Session {
    etcd: Etcd,
    id: i64,
    ttl: Duration,
    state: watch::Receiver<State>,
    keeper: JoinHandle<()>,
}

#[derive(Debug, Clone)]
pub(crate) struct State {
    /// The lease cannot have expired on the server before this instant.
    alive_until: Instant,
    /// Set once, when the session is lost.
    lost: Option<String>,
}

impl Session {
    /// Grants a lease of `ttl` (whole seconds, at least 1) and starts keeping it alive.
    ///
    /// Errors: `InvalidInput` for a TTL under 1s or not whole seconds, `Unreachable`, `Etcd`.
    ///
    /// Dropping the future may leave a granted lease on the server; it expires after `ttl`.
    pub async fn new(etcd: &Etcd, ttl: Duration) -> Result<Session> {
        let sent = Instant::now();
        let granted = grant(etcd, ttl).await?;
        let id = granted.id();
        let ttl = Duration::from_secs(granted.ttl().max(1) as u64);
        let (tx, state) = watch::channel(State {
            alive_until: sent + ttl,
            lost: None,
        });
        tracing::info!(lease = %format_args!("{id:x}"), ttl = ?ttl, "lease granted");
        let keeper = tokio::spawn(keep_alive(etcd.clone(), id, ttl, tx));
        Ok(Session {
            etcd: etcd.clone(),
            id,
            ttl,
            state,
            keeper,
        })
    }

    /// The lease id.
    pub fn id(&self) -> i64 {
        self.id
    }

    /// The connection the session was made on; patterns built on the session use it.
    pub fn etcd(&self) -> &Etcd {
        &self.etcd
    }

    /// The TTL the server granted.
    pub fn ttl(&self) -> Duration {
        self.ttl
    }

    /// The last instant until which the lease is proven alive. A holder that must stop
    /// work before the lease can expire elsewhere must have stopped by then.
    pub fn alive_until(&self) -> Instant {
        self.state.borrow().alive_until
    }

    /// The instant at which the session counts as lost unless a renewal is proven before
    /// it: [`Session::alive_until`] less a fifth of the TTL.
    pub fn lost_at(&self) -> Instant {
        let alive_until = self.alive_until();
        alive_until
            .checked_sub(margin(self.ttl))
            .unwrap_or(alive_until)
    }

    /// [`Session::lost_at`], readable after the session is borrowed no more (by a child's
    /// supervision, to say when its CMD will be ended; by a service manager's watchdog, to
    /// ping it only while the lease is proven alive). The instant stops moving when renewals
    /// stop arriving, whatever the keep-alive task is doing; once the session is lost (the
    /// server reported the lease revoked or expired), it is no later than now.
    pub fn lost_at_reader(&self) -> impl Fn() -> Instant + Send + 'static {
        let (state, margin) = (self.state.clone(), margin(self.ttl));
        move || {
            let state = state.borrow();
            let lost_at = state
                .alive_until
                .checked_sub(margin)
                .unwrap_or(state.alive_until);
            match state.lost {
                Some(_) => lost_at.min(Instant::now()),
                None => lost_at,
            }
        }
    }

    /// Resolves when the proven deadline moves (a renewal) or the session is lost; never
    /// if the keep-alive task has ended. Cancel-safe.
    #[cfg(feature = "process")]
    pub(crate) async fn changed(&self, seen: &mut watch::Receiver<State>) {
        if seen.changed().await.is_err() {
            std::future::pending::<()>().await;
        }
    }

    /// A receiver of the session's state, for [`Session::changed`].
    #[cfg(feature = "process")]
    pub(crate) fn subscribe(&self) -> watch::Receiver<State> {
        self.state.clone()
    }

    /// Resolves with `LeaseLost` once the lease is gone or can no longer be proven alive.
    /// Cancel-safe; resolves at once if the session is already lost.
    ///
    /// Never fails: the `LeaseLost` it returns is the error to report.
    pub async fn lost(&self) -> Error {
        let mut state = self.state.clone();
        let reason = match state.wait_for(|s| s.lost.is_some()).await {
            Ok(s) => s.lost.clone().unwrap_or_default(),
            Err(_) => "the keep-alive task ended".to_string(),
        };
        Error::LeaseLost {
            id: self.id,
            reason,
        }
    }

    /// Whether `lost` has fired.
    pub fn is_lost(&self) -> bool {
        self.state.borrow().lost.is_some()
    }

    /// Stops the keep-alive and revokes the lease, deleting every key attached to it.
    /// A lease already gone counts as revoked.
    ///
    /// Errors: `Unreachable`/`Etcd` if the revoke failed: the lease then expires within its
    /// TTL. Dropping the future leaves the same (keep-alive has already stopped).
    pub async fn close(self) -> Result<()> {
        self.keeper.abort();
        tracing::info!(lease = %format_args!("{:x}", self.id), "lease revoked (closing)");
        revoke(&self.etcd, self.id).await
    }
}

/// Revokes lease `id`, deleting every key attached to it; its holder's session sees it
/// lost. A lease already gone counts as revoked.
///
/// Errors: `Unreachable`/`Etcd`; `PermissionDenied` when the role may not delete a key on
/// the lease.
pub async fn revoke(etcd: &Etcd, id: i64) -> Result<()> {
    let revoked = etcd
        .call(Retry::Idempotent, |mut c| async move {
            c.lease_revoke(id).await
        })
        .await;
    match revoked {
        Ok(_) => Ok(()),
        Err(Error::Etcd(etcd_client::Error::GRpcStatus(s)))
            if s.code() == tonic::Code::NotFound =>
        {
            Ok(())
        }
        Err(e) => Err(e),
    }
}

impl Drop for Session {
    fn drop(&mut self) {
        self.keeper.abort();
    }
}

/// How much before the proven deadline the session counts as lost: a fifth of the TTL, so
/// a holder has time to stop its work.
fn margin(ttl: Duration) -> Duration {
    ttl / 5
}

async fn keep_alive(etcd: Etcd, id: i64, ttl: Duration, state: watch::Sender<State>) {
    let interval = (ttl / 3).min(MAX_RENEW_INTERVAL);
    let mut stream: Option<Stream> = None;
    let mut backoff = Backoff::default();
    // The grant itself proved the lease alive: the first renewal is due one interval later
    // (a short-lived holder never opens a keep-alive stream).
    let first_renewal = state.borrow().alive_until - ttl + interval;
    sleep_until(first_renewal).await;
    loop {
        let alive_until = state.borrow().alive_until;
        let give_up_at = alive_until.checked_sub(margin(ttl)).unwrap_or(alive_until);
        let now = Instant::now();
        if now >= give_up_at {
            let reason = format!(
                "no keep-alive was answered for {}; the lease could expire on the server within {}",
                humantime::format_duration(round_ms(now - (alive_until - ttl))),
                humantime::format_duration(round_ms(alive_until.saturating_duration_since(now))),
            );
            tracing::warn!(lease = %format_args!("{id:x}"), "lease lost: {reason}");
            state.send_modify(|s| s.lost = Some(reason));
            return;
        }
        // Every wait below ends by `give_up_at`, so the loss is reported on time: an answer
        // is awaited no longer than one interval (a stalled member is left soon), and
        // neither opening a stream nor the back-off may sleep past the give-up instant.
        let answer_by = (now + interval).min(give_up_at);
        let renewed = match stream.as_mut() {
            Some(open) => timeout_at(answer_by, open.renew())
                .await
                .unwrap_or(Err(Renewal::Failed)),
            None => open_and_renew(&etcd, &mut stream, id, ttl, answer_by).await,
        };
        match renewed {
            Ok(granted) if granted > 0 => {
                etcd.observe(|o| o.keepalive_answered(now.elapsed()));
                tracing::debug!(lease = %format_args!("{id:x}"), ttl = granted, "lease renewed");
                state.send_modify(|s| s.alive_until = now + Duration::from_secs(granted as u64));
                backoff = Backoff::default();
                sleep_until(now + interval).await;
            }
            Ok(_) | Err(Renewal::NotFound) => {
                let reason = "the server reports the lease revoked or expired".to_string();
                tracing::warn!(lease = %format_args!("{id:x}"), "lease lost: {reason}");
                state.send_modify(|s| s.lost = Some(reason));
                return;
            }
            Err(Renewal::Failed) => {
                etcd.observe(|o| o.keepalive_failed());
                tracing::warn!(
                    lease = %format_args!("{id:x}"),
                    alive_for_at_most = %humantime::format_duration(round_ms(alive_until.saturating_duration_since(Instant::now()))),
                    "lease renewal failed or late; retrying on the next endpoint"
                );
                // Open a new stream on the next endpoint: this one failed or stalled.
                if let Some(s) = stream.take() {
                    etcd.failed(s.endpoint);
                }
                backoff.wait_until(give_up_at).await;
            }
        }
    }
}

/// Opens a keep-alive stream on the pinned endpoint, which renews once; on failure or
/// no answer by `answer_by`, moves the pin on so the next attempt goes elsewhere.
async fn open_and_renew(
    etcd: &Etcd,
    stream: &mut Option<Stream>,
    id: i64,
    ttl: Duration,
    answer_by: Instant,
) -> std::result::Result<i64, Renewal> {
    let Ok(Ok((endpoint, client))) = timeout_at(answer_by, etcd.pinned()).await else {
        return Err(Renewal::Failed);
    };
    match timeout_at(answer_by, Stream::open(client, endpoint, id)).await {
        Ok(Ok(open)) => {
            *stream = Some(open);
            // A renewal restores the lease's full granted TTL.
            Ok(ttl.as_secs() as i64)
        }
        Ok(Err(Renewal::NotFound)) => Err(Renewal::NotFound),
        Ok(Err(Renewal::Failed)) | Err(_) => {
            etcd.failed(endpoint);
            Err(Renewal::Failed)
        }
    }
}

enum Renewal {
    NotFound,
    Failed,
}

/// A keep-alive stream and the endpoint it runs on.
struct Stream {
    endpoint: usize,
    keeper: LeaseKeeper,
    answers: LeaseKeepAliveStream,
}

impl Stream {
    /// Opens a stream, which sends the first keep-alive and checks its answer.
    async fn open(
        client: Client,
        endpoint: usize,
        id: i64,
    ) -> std::result::Result<Stream, Renewal> {
        let (keeper, answers) =
            client
                .lease_client()
                .keep_alive(id)
                .await
                .map_err(|e| match e {
                    etcd_client::Error::LeaseKeepAliveError(_) => Renewal::NotFound,
                    _ => Renewal::Failed,
                })?;
        Ok(Stream {
            endpoint,
            keeper,
            answers,
        })
    }

    /// One keep-alive round trip; returns the TTL the server renewed to (0: lease gone).
    async fn renew(&mut self) -> std::result::Result<i64, Renewal> {
        self.keeper
            .keep_alive()
            .await
            .map_err(|_| Renewal::Failed)?;
        match self.answers.message().await {
            Ok(Some(answer)) => Ok(answer.ttl()),
            _ => Err(Renewal::Failed),
        }
    }
}

fn round_ms(d: Duration) -> Duration {
    Duration::from_millis(d.as_millis() as u64)
}
