//! The flow shared by the commands that hold something on a session (lock, elect): wait
//! for it, then run CMD under the library's [`Guard`] or hold until a signal, then release.

use std::ffi::OsString;
use std::future::Future;
use std::time::Duration;

use tokio::time::timeout;

use super::cron::Run;
use crate::exit::Exit;
use crate::service::Lease;
use etcdkit::admin::holders::{self, Identity};
use etcdkit::client::Etcd;
use etcdkit::error::Error;
use etcdkit::lease::guard::Guard;
use etcdkit::lease::session::Session;
use etcdkit::process::shutdown::Shutdown;

/// The shortest session TTL: below it a keep-alive hiccup loses what is held.
pub const MIN_TTL: Duration = crate::args::MIN_SESSION_TTL;

/// `--ttl` below [`MIN_TTL`] is bad input.
pub fn check_ttl(ttl: Duration) -> Result<(), Error> {
    if ttl < MIN_TTL {
        return Err(Error::InvalidInput(format!(
            "--ttl {} is below the minimum of 2s",
            humantime::format_duration(ttl)
        )));
    }
    Ok(())
}

/// Records who this process is as a contender for `name` on `lease`
/// ([`holders::announce`]), for `inspect`, `--break` and others' busy errors. Best-effort:
/// a role without write on the bookkeeping prefix, or a cluster out of space (NOSPACE: a
/// waiter queued before the alarm), loses the identity, not what is held.
pub async fn announce(
    etcd: &Etcd,
    name: &str,
    lease: i64,
    identity: &Identity,
) -> Result<(), Error> {
    match holders::announce(etcd, name, lease, identity).await {
        Err(Error::PermissionDenied { .. }) => Ok(()),
        Err(e) if e.is_no_space() => Ok(()),
        other => other,
    }
}

/// A wait longer than this gets the moment it ended recorded as `acquired`; a shorter one
/// counts as acquired when it started (one write less on the uncontended path).
const WAITED: Duration = Duration::from_millis(100);

/// Runs `acquire` while announcing `identity` for `name` on `lease` beside it (a round trip
/// in parallel, not one more in series); when it acquired after waiting, records when, in
/// the background ([`waited`]).
pub async fn announced<T>(
    etcd: &Etcd,
    name: &str,
    lease: i64,
    identity: &Identity,
    acquire: impl Future<Output = Result<T, Error>>,
) -> Result<T, Error> {
    let waited = waited(etcd, name, lease, identity, acquire);
    let (announced, acquired) = tokio::join!(announce(etcd, name, lease, identity), waited);
    let value = acquired?;
    announced?;
    Ok(value)
}

/// Runs `acquire`, which records `identity` itself (the lock writes the record in the
/// transaction that queues it); when it acquired after waiting, records the moment it did,
/// in the background: a waiter's CMD starts as soon as it holds, not a round trip later.
pub async fn waited<T>(
    etcd: &Etcd,
    name: &str,
    lease: i64,
    identity: &Identity,
    acquire: impl Future<Output = Result<T, Error>>,
) -> Result<T, Error> {
    let started = tokio::time::Instant::now();
    let value = acquire.await?;
    if started.elapsed() >= WAITED {
        // The record is on the lease: written late, or not at all if CMD was quicker than
        // it (the lease is then revoked), it never outlives what is held. Its loss costs
        // `inspect` the moment of acquiring, nothing more.
        let (etcd, name, identity) = (etcd.clone(), name.to_string(), identity.acquired_now());
        tokio::spawn(async move { announce(&etcd, &name, lease, &identity).await });
    }
    Ok(value)
}

/// Waits for `acquire` (bounded by `limit`, if any), giving up on a signal or a lost session.
pub async fn acquire<T>(
    session: &Session,
    shutdown: &Shutdown,
    acquire: impl Future<Output = Result<T, Error>>,
    limit: Option<Duration>,
    what: &str,
) -> Result<T, Error> {
    let bounded = async {
        match limit {
            None => acquire.await,
            Some(limit) => timeout(limit, acquire).await.unwrap_or(Err(Error::Timeout {
                what: what.to_string(),
                after: limit,
            })),
        }
    };
    tokio::select! {
        got = bounded => got,
        sig = shutdown.signalled() => Err(Error::Interrupted(sig)),
        lost = session.lost() => Err(lost),
    }
}

/// Runs CMD under the guard: stopped before the lease could expire if the session is lost
/// (see [`Guard::run_child`]), or at `--max-runtime`; termination signals are forwarded to
/// it. `run` starts it (the cron knobs).
pub async fn run_cmd(
    guard: &Guard,
    shutdown: &Shutdown,
    run: &mut Run<'_>,
    cmd: &[OsString],
    env: &[(&str, String)],
    grace: Duration,
) -> Result<Exit, Error> {
    let child = run.spawn(cmd, env, None).await?;
    let _lease = Lease::watch(guard.session().lost_at_reader());
    let status = guard.run_child(child, Some(shutdown), grace).await?;
    Ok(Exit::of_status(status))
}

/// Holds until SIGINT/SIGTERM/SIGHUP (exit 0) or the loss of the session.
pub async fn until_signal(guard: &Guard, shutdown: &Shutdown) -> Result<Exit, Error> {
    let _lease = Lease::watch(guard.session().lost_at_reader());
    guard.run(shutdown.signalled()).await.map(|_| Exit::SUCCESS)
}

/// Releases what the guard holds and returns the outcome with `what` as context. A failed
/// release is reported on stderr: the lease then expires within its TTL.
pub async fn release(
    outcome: Result<Exit, Error>,
    guard: Guard,
    what: &str,
) -> anyhow::Result<Exit> {
    if let Err(e) = guard.release().await {
        eprintln!("etcdkit: warning: releasing {what}: {e}; it is freed when the lease expires");
    }
    outcome.map_err(|e| anyhow::Error::new(e).context(what.to_string()))
}
