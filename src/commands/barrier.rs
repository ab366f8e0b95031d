//! `barrier NAME --parties N [--timeout DUR] [-- CMD]` (see [`etcdkit::recipes::double_barrier`]).

use anyhow::{Context, Result};

use super::cron::Run;
use super::hold;
use crate::args::{BarrierArgs, Global};
use crate::exit::Exit;
use crate::output::{self, Output};
use etcdkit::client::limits::check_name;
use etcdkit::client::Etcd;
use etcdkit::error::Error;
use etcdkit::lease::guard::Guard;
use etcdkit::lease::session::Session;
use etcdkit::process::shutdown::Shutdown;
use etcdkit::recipes::double_barrier::DoubleBarrier;

pub async fn run(
    global: &Global,
    args: BarrierArgs,
    shutdown: &Shutdown,
    _out: &mut Output,
) -> Result<Exit> {
    let mut run = Run::new(&args.run, "barrier", &args.name);
    let outcome = barrier(global, &args, shutdown, &mut run).await;
    run.finish(outcome).await
}

async fn barrier(
    global: &Global,
    args: &BarrierArgs,
    shutdown: &Shutdown,
    run: &mut Run<'_>,
) -> Result<Exit> {
    check_name(&args.name, "barrier NAME")?;
    hold::check_ttl(args.ttl)?;
    let etcd = Etcd::connect(crate::options::connect_options(global)?).await?;
    run.splay(shutdown).await?;
    let session = Session::new(&etcd, args.ttl)
        .await
        .context("creating the barrier session")?;
    let parties = args.parties as usize;
    let mut barrier = DoubleBarrier::new(&session, &args.name, parties)?;
    let what = format!("barrier {}", args.name);
    let identity = super::identity(&args.cmd);
    let lease = session.id();
    let entered = || async { barrier_count(&etcd, &args.name, parties).await };
    let entering = output::waiting(&what, barrier.enter(), entered);
    let entering = hold::announced(&etcd, &args.name, lease, &identity, entering);
    if let Err(e) = hold::acquire(&session, shutdown, entering, args.timeout, &what).await {
        // Revoking the lease removes our key: we no longer count as entered.
        let _ = session.close().await;
        return Err(anyhow::Error::new(e).context(format!("entering {what}")));
    }
    let guard = Guard::new(session);
    let ran = if args.cmd.is_empty() {
        Ok(Exit::SUCCESS)
    } else {
        let env = [
            ("ETCDKIT_BARRIER_KEY", barrier.key()),
            ("ETCDKIT_LEASE_ID", format!("{:x}", guard.session().id())),
        ];
        hold::run_cmd(&guard, shutdown, run, &args.cmd, &env, args.grace).await
    };
    let left = match ran {
        Ok(exit) => {
            let others = format!("the others to leave {what}");
            let leaving = output::waiting(&others, barrier.leave(), output::no_detail);
            tokio::select! {
                left = guard.run(leaving) => left.and_then(|r| r).map(|()| exit),
                sig = shutdown.signalled() => Err(Error::Interrupted(sig)),
            }
        }
        Err(e) => Err(e),
    };
    hold::release(left, guard, &what).await
}

/// `2 of 3 entered`, for the status line.
async fn barrier_count(etcd: &Etcd, name: &str, parties: usize) -> Option<String> {
    let waiters = etcd.key(&format!("{name}/waiters/"));
    let found = etcd.count_prefix(&waiters).await.ok()?;
    Some(format!("{} of {parties} entered", found.count()))
}
