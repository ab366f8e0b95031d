use anyhow::{Context, Result};

use super::cron::Run;
use super::{hold, inspect};
use crate::args::{ElectArgs, Global};
use crate::exit::Exit;
use crate::output::{self, Output};
use etcdkit::client::limits::check_name;
use etcdkit::client::Etcd;
use etcdkit::error::Error;
use etcdkit::lease::guard::Guard;
use etcdkit::lease::session::Session;
use etcdkit::process::shutdown::Shutdown;
use etcdkit::recipes::election::{leader, observe, proclaim_as, Election};

pub async fn run(
    global: &Global,
    args: ElectArgs,
    shutdown: &Shutdown,
    out: &mut Output,
) -> Result<Exit> {
    let mut run = Run::new(&args.run, "elect", &args.name);
    let outcome = elect(global, &args, shutdown, out, &mut run).await;
    run.finish(outcome).await
}

async fn elect(
    global: &Global,
    args: &ElectArgs,
    shutdown: &Shutdown,
    out: &mut Output,
    run: &mut Run<'_>,
) -> Result<Exit> {
    check_name(&args.name, "elect NAME")?;
    hold::check_ttl(args.ttl)?;
    let value = match &args.value {
        Some(v) => v.clone(),
        None => nix::unistd::gethostname()?.to_string_lossy().into_owned(),
    };
    if let Some(value) = &args.proclaim {
        let (key, rev) = leader_from_env(&args.name, global)?;
        let etcd = Etcd::connect(crate::options::connect_options(global)?).await?;
        proclaim_as(&etcd, &args.name, &key, rev, value)
            .await
            .with_context(|| format!("proclaiming in election {}", args.name))?;
        return Ok(Exit::SUCCESS);
    }
    let etcd = Etcd::connect(crate::options::connect_options(global)?).await?;
    if args.leader {
        return match leader(&etcd, &args.name).await? {
            Some(l) => {
                out.leader(&l)?;
                Ok(Exit::SUCCESS)
            }
            None => Err(Error::NoLeader(args.name.clone()).into()),
        };
    }
    crate::service::report_leader_of(&etcd, &args.name);
    if args.observe {
        // Boxed: a watch's futures would make every `elect` future that much larger.
        return Box::pin(watch_leaders(&etcd, args, shutdown, out)).await;
    }

    let what = format!("election {}", args.name);
    if args.break_holder {
        return inspect::break_holder(&etcd, &what, &args.name, args.yes, out).await;
    }
    run.splay(shutdown).await?;
    let session = Session::new(&etcd, args.ttl)
        .await
        .context("creating the election session")?;
    let mut election = Election::new(&session, &args.name, &value)?;
    let identity = super::identity(&args.cmd);
    let lease = session.id();
    // `--timeout 0`: one try, as flock's `-w 0`.
    let won = if args.timeout.is_some_and(|t| t.is_zero()) {
        hold::announced(&etcd, &args.name, lease, &identity, election.try_campaign()).await
    } else {
        let detail = || inspect::wait_detail(&etcd, &args.name, lease, 1, "led");
        let campaign = output::waiting(&what, election.campaign(), detail);
        // Boxed: awaited through one more layer, which would hold a copy.
        let campaign = Box::pin(hold::announced(
            &etcd, &args.name, lease, &identity, campaign,
        ));
        hold::acquire(&session, shutdown, campaign, args.timeout, &what).await
    };
    let leading = match won {
        Ok(leading) => leading,
        Err(e) => {
            let _ = session.close().await;
            let e = inspect::name_the_holder(&etcd, &args.name, e).await;
            return Err(inspect::in_context(e, &format!("campaigning in {what}")));
        }
    };
    let guard = Guard::new(session);
    crate::service::ready(&format!("leading {what} as {:?}", leading.value));
    let outcome = if args.cmd.is_empty() {
        out.leading(&leading)?;
        hold::until_signal(&guard, shutdown).await
    } else {
        let env = [
            ("ETCDKIT_LEADER_KEY", leading.key.clone()),
            ("ETCDKIT_LEADER_REV", leading.rev.to_string()),
            ("ETCDKIT_LEASE_ID", leading.lease.clone()),
        ];
        hold::run_cmd(&guard, shutdown, run, &args.cmd, &env, args.grace).await
    };
    // Resigning is revoking the session: our key goes with it.
    hold::release(outcome, guard, &what).await
}

/// `--observe`: every leader change until `--count` leaders were printed (exit 0) or a
/// signal (exit 128+N).
async fn watch_leaders(
    etcd: &Etcd,
    args: &ElectArgs,
    shutdown: &Shutdown,
    out: &mut Output,
) -> Result<Exit> {
    crate::service::ready(&format!("observing election {}", args.name));
    let mut printed = 0u64;
    let mut write_error = None;
    let observing = observe(etcd, &args.name, |leader| {
        if let Err(e) = out.leader(leader) {
            write_error = Some(e);
            return false;
        }
        printed += 1;
        args.count.is_none_or(|n| printed < n)
    });
    tokio::select! {
        observed = observing => observed.context(format!("observing election {}", args.name))?,
        sig = shutdown.signalled() => return Err(Error::Interrupted(sig).into()),
    }
    match write_error {
        Some(e) => Err(e.into()),
        None => Ok(Exit::SUCCESS),
    }
}

/// The leader key and revision a leader's CMD got in its environment, checked against NAME.
fn leader_from_env(name: &str, global: &Global) -> Result<(String, i64), Error> {
    let missing = || {
        Error::InvalidInput(
            "--proclaim runs inside the leader's CMD: ETCDKIT_LEADER_KEY and ETCDKIT_LEADER_REV \
             are not set"
                .into(),
        )
    };
    let key = std::env::var("ETCDKIT_LEADER_KEY").map_err(|_| missing())?;
    let rev = std::env::var("ETCDKIT_LEADER_REV")
        .ok()
        .and_then(|r| r.parse::<i64>().ok())
        .ok_or_else(missing)?;
    let ours = format!("{}{name}/", crate::options::prefix(global));
    if !key.starts_with(&ours) {
        return Err(Error::InvalidInput(format!(
            "ETCDKIT_LEADER_KEY {key:?} is not a candidate of election {name}"
        )));
    }
    Ok((key, rev))
}
