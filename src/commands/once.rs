//! `once NAME --every DUR -- CMD` and `once NAME --status` (see [`etcdkit::recipes::periodic`]).

use std::time::Instant;

use anyhow::{Context, Result};

use super::cron::Run;
use super::{hold, inspect};
use crate::args::{Global, OnceArgs};
use crate::exit::Exit;
use crate::output::{note, Output};
use etcdkit::client::limits::check_name;
use etcdkit::client::Etcd;
use etcdkit::error::Error;
use etcdkit::lease::guard::Guard;
use etcdkit::lease::session::Session;
use etcdkit::process::shutdown::Shutdown;
use etcdkit::recipes::lock::Mutex;
use etcdkit::recipes::periodic::{lock_name, Periodic, Status};

pub async fn run(
    global: &Global,
    args: OnceArgs,
    shutdown: &Shutdown,
    out: &mut Output,
) -> Result<Exit> {
    let mut run = Run::new(&args.run, "once", &args.name);
    let outcome = once(global, &args, shutdown, out, &mut run).await;
    run.finish(outcome).await
}

async fn once(
    global: &Global,
    args: &OnceArgs,
    shutdown: &Shutdown,
    out: &mut Output,
    run: &mut Run<'_>,
) -> Result<Exit> {
    check_name(&args.name, "once NAME")?;
    let etcd = Etcd::connect(crate::options::connect_options(global)?).await?;
    let periodic = Periodic::new(&etcd, &args.name)?;
    let name = &args.name;
    if args.status {
        let status = periodic.status().await?;
        out.once_status(name, &status)?;
        return Ok(Exit::SUCCESS);
    }
    let Some(every) = args.every else {
        return Err(Error::InvalidInput("--every is required".into()).into());
    };
    hold::check_ttl(args.ttl)?;
    run.splay(shutdown).await?;
    if let Some(exit) = skip_if_done(name, &periodic.status().await?) {
        return Ok(exit);
    }

    let session = Session::new(&etcd, args.ttl)
        .await
        .context("creating the session")?;
    let lock = lock_name(name);
    let mut mutex = Mutex::new(&session, &lock)?;
    let identity = super::identity(&args.cmd);
    let trying = hold::announced(&etcd, &lock, session.id(), &identity, mutex.try_lock());
    if let Err(e) = trying.await {
        let _ = session.close().await;
        return match inspect::name_the_holder(&etcd, &lock, e).await {
            Error::Busy { holder, .. } => {
                let who = holder.unwrap_or_else(|| "another host".into());
                note(&format!("{name}: skipped: running now ({who})"));
                Ok(Exit::NOT_ACQUIRED)
            }
            e => Err(anyhow::Error::new(e).context(format!("{name}: taking the lock"))),
        };
    }
    // A run may have finished between the first look and taking the lock.
    let status = match periodic.status().await {
        Ok(status) => status,
        Err(e) => {
            let _ = session.close().await;
            return Err(e.into());
        }
    };
    if let Some(exit) = skip_if_done(name, &status) {
        let _ = session.close().await;
        return Ok(exit);
    }
    let guard = Guard::new(session);
    let started = Instant::now();
    let env = [("ETCDKIT_LEASE_ID", format!("{:x}", guard.session().id()))];
    let ran = hold::run_cmd(&guard, shutdown, run, &args.cmd, &env, args.grace).await;
    let ran = match ran {
        Ok(Exit::SUCCESS) => periodic
            .succeeded(every, started.elapsed(), identity)
            .await
            .map(|_| Exit::SUCCESS),
        other => other,
    };
    hold::release(ran, guard, name).await
}

/// Exit 3 with a note when a success is less than a period old.
fn skip_if_done(name: &str, status: &Status) -> Option<Exit> {
    let left = status.not_due_for?;
    let last = match &status.last {
        Some((s, _)) => format!("last success {} on {}", s.finished, s.by.short()),
        None => "a run succeeded".to_string(),
    };
    note(&format!(
        "{name}: skipped: {last}; due again in {}",
        inspect::round(left)
    ));
    Some(Exit::NOT_ACQUIRED)
}
