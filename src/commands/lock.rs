use anyhow::{Context, Result};
use tokio::time::{sleep_until, Instant};

use super::{hold, inspect};
use crate::args::{Global, LockArgs};
use crate::exit::Exit;
use crate::output::{self, Output};
use etcdkit::client::limits::check_name;
use etcdkit::client::Etcd;
use etcdkit::lease::guard::Guard;
use etcdkit::lease::session::Session;
use etcdkit::process::shutdown::Shutdown;
use etcdkit::recipes::lock::{Held, ReadLock, Semaphore};

pub async fn run(
    global: &Global,
    args: LockArgs,
    shutdown: &Shutdown,
    out: &mut Output,
) -> Result<Exit> {
    check_name(&args.name, "lock NAME")?;
    hold::check_ttl(args.ttl)?;
    let etcd = Etcd::connect(crate::options::connect_options(global)?).await?;
    let what = format!("lock {}", args.name);
    if args.break_holder {
        return inspect::break_holder(&etcd, &what, &args.name, args.yes, out).await;
    }
    let session = Session::new(&etcd, args.ttl)
        .await
        .context("creating the lock session")?;
    let mut lock = if args.shared {
        Contender::Shared(ReadLock::new(&session, &args.name)?)
    } else {
        Contender::Exclusive(Semaphore::new(&session, &args.name, args.limit as usize)?)
    };
    let identity = super::identity(&args.cmd).with_limit(args.limit);

    let lease = session.id();
    let limit = args.limit as usize;
    let waiting = async {
        // `--timeout 0` is flock's `-w 0`: one try.
        if args.try_lock || args.timeout.is_some_and(|t| t.is_zero()) {
            lock.try_lock().await
        } else {
            let detail = || inspect::wait_detail(&etcd, &args.name, lease, limit, "held");
            output::waiting(&what, lock.lock(), detail).await
        }
    };
    // Boxed: awaited through two more layers, each of which would hold a copy.
    let waiting = Box::pin(hold::announced(
        &etcd, &args.name, lease, &identity, waiting,
    ));
    let held = match hold::acquire(
        &session,
        shutdown,
        waiting,
        args.timeout.filter(|t| !t.is_zero()),
        &what,
    )
    .await
    {
        Ok(held) => held,
        Err(e) => {
            // Revoking the lease deletes our waiter key (and identity) too.
            let _ = session.close().await;
            let e = inspect::name_the_holder(&etcd, &args.name, e).await;
            return Err(inspect::in_context(e, &format!("acquiring {what}")));
        }
    };
    let acquired_at = Instant::now();
    let guard = Guard::new(session);

    if args.cmd.is_empty() {
        out.lock_held(&args.name, &held, lease)?;
        let held_until = hold::until_signal(&guard, shutdown).await;
        return hold::release(held_until, guard, &what).await;
    }

    let env = [
        ("ETCD_LOCK_KEY", held.key.clone()),
        ("ETCD_LOCK_REV", held.rev.to_string()),
        ("ETCDKIT_LEASE_ID", format!("{lease:x}")),
    ];
    let ran = hold::run_cmd(&guard, shutdown, &args.cmd, &env, args.grace).await;
    if let (Ok(_), Some(min_hold)) = (&ran, args.min_hold) {
        let until = acquired_at + min_hold;
        if until > Instant::now() {
            // Keep the lock so that a contender whose cron fires a little late finds it
            // taken, saying so: in the holder record, and on a terminal.
            let left = until - Instant::now();
            let ended = identity.min_hold_until(std::time::SystemTime::now() + left);
            let _ = hold::announce(&etcd, &args.name, lease, &ended).await;
            let held_on = format!("--min-hold to pass, holding {what} (CMD ended)");
            let held_on = output::waiting(&held_on, sleep_until(until), output::no_detail);
            let ctrl_c = tokio::select! {
                _ = held_on => false,
                _ = guard.session().lost() => false,
                sig = shutdown.signalled() => sig == etcdkit::process::signal::Signal::Int,
            };
            if ctrl_c {
                // The terminal's ^C echo moved the cursor off the status line.

                output::erase_after_ctrl_c();
            }
        }
    }
    hold::release(ran, guard, &what).await
}

/// The plain (exclusive, or a semaphore with -n) or shared side of NAME.
enum Contender {
    Exclusive(Semaphore),
    Shared(ReadLock),
}

impl Contender {
    async fn lock(&mut self) -> etcdkit::Result<Held> {
        match self {
            Contender::Exclusive(s) => s.lock().await,
            Contender::Shared(r) => r.lock().await,
        }
    }

    async fn try_lock(&mut self) -> etcdkit::Result<Held> {
        match self {
            Contender::Exclusive(s) => s.try_lock().await,
            Contender::Shared(r) => r.try_lock().await,
        }
    }
}
