use anyhow::{Context, Result};
use tokio::time::{sleep_until, Instant};

use super::cron::Run;
use super::{hold, inspect};
use std::path::Path;
use std::time::SystemTime;

use crate::args::{Global, LockArgs, UnlockArgs};
use crate::exit::Exit;
use crate::output::{self, note, Output};
use etcdkit::admin::holders;
use etcdkit::client::limits::check_name;
use etcdkit::client::Etcd;
use etcdkit::error::Error;
use etcdkit::lease::guard::Guard;
use etcdkit::lease::session::Session;
use etcdkit::process::shutdown::Shutdown;
use etcdkit::recipes::detached::{self, Token};
use etcdkit::recipes::lock::{Held, ReadLock, Semaphore};

pub async fn run(
    global: &Global,
    args: LockArgs,
    shutdown: &Shutdown,
    out: &mut Output,
) -> Result<Exit> {
    let mut run = Run::new(&args.run, "lock", &args.name);
    let outcome = lock(global, &args, shutdown, out, &mut run).await;
    run.finish(outcome).await
}

async fn lock(
    global: &Global,
    args: &LockArgs,
    shutdown: &Shutdown,
    out: &mut Output,
    run: &mut Run<'_>,
) -> Result<Exit> {
    check_name(&args.name, "lock NAME")?;
    hold::check_ttl(args.ttl)?;
    let token = if args.renew || args.verify {
        Some(token_of(args.token.as_deref(), args.token_file.as_deref())?)
    } else {
        None
    };
    let etcd = Etcd::connect(crate::options::connect_options(global)?).await?;
    let what = format!("lock {}", args.name);
    if args.break_holder {
        return inspect::break_holder(&etcd, &what, &args.name, args.yes, out).await;
    }
    if let Some(token) = token {
        return by_token(&etcd, args, token).await;
    }
    run.splay(shutdown).await?;
    let session = Session::new(&etcd, args.ttl)
        .await
        .context("creating the lock session")?;
    let identity = super::identity(&args.cmd).with_limit(args.limit);
    let identity = if args.detach {
        identity.detached()
    } else {
        identity
    };
    let lease = session.id();
    // Who we are, written in the transaction that queues us: no write of its own.
    let record = holders::record(&etcd, &args.name, lease, &identity);
    let mut lock = if args.shared {
        Contender::Shared(ReadLock::new(&session, &args.name)?.with_record(record))
    } else {
        let semaphore = Semaphore::new(&session, &args.name, args.limit as usize)?;
        Contender::Exclusive(semaphore.with_record(record))
    };

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
    let waiting = Box::pin(hold::waited(&etcd, &args.name, lease, &identity, waiting));
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
    crate::service::ready(&format!(
        "holding {what} ({} at revision {})",
        held.key, held.rev
    ));
    if args.detach {
        let (token, left) = detached::detach(session)
            .await
            .with_context(|| format!("detaching {what}"))?;
        let token = token.to_string();
        if let Some(file) = &args.token_file {
            write_token(file, &token)?;
        }
        out.lock_detached(&args.name, &held, &token, SystemTime::now() + left)?;
        return Ok(Exit::SUCCESS);
    }
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
    let ran = hold::run_cmd(&guard, shutdown, run, &args.cmd, &env, args.grace).await;
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

/// `--renew` and `--verify`: what a detached lock's token can do.
async fn by_token(etcd: &Etcd, args: &LockArgs, token: Token) -> Result<Exit> {
    let name = &args.name;
    if args.verify {
        if detached::holds(etcd, name, token).await? {
            return Ok(Exit::SUCCESS);
        }
        // The question's other answer, not a failure: a note (silenced by -q), exit 3.
        note(&format!("{:#}", not_held(etcd, name, token).await));
        return Ok(Exit::NOT_ACQUIRED);
    }
    match detached::renew(etcd, name, token).await {
        Ok(left) => {
            note(&format!(
                "lock {name} renewed: held by token {token} for {} more",
                humantime::format_duration(left)
            ));
            Ok(Exit::SUCCESS)
        }
        Err(Error::NotFound(_)) => Err(not_held(etcd, name, token).await),
        Err(e) => Err(anyhow::Error::new(e).context(format!("renewing lock {name}"))),
    }
}

/// `unlock NAME --token T`: frees NAME if T holds it.
pub async fn unlock(global: &Global, args: UnlockArgs) -> Result<Exit> {
    check_name(&args.name, "lock NAME")?;
    let token = token_of(args.token.as_deref(), args.token_file.as_deref())?;
    let etcd = Etcd::connect(crate::options::connect_options(global)?).await?;
    match detached::unlock(&etcd, &args.name, token).await {
        Ok(()) => Ok(Exit::SUCCESS),
        Err(Error::NotFound(_)) => Err(not_held(&etcd, &args.name, token).await),
        Err(e) => Err(anyhow::Error::new(e).context(format!("unlocking {}", args.name))),
    }
}

/// Exit 3: `token` does not hold `name`, naming who does, if anyone.
async fn not_held(etcd: &Etcd, name: &str, token: Token) -> anyhow::Error {
    let holder = inspect::name_the_holder(
        etcd,
        name,
        Error::Busy {
            what: format!("lock {name}"),
            holder: None,
        },
    )
    .await;
    let now = match holder {
        Error::Busy {
            holder: Some(who), ..
        } => format!("held by {who}"),
        _ => "not held".to_string(),
    };
    Error::NotFound(format!(
        "lock {name} is not held by token {token} (expired, broken, or never held): {now}"
    ))
    .into()
}

/// The token from `--token`, else `--token-file`, else `$ETCDKIT_LOCK_TOKEN`.
///
/// Errors: none given, an unreadable file, or text that is no token (exit 2).
fn token_of(flag: Option<&str>, file: Option<&Path>) -> Result<Token, Error> {
    let text = match (flag, file) {
        (Some(t), _) => t.to_string(),
        (None, Some(file)) => std::fs::read_to_string(file)
            .map_err(|e| Error::InvalidInput(format!("--token-file {}: {e}", file.display())))?,
        (None, None) => std::env::var("ETCDKIT_LOCK_TOKEN").map_err(|_| {
            Error::InvalidInput(
                "give the lock's token: --token T, --token-file FILE or ETCDKIT_LOCK_TOKEN".into(),
            )
        })?,
    };
    text.parse()
}

/// Writes `token` to `file`, readable by its owner alone.
fn write_token(file: &Path, token: &str) -> Result<()> {
    use std::io::Write;
    use std::os::unix::fs::OpenOptionsExt;
    let mut f = std::fs::OpenOptions::new()
        .write(true)
        .create(true)
        .truncate(true)
        .mode(0o600)
        .open(file)
        .with_context(|| format!("writing the token to {}", file.display()))?;
    writeln!(f, "{token}").with_context(|| format!("writing the token to {}", file.display()))?;
    Ok(())
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
