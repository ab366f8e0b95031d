use std::time::Duration;

use anyhow::{Context, Result};
use tokio::time::{sleep_until, timeout, Instant};

use crate::cli::{Global, LockArgs};
use crate::connect::{check_name, ConnectOptions, Etcd};
use crate::error::Error;
use crate::exit::Exit;
use crate::lock::{Held, Semaphore};
use crate::output::Output;
use crate::session::Session;
use crate::shutdown::Shutdown;
use crate::supervise::{supervise, Child, Stop};

/// The shortest session TTL: below it a keep-alive hiccup loses the lock.
const MIN_TTL: Duration = Duration::from_secs(2);
/// SIGKILL lands this long before the lease could expire, whatever --grace says.
const KILL_MARGIN: Duration = Duration::from_millis(200);
/// How long to try revoking a lease that was already lost (the cluster may be unreachable).
const RELEASE_AFTER_LOSS: Duration = Duration::from_secs(1);

pub async fn run(
    global: &Global,
    args: LockArgs,
    shutdown: &Shutdown,
    out: &mut Output,
) -> Result<Exit> {
    check_name(&args.name, "lock NAME")?;
    if args.ttl < MIN_TTL {
        return Err(Error::InvalidInput(format!(
            "--ttl {} is below the minimum of 2s",
            humantime::format_duration(args.ttl)
        ))
        .into());
    }
    let etcd = Etcd::connect(ConnectOptions::from_cli(global)?).await?;
    let session = Session::new(&etcd, args.ttl)
        .await
        .context("creating the lock session")?;
    let mut lock = Semaphore::new(&etcd, &session, &args.name, args.limit as usize)?;

    let acquired = tokio::select! {
        held = acquire(&mut lock, &args) => held,
        sig = shutdown.signalled() => Err(Error::Interrupted(sig)),
        lost = session.lost() => Err(lost),
    };
    let held = match acquired {
        Ok(held) => held,
        Err(e) => {
            // Revoking the lease deletes our waiter key too.
            let _ = session.close().await;
            return Err(anyhow::Error::new(e).context(format!("acquiring lock {}", args.name)));
        }
    };
    let acquired_at = Instant::now();

    if args.cmd.is_empty() {
        out.lock_held(&held, session.id())?;
        let ended = tokio::select! {
            _ = shutdown.signalled() => Ok(Exit::SUCCESS),
            lost = session.lost() => Err(lost),
        };
        return finish(ended, session, &args.name).await;
    }

    let env = [
        ("ETCD_LOCK_KEY", held.key.clone()),
        ("ETCD_LOCK_REV", held.rev.to_string()),
        ("ETCDKIT_LEASE_ID", format!("{:x}", session.id())),
    ];
    let child = Child::spawn(&args.cmd, &env)?;
    let stop_on_loss = async {
        let reason = session.lost().await;
        // Stopped before the lease could expire and another contender could take over.
        let left = session
            .alive_until()
            .saturating_duration_since(Instant::now());
        Stop {
            reason,
            grace: args.grace.min(left.saturating_sub(KILL_MARGIN)),
        }
    };
    let ran = supervise(child, shutdown, stop_on_loss, args.grace).await;
    if let (Ok(_), Some(min_hold)) = (&ran, args.min_hold) {
        // Keep the lock so that a contender whose cron fires a little late finds it taken.
        tokio::select! {
            _ = sleep_until(acquired_at + min_hold) => {}
            _ = session.lost() => {}
            _ = shutdown.signalled() => {}
        }
    }
    finish(ran, session, &args.name).await
}

async fn acquire(lock: &mut Semaphore, args: &LockArgs) -> Result<Held, Error> {
    if args.try_lock {
        return lock.try_lock().await;
    }
    match args.timeout {
        None => lock.lock().await,
        Some(limit) => timeout(limit, lock.lock())
            .await
            .unwrap_or(Err(Error::Timeout {
                what: format!("lock {}", args.name),
                after: limit,
            })),
    }
}

/// Releases the lock (revoking the session) and returns the run's outcome. A release that
/// fails is reported on stderr; the lease then expires within its TTL. After a loss the
/// revoke is a courtesy, tried for at most [`RELEASE_AFTER_LOSS`].
async fn finish(outcome: Result<Exit, Error>, session: Session, name: &str) -> Result<Exit> {
    let lost = matches!(outcome, Err(Error::LeaseLost { .. }));
    let released = if lost {
        timeout(RELEASE_AFTER_LOSS, session.close())
            .await
            .unwrap_or(Ok(()))
    } else {
        session.close().await
    };
    if let Err(e) = released {
        eprintln!(
            "etcdkit: warning: releasing lock {name}: {e}; it is freed when the lease expires"
        );
    }
    outcome.map_err(|e| anyhow::Error::new(e).context(format!("lock {name}")))
}
