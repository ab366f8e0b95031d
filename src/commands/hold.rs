//! The flow shared by the commands that hold something on a session (lock, elect):
//! wait for it, then run CMD under it or hold until a signal, then release it.

use std::ffi::OsString;
use std::future::Future;
use std::time::Duration;

use tokio::time::{timeout, Instant};

use crate::error::Error;
use crate::exit::Exit;
use crate::session::Session;
use crate::shutdown::Shutdown;
use crate::supervise::{supervise, Child, Stop};

/// The shortest session TTL: below it a keep-alive hiccup loses what is held.
pub const MIN_TTL: Duration = Duration::from_secs(2);
/// SIGKILL lands this long before the lease could expire, whatever --grace says.
const KILL_MARGIN: Duration = Duration::from_millis(200);
/// How long to try revoking a lease that was already lost (the cluster may be unreachable).
const RELEASE_AFTER_LOSS: Duration = Duration::from_secs(1);

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

/// Runs CMD while the session lasts; if it is lost, stops CMD's group before the lease could
/// expire on the server (SIGKILL no later than [`KILL_MARGIN`] before) and returns the loss.
pub async fn run_cmd(
    session: &Session,
    shutdown: &Shutdown,
    cmd: &[OsString],
    env: &[(&str, String)],
    grace: Duration,
) -> Result<Exit, Error> {
    let child = Child::spawn(cmd, env)?;
    let stop_on_loss = async {
        let reason = session.lost().await;
        let left = session
            .alive_until()
            .saturating_duration_since(Instant::now());
        Stop {
            reason,
            grace: grace.min(left.saturating_sub(KILL_MARGIN)),
        }
    };
    supervise(child, shutdown, stop_on_loss, grace).await
}

/// Holds until SIGINT/SIGTERM/SIGHUP (exit 0) or the loss of the session.
pub async fn until_signal(session: &Session, shutdown: &Shutdown) -> Result<Exit, Error> {
    tokio::select! {
        _ = shutdown.signalled() => Ok(Exit::SUCCESS),
        lost = session.lost() => Err(lost),
    }
}

/// Releases what the session holds (revoking its lease deletes its keys) and returns the
/// outcome with `what` as context. A failed release is reported on stderr: the lease then
/// expires within its TTL. After a loss the revoke is a courtesy, tried briefly.
pub async fn release(
    outcome: Result<Exit, Error>,
    session: Session,
    what: &str,
) -> anyhow::Result<Exit> {
    let lost = matches!(outcome, Err(Error::LeaseLost { .. }));
    let released = if lost {
        timeout(RELEASE_AFTER_LOSS, session.close())
            .await
            .unwrap_or(Ok(()))
    } else {
        session.close().await
    };
    if let Err(e) = released {
        eprintln!("etcdkit: warning: releasing {what}: {e}; it is freed when the lease expires");
    }
    outcome.map_err(|e| anyhow::Error::new(e).context(what.to_string()))
}
